/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "unknot-store.h"
#include "unknot-content-loader.h"
#include "unknot-body-map.h"
#include "unknot-routine-editor.h"
#include "unknot-routine-item-row.h"
#include "unknot-routines-page.h"
#include "unknot-window.h"
#include "test-utils.h"

/* The routine editor in a real window: a trainer duplicates a built-in
 * routine, changes a hold, reorders by keyboard, removes and restores an
 * item, saves, edits the saved routine again, saves it to a file and
 * deletes it. */

#define COPY_ID "my-warm-up-my-copy"

typedef struct {
  UnknotApplication   *app;
  UnknotWindow        *window;
  UnknotLibrary       *library;
  UnknotRoutinesPage  *page;
  UnknotRoutineEditor *editor;
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
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (f->window)));
  test_iterate (100);

  f->library = test_app_get_library (f->app);
}

/* The window builds the Routines page the first time it is shown */
static UnknotRoutinesPage *
page_of (Fixture *f)
{
  if (f->page == NULL)
    {
      f->page = UNKNOT_ROUTINES_PAGE (test_show_routines (GTK_WINDOW (f->window)));
      g_assert_true (test_wait_for_mapped (GTK_WIDGET (f->page)));
    }

  return f->page;
}

/* The window builds the editor the first time it is opened */
static UnknotRoutineEditor *
editor_of (Fixture *f)
{
  if (f->editor == NULL)
    f->editor = UNKNOT_ROUTINE_EDITOR (test_find_widget (GTK_WIDGET (f->window),
                                                         UNKNOT_TYPE_ROUTINE_EDITOR, NULL));
  g_assert_nonnull (f->editor);
  return f->editor;
}

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  test_app_quit (f->app);
}

static UnknotRoutineItemRow *
get_row (Fixture *f,
         guint    position)
{
  GtkWidget *list = gtk_widget_get_parent (test_find_widget (GTK_WIDGET (editor_of (f)),
                                                             UNKNOT_TYPE_ROUTINE_ITEM_ROW,
                                                             NULL));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) position);

  g_assert_true (UNKNOT_IS_ROUTINE_ITEM_ROW (row));
  return UNKNOT_ROUTINE_ITEM_ROW (row);
}

static UnknotRoutineItem *
draft_item (Fixture *f,
            guint    position)
{
  g_autoptr(UnknotRoutine) draft = unknot_routine_editor_build (editor_of (f));
  g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (unknot_routine_get_items (draft),
                                                             position);

  g_assert_nonnull (item);
  return g_steal_pointer (&item);
}

static const char *
technique_id (UnknotRoutineItem *item)
{
  return unknot_technique_get_id (unknot_routine_item_get_technique (item));
}

static guint
n_draft_items (Fixture *f)
{
  g_autoptr(UnknotRoutine) draft = unknot_routine_editor_build (editor_of (f));

  return g_list_model_get_n_items (unknot_routine_get_items (draft));
}

static GtkWidget *
find_in_editor (Fixture    *f,
                GType       type,
                const char *label)
{
  GtkWidget *widget = test_find_widget (GTK_WIDGET (editor_of (f)), type, label);

  g_assert_nonnull (widget);
  return widget;
}

static GtkWidget *
find_entry_row (Fixture    *f,
                const char *title)
{
  return find_in_editor (f, ADW_TYPE_ENTRY_ROW, title);
}

static void
save (Fixture *f)
{
  g_assert_true (unknot_routine_editor_can_save (editor_of (f)));
  g_signal_emit_by_name (find_in_editor (f, GTK_TYPE_BUTTON, "_Save Routine"), "clicked");
  test_iterate (50);
}

static char *
user_file (const char *id)
{
  g_autofree char *basename = g_strconcat (id, ".xml", NULL);

  return g_build_filename (g_get_user_data_dir (), "unknot", "routines", basename, NULL);
}

/* Duplicate, change a hold, reorder with Alt+Down, remove and undo, save. */
static void
test_duplicate_change_save (Fixture       *f,
                            gconstpointer  data)
{
  UnknotRoutine *warm_up = unknot_library_get_routine (f->library, "warm-up");
  guint n_items = g_list_model_get_n_items (unknot_routine_get_items (warm_up));
  g_autoptr(UnknotRoutineItem) first = NULL;
  g_autoptr(UnknotRoutineItem) second = NULL;
  g_autoptr(UnknotRoutineItem) moved = NULL;
  g_autoptr(UnknotRoutineItem) restored = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *second_id = NULL;
  g_autofree char *path = NULL;
  GtkSpinButton *hold;
  UnknotRoutine *saved;
  UnknotBodyMap *map;
  const char *muscle_id;
  guint hold_seconds;

  g_assert_cmpuint (n_items, >=, 3);
  gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "routines.duplicate", "s", "warm-up");
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (editor_of (f))));
  g_assert_cmpuint (n_draft_items (f), ==, n_items);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_row (f, "Name"))), ==,
                   "Warm-up (my copy)");

  /* A hold within the technique's range; the checker runs at once. */
  first = draft_item (f, 0);
  first_id = g_strdup (technique_id (first));
  second_id = g_strdup (technique_id (second = draft_item (f, 1)));
  hold_seconds = unknot_routine_item_get_hold (first) == 45 ? 40 : 45;
  hold = GTK_SPIN_BUTTON (test_find_widget (GTK_WIDGET (get_row (f, 0)),
                                            GTK_TYPE_SPIN_BUTTON, NULL));
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_spin_button_get_adjustment (hold)), ==,
                     unknot_technique_get_hold_max (unknot_routine_item_get_technique (first)));
  gtk_spin_button_set_value (hold, hold_seconds);
  g_clear_object (&first);
  first = draft_item (f, 0);
  g_assert_cmpuint (unknot_routine_item_get_hold (first), ==, hold_seconds);
  gtk_spin_button_set_value (hold, 500);  /* clamped by the spin button */
  gtk_spin_button_set_value (hold, hold_seconds);

  /* Alt+Down on the first item moves it down one, and the keyboard stays on it. */
  gtk_widget_grab_focus (GTK_WIDGET (hold));
  test_key (GTK_WIDGET (editor_of (f)), "alt+Down");
  moved = draft_item (f, 1);
  g_assert_cmpstr (technique_id (moved), ==, first_id);
  g_assert_cmpuint (unknot_routine_item_get_hold (moved), ==, hold_seconds);
  g_clear_object (&second);
  second = draft_item (f, 0);
  g_assert_cmpstr (technique_id (second), ==, second_id);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (get_row (f, 1))));

  /* Remove the moved item, then undo as the toast's button does. */
  map = UNKNOT_BODY_MAP (test_find_widget (GTK_WIDGET (f->window), UNKNOT_TYPE_BODY_MAP, NULL));
  muscle_id = unknot_muscle_get_id (unknot_technique_get_muscle (
                unknot_routine_item_get_technique (moved)));
  g_assert_true (g_strv_contains (unknot_body_map_get_highlighted (map), muscle_id));
  gtk_widget_activate_action (GTK_WIDGET (get_row (f, 1)), "row.remove", NULL);
  test_iterate (50);
  g_assert_cmpuint (n_draft_items (f), ==, n_items - 1);
  /* The map shows what the routine rolls now. */
  g_assert_false (g_strv_contains (unknot_body_map_get_highlighted (map), muscle_id));
  gtk_widget_activate_action (GTK_WIDGET (editor_of (f)), "editor.undo-remove", NULL);
  test_iterate (50);
  g_assert_cmpuint (n_draft_items (f), ==, n_items);
  restored = draft_item (f, 1);
  g_assert_cmpstr (technique_id (restored), ==, first_id);
  g_assert_true (g_strv_contains (unknot_body_map_get_highlighted (map), muscle_id));

  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (f, "Client (optional)")), "Jürgen");
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (f, "Note for the client (optional)")),
                         "Slow breaths ✓");
  save (f);
  g_assert_true (test_wait_for_unmapped (GTK_WIDGET (editor_of (f))));

  saved = unknot_library_get_routine (f->library, COPY_ID);
  g_assert_nonnull (saved);
  g_assert_true (unknot_routine_get_is_user (saved));
  g_assert_cmpstr (unknot_routine_get_client (saved), ==, "Jürgen");
  g_assert_cmpstr (unknot_routine_get_note (saved), ==, "Slow breaths ✓");
  g_clear_object (&moved);
  moved = g_list_model_get_item (unknot_routine_get_items (saved), 1);
  g_assert_cmpstr (technique_id (moved), ==, first_id);
  g_assert_cmpuint (unknot_routine_item_get_hold (moved), ==, hold_seconds);
  path = user_file (COPY_ID);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* The built-in routine is untouched. */
  g_clear_object (&first);
  first = g_list_model_get_item (unknot_routine_get_items (warm_up), 0);
  g_assert_cmpstr (technique_id (first), ==, first_id);
}

static UnknotRoutine *
save_user_copy (Fixture *f)
{
  UnknotRoutine *warm_up = unknot_library_get_routine (f->library, "warm-up");
  g_autoptr(UnknotRoutine) copy = unknot_routine_copy (warm_up, COPY_ID);
  UnknotStore *store = unknot_application_get_store (f->app);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  unknot_store_save_routine_async (store, copy, NULL, on_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (unknot_store_save_routine_finish (store, result, &error));
  g_assert_no_error (error);
  test_iterate (50);

  return copy;
}

/* Editing a routine of the user's replaces it; the checker blocks a plan
 * that breaks the rules and says why. */
static void
test_edit_user_routine (Fixture       *f,
                        gconstpointer  data)
{
  UnknotRoutine *copy = save_user_copy (f);
  guint n_routines = g_list_model_get_n_items (unknot_library_get_routines (f->library));
  g_autoptr(UnknotRoutineItem) item = NULL;
  UnknotRoutine *saved;
  GtkSpinButton *reps;
  GtkSpinButton *hold;

  gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "routines.edit", "s", COPY_ID);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (editor_of (f))));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (editor_of (f)), GTK_TYPE_LABEL, "Edit Routine"));

  hold = GTK_SPIN_BUTTON (test_find_widget (GTK_WIDGET (get_row (f, 0)),
                                            GTK_TYPE_SPIN_BUTTON, NULL));
  reps = GTK_SPIN_BUTTON (gtk_widget_get_next_sibling (
                            gtk_widget_get_next_sibling (GTK_WIDGET (hold))));
  g_assert_true (GTK_IS_SPIN_BUTTON (reps));
  gtk_spin_button_set_value (hold, 60);
  gtk_spin_button_set_value (reps, 3);
  test_iterate (20);
  g_assert_false (unknot_routine_editor_can_save (editor_of (f)));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (editor_of (f)), ADW_TYPE_ACTION_ROW, NULL));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (editor_of (f)), GTK_TYPE_LABEL,
                                      "Before You Save"));

  gtk_spin_button_set_value (reps, 1);
  test_iterate (20);
  g_assert_nonnull (test_find_widget (GTK_WIDGET (editor_of (f)), GTK_TYPE_LABEL, "Check"));
  save (f);

  g_assert_cmpuint (g_list_model_get_n_items (unknot_library_get_routines (f->library)), ==,
                    n_routines);
  saved = unknot_library_get_routine (f->library, COPY_ID);
  g_assert_true (saved != copy);
  item = g_list_model_get_item (unknot_routine_get_items (saved), 0);
  g_assert_cmpuint (unknot_routine_item_get_hold (item), ==, 60);
  g_assert_cmpuint (unknot_routine_item_get_reps (item), ==, 1);
}

/* Save As writes a file that `unknot --validate` accepts and that imports
 * as the same routine. */
static void
test_save_as (Fixture       *f,
              gconstpointer  data)
{
  UnknotRoutine *copy = save_user_copy (f);
  g_autofree char *dir = g_dir_make_tmp ("unknot-save-as-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Jürgen – Rücken.unknot", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(UnknotLibrary) other = unknot_library_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) validate = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *expected = NULL;
  UnknotRoutine *imported;

  gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "routines.edit", "s", COPY_ID);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (editor_of (f))));
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (f, "Client (optional)")), "Jürgen");
  gtk_editable_set_text (GTK_EDITABLE (test_find_widget (GTK_WIDGET (get_row (f, 0)),
                                                         GTK_TYPE_ENTRY, NULL)),
                         "Go lighter on the left side");

  unknot_routine_editor_save_to_file (editor_of (f), file, on_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_task_propagate_boolean (G_TASK (result), &error));
  g_assert_no_error (error);

  validate = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error,
                               g_getenv ("UNKNOT_BIN"), "--validate", path, NULL);
  g_assert_no_error (error);
  test_wait_for_subprocess (validate);
  g_assert_true (g_subprocess_get_if_exited (validate));
  g_assert_cmpint (g_subprocess_get_exit_status (validate), ==, 0);

  g_assert_true (unknot_content_load_builtin (other, &error));
  g_assert_true (unknot_store_load_file (other, file, NULL, UNKNOT_CONTENT_LOAD_USER, &error));
  g_assert_no_error (error);
  imported = unknot_library_get_routine (other, COPY_ID);
  g_assert_nonnull (imported);
  g_assert_cmpstr (unknot_routine_get_client (imported), ==, "Jürgen");
  unknot_routine_set_client (copy, "Jürgen");
  {
    g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (unknot_routine_get_items (copy), 0);

    unknot_routine_item_set_note (item, "Go lighter on the left side");
  }
  xml = unknot_routine_to_xml (imported);
  expected = unknot_routine_to_xml (copy);
  g_assert_cmpstr (xml, ==, expected);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
wheel_down (GtkWidget *widget)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) xdotool = NULL;

  test_pointer_move (widget, gtk_widget_get_width (widget) / 4.0,
                     gtk_widget_get_height (widget) / 2.0);
  xdotool = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error,
                              "xdotool", "click", "5", "click", "5", "click", "5", NULL);
  g_assert_no_error (error);
  test_wait_for_subprocess (xdotool);
  test_iterate (200);
}

/* The wheel over a hold scrolls the list instead of changing the hold,
 * until the hold has the keyboard. */
static void
test_wheel_scrolls_list (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(UnknotRoutineItem) item = NULL;
  GtkScrolledWindow *scrolled;
  GtkSpinButton *hold;
  double before;
  guint hold_before;

  gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "routines.duplicate", "s", "cool-down");
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (editor_of (f))));
  test_iterate (200);
  scrolled = GTK_SCROLLED_WINDOW (find_in_editor (f, GTK_TYPE_SCROLLED_WINDOW, NULL));
  hold = GTK_SPIN_BUTTON (test_find_widget (GTK_WIDGET (get_row (f, 0)),
                                            GTK_TYPE_SPIN_BUTTON, NULL));
  item = draft_item (f, 0);
  hold_before = unknot_routine_item_get_hold (item);
  before = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scrolled));

  wheel_down (GTK_WIDGET (hold));
  g_clear_object (&item);
  item = draft_item (f, 0);
  g_assert_cmpuint (unknot_routine_item_get_hold (item), ==, hold_before);
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scrolled)),
                     >, before);
}

/* Another tool for the upper back: the roller rolls both sides at once,
 * the ball one side at a time, and the sides follow. */
static void
test_tool_changes_sides (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(UnknotRoutineItem) item = NULL;
  UnknotRoutineItemRow *row;
  GtkDropDown *tool;
  GtkDropDown *sides;
  guint upper_back = G_MAXUINT;

  gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "routines.duplicate", "s", "warm-up");
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (editor_of (f))));
  for (guint i = 0; i < n_draft_items (f); i++)
    {
      g_autoptr(UnknotRoutineItem) candidate = draft_item (f, i);

      if (g_str_equal (technique_id (candidate), "upper-back-roller"))
        upper_back = i;
    }
  g_assert_cmpuint (upper_back, !=, G_MAXUINT);

  row = get_row (f, upper_back);
  tool = GTK_DROP_DOWN (test_find_widget (GTK_WIDGET (row), GTK_TYPE_DROP_DOWN, NULL));
  sides = GTK_DROP_DOWN (gtk_widget_get_next_sibling (GTK_WIDGET (tool)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (sides)));
  g_assert_nonnull (test_find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL,
                                      "Once, both sides together"));

  gtk_drop_down_set_selected (tool, 1);
  item = draft_item (f, upper_back);
  g_assert_cmpstr (technique_id (item), ==, "upper-back-ball");
  g_assert_cmpuint (unknot_routine_item_get_n_sides (item), ==, 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (sides)));

  gtk_drop_down_set_selected (sides, 2);
  g_clear_object (&item);
  item = draft_item (f, upper_back);
  g_assert_cmpint (unknot_routine_item_get_sides (item), ==, UNKNOT_SIDE_RIGHT);
}

static GtkDropTarget *
get_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

/* A row dropped on another takes its place. */
static void
test_drop_moves (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(UnknotRoutineItem) first = NULL;
  g_autoptr(UnknotRoutineItem) moved = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target;
  gboolean accepted = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "routines.duplicate", "s", "warm-up");
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (editor_of (f))));
  first = draft_item (f, 0);

  target = get_drop_target (GTK_WIDGET (get_row (f, 2)));
  g_assert_nonnull (target);
  g_value_init (&value, UNKNOT_TYPE_ROUTINE_ITEM_ROW);
  g_value_set_object (&value, get_row (f, 0));
  g_signal_emit_by_name (target, "drop", &value, 1.0, 1.0, &accepted);
  g_assert_true (accepted);

  moved = draft_item (f, 2);
  g_assert_cmpstr (technique_id (moved), ==, technique_id (first));

  /* Dropped on itself, nothing moves. */
  g_value_set_object (&value, get_row (f, 1));
  g_signal_emit_by_name (get_drop_target (GTK_WIDGET (get_row (f, 1))), "drop", &value,
                         1.0, 1.0, &accepted);
  g_assert_false (accepted);
}

static void
on_routine_selected (UnknotRoutinesPage  *page,
                     UnknotRoutine       *routine,
                     UnknotRoutine      **selected)
{
  *selected = routine;
}

/* Opening a routine on the page names that routine, so the map shows it. */
static void
test_expand_selects (Fixture       *f,
                     gconstpointer  data)
{
  UnknotRoutine *selected = NULL;
  GtkWidget *row;

  /* The window makes the page, and the page its rows, when it is first shown */
  g_assert_null (test_find_widget (GTK_WIDGET (f->window), UNKNOT_TYPE_ROUTINES_PAGE, NULL));
  row = test_find_widget (GTK_WIDGET (page_of (f)), ADW_TYPE_EXPANDER_ROW, "Desk posture");
  g_assert_nonnull (row);
  g_signal_connect (page_of (f), "routine-selected", G_CALLBACK (on_routine_selected), &selected);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_assert_nonnull (selected);
  g_assert_cmpstr (unknot_routine_get_name (selected), ==, "Desk posture");
  g_signal_handlers_disconnect_by_func (page_of (f), on_routine_selected, &selected);
}

static void
click_cancel (Fixture *f)
{
  g_signal_emit_by_name (find_in_editor (f, GTK_TYPE_BUTTON, "_Cancel"), "clicked");
  test_iterate (100);
}

/* Cancel closes an untouched routine at once, and asks before it throws
 * changes away. */
static void
test_cancel_asks (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(UnknotRoutineItem) item = NULL;
  AdwMessageDialog *dialog;
  UnknotRoutine *saved;
  GtkSpinButton *hold;
  guint hold_before;

  save_user_copy (f);
  gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "routines.edit", "s", COPY_ID);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (editor_of (f))));
  g_assert_false (unknot_routine_editor_get_modified (editor_of (f)));
  click_cancel (f);
  g_assert_null (test_find_toplevel ("AdwMessageDialog"));
  g_assert_true (test_wait_for_unmapped (GTK_WIDGET (editor_of (f))));

  gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "routines.edit", "s", COPY_ID);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (editor_of (f))));
  hold = GTK_SPIN_BUTTON (test_find_widget (GTK_WIDGET (get_row (f, 0)),
                                            GTK_TYPE_SPIN_BUTTON, NULL));
  hold_before = (guint) gtk_spin_button_get_value_as_int (hold);
  gtk_spin_button_set_value (hold, hold_before == 40 ? 45 : 40);
  g_assert_true (unknot_routine_editor_get_modified (editor_of (f)));

  click_cancel (f);
  dialog = ADW_MESSAGE_DIALOG (test_find_toplevel ("AdwMessageDialog"));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "keep");
  test_iterate (100);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (editor_of (f))));

  click_cancel (f);
  dialog = ADW_MESSAGE_DIALOG (test_find_toplevel ("AdwMessageDialog"));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  g_assert_true (test_wait_for_unmapped (GTK_WIDGET (editor_of (f))));

  saved = unknot_library_get_routine (f->library, COPY_ID);
  item = g_list_model_get_item (unknot_routine_get_items (saved), 0);
  g_assert_cmpuint (unknot_routine_item_get_hold (item), ==, hold_before);
}

/* Delete takes the routine and its file away; Undo brings both back. */
static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = user_file (COPY_ID);
  GListModel *routines = unknot_library_get_routines (f->library);
  guint n_routines;

  save_user_copy (f);
  n_routines = g_list_model_get_n_items (routines);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Built-in routines cannot be deleted. */
  gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "routines.delete", "s", "warm-up");
  g_assert_nonnull (unknot_library_get_routine (f->library, "warm-up"));

  gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "routines.delete", "s", COPY_ID);
  test_iterate (50);
  g_assert_null (unknot_library_get_routine (f->library, COPY_ID));
  g_assert_cmpuint (g_list_model_get_n_items (routines), ==, n_routines - 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_widget_activate_action (GTK_WIDGET (page_of (f)), "routines.undo-delete", NULL);
  test_iterate (50);
  g_assert_nonnull (unknot_library_get_routine (f->library, COPY_ID));
  g_assert_cmpuint (g_list_model_get_n_items (routines), ==, n_routines);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/routine-editor/duplicate-change-save", test_duplicate_change_save);
  ADD ("/routine-editor/edit-user-routine", test_edit_user_routine);
  ADD ("/routine-editor/save-as", test_save_as);
  ADD ("/routine-editor/delete-and-undo", test_delete_and_undo);
  ADD ("/routine-editor/wheel-scrolls-list", test_wheel_scrolls_list);
  ADD ("/routine-editor/cancel-asks", test_cancel_asks);
  ADD ("/routine-editor/drop-moves", test_drop_moves);
  ADD ("/routine-editor/expand-selects", test_expand_selects);
  ADD ("/routine-editor/tool-changes-sides", test_tool_changes_sides);

#undef ADD

  return g_test_run ();
}
