/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "unknot-content-loader.h"
#include "unknot-planner.h"

static const char * const muscle_ids[] = {
  "calves", "hamstrings", "quadriceps", "adductors", "glutes",
  "it-band", "hip-flexors", "lats", "upper-back", "pectorals",
};

static const char * const zone_ids[] = {
  "low-back", "neck", "abdomen", "hip", "knee", "elbow", "ankle",
};

static const char * const tool_ids[] = { "roller", "ball", "stick" };

static UnknotLibrary *library;
static UnknotPlanner *planner;

static UnknotPlan *
plan (const char * const *areas,
      guint               minutes,
      UnknotPlanWhen      when,
      const char * const *tools)
{
  g_autoptr(GError) error = NULL;
  UnknotPlan *result = unknot_planner_plan (planner, areas, minutes, when, tools, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);

  return result;
}

static UnknotRoutineItem *
get_item (UnknotPlan *p,
          guint       position)
{
  GListModel *items = unknot_routine_get_items (unknot_plan_get_routine (p));
  UnknotRoutineItem *item = g_list_model_get_item (items, position);

  g_assert_nonnull (item);
  g_object_unref (item);

  return item;
}

static guint
get_n_items (UnknotPlan *p)
{
  return g_list_model_get_n_items (unknot_routine_get_items (unknot_plan_get_routine (p)));
}

static const char *
item_muscle_id (UnknotRoutineItem *item)
{
  UnknotTechnique *technique = unknot_routine_item_get_technique (item);

  return unknot_muscle_get_id (unknot_technique_get_muscle (technique));
}

static int
find_item (UnknotPlan *p,
           const char *muscle_id)
{
  for (guint i = 0; i < get_n_items (p); i++)
    {
      if (strcmp (item_muscle_id (get_item (p, i)), muscle_id) == 0)
        return (int) i;
    }

  return -1;
}

static const UnknotPlanNote *
find_note (GPtrArray  *notes,
           const char *id)
{
  for (guint i = 0; i < notes->len; i++)
    {
      const UnknotPlanNote *note = g_ptr_array_index (notes, i);

      if (strcmp (note->id, id) == 0)
        return note;
    }

  return NULL;
}

static void
assert_checker_accepts (UnknotPlan *p)
{
  g_autoptr(GPtrArray) problems = unknot_routine_check (unknot_plan_get_routine (p));

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_zone_replaced (void)
{
  const char * const areas[] = { "low-back", NULL };
  g_autoptr(UnknotPlan) p = plan (areas, 15, UNKNOT_PLAN_WHEN_ANY, NULL);
  const UnknotPlanNote *note;

  g_assert_cmpuint (get_n_items (p), ==, 3);
  g_assert_cmpstr (item_muscle_id (get_item (p, 0)), ==, "glutes");
  g_assert_cmpstr (item_muscle_id (get_item (p, 1)), ==, "hamstrings");
  g_assert_cmpstr (item_muscle_id (get_item (p, 2)), ==, "hip-flexors");

  g_assert_cmpuint (unknot_plan_get_replaced (p)->len, ==, 1);
  note = find_note (unknot_plan_get_replaced (p), "low-back");
  g_assert_nonnull (note);
  g_assert_cmpstr (note->name, ==, "Low back");
  g_assert_nonnull (strstr (note->text, "Rolled instead: Glutes and piriformis, Hamstrings, Hip flexors."));
  g_assert_nonnull (strstr (note->text, "never rolled"));
  g_assert_cmpuint (unknot_plan_get_left_out (p)->len, ==, 0);
  assert_checker_accepts (p);
}

static void
test_before_holds (void)
{
  const char * const areas[] = { "hamstrings", "calves", "glutes", NULL };

  for (guint minutes = 5; minutes <= 30; minutes++)
    {
      g_autoptr(UnknotPlan) p = plan (areas, minutes, UNKNOT_PLAN_WHEN_BEFORE, NULL);

      g_assert_cmpuint (get_n_items (p), >, 0);
      for (guint i = 0; i < get_n_items (p); i++)
        g_assert_cmpuint (unknot_routine_item_get_hold (get_item (p, i)), ==, 30);
    }
}

static void
test_after_holds (void)
{
  const char * const areas[] = { "hamstrings", "calves", NULL };
  g_autoptr(UnknotPlan) roomy = plan (areas, 30, UNKNOT_PLAN_WHEN_AFTER, NULL);
  g_autoptr(UnknotPlan) tight = plan (areas, 5, UNKNOT_PLAN_WHEN_AFTER, NULL);

  /* With time to spare, the longest hold after a workout */
  g_assert_cmpuint (get_n_items (roomy), ==, 2);
  for (guint i = 0; i < get_n_items (roomy); i++)
    g_assert_cmpuint (unknot_routine_item_get_hold (get_item (roomy, i)), ==, 60);

  /* With little, shorter holds, never beyond 60 */
  g_assert_cmpuint (get_n_items (tight), ==, 2);
  g_assert_cmpuint (unknot_routine_item_get_hold (get_item (tight, 1)), <, 60);
  for (guint i = 0; i < get_n_items (tight); i++)
    g_assert_cmpuint (unknot_routine_item_get_hold (get_item (tight, i)), <=, 60);
}

static void
test_group_seconds (void)
{
  const char * const areas[] = { "hamstrings", "quadriceps", "adductors", "it-band", NULL };

  for (UnknotPlanWhen when = UNKNOT_PLAN_WHEN_ANY; when <= UNKNOT_PLAN_WHEN_AFTER; when++)
    {
      g_autoptr(UnknotPlan) p = plan (areas, 30, when, NULL);
      const UnknotPlanNote *note;
      guint thighs = 0;

      /* Three thigh muscles at 30 s make the 90 s a side: the fourth waits */
      g_assert_cmpuint (get_n_items (p), ==, 3);
      for (guint i = 0; i < get_n_items (p); i++)
        {
          UnknotRoutineItem *item = get_item (p, i);
          guint seconds = unknot_routine_item_get_hold (item) * unknot_routine_item_get_reps (item);

          g_assert_cmpuint (seconds, >=, 30);
          g_assert_cmpuint (seconds, <=, 90);
          thighs += seconds;
        }
      g_assert_cmpuint (thighs, <=, 90);

      note = find_note (unknot_plan_get_left_out (p), "it-band");
      g_assert_nonnull (note);
      g_assert_nonnull (strstr (note->text, "Thighs"));
      assert_checker_accepts (p);
    }
}

static void
test_one_side (void)
{
  const char * const left[] = { "calves:left", NULL };
  const char * const both[] = { "calves", NULL };
  const char * const each[] = { "calves:right", "calves:left", NULL };
  g_autoptr(UnknotPlan) p_left = plan (left, 10, UNKNOT_PLAN_WHEN_ANY, NULL);
  g_autoptr(UnknotPlan) p_both = plan (both, 10, UNKNOT_PLAN_WHEN_ANY, NULL);
  g_autoptr(UnknotPlan) p_each = plan (each, 10, UNKNOT_PLAN_WHEN_ANY, NULL);

  g_assert_cmpuint (get_n_items (p_left), ==, 1);
  g_assert_cmpint (unknot_routine_item_get_sides (get_item (p_left, 0)), ==, UNKNOT_SIDE_LEFT);
  g_assert_cmpint (unknot_routine_item_get_sides (get_item (p_both, 0)), ==, UNKNOT_SIDE_BOTH);
  g_assert_cmpuint (get_n_items (p_each), ==, 1);
  g_assert_cmpint (unknot_routine_item_get_sides (get_item (p_each, 0)), ==, UNKNOT_SIDE_BOTH);

  /* One side takes half the time of both */
  g_assert_cmpuint (unknot_plan_get_seconds (p_left) * 2, ==, unknot_plan_get_seconds (p_both));
}

static void
test_first_picked_first (void)
{
  const char * const areas[] = { "pectorals", "calves", "glutes", "lats", "quadriceps", NULL };
  g_autoptr(UnknotPlan) p = plan (areas, 5, UNKNOT_PLAN_WHEN_ANY, NULL);
  g_autoptr(UnknotPlan) roomy = plan (areas, 12, UNKNOT_PLAN_WHEN_BEFORE, NULL);
  guint first_reps;

  /* 5 minutes hold two muscles on both sides, in the order picked */
  g_assert_cmpuint (get_n_items (p), ==, 2);
  g_assert_cmpstr (item_muscle_id (get_item (p, 0)), ==, "pectorals");
  g_assert_cmpstr (item_muscle_id (get_item (p, 1)), ==, "calves");

  /* Extra time goes to the first picked before the later ones */
  g_assert_cmpuint (get_n_items (roomy), ==, 5);
  first_reps = unknot_routine_item_get_reps (get_item (roomy, 0));
  for (guint i = 1; i < get_n_items (roomy); i++)
    g_assert_cmpuint (unknot_routine_item_get_reps (get_item (roomy, i)), <=, first_reps);
  g_assert_cmpuint (first_reps, >,
                    unknot_routine_item_get_reps (get_item (roomy, get_n_items (roomy) - 1)));
}

static void
test_left_out_reported (void)
{
  const char * const areas[] = { "pectorals", "calves", "glutes", "lats", NULL };
  g_autoptr(UnknotPlan) p = plan (areas, 5, UNKNOT_PLAN_WHEN_AFTER, NULL);
  GPtrArray *left_out = unknot_plan_get_left_out (p);
  g_autofree char *summary = unknot_plan_dup_summary (p);

  g_assert_cmpuint (left_out->len + get_n_items (p), ==, 4);
  g_assert_cmpuint (left_out->len, >, 0);
  for (guint i = 0; i < left_out->len; i++)
    {
      const UnknotPlanNote *note = g_ptr_array_index (left_out, i);

      g_assert_cmpint (find_item (p, note->id), ==, -1);
      g_assert_nonnull (strstr (note->text, "does not fit in 5 minutes"));
    }
  g_assert_nonnull (find_note (left_out, "lats"));
  g_assert_nonnull (strstr (summary, "left out"));
}

static void
test_stretches_after (void)
{
  const char * const areas[] = { "knee", "pectorals", NULL };
  g_autoptr(UnknotPlan) p = plan (areas, 20, UNKNOT_PLAN_WHEN_AFTER, NULL);
  GPtrArray *stretches = unknot_plan_get_stretches (p);

  g_assert_cmpuint (get_n_items (p), ==, 4);
  g_assert_cmpuint (stretches->len, ==, get_n_items (p));
  for (guint i = 0; i < stretches->len; i++)
    {
      const UnknotPlanNote *note = g_ptr_array_index (stretches, i);
      UnknotTechnique *technique = unknot_routine_item_get_technique (get_item (p, i));

      g_assert_cmpstr (note->id, ==, item_muscle_id (get_item (p, i)));
      g_assert_cmpstr (note->text, ==, unknot_technique_get_stretch (technique));
    }
}

static void
test_tools_respected (void)
{
  const char * const areas[] = { "hamstrings", "pectorals", "upper-back", NULL };
  const char * const ball[] = { "ball", NULL };
  const char * const stick[] = { "stick", NULL };
  g_autoptr(UnknotPlan) p_ball = plan (areas, 15, UNKNOT_PLAN_WHEN_ANY, ball);
  g_autoptr(UnknotPlan) p_stick = plan (areas, 15, UNKNOT_PLAN_WHEN_ANY, stick);
  const UnknotPlanNote *note;

  g_assert_cmpuint (get_n_items (p_ball), ==, 2);
  g_assert_cmpstr (unknot_technique_get_id (unknot_routine_item_get_technique (get_item (p_ball, 0))),
                   ==, "pectorals-ball");
  g_assert_cmpstr (unknot_technique_get_id (unknot_routine_item_get_technique (get_item (p_ball, 1))),
                   ==, "upper-back-ball");
  note = find_note (unknot_plan_get_left_out (p_ball), "hamstrings");
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note->text, "Foam roller or Massage stick"));

  g_assert_cmpuint (get_n_items (p_stick), ==, 1);
  g_assert_cmpstr (unknot_technique_get_id (unknot_routine_item_get_technique (get_item (p_stick, 0))),
                   ==, "hamstrings-stick");
  g_assert_cmpuint (unknot_plan_get_left_out (p_stick)->len, ==, 2);
}

static void
test_errors (void)
{
  const char * const unknown[] = { "calves", "elbows", NULL };
  const char * const bad_side[] = { "calves:up", NULL };
  const char * const ok[] = { "calves", NULL };
  const char * const bad_tool[] = { "roller", "kettlebell", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_null (unknot_planner_plan (planner, unknown, 10, UNKNOT_PLAN_WHEN_ANY, NULL, &error));
  g_assert_error (error, UNKNOT_PLANNER_ERROR, UNKNOT_PLANNER_ERROR_UNKNOWN_AREA);
  g_assert_nonnull (strstr (error->message, "“elbows”"));
  g_clear_error (&error);

  g_assert_null (unknot_planner_plan (planner, bad_side, 10, UNKNOT_PLAN_WHEN_ANY, NULL, &error));
  g_assert_error (error, UNKNOT_PLANNER_ERROR, UNKNOT_PLANNER_ERROR_UNKNOWN_AREA);
  g_clear_error (&error);

  g_assert_null (unknot_planner_plan (planner, ok, 4, UNKNOT_PLAN_WHEN_ANY, NULL, &error));
  g_assert_error (error, UNKNOT_PLANNER_ERROR, UNKNOT_PLANNER_ERROR_MINUTES);
  g_clear_error (&error);

  g_assert_null (unknot_planner_plan (planner, ok, 31, UNKNOT_PLAN_WHEN_ANY, NULL, &error));
  g_assert_error (error, UNKNOT_PLANNER_ERROR, UNKNOT_PLANNER_ERROR_MINUTES);
  g_clear_error (&error);

  g_assert_null (unknot_planner_plan (planner, ok, 10, UNKNOT_PLAN_WHEN_ANY, bad_tool, &error));
  g_assert_error (error, UNKNOT_PLANNER_ERROR, UNKNOT_PLANNER_ERROR_UNKNOWN_TOOL);
}

static void
test_area_ids (void)
{
  g_auto(GStrv) ids = unknot_planner_dup_area_ids (planner);

  g_assert_cmpuint (g_strv_length (ids), ==, G_N_ELEMENTS (muscle_ids) + G_N_ELEMENTS (zone_ids));
  for (guint i = 0; i < G_N_ELEMENTS (muscle_ids); i++)
    g_assert_true (g_strv_contains ((const char * const *) ids, muscle_ids[i]));
  for (guint i = 0; i < G_N_ELEMENTS (zone_ids); i++)
    g_assert_true (g_strv_contains ((const char * const *) ids, zone_ids[i]));
}

/* The property test */

static void
assert_area_accounted (UnknotPlan *p,
                       const char *area)
{
  g_autofree char *id = NULL;
  UnknotSide side;
  int position;

  g_assert_true (unknot_planner_parse_area (area, &id, &side));
  if (unknot_library_get_zone (library, id) != NULL)
    {
      GListModel *instead = unknot_zone_get_instead (unknot_library_get_zone (library, id));

      g_assert_nonnull (find_note (unknot_plan_get_replaced (p), id));
      for (guint i = 0; i < g_list_model_get_n_items (instead); i++)
        {
          g_autoptr(UnknotMuscle) muscle = g_list_model_get_item (instead, i);
          const char *muscle_id = unknot_muscle_get_id (muscle);

          g_assert_true (find_item (p, muscle_id) >= 0 ||
                         find_note (unknot_plan_get_left_out (p), muscle_id) != NULL);
        }
      return;
    }

  position = find_item (p, id);
  if (position < 0)
    {
      g_assert_nonnull (find_note (unknot_plan_get_left_out (p), id));
      return;
    }

  /* Planned, and on the side picked */
  if (side != UNKNOT_SIDE_BOTH)
    {
      UnknotSide sides = unknot_routine_item_get_sides (get_item (p, position));

      g_assert_true (sides == side || sides == UNKNOT_SIDE_BOTH);
    }
}

static void
assert_plan_properties (UnknotPlan         *p,
                        const char * const *areas,
                        guint               minutes,
                        UnknotPlanWhen      when,
                        const char * const *tools)
{
  const UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  UnknotRoutine *routine = unknot_plan_get_routine (p);
  g_autoptr(GPtrArray) problems = unknot_routine_check (routine);

  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (unknot_plan_get_seconds (p), ==,
                    unknot_routine_estimate_seconds (routine, &times));
  g_assert_cmpuint (unknot_plan_get_seconds (p), <=, minutes * 60);
  g_assert_cmpuint (unknot_plan_get_stretches (p)->len, ==, get_n_items (p));

  for (guint i = 0; i < get_n_items (p); i++)
    {
      UnknotRoutineItem *item = get_item (p, i);
      UnknotTechnique *technique = unknot_routine_item_get_technique (item);
      guint hold = unknot_routine_item_get_hold (item);
      guint seconds = hold * unknot_routine_item_get_reps (item);

      g_assert_null (unknot_library_get_zone (library, item_muscle_id (item)));
      g_assert_true (g_strv_contains (tools, unknot_tool_get_id (unknot_technique_get_tool (technique))));
      g_assert_cmpuint (hold, >=, unknot_technique_get_hold_min (technique));
      g_assert_cmpuint (hold, <=, unknot_technique_get_hold_max (technique));
      g_assert_cmpuint (unknot_routine_item_get_reps (item), >=,
                        unknot_technique_get_reps_min (technique));
      g_assert_cmpuint (unknot_routine_item_get_reps (item), <=,
                        unknot_technique_get_reps_max (technique));
      g_assert_cmpuint (seconds, >=, 30);
      g_assert_cmpuint (seconds, <=, 90);
      if (when == UNKNOT_PLAN_WHEN_BEFORE)
        g_assert_cmpuint (hold, ==, 30);
      g_assert_cmpint (find_item (p, item_muscle_id (item)), ==, (int) i);
    }

  for (guint i = 0; areas[i] != NULL; i++)
    assert_area_accounted (p, areas[i]);
}

/* Every minute value, every "when" and every set of tools, each with
 * random subsets of up to 6 areas (muscles, muscles on one side, zones).
 */
static void
test_property (void)
{
  g_autoptr(GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  const char *cases_env = g_getenv ("UNKNOT_PLANNER_ROUNDS");
  guint rounds = cases_env != NULL ? (guint) g_ascii_strtoull (cases_env, NULL, 10) : 16;
  guint n_cases = 0;
  gint64 start = g_get_monotonic_time ();

  if (g_test_thorough ())
    rounds *= 10;

  for (guint i = 0; i < G_N_ELEMENTS (muscle_ids); i++)
    {
      g_ptr_array_add (pool, g_strdup (muscle_ids[i]));
      g_ptr_array_add (pool, g_strconcat (muscle_ids[i], ":left", NULL));
      g_ptr_array_add (pool, g_strconcat (muscle_ids[i], ":right", NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (zone_ids); i++)
    g_ptr_array_add (pool, g_strdup (zone_ids[i]));

  for (guint round = 0; round < rounds; round++)
    for (guint minutes = UNKNOT_PLAN_MINUTES_MIN; minutes <= UNKNOT_PLAN_MINUTES_MAX; minutes++)
      for (UnknotPlanWhen when = UNKNOT_PLAN_WHEN_ANY; when <= UNKNOT_PLAN_WHEN_AFTER; when++)
        for (guint mask = 1; mask < (1u << G_N_ELEMENTS (tool_ids)); mask++)
          {
            const char *tools[G_N_ELEMENTS (tool_ids) + 1] = { NULL };
            const char *areas[7] = { NULL };
            guint n_areas = g_test_rand_int_range (0, 7);
            guint n_tools = 0;
            g_autoptr(UnknotPlan) p = NULL;

            for (guint t = 0; t < G_N_ELEMENTS (tool_ids); t++)
              if (mask & (1u << t))
                tools[n_tools++] = tool_ids[t];
            for (guint a = 0; a < n_areas; a++)
              areas[a] = g_ptr_array_index (pool, g_test_rand_int_range (0, pool->len));

            p = plan (areas, minutes, when, tools);
            assert_plan_properties (p, areas, minutes, when, tools);
            n_cases++;
          }

  g_test_message ("%u plans checked in %.2f s", n_cases,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  g_assert_cmpuint (n_cases, ==, rounds * 26 * 3 * 7);
}

static void
check_subset (const char * const *areas)
{
  const char *tools[G_N_ELEMENTS (tool_ids) + 1] = { NULL };
  guint minutes = g_test_rand_int_range (UNKNOT_PLAN_MINUTES_MIN, UNKNOT_PLAN_MINUTES_MAX + 1);
  UnknotPlanWhen when = g_test_rand_int_range (UNKNOT_PLAN_WHEN_ANY, UNKNOT_PLAN_WHEN_AFTER + 1);
  guint mask = g_test_rand_int_range (1, 1 << G_N_ELEMENTS (tool_ids));
  guint n_tools = 0;
  g_autoptr(UnknotPlan) p = NULL;

  for (guint t = 0; t < G_N_ELEMENTS (tool_ids); t++)
    if (mask & (1u << t))
      tools[n_tools++] = tool_ids[t];

  p = plan (areas, minutes, when, tools);
  assert_plan_properties (p, areas, minutes, when, tools);
}

/* Every set of up to three muscles and zones, in picking order */
static void
test_property_small_subsets (void)
{
  const guint n = G_N_ELEMENTS (muscle_ids) + G_N_ELEMENTS (zone_ids);
  const char *all[G_N_ELEMENTS (muscle_ids) + G_N_ELEMENTS (zone_ids)];
  guint n_cases = 0;

  for (guint i = 0; i < G_N_ELEMENTS (muscle_ids); i++)
    all[i] = muscle_ids[i];
  for (guint i = 0; i < G_N_ELEMENTS (zone_ids); i++)
    all[G_N_ELEMENTS (muscle_ids) + i] = zone_ids[i];

  for (guint a = 0; a <= n; a++)
    for (guint b = a + 1; b <= n + 1; b++)
      for (guint c = b + 1; c <= n + 2; c++)
        {
          const char *areas[4] = { NULL };
          guint k = 0;

          if (a < n)
            areas[k++] = all[a];
          if (b < n)
            areas[k++] = all[b];
          if (c < n)
            areas[k++] = all[c];
          check_subset (areas);
          n_cases++;
        }

  g_test_message ("%u small subsets checked (some twice)", n_cases);
  g_assert_cmpuint (n_cases, >=, 1 + 17 + 136 + 680);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  library = unknot_library_new ();
  g_assert_true (unknot_content_load_builtin (library, NULL));
  planner = unknot_planner_new (library);

  g_test_add_func ("/planner/zone-replaced", test_zone_replaced);
  g_test_add_func ("/planner/before-holds", test_before_holds);
  g_test_add_func ("/planner/after-holds", test_after_holds);
  g_test_add_func ("/planner/group-seconds", test_group_seconds);
  g_test_add_func ("/planner/one-side", test_one_side);
  g_test_add_func ("/planner/first-picked-first", test_first_picked_first);
  g_test_add_func ("/planner/left-out-reported", test_left_out_reported);
  g_test_add_func ("/planner/stretches-after", test_stretches_after);
  g_test_add_func ("/planner/tools-respected", test_tools_respected);
  g_test_add_func ("/planner/errors", test_errors);
  g_test_add_func ("/planner/area-ids", test_area_ids);
  g_test_add_func ("/planner/property", test_property);
  g_test_add_func ("/planner/property-small-subsets", test_property_small_subsets);

  status = g_test_run ();

  g_assert_finalize_object (planner);
  g_assert_finalize_object (library);

  return status;
}
