/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-body-map.h"
#include "unknot-preferences-window.h"
#include "unknot-routines-page.h"
#include "unknot-window.h"
#include "test-utils.h"

typedef struct {
  UnknotApplication       *app;
  GSettings               *settings;
  UnknotPreferencesWindow *preferences;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->app = test_app_new ();
  f->settings = g_object_ref (unknot_application_get_settings (f->app));
  g_settings_set_boolean (f->settings, "safety-acknowledged", TRUE);
  g_settings_set_boolean (f->settings, "sound-cues", FALSE);
  g_settings_set_boolean (f->settings, "notifications", FALSE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->preferences != NULL)
    gtk_window_destroy (GTK_WINDOW (f->preferences));
  g_clear_object (&f->settings);
  test_app_quit (f->app);
}

static void
open_preferences (Fixture   *f,
                  GtkWindow *parent)
{
  f->preferences = unknot_preferences_window_new (parent, f->settings);
  gtk_window_present (GTK_WINDOW (f->preferences));
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (f->preferences)));
}

/* The control at the end of the row titled @title. */
static GtkWidget *
row_control (Fixture    *f,
             const char *title,
             GType       type)
{
  GtkWidget *row = test_find_widget (GTK_WIDGET (f->preferences), ADW_TYPE_ACTION_ROW, title);
  GtkWidget *control;

  g_assert_nonnull (row);
  control = test_find_widget (row, type, NULL);
  g_assert_nonnull (control);

  return control;
}

static const struct {
  const char *title;
  const char *key;
  guint       value;  /* a value in range, not the default */
} number_rows[] = {
  { "Hold time", "hold-seconds", 45 },
  { "Repetitions", "reps", 3 },
  { "Get into position", "position-seconds", 5 },
  { "Search time", "search-seconds", 25 },
  { "Roll on", "release-seconds", 20 },
};

static const struct {
  const char *title;
  const char *key;
} switch_rows[] = {
  { "Timed search", "timed-search" },
  { "Sound cues", "sound-cues" },
  { "Notifications", "notifications" },
  { "Show no-roll zones", "show-zones" },
};

/* Each row shows its key and writes it, both ways. */
static void
test_rows_bound_to_keys (Fixture       *f,
                         gconstpointer  data)
{
  open_preferences (f, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (number_rows); i++)
    {
      GtkSpinButton *spin = GTK_SPIN_BUTTON (row_control (f, number_rows[i].title,
                                                          GTK_TYPE_SPIN_BUTTON));
      guint value = number_rows[i].value;

      g_assert_cmpuint (g_settings_get_uint (f->settings, number_rows[i].key), !=, value);
      gtk_spin_button_set_value (spin, value);
      g_assert_cmpuint (g_settings_get_uint (f->settings, number_rows[i].key), ==, value);

      g_settings_reset (f->settings, number_rows[i].key);
      g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==,
                       g_settings_get_uint (f->settings, number_rows[i].key));
    }

  for (guint i = 0; i < G_N_ELEMENTS (switch_rows); i++)
    {
      GtkSwitch *toggle = GTK_SWITCH (row_control (f, switch_rows[i].title, GTK_TYPE_SWITCH));
      gboolean before = g_settings_get_boolean (f->settings, switch_rows[i].key);

      g_assert_cmpint (gtk_switch_get_active (toggle), ==, before);
      gtk_switch_set_active (toggle, !before);
      g_assert_cmpint (g_settings_get_boolean (f->settings, switch_rows[i].key), ==, !before);
      g_settings_set_boolean (f->settings, switch_rows[i].key, before);
      g_assert_cmpint (gtk_switch_get_active (toggle), ==, before);
    }

  /* The search time means nothing when the search is untimed. */
  g_settings_set_boolean (f->settings, "timed-search", FALSE);
  g_assert_false (gtk_widget_get_sensitive (
    test_find_widget (GTK_WIDGET (f->preferences), ADW_TYPE_ACTION_ROW, "Search time")));
}

static void
finish_current_item (UnknotSession *session)
{
  UnknotHoldTimer *timer = unknot_session_get_timer (session);
  guint position = unknot_session_get_position (session);

  for (guint i = 0; i < 100 && unknot_session_get_position (session) == position; i++)
    unknot_hold_timer_skip (timer);
  g_assert_cmpuint (unknot_session_get_position (session), ==, position + 1);
}

/* Changed while a routine runs, the phase times apply from its next
 * muscle on, and the map follows the zones switch at once. */
static void
test_changes_reach_running_session (Fixture       *f,
                                    gconstpointer  data)
{
  GtkWindow *window = test_app_get_window (f->app);
  g_autoptr(UnknotClock) clock = unknot_clock_new_manual (0);
  UnknotLibrary *library = test_app_get_library (f->app);
  UnknotRoutine *warm_up = unknot_library_get_routine (library, "warm-up");
  UnknotSession *session;
  UnknotHoldTimer *timer;
  UnknotBodyMap *map;

  unknot_window_use_clock (UNKNOT_WINDOW (window), clock);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (window)));
  test_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (unknot_routine_get_items (warm_up)), >=, 2);
  g_signal_emit_by_name (test_show_routines (GTK_WINDOW (window)), "start-routine", warm_up);
  test_iterate (50);
  session = unknot_window_get_session (UNKNOT_WINDOW (window));
  timer = unknot_session_get_timer (session);
  g_assert_true (unknot_session_get_routine (session) == warm_up);
  g_assert_cmpuint (unknot_hold_timer_get_plan (timer)->position_seconds, !=, 5);

  open_preferences (f, window);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_control (f, "Get into position",
                                                           GTK_TYPE_SPIN_BUTTON)), 5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_control (f, "Roll on",
                                                           GTK_TYPE_SPIN_BUTTON)), 20);
  finish_current_item (session);
  g_assert_cmpuint (unknot_hold_timer_get_plan (timer)->position_seconds, ==, 5);
  g_assert_cmpuint (unknot_hold_timer_get_plan (timer)->release_seconds, ==, 20);

  gtk_switch_set_active (GTK_SWITCH (row_control (f, "Timed search", GTK_TYPE_SWITCH)), FALSE);
  finish_current_item (session);
  g_assert_cmpuint (unknot_hold_timer_get_plan (timer)->search_seconds, ==, 0);

  map = UNKNOT_BODY_MAP (test_find_widget (GTK_WIDGET (window), UNKNOT_TYPE_BODY_MAP, NULL));
  g_assert_true (unknot_body_map_get_show_zones (map));
  gtk_switch_set_active (GTK_SWITCH (row_control (f, "Show no-roll zones", GTK_TYPE_SWITCH)),
                         FALSE);
  g_assert_false (unknot_body_map_get_show_zones (map));
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add ("/preferences/rows-bound-to-keys", Fixture, NULL,
              fixture_set_up, test_rows_bound_to_keys, fixture_tear_down);
  g_test_add ("/preferences/changes-reach-running-session", Fixture, NULL,
              fixture_set_up, test_changes_reach_running_session, fixture_tear_down);

  return g_test_run ();
}
