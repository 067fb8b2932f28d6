/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-body-map.h"
#include "unknot-muscle-page.h"
#include "unknot-progress-view.h"
#include "unknot-routine-editor.h"
#include "unknot-routines-page.h"
#include "unknot-safety-window.h"
#include "unknot-search-panel.h"
#include "unknot-session-view.h"
#include "unknot-welcome-window.h"
#include "unknot-window.h"
#include "unknot-zone-page.h"
#include "test-utils.h"

#define SEARCH_PLACEHOLDER "Search muscles and areas"

typedef struct {
  UnknotApplication *app;
  UnknotWindow      *window;
  UnknotClock       *clock;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gboolean acknowledged = GPOINTER_TO_INT (data);

  f->app = test_app_new ();
  g_settings_set_boolean (unknot_application_get_settings (f->app), "safety-acknowledged",
                          acknowledged);
  /* Xvfb has no sound card and the test bus no notification server. */
  g_settings_set_boolean (unknot_application_get_settings (f->app), "sound-cues", FALSE);
  g_settings_set_boolean (unknot_application_get_settings (f->app), "notifications", FALSE);
  f->window = UNKNOT_WINDOW (test_app_get_window (f->app));
  f->clock = unknot_clock_new_manual (0);
  unknot_window_use_clock (f->window, f->clock);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (f->window)));
  test_iterate (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  test_app_quit (f->app);
  g_clear_object (&f->clock);
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
search (Fixture    *f,
        const char *text)
{
  GtkWidget *entry = find (f, GTK_TYPE_SEARCH_ENTRY, SEARCH_PLACEHOLDER);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* Without waiting for the entry's typing delay */
  g_signal_emit_by_name (entry, "search-changed");
  test_iterate (50);
}

static guint
count_visible_results (Fixture *f)
{
  UnknotSearchPanel *panel = UNKNOT_SEARCH_PANEL (find (f, UNKNOT_TYPE_SEARCH_PANEL, NULL));
  GtkWidget *list = test_find_widget (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX, NULL);
  guint n = 0;

  /* What the list shows is what the filter lets through */
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += gtk_widget_get_child_visible (row) ? 1 : 0;
  g_assert_cmpuint (n, ==, unknot_search_panel_get_n_results (panel));

  return n;
}

static UnknotMuscle *
shown_muscle (Fixture *f)
{
  UnknotMusclePage *page = UNKNOT_MUSCLE_PAGE (find (f, UNKNOT_TYPE_MUSCLE_PAGE, NULL));

  if (!gtk_widget_get_mapped (GTK_WIDGET (page)))
    return NULL;

  return unknot_muscle_page_get_muscle (page);
}

static void
test_search_finds_everyday_words (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *entry = find (f, GTK_TYPE_SEARCH_ENTRY, SEARCH_PLACEHOLDER);

  /* The results are built with the first search, not at start */
  g_assert_null (test_find_widget (GTK_WIDGET (f->window), UNKNOT_TYPE_SEARCH_PANEL, NULL));

  /* The four thigh muscles, and the hip flexors, which reach into it */
  search (f, "thigh");
  g_assert_cmpuint (count_visible_results (f), ==, 5);

  search (f, "butt");
  g_assert_cmpuint (count_visible_results (f), ==, 1);
  g_signal_emit_by_name (entry, "activate");
  test_iterate (50);
  g_assert_nonnull (shown_muscle (f));
  g_assert_cmpstr (unknot_muscle_get_id (shown_muscle (f)), ==, "glutes");

  search (f, "low back");
  g_signal_emit_by_name (entry, "activate");
  test_iterate (50);
  g_assert_true (gtk_widget_get_mapped (find (f, UNKNOT_TYPE_ZONE_PAGE, NULL)));
  g_assert_cmpstr (unknot_zone_get_id (unknot_zone_page_get_zone (
                     UNKNOT_ZONE_PAGE (find (f, UNKNOT_TYPE_ZONE_PAGE, NULL)))), ==, "low-back");
}

/* Everything without a pointer: Ctrl+F, type, Enter, Start. */
static void
test_keyboard_only_flow (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *entry = find (f, GTK_TYPE_SEARCH_ENTRY, SEARCH_PLACEHOLDER);

  test_key (entry, "ctrl+f");
  g_assert_true (gtk_widget_has_focus (entry) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), entry));
  test_key (entry, "h a m s");
  test_iterate (300);
  test_key (entry, "Return");
  g_assert_nonnull (shown_muscle (f));
  g_assert_cmpstr (unknot_muscle_get_id (shown_muscle (f)), ==, "hamstrings");
}

/* A narrow window shows one pane: the map with a front/back switch,
 * then the muscle's page on its own. */
static void
test_narrow_window (Fixture       *f,
                    gconstpointer  data)
{
  AdwLeaflet *leaflet = ADW_LEAFLET (find (f, ADW_TYPE_LEAFLET, NULL));
  GtkWidget *entry = find (f, GTK_TYPE_SEARCH_ENTRY, SEARCH_PLACEHOLDER);
  GtkWidget *back = find (f, GTK_TYPE_TOGGLE_BUTTON, "_Back");
  AdwViewSwitcherBar *bar = ADW_VIEW_SWITCHER_BAR (find (f, ADW_TYPE_VIEW_SWITCHER_BAR, NULL));

  /* A wide window switches pages in its title; the bottom bar has no
   * buttons to lay out until a narrow window reveals it. */
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
  g_assert_null (adw_view_switcher_bar_get_stack (bar));

  gtk_window_set_default_size (GTK_WINDOW (f->window), 400, 700);
  g_assert_true (test_wait_until ((gboolean (*) (gpointer)) adw_leaflet_get_folded, leaflet));
  g_assert_true (test_wait_for_mapped (back));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (back), TRUE);
  g_assert_cmpint (unknot_body_map_get_view (UNKNOT_BODY_MAP (find (f, UNKNOT_TYPE_BODY_MAP,
                                                                    NULL))), ==,
                   UNKNOT_VIEW_BACK);

  search (f, "calf");
  g_signal_emit_by_name (entry, "activate");
  test_iterate (400);
  g_assert_cmpstr (unknot_muscle_get_id (shown_muscle (f)), ==, "calves");
  g_assert_true (test_wait_for_unmapped (entry));

  g_assert_true (adw_view_switcher_bar_get_reveal (bar));
  g_assert_nonnull (adw_view_switcher_bar_get_stack (bar));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (bar), GTK_TYPE_LABEL, "_Progress"));
}

/* The window's own labels: not those of a tooltip or a popover, which are
 * surfaces of their own (a tooltip may be up where the pointer was left) */
static void
collect_wrapping_labels (GtkWidget *widget,
                         GPtrArray *labels)
{
  if (!gtk_widget_get_mapped (widget)
      || (GTK_IS_NATIVE (widget) && !GTK_IS_ROOT (widget)))
    return;
  if (GTK_IS_LABEL (widget) && gtk_label_get_wrap (GTK_LABEL (widget)))
    g_ptr_array_add (labels, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_wrapping_labels (child, labels);
}

/* A wrapping label without a width in characters is measured by trying
 * widths until its lines fit, on every layout: what is on screen at
 * start says how wide it wants to be. */
static void
test_start_labels_know_their_width (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_wrapping_labels (GTK_WIDGET (f->window), labels);
  g_assert_cmpuint (labels->len, >=, 2);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];

      if (gtk_label_get_width_chars (label) <= 0 || gtk_label_get_max_width_chars (label) <= 0)
        g_error ("“%s” wraps without a width in characters", gtk_label_get_text (label));
    }
}

/* Progress is built the first time its tab is chosen, and only once. */
static void
test_progress_built_on_first_show (Fixture       *f,
                                   gconstpointer  data)
{
  AdwViewStack *stack = ADW_VIEW_STACK (find (f, ADW_TYPE_VIEW_STACK, NULL));
  GtkWidget *progress;

  g_assert_null (test_find_widget (GTK_WIDGET (f->window), UNKNOT_TYPE_PROGRESS_VIEW, NULL));

  adw_view_stack_set_visible_child_name (stack, "progress");
  progress = find (f, UNKNOT_TYPE_PROGRESS_VIEW, NULL);
  g_assert_true (test_wait_for_mapped (progress));

  adw_view_stack_set_visible_child_name (stack, "routines");
  adw_view_stack_set_visible_child_name (stack, "progress");
  g_assert_true (find (f, UNKNOT_TYPE_PROGRESS_VIEW, NULL) == progress);
}

static void
test_map_click_shows_page (Fixture       *f,
                           gconstpointer  data)
{
  UnknotBodyMap *map = UNKNOT_BODY_MAP (find (f, UNKNOT_TYPE_BODY_MAP, NULL));
  double x, y;

  g_assert_true (unknot_body_map_get_region_point (map, "hamstrings-right", &x, &y));
  test_pointer_click (GTK_WIDGET (map), x, y);
  g_assert_nonnull (shown_muscle (f));
  g_assert_cmpstr (unknot_muscle_get_id (shown_muscle (f)), ==, "hamstrings");

  g_assert_true (unknot_body_map_get_region_point (map, "zone-knee-left", &x, &y));
  test_pointer_click (GTK_WIDGET (map), x, y);
  g_assert_true (gtk_widget_get_mapped (find (f, UNKNOT_TYPE_ZONE_PAGE, NULL)));

  /* From the zone, a muscle to roll instead is one click away. */
  gtk_widget_activate (test_find_widget (find (f, UNKNOT_TYPE_ZONE_PAGE, NULL),
                                         ADW_TYPE_ACTION_ROW, "Quadriceps"));
  test_iterate (50);
  g_assert_cmpstr (unknot_muscle_get_id (shown_muscle (f)), ==, "quadriceps");
}

static void
start_quadriceps (Fixture *f)
{
  search (f, "quadriceps");
  g_signal_emit_by_name (find (f, GTK_TYPE_SEARCH_ENTRY, SEARCH_PLACEHOLDER), "activate");
  test_iterate (50);
  g_signal_emit_by_name (find (f, GTK_TYPE_BUTTON, "_Start"), "clicked");
  test_iterate (50);
}

static void
test_start_runs_timer (Fixture       *f,
                       gconstpointer  data)
{
  UnknotSession *session;
  UnknotHoldTimer *timer;

  start_quadriceps (f);
  g_assert_true (gtk_widget_get_mapped (find (f, UNKNOT_TYPE_SESSION_VIEW, NULL)));

  session = unknot_window_get_session (f->window);
  timer = unknot_session_get_timer (session);
  g_assert_true (unknot_hold_timer_get_running (timer));
  g_assert_cmpint (unknot_hold_timer_get_phase (timer), ==, UNKNOT_HOLD_PHASE_POSITION);
  g_assert_cmpint (unknot_hold_timer_get_plan (timer)->sides, ==, UNKNOT_SIDE_BOTH);

  unknot_clock_advance (f->clock, 10 * G_USEC_PER_SEC);
  test_iterate (20);
  g_assert_cmpint (unknot_hold_timer_get_phase (timer), ==, UNKNOT_HOLD_PHASE_SEARCH);

  gtk_widget_activate_action (find (f, UNKNOT_TYPE_SESSION_VIEW, NULL), "session.end", NULL);
  test_iterate (50);
  g_assert_true (test_wait_for_unmapped (find (f, UNKNOT_TYPE_SESSION_VIEW, NULL)));
  g_assert_cmpint (unknot_hold_timer_get_phase (timer), ==, UNKNOT_HOLD_PHASE_IDLE);
}

/* How many handlers @owner has on @instance's @signal */
static guint
count_handlers (gpointer    instance,
                const char *signal,
                gpointer    owner)
{
  GSignalMatchType mask = G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA;
  guint id = g_signal_lookup (signal, G_OBJECT_TYPE (instance));
  guint n;

  /* Blocking returns how many handlers matched; unblock them again. */
  n = g_signal_handlers_block_matched (instance, mask, id, 0, NULL, NULL, owner);
  g_signal_handlers_unblock_matched (instance, mask, id, 0, NULL, NULL, owner);

  return n;
}

/* Every start sets the session again; that must not add handlers. */
static void
test_five_sessions_one_handler (Fixture       *f,
                                gconstpointer  data)
{
  UnknotSession *session = unknot_window_get_session (f->window);
  UnknotHoldTimer *timer = unknot_session_get_timer (session);
  GtkWidget *view = NULL;
  guint finished = 0;
  guint phase_changed = 0;

  for (guint i = 0; i < 5; i++)
    {
      start_quadriceps (f);
      if (i == 0)
        view = find (f, UNKNOT_TYPE_SESSION_VIEW, NULL);
      g_assert_true (gtk_widget_get_mapped (view));
      if (i == 0)
        {
          finished = count_handlers (session, "finished", view);
          phase_changed = count_handlers (timer, "phase-changed", view);
        }

      gtk_widget_activate_action (view, "session.end", NULL);
      g_assert_true (test_wait_for_unmapped (view));
    }

  g_assert_cmpuint (finished, ==, 1);
  g_assert_cmpuint (phase_changed, ==, 1);
  g_assert_cmpuint (count_handlers (session, "finished", view), ==, 1);
  g_assert_cmpuint (count_handlers (timer, "phase-changed", view), ==, 1);
}

/* Closing the window right after it was shown, before its idle ran, and
 * with a file chooser open, must leave nothing behind that runs later. */
static void
test_close_early_with_chooser (void)
{
  UnknotApplication *app = test_app_new ();
  GtkWindow *window = test_app_get_window (app);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.import", NULL);
  g_assert_nonnull (test_find_toplevel ("GtkFileChooserDialog"));
  gtk_window_destroy (window);
  test_iterate (100);

  g_assert_null (test_find_toplevel ("GtkFileChooserDialog"));
  test_app_quit (app);
}

static const char *
find_next_up (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, "session-next"))
    return gtk_widget_get_visible (root) ? gtk_label_get_text (GTK_LABEL (root)) : "";

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = find_next_up (child);

      if (text != NULL)
        return text;
    }

  return NULL;
}

static const char *
next_up_text (Fixture *f)
{
  const char *text = find_next_up (find (f, UNKNOT_TYPE_SESSION_VIEW, NULL));

  g_assert_nonnull (text);

  return text;
}

/* Skips phase after phase until the session moves on or completes. */
static void
finish_current_item (Fixture *f)
{
  UnknotSession *session = unknot_window_get_session (f->window);
  UnknotHoldTimer *timer = unknot_session_get_timer (session);
  guint position = unknot_session_get_position (session);

  for (guint i = 0; i < 100; i++)
    {
      if (unknot_session_get_position (session) != position
          || unknot_session_get_completed (session))
        return;
      unknot_hold_timer_skip (timer);
    }

  g_assert_not_reached ();
}

static void
test_routine_advances (Fixture       *f,
                       gconstpointer  data)
{
  UnknotLibrary *library = test_app_get_library (f->app);
  UnknotRoutine *warm_up = unknot_library_get_routine (library, "warm-up");
  UnknotSession *session = unknot_window_get_session (f->window);
  guint n_items = g_list_model_get_n_items (unknot_routine_get_items (warm_up));

  g_signal_emit_by_name (test_show_routines (GTK_WINDOW (f->window)), "start-routine", warm_up);
  test_iterate (50);
  g_assert_true (unknot_session_get_routine (session) == warm_up);
  g_assert_cmpuint (unknot_session_get_position (session), ==, 0);
  g_assert_true (g_str_has_prefix (next_up_text (f), "Next up: "));

  for (guint i = 1; i < n_items; i++)
    {
      finish_current_item (f);
      test_iterate (20);
      g_assert_cmpuint (unknot_session_get_position (session), ==, i);
    }

  g_assert_cmpstr (next_up_text (f), ==, "");
  finish_current_item (f);
  test_iterate (50);
  g_assert_true (unknot_session_get_completed (session));
  g_assert_true (test_wait_for_mapped (find (f, GTK_TYPE_BUTTON, "_Done")));
}

/* A routine of one's own: picked on the map, checked, saved to disk. */
static void
test_routine_from_map (Fixture       *f,
                       gconstpointer  data)
{
  UnknotLibrary *library = test_app_get_library (f->app);
  UnknotBodyMap *map = UNKNOT_BODY_MAP (find (f, UNKNOT_TYPE_BODY_MAP, NULL));
  UnknotRoutineEditor *editor;
  guint before = g_list_model_get_n_items (unknot_library_get_routines (library));
  g_autoptr(UnknotRoutine) saved = NULL;
  g_autofree char *path = NULL;
  double x, y;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-routine", NULL);
  test_iterate (50);
  editor = UNKNOT_ROUTINE_EDITOR (find (f, UNKNOT_TYPE_ROUTINE_EDITOR, NULL));
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (editor)));
  g_assert_false (unknot_routine_editor_can_save (editor));

  for (guint i = 0; i < 2; i++)
    {
      const char *region = i == 0 ? "calves-left" : "hamstrings-right";

      g_assert_true (unknot_body_map_get_region_point (map, region, &x, &y));
      test_pointer_click (GTK_WIDGET (map), x, y);
    }
  /* Clicks add to the routine instead of opening the muscles' pages. */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (editor)));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (editor), GTK_TYPE_LABEL, "Calves"));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (editor), GTK_TYPE_LABEL, "Hamstrings"));
  g_assert_false (unknot_routine_editor_can_save (editor));  /* no name yet */

  gtk_editable_set_text (GTK_EDITABLE (test_find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                         NULL)), "Évening legs");
  g_assert_true (unknot_routine_editor_can_save (editor));
  g_signal_emit_by_name (test_find_widget (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "_Save Routine"),
                         "clicked");
  test_iterate (50);

  g_assert_cmpuint (g_list_model_get_n_items (unknot_library_get_routines (library)), ==,
                    before + 1);
  saved = g_list_model_get_item (unknot_library_get_routines (library), before);
  g_assert_cmpstr (unknot_routine_get_id (saved), ==, "my-evening-legs");
  g_assert_true (unknot_routine_get_is_user (saved));
  path = g_build_filename (g_get_user_data_dir (), "unknot", "routines", "my-evening-legs.xml",
                           NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (test_wait_for_unmapped (GTK_WIDGET (editor)));
}

static void
test_safety_first_run_only (Fixture       *f,
                            gconstpointer  data)
{
  GSettings *settings = unknot_application_get_settings (f->app);
  GtkWindow *safety = test_find_toplevel ("UnknotWelcomeWindow");
  UnknotWelcomeWindow *welcome = UNKNOT_WELCOME_WINDOW (safety);

  /* The first launch welcomes from the first page; the sheet is its last */
  g_assert_nonnull (safety);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (safety)));
  g_assert_null (test_find_toplevel ("UnknotSafetyWindow"));
  g_assert_cmpuint (unknot_welcome_window_get_page (welcome), ==, 0);

  /* Start waits for the sheet to be acknowledged, and goes straight to it. */
  start_quadriceps (f);
  g_assert_false (unknot_hold_timer_get_running (
                    unknot_session_get_timer (unknot_window_get_session (f->window))));
  test_iterate (100);
  g_assert_cmpuint (unknot_welcome_window_get_page (welcome), ==,
                    unknot_welcome_window_get_n_pages (welcome) - 1);
  g_assert_nonnull (test_find_widget (GTK_WIDGET (safety), GTK_TYPE_LABEL,
                                      "Congestive heart failure"));

  g_signal_emit_by_name (test_find_widget (GTK_WIDGET (safety), GTK_TYPE_BUTTON, "_I Understand"),
                         "clicked");
  test_iterate (100);
  g_assert_true (g_settings_get_boolean (settings, "safety-acknowledged"));
  g_assert_true (unknot_hold_timer_get_running (
                   unknot_session_get_timer (unknot_window_get_session (f->window))));
  g_assert_null (test_find_toplevel ("UnknotWelcomeWindow"));
}

static void
test_no_safety_after_acknowledged (Fixture       *f,
                                   gconstpointer  data)
{
  test_iterate (200);
  g_assert_null (test_find_toplevel ("UnknotSafetyWindow"));
  g_assert_null (test_find_toplevel ("UnknotWelcomeWindow"));
}

static void
test_presentation_keys (Fixture       *f,
                        gconstpointer  data)
{
  UnknotSessionView *view;
  UnknotHoldTimer *timer = unknot_session_get_timer (unknot_window_get_session (f->window));

  start_quadriceps (f);
  view = UNKNOT_SESSION_VIEW (find (f, UNKNOT_TYPE_SESSION_VIEW, NULL));

  test_key (GTK_WIDGET (view), "F5");
  g_assert_true (unknot_session_view_get_presentation (view));
  /* Xvfb has no window manager to make it full screen; the layout changes. */
  g_assert_false (gtk_widget_get_visible (test_find_widget (GTK_WIDGET (view),
                                                            ADW_TYPE_HEADER_BAR, NULL)));

  test_key (GTK_WIDGET (view), "Page_Down");
  g_assert_cmpint (unknot_hold_timer_get_phase (timer), ==, UNKNOT_HOLD_PHASE_SEARCH);
  test_key (GTK_WIDGET (view), "Page_Up");
  g_assert_cmpint (unknot_hold_timer_get_phase (timer), ==, UNKNOT_HOLD_PHASE_POSITION);
  test_key (GTK_WIDGET (view), "space");
  g_assert_true (unknot_hold_timer_get_paused (timer));
  test_key (GTK_WIDGET (view), "b");
  g_assert_true (unknot_session_view_get_blanked (view));
  test_key (GTK_WIDGET (view), "b");
  g_assert_false (unknot_session_view_get_blanked (view));

  test_key (GTK_WIDGET (view), "Escape");
  g_assert_false (unknot_session_view_get_presentation (view));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  test_key (GTK_WIDGET (view), "Escape");
  g_assert_true (test_wait_for_unmapped (GTK_WIDGET (view)));
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

#define ADD(path, func, acknowledged) \
  g_test_add (path, Fixture, GINT_TO_POINTER (acknowledged), \
              fixture_set_up, func, fixture_tear_down)

  ADD ("/window/search-finds-everyday-words", test_search_finds_everyday_words, TRUE);
  ADD ("/window/keyboard-only-flow", test_keyboard_only_flow, TRUE);
  ADD ("/window/map-click-shows-page", test_map_click_shows_page, TRUE);
  ADD ("/window/narrow-window", test_narrow_window, TRUE);
  ADD ("/window/progress-built-on-first-show", test_progress_built_on_first_show, TRUE);
  ADD ("/window/start-labels-know-their-width", test_start_labels_know_their_width, TRUE);
  ADD ("/window/start-runs-timer", test_start_runs_timer, TRUE);
  ADD ("/window/routine-advances", test_routine_advances, TRUE);
  ADD ("/window/routine-from-map", test_routine_from_map, TRUE);
  ADD ("/window/safety-first-run-only", test_safety_first_run_only, FALSE);
  ADD ("/window/no-safety-after-acknowledged", test_no_safety_after_acknowledged, TRUE);
  ADD ("/window/presentation-keys", test_presentation_keys, TRUE);
  ADD ("/window/five-sessions-one-handler", test_five_sessions_one_handler, TRUE);
  g_test_add_func ("/window/close-early-with-chooser", test_close_early_with_chooser);

  return g_test_run ();
}
