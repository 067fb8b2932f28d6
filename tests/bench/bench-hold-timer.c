/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib-object.h>

#include "unknot-hold-timer.h"

#define HOLD_SECONDS 1

typedef struct
{
  GMainLoop       *loop;
  UnknotHoldTimer *timer;
  GArray          *errors_us;
  guint            n_holds;
  gint64           hold_start_us;
} HoldRun;

static gboolean quick;

static const GOptionEntry entries[] = {
  { "quick", 'q', 0, G_OPTION_ARG_NONE, &quick, "Run 5 holds and 2 s windows", NULL },
  G_OPTION_ENTRY_NULL
};

/* The search is untimed when search-seconds is 0, so found_it ends it at once */
static void
start_hold_cb (gpointer user_data)
{
  HoldRun *run = user_data;

  unknot_hold_timer_start (run->timer);
  unknot_hold_timer_found_it (run->timer);
}

static void
on_phase_changed (UnknotHoldTimer *timer,
                  UnknotHoldPhase  phase,
                  HoldRun         *run)
{
  gint64 now_us = g_get_monotonic_time ();
  gint64 error_us;

  if (phase == UNKNOT_HOLD_PHASE_HOLD)
    {
      run->hold_start_us = now_us - unknot_hold_timer_get_phase_elapsed_us (timer);
      return;
    }

  if (phase != UNKNOT_HOLD_PHASE_DONE)
    return;

  error_us = now_us - run->hold_start_us - HOLD_SECONDS * G_USEC_PER_SEC;
  g_array_append_val (run->errors_us, error_us);
}

static void
on_finished (UnknotHoldTimer *timer G_GNUC_UNUSED,
             HoldRun         *run)
{
  if (run->errors_us->len < run->n_holds)
    g_idle_add_once (start_hold_cb, run);
  else
    g_main_loop_quit (run->loop);
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 value_a = *(const gint64 *) a;
  gint64 value_b = *(const gint64 *) b;

  return (value_a > value_b) - (value_a < value_b);
}

static double
median_ms (GArray *sorted_us)
{
  guint n = sorted_us->len;
  gint64 low = g_array_index (sorted_us, gint64, (n - 1) / 2);
  gint64 high = g_array_index (sorted_us, gint64, n / 2);

  return (low + high) / 2000.0;
}

static void
bench_hold_errors (UnknotHoldTimer *timer,
                   GMainLoop       *loop,
                   guint            n_holds)
{
  HoldRun run = { loop, timer, g_array_new (FALSE, FALSE, sizeof (gint64)), n_holds, 0 };
  gulong phase_id, finished_id;

  unknot_hold_timer_set_plan (timer, &(UnknotHoldPlan) {
                                .hold_seconds = HOLD_SECONDS,
                                .reps = 1,
                                .sides = UNKNOT_SIDE_NONE,
                              });
  phase_id = g_signal_connect (timer, "phase-changed", G_CALLBACK (on_phase_changed), &run);
  finished_id = g_signal_connect (timer, "finished", G_CALLBACK (on_finished), &run);

  g_idle_add_once (start_hold_cb, &run);
  g_main_loop_run (loop);

  g_array_sort (run.errors_us, compare_gint64);
  g_print ("Hold end error, %u holds of %d s (late is positive)\n", n_holds, HOLD_SECONDS);
  g_print ("  median %8.3f ms\n", median_ms (run.errors_us));
  g_print ("  max    %8.3f ms\n", g_array_index (run.errors_us, gint64, n_holds - 1) / 1000.0);
  g_print ("  min    %8.3f ms\n\n", g_array_index (run.errors_us, gint64, 0) / 1000.0);

  g_signal_handler_disconnect (timer, phase_id);
  g_signal_handler_disconnect (timer, finished_id);
  g_array_unref (run.errors_us);
}

/* Counts for the main thread only, which is the one running the main loop */
static guint64
read_voluntary_switches (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    g_error ("Cannot read /proc/self/status");

  line = strstr (status, "\nvoluntary_ctxt_switches:");
  if (line == NULL)
    g_error ("No voluntary_ctxt_switches in /proc/self/status");

  return g_ascii_strtoull (line + strlen ("\nvoluntary_ctxt_switches:"), NULL, 10);
}

static void
quit_loop_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
}

static void
on_notify_count (GObject    *object G_GNUC_UNUSED,
                 GParamSpec *pspec G_GNUC_UNUSED,
                 guint      *count)
{
  (*count)++;
}

static void
measure_window (GMainLoop  *loop,
                const char *state,
                guint       seconds,
                guint      *n_notifies)
{
  guint64 before;
  guint64 after;

  *n_notifies = 0;
  before = read_voluntary_switches ();
  g_timeout_add_once (seconds * 1000, quit_loop_cb, loop);
  g_main_loop_run (loop);
  after = read_voluntary_switches ();

  g_print ("  %-8s %12.2f %12.2f\n",
           state, (double) (after - before) / seconds, (double) *n_notifies / seconds);
}

static void
bench_wakeups (UnknotHoldTimer *timer,
               GMainLoop       *loop,
               guint            seconds)
{
  guint n_notifies = 0;

  g_signal_connect (timer, "notify::remaining", G_CALLBACK (on_notify_count), &n_notifies);
  unknot_hold_timer_set_plan (timer, &(UnknotHoldPlan) {
                                .position_seconds = 10,
                                .search_seconds = 15,
                                .hold_seconds = 3600,
                                .release_seconds = 5,
                                .reps = 2,
                                .extend_seconds = 15,
                                .sides = UNKNOT_SIDE_BOTH,
                              });

  g_print ("Wake-ups of this process over %u s windows; the timeout ending a window may add 1\n",
           seconds);
  g_print ("  %-8s %12s %12s\n", "timer", "wake-ups/s", "notifies/s");

  measure_window (loop, "idle", seconds, &n_notifies);

  unknot_hold_timer_start (timer);
  unknot_hold_timer_found_it (timer);
  unknot_hold_timer_pause (timer);
  measure_window (loop, "paused", seconds, &n_notifies);

  unknot_hold_timer_resume (timer);
  measure_window (loop, "running", seconds, &n_notifies);

  unknot_hold_timer_stop (timer);
  g_signal_handlers_disconnect_by_data (timer, &n_notifies);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- measure the hold timer");
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(UnknotHoldTimer) timer = unknot_hold_timer_new (NULL);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  bench_hold_errors (timer, loop, quick ? 5 : 20);
  bench_wakeups (timer, loop, quick ? 2 : 5);

  return EXIT_SUCCESS;
}
