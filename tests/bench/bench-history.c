/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "unknot-content-loader.h"
#include "unknot-history.h"
#include "unknot-progress-view.h"

/* Ten years of daily sessions (3 650 sessions, 11 holds each): the size
 * of the file, the Progress view's two queries, and opening the view
 * (queries plus the first paint of the chart). Run under Xvfb. */

#define YEARS           10
#define HOLDS           11
#define RUNS            15

static const char * const muscles[] = {
  "calves", "hamstrings", "quadriceps", "glutes", "it-band", "adductors", "upper-back",
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);

  return g_array_index (values, double, values->len / 2);
}

static void
store_result (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static guint
fill (UnknotHistory *history)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GAsyncResult) last = NULL;
  guint n_days = YEARS * 365;

  for (guint day = 0; day < n_days; day++)
    {
      g_autoptr(GDateTime) date = g_date_time_add_days (now, -(int) (n_days - 1 - day));
      g_autoptr(UnknotHistorySession) session = unknot_history_session_new ();
      gint64 t;

      session->id = day + 1;
      session->start_time = g_date_time_to_unix (date) - 3600;
      session->end_time = session->start_time + 900;
      session->routine_id = g_strdup ("warm-up");
      session->routine_name = g_strdup ("Warm-up");
      session->completed = TRUE;
      session->rolled_seconds = 300 + (day * 37) % 700;
      t = session->start_time;
      for (guint i = 0; i < HOLDS; i++)
        {
          UnknotHistoryHold *hold = unknot_history_hold_new ();

          t += 70;
          hold->end_time = t;
          hold->muscle_id = g_strdup (muscles[(day + i) % G_N_ELEMENTS (muscles)]);
          hold->side = g_strdup (i % 2 ? "right" : "left");
          hold->tool_id = g_strdup ("roller");
          hold->technique_id = g_strconcat (hold->muscle_id, "-roller", NULL);
          hold->planned_seconds = 30;
          hold->actual_seconds = 30 - (i == 5);
          hold->skipped = i == 5;
          g_ptr_array_add (session->holds, hold);
        }
      /* Only the last is waited for: the queue keeps them in order */
      unknot_history_restore_session_async (history, session, NULL,
                                            day + 1 == n_days ? store_result : NULL,
                                            day + 1 == n_days ? &last : NULL);
    }
  wait_for (&last);
  g_assert_true (unknot_history_write_finish (history, last, NULL));

  return n_days;
}

static double
bench_queries (UnknotHistory *history)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GAsyncResult) progress = NULL;
      g_autoptr(GAsyncResult) sessions = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      unknot_history_query_progress_async (history, now, 56, NULL, store_result, &progress);
      unknot_history_list_sessions_async (history, g_date_time_to_unix (now) - 56 * 86400, 60,
                                          NULL, store_result, &sessions);
      wait_for (&progress);
      wait_for (&sessions);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
      unknot_history_progress_unref (unknot_history_query_progress_finish (history, progress,
                                                                           NULL));
      g_ptr_array_unref (unknot_history_list_sessions_finish (history, sessions, NULL));
    }

  return median (times);
}

typedef struct
{
  gboolean loaded;
  gboolean painted;
} Open;

static void
on_after_paint (GdkFrameClock *clock,
                Open          *open)
{
  open->painted = TRUE;
}

static void
on_loaded (UnknotProgressView *view,
           Open               *open)
{
  open->loaded = TRUE;
}

/* From asking for the data to the frame that shows it */
static double
open_view (GtkWidget          *window,
           UnknotProgressView *view)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Open open = { FALSE, FALSE };
  gulong loaded_id, paint_id;
  gint64 start = g_get_monotonic_time ();

  loaded_id = g_signal_connect (view, "loaded", G_CALLBACK (on_loaded), &open);
  unknot_progress_view_reload (view);
  while (!open.loaded)
    g_main_context_iteration (NULL, TRUE);
  if (g_getenv ("BENCH_VERBOSE"))
    g_printerr ("loaded after %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);
  paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &open);
  gtk_widget_queue_draw (GTK_WIDGET (unknot_progress_view_get_chart (view)));
  while (!open.painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, paint_id);
  g_signal_handler_disconnect (view, loaded_id);

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* From showing the view to the frame that shows its new data */
static double
show_view (GtkWidget          *window,
           UnknotProgressView *view)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Open open = { FALSE, FALSE };
  gulong loaded_id, paint_id;
  gint64 start = g_get_monotonic_time ();

  loaded_id = g_signal_connect (view, "loaded", G_CALLBACK (on_loaded), &open);
  gtk_stack_set_visible_child_name (GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (view))),
                                    "progress");
  while (!open.loaded)
    g_main_context_iteration (NULL, TRUE);
  paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &open);
  while (!open.painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, paint_id);
  g_signal_handler_disconnect (view, loaded_id);

  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("unknot-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.db", NULL);
  g_autoptr(UnknotHistory) history = NULL;
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window;
  UnknotProgressView *view;
  GtkStack *stack;
  GStatBuf st;
  gint64 start;
  double first;
  guint n;

  adw_init ();
  g_assert_true (unknot_content_load_builtin (library, NULL));

  history = unknot_history_new (path);
  start = g_get_monotonic_time ();
  n = fill (history);
  g_print ("filled %u sessions, %u holds in %.1f s\n", n, n * HOLDS,
           (g_get_monotonic_time () - start) / 1e6);
  g_print ("queries (progress + 8 weeks of sessions), median of %d: %.2f ms\n", RUNS,
           bench_queries (history));

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 900);
  view = UNKNOT_PROGRESS_VIEW (unknot_progress_view_new ());
  /* A stack as in the window: the session page covers Progress while it runs */
  stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (stack, GTK_WIDGET (view), "progress");
  gtk_stack_add_named (stack, gtk_label_new ("A session"), "session");
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (stack));
  unknot_progress_view_set_library (view, library);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (view)))
    g_main_context_iteration (NULL, TRUE);
  /* Setting the history loads once; wait for that before timing */
  unknot_progress_view_set_history (view, history);
  first = open_view (window, view);
  for (guint run = 0; run < RUNS; run++)
    {
      double ms = open_view (window, view);

      g_array_append_val (opens, ms);
    }
  g_print ("open the Progress view (queries + first paint), first: %.1f ms, "
           "median of %d: %.1f ms (target < 50 ms)\n", first, RUNS, median (opens));

  /* As in the app: the view is hidden while a session runs, and shown
   * after it; the list has changed, so it is rebuilt */
  g_array_set_size (opens, 0);
  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(UnknotHistorySession) session = unknot_history_session_new ();
      g_autoptr(GAsyncResult) written = NULL;
      double ms;

      gtk_stack_set_visible_child_name (stack, "session");
      session->start_time = g_get_real_time () / G_USEC_PER_SEC - 60;
      session->routine_name = g_strdup ("Cool-down");
      unknot_history_add_session_async (history, session, NULL, store_result, &written);
      wait_for (&written);
      while (g_main_context_iteration (NULL, FALSE))
        ;
      ms = show_view (window, view);
      g_array_append_val (opens, ms);
    }
  g_print ("show it after a new session, median of %d: %.1f ms\n", RUNS, median (opens));
  gtk_window_destroy (GTK_WINDOW (window));

  g_clear_object (&history);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  if (g_stat (path, &st) == 0)
    g_print ("database: %.2f MiB (%" G_GINT64_FORMAT " bytes)\n", st.st_size / 1048576.0,
             (gint64) st.st_size);

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *file = g_strconcat (path, (const char *[]) { "", "-wal", "-shm" }[i],
                                           NULL);

      g_unlink (file);
    }
  g_rmdir (dir);

  return 0;
}
