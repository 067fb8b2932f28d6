/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "unknot-body-map.h"
#include "unknot-caution.h"
#include "unknot-muscle-page.h"
#include "unknot-safety-window.h"
#include "unknot-zone-page.h"
#include "test-utils.h"

/* WCAG AA for body text. */
#define MIN_CONTRAST 4.5

typedef enum {
  STYLE_LIGHT,
  STYLE_DARK,
  STYLE_HIGH_CONTRAST,
  STYLE_HIGH_CONTRAST_DARK,
} Style;

static const char * const style_names[] = {
  "light", "dark", "high contrast", "high contrast dark",
};

typedef struct {
  UnknotApplication *app;
  UnknotLibrary     *library;
  GSettings         *a11y;
  Style              style;
} Fixture;

static gboolean
high_contrast_is (gpointer data)
{
  return adw_style_manager_get_high_contrast (adw_style_manager_get_default ())
         == GPOINTER_TO_INT (data);
}

/* libadwaita reads high contrast from the desktop's settings when there
 * is no portal, as on the test bus; the memory backend lets us set it. */
static void
apply_style (Fixture *f)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = f->style == STYLE_DARK || f->style == STYLE_HIGH_CONTRAST_DARK;
  gboolean high_contrast = f->style >= STYLE_HIGH_CONTRAST;

  adw_style_manager_set_color_scheme (manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                    : ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_settings_set_boolean (f->a11y, "high-contrast", high_contrast);
  g_assert_true (test_wait_until (high_contrast_is, GINT_TO_POINTER (high_contrast)));
  g_assert_cmpint (adw_style_manager_get_dark (manager), ==, dark);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->style = GPOINTER_TO_INT (data);
  f->app = test_app_new ();
  f->library = test_app_get_library (f->app);
  f->a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  apply_style (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  g_settings_reset (f->a11y, "high-contrast");
  g_clear_object (&f->a11y);
  test_app_quit (f->app);
}

static void
on_after_paint (GdkFrameClock *clock,
                guint         *count)
{
  (*count)++;
}

static gboolean
painted (gpointer data)
{
  return *(guint *) data >= 1;
}

/* A frame drawn after now, so the render nodes show the style and the
 * scroll position now in force. */
static void
wait_for_frames (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  guint count = 0;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &count);
  gtk_widget_queue_draw (window);
  g_assert_true (test_wait_until (painted, &count));
  g_signal_handler_disconnect (clock, handler);
}

typedef struct {
  guchar *pixels;
  gsize   stride;
  int     width;
  int     height;
  double  origin_x;
  double  origin_y;
  char   *shot_name;
} Picture;

/* The window as last drawn, rendered again into memory. */
static void
picture_take (Picture   *picture,
              GtkWidget *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (window, window, &bounds));
  picture->origin_x = bounds.origin.x;
  picture->origin_y = bounds.origin.y;
  picture->width = (int) bounds.size.width;
  picture->height = (int) bounds.size.height;
  gdk_paintable_snapshot (paintable, snapshot, picture->width, picture->height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, picture->width,
                                                              picture->height));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, picture->width);
  if (g_getenv ("UNKNOT_TEST_SHOTS") != NULL && picture->shot_name != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("UNKNOT_TEST_SHOTS"),
                                                picture->shot_name, NULL);

      g_assert_true (gdk_texture_save_to_png (texture, path));
    }
  picture->stride = (gsize) picture->width * 4;
  picture->pixels = g_malloc (picture->stride * picture->height);
  gdk_texture_download (texture, picture->pixels, picture->stride);
}

static void
picture_clear (Picture *picture)
{
  g_clear_pointer (&picture->pixels, g_free);
  g_clear_pointer (&picture->shot_name, g_free);
}

static double
channel_luminance (guint value)
{
  double c = value / 255.0;

  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* @rgb is 0xRRGGBB; the window is opaque, so alpha can be ignored. */
static double
luminance (guint32 rgb)
{
  return 0.2126 * channel_luminance ((rgb >> 16) & 0xff)
         + 0.7152 * channel_luminance ((rgb >> 8) & 0xff)
         + 0.0722 * channel_luminance (rgb & 0xff);
}

static double
contrast (guint32 a,
          guint32 b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static guint32
pixel_at (const Picture *picture,
          int            x,
          int            y)
{
  const guint32 *row = (const guint32 *) (picture->pixels + y * picture->stride);

  /* GDK_MEMORY_DEFAULT is premultiplied ARGB in native order. */
  return row[x] & 0xffffff;
}

/* The label's background is the colour most of its box has; its text is
 * the colour that stands out most from it. Glyph edges are blended, but
 * a paragraph always has stems and bars that cover whole pixels. */
static double
label_contrast (const Picture *picture,
                GtkWidget     *label,
                GtkWidget     *window)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  graphene_rect_t bounds;
  guint32 background = 0;
  guint best_count = 0;
  double best = 1.0;
  int x0, y0, x1, y1;

  g_assert_true (gtk_widget_compute_bounds (label, window, &bounds));
  x0 = MAX (0, (int) floor (bounds.origin.x - picture->origin_x));
  y0 = MAX (0, (int) floor (bounds.origin.y - picture->origin_y));
  x1 = MIN (picture->width, (int) ceil (bounds.origin.x + bounds.size.width - picture->origin_x));
  y1 = MIN (picture->height,
            (int) ceil (bounds.origin.y + bounds.size.height - picture->origin_y));
  g_assert_cmpint (x1 - x0, >, 0);
  g_assert_cmpint (y1 - y0, >, 0);

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        gpointer key = GUINT_TO_POINTER (pixel_at (picture, x, y) + 1);
        guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1;

        g_hash_table_insert (counts, key, GUINT_TO_POINTER (count));
        if (count > best_count)
          {
            best_count = count;
            background = GPOINTER_TO_UINT (key) - 1;
          }
      }

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      best = MAX (best, contrast (pixel_at (picture, x, y), background));

  return best;
}

/* Controls carry their own, theme-made colours; we check the text the
 * content and the pages provide. */
static gboolean
is_inside_control (GtkWidget *widget,
                   GtkWidget *root)
{
  for (GtkWidget *w = widget; w != NULL && w != root; w = gtk_widget_get_parent (w))
    if (GTK_IS_BUTTON (w) || GTK_IS_DROP_DOWN (w) || GTK_IS_MENU_BUTTON (w)
        || ADW_IS_HEADER_BAR (w))
      return TRUE;

  return FALSE;
}

static void
collect_labels (GtkWidget *widget,
                GtkWidget *root,
                GPtrArray *labels)
{
  if (!gtk_widget_is_drawable (widget))
    return;

  if (GTK_IS_LABEL (widget)
      && *gtk_label_get_text (GTK_LABEL (widget)) != '\0'
      && gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0
      && !is_inside_control (widget, root))
    g_ptr_array_add (labels, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, root, labels);
}

/* The window's own background says which style is in force. */
static void
assert_style_shows (Fixture       *f,
                    const Picture *picture)
{
  double window_luminance = luminance (pixel_at (picture, picture->width - 2,
                                                 picture->height / 2));

  if (f->style == STYLE_DARK || f->style == STYLE_HIGH_CONTRAST_DARK)
    g_assert_cmpfloat (window_luminance, <, 0.1);
  else
    g_assert_cmpfloat (window_luminance, >, 0.8);
}

/* Whether the whole of @label is on screen: inside the picture and inside
 * every scrolled window it is in. */
static gboolean
is_in_view (GtkWidget     *label,
            GtkWidget     *window,
            const Picture *picture)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (label, window, &bounds));
  if (bounds.origin.y - picture->origin_y < 0
      || bounds.origin.y + bounds.size.height - picture->origin_y > picture->height)
    return FALSE;

  for (GtkWidget *w = gtk_widget_get_parent (label); w != NULL; w = gtk_widget_get_parent (w))
    {
      graphene_rect_t view;

      if (!GTK_IS_SCROLLED_WINDOW (w))
        continue;
      g_assert_true (gtk_widget_compute_bounds (w, window, &view));
      if (bounds.origin.y < view.origin.y
          || bounds.origin.y + bounds.size.height > view.origin.y + view.size.height)
        return FALSE;
    }

  return TRUE;
}

/* Scrolls every scrolled window in @widget down by most of a page;
 * FALSE when all of them are at their end already. */
static gboolean
scroll_down (GtkWidget *widget)
{
  gboolean moved = FALSE;

  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));
      double value = gtk_adjustment_get_value (adj);
      double end = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);

      if (value < end)
        {
          gtk_adjustment_set_value (adj, MIN (end, value + gtk_adjustment_get_page_size (adj) / 2));
          moved = TRUE;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    moved |= scroll_down (child);

  return moved;
}

static void
scroll_to_top (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    gtk_adjustment_set_value (
      gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget)), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    scroll_to_top (child);
}

/* Every label of @content in @window is checked, scrolling down until
 * each has been seen whole; all failures are listed before the test
 * fails, so one run shows the whole problem. Returns the number of
 * labels checked. */
static guint
assert_legible (Fixture    *f,
                GtkWidget  *window,
                GtkWidget  *content,
                const char *what)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GString) failures = g_string_new (NULL);
  g_autoptr(GHashTable) checked = g_hash_table_new (NULL, NULL);
  gboolean more = TRUE;
  guint shots = 0;

  scroll_to_top (content);
  wait_for_frames (window);
  collect_labels (content, content, labels);
  g_assert_cmpuint (labels->len, >, 0);

  while (g_hash_table_size (checked) < labels->len && more)
    {
      Picture picture = { 0 };

      picture.shot_name = g_strdup_printf ("%s-%s-%u.png", what, style_names[f->style],
                                           shots++);
      wait_for_frames (window);
      picture_take (&picture, window);
      assert_style_shows (f, &picture);
      for (guint i = 0; i < labels->len; i++)
        {
          GtkWidget *label = labels->pdata[i];
          double ratio;

          if (g_hash_table_contains (checked, label) || !is_in_view (label, window, &picture))
            continue;

          g_hash_table_add (checked, label);
          ratio = label_contrast (&picture, label, window);
          if (ratio < MIN_CONTRAST)
            g_string_append_printf (failures, "\n  %.2f:1 \"%.50s\"", ratio,
                                    gtk_label_get_text (GTK_LABEL (label)));
        }
      picture_clear (&picture);
      more = scroll_down (content);
    }

  g_assert_cmpuint (g_hash_table_size (checked), ==, labels->len);
  if (failures->len > 0)
    {
      g_test_message ("%s in the %s style: text under %.1f:1 against its background:%s",
                      what, style_names[f->style], MIN_CONTRAST, failures->str);
      g_test_fail ();
    }

  return labels->len;
}

static void
test_muscle_pages (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *page = unknot_muscle_page_new ();
  GtkWindow *window = test_window_new_for (page, 760, 900);
  GListModel *regions = unknot_library_get_regions (f->library);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint cautions = 0;

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);
      UnknotMuscle *muscle;

      if (unknot_region_is_zone (region))
        continue;
      muscle = unknot_library_get_muscle (f->library, unknot_region_get_target_id (region));
      if (!g_hash_table_add (seen, muscle))
        continue;

      unknot_muscle_page_set_muscle (UNKNOT_MUSCLE_PAGE (page), muscle, UNKNOT_SIDE_BOTH);
      assert_legible (f, GTK_WIDGET (window), page, unknot_muscle_get_name (muscle));
      cautions += g_list_model_get_n_items (
        unknot_technique_get_cautions (unknot_muscle_page_get_technique (
                                         UNKNOT_MUSCLE_PAGE (page))));
    }

  g_assert_cmpuint (g_hash_table_size (seen), >=, 10);
  g_assert_cmpuint (cautions, >, 0);
  gtk_window_destroy (window);
}

static void
test_zone_pages (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *page = unknot_zone_page_new ();
  GtkWindow *window = test_window_new_for (page, 760, 900);
  GListModel *zones = unknot_library_get_zones (f->library);

  g_assert_cmpuint (g_list_model_get_n_items (zones), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(UnknotZone) zone = g_list_model_get_item (zones, i);

      unknot_zone_page_set_zone (UNKNOT_ZONE_PAGE (page), zone);
      assert_legible (f, GTK_WIDGET (window), page, unknot_zone_get_name (zone));
    }

  gtk_window_destroy (window);
}

static void
test_safety_sheet (Fixture       *f,
                   gconstpointer  data)
{
  UnknotSafetyWindow *sheet = unknot_safety_window_new (NULL, f->library);
  guint checked;

  gtk_window_set_default_size (GTK_WINDOW (sheet), 560, 900);
  gtk_window_present (GTK_WINDOW (sheet));
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (sheet)));
  checked = assert_legible (f, GTK_WIDGET (sheet), GTK_WIDGET (sheet), "The safety sheet");
  /* The introduction, each contraindication's title and text, the rules. */
  g_assert_cmpuint (checked, >=, 6);
  gtk_window_destroy (GTK_WINDOW (sheet));
}

static double
darkest_in (const Picture *picture,
            GtkWidget     *widget,
            GtkWidget     *window)
{
  graphene_rect_t bounds;
  double darkest = 1.0;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  for (int y = MAX (0, (int) (bounds.origin.y - picture->origin_y));
       y < MIN (picture->height, (int) (bounds.origin.y + bounds.size.height - picture->origin_y));
       y++)
    for (int x = MAX (0, (int) (bounds.origin.x - picture->origin_x));
         x < MIN (picture->width, (int) (bounds.origin.x + bounds.size.width - picture->origin_x));
         x++)
      darkest = MIN (darkest, luminance (pixel_at (picture, x, y)));

  return darkest;
}

static double
color_distance (const GdkRGBA *a,
                const GdkRGBA *b)
{
  return sqrt ((a->red - b->red) * (a->red - b->red)
               + (a->green - b->green) * (a->green - b->green)
               + (a->blue - b->blue) * (a->blue - b->blue));
}

/* Switching high contrast on while the map is shown: it takes the style
 * class, draws again, and its outlines get darker; its tints stay three
 * different colours. */
static void
test_body_map_high_contrast (Fixture       *f,
                             gconstpointer  data)
{
  static const char * const tints[] = {
    "bodymap_selected_color", "bodymap_highlight_color", "bodymap_zone_color",
  };
  GtkWidget *map = unknot_body_map_new ();
  GtkWindow *window;
  Picture before = { 0 }, after = { 0 };
  GdkRGBA colors[G_N_ELEMENTS (tints)];

  unknot_body_map_set_library (UNKNOT_BODY_MAP (map), f->library);
  unknot_body_map_select (UNKNOT_BODY_MAP (map), "quadriceps", UNKNOT_SIDE_BOTH);
  window = test_window_new_for (map, 700, 700);
  g_assert_false (gtk_widget_has_css_class (map, "high-contrast"));
  wait_for_frames (GTK_WIDGET (window));
  before.shot_name = g_strdup ("Body map-light.png");
  picture_take (&before, GTK_WIDGET (window));

  f->style = STYLE_HIGH_CONTRAST;
  apply_style (f);
  g_assert_true (gtk_widget_has_css_class (map, "high-contrast"));
  wait_for_frames (GTK_WIDGET (window));
  after.shot_name = g_strdup ("Body map-high contrast.png");
  picture_take (&after, GTK_WIDGET (window));
  g_assert_cmpfloat (darkest_in (&after, map, GTK_WIDGET (window)), <,
                     darkest_in (&before, map, GTK_WIDGET (window)) * 0.5);

  for (guint i = 0; i < G_N_ELEMENTS (tints); i++)
    g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (map), tints[i],
                                                   &colors[i]));
  for (guint i = 0; i < G_N_ELEMENTS (tints); i++)
    {
      g_assert_cmpfloat (colors[i].alpha, >=, 0.75);
      for (guint j = i + 1; j < G_N_ELEMENTS (tints); j++)
        g_assert_cmpfloat (color_distance (&colors[i], &colors[j]), >, 0.3);
    }

  picture_clear (&before);
  picture_clear (&after);
  gtk_window_destroy (window);
}

static void
count_phrase (GtkWidget  *widget,
              const char *phrase,
              guint      *count)
{
  if (GTK_IS_LABEL (widget))
    {
      g_autofree char *text = g_utf8_strdown (gtk_label_get_text (GTK_LABEL (widget)), -1);

      for (const char *at = strstr (text, phrase); at != NULL; at = strstr (at + 1, phrase))
        (*count)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_phrase (child, phrase, count);
}

/* Said once it is heard; said twice it reads as boilerplate. Severity
 * colours stay on the icon and the bar: Adwaita's colour classes on the
 * row would tint all its text. */
static void
test_safety_sheet_says_it_once (Fixture       *f,
                                gconstpointer  data)
{
  UnknotSafetyWindow *sheet = unknot_safety_window_new (NULL, f->library);
  GtkWidget *row;
  guint count = 0;
  guint rows = 0;

  gtk_window_present (GTK_WINDOW (sheet));
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (sheet)));
  count_phrase (GTK_WIDGET (sheet), "not medical advice", &count);
  g_assert_cmpuint (count, ==, 1);

  row = test_find_widget (GTK_WIDGET (sheet), GTK_TYPE_LIST_BOX_ROW, NULL);
  for (; row != NULL; row = gtk_widget_get_next_sibling (row), rows++)
    {
      g_assert_true (gtk_widget_has_css_class (row, "caution"));
      g_assert_false (gtk_widget_has_css_class (row, "error"));
      g_assert_false (gtk_widget_has_css_class (row, "warning"));
      g_assert_false (gtk_widget_has_css_class (row, "accent"));
    }
  g_assert_cmpuint (rows, >, 5);
  gtk_window_destroy (GTK_WINDOW (sheet));
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  for (Style style = STYLE_LIGHT; style <= STYLE_HIGH_CONTRAST_DARK; style++)
    {
      g_autofree char *name = g_strdelimit (g_strdup (style_names[style]), " ", '-');
      g_autofree char *muscles = g_strdup_printf ("/legibility/%s/muscle-pages", name);
      g_autofree char *zones = g_strdup_printf ("/legibility/%s/zone-pages", name);
      g_autofree char *safety = g_strdup_printf ("/legibility/%s/safety-sheet", name);

      g_test_add (muscles, Fixture, GINT_TO_POINTER (style), fixture_set_up,
                  test_muscle_pages, fixture_tear_down);
      g_test_add (zones, Fixture, GINT_TO_POINTER (style), fixture_set_up,
                  test_zone_pages, fixture_tear_down);
      g_test_add (safety, Fixture, GINT_TO_POINTER (style), fixture_set_up,
                  test_safety_sheet, fixture_tear_down);
    }

  g_test_add ("/legibility/body-map-high-contrast", Fixture, GINT_TO_POINTER (STYLE_LIGHT),
              fixture_set_up, test_body_map_high_contrast, fixture_tear_down);
  g_test_add ("/legibility/safety-sheet-says-it-once", Fixture,
              GINT_TO_POINTER (STYLE_LIGHT), fixture_set_up, test_safety_sheet_says_it_once,
              fixture_tear_down);

  return g_test_run ();
}
