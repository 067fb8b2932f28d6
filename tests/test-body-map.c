/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-content-loader.h"
#include "unknot-body-map.h"
#include "test-utils.h"

typedef struct {
  UnknotLibrary *library;
  UnknotBodyMap *map;
  GtkWindow     *window;
  char          *activated;
  UnknotSide     activated_side;
  char          *zone;
} Fixture;

static void
on_muscle_activated (UnknotBodyMap *map,
                     const char    *muscle_id,
                     UnknotSide     side,
                     Fixture       *f)
{
  g_free (f->activated);
  f->activated = g_strdup (muscle_id);
  f->activated_side = side;
}

static void
on_zone_activated (UnknotBodyMap *map,
                   const char    *zone_id,
                   Fixture       *f)
{
  g_free (f->zone);
  f->zone = g_strdup (zone_id);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->library = unknot_library_new ();
  g_assert_true (unknot_content_load_builtin (f->library, &error));

  f->map = UNKNOT_BODY_MAP (unknot_body_map_new ());
  unknot_body_map_set_library (f->map, f->library);
  g_signal_connect (f->map, "muscle-activated", G_CALLBACK (on_muscle_activated), f);
  g_signal_connect (f->map, "zone-activated", G_CALLBACK (on_zone_activated), f);
  f->window = test_window_new_for (GTK_WIDGET (f->map), 800, 620);
  g_assert_true (unknot_body_map_get_both_visible (f->map));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->library);
  g_free (f->activated);
  g_free (f->zone);
}

static void
click_region (Fixture    *f,
              const char *region_id)
{
  double x, y;

  g_assert_true (unknot_body_map_get_region_point (f->map, region_id, &x, &y));
  test_pointer_click (GTK_WIDGET (f->map), x, y);
}

static void
test_click_selects (Fixture       *f,
                    gconstpointer  data)
{
  click_region (f, "quadriceps-left");

  g_assert_cmpstr (f->activated, ==, "quadriceps");
  g_assert_cmpint (f->activated_side, ==, UNKNOT_SIDE_LEFT);
  g_assert_cmpstr (unknot_body_map_get_selected_muscle (f->map), ==, "quadriceps");
  g_assert_cmpint (unknot_body_map_get_selected_side (f->map), ==, UNKNOT_SIDE_LEFT);
  g_assert_nonnull (strstr (unknot_body_map_get_description (f->map),
                            "Quadriceps, left side, selected"));

  click_region (f, "hamstrings-right");
  g_assert_cmpstr (unknot_body_map_get_selected_muscle (f->map), ==, "hamstrings");
  g_assert_cmpint (unknot_body_map_get_selected_side (f->map), ==, UNKNOT_SIDE_RIGHT);
}

static void
test_click_zone_explains (Fixture       *f,
                          gconstpointer  data)
{
  click_region (f, "zone-low-back");

  g_assert_cmpstr (f->zone, ==, "low-back");
  g_assert_null (f->activated);
  g_assert_null (unknot_body_map_get_selected_muscle (f->map));
}

static void
test_hover_follows_pointer (Fixture       *f,
                            gconstpointer  data)
{
  double x, y;

  g_assert_true (unknot_body_map_get_region_point (f->map, "calves-left", &x, &y));
  test_pointer_move (GTK_WIDGET (f->map), x, y);
  g_assert_cmpstr (unknot_body_map_get_hover_region (f->map), ==, "calves-left");

  g_assert_true (unknot_body_map_get_region_point (f->map, "pectorals-right", &x, &y));
  test_pointer_move (GTK_WIDGET (f->map), x, y);
  g_assert_cmpstr (unknot_body_map_get_hover_region (f->map), ==, "pectorals-right");

  test_pointer_move (GTK_WIDGET (f->map), 3, 3);
  g_assert_null (unknot_body_map_get_hover_region (f->map));
}

/* On the front figure the person's left is on the viewer's right, so
 * from the left quadriceps the right arrow reaches the left IT band. */
static void
test_keyboard_moves_to_neighbour (Fixture       *f,
                                  gconstpointer  data)
{
  click_region (f, "quadriceps-left");
  g_assert_cmpstr (unknot_body_map_get_focus_region (f->map), ==, "quadriceps-left");
  gtk_widget_grab_focus (GTK_WIDGET (f->map));

  test_key (GTK_WIDGET (f->map), "Right");
  g_assert_cmpstr (unknot_body_map_get_focus_region (f->map), ==, "it-band-left");
  g_assert_nonnull (strstr (unknot_body_map_get_description (f->map),
                            "IT band and TFL, left side"));

  test_key (GTK_WIDGET (f->map), "Left");
  g_assert_cmpstr (unknot_body_map_get_focus_region (f->map), ==, "quadriceps-left");

  test_key (GTK_WIDGET (f->map), "Down");
  g_assert_cmpstr (unknot_body_map_get_focus_region (f->map), ==, "zone-knee-left");

  unknot_body_map_select (f->map, NULL, UNKNOT_SIDE_NONE);
  test_key (GTK_WIDGET (f->map), "Up Return");
  g_assert_cmpstr (unknot_body_map_get_focus_region (f->map), ==, "quadriceps-left");
  g_assert_cmpstr (unknot_body_map_get_selected_muscle (f->map), ==, "quadriceps");

  test_key (GTK_WIDGET (f->map), "Escape");
  g_assert_null (unknot_body_map_get_selected_muscle (f->map));
}

static void
on_picked_changed (UnknotBodyMap *map,
                   guint         *n_changes)
{
  (*n_changes)++;
}

/* Planning: a click or Space picks or unpicks any area, zones included,
 * and nothing opens. */
static void
test_multi_select_picks (Fixture       *f,
                         gconstpointer  data)
{
  const char * const *picked;
  guint n_changes = 0;

  g_signal_connect (f->map, "picked-changed", G_CALLBACK (on_picked_changed), &n_changes);
  unknot_body_map_set_multi_select (f->map, TRUE);
  g_assert_nonnull (strstr (unknot_body_map_get_description (f->map), "Nothing picked yet."));

  click_region (f, "quadriceps-left");
  click_region (f, "zone-low-back");
  click_region (f, "upper-back-left");
  g_assert_null (f->activated);
  g_assert_null (f->zone);
  g_assert_null (unknot_body_map_get_selected_muscle (f->map));
  g_assert_cmpuint (n_changes, ==, 3);

  picked = unknot_body_map_get_picked (f->map);
  g_assert_cmpuint (g_strv_length ((char **) picked), ==, 3);
  g_assert_cmpstr (picked[0], ==, "quadriceps:left");
  g_assert_cmpstr (picked[1], ==, "low-back");
  g_assert_cmpstr (picked[2], ==, "upper-back:left");
  g_assert_nonnull (strstr (unknot_body_map_get_description (f->map),
                            "Picked: Quadriceps, left side; Low back, no-roll zone; Upper back, left side."));

  /* Space on the focused area takes it out again */
  gtk_widget_grab_focus (GTK_WIDGET (f->map));
  g_assert_cmpstr (unknot_body_map_get_focus_region (f->map), ==, "upper-back-left");
  test_key (GTK_WIDGET (f->map), "space");
  picked = unknot_body_map_get_picked (f->map);
  g_assert_cmpuint (g_strv_length ((char **) picked), ==, 2);
  g_assert_false (g_strv_contains (picked, "upper-back:left"));
  g_assert_cmpuint (n_changes, ==, 4);

  click_region (f, "quadriceps-left");
  g_assert_cmpstr (unknot_body_map_get_picked (f->map)[0], ==, "low-back");

  /* Back to one muscle at a time */
  unknot_body_map_set_multi_select (f->map, FALSE);
  click_region (f, "hamstrings-right");
  g_assert_cmpstr (f->activated, ==, "hamstrings");
  g_assert_cmpuint (n_changes, ==, 5);
}

static void
test_narrow_shows_one_view (Fixture       *f,
                            gconstpointer  data)
{
  double x, y;

  gtk_window_set_default_size (f->window, 320, 700);
  test_iterate (300);
  g_assert_false (unknot_body_map_get_both_visible (f->map));
  g_assert_true (unknot_body_map_get_region_point (f->map, "quadriceps-left", &x, &y));
  g_assert_false (unknot_body_map_get_region_point (f->map, "hamstrings-left", &x, &y));

  unknot_body_map_set_view (f->map, UNKNOT_VIEW_BACK);
  test_iterate (100);
  g_assert_true (unknot_body_map_get_region_point (f->map, "hamstrings-left", &x, &y));
  g_assert_nonnull (strstr (unknot_body_map_get_description (f->map), "back view"));
}

typedef struct {
  GtkWidget  *map;
  GdkTexture *with;     /* zones shown, a muscle selected */
  GdkTexture *without;  /* neither */
} FirstFrame;

static GdkTexture *
render_now (GtkWidget *widget)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  /* The widget's own drawing, as the next frame would get it */
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node,
                                      &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                           gtk_widget_get_height (widget)));
}

/* GTK 4.8's software renderer converts a texture pixel by pixel on every
 * frame: there the art is painted as the cairo image it was rendered to. */
static void
test_software_rendering_paints_art (void)
{
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  GtkWidget *map = unknot_body_map_new ();
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  g_assert_true (unknot_content_load_builtin (library, &error));
  unknot_body_map_set_library (UNKNOT_BODY_MAP (map), library);
  window = test_window_new_for (map, 800, 620);
  g_assert_true (test_wait_for_mapped (map));
  if (!GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (GTK_NATIVE (window))))
    {
      g_test_skip ("The window does not render in software");
      gtk_window_destroy (window);
      return;
    }

  GTK_WIDGET_GET_CLASS (map)->snapshot (map, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  g_assert_true (test_node_has (node, GSK_CAIRO_NODE, 0));
  /* Nothing near the size of the figures goes through a texture */
  g_assert_false (test_node_has (node, GSK_TEXTURE_NODE,
                                 0.25 * gtk_widget_get_width (map) * gtk_widget_get_height (map)));

  gtk_window_destroy (window);
}

/* Runs after the first frame with art, before anything after it. */
static void
on_first_art (UnknotBodyMap *map,
              FirstFrame    *frame)
{
  frame->with = render_now (GTK_WIDGET (map));
  unknot_body_map_set_show_zones (map, FALSE);
  unknot_body_map_select (map, NULL, UNKNOT_SIDE_NONE);
  frame->without = render_now (GTK_WIDGET (map));
}

static guint32
pixel_at (GdkTexture *texture,
          double      x,
          double      y)
{
  int width = gdk_texture_get_width (texture);
  g_autofree guint32 *pixels = g_new (guint32, (gsize) width * gdk_texture_get_height (texture));

  gdk_texture_download (texture, (guchar *) pixels, width * 4);
  return pixels[(int) y * width + (int) x];
}

/* The very first frame with the art already shows the no-roll zones and
 * the selection, before the hit map exists. */
static void
test_first_frame_shows_zones (void)
{
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  GtkWidget *map = unknot_body_map_new ();
  FirstFrame frame = { map, NULL, NULL };
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  double x, y;

  g_assert_true (unknot_content_load_builtin (library, &error));
  unknot_body_map_set_library (UNKNOT_BODY_MAP (map), library);
  unknot_body_map_set_show_zones (UNKNOT_BODY_MAP (map), TRUE);
  unknot_body_map_select (UNKNOT_BODY_MAP (map), "quadriceps", UNKNOT_SIDE_LEFT);
  g_signal_connect (map, "art-shown", G_CALLBACK (on_first_art), &frame);
  window = test_window_new_for (map, 800, 620);
  while (frame.with == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (unknot_body_map_get_region_point (UNKNOT_BODY_MAP (map), "zone-abdomen", &x, &y));
  g_assert_cmphex (pixel_at (frame.with, x, y), !=, pixel_at (frame.without, x, y));
  g_assert_true (unknot_body_map_get_region_point (UNKNOT_BODY_MAP (map), "quadriceps-left",
                                                   &x, &y));
  g_assert_cmphex (pixel_at (frame.with, x, y), !=, pixel_at (frame.without, x, y));

  g_clear_object (&frame.with);
  g_clear_object (&frame.without);
  gtk_window_destroy (window);
}

typedef struct {
  GBytes     *offered;  /* what the map offered to keep */
  GdkTexture *first;    /* its first frame with the art or the picture */
} Rest;

static void
on_rest_picture_ready (UnknotBodyMap *map,
                       GBytes        *picture,
                       Rest          *rest)
{
  g_clear_pointer (&rest->offered, g_bytes_unref);
  rest->offered = g_bytes_ref (picture);
}

static void
on_art_shown_render (UnknotBodyMap *map,
                     Rest          *rest)
{
  rest->first = render_now (GTK_WIDGET (map));
}

/* A map at rest, with @picture standing in if it fits, in a window
 * @width wide; returns once its first frame is painted and a moment has
 * passed after it. */
static GtkWindow *
show_at_rest (UnknotLibrary  *library,
              GBytes         *picture,
              int             width,
              Rest           *rest,
              UnknotBodyMap **map)
{
  GtkWindow *window;

  *map = UNKNOT_BODY_MAP (unknot_body_map_new ());
  unknot_body_map_set_library (*map, library);
  unknot_body_map_set_show_zones (*map, TRUE);
  unknot_body_map_set_rest_picture (*map, picture);
  g_signal_connect (*map, "rest-picture-ready", G_CALLBACK (on_rest_picture_ready), rest);
  g_signal_connect (*map, "art-shown", G_CALLBACK (on_art_shown_render), rest);
  window = test_window_new_for (GTK_WIDGET (*map), width, 620);
  while (rest->first == NULL)
    g_main_context_iteration (NULL, TRUE);
  test_iterate (100);

  return window;
}

static void
rest_clear (Rest *rest)
{
  g_clear_pointer (&rest->offered, g_bytes_unref);
  g_clear_object (&rest->first);
}

static int
max_difference (GdkTexture *a,
                GdkTexture *b)
{
  int width = gdk_texture_get_width (a);
  int height = gdk_texture_get_height (a);
  g_autofree guchar *pa = g_new (guchar, (gsize) width * height * 4);
  g_autofree guchar *pb = g_new (guchar, (gsize) width * height * 4);
  int most = 0;

  g_assert_cmpint (gdk_texture_get_width (b), ==, width);
  g_assert_cmpint (gdk_texture_get_height (b), ==, height);
  gdk_texture_download (a, pa, width * 4);
  gdk_texture_download (b, pb, width * 4);
  for (gsize i = 0; i < (gsize) width * height * 4; i++)
    most = MAX (most, ABS (pa[i] - pb[i]));

  return most;
}

/* The picture with every pixel replaced by magenta, header kept */
static GBytes *
paint_over (GBytes *picture)
{
  gsize size;
  const char *data = g_bytes_get_data (picture, &size);
  guint32 *pixels;
  char *copy = g_memdup2 (data, size);
  gsize header = 0;

  for (int lines = 0; lines < 3; header++)
    if (copy[header] == '\n')
      lines++;
  pixels = (guint32 *) (copy + header);
  for (gsize i = 0; i < (size - header) / 4; i++)
    pixels[i] = 0xffff00ff;

  return g_bytes_new_take (copy, size);
}

/* The map at rest is kept as a picture; at the next start a picture made
 * for exactly the same frame stands in for the art in the first frame,
 * looking the same, and anything else is not used. */
static void
test_rest_picture (void)
{
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(GBytes) magenta = NULL;
  g_autoptr(GBytes) truncated = NULL;
  g_autoptr(GError) error = NULL;
  Rest a = { NULL, NULL }, b = { NULL, NULL }, c = { NULL, NULL };
  UnknotBodyMap *map;
  GtkWindow *window;
  double x, y;

  g_assert_true (unknot_content_load_builtin (library, &error));

  /* No picture yet: the art is rendered, and a picture offered */
  window = show_at_rest (library, NULL, 800, &a, &map);
  g_assert_nonnull (a.offered);
  gtk_window_destroy (window);

  /* The same frame: the picture stands in, looks the same, and is not
   * offered again */
  window = show_at_rest (library, a.offered, 800, &b, &map);
  g_assert_cmpint (max_difference (a.first, b.first), <=, 2);
  g_assert_null (b.offered);
  gtk_window_destroy (window);
  rest_clear (&b);

  /* What is drawn first is the picture itself, until the map moves */
  magenta = paint_over (a.offered);
  window = show_at_rest (library, magenta, 800, &b, &map);
  g_assert_true (unknot_body_map_get_region_point (map, "quadriceps-left", &x, &y));
  g_assert_cmphex (pixel_at (b.first, x, y), ==, 0xffff00ff);
  unknot_body_map_select (map, "quadriceps", UNKNOT_SIDE_LEFT);
  unknot_body_map_select (map, NULL, UNKNOT_SIDE_NONE);
  g_clear_object (&b.first);
  b.first = render_now (GTK_WIDGET (map));
  g_assert_cmphex (pixel_at (b.first, x, y), !=, 0xffff00ff);
  g_assert_cmpint (max_difference (a.first, b.first), <=, 2);
  gtk_window_destroy (window);
  rest_clear (&b);

  /* Another size, or a picture cut short: not used, and one is offered */
  window = show_at_rest (library, magenta, 700, &b, &map);
  g_assert_true (unknot_body_map_get_region_point (map, "quadriceps-left", &x, &y));
  g_assert_cmphex (pixel_at (b.first, x, y), !=, 0xffff00ff);
  g_assert_nonnull (b.offered);
  gtk_window_destroy (window);

  truncated = g_bytes_new_from_bytes (a.offered, 0, g_bytes_get_size (a.offered) - 1);
  window = show_at_rest (library, truncated, 800, &c, &map);
  g_assert_cmpint (max_difference (a.first, c.first), <=, 2);
  g_assert_nonnull (c.offered);
  gtk_window_destroy (window);

  rest_clear (&a);
  rest_clear (&b);
  rest_clear (&c);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);
  gtk_init ();

  g_test_add ("/body-map/click-selects", Fixture, NULL,
              fixture_set_up, test_click_selects, fixture_tear_down);
  g_test_add ("/body-map/click-zone-explains", Fixture, NULL,
              fixture_set_up, test_click_zone_explains, fixture_tear_down);
  g_test_add ("/body-map/hover-follows-pointer", Fixture, NULL,
              fixture_set_up, test_hover_follows_pointer, fixture_tear_down);
  g_test_add ("/body-map/keyboard-moves-to-neighbour", Fixture, NULL,
              fixture_set_up, test_keyboard_moves_to_neighbour, fixture_tear_down);
  g_test_add ("/body-map/multi-select-picks", Fixture, NULL,
              fixture_set_up, test_multi_select_picks, fixture_tear_down);
  g_test_add ("/body-map/narrow-shows-one-view", Fixture, NULL,
              fixture_set_up, test_narrow_shows_one_view, fixture_tear_down);
  g_test_add_func ("/body-map/first-frame-shows-zones", test_first_frame_shows_zones);
  g_test_add_func ("/body-map/software-rendering-paints-art", test_software_rendering_paints_art);
  g_test_add_func ("/body-map/rest-picture", test_rest_picture);

  return g_test_run ();
}
