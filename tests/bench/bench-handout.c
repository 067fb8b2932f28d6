/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "unknot-content-loader.h"
#include "unknot-handout.h"

/* `unknot --handout` for the longest built-in routine, as a trainer runs
 * it: the whole process, median of RUNS, beside a process that only
 * starts and loads the content (--validate of a small file).  Then the
 * renderer alone, in this process.
 *
 *   bench-handout [PATH-TO-UNKNOT] [ROUTINE-FILE-FOR-BASELINE]
 */

#define RUNS 10

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return (values[RUNS / 2 - 1] + values[RUNS / 2]) / 2;
}

static double
time_process_ms (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                     NULL, &status, &error))
    g_error ("%s", error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", argv[1], error->message);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static UnknotRoutine *
find_longest_routine (UnknotLibrary *library)
{
  GListModel *routines = unknot_library_get_routines (library);
  UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  UnknotRoutine *longest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(UnknotRoutine) routine = g_list_model_get_item (routines, i);

      if (longest == NULL || unknot_routine_estimate_seconds (routine, &times) >
                             unknot_routine_estimate_seconds (longest, &times))
        longest = routine;
    }

  return longest;
}

int
main (int   argc,
      char *argv[])
{
  const char *unknot = argc > 1 ? argv[1] : "_build/src/unknot";
  const char *baseline_file = argc > 2 ? argv[2] : "tests/fixtures/routine-client.xml";
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-handout-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  double handout[RUNS], baseline[RUNS], render[RUNS];
  UnknotRoutine *routine;

  setlocale (LC_ALL, "");
  if (!unknot_content_load_builtin (library, &error))
    g_error ("%s", error->message);
  routine = find_longest_routine (library);

  for (guint i = 0; i < RUNS; i++)
    {
      const char *handout_argv[] = { unknot, "--handout", unknot_routine_get_id (routine),
                                     "--output", pdf, NULL };
      const char *baseline_argv[] = { unknot, "--validate", baseline_file, NULL };

      handout[i] = time_process_ms (handout_argv);
      baseline[i] = time_process_ms (baseline_argv);
    }

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(UnknotHandout) renderer = NULL;
      gint64 start = g_get_monotonic_time ();

      renderer = unknot_handout_new (library, routine);
      if (!unknot_handout_write_pdf (renderer, pdf, UNKNOT_PAPER_A4, &error))
        g_error ("%s", error->message);
      render[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  g_print ("routine: %s\n", unknot_routine_get_id (routine));
  g_print ("unknot --handout, whole process:   %6.1f ms median of %d (target < 500)\n",
           median (handout), RUNS);
  g_print ("unknot --validate, start-up + load: %6.1f ms median of %d (baseline)\n",
           median (baseline), RUNS);
  g_print ("renderer alone, in process:        %6.1f ms median of %d\n", median (render), RUNS);

  g_unlink (pdf);
  g_rmdir (dir);
  return 0;
}
