/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "unknot-content-loader.h"
#include "unknot-store.h"

static const char * const muscle_ids[] = {
  "calves", "hamstrings", "quadriceps", "adductors", "glutes",
  "it-band", "hip-flexors", "lats", "upper-back", "pectorals",
};

static const char * const zone_ids[] = {
  "low-back", "neck", "abdomen", "hip", "knee", "elbow", "ankle",
};

static const char * const contraindication_ids[] = {
  "heart-failure", "kidney-failure", "liver-failure", "pancreas-failure",
  "bleeding-disorder", "contagious-skin", "cancer-or-other-condition",
  "medications", "unexamined-injury", "after-surgery", "not-medical-advice",
};

static const char * const routine_ids[] = {
  "warm-up", "cool-down", "posture", "runners-legs", "squat-mobility", "hip-tightness",
};

static UnknotLibrary *
load_builtin (void)
{
  UnknotLibrary *library = unknot_library_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (unknot_content_load_builtin (library, &error));
  g_assert_no_error (error);

  return library;
}

static void
test_builtin_loads (void)
{
  UnknotLibrary *library = load_builtin ();

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (library)) == UNKNOT_TYPE_MUSCLE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==,
                    G_N_ELEMENTS (muscle_ids));
  g_assert_cmpuint (g_list_model_get_n_items (unknot_library_get_zones (library)), ==,
                    G_N_ELEMENTS (zone_ids));
  g_assert_cmpuint (g_list_model_get_n_items (unknot_library_get_tools (library)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (unknot_library_get_routines (library)), ==,
                    G_N_ELEMENTS (routine_ids));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (library), G_N_ELEMENTS (muscle_ids)));

  /* The lists are the same objects for the library's lifetime */
  g_assert_true (unknot_library_get_zones (library) == unknot_library_get_zones (library));
  g_assert_null (unknot_library_get_muscle (library, "no-such-muscle"));

  g_assert_finalize_object (library);
}

static void
assert_regions (GListModel    *regions,
                const char    *target_id,
                gboolean       is_zone,
                UnknotLibrary *library)
{
  guint n_regions = g_list_model_get_n_items (regions);

  g_assert_cmpuint (n_regions, >=, 1);
  for (guint i = 0; i < n_regions; i++)
    {
      g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);

      g_assert_cmpstr (unknot_region_get_target_id (region), ==, target_id);
      g_assert_cmpint (unknot_region_is_zone (region), ==, is_zone);
      g_assert_true (unknot_library_get_region (library, unknot_region_get_id (region)) == region);
    }
}

static void
test_muscles (void)
{
  UnknotLibrary *library = load_builtin ();

  for (guint i = 0; i < G_N_ELEMENTS (muscle_ids); i++)
    {
      UnknotMuscle *muscle = unknot_library_get_muscle (library, muscle_ids[i]);
      g_autoptr(UnknotMuscle) listed = g_list_model_get_item (G_LIST_MODEL (library), i);

      g_assert_nonnull (muscle);
      g_assert_true (muscle == listed);
      g_assert_cmpstr (unknot_muscle_get_id (muscle), ==, muscle_ids[i]);
      g_assert_cmpstr (unknot_muscle_get_name (muscle), !=, "");
      g_assert_cmpstr (unknot_muscle_get_anatomical_name (muscle), !=, "");
      g_assert_nonnull (unknot_muscle_get_about (muscle));
      assert_regions (unknot_muscle_get_regions (muscle), muscle_ids[i], FALSE, library);
      g_assert_cmpuint (g_list_model_get_n_items (unknot_muscle_get_techniques (muscle)), >=, 1);
    }

  g_assert_finalize_object (library);
}

static void
test_zones (void)
{
  UnknotLibrary *library = load_builtin ();

  for (guint i = 0; i < G_N_ELEMENTS (zone_ids); i++)
    {
      UnknotZone *zone = unknot_library_get_zone (library, zone_ids[i]);
      GListModel *instead;

      g_assert_nonnull (zone);
      g_assert_cmpint (unknot_caution_get_kind (unknot_zone_get_caution (zone)), ==,
                       UNKNOT_CAUTION_KIND_ZONE);
      g_assert_cmpint (unknot_caution_get_severity (unknot_zone_get_caution (zone)), ==,
                       UNKNOT_SEVERITY_STOP);
      assert_regions (unknot_zone_get_regions (zone), zone_ids[i], TRUE, library);

      instead = unknot_zone_get_instead (zone);
      g_assert_cmpuint (g_list_model_get_n_items (instead), >=, 1);
      for (guint j = 0; j < g_list_model_get_n_items (instead); j++)
        {
          g_autoptr(UnknotMuscle) muscle = g_list_model_get_item (instead, j);

          g_assert_true (unknot_library_get_muscle (library, unknot_muscle_get_id (muscle)) ==
                         muscle);
        }
    }

  g_assert_nonnull (unknot_library_get_region (library, "zone-low-back"));
  g_assert_nonnull (unknot_library_get_region (library, "quadriceps-left"));
  g_assert_cmpint (unknot_region_get_view (unknot_library_get_region (library, "quadriceps-left")),
                   ==, UNKNOT_VIEW_FRONT);
  g_assert_cmpint (unknot_region_get_side (unknot_library_get_region (library, "quadriceps-left")),
                   ==, UNKNOT_SIDE_LEFT);

  g_assert_finalize_object (library);
}

/* Read from the XML itself, so a contraindication added later is checked too */
static void
assert_every_contraindication_loaded (UnknotLibrary *library)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 "unknot-content.xml", NULL);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  guint n_in_xml = 0;
  guint n_loaded = 0;
  GListModel *cautions = unknot_library_get_cautions (library);

  g_assert_true (g_file_get_contents (path, &xml, NULL, &error));
  g_assert_no_error (error);

  regex = g_regex_new ("<caution id=\"([a-z0-9-]+)\"[^>]*kind=\"contraindication\"", 0, 0, NULL);
  for (g_regex_match (regex, xml, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL), n_in_xml++)
    {
      g_autofree char *id = g_match_info_fetch (match, 1);
      UnknotCaution *caution = unknot_library_get_caution (library, id);

      g_assert_nonnull (caution);
      g_assert_cmpint (unknot_caution_get_kind (caution), ==,
                       UNKNOT_CAUTION_KIND_CONTRAINDICATION);
    }

  for (guint i = 0; i < g_list_model_get_n_items (cautions); i++)
    {
      g_autoptr(UnknotCaution) caution = g_list_model_get_item (cautions, i);

      if (unknot_caution_get_kind (caution) == UNKNOT_CAUTION_KIND_CONTRAINDICATION)
        n_loaded++;
    }

  g_assert_cmpuint (n_in_xml, >=, G_N_ELEMENTS (contraindication_ids));
  g_assert_cmpuint (n_loaded, ==, n_in_xml);
}

static void
test_contraindications (void)
{
  UnknotLibrary *library = load_builtin ();

  for (guint i = 0; i < G_N_ELEMENTS (contraindication_ids); i++)
    {
      UnknotCaution *caution = unknot_library_get_caution (library, contraindication_ids[i]);

      g_assert_nonnull (caution);
      g_assert_cmpint (unknot_caution_get_kind (caution), ==,
                       UNKNOT_CAUTION_KIND_CONTRAINDICATION);
      g_assert_cmpstr (unknot_caution_get_title (caution), !=, "");
      g_assert_cmpstr (unknot_caution_get_text (caution), !=, "");
    }

  assert_every_contraindication_loaded (library);

  g_assert_cmpint (unknot_caution_get_severity (unknot_library_get_caution (library,
                                                                            "heart-failure")),
                   ==, UNKNOT_SEVERITY_STOP);
  g_assert_cmpint (unknot_caution_get_severity (unknot_library_get_caution (library,
                                                                            "not-medical-advice")),
                   ==, UNKNOT_SEVERITY_INFO);

  g_assert_finalize_object (library);
}

static void
assert_technique (UnknotLibrary   *library,
                  UnknotMuscle    *muscle,
                  UnknotTechnique *technique)
{
  const char * const *steps = unknot_technique_get_steps (technique);
  GListModel *cautions = unknot_technique_get_cautions (technique);
  UnknotTool *tool = unknot_technique_get_tool (technique);

  g_assert_true (unknot_technique_get_muscle (technique) == muscle);
  g_assert_true (unknot_library_get_technique (library, unknot_technique_get_id (technique)) ==
                 technique);
  g_assert_nonnull (tool);
  g_assert_true (unknot_library_get_tool (library, unknot_tool_get_id (tool)) == tool);
  g_assert_cmpstr (unknot_technique_get_position (technique), !=, "");
  g_assert_cmpstr (unknot_technique_get_picture_description (technique), !=, "");
  g_assert_cmpstr (unknot_technique_get_picture_description (technique), !=,
                   unknot_technique_get_position (technique));
  g_assert_cmpuint (g_strv_length ((char **) steps), >=, 3);
  g_assert_cmpuint (g_strv_length ((char **) steps), <=, 6);

  g_assert_cmpuint (unknot_technique_get_hold_min (technique), >=, 10);
  g_assert_cmpuint (unknot_technique_get_hold_max (technique), <=, 120);
  g_assert_cmpuint (unknot_technique_get_hold_min (technique), <=,
                    unknot_technique_get_hold_default (technique));
  g_assert_cmpuint (unknot_technique_get_hold_default (technique), <=,
                    unknot_technique_get_hold_max (technique));
  g_assert_cmpuint (unknot_technique_get_reps_min (technique), >=, 1);
  g_assert_cmpuint (unknot_technique_get_reps_min (technique), <=,
                    unknot_technique_get_reps_default (technique));
  g_assert_cmpuint (unknot_technique_get_reps_default (technique), <=,
                    unknot_technique_get_reps_max (technique));

  g_assert_cmpuint (g_list_model_get_n_items (cautions), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (cautions); i++)
    {
      g_autoptr(UnknotCaution) caution = g_list_model_get_item (cautions, i);

      g_assert_true (unknot_library_get_caution (library, unknot_caution_get_id (caution)) ==
                     caution);
    }
}

static void
assert_routine_items (UnknotLibrary *library,
                      UnknotRoutine *routine)
{
  GListModel *items = unknot_routine_get_items (routine);

  g_assert_cmpuint (g_list_model_get_n_items (items), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (items, i);
      UnknotTechnique *technique = unknot_routine_item_get_technique (item);

      g_assert_true (unknot_library_get_technique (library, unknot_technique_get_id (technique))
                     == technique);
      g_assert_cmpuint (unknot_routine_item_get_hold (item), >=,
                        unknot_technique_get_hold_min (technique));
      g_assert_cmpuint (unknot_routine_item_get_hold (item), <=,
                        unknot_technique_get_hold_max (technique));
      g_assert_cmpuint (unknot_routine_item_get_reps (item), >=,
                        unknot_technique_get_reps_min (technique));
      g_assert_cmpuint (unknot_routine_item_get_reps (item), <=,
                        unknot_technique_get_reps_max (technique));
    }
}

static void
test_references (void)
{
  UnknotLibrary *library = load_builtin ();
  guint n_techniques = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(UnknotMuscle) muscle = g_list_model_get_item (G_LIST_MODEL (library), i);
      GListModel *techniques = unknot_muscle_get_techniques (muscle);

      for (guint j = 0; j < g_list_model_get_n_items (techniques); j++, n_techniques++)
        {
          g_autoptr(UnknotTechnique) technique = g_list_model_get_item (techniques, j);

          assert_technique (library, muscle, technique);
        }
    }
  g_assert_cmpuint (n_techniques, >=, G_N_ELEMENTS (muscle_ids));

  for (guint i = 0; i < G_N_ELEMENTS (routine_ids); i++)
    assert_routine_items (library, unknot_library_get_routine (library, routine_ids[i]));

  g_assert_finalize_object (library);
}

/* The alt text of every technique's picture, read from the content */
static void
test_picture_descriptions (void)
{
  UnknotLibrary *library = load_builtin ();
  guint n_described = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(UnknotMuscle) muscle = g_list_model_get_item (G_LIST_MODEL (library), i);
      GListModel *techniques = unknot_muscle_get_techniques (muscle);

      for (guint j = 0; j < g_list_model_get_n_items (techniques); j++)
        {
          g_autoptr(UnknotTechnique) technique = g_list_model_get_item (techniques, j);
          const char *text = unknot_technique_get_picture_description (technique);

          g_assert_true (g_str_has_prefix (text, "A person") ||
                         g_str_has_prefix (text, "Seen from"));
          g_assert_true (g_str_has_suffix (text, "."));
          n_described++;
        }
    }
  g_assert_cmpuint (n_described, >=, 15);
  g_assert_nonnull (strstr (unknot_technique_get_picture_description (
                              unknot_library_get_technique (library, "quadriceps-roller")),
                            "face down"));

  g_assert_finalize_object (library);
}

static void
test_routines (void)
{
  UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  UnknotLibrary *library = load_builtin ();
  guint warm_up;
  guint cool_down;

  for (guint i = 0; i < G_N_ELEMENTS (routine_ids); i++)
    {
      UnknotRoutine *routine = unknot_library_get_routine (library, routine_ids[i]);
      g_autoptr(GPtrArray) problems = NULL;

      g_assert_nonnull (routine);
      g_assert_false (unknot_routine_get_is_user (routine));
      g_assert_null (unknot_routine_get_file (routine));
      g_assert_cmpstr (unknot_routine_get_name (routine), !=, "");
      g_assert_cmpstr (unknot_routine_get_goal (routine), !=, "");
      g_assert_cmpstr (unknot_routine_get_summary (routine), !=, "");

      problems = unknot_routine_check (routine);
      for (guint j = 0; j < problems->len; j++)
        g_test_message ("%s: %s", routine_ids[i], (char *) g_ptr_array_index (problems, j));
      g_assert_cmpuint (problems->len, ==, 0);
    }

  warm_up = unknot_routine_estimate_seconds (unknot_library_get_routine (library, "warm-up"),
                                             &times);
  cool_down = unknot_routine_estimate_seconds (unknot_library_get_routine (library, "cool-down"),
                                               &times);
  g_assert_cmpuint (warm_up, >=, 240);
  g_assert_cmpuint (warm_up, <=, 360);
  g_assert_cmpuint (cool_down, >=, 600);
  g_assert_cmpuint (cool_down, <=, 1200);

  g_assert_finalize_object (library);
}

static void
test_estimate (void)
{
  UnknotPhaseTimes times = { 5, 0, 0 };
  UnknotLibrary *library = load_builtin ();
  UnknotRoutine *routine = unknot_routine_new ("estimate", "Estimate", "Goal", "Summary");

  /* Per side: position + reps × (search + hold + release) */
  unknot_routine_append_item (routine, unknot_library_get_technique (library, "calves-roller"),
                              UNKNOT_SIDE_BOTH, 30, 2);
  g_assert_cmpuint (unknot_routine_estimate_seconds (routine, &times), ==, 2 * (5 + 2 * 30));

  /* Both sides at once on the upper back: one pass */
  unknot_routine_append_item (routine, unknot_library_get_technique (library, "upper-back-roller"),
                              UNKNOT_SIDE_BOTH, 20, 1);
  g_assert_cmpuint (unknot_routine_estimate_seconds (routine, &times), ==, 130 + 25);

  unknot_routine_append_item (routine, unknot_library_get_technique (library, "glutes-ball"),
                              UNKNOT_SIDE_LEFT, 0, 0);
  g_assert_cmpuint (unknot_routine_estimate_seconds (routine, &times), ==, 155 + 5 + 2 * 30);

  g_assert_finalize_object (routine);
  g_assert_finalize_object (library);
}

static void
test_search (void)
{
  static const char * const thigh[] = { "quadriceps", "hamstrings", "adductors", "it-band" };
  static const char * const not_thigh[] = { "calves", "glutes", "lats", "upper-back", "pectorals" };
  UnknotLibrary *library = load_builtin ();
  UnknotMuscle *glutes = unknot_library_get_muscle (library, "glutes");
  UnknotMuscle *quadriceps = unknot_library_get_muscle (library, "quadriceps");

  g_assert_true (unknot_muscle_matches (glutes, "butt"));
  g_assert_false (unknot_muscle_matches (quadriceps, "butt"));

  for (guint i = 0; i < G_N_ELEMENTS (thigh); i++)
    g_assert_true (unknot_muscle_matches (unknot_library_get_muscle (library, thigh[i]), "thigh"));
  for (guint i = 0; i < G_N_ELEMENTS (not_thigh); i++)
    g_assert_false (unknot_muscle_matches (unknot_library_get_muscle (library, not_thigh[i]),
                                           "thigh"));

  for (guint i = 0; i < G_N_ELEMENTS (muscle_ids); i++)
    {
      UnknotMuscle *muscle = unknot_library_get_muscle (library, muscle_ids[i]);

      g_assert_cmpint (unknot_muscle_matches (muscle, "quad"), ==, muscle == quadriceps);
      g_assert_true (unknot_muscle_matches (muscle, ""));
      g_assert_true (unknot_muscle_matches (muscle, "  "));
    }

  /* Case and accents on either side; every word must match */
  g_assert_true (unknot_muscle_matches (quadriceps, "QUAD"));
  g_assert_true (unknot_muscle_matches (quadriceps, "Fémoris"));
  g_assert_true (unknot_muscle_matches (glutes, "GLUTÉ"));
  g_assert_true (unknot_muscle_matches (unknot_library_get_muscle (library, "calves"),
                                        "gastrocnémius"));
  g_assert_true (unknot_muscle_matches (unknot_library_get_muscle (library, "upper-back"),
                                        "upper back"));
  g_assert_false (unknot_muscle_matches (unknot_library_get_muscle (library, "lats"),
                                         "upper back"));
  g_assert_true (unknot_muscle_matches (unknot_library_get_muscle (library, "calves"),
                                        "lower legs"));
  g_assert_false (unknot_muscle_matches (glutes, "butt knee"));

  g_assert_true (unknot_zone_matches (unknot_library_get_zone (library, "knee"), "KNE"));
  g_assert_true (unknot_zone_matches (unknot_library_get_zone (library, "abdomen"), "belly"));
  g_assert_false (unknot_zone_matches (unknot_library_get_zone (library, "abdomen"), "knee"));
  g_assert_true (unknot_zone_matches (unknot_library_get_zone (library, "neck"), "don roll"));

  g_assert_finalize_object (library);
}

static guint
count_problems (UnknotRoutine *routine)
{
  g_autoptr(GPtrArray) problems = unknot_routine_check (routine);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (problems, i));

  return problems->len;
}

static void
test_routine_check (void)
{
  UnknotLibrary *library = load_builtin ();
  UnknotTechnique *calves = unknot_library_get_technique (library, "calves-roller");
  UnknotTechnique *quadriceps = unknot_library_get_technique (library, "quadriceps-roller");
  UnknotTechnique *upper_back = unknot_library_get_technique (library, "upper-back-roller");
  UnknotRoutine *long_hold = unknot_routine_new ("long-hold", "Long", "Goal", "Summary");
  UnknotRoutine *one_muscle = unknot_routine_new ("one-muscle", "One", "Goal", "Summary");
  UnknotRoutine *in_a_row = unknot_routine_new ("in-a-row", "Row", "Goal", "Summary");
  UnknotRoutine *marathon = unknot_routine_new ("marathon", "Marathon", "Goal", "Summary");

  unknot_routine_append_item (long_hold, calves, UNKNOT_SIDE_BOTH, 90, 1);
  g_assert_cmpuint (count_problems (long_hold), ==, 1);

  unknot_routine_append_item (one_muscle, quadriceps, UNKNOT_SIDE_LEFT, 30, 4);
  g_assert_cmpuint (count_problems (one_muscle), ==, 1);

  /* 4 × 30 s on the left thigh, the right side gets a break in between */
  for (guint i = 0; i < 4; i++)
    unknot_routine_append_item (in_a_row, quadriceps, i % 2 ? UNKNOT_SIDE_BOTH : UNKNOT_SIDE_LEFT,
                                30, 1);
  g_assert_cmpuint (count_problems (in_a_row), ==, 1);

  for (guint i = 0; i < 20; i++)
    unknot_routine_append_item (marathon, i % 2 ? upper_back : calves, UNKNOT_SIDE_BOTH, 30, 3);
  g_assert_cmpuint (unknot_routine_estimate_seconds (marathon,
                                                     &UNKNOT_PHASE_TIMES_DEFAULT), >, 30 * 60);
  g_assert_cmpuint (count_problems (marathon), ==, 1);

  g_assert_finalize_object (long_hold);
  g_assert_finalize_object (one_muscle);
  g_assert_finalize_object (in_a_row);
  g_assert_finalize_object (marathon);
  g_assert_finalize_object (library);
}

static void
assert_same_routine (UnknotRoutine *a,
                     UnknotRoutine *b)
{
  GListModel *items_a = unknot_routine_get_items (a);
  GListModel *items_b = unknot_routine_get_items (b);

  g_assert_cmpstr (unknot_routine_get_id (a), ==, unknot_routine_get_id (b));
  g_assert_cmpstr (unknot_routine_get_name (a), ==, unknot_routine_get_name (b));
  g_assert_cmpstr (unknot_routine_get_goal (a), ==, unknot_routine_get_goal (b));
  g_assert_cmpstr (unknot_routine_get_summary (a), ==, unknot_routine_get_summary (b));
  g_assert_cmpuint (g_list_model_get_n_items (items_a), ==, g_list_model_get_n_items (items_b));

  for (guint i = 0; i < g_list_model_get_n_items (items_a); i++)
    {
      g_autoptr(UnknotRoutineItem) item_a = g_list_model_get_item (items_a, i);
      g_autoptr(UnknotRoutineItem) item_b = g_list_model_get_item (items_b, i);

      g_assert_cmpstr (unknot_technique_get_id (unknot_routine_item_get_technique (item_a)), ==,
                       unknot_technique_get_id (unknot_routine_item_get_technique (item_b)));
      g_assert_cmpint (unknot_routine_item_get_sides (item_a), ==,
                       unknot_routine_item_get_sides (item_b));
      g_assert_cmpuint (unknot_routine_item_get_hold (item_a), ==,
                        unknot_routine_item_get_hold (item_b));
      g_assert_cmpuint (unknot_routine_item_get_reps (item_a), ==,
                        unknot_routine_item_get_reps (item_b));
    }
}

static UnknotRoutine *
new_client_routine (UnknotLibrary *library,
                    const char    *id)
{
  UnknotRoutine *routine = unknot_routine_new (id, "Sam’s <legs> & \"hips\"",
                                               "  Before\n  squats  ",
                                               "Calves, then 'glutes'. Ça va?");

  unknot_routine_append_item (routine, unknot_library_get_technique (library, "calves-roller"),
                              UNKNOT_SIDE_BOTH, 30, 2);
  unknot_routine_append_item (routine, unknot_library_get_technique (library, "glutes-ball"),
                              UNKNOT_SIDE_RIGHT, 45, 1);
  unknot_routine_append_item (routine, unknot_library_get_technique (library, "upper-back-roller"),
                              UNKNOT_SIDE_LEFT, 0, 0);

  return routine;
}

static void
test_to_xml_round_trip (void)
{
  UnknotLibrary *library = load_builtin ();
  UnknotRoutine *routine = new_client_routine (library, "sam-round-trip");
  g_autofree char *xml = unknot_routine_to_xml (routine);
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "round-trip.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  UnknotRoutine *loaded;

  g_assert_cmpstr (unknot_routine_get_goal (routine), ==, "Before squats");
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, xml, -1, &error));
  g_assert_no_error (error);

  g_assert_true (unknot_store_load_file (library, file, NULL, UNKNOT_CONTENT_LOAD_USER, &error));
  g_assert_no_error (error);

  loaded = unknot_library_get_routine (library, "sam-round-trip");
  g_assert_nonnull (loaded);
  g_assert_true (loaded != routine);
  assert_same_routine (routine, loaded);
  g_assert_true (unknot_routine_get_is_user (loaded));
  g_assert_true (g_file_equal (unknot_routine_get_file (loaded), file));

  g_assert_finalize_object (routine);
  g_assert_finalize_object (library);
}

static void
test_client_fixture (void)
{
  UnknotLibrary *library = load_builtin ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "routine-client.xml",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(UnknotRoutineItem) item = NULL;
  g_autoptr(GError) error = NULL;
  UnknotRoutine *leg_day;

  g_assert_true (unknot_store_load_file (library, file, NULL, UNKNOT_CONTENT_LOAD_USER, &error));
  g_assert_no_error (error);

  g_assert_nonnull (unknot_library_get_routine (library, "sam-desk-break"));
  leg_day = unknot_library_get_routine (library, "sam-leg-day");
  g_assert_nonnull (leg_day);
  g_assert_true (unknot_routine_get_is_user (leg_day));
  g_assert_cmpstr (unknot_routine_get_name (leg_day), ==, "Sam’s leg day prep");
  g_assert_cmpuint (g_list_model_get_n_items (unknot_routine_get_items (leg_day)), ==, 6);

  /* Missing hold and reps come from the technique */
  item = g_list_model_get_item (unknot_routine_get_items (leg_day), 5);
  g_assert_cmpstr (unknot_technique_get_id (unknot_routine_item_get_technique (item)), ==,
                   "quadriceps-stick");
  g_assert_cmpuint (unknot_routine_item_get_hold (item), ==, 30);
  g_assert_cmpuint (unknot_routine_item_get_reps (item), ==, 1);
  g_assert_cmpuint (unknot_routine_item_get_n_sides (item), ==, 2);

  /* The same file twice would clash */
  g_assert_false (unknot_store_load_file (library, file, NULL, UNKNOT_CONTENT_LOAD_USER, &error));
  g_assert_error (error, UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_NOT_ALLOWED);

  g_assert_finalize_object (library);
}

static void
test_properties (void)
{
  UnknotLibrary *library = load_builtin ();
  UnknotTechnique *technique = unknot_library_get_technique (library, "upper-back-roller");
  UnknotRoutine *routine = unknot_library_get_routine (library, "warm-up");
  g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (unknot_routine_get_items (routine), 2);
  g_autoptr(GListModel) routines = NULL;
  g_autoptr(UnknotMuscle) muscle = NULL;
  g_auto(GStrv) steps = NULL;
  g_autofree char *anatomical = NULL;
  UnknotBodyGroup group;
  guint hold_default;
  guint n_sides;
  gboolean is_zone;

  g_object_get (technique,
                "muscle", &muscle,
                "steps", &steps,
                "hold-default", &hold_default,
                NULL);
  g_assert_true (muscle == unknot_technique_get_muscle (technique));
  g_assert_cmpstrv ((const char * const *) steps, unknot_technique_get_steps (technique));
  g_assert_cmpuint (hold_default, ==, 30);

  g_object_get (muscle, "anatomical-name", &anatomical, "group", &group, NULL);
  g_assert_cmpstr (anatomical, ==, unknot_muscle_get_anatomical_name (muscle));
  g_assert_cmpint (group, ==, UNKNOT_BODY_GROUP_BACK);
  g_assert_cmpstr (unknot_body_group_get_label (group), ==, "Back");

  g_object_get (item, "n-sides", &n_sides, NULL);
  g_assert_cmpuint (n_sides, ==, 1);
  g_object_get (unknot_library_get_region (library, "zone-knee-left"), "is-zone", &is_zone, NULL);
  g_assert_true (is_zone);
  g_object_get (library, "routines", &routines, NULL);
  g_assert_true (routines == unknot_library_get_routines (library));

  g_clear_object (&muscle);
  g_clear_object (&routines);
  g_clear_object (&item);
  g_assert_finalize_object (library);
}

static const char * const basics_ids[] = {
  "what-it-is", "how-to-roll", "never-roll-here", "when-and-how-often", "choosing-tools", "safety",
};

static void
test_basics_pages (void)
{
  UnknotLibrary *library = load_builtin ();
  GListModel *basics = unknot_library_get_basics (library);

  g_assert_true (g_list_model_get_item_type (basics) == UNKNOT_TYPE_BASICS_PAGE);
  g_assert_cmpuint (g_list_model_get_n_items (basics), ==, G_N_ELEMENTS (basics_ids));

  for (guint i = 0; i < G_N_ELEMENTS (basics_ids); i++)
    {
      g_autoptr(UnknotBasicsPage) page = g_list_model_get_item (basics, i);
      guint n_lines = g_strv_length ((char **) unknot_basics_page_get_paragraphs (page)) +
                      g_strv_length ((char **) unknot_basics_page_get_bullets (page));

      g_assert_cmpstr (unknot_basics_page_get_id (page), ==, basics_ids[i]);
      g_assert_true (unknot_library_get_basics_page (library, basics_ids[i]) == page);
      g_assert_cmpstr (unknot_basics_page_get_title (page), !=, "");
      g_assert_cmpuint (n_lines, >=, 2);
      g_assert_cmpuint (n_lines, <=, 4);
    }

  g_assert_finalize_object (library);
}

static const char *
get_reference_id (GObject *target)
{
  if (UNKNOT_IS_TOOL (target))
    return unknot_tool_get_id (UNKNOT_TOOL (target));
  if (UNKNOT_IS_CAUTION (target))
    return unknot_caution_get_id (UNKNOT_CAUTION (target));
  if (UNKNOT_IS_ZONE (target))
    return unknot_zone_get_id (UNKNOT_ZONE (target));
  if (UNKNOT_IS_MUSCLE (target))
    return unknot_muscle_get_id (UNKNOT_MUSCLE (target));
  if (UNKNOT_IS_TECHNIQUE (target))
    return unknot_technique_get_id (UNKNOT_TECHNIQUE (target));

  g_assert_not_reached ();
}

static gpointer
lookup_like (UnknotLibrary *library,
             GObject       *target)
{
  const char *id = get_reference_id (target);

  if (UNKNOT_IS_TOOL (target))
    return unknot_library_get_tool (library, id);
  if (UNKNOT_IS_CAUTION (target))
    return unknot_library_get_caution (library, id);
  if (UNKNOT_IS_ZONE (target))
    return unknot_library_get_zone (library, id);
  if (UNKNOT_IS_MUSCLE (target))
    return unknot_library_get_muscle (library, id);

  return unknot_library_get_technique (library, id);
}

/* Every reference is one of the library's own objects, the safety page
 * names every contraindication, and every caution a technique shows has a
 * Basics page that explains it (the muscle page's "Learn more"). */
static void
test_basics_references (void)
{
  UnknotLibrary *library = load_builtin ();
  GListModel *basics = unknot_library_get_basics (library);
  UnknotBasicsPage *safety = unknot_library_get_basics_page (library, "safety");
  UnknotBasicsPage *zones = unknot_library_get_basics_page (library, "never-roll-here");
  guint n_references = 0;

  for (guint i = 0; i < g_list_model_get_n_items (basics); i++)
    {
      g_autoptr(UnknotBasicsPage) page = g_list_model_get_item (basics, i);
      GListModel *references = unknot_basics_page_get_references (page);

      for (guint j = 0; j < g_list_model_get_n_items (references); j++, n_references++)
        {
          g_autoptr(GObject) target = g_list_model_get_item (references, j);

          g_assert_true (lookup_like (library, target) == (gpointer) target);
        }
    }
  g_assert_cmpuint (n_references, >=, 30);

  for (guint i = 0; i < G_N_ELEMENTS (contraindication_ids); i++)
    g_assert_true (unknot_library_find_basics_page (
                     library, unknot_library_get_caution (library, contraindication_ids[i])) ==
                   safety);

  for (guint i = 0; i < G_N_ELEMENTS (zone_ids); i++)
    {
      UnknotZone *zone = unknot_library_get_zone (library, zone_ids[i]);

      g_assert_true (unknot_library_find_basics_page (library, unknot_zone_get_caution (zone)) ==
                     zones);
    }

  for (guint i = 0; i < G_N_ELEMENTS (muscle_ids); i++)
    {
      GListModel *techniques =
        unknot_muscle_get_techniques (unknot_library_get_muscle (library, muscle_ids[i]));

      for (guint j = 0; j < g_list_model_get_n_items (techniques); j++)
        {
          g_autoptr(UnknotTechnique) technique = g_list_model_get_item (techniques, j);
          GListModel *cautions = unknot_technique_get_cautions (technique);

          for (guint k = 0; k < g_list_model_get_n_items (cautions); k++)
            {
              g_autoptr(UnknotCaution) caution = g_list_model_get_item (cautions, k);

              if (unknot_library_find_basics_page (library, caution) == NULL)
                g_error ("No Basics page explains the caution “%s”",
                         unknot_caution_get_id (caution));
            }
        }
    }

  g_assert_finalize_object (library);
}

/* CONTENT-FACTS.md, "Technique rules" and "Sessions and routines": each
 * fact as words that must all be on one Basics page. */
static const char * const basics_facts[][6] = {
  /* Technique rules */
  { "slowly", "fast", "releases nothing" },
  { "across the muscle" },
  { "tender spot", "20", "60", "eases" },
  { "30–90 seconds", "each muscle" },
  { "breathe", "relax" },
  { "soft", "smooth", "firmer", "textured" },
  { "ball", "focuses the pressure", "smaller" },
  { "roll before you stretch", "never after" },
  { "muscles around it" },
  /* Sessions and routines */
  { "before a workout", "5 minutes", "30 seconds" },
  { "after a workout", "10–20 minutes", "stretch" },
  { "30 minutes at most" },
  { "3–4 days a week", "10 minutes", "daily" },
  { "posture", "squat", "running", "sciatica", "desk" },
};

static char *
dup_page_text (UnknotBasicsPage *page)
{
  const char * const *paragraphs = unknot_basics_page_get_paragraphs (page);
  const char * const *bullets = unknot_basics_page_get_bullets (page);
  g_autofree char *paragraph_text = g_strjoinv ("\n", (char **) paragraphs);
  g_autofree char *bullet_text = g_strjoinv ("\n", (char **) bullets);
  g_autofree char *text = g_strjoin ("\n", unknot_basics_page_get_title (page), paragraph_text,
                                     bullet_text, NULL);

  return g_utf8_casefold (text, -1);
}

static gboolean
page_has_fact (const char         *text,
               const char * const *fact)
{
  for (guint i = 0; i < 6 && fact[i] != NULL; i++)
    if (strstr (text, fact[i]) == NULL)
      return FALSE;

  return TRUE;
}

static void
test_basics_facts (void)
{
  UnknotLibrary *library = load_builtin ();
  GListModel *basics = unknot_library_get_basics (library);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (basics); i++)
    {
      g_autoptr(UnknotBasicsPage) page = g_list_model_get_item (basics, i);

      g_ptr_array_add (texts, dup_page_text (page));
    }

  for (guint i = 0; i < G_N_ELEMENTS (basics_facts); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < texts->len && !found; j++)
        found = page_has_fact (g_ptr_array_index (texts, j), basics_facts[i]);

      if (!found)
        g_error ("No Basics page says “%s”, …", basics_facts[i][0]);
    }

  g_assert_finalize_object (library);
}

/* The library owns everything; nothing may keep it or its objects alive */
static void
test_objects_are_freed (void)
{
  UnknotLibrary *library = load_builtin ();
  UnknotMuscle *muscle = unknot_library_get_muscle (library, "calves");
  UnknotTechnique *technique = unknot_library_get_technique (library, "calves-roller");
  UnknotZone *zone = unknot_library_get_zone (library, "knee");

  g_object_add_weak_pointer (G_OBJECT (muscle), (gpointer *) &muscle);
  g_object_add_weak_pointer (G_OBJECT (technique), (gpointer *) &technique);
  g_object_add_weak_pointer (G_OBJECT (zone), (gpointer *) &zone);

  g_assert_finalize_object (library);
  g_assert_null (muscle);
  g_assert_null (technique);
  g_assert_null (zone);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/content/builtin-loads", test_builtin_loads);
  g_test_add_func ("/content/muscles", test_muscles);
  g_test_add_func ("/content/zones", test_zones);
  g_test_add_func ("/content/contraindications", test_contraindications);
  g_test_add_func ("/content/references", test_references);
  g_test_add_func ("/content/picture-descriptions", test_picture_descriptions);
  g_test_add_func ("/content/routines", test_routines);
  g_test_add_func ("/content/estimate", test_estimate);
  g_test_add_func ("/content/search", test_search);
  g_test_add_func ("/content/routine-check", test_routine_check);
  g_test_add_func ("/content/to-xml-round-trip", test_to_xml_round_trip);
  g_test_add_func ("/content/client-fixture", test_client_fixture);
  g_test_add_func ("/content/properties", test_properties);
  g_test_add_func ("/content/objects-are-freed", test_objects_are_freed);
  g_test_add_func ("/content/basics/pages", test_basics_pages);
  g_test_add_func ("/content/basics/references", test_basics_references);
  g_test_add_func ("/content/basics/facts", test_basics_facts);

  return g_test_run ();
}
