/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-muscle.h"
#include "unknot-routine-editor.h"
#include "unknot-routine-item.h"
#include "unknot-routines-page.h"
#include "unknot-technique-picture.h"
#include "unknot-tool.h"

/* The built-in routines and the user's own, each opening to its items
 * and a Start button. */
struct _UnknotRoutinesPage
{
  AdwBin                parent_instance;

  UnknotStore          *store;
  UnknotLibrary        *library;
  GCancellable         *cancellable;
  gboolean              bound;
  UnknotRoutine        *deleted;       /* for Undo */
  UnknotRoutine        *saving_as;     /* while the file chooser is open */

  AdwToastOverlay      *toast_overlay;
  GtkListBox           *builtin_list;
  GtkListBox           *user_list;
  AdwPreferencesGroup  *user_group;
};

G_DEFINE_FINAL_TYPE (UnknotRoutinesPage, unknot_routines_page, ADW_TYPE_BIN)

enum {
  ROUTINE_SELECTED,
  START_ROUTINE,
  EDIT_ROUTINE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
unknot_routines_page_new (void)
{
  return g_object_new (UNKNOT_TYPE_ROUTINES_PAGE, NULL);
}

/* The muscles a routine works, in order and once each. */
GStrv
unknot_routine_dup_muscle_ids (UnknotRoutine *routine)
{
  GListModel *items = unknot_routine_get_items (routine);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (items, i);
      UnknotTechnique *technique = unknot_routine_item_get_technique (item);
      const char *id = unknot_muscle_get_id (unknot_technique_get_muscle (technique));

      if (g_hash_table_add (seen, (gpointer) id))
        g_strv_builder_add (builder, id);
    }

  return g_strv_builder_end (builder);
}

static GtkWidget *
create_item_row (UnknotRoutineItem *item)
{
  UnknotTechnique *technique = unknot_routine_item_get_technique (item);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;
  const char *sides;

  sides = unknot_routine_item_get_n_sides (item) == 2 ? _("both sides")
          : unknot_routine_item_get_sides (item) == UNKNOT_SIDE_LEFT ? _("left side")
          : unknot_routine_item_get_sides (item) == UNKNOT_SIDE_RIGHT ? _("right side")
          : _("once");
  /* Translators: tool, sides, hold seconds and repetitions, e.g.
   * "Foam roller, both sides, 30 s × 2" */
  subtitle = g_strdup_printf (_("%s, %s, %u s × %u"),
                              unknot_tool_get_name (unknot_technique_get_tool (technique)),
                              sides, unknot_routine_item_get_hold (item),
                              unknot_routine_item_get_reps (item));
  if (unknot_routine_item_get_note (item) != NULL)
    {
      g_autofree char *dose = g_steal_pointer (&subtitle);

      /* Translators: an item's dose, then the trainer's note on it, e.g.
       * "Massage ball, left side, 45 s × 1 — Go lighter on the left side" */
      subtitle = g_strdup_printf (_("%s — %s"), dose, unknot_routine_item_get_note (item));
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 unknot_muscle_get_name (unknot_technique_get_muscle (technique)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             unknot_technique_picture_new_thumbnail (technique));

  return row;
}

/* @id: the routine's id, owned by the handler */
static void
on_expanded (AdwExpanderRow *row,
             GParamSpec     *pspec,
             const char     *id)
{
  if (adw_expander_row_get_expanded (row))
    gtk_widget_activate_action (GTK_WIDGET (row), "routines.select", "s", id);
}

/* Print, Export PDF and Send to Client for this routine, acting by id. */
static GtkWidget *
create_handout_button (UnknotRoutine *routine)
{
  static const struct {
    const char *label;
    const char *action;
  } entries[] = {
    { N_("_Print Handout…"), "win.print" },
    { N_("_Export Handout as PDF…"), "win.export-pdf" },
    { N_("Send to _Client…"), "win.send-to-client" },
  };
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();
  g_autofree char *label = g_strdup_printf (_("Handout for %s"),
                                            unknot_routine_get_name (routine));
  g_autoptr(GVariant) id = g_variant_ref_sink (g_variant_new_string (unknot_routine_get_id (
                                                 routine)));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(entries[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, entries[i].action, id);
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "printer-symbolic");
  gtk_widget_set_tooltip_text (button, _("Print, export or send a handout"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

/* @mnemonic: (nullable): the button's visible text; icon only without */
static GtkWidget *
create_action_button (UnknotRoutine *routine,
                      const char    *action,
                      const char    *icon_name,
                      const char    *mnemonic,
                      const char    *tooltip,
                      char          *label_owned)
{
  g_autofree char *label = label_owned;
  g_autofree char *detailed = g_strdup_printf ("%s::%s", action, unknot_routine_get_id (routine));
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  if (mnemonic != NULL)
    {
      GtkWidget *content = adw_button_content_new ();

      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon_name);
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), mnemonic);
      adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
      gtk_button_set_child (GTK_BUTTON (button), content);
    }

  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (button), detailed);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static GtkWidget *
create_summary_row (UnknotRoutine *routine)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unknot_routine_get_summary (routine));
  if (unknot_routine_get_note (routine) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), unknot_routine_get_note (routine));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

/* What can be done with a routine, in a row of its own so that the
 * summary keeps the row's width. */
static GtkWidget *
create_actions_row (UnknotRoutine *routine)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *start = gtk_button_new_with_mnemonic (_("_Start Routine"));
  const char *name = unknot_routine_get_name (routine);
  g_autofree char *label = g_strdup_printf (_("Start %s"), name);
  g_autofree char *detailed = g_strdup_printf ("routines.start::%s",
                                               unknot_routine_get_id (routine));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Translators: the accessible names of a routine's buttons; %s is its name */
  if (unknot_routine_get_is_user (routine))
    {
      gtk_box_append (GTK_BOX (box),
                      create_action_button (routine, "routines.edit",
                                            "document-edit-symbolic", _("_Edit"),
                                            _("Change the routine"),
                                            g_strdup_printf (_("Edit %s"), name)));
    }
  else
    {
      gtk_box_append (GTK_BOX (box),
                      create_action_button (routine, "routines.duplicate",
                                            "edit-copy-symbolic", _("_Duplicate"),
                                            _("Make a copy of your own to change"),
                                            g_strdup_printf (_("Duplicate %s"), name)));
    }
  gtk_box_append (GTK_BOX (box),
                  create_action_button (routine, "routines.save-as",
                                        "document-save-as-symbolic", _("Save _As…"),
                                        _("Save to a file for a client"),
                                        g_strdup_printf (_("Save %s as a file"), name)));
  if (unknot_routine_get_is_user (routine))
    gtk_box_append (GTK_BOX (box),
                    create_action_button (routine, "routines.delete",
                                          "user-trash-symbolic", NULL, _("Delete"),
                                          g_strdup_printf (_("Delete %s"), name)));
  gtk_box_append (GTK_BOX (box), create_handout_button (routine));

  gtk_accessible_update_property (GTK_ACCESSIBLE (start), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_actionable_set_detailed_action_name (GTK_ACTIONABLE (start), detailed);
  gtk_widget_set_valign (start, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (start, TRUE);
  gtk_widget_set_halign (start, GTK_ALIGN_END);
  gtk_widget_add_css_class (start, "suggested-action");
  gtk_widget_add_css_class (start, "pill");
  gtk_box_append (GTK_BOX (box), start);

  return row;
}

static GtkWidget *
create_routine_row (gpointer item,
                    gpointer user_data)
{
  UnknotRoutine *routine = item;
  UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  GListModel *items = unknot_routine_get_items (routine);
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *subtitle = NULL;
  guint minutes = (unknot_routine_estimate_seconds (routine, &times) + 30) / 60;

  /* Translators: a routine's goal, then its length, e.g. "Before a workout · about 5 min" */
  subtitle = g_strdup_printf (_("%s · about %u min"), unknot_routine_get_goal (routine),
                              MAX (minutes, 1));
  if (unknot_routine_get_client (routine) != NULL)
    {
      g_autofree char *goal = g_steal_pointer (&subtitle);

      /* Translators: who a routine is for, then its goal and length, e.g.
       * "For Sam · Before a workout · about 5 min" */
      subtitle = g_strdup_printf (_("For %s · %s"), unknot_routine_get_client (routine), goal);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unknot_routine_get_name (routine));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  g_signal_connect_data (row, "notify::expanded", G_CALLBACK (on_expanded),
                         g_strdup (unknot_routine_get_id (routine)), (GClosureNotify) g_free, 0);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_summary_row (routine));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_actions_row (routine));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(UnknotRoutineItem) routine_item = g_list_model_get_item (items, i);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_item_row (routine_item));
    }

  return row;
}

static gboolean
routine_is_user (gpointer item,
                 gpointer user_data)
{
  return unknot_routine_get_is_user (item) == GPOINTER_TO_INT (user_data);
}

static GListModel *
filter_routines (UnknotLibrary *library,
                 gboolean       user)
{
  GtkFilter *filter = GTK_FILTER (gtk_custom_filter_new (routine_is_user,
                                                         GINT_TO_POINTER (user), NULL));
  GListModel *routines = g_object_ref (unknot_library_get_routines (library));

  return G_LIST_MODEL (gtk_filter_list_model_new (routines, filter));
}

static GtkWidget *
create_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("Make a routine on the body map, or import a file"));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);

  return label;
}

/* The rows are made when the page is first shown, not at start-up. */
static void
unknot_routines_page_bind (UnknotRoutinesPage *self)
{
  g_autoptr(GListModel) builtin = NULL;
  g_autoptr(GListModel) user = NULL;

  if (self->bound || self->library == NULL)
    return;

  self->bound = TRUE;
  builtin = filter_routines (self->library, FALSE);
  user = filter_routines (self->library, TRUE);
  gtk_list_box_bind_model (self->builtin_list, builtin, create_routine_row, NULL, NULL);
  gtk_list_box_bind_model (self->user_list, user, create_routine_row, NULL, NULL);
  gtk_list_box_set_placeholder (self->user_list, create_placeholder ());
}

/* Where the routines come from, and where deleting and Save As go */
void
unknot_routines_page_set_store (UnknotRoutinesPage *self,
                                UnknotStore        *store)
{
  g_return_if_fail (UNKNOT_IS_ROUTINES_PAGE (self));
  g_return_if_fail (UNKNOT_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_set_object (&self->library, unknot_store_get_library (store));
  self->bound = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    unknot_routines_page_bind (self);
}

static UnknotRoutine *
lookup_routine (UnknotRoutinesPage *self,
                GVariant           *parameter)
{
  if (self->library == NULL)
    return NULL;

  return unknot_library_get_routine (self->library, g_variant_get_string (parameter, NULL));
}

static void
unknot_routines_page_start_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (widget);
  UnknotRoutine *routine = lookup_routine (self, parameter);

  if (routine != NULL)
    g_signal_emit (self, signals[START_ROUTINE], 0, routine);
}

static void
unknot_routines_page_select_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (widget);
  UnknotRoutine *routine = lookup_routine (self, parameter);

  if (routine != NULL)
    g_signal_emit (self, signals[ROUTINE_SELECTED], 0, routine);
}

static void
unknot_routines_page_edit_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (widget);
  UnknotRoutine *routine = lookup_routine (self, parameter);

  if (routine != NULL && unknot_routine_get_is_user (routine))
    g_signal_emit (self, signals[EDIT_ROUTINE], 0, routine);
}

/* A copy of a built-in routine, to change and save as the user's own. */
static void
unknot_routines_page_duplicate_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (widget);
  UnknotRoutine *routine = lookup_routine (self, parameter);
  g_autoptr(UnknotRoutine) copy = NULL;
  g_autofree char *name = NULL;

  if (routine == NULL)
    return;

  /* Translators: the name of a copy of a routine, e.g. "Warm-up (my copy)" */
  name = g_strdup_printf (_("%s (my copy)"), unknot_routine_get_name (routine));
  copy = unknot_routine_copy (routine, unknot_routine_get_id (routine));
  unknot_routine_set_name (copy, name);
  g_signal_emit (self, signals[EDIT_ROUTINE], 0, copy);
}

static void
toast (UnknotRoutinesPage *self,
       const char         *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
on_routine_deleted (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UnknotRoutinesPage *self = g_task_get_source_object (task);
  UnknotRoutine *routine = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *undo;

  if (!unknot_store_delete_routine_finish (UNKNOT_STORE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }

  g_set_object (&self->deleted, routine);
  /* Translators: %s is the name of a routine */
  title = g_strdup_printf (_("Deleted “%s”"), unknot_routine_get_name (routine));
  undo = adw_toast_new (title);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "routines.undo-delete");
  adw_toast_set_priority (undo, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, undo);
}

/* The task only carries the page and the routine to a store callback */
static GTask *
routine_task (UnknotRoutinesPage *self,
              UnknotRoutine      *routine)
{
  GTask *task = g_task_new (self, NULL, NULL, NULL);

  g_task_set_task_data (task, g_object_ref (routine), g_object_unref);
  return task;
}

static void
unknot_routines_page_delete_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (widget);
  UnknotRoutine *routine = lookup_routine (self, parameter);

  if (routine == NULL || !unknot_routine_get_is_user (routine))
    return;

  unknot_store_delete_routine_async (self->store, routine, self->cancellable,
                                     on_routine_deleted, routine_task (self, routine));
}

static void
on_saved_as (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UnknotRoutinesPage *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;

  if (!unknot_store_export_routine_finish (UNKNOT_STORE (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }

  basename = g_file_get_basename (file);
  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Saved to “%s”"), basename);
  toast (self, text);
}

static void
on_restored (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UnknotRoutinesPage *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;

  if (!unknot_store_save_routine_finish (UNKNOT_STORE (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    toast (self, error->message);
}

static void
on_save_as_response (GtkNativeDialog    *dialog,
                     int                 response,
                     UnknotRoutinesPage *self)
{
  g_autoptr(UnknotRoutine) routine = g_steal_pointer (&self->saving_as);
  g_autoptr(GFile) file = NULL;
  GTask *task;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);

  if (file == NULL || routine == NULL || self->store == NULL)
    return;

  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  unknot_store_export_routine_async (self->store, routine, file, self->cancellable, on_saved_as,
                                     task);
}

static void
unknot_routines_page_save_as_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (widget);
  UnknotRoutine *routine = lookup_routine (self, parameter);
  GtkNative *native = gtk_widget_get_native (widget);
  GtkFileChooserNative *chooser;

  if (routine == NULL || self->saving_as != NULL)
    return;

  g_set_object (&self->saving_as, routine);
  chooser = unknot_routine_save_chooser_new (GTK_WINDOW (native),
                                             unknot_routine_get_name (routine));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_as_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
unknot_routines_page_undo_delete_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (widget);
  g_autoptr(UnknotRoutine) routine = g_steal_pointer (&self->deleted);

  if (routine == NULL || self->store == NULL)
    return;

  unknot_store_save_routine_async (self->store, routine, self->cancellable, on_restored,
                                   routine_task (self, routine));
}

static void
unknot_routines_page_dispose (GObject *object)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (object);

  /* The toast overlay is the bin's own child: let the bin drop it. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_ROUTINES_PAGE);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->deleted);
  g_clear_object (&self->saving_as);
  g_clear_object (&self->library);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (unknot_routines_page_parent_class)->dispose (object);
}

static void
unknot_routines_page_class_init (UnknotRoutinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_routines_page_dispose;

  signals[ROUTINE_SELECTED] =
    g_signal_new ("routine-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, UNKNOT_TYPE_ROUTINE);
  signals[START_ROUTINE] =
    g_signal_new ("start-routine", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, UNKNOT_TYPE_ROUTINE);

  /**
   * UnknotRoutinesPage::edit-routine:
   * @routine: one of the user's routines, or a copy of a built-in one
   *
   * The user wants to change @routine in the editor.
   */
  signals[EDIT_ROUTINE] =
    g_signal_new ("edit-routine", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, UNKNOT_TYPE_ROUTINE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-routines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, builtin_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, user_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, user_group);

  gtk_widget_class_install_action (widget_class, "routines.start", "s",
                                   unknot_routines_page_start_action);
  gtk_widget_class_install_action (widget_class, "routines.select", "s",
                                   unknot_routines_page_select_action);
  gtk_widget_class_install_action (widget_class, "routines.edit", "s",
                                   unknot_routines_page_edit_action);
  gtk_widget_class_install_action (widget_class, "routines.duplicate", "s",
                                   unknot_routines_page_duplicate_action);
  gtk_widget_class_install_action (widget_class, "routines.delete", "s",
                                   unknot_routines_page_delete_action);
  gtk_widget_class_install_action (widget_class, "routines.save-as", "s",
                                   unknot_routines_page_save_as_action);
  gtk_widget_class_install_action (widget_class, "routines.undo-delete", NULL,
                                   unknot_routines_page_undo_delete_action);
}

static void
unknot_routines_page_init (UnknotRoutinesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  g_signal_connect (self, "map", G_CALLBACK (unknot_routines_page_bind), NULL);
}
