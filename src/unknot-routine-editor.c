/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-muscle.h"
#include "unknot-routine-editor.h"
#include "unknot-routine-item-row.h"

/* A routine of the user's own: made by clicking muscles on the map, or a
 * copy of one to change.  Every item's tool, sides and dose can change;
 * the routine checker runs on each change and says what to fix. */
struct _UnknotRoutineEditor
{
  AdwBin               parent_instance;

  UnknotStore         *store;
  UnknotLibrary       *library;
  GCancellable        *cancellable;
  UnknotRoutine       *routine;        /* the draft being edited */
  char                *saved_id;       /* the user's routine it replaces, if any */
  gboolean             from_map;       /* the summary lists its muscles */
  char                *opened_xml;     /* the draft as opened, to see changes */
  UnknotRoutineItem   *removed_item;   /* for Undo */
  guint                removed_position;
  AdwToast            *removed_toast;

  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *header_group;
  AdwEntryRow         *name_row;
  AdwEntryRow         *goal_row;
  AdwEntryRow         *client_row;
  AdwEntryRow         *note_row;
  AdwPreferencesGroup *items_group;
  GtkListBox          *items_list;
  AdwPreferencesGroup *problems_group;
  GtkListBox          *problems_list;
  GtkWidget           *save_button;
  GtkWidget           *save_as_button;
};

G_DEFINE_FINAL_TYPE (UnknotRoutineEditor, unknot_routine_editor, ADW_TYPE_BIN)

enum {
  FINISHED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void unknot_routine_editor_update (UnknotRoutineEditor *self);

GtkWidget *
unknot_routine_editor_new (void)
{
  return g_object_new (UNKNOT_TYPE_ROUTINE_EDITOR, NULL);
}

/* Where the editor saves, and the library its routines refer to */
void
unknot_routine_editor_set_store (UnknotRoutineEditor *self,
                                 UnknotStore         *store)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (store == NULL || UNKNOT_IS_STORE (store));

  g_set_object (&self->store, store);
  if (store != NULL)
    g_set_object (&self->library, unknot_store_get_library (store));
  else
    g_clear_object (&self->library);
}

/* "Morning legs" → "my-morning-legs", unique among the routines. */
char *
unknot_routine_make_id (UnknotLibrary *library,
                        const char    *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *id = g_string_new ("my-");
  g_autofree char *base = NULL;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (g_str_equal (id->str, "my"))
    g_string_append (id, "-routine");

  base = g_string_free (id, FALSE);
  for (guint n = 2; ; n++)
    {
      g_autofree char *candidate = NULL;

      candidate = n == 2 ? g_strdup (base) : g_strdup_printf ("%s-%u", base, n - 1);

      if (unknot_library_get_routine (library, candidate) == NULL)
        return g_steal_pointer (&candidate);
    }
}

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
build_summary (UnknotRoutineEditor *self)
{
  GListModel *items = unknot_routine_get_items (self->routine);
  GString *summary = g_string_new (_("Made on the body map:"));

  if (!self->from_map)
    {
      g_string_free (summary, TRUE);
      return g_strdup (unknot_routine_get_summary (self->routine));
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (items, i);
      UnknotTechnique *technique = unknot_routine_item_get_technique (item);

      /* Translators: separates the muscles in a list, e.g. "calves, hamstrings" */
      g_string_append (summary, i == 0 ? " " : _(", "));
      g_string_append (summary, unknot_muscle_get_name (unknot_technique_get_muscle (technique)));
    }

  return g_string_free (summary, FALSE);
}

/**
 * unknot_routine_editor_build:
 * @self: an editor
 *
 * Returns: (transfer full): the routine as it stands, with the id it will
 *   be saved under
 */
UnknotRoutine *
unknot_routine_editor_build (UnknotRoutineEditor *self)
{
  const char *name;
  const char *goal;
  g_autofree char *summary = NULL;
  g_autofree char *id = NULL;
  GListModel *items;
  UnknotRoutine *routine;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE_EDITOR (self), NULL);

  name = entry_text (self->name_row);
  goal = entry_text (self->goal_row);
  summary = build_summary (self);
  id = self->saved_id != NULL ? g_strdup (self->saved_id)
                              : unknot_routine_make_id (self->library, name);
  routine = unknot_routine_new (id, name[0] != '\0' ? name : _("My routine"),
                                goal[0] != '\0' ? goal : _("My own routine"), summary);
  unknot_routine_set_client (routine, entry_text (self->client_row));
  unknot_routine_set_note (routine, entry_text (self->note_row));

  items = unknot_routine_get_items (self->routine);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (items, i);
      g_autoptr(UnknotRoutineItem) copy = unknot_routine_item_copy (item);

      unknot_routine_insert_item (routine, i, copy);
    }

  return routine;
}

static GtkWidget *
create_check_row (const char *text,
                  gboolean    fine)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (fine ? "emblem-ok-symbolic"
                                                       : "dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, fine ? "success" : "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GPtrArray *
unknot_routine_editor_check (UnknotRoutineEditor *self)
{
  GPtrArray *problems = unknot_routine_check (self->routine);

  if (g_list_model_get_n_items (unknot_routine_get_items (self->routine)) == 0)
    g_ptr_array_add (problems, g_strdup (_("Click a muscle on the body map to add it.")));
  if (entry_text (self->name_row)[0] == '\0')
    g_ptr_array_add (problems, g_strdup (_("Give the routine a name.")));

  return problems;
}

static void
show_problems (UnknotRoutineEditor *self,
               GPtrArray           *problems)
{
  clear_list (self->problems_list);
  for (guint i = 0; i < problems->len; i++)
    gtk_list_box_append (self->problems_list, create_check_row (problems->pdata[i], FALSE));

  if (problems->len == 0)
    gtk_list_box_append (self->problems_list,
                         create_check_row (_("Every hold is 20 to 60 seconds, no muscle group "
                                             "gets more than 90 seconds in a row and the "
                                             "session stays under 30 minutes."), TRUE));

  adw_preferences_group_set_title (self->problems_group,
                                   problems->len > 0 ? _("Before You Save") : _("Check"));
}

static void
unknot_routine_editor_update (UnknotRoutineEditor *self)
{
  UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *length = NULL;
  guint n_items;
  guint minutes;

  if (self->routine == NULL)
    return;

  problems = unknot_routine_editor_check (self);
  show_problems (self, problems);

  n_items = g_list_model_get_n_items (unknot_routine_get_items (self->routine));
  minutes = (unknot_routine_estimate_seconds (self->routine, &times) + 30) / 60;
  length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "About %u minute", "About %u minutes",
                                         minutes),
                            minutes);
  if (problems->len > 0 && n_items > 0)
    {
      g_autofree char *with_problems = NULL;

      /* Translators: the routine's length, then how many problems the
       * checker found, e.g. "About 9 minutes · 1 thing to change below" */
      with_problems = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%s · %u thing to change below",
                                                    "%s · %u things to change below",
                                                    problems->len),
                                       length, problems->len);
      g_free (length);
      length = g_steal_pointer (&with_problems);
    }
  adw_preferences_group_set_description (self->items_group, n_items > 0 ? length : NULL);

  gtk_widget_set_sensitive (self->save_button, problems->len == 0);
  gtk_widget_set_sensitive (self->save_as_button, n_items > 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
unknot_routine_editor_can_save (UnknotRoutineEditor *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_EDITOR (self), FALSE);

  return gtk_widget_get_sensitive (self->save_button);
}

/* The checker counts items from 1; so do the rows. */
static void
number_rows (UnknotRoutineEditor *self)
{
  guint n_items = g_list_model_get_n_items (unknot_routine_get_items (self->routine));
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->items_list, (int) i)) != NULL; i++)
    if (UNKNOT_IS_ROUTINE_ITEM_ROW (row))
      unknot_routine_item_row_set_position (UNKNOT_ROUTINE_ITEM_ROW (row), i + 1, n_items);
}

static void
on_items_changed (UnknotRoutineEditor *self)
{
  number_rows (self);
  unknot_routine_editor_update (self);
}

static GtkWidget *
create_item_row (gpointer item,
                 gpointer user_data)
{
  UnknotRoutineEditor *self = user_data;
  GtkWidget *row = unknot_routine_item_row_new (item);

  g_signal_connect_object (row, "changed", G_CALLBACK (unknot_routine_editor_update), self,
                           G_CONNECT_SWAPPED);

  return row;
}

static void
forget_removed (UnknotRoutineEditor *self)
{
  if (self->removed_toast != NULL)
    adw_toast_dismiss (self->removed_toast);
  g_clear_object (&self->removed_toast);
  g_clear_object (&self->removed_item);
}

static char *
draft_to_xml (UnknotRoutineEditor *self)
{
  g_autoptr(UnknotRoutine) routine = unknot_routine_editor_build (self);

  return unknot_routine_to_xml (routine);
}

/**
 * unknot_routine_editor_get_modified:
 * @self: an editor
 *
 * Returns: %TRUE when the draft differs from the routine as it was opened
 */
gboolean
unknot_routine_editor_get_modified (UnknotRoutineEditor *self)
{
  g_autofree char *xml = NULL;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE_EDITOR (self), FALSE);

  if (self->routine == NULL || self->opened_xml == NULL)
    return FALSE;

  xml = draft_to_xml (self);
  return !g_str_equal (xml, self->opened_xml);
}

static void
set_draft (UnknotRoutineEditor *self,
           UnknotRoutine       *routine,
           const char          *saved_id,
           gboolean             from_map)
{
  GListModel *items = unknot_routine_get_items (routine);
  const char *client = unknot_routine_get_client (routine);
  const char *note = unknot_routine_get_note (routine);

  forget_removed (self);
  g_set_object (&self->routine, routine);
  g_free (self->saved_id);
  self->saved_id = g_strdup (saved_id);
  self->from_map = from_map;

  adw_preferences_group_set_title (self->header_group,
                                   saved_id != NULL ? _("Edit Routine") : _("New Routine"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), unknot_routine_get_name (routine));
  gtk_editable_set_text (GTK_EDITABLE (self->goal_row), unknot_routine_get_goal (routine));
  gtk_editable_set_text (GTK_EDITABLE (self->client_row), client != NULL ? client : "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), note != NULL ? note : "");

  gtk_list_box_bind_model (self->items_list, items, create_item_row, self, NULL);
  g_signal_connect_object (items, "items-changed", G_CALLBACK (on_items_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  on_items_changed (self);

  g_free (self->opened_xml);
  self->opened_xml = draft_to_xml (self);
}

/**
 * unknot_routine_editor_start:
 * @self: an editor
 *
 * Starts a new, empty routine for the user to click together on the map.
 */
void
unknot_routine_editor_start (UnknotRoutineEditor *self)
{
  g_autoptr(UnknotRoutine) draft = NULL;

  g_return_if_fail (UNKNOT_IS_ROUTINE_EDITOR (self));

  draft = unknot_routine_new ("draft", "", "", _("Made on the body map:"));
  set_draft (self, draft, NULL, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/**
 * unknot_routine_editor_edit:
 * @self: an editor
 * @routine: a routine to change
 *
 * Edits a copy of @routine.  Saving replaces it when it is one of the
 * user's routines; any other routine (a built-in one, or a duplicate made
 * from one) is saved as a new routine of the user's.
 */
void
unknot_routine_editor_edit (UnknotRoutineEditor *self,
                            UnknotRoutine       *routine)
{
  g_autoptr(UnknotRoutine) draft = NULL;
  gboolean is_user;

  g_return_if_fail (UNKNOT_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (UNKNOT_IS_ROUTINE (routine));

  is_user = unknot_routine_get_is_user (routine);
  draft = unknot_routine_copy (routine, unknot_routine_get_id (routine));
  set_draft (self, draft, is_user ? unknot_routine_get_id (routine) : NULL, FALSE);
}

void
unknot_routine_editor_add_muscle (UnknotRoutineEditor *self,
                                  UnknotMuscle        *muscle)
{
  g_autoptr(UnknotTechnique) technique = NULL;

  g_return_if_fail (UNKNOT_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (UNKNOT_IS_MUSCLE (muscle));

  if (self->routine == NULL)
    unknot_routine_editor_start (self);

  technique = g_list_model_get_item (unknot_muscle_get_techniques (muscle), 0);
  if (technique == NULL)
    return;

  unknot_routine_append_item (self->routine, technique, UNKNOT_SIDE_BOTH,
                              unknot_technique_get_hold_default (technique),
                              unknot_technique_get_reps_default (technique));
}

static void
unknot_routine_editor_move_item_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  UnknotRoutineEditor *self = UNKNOT_ROUTINE_EDITOR (widget);
  GtkListBoxRow *row;
  guint from;
  guint to;

  g_variant_get (parameter, "(uu)", &from, &to);
  if (self->routine == NULL || !unknot_routine_move_item (self->routine, from, to))
    return;

  /* The moved row is a new widget: keep the keyboard on it. */
  row = gtk_list_box_get_row_at_index (self->items_list, (int) to);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_removed_toast_dismissed (UnknotRoutineEditor *self,
                            AdwToast            *toast)
{
  if (self->removed_toast == toast)
    g_clear_object (&self->removed_toast);
}

static void
unknot_routine_editor_remove_item_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  UnknotRoutineEditor *self = UNKNOT_ROUTINE_EDITOR (widget);
  guint position = g_variant_get_uint32 (parameter);
  g_autoptr(UnknotRoutineItem) item = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->routine == NULL)
    return;
  item = unknot_routine_remove_item (self->routine, position);
  if (item == NULL)
    return;

  forget_removed (self);
  self->removed_item = g_steal_pointer (&item);
  self->removed_position = position;

  /* Translators: %s is a muscle's name */
  title = g_strdup_printf (_("Removed %s"),
                           unknot_muscle_get_name (unknot_technique_get_muscle (
                             unknot_routine_item_get_technique (self->removed_item))));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "editor.undo-remove");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_removed_toast_dismissed), self,
                           G_CONNECT_SWAPPED);
  self->removed_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
unknot_routine_editor_undo_remove_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  UnknotRoutineEditor *self = UNKNOT_ROUTINE_EDITOR (widget);
  g_autoptr(UnknotRoutineItem) item = g_steal_pointer (&self->removed_item);

  if (item == NULL || self->routine == NULL)
    return;

  unknot_routine_insert_item (self->routine, self->removed_position, item);
  forget_removed (self);
}

static void
toast (UnknotRoutineEditor *self,
       const char          *text)
{
  AdwToast *new_toast = adw_toast_new (text);

  adw_toast_set_timeout (new_toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, new_toast);
}

static void
on_saved_to_file (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UnknotRoutineEditor *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!unknot_store_export_routine_finish (UNKNOT_STORE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Saved to “%s”"), name);
  toast (self, text);
  g_task_return_boolean (task, TRUE);
}

/**
 * unknot_routine_editor_save_to_file:
 * @self: an editor
 * @file: where to write, usually a `.unknot` file the user chose
 * @callback: (nullable): called when the file is written, or not
 * @user_data: for @callback
 *
 * Writes the routine as it stands to a routine file, through the store,
 * to hand to a client or keep elsewhere; importing that file gives the
 * same routine.  A toast says where it went, or why not.
 */
void
unknot_routine_editor_save_to_file (UnknotRoutineEditor *self,
                                    GFile               *file,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(UnknotRoutine) routine = NULL;
  GTask *task;

  g_return_if_fail (UNKNOT_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->store != NULL);

  routine = unknot_routine_editor_build (self);
  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  unknot_store_export_routine_async (self->store, routine, file, self->cancellable,
                                     on_saved_to_file, task);
}


static void
on_save_as_response (GtkNativeDialog     *dialog,
                     int                  response,
                     UnknotRoutineEditor *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);

  if (file == NULL)
    return;

  unknot_routine_editor_save_to_file (self, file, NULL, NULL);
}

/**
 * unknot_routine_save_chooser_new:
 * @parent: (nullable): the window to put the dialog on
 * @name: the routine's name, for the suggested file name
 *
 * Returns: (transfer full): a file chooser for Save As (the portal's in a
 *   sandbox) asking for a `.unknot` file
 */
GtkFileChooserNative *
unknot_routine_save_chooser_new (GtkWindow  *parent,
                                 const char *name)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *basename = NULL;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Routine As"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Unknot routines"));
  gtk_file_filter_add_mime_type (filter, "application/x-unknot-routine+xml");
  gtk_file_filter_add_pattern (filter, "*.unknot");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  basename = g_strconcat (name != NULL && name[0] != '\0' ? name : _("My routine"), ".unknot",
                          NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), basename);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  return chooser;
}

static void
on_save_as_clicked (UnknotRoutineEditor *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;

  chooser = unknot_routine_save_chooser_new (GTK_WINDOW (native), entry_text (self->name_row));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_as_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
cancel (UnknotRoutineEditor *self)
{
  forget_removed (self);
  g_signal_emit (self, signals[FINISHED], 0, NULL);
}

static void
on_discard_response (AdwMessageDialog    *dialog,
                     const char          *response,
                     UnknotRoutineEditor *self)
{
  if (g_str_equal (response, "discard"))
    cancel (self);
}

/* A trainer's work is not thrown away by one click on Cancel. */
static void
on_cancel_clicked (UnknotRoutineEditor *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  const char *name = entry_text (self->name_row);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (!unknot_routine_editor_get_modified (self))
    {
      cancel (self);
      return;
    }

  /* Translators: %s is the name of a routine */
  body = g_strdup_printf (_("Your changes to “%s” are not saved."),
                          name[0] != '\0' ? name : _("My routine"));
  dialog = adw_message_dialog_new (GTK_WINDOW (native), _("Discard Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_routine_saved (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UnknotRoutineEditor *self = g_task_get_source_object (task);
  UnknotRoutine *routine = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  gtk_widget_set_sensitive (self->save_button, TRUE);
  if (!unknot_store_save_routine_finish (UNKNOT_STORE (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      clear_list (self->problems_list);
      gtk_list_box_append (self->problems_list, create_check_row (error->message, FALSE));
      return;
    }

  forget_removed (self);
  g_signal_emit (self, signals[FINISHED], 0, routine);
}

/* The store writes it; only a saved routine joins the library. */
static void
on_save_clicked (UnknotRoutineEditor *self)
{
  g_autoptr(UnknotRoutine) routine = unknot_routine_editor_build (self);
  GTask *task;

  if (self->store == NULL || !gtk_widget_get_sensitive (self->save_button))
    return;

  /* The task only carries the editor and the routine to the callback */
  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_task_data (task, g_object_ref (routine), g_object_unref);
  gtk_widget_set_sensitive (self->save_button, FALSE);
  unknot_store_save_routine_async (self->store, routine, self->cancellable, on_routine_saved,
                                   task);
}

static void
unknot_routine_editor_dispose (GObject *object)
{
  UnknotRoutineEditor *self = UNKNOT_ROUTINE_EDITOR (object);

  g_clear_object (&self->removed_toast);
  g_clear_object (&self->removed_item);
  /* The toast overlay is the bin's own child: let the bin drop it. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_ROUTINE_EDITOR);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->routine);
  g_clear_object (&self->library);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (unknot_routine_editor_parent_class)->dispose (object);
}

static void
unknot_routine_editor_finalize (GObject *object)
{
  UnknotRoutineEditor *self = UNKNOT_ROUTINE_EDITOR (object);

  g_free (self->saved_id);
  g_free (self->opened_xml);

  G_OBJECT_CLASS (unknot_routine_editor_parent_class)->finalize (object);
}

static void
unknot_routine_editor_class_init (UnknotRoutineEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_routine_editor_dispose;
  object_class->finalize = unknot_routine_editor_finalize;

  /**
   * UnknotRoutineEditor::finished:
   * @routine: (nullable): the saved routine, or %NULL when cancelled
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, UNKNOT_TYPE_ROUTINE);

  /**
   * UnknotRoutineEditor::changed:
   *
   * The draft changed: an item was added, changed, moved or removed, or
   * its text changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-routine-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, header_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, goal_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, client_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, note_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, items_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, items_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, problems_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, problems_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, save_as_button);
  gtk_widget_class_bind_template_callback (widget_class, unknot_routine_editor_update);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_save_as_clicked);

  gtk_widget_class_install_action (widget_class, "editor.move-item", "(uu)",
                                   unknot_routine_editor_move_item_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-item", "u",
                                   unknot_routine_editor_remove_item_action);
  gtk_widget_class_install_action (widget_class, "editor.undo-remove", NULL,
                                   unknot_routine_editor_undo_remove_action);
}

static GtkWidget *
create_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("Click a muscle on the body map to add it"));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);

  return label;
}

static void
unknot_routine_editor_init (UnknotRoutineEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_list_box_set_placeholder (self->items_list, create_placeholder ());
}
