/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "unknot-content-loader.h"
#include "unknot-library.h"
#include "unknot-technique-picture.h"

/* A technique picture 600 px wide: the first render (SVG parsed with the
 * style's stylesheet, then drawn), a render of a picture already parsed
 * (another pose), and the redraw from the cached texture. Run under
 * Xvfb, once more with GDK_SCALE=2. Renders are also timed in this
 * thread's CPU time, which a busy machine does not inflate. */

#define RUNS 41

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

typedef struct
{
  gint64 paint_start;
  gint64 painted;
} Frame;

static void
on_before_paint (GdkFrameClock *clock,
                 Frame         *frame)
{
  frame->paint_start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Frame         *frame)
{
  frame->painted = g_get_monotonic_time ();
}

static double
cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);

  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static void
time_texture (UnknotTechniquePicture *picture,
              GArray                 *wall,
              GArray                 *cpu)
{
  gint64 start = g_get_monotonic_time ();
  double cpu_start = cpu_ms ();
  double ms;

  g_assert_nonnull (unknot_technique_picture_get_texture (picture));

  ms = cpu_ms () - cpu_start;
  g_array_append_val (cpu, ms);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_array_append_val (wall, ms);
}

/* The widget's own share of a redraw: building its render nodes. */
static double
time_own_snapshot (GtkWidget *widget)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  gint64 start = g_get_monotonic_time ();

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));

  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) parsed = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) parsed_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) own = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) paint = g_array_new (FALSE, FALSE, sizeof (double));
  UnknotTechnique *techniques[2];
  UnknotTechniquePicture *picture;
  GtkWidget *window;
  GdkFrameClock *clock;
  Frame frame = { 0 };
  GdkTexture *texture;

  gtk_init ();
  if (!unknot_content_load_builtin (library, &error))
    g_error ("%s", error->message);
  techniques[0] = unknot_library_get_technique (library, "quadriceps-roller");
  techniques[1] = unknot_library_get_technique (library, "calves-roller");

  picture = UNKNOT_TECHNIQUE_PICTURE (unknot_technique_picture_new ());
  unknot_technique_picture_set_natural_width (picture, 600);
  unknot_technique_picture_set_technique (picture, techniques[0]);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (picture));
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 375);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (GTK_WIDGET (picture)) < 600)
    g_main_context_iteration (NULL, TRUE);

  for (guint i = 0; i < RUNS; i++)
    {
      unknot_technique_picture_drop_cache ();
      unknot_technique_picture_set_technique (picture, techniques[i % 2]);
      time_texture (picture, first, first_cpu);

      unknot_technique_picture_set_pose (picture, i % 2 == 0 ? UNKNOT_PICTURE_POSE_ROLLING
                                                             : UNKNOT_PICTURE_POSE_START);
      time_texture (picture, parsed, parsed_cpu);
    }

  texture = unknot_technique_picture_get_texture (picture);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (picture));
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &frame);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &frame);
  for (guint i = 0; i < RUNS; i++)
    {
      double ms = time_own_snapshot (GTK_WIDGET (picture));

      g_array_append_val (own, ms);

      /* Mirroring is a transform of the same texture */
      frame.painted = 0;
      unknot_technique_picture_set_mirrored (picture, i % 2 == 0);
      while (frame.painted == 0)
        g_main_context_iteration (NULL, TRUE);
      ms = (frame.painted - frame.paint_start) / 1000.0;
      g_array_append_val (paint, ms);
    }
  g_assert_true (unknot_technique_picture_get_texture (picture) == texture);

  g_print ("Technique picture, %d×%d px at scale %d, medians of %d runs\n",
           gdk_texture_get_width (texture), gdk_texture_get_height (texture),
           gtk_widget_get_scale_factor (GTK_WIDGET (picture)), RUNS);
  g_print ("  first render (parse + draw)     %7.2f ms  (CPU %6.2f ms)\n", median (first),
           median (first_cpu));
  g_print ("  render of a parsed picture      %7.2f ms  (CPU %6.2f ms)\n", median (parsed),
           median (parsed_cpu));
  g_print ("  redraw from cache (snapshot)    %7.3f ms\n", median (own));
  g_print ("  GTK's paint of a mirrored frame %7.2f ms\n", median (paint));

  g_signal_handlers_disconnect_by_data (clock, &frame);
  gtk_window_destroy (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}
