/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

/* `unknot --plan` as a person types it: the installed command line */
static int
run_unknot (const char * const  *args,
            char               **out,
            char               **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("UNKNOT_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  return g_subprocess_get_exit_status (process);
}

static gboolean
can_run (void)
{
  if (g_getenv ("UNKNOT_BIN") == NULL)
    {
      g_test_skip ("UNKNOT_BIN is not set");
      return FALSE;
    }

  return TRUE;
}

static void
test_plan_validates (void)
{
  const char * const args[] = { "--plan", "low-back,calves:left,pectorals", "--minutes", "10",
                                "--when", "before", "--tools", "roller,ball", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *validate_out = NULL;
  g_autofree char *validate_err = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  const char *validate_args[] = { "--validate", NULL, NULL };
  int fd;

  if (!can_run ())
    return;

  g_assert_cmpint (run_unknot (args, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "<?xml"));
  g_assert_nonnull (strstr (out, "technique=\"glutes-roller\""));
  g_assert_nonnull (strstr (out, "technique=\"calves-roller\" sides=\"left\" hold=\"30\""));
  g_assert_null (strstr (out, "low-back"));

  /* One line on stderr, nothing else */
  g_assert_nonnull (strstr (err, "of 10 minutes"));
  g_assert_nonnull (strchr (err, '\n'));
  g_assert_cmpstr (strchr (err, '\n') + 1, ==, "");

  fd = g_file_open_tmp ("plan-XXXXXX.unknot", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, out, -1, &error);
  g_assert_no_error (error);

  validate_args[1] = path;
  g_assert_cmpint (run_unknot (validate_args, &validate_out, &validate_err), ==, 0);
  g_assert_cmpstr (validate_err, ==, "");
  g_unlink (path);
}

static void
test_unknown_area (void)
{
  const char * const args[] = { "--plan", "calves,elbows", "--minutes", "10", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!can_run ())
    return;

  g_assert_cmpint (run_unknot (args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "“elbows”"));
  g_assert_nonnull (strstr (err, "calves, hamstrings"));
  g_assert_nonnull (strstr (err, "low-back"));
  g_assert_nonnull (strstr (err, "elbow"));
}

/* Only a roller, and the chest needs a ball: no routine file, the reason */
static void
test_nothing_planned (void)
{
  const char * const args[] = { "--plan", "pectorals", "--minutes", "10", "--tools", "roller",
                                NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!can_run ())
    return;

  g_assert_cmpint (run_unknot (args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "Nothing could be planned"));
  g_assert_nonnull (strstr (err, "Massage ball"));
}

static void
test_usage_errors (void)
{
  const char * const low[] = { "--plan", "calves", "--minutes", "4", NULL };
  const char * const high[] = { "--plan", "calves", "--minutes", "31", NULL };
  const char * const word[] = { "--plan", "calves", "--minutes", "ten", NULL };
  const char * const missing[] = { "--plan", "calves", NULL };
  const char * const no_areas[] = { "--minutes", "10", NULL };
  const char * const empty[] = { "--plan", ",", "--minutes", "10", NULL };
  const char * const when[] = { "--plan", "calves", "--minutes", "10", "--when", "soon", NULL };
  const char * const tool[] = { "--plan", "calves", "--minutes", "10", "--tools", "gun", NULL };
  const char * const * const cases[] = { low, high, word, missing, no_areas, empty, when, tool };

  if (!can_run ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_unknot (cases[i], &out, &err), ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_cmpstr (err, !=, "");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plan-command/plan-validates", test_plan_validates);
  g_test_add_func ("/plan-command/unknown-area", test_unknown_area);
  g_test_add_func ("/plan-command/nothing-planned", test_nothing_planned);
  g_test_add_func ("/plan-command/usage-errors", test_usage_errors);

  return g_test_run ();
}
