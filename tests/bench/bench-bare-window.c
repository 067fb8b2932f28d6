/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

/* The baselines of the start-up benchmark: the least a GTK 4 window and
 * a libadwaita window (header bar and a label) cost. "--adw" picks the
 * second. */

static gboolean use_adw;

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
