/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-muscle-page.h"
#include "unknot-session-view.h"
#include "unknot-window.h"
#include "test-utils.h"

#define SEARCH_PLACEHOLDER "Search muscles and areas"
/* The X server's default resolution, in 1/1024 dots per inch. */
#define DEFAULT_XFT_DPI (96 * 1024)

typedef struct {
  UnknotApplication *app;
  UnknotWindow      *window;
  UnknotClock       *clock;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  int xft_dpi = GPOINTER_TO_INT (data);

  f->app = test_app_new ();
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", xft_dpi, NULL);
  g_settings_set_boolean (unknot_application_get_settings (f->app), "safety-acknowledged", TRUE);
  g_settings_set_boolean (unknot_application_get_settings (f->app), "sound-cues", FALSE);
  g_settings_set_boolean (unknot_application_get_settings (f->app), "notifications", FALSE);
  f->window = UNKNOT_WINDOW (test_app_get_window (f->app));
  f->clock = unknot_clock_new_manual (0);
  unknot_window_use_clock (f->window, f->clock);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 900);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (f->window)));
  test_iterate (200);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  test_app_quit (f->app);
  g_clear_object (&f->clock);
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", DEFAULT_XFT_DPI, NULL);
}

static GtkWidget *
find (Fixture    *f,
      GType       type,
      const char *label)
{
  GtkWidget *widget = test_find_widget (GTK_WIDGET (f->window), type, label);

  g_assert_nonnull (widget);

  return widget;
}

static void
show_muscle (Fixture    *f,
             const char *words)
{
  GtkWidget *entry = find (f, GTK_TYPE_SEARCH_ENTRY, SEARCH_PLACEHOLDER);

  gtk_editable_set_text (GTK_EDITABLE (entry), words);
  g_signal_emit_by_name (entry, "search-changed");
  test_iterate (50);
  g_signal_emit_by_name (entry, "activate");
  g_assert_true (test_wait_for_mapped (find (f, UNKNOT_TYPE_MUSCLE_PAGE, NULL)));
  test_iterate (200);
}

/* The map must not move under the pointer that just chose a muscle. */
static void
test_sidebar_keeps_width (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *sidebar = gtk_widget_get_parent (find (f, GTK_TYPE_SEARCH_ENTRY,
                                                    SEARCH_PLACEHOLDER));
  int before = gtk_widget_get_width (sidebar);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), >=, 1380);
  g_assert_cmpint (before, >, 340);
  for (const char * const *m = (const char *[]) { "quadriceps", "it band", "glutes", NULL };
       *m != NULL; m++)
    {
      show_muscle (f, *m);
      g_test_message ("sidebar %d px before, %d px with %s", before, gtk_widget_get_width (sidebar), *m);
      g_assert_cmpint (gtk_widget_get_width (sidebar), ==, before);
    }
}

/* Where a label got less room than it needs, its text is cut off or
 * runs into its neighbour: its laid-out text is larger than its box, and
 * the box smaller than the label asks for (its margins aside). */
static void
collect_squeezed (GtkWidget *widget,
                  GString   *squeezed)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0'
      && gtk_label_get_ellipsize (GTK_LABEL (widget)) == PANGO_ELLIPSIZE_NONE)
    {
      int width = gtk_widget_get_width (widget);
      int height = gtk_widget_get_height (widget);
      int text_width, text_height, min_width, min_height;

      pango_layout_get_pixel_size (gtk_label_get_layout (GTK_LABEL (widget)),
                                   &text_width, &text_height);
      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &min_height, NULL, NULL, NULL);
      min_width -= gtk_widget_get_margin_start (widget) + gtk_widget_get_margin_end (widget);
      min_height -= gtk_widget_get_margin_top (widget) + gtk_widget_get_margin_bottom (widget);
      if (text_width > width || text_height > height
          || (width < min_width && height < min_height))
        g_string_append_printf (squeezed, "\n  %dx%d for text of %dx%d (minimum %dx%d) \"%.40s\"",
                                width, height, text_width, text_height, min_width, min_height,
                                gtk_label_get_text (GTK_LABEL (widget)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_squeezed (child, squeezed);
}

/* UNKNOT_TEST_SHOTS=dir keeps a picture of what was checked, to look at. */
static void
save_shot (GtkWidget  *widget,
           const char *where)
{
  GtkNative *native = gtk_widget_get_native (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (native));
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gdk_paintable_get_intrinsic_width (paintable);
  int height = gdk_paintable_get_intrinsic_height (paintable);
  GtkSnapshot *snapshot;

  if (g_getenv ("UNKNOT_TEST_SHOTS") == NULL)
    return;

  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (native), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_strdup_printf ("%s/%s at 1.5x.png", g_getenv ("UNKNOT_TEST_SHOTS"), where);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
assert_nothing_squeezed (GtkWidget  *root,
                         const char *where)
{
  g_autoptr(GString) squeezed = g_string_new (NULL);

  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (root));
  int min_width, min_height;

  save_shot (root, where);
  /* A window smaller than its content's minimum cuts it off at its edge. */
  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (window, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (window),
                      &min_height, NULL, NULL, NULL);
  if (min_width > gtk_widget_get_width (window) || min_height > gtk_widget_get_height (window))
    g_string_append_printf (squeezed, "\n  the window is %dx%d, its content needs %dx%d",
                            gtk_widget_get_width (window), gtk_widget_get_height (window),
                            min_width, min_height);
  collect_squeezed (root, squeezed);
  if (squeezed->len > 0)
    {
      g_test_message ("%s, text at 1.5×: labels given less than their minimum:%s", where,
                      squeezed->str);
      g_test_fail ();
    }
}

static void
test_large_text (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *session_view;
  int dpi;

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
  g_assert_cmpint (dpi, ==, DEFAULT_XFT_DPI * 3 / 2);

  show_muscle (f, "quadriceps");
  assert_nothing_squeezed (find (f, UNKNOT_TYPE_MUSCLE_PAGE, NULL), "The muscle page");

  gtk_window_set_default_size (GTK_WINDOW (f->window), 800, 700);
  test_iterate (300);
  assert_nothing_squeezed (find (f, UNKNOT_TYPE_MUSCLE_PAGE, NULL), "The narrow muscle page");

  g_signal_emit_by_name (find (f, GTK_TYPE_BUTTON, "_Start"), "clicked");
  session_view = find (f, UNKNOT_TYPE_SESSION_VIEW, NULL);
  g_assert_true (test_wait_for_mapped (session_view));
  test_iterate (300);
  assert_nothing_squeezed (session_view, "The session view");

  /* Xvfb has no window manager to make the window full screen: the
   * session view is put in presentation mode at the screen's size. */
  unknot_session_view_set_presentation (UNKNOT_SESSION_VIEW (session_view), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1600, 1000);
  test_iterate (300);
  g_assert_true (gtk_widget_has_css_class (session_view, "presentation"));
  assert_nothing_squeezed (session_view, "Presentation mode");
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add ("/layout/sidebar-keeps-width", Fixture, GINT_TO_POINTER (DEFAULT_XFT_DPI),
              fixture_set_up, test_sidebar_keeps_width, fixture_tear_down);
  g_test_add ("/layout/large-text", Fixture, GINT_TO_POINTER (DEFAULT_XFT_DPI * 3 / 2),
              fixture_set_up, test_large_text, fixture_tear_down);

  return g_test_run ();
}
