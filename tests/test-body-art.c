/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-content-loader.h"
#include "unknot-body-art.h"
#include "unknot-library.h"

/* Hit testing needs no display: the art renders into memory. */
typedef struct {
  UnknotLibrary *library;
  UnknotBodyArt *art;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  GListModel *regions;

  f->library = unknot_library_new ();
  g_assert_true (unknot_content_load_builtin (f->library, &error));
  g_assert_no_error (error);

  regions = unknot_library_get_regions (f->library);
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);

      g_strv_builder_add (builder, unknot_region_get_id (region));
    }
  ids = g_strv_builder_end (builder);

  f->art = unknot_body_art_new_from_resource ((const char * const *) ids, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->art);
  g_assert_finalize_object (f->library);
}

static gboolean
region_is_shown (UnknotRegion   *region,
                 UnknotBodyShow  show)
{
  UnknotView view = unknot_region_get_view (region);

  return show == UNKNOT_BODY_SHOW_BOTH
         || (show == UNKNOT_BODY_SHOW_FRONT && view == UNKNOT_VIEW_FRONT)
         || (show == UNKNOT_BODY_SHOW_BACK && view == UNKNOT_VIEW_BACK);
}

/* For every region, its innermost point (from its own rendering, not
 * from the hit map) must hit that region, and hidden ones are absent. */
static void
check_frame (Fixture               *f,
             const UnknotBodyFrame *frame)
{
  g_autoptr(UnknotBodyHitMap) hits = unknot_body_art_render_hit_map (f->art, frame);
  GListModel *regions = unknot_library_get_regions (f->library);
  guint checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);
      const char *id = unknot_region_get_id (region);
      double x, y;

      if (!region_is_shown (region, frame->show))
        {
          g_assert_false (unknot_body_hit_map_get_center (hits, id, &x, &y));
          continue;
        }

      g_assert_true (unknot_body_art_get_inner_point (f->art, frame, id, &x, &y));
      g_assert_cmpstr (unknot_body_hit_map_lookup (hits, x, y), ==, id);
      checked++;
    }

  g_assert_cmpuint (checked, >, 10);
}

static void
test_every_region_hits (Fixture       *f,
                        gconstpointer  data)
{
  static const UnknotBodyFrame frames[] = {
    { 600, 520, 1, UNKNOT_BODY_SHOW_BOTH },
    { 1400, 1000, 1, UNKNOT_BODY_SHOW_BOTH },
    { 300, 640, 1, UNKNOT_BODY_SHOW_FRONT },
    { 300, 640, 1, UNKNOT_BODY_SHOW_BACK },
    { 600, 520, 2, UNKNOT_BODY_SHOW_BOTH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (frames); i++)
    check_frame (f, &frames[i]);
}

/* Points in the SVG's own coordinates that lie on no region. */
static void
test_empty_places_miss (Fixture       *f,
                        gconstpointer  data)
{
  static const struct {
    double x, y;
  } empty[] = {
    { 225, 880 },  /* between the front figure's shins */
    { 675, 880 },  /* between the back figure's shins */
    { 450, 500 },  /* between the two figures */
    { 450, 60 },
    { 5, 5 },      /* the margin */
    { 895, 995 },
  };
  static const UnknotBodyFrame frames[] = {
    { 640, 560, 1, UNKNOT_BODY_SHOW_BOTH },
    { 1200, 900, 1, UNKNOT_BODY_SHOW_BOTH },
    { 640, 560, 2, UNKNOT_BODY_SHOW_BOTH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (frames); i++)
    {
      g_autoptr(UnknotBodyHitMap) hits = unknot_body_art_render_hit_map (f->art, &frames[i]);

      for (guint j = 0; j < G_N_ELEMENTS (empty); j++)
        {
          double x, y;

          unknot_body_art_svg_to_widget (&frames[i], empty[j].x, empty[j].y, &x, &y);
          g_assert_null (unknot_body_hit_map_lookup (hits, x, y));
        }
      g_assert_null (unknot_body_hit_map_lookup (hits, -10, -10));
      g_assert_null (unknot_body_hit_map_lookup (hits, frames[i].width + 5, 5));
    }
}

/* The person's left is on the viewer's right in front and on the
 * viewer's left from behind. */
static void
test_sides_are_the_persons_own (Fixture       *f,
                                gconstpointer  data)
{
  static const UnknotBodyFrame frame = { 900, 800, 1, UNKNOT_BODY_SHOW_BOTH };
  g_autoptr(UnknotBodyHitMap) hits = unknot_body_art_render_hit_map (f->art, &frame);
  double lx, ly, rx, ry;

  g_assert_true (unknot_body_hit_map_get_center (hits, "quadriceps-left", &lx, &ly));
  g_assert_true (unknot_body_hit_map_get_center (hits, "quadriceps-right", &rx, &ry));
  g_assert_cmpfloat (lx, >, rx);

  g_assert_true (unknot_body_hit_map_get_center (hits, "hamstrings-left", &lx, &ly));
  g_assert_true (unknot_body_hit_map_get_center (hits, "hamstrings-right", &rx, &ry));
  g_assert_cmpfloat (lx, <, rx);
}

/* Arrow keys go to the region ahead, so every visible region can be
 * reached from every other by arrows alone. */
static void
test_arrows_reach_everything (Fixture       *f,
                              gconstpointer  data)
{
  static const UnknotBodyFrame frame = { 900, 800, 1, UNKNOT_BODY_SHOW_BOTH };
  static const double directions[][2] = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
  g_autoptr(UnknotBodyHitMap) hits = unknot_body_art_render_hit_map (f->art, &frame);
  g_autoptr(GHashTable) reached = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();
  guint n_regions = unknot_body_art_get_n_regions (f->art);

  g_assert_cmpstr (unknot_body_hit_map_find_neighbour (hits, "quadriceps-left", 0, 1), ==,
                   "zone-knee-left");
  g_assert_cmpstr (unknot_body_hit_map_find_neighbour (hits, "zone-knee-left", 0, -1), ==,
                   "quadriceps-left");

  g_ptr_array_add (queue, (gpointer) "quadriceps-left");
  g_hash_table_add (reached, (gpointer) "quadriceps-left");
  for (guint i = 0; i < queue->len; i++)
    for (guint d = 0; d < G_N_ELEMENTS (directions); d++)
      {
        const char *next = unknot_body_hit_map_find_neighbour (hits, queue->pdata[i],
                                                               directions[d][0],
                                                               directions[d][1]);

        if (next != NULL && g_hash_table_add (reached, (gpointer) next))
          g_ptr_array_add (queue, (gpointer) next);
      }

  for (guint i = 0; i < n_regions; i++)
    if (!g_hash_table_contains (reached, unknot_body_art_get_region_id (f->art, i)))
      g_test_message ("unreachable: %s", unknot_body_art_get_region_id (f->art, i));
  g_assert_cmpuint (g_hash_table_size (reached), ==, n_regions);
}

/* Aspect ratio kept and centred: tools and tests rely on it. */
static void
test_layout_is_centred (void)
{
  static const UnknotBodyFrame wide = { 1600, 600, 1, UNKNOT_BODY_SHOW_BOTH };
  static const UnknotBodyFrame tall = { 300, 900, 1, UNKNOT_BODY_SHOW_FRONT };
  graphene_rect_t rect;

  unknot_body_art_get_visible_rect (&wide, &rect);
  g_assert_cmpfloat_with_epsilon (rect.size.width / rect.size.height, 0.9, 0.01);
  g_assert_cmpfloat_with_epsilon (rect.origin.x + rect.size.width / 2, 800, 1);

  unknot_body_art_get_visible_rect (&tall, &rect);
  g_assert_cmpfloat_with_epsilon (rect.size.width / rect.size.height, 0.45, 0.01);
  g_assert_cmpfloat_with_epsilon (rect.origin.x + rect.size.width / 2, 150, 1);

  g_assert_cmpint (unknot_body_art_choose_show (1000, 700, FALSE), ==, UNKNOT_BODY_SHOW_BOTH);
  g_assert_cmpint (unknot_body_art_choose_show (320, 700, FALSE), ==, UNKNOT_BODY_SHOW_FRONT);
  g_assert_cmpint (unknot_body_art_choose_show (320, 700, TRUE), ==, UNKNOT_BODY_SHOW_BACK);
}

static void
test_base_renders (Fixture       *f,
                   gconstpointer  data)
{
  static const UnknotBodyFrame frame = { 500, 400, 2, UNKNOT_BODY_SHOW_BOTH };
  g_autoptr(GdkTexture) light = unknot_body_art_render_base (f->art, &frame, FALSE);
  g_autoptr(GdkTexture) dark = unknot_body_art_render_base (f->art, &frame, TRUE);
  graphene_rect_t rect;

  unknot_body_art_get_visible_rect (&frame, &rect);
  g_assert_cmpint (gdk_texture_get_width (light), ==, rect.size.width * 2);
  g_assert_cmpint (gdk_texture_get_height (light), ==, rect.size.height * 2);
  g_assert_cmpint (gdk_texture_get_width (dark), ==, gdk_texture_get_width (light));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/body-art/every-region-hits", Fixture, NULL,
              fixture_set_up, test_every_region_hits, fixture_tear_down);
  g_test_add ("/body-art/empty-places-miss", Fixture, NULL,
              fixture_set_up, test_empty_places_miss, fixture_tear_down);
  g_test_add ("/body-art/sides-are-the-persons-own", Fixture, NULL,
              fixture_set_up, test_sides_are_the_persons_own, fixture_tear_down);
  g_test_add ("/body-art/base-renders", Fixture, NULL,
              fixture_set_up, test_base_renders, fixture_tear_down);
  g_test_add ("/body-art/arrows-reach-everything", Fixture, NULL,
              fixture_set_up, test_arrows_reach_everything, fixture_tear_down);
  g_test_add_func ("/body-art/layout-is-centred", test_layout_is_centred);

  return g_test_run ();
}
