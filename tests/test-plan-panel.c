/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-body-map.h"
#include "unknot-plan-panel.h"
#include "unknot-session-view.h"
#include "unknot-window.h"
#include "test-utils.h"

/* Planning in a real window: "Plan a Session", picks on the map, the live
 * plan, the tools preference, Start and Save as Routine.
 */
typedef struct {
  UnknotApplication *app;
  UnknotWindow      *window;
  UnknotClock       *clock;
  UnknotBodyMap     *map;
  UnknotPlanPanel   *panel;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GSettings *settings;

  f->app = test_app_new ();
  settings = unknot_application_get_settings (f->app);
  g_settings_set_boolean (settings, "safety-acknowledged", TRUE);
  g_settings_set_boolean (settings, "sound-cues", FALSE);
  g_settings_set_boolean (settings, "notifications", FALSE);
  f->window = UNKNOT_WINDOW (test_app_get_window (f->app));
  f->clock = unknot_clock_new_manual (0);
  unknot_window_use_clock (f->window, f->clock);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (f->window)));
  test_iterate (100);

  f->map = UNKNOT_BODY_MAP (test_find_widget (GTK_WIDGET (f->window), UNKNOT_TYPE_BODY_MAP, NULL));
  g_assert_nonnull (f->map);
  /* The panel is built the first time planning starts */
  g_assert_null (test_find_widget (GTK_WIDGET (f->window), UNKNOT_TYPE_PLAN_PANEL, NULL));
}

static void
start_planning (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.plan", NULL);
  f->panel = UNKNOT_PLAN_PANEL (test_find_widget (GTK_WIDGET (f->window),
                                                  UNKNOT_TYPE_PLAN_PANEL, NULL));
  g_assert_nonnull (f->panel);
}


static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  test_app_quit (f->app);
  g_clear_object (&f->clock);
}

static void
click_region (Fixture    *f,
              const char *region_id)
{
  double x, y;

  g_assert_true (unknot_body_map_get_region_point (f->map, region_id, &x, &y));
  test_pointer_click (GTK_WIDGET (f->map), x, y);
}

static guint
plan_n_items (Fixture *f)
{
  UnknotPlan *plan = unknot_plan_panel_get_plan (f->panel);

  return g_list_model_get_n_items (unknot_routine_get_items (unknot_plan_get_routine (plan)));
}

static void
open_plan_with_picks (Fixture *f)
{
  start_planning (f);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (f->panel)));
  g_assert_true (unknot_body_map_get_multi_select (f->map));

  click_region (f, "calves-left");
  click_region (f, "hamstrings-right");
  click_region (f, "zone-low-back");
  test_iterate (50);
}

static void
test_picks_make_live_plan (Fixture       *f,
                           gconstpointer  data)
{
  GSettings *settings = unknot_application_get_settings (f->app);
  const char * const ball[] = { "ball", NULL };

  open_plan_with_picks (f);
  g_assert_cmpuint (g_strv_length ((char **) unknot_plan_panel_get_picked (f->panel)), ==, 3);

  /* Calves, hamstrings, then glutes and hip flexors for the low back */
  g_assert_cmpuint (plan_n_items (f), ==, 4);
  g_assert_nonnull (test_find_widget (GTK_WIDGET (f->panel), ADW_TYPE_ACTION_ROW, "Calves"));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (f->panel), ADW_TYPE_ACTION_ROW, "Low back"));

  /* Only a ball: the roller-only muscles are left out, and said so */
  g_settings_set_strv (settings, "tools", ball);
  test_iterate (50);
  g_assert_cmpuint (plan_n_items (f), ==, 2);
  g_assert_cmpuint (unknot_plan_get_left_out (unknot_plan_panel_get_plan (f->panel))->len, ==, 2);
  g_assert_true (gtk_widget_get_visible (test_find_widget (GTK_WIDGET (f->panel),
                                                           ADW_TYPE_ACTION_ROW, "Hamstrings")));

  /* Clicking an area again takes it out */
  g_settings_reset (settings, "tools");
  click_region (f, "calves-left");
  test_iterate (50);
  g_assert_cmpuint (plan_n_items (f), ==, 3);
}

static void
test_start_runs_plan (Fixture       *f,
                      gconstpointer  data)
{
  UnknotSession *session = unknot_window_get_session (f->window);
  UnknotRoutineItem *item;

  open_plan_with_picks (f);
  g_signal_emit_by_name (test_find_widget (GTK_WIDGET (f->panel), GTK_TYPE_BUTTON,
                                           "_Start Plan"), "clicked");
  test_iterate (50);

  g_assert_true (test_wait_for_mapped (test_find_widget (GTK_WIDGET (f->window),
                                                         UNKNOT_TYPE_SESSION_VIEW, NULL)));
  item = unknot_session_get_current_item (session);
  g_assert_nonnull (item);
  g_assert_cmpstr (unknot_technique_get_id (unknot_routine_item_get_technique (item)), ==,
                   "calves-roller");
  g_assert_cmpint (unknot_routine_item_get_sides (item), ==, UNKNOT_SIDE_LEFT);
}

static void
test_save_as_routine (Fixture       *f,
                      gconstpointer  data)
{
  UnknotLibrary *library = test_app_get_library (f->app);
  GListModel *routines = unknot_library_get_routines (library);
  guint before = g_list_model_get_n_items (routines);
  g_autoptr(UnknotRoutine) saved = NULL;
  g_autofree char *path = NULL;

  open_plan_with_picks (f);
  g_signal_emit_by_name (test_find_widget (GTK_WIDGET (f->panel), GTK_TYPE_BUTTON,
                                           "Save as _Routine"), "clicked");
  /* The file is written in the store's worker thread */
  for (guint i = 0; i < 200 && g_list_model_get_n_items (routines) == before; i++)
    test_iterate (10);

  g_assert_cmpuint (g_list_model_get_n_items (routines), ==, before + 1);
  saved = g_list_model_get_item (routines, before);
  g_assert_cmpstr (unknot_routine_get_id (saved), ==, "my-10-minute-plan");
  g_assert_cmpuint (g_list_model_get_n_items (unknot_routine_get_items (saved)), ==, 4);
  path = g_build_filename (g_get_user_data_dir (), "unknot", "routines",
                           "my-10-minute-plan.xml", NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Planning is over: the map opens muscles again */
  g_assert_true (test_wait_for_unmapped (GTK_WIDGET (f->panel)));
  g_assert_false (unknot_body_map_get_multi_select (f->map));
}

/* A narrow window shows one pane: the map to pick on first, then the plan */
static void
test_narrow_window (Fixture       *f,
                    gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (test_find_widget (GTK_WIDGET (f->window),
                                                       ADW_TYPE_LEAFLET, NULL));
  GtkWidget *show_plan = test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_BUTTON,
                                           "Show _Plan");

  g_assert_nonnull (show_plan);
  g_assert_false (gtk_widget_get_visible (show_plan));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 400, 700);
  g_assert_true (test_wait_until ((gboolean (*) (gpointer)) adw_leaflet_get_folded, leaflet));

  start_planning (f);
  test_iterate (400);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (f->map)));
  g_assert_true (test_wait_for_mapped (show_plan));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->panel)));

  click_region (f, "quadriceps-left");
  g_signal_emit_by_name (show_plan, "clicked");
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (f->panel)));
  g_assert_cmpuint (plan_n_items (f), ==, 1);
}

static void
test_preferences_tools (Fixture       *f,
                        gconstpointer  data)
{
  GSettings *settings = unknot_application_get_settings (f->app);
  g_auto(GStrv) tools = NULL;
  GtkWindow *prefs;
  GtkWidget *row;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  prefs = test_find_toplevel ("UnknotPreferencesWindow");
  g_assert_nonnull (prefs);
  row = test_find_widget (GTK_WIDGET (prefs), ADW_TYPE_ACTION_ROW, "Massage stick");
  g_assert_nonnull (row);
  gtk_switch_set_active (GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row))),
                         FALSE);

  tools = g_settings_get_strv (settings, "tools");
  g_assert_cmpuint (g_strv_length (tools), ==, 2);
  g_assert_false (g_strv_contains ((const char * const *) tools, "stick"));
  gtk_window_destroy (prefs);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add ("/plan-panel/picks-make-live-plan", Fixture, NULL,
              fixture_set_up, test_picks_make_live_plan, fixture_tear_down);
  g_test_add ("/plan-panel/start-runs-plan", Fixture, NULL,
              fixture_set_up, test_start_runs_plan, fixture_tear_down);
  g_test_add ("/plan-panel/save-as-routine", Fixture, NULL,
              fixture_set_up, test_save_as_routine, fixture_tear_down);
  g_test_add ("/plan-panel/narrow-window", Fixture, NULL,
              fixture_set_up, test_narrow_window, fixture_tear_down);
  g_test_add ("/plan-panel/preferences-tools", Fixture, NULL,
              fixture_set_up, test_preferences_tools, fixture_tear_down);

  return g_test_run ();
}
