/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>

#include "unknot-timer-view.h"

/* What the hold timer costs a running system: wake-ups per second
 * (voluntary context switches of this process) and CPU, with the ring
 * idle, paused, running on screen and running in a hidden window.
 * Run under an X server. */

#define WINDOW_SECONDS 5

typedef struct
{
  guint64 switches;
  guint64 cpu_ticks;
  gint64  time;
} Sample;

static guint64
read_switches (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "voluntary_ctxt_switches:");

  return line != NULL ? g_ascii_strtoull (line + strlen ("voluntary_ctxt_switches:"), NULL, 10) : 0;
}

static guint64
read_cpu_ticks (void)
{
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL))
    return 0;
  after_name = strrchr (stat, ')');
  fields = g_strsplit (after_name + 2, " ", -1);

  /* utime and stime are fields 14 and 15; the split starts at field 3 */
  return g_ascii_strtoull (fields[11], NULL, 10) + g_ascii_strtoull (fields[12], NULL, 10);
}

static Sample
sample_now (void)
{
  return (Sample) { read_switches (), read_cpu_ticks (), g_get_monotonic_time () };
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);

  return G_SOURCE_REMOVE;
}

static void
measure (const char *what)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Sample before, after;
  double seconds;

  /* Let the last change settle before counting. */
  g_timeout_add (1500, quit_loop, loop);
  g_main_loop_run (loop);

  before = sample_now ();
  g_timeout_add_seconds (WINDOW_SECONDS, quit_loop, loop);
  g_main_loop_run (loop);
  after = sample_now ();

  seconds = (after.time - before.time) / (double) G_USEC_PER_SEC;
  /* Less the wake-up of this window's own timeout. */
  g_print ("%-24s %10.1f %9.1f %%\n", what,
           (after.switches - before.switches - 1) / seconds,
           100.0 * (after.cpu_ticks - before.cpu_ticks) / sysconf (_SC_CLK_TCK) / seconds);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(UnknotHoldTimer) timer = NULL;
  GtkWidget *window;
  GtkWidget *view;

  gtk_init ();
  timer = unknot_hold_timer_new (NULL);
  unknot_hold_timer_set_plan (timer, &(UnknotHoldPlan) {
                                .hold_seconds = 120,
                                .reps = 1,
                                .sides = UNKNOT_SIDE_NONE,
                              });

  view = unknot_timer_view_new ();
  unknot_timer_view_set_timer (UNKNOT_TIMER_VIEW (view), timer);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 500, 500);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));

  /* The same lines as tests/bench/bench-clocks-timer.py prints. */
  g_print ("Unknot's hold timer, %d s windows\n", WINDOW_SECONDS);
  g_print ("%-24s %10s %10s\n", "", "wake-ups/s", "CPU");
  measure ("idle, on screen");

  unknot_hold_timer_start (timer);
  unknot_hold_timer_found_it (timer);
  unknot_hold_timer_pause (timer);
  measure ("paused, on screen");

  unknot_hold_timer_resume (timer);
  measure ("running, on screen");

  g_object_set (gtk_widget_get_settings (view), "gtk-enable-animations", FALSE, NULL);
  measure ("running, reduced motion");
  g_object_set (gtk_widget_get_settings (view), "gtk-enable-animations", TRUE, NULL);

  gtk_widget_set_visible (window, FALSE);
  measure ("running, window hidden");

  gtk_window_destroy (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}
