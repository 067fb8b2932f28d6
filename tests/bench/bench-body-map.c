/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>

#include "unknot-content-loader.h"
#include "unknot-body-art.h"
#include "unknot-body-map.h"

/* Hit testing, the first render of the art, and the redraw a hover
 * costs, at 1000×1000 and at scale 2. Run under Xvfb, once more with
 * GDK_SCALE=2 for the redraw at scale 2. */

#define HIT_SAMPLES 1000000
#define RUNS        21

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

static GStrv
region_ids (UnknotLibrary *library)
{
  GListModel *regions = unknot_library_get_regions (library);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);

      g_strv_builder_add (builder, unknot_region_get_id (region));
    }

  return g_strv_builder_end (builder);
}

static void
bench_art (UnknotBodyArt *art,
           int            scale)
{
  UnknotBodyFrame frame = { 1000, 1000, scale, UNKNOT_BODY_SHOW_BOTH };
  g_autoptr(GArray) base = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) hitmap = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(UnknotBodyHitMap) hits = NULL;
  volatile guint found = 0;
  gint64 start;
  double ns;

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GdkTexture) texture = NULL;
      double ms;

      start = g_get_monotonic_time ();
      texture = unknot_body_art_render_base (art, &frame, FALSE);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (base, ms);

      g_clear_pointer (&hits, unknot_body_hit_map_free);
      start = g_get_monotonic_time ();
      hits = unknot_body_art_render_hit_map (art, &frame);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (hitmap, ms);
    }

  start = g_get_monotonic_time ();
  for (guint i = 0; i < HIT_SAMPLES; i++)
    found += unknot_body_hit_map_lookup (hits, g_random_double_range (0, 1000),
                                         g_random_double_range (0, 1000)) != NULL;
  ns = (g_get_monotonic_time () - start) * 1000.0 / HIT_SAMPLES;

  g_print ("scale %d  base render %7.2f ms   hit map %6.2f ms   hit test %6.1f ns"
           "  (%u%% of points on a region)\n",
           scale, median (base), median (hitmap), ns, found * 100 / HIT_SAMPLES);
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

static GtkEventController *
find_motion_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        return controller;
    }

  g_assert_not_reached ();
}

/* A hover as the pointer makes it, then the frame the window paints for
 * it: the paint time (layout, snapshot, software render) and the time
 * from the pointer event to the painted frame. */
static void
bench_redraw (UnknotLibrary *library)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *map = unknot_body_map_new ();
  g_autoptr(GArray) paint = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) latency = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) own = g_array_new (FALSE, FALSE, sizeof (double));
  const char *targets[] = { "quadriceps-left", "hamstrings-right" };
  GtkEventController *motion;
  GdkFrameClock *clock;
  Frame frame = { 0 };
  double x[2], y[2];

  unknot_body_map_set_library (UNKNOT_BODY_MAP (map), library);
  gtk_window_set_child (GTK_WINDOW (window), map);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 1000);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (map) < 900)
    g_main_context_iteration (NULL, TRUE);

  motion = find_motion_controller (map);
  clock = gtk_widget_get_frame_clock (map);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), &frame);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &frame);
  for (guint t = 0; t < 2; t++)
    g_assert_true (unknot_body_map_get_region_point (UNKNOT_BODY_MAP (map), targets[t],
                                                     &x[t], &y[t]));

  for (guint i = 0; i < RUNS * 2; i++)
    {
      gint64 start;
      double ms;

      frame.painted = 0;
      g_signal_emit_by_name (motion, "motion", x[i % 2], y[i % 2]);
      ms = time_own_snapshot (map);
      if (i >= 2)
        g_array_append_val (own, ms);
      g_assert_cmpstr (unknot_body_map_get_hover_region (UNKNOT_BODY_MAP (map)), ==,
                       targets[i % 2]);
      start = g_get_monotonic_time ();
      while (frame.painted == 0)
        g_main_context_iteration (NULL, TRUE);
      if (i < 2)  /* the first two build the region masks */
        continue;

      ms = (frame.painted - frame.paint_start) / 1000.0;
      g_array_append_val (paint, ms);
      ms = (frame.painted - start) / 1000.0;
      g_array_append_val (latency, ms);
    }

  g_print ("scale %d  after a hover change: the map's snapshot %5.2f ms, GTK's paint of the "
           "frame %6.2f ms, pointer event to painted frame %6.2f ms\n",
           gtk_widget_get_scale_factor (map), median (own), median (paint), median (latency));
  g_signal_handlers_disconnect_by_data (clock, &frame);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(UnknotBodyArt) art = NULL;
  g_auto(GStrv) ids = NULL;
  g_autoptr(GError) error = NULL;

  gtk_init ();
  if (!unknot_content_load_builtin (library, &error))
    g_error ("%s", error->message);

  ids = region_ids (library);
  art = unknot_body_art_new_from_resource ((const char * const *) ids, &error);
  if (art == NULL)
    g_error ("%s", error->message);

  g_print ("Body map, 1000×1000, medians of %d runs\n", RUNS);
  bench_art (art, 1);
  bench_art (art, 2);
  bench_redraw (library);

  return EXIT_SUCCESS;
}
