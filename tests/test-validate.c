/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "unknot-validate.h"

/* Both ways in: the function itself, run by this program in a child
 * process, and the installed command line, `unknot --validate`.
 */
typedef enum
{
  RUN_FUNCTION,
  RUN_APPLICATION,
} RunMode;

static const char *self_path;

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

/* meson sets UNKNOT_BIN; run by hand, the application tests have nothing to run */
static gboolean
can_run (RunMode mode)
{
  if (mode == RUN_APPLICATION && g_getenv ("UNKNOT_BIN") == NULL)
    {
      g_test_skip ("UNKNOT_BIN is not set");
      return FALSE;
    }

  return TRUE;
}

static int
run_validate (RunMode              mode,
              const char * const  *files,
              char               **out,
              char               **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  if (mode == RUN_APPLICATION)
    g_ptr_array_add (argv, (gpointer) g_getenv ("UNKNOT_BIN"));
  else
    g_ptr_array_add (argv, (gpointer) self_path);
  g_ptr_array_add (argv, (gpointer) (mode == RUN_APPLICATION ? "--validate" : "--run-validate"));
  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) files[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_nonnull (argv->pdata[0]);
  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  return g_subprocess_get_exit_status (process);
}

static void
test_good_files (gconstpointer data)
{
  RunMode mode = GPOINTER_TO_INT (data);
  g_autofree char *client = fixture ("routine-client.xml");
  g_autofree char *library = fixture ("good-library-wrong-name.txt");
  g_autofree char *builtin = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                    "unknot-content.xml", NULL);
  const char *files[] = { client, library, builtin, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!can_run (mode))
    return;

  g_assert_cmpint (run_validate (mode, files, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, "");
}

static void
test_bad_files (gconstpointer data)
{
  RunMode mode = GPOINTER_TO_INT (data);
  g_autofree char *unknown = fixture ("bad-unknown-reference.xml");
  g_autofree char *good = fixture ("routine-client.xml");
  g_autofree char *zone = fixture ("bad-technique-on-zone.xml");
  g_autofree char *encoding = fixture ("bad-wrong-encoding.xml");
  const char *files[] = { unknown, good, zone, encoding, NULL };
  const char *expected[] = { unknown, zone, encoding };
  g_autoptr(GRegex) regex = g_regex_new ("^[^:]+:[0-9]+: .+$", 0, 0, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  if (!can_run (mode))
    return;

  g_assert_cmpint (run_validate (mode, files, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_suffix (err, "\n"));

  lines = g_strsplit (err, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (expected) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *prefix = g_strconcat (expected[i], ":", NULL);

      g_test_message ("%s", lines[i]);
      g_assert_true (g_regex_match (regex, lines[i], 0, NULL));
      g_assert_true (g_str_has_prefix (lines[i], prefix));
    }
  g_assert_cmpstr (lines[G_N_ELEMENTS (expected)], ==, "");
  g_assert_nonnull (strstr (lines[0], "“quads-roller”"));
}

static void
test_no_files (gconstpointer data)
{
  RunMode mode = GPOINTER_TO_INT (data);
  const char *files[] = { NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!can_run (mode))
    return;

  g_assert_cmpint (run_validate (mode, files, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--validate"));
}

static void
test_missing_file (gconstpointer data)
{
  RunMode mode = GPOINTER_TO_INT (data);
  const char *files[] = { "no-such-file.xml", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!can_run (mode))
    return;

  g_assert_cmpint (run_validate (mode, files, &out, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, "no-such-file.xml:1: "));
}

static void
add_tests (const char *prefix,
           RunMode     mode)
{
  static const struct {
    const char    *name;
    GTestDataFunc  func;
  } tests[] = {
    { "good-files", test_good_files },
    { "bad-files", test_bad_files },
    { "no-files", test_no_files },
    { "missing-file", test_missing_file },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      g_autofree char *path = g_strconcat (prefix, tests[i].name, NULL);

      g_test_add_data_func (path, GINT_TO_POINTER (mode), tests[i].func);
    }
}

int
main (int   argc,
      char *argv[])
{
  if (argc >= 2 && g_strcmp0 (argv[1], "--run-validate") == 0)
    return unknot_validate_run ((const char * const *) argv + 2);

  self_path = argv[0];
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add_tests ("/validate/function/", RUN_FUNCTION);
  add_tests ("/validate/application/", RUN_APPLICATION);

  return g_test_run ();
}
