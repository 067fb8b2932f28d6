/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

/* The baselines of the start-up benchmark: the least a GTK 4 window and
 * a libadwaita window (header bar and a label) cost. "--adw" picks the
 * second. */

static gboolean use_adw;

/* UNKNOT_BENCH_MARKS=print|exit, as for Unknot: the time and memory when
 * the first frame is painted. */
static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  g_autofree char *status = NULL;
  const char *rss;

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, user_data);
  g_file_get_contents ("/proc/self/status", &status, NULL, NULL);
  rss = status != NULL ? strstr (status, "VmRSS:") : NULL;
  g_print ("first-frame %" G_GINT64_FORMAT " %ld\n", g_get_monotonic_time (),
           rss != NULL ? strtol (rss + strlen ("VmRSS:"), NULL, 10) : 0L);
  if (g_strcmp0 (g_getenv ("UNKNOT_BENCH_MARKS"), "exit") == 0)
    exit (EXIT_SUCCESS);
}

static void
on_realize (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);
}

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window;

  if (use_adw)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      window = adw_application_window_new (app);
      gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
      gtk_box_append (GTK_BOX (box), gtk_label_new ("Hello"));
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
    }
  else
    {
      window = gtk_application_window_new (app);
      gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Hello"));
    }

  gtk_window_set_title (GTK_WINDOW (window), use_adw ? "Bare libadwaita" : "Bare GTK");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  if (g_getenv ("UNKNOT_BENCH_MARKS") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  use_adw = argc > 1 && g_str_equal (argv[1], "--adw");
  if (use_adw)
    app = GTK_APPLICATION (adw_application_new ("io.github.unknot.BenchAdw",
                                                G_APPLICATION_NON_UNIQUE));
  else
    app = gtk_application_new ("io.github.unknot.BenchGtk", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
