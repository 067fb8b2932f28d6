/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-content-loader.h"
#include "unknot-clock.h"
#include "unknot-library.h"
#include "unknot-session-view.h"
#include "unknot-technique-picture.h"
#include "test-utils.h"

typedef struct {
  UnknotLibrary          *library;
  UnknotTechniquePicture *picture;
  GtkWindow              *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  f->library = unknot_library_new ();
  g_assert_true (unknot_content_load_builtin (f->library, &error));

  f->picture = UNKNOT_TECHNIQUE_PICTURE (unknot_technique_picture_new ());
  unknot_technique_picture_set_technique (f->picture,
                                          unknot_library_get_technique (f->library,
                                                                        "quadriceps-roller"));
  f->window = test_window_new_for (GTK_WIDGET (f->picture), 600, 400);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->library);
}

/* What the widget draws, rendered by the window's own renderer:
 * mirroring happens in the snapshot, not in the texture. */
static GdkTexture *
render_widget (GtkWidget *widget)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* GTK 4.8's software renderer converts a texture pixel by pixel on every
 * frame, as often as a session's timer ticks beside the picture: there
 * the picture is painted as the cairo image it was rendered to. */
static void
test_software_rendering_paints_image (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  g_assert_true (test_wait_for_mapped (GTK_WIDGET (f->picture)));
  if (!GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (GTK_NATIVE (f->window))))
    {
      g_test_skip ("The window does not render in software");
      return;
    }

  unknot_technique_picture_set_mirrored (f->picture, TRUE);
  GTK_WIDGET_GET_CLASS (GTK_WIDGET (f->picture))->snapshot (GTK_WIDGET (f->picture), snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  g_assert_true (test_node_has (node, GSK_CAIRO_NODE, 0));
  g_assert_false (test_node_has (node, GSK_TEXTURE_NODE, 0));
}

static guchar *
download (GdkTexture *texture,
          gsize      *stride)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  guchar *pixels;

  *stride = (gsize) width * 4;
  pixels = g_malloc ((gsize) height * *stride);
  gdk_texture_download (texture, pixels, *stride);

  return pixels;
}

static guint
count_painted (GdkTexture *texture)
{
  gsize stride;
  g_autofree guchar *pixels = download (texture, &stride);
  guint painted = 0;

  for (int y = 0; y < gdk_texture_get_height (texture); y++)
    for (int x = 0; x < gdk_texture_get_width (texture); x++)
      painted += pixels[y * stride + x * 4 + 3] != 0;

  return painted;
}

static guint
count_different (GdkTexture *a,
                 GdkTexture *b)
{
  gsize stride;
  g_autofree guchar *pa = download (a, &stride);
  g_autofree guchar *pb = download (b, &stride);
  guint different = 0;

  g_assert_cmpint (gdk_texture_get_width (a), ==, gdk_texture_get_width (b));
  g_assert_cmpint (gdk_texture_get_height (a), ==, gdk_texture_get_height (b));
  for (gsize i = 0; i < stride * gdk_texture_get_height (a); i += 4)
    different += memcmp (pa + i, pb + i, 4) != 0;

  return different;
}

static void
test_renders (Fixture       *f,
              gconstpointer  data)
{
  GdkTexture *texture = unknot_technique_picture_get_texture (f->picture);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->picture)));
  /* The 8:5 canvas fills the 600 px wide window */
  g_assert_cmpint (width, ==, 600);
  g_assert_cmpint (height, ==, 375);
  g_assert_cmpuint (count_painted (texture), >, (guint) (width * height / 20));
  /* Drawn once, then redrawn from the same texture */
  g_assert_true (unknot_technique_picture_get_texture (f->picture) == texture);
}

static void
test_mirrored_is_flipped (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (f->picture);
  g_autoptr(GdkTexture) plain = render_widget (widget);
  g_autoptr(GdkTexture) mirrored = NULL;
  g_autofree guchar *a = NULL;
  g_autofree guchar *b = NULL;
  int width = gdk_texture_get_width (plain);
  guint asymmetric = 0;
  gsize stride;

  unknot_technique_picture_set_mirrored (f->picture, TRUE);
  mirrored = render_widget (widget);
  a = download (plain, &stride);
  b = download (mirrored, &stride);

  for (int y = 0; y < gdk_texture_get_height (plain); y++)
    for (int x = 0; x < width; x++)
      {
        g_assert_cmpmem (a + y * stride + x * 4, 4, b + y * stride + (width - 1 - x) * 4, 4);
        asymmetric += memcmp (a + y * stride + x * 4, a + y * stride + (width - 1 - x) * 4,
                              4) != 0;
      }
  /* The picture itself is not symmetric, so the flip was a real one */
  g_assert_cmpuint (asymmetric, >, 1000);
}

static void
test_dark_style (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GdkTexture) light = g_object_ref (unknot_technique_picture_get_texture (f->picture));
  GdkTexture *dark;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  test_iterate (100);
  dark = unknot_technique_picture_get_texture (f->picture);

  g_assert_true (dark != light);
  g_assert_cmpuint (count_different (light, dark), >, 10000);
}

static void
test_pose_and_technique (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GdkTexture) start = g_object_ref (unknot_technique_picture_get_texture (f->picture));
  g_autoptr(GdkTexture) rolling = NULL;
  GdkTexture *calves;

  unknot_technique_picture_set_pose (f->picture, UNKNOT_PICTURE_POSE_ROLLING);
  rolling = g_object_ref (unknot_technique_picture_get_texture (f->picture));
  g_assert_cmpuint (count_different (start, rolling), >, 1000);

  unknot_technique_picture_set_technique (f->picture,
                                          unknot_library_get_technique (f->library,
                                                                        "calves-roller"));
  calves = unknot_technique_picture_get_texture (f->picture);
  g_assert_cmpuint (count_different (rolling, calves), >, 1000);
}

static void
test_accessible (Fixture       *f,
                 gconstpointer  data)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (f->picture);
  UnknotTechnique *calves = unknot_library_get_technique (f->library, "calves-roller");
  const char *description = unknot_technique_picture_get_description (f->picture);

  g_assert_true (gtk_test_accessible_has_role (accessible, GTK_ACCESSIBLE_ROLE_IMG));
  g_assert_nonnull (description);
  g_assert_cmpuint (strlen (description), >, 20);
  gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       description);
  gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Position: Quadriceps, Foam roller");

  unknot_technique_picture_set_technique (f->picture, calves);
  g_assert_cmpstr (unknot_technique_picture_get_description (f->picture), !=, description);
  gtk_test_accessible_assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       unknot_technique_picture_get_description (f->picture));
}

/* A technique without a picture takes no room. */
static void
test_missing_picture_hides (Fixture       *f,
                            gconstpointer  data)
{
  g_assert_true (unknot_technique_has_picture ("quadriceps-roller"));
  g_assert_false (unknot_technique_has_picture ("no-such-technique"));

  unknot_technique_picture_set_technique (f->picture, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->picture)));
  g_assert_null (unknot_technique_picture_get_texture (f->picture));
}

static void
test_height_for_width (void)
{
  g_autoptr(GtkWidget) picture = g_object_ref_sink (unknot_technique_picture_new ());
  int minimum, natural;

  /* Hidden until it has a picture, and GTK measures hidden widgets as 0 */
  gtk_widget_set_visible (picture, TRUE);
  gtk_widget_measure (picture, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 480);
  gtk_widget_measure (picture, GTK_ORIENTATION_VERTICAL, 800, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 500);
  g_assert_cmpint (minimum, <, natural);
  /* A short height does not narrow it (a box measures with minimum heights) */
  gtk_widget_measure (picture, GTK_ORIENTATION_HORIZONTAL, 100, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 480);
}

/* The session shows where to lie while getting into position, the roll
 * afterwards, and mirrors the picture for the left side with a caption. */
static void
test_session_follows_phase_and_side (void)
{
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(UnknotClock) clock = unknot_clock_new_manual (0);
  g_autoptr(UnknotHoldTimer) timer = unknot_hold_timer_new (clock);
  g_autoptr(UnknotSession) session = unknot_session_new (timer);
  g_autoptr(UnknotRoutine) routine = unknot_routine_new ("test", "Test", "", "");
  UnknotSessionView *view = UNKNOT_SESSION_VIEW (unknot_session_view_new ());
  UnknotTechniquePicture *picture;
  GtkLabel *caption;
  GtkWindow *window;

  g_assert_true (unknot_content_load_builtin (library, NULL));
  unknot_routine_append_item (routine, unknot_library_get_technique (library, "calves-roller"),
                              UNKNOT_SIDE_BOTH, 20, 1);
  unknot_session_view_set_library (view, library);
  window = test_window_new_for (GTK_WIDGET (view), 1200, 800);
  picture = UNKNOT_TECHNIQUE_PICTURE (test_find_widget (GTK_WIDGET (view),
                                                        UNKNOT_TYPE_TECHNIQUE_PICTURE, NULL));
  caption = GTK_LABEL (test_find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, "Left side"));
  g_assert_null (caption);

  unknot_session_view_set_session (view, session);
  unknot_session_play (session, routine);
  /* A running ring asks for frames all the time, which a slow run (under
   * valgrind) never gets through */
  unknot_hold_timer_pause (timer);
  test_iterate (50);

  g_assert_cmpstr (unknot_technique_get_id (unknot_technique_picture_get_technique (picture)),
                   ==, "calves-roller");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (picture)));
  g_assert_cmpint (unknot_hold_timer_get_phase (timer), ==, UNKNOT_HOLD_PHASE_POSITION);
  g_assert_cmpint (unknot_technique_picture_get_pose (picture), ==, UNKNOT_PICTURE_POSE_START);
  g_assert_true (unknot_technique_picture_get_mirrored (picture));
  caption = GTK_LABEL (test_find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, "Left side"));
  g_assert_nonnull (caption);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (caption)));
  /* Large: the picture takes the wider column beside the ring */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (picture)), >=, 600);

  unknot_hold_timer_skip (timer);
  g_assert_cmpint (unknot_technique_picture_get_pose (picture), ==, UNKNOT_PICTURE_POSE_ROLLING);

  /* On to the right side: getting into position again, not mirrored */
  while (unknot_hold_timer_get_side (timer) == UNKNOT_SIDE_LEFT)
    unknot_hold_timer_skip (timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (timer), ==, UNKNOT_HOLD_PHASE_SWITCH_SIDE);
  g_assert_cmpint (unknot_technique_picture_get_pose (picture), ==, UNKNOT_PICTURE_POSE_START);
  g_assert_false (unknot_technique_picture_get_mirrored (picture));
  g_assert_cmpstr (gtk_label_get_label (caption), ==, "Right side");

  unknot_session_stop (session);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  /* The test context keeps the accessible properties for checking. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  test_init (&argc, &argv);
  adw_init ();

  g_test_add ("/technique-picture/software-rendering-paints-image", Fixture, NULL,
              fixture_set_up, test_software_rendering_paints_image, fixture_tear_down);
  g_test_add ("/technique-picture/renders", Fixture, NULL,
              fixture_set_up, test_renders, fixture_tear_down);
  g_test_add ("/technique-picture/mirrored-is-flipped", Fixture, NULL,
              fixture_set_up, test_mirrored_is_flipped, fixture_tear_down);
  g_test_add ("/technique-picture/dark-style", Fixture, NULL,
              fixture_set_up, test_dark_style, fixture_tear_down);
  g_test_add ("/technique-picture/pose-and-technique", Fixture, NULL,
              fixture_set_up, test_pose_and_technique, fixture_tear_down);
  g_test_add ("/technique-picture/accessible", Fixture, NULL,
              fixture_set_up, test_accessible, fixture_tear_down);
  g_test_add ("/technique-picture/missing-picture-hides", Fixture, NULL,
              fixture_set_up, test_missing_picture_hides, fixture_tear_down);
  g_test_add_func ("/technique-picture/height-for-width", test_height_for_width);
  g_test_add_func ("/technique-picture/session-follows-phase-and-side",
                   test_session_follows_phase_and_side);

  return g_test_run ();
}
