/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <valgrind/callgrind.h>

#include "unknot-content-loader.h"
#include "unknot-safety-window.h"

/* What the safety sheet costs from its creation to its first frame, the
 * way the very first launch shows it. Run under callgrind for the
 * instructions of that span alone:
 *   xvfb-run -a valgrind --tool=callgrind --collect-atstart=no \
 *     _build/tests/bench/bench-safety-sheet
 * and without valgrind for the wall time. */

static void
on_after_paint (GdkFrameClock *clock,
                GMainLoop     *loop)
{
  g_main_loop_quit (loop);
}

static void
on_map (GtkWidget *window,
        GMainLoop *loop)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), loop);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  UnknotSafetyWindow *sheet;
  gint64 start;

  adw_init ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  if (!unknot_content_load_builtin (library, NULL))
    return EXIT_FAILURE;

  start = g_get_monotonic_time ();
  CALLGRIND_START_INSTRUMENTATION;
  CALLGRIND_TOGGLE_COLLECT;
  sheet = unknot_safety_window_new (NULL, library);
  g_signal_connect (sheet, "map", G_CALLBACK (on_map), loop);
  gtk_window_present (GTK_WINDOW (sheet));
  g_main_loop_run (loop);
  CALLGRIND_TOGGLE_COLLECT;
  CALLGRIND_STOP_INSTRUMENTATION;

  g_print ("safety sheet to its first frame: %.1f ms\n",
           (g_get_monotonic_time () - start) / 1000.0);
  gtk_window_destroy (GTK_WINDOW (sheet));

  return EXIT_SUCCESS;
}
