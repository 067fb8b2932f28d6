/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-muscle.h"
#include "unknot-routine-editor.h"
#include "unknot-technique-picture.h"
#include "unknot-tool.h"

/* A routine of the user's own, made by clicking muscles on the map and
 * checked against the same rules as the built-in ones before it is saved. */
struct _UnknotRoutineEditor
{
  AdwBin               parent_instance;

  UnknotStore         *store;
  UnknotLibrary       *library;
  GCancellable        *cancellable;
  UnknotRoutine       *saving;
  GPtrArray           *techniques;

  AdwEntryRow         *name_row;
  AdwEntryRow         *goal_row;
  AdwPreferencesGroup *items_group;
  GtkListBox          *items_list;
  AdwPreferencesGroup *problems_group;
  GtkListBox          *problems_list;
  GtkWidget           *save_button;
};

G_DEFINE_FINAL_TYPE (UnknotRoutineEditor, unknot_routine_editor, ADW_TYPE_BIN)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void unknot_routine_editor_update (UnknotRoutineEditor *self);

GtkWidget *
unknot_routine_editor_new (void)
{
  return g_object_new (UNKNOT_TYPE_ROUTINE_EDITOR, NULL);
}

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

UnknotRoutine *
unknot_routine_editor_build (UnknotRoutineEditor *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  const char *goal = gtk_editable_get_text (GTK_EDITABLE (self->goal_row));
  g_autoptr(GString) summary = g_string_new (_("Made on the body map:"));
  g_autofree char *id = NULL;
  UnknotRoutine *routine;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE_EDITOR (self), NULL);

  for (guint i = 0; i < self->techniques->len; i++)
    {
      UnknotTechnique *technique = g_ptr_array_index (self->techniques, i);

      /* Translators: separates the muscles in a list, e.g. "calves, hamstrings" */
      g_string_append (summary, i == 0 ? " " : _(", "));
      g_string_append (summary, unknot_muscle_get_name (unknot_technique_get_muscle (technique)));
    }

  id = unknot_routine_make_id (self->library, name);
  routine = unknot_routine_new (id, name[0] != '\0' ? name : _("My routine"),
                                goal[0] != '\0' ? goal : _("My own routine"), summary->str);
  for (guint i = 0; i < self->techniques->len; i++)
    {
      UnknotTechnique *technique = g_ptr_array_index (self->techniques, i);

      unknot_routine_append_item (routine, technique, UNKNOT_SIDE_BOTH,
                                  unknot_technique_get_hold_default (technique),
                                  unknot_technique_get_reps_default (technique));
    }

  return routine;
}

static void
unknot_routine_editor_remove_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  UnknotRoutineEditor *self = UNKNOT_ROUTINE_EDITOR (widget);
  guint index = g_variant_get_uint32 (parameter);

  g_return_if_fail (index < self->techniques->len);

  g_ptr_array_remove_index (self->techniques, index);
  unknot_routine_editor_update (self);
}

static GtkWidget *
create_item_row (UnknotRoutineEditor *self,
                 guint                index)
{
  UnknotTechnique *technique = g_ptr_array_index (self->techniques, index);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *label = NULL;

  /* Translators: %s is a muscle's name */
  label = g_strdup_printf (_("Remove %s"),
                           unknot_muscle_get_name (unknot_technique_get_muscle (technique)));
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", index);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 unknot_muscle_get_name (unknot_technique_get_muscle (technique)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               unknot_tool_get_name (unknot_technique_get_tool (technique)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             unknot_technique_picture_new_thumbnail (technique));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static GtkWidget *
create_problem_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);

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
unknot_routine_editor_check (UnknotRoutineEditor *self,
                             UnknotRoutine       *routine)
{
  GPtrArray *problems = unknot_routine_check (routine);

  if (self->techniques->len == 0)
    g_ptr_array_add (problems, g_strdup (_("Click a muscle on the body map to add it.")));
  if (gtk_editable_get_text (GTK_EDITABLE (self->name_row))[0] == '\0')
    g_ptr_array_add (problems, g_strdup (_("Give the routine a name.")));

  return problems;
}

static void
unknot_routine_editor_update (UnknotRoutineEditor *self)
{
  UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  g_autoptr(UnknotRoutine) routine = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *length = NULL;
  guint minutes;

  if (self->library == NULL)
    return;

  routine = unknot_routine_editor_build (self);
  problems = unknot_routine_editor_check (self, routine);

  clear_list (self->items_list);
  for (guint i = 0; i < self->techniques->len; i++)
    gtk_list_box_append (self->items_list, create_item_row (self, i));
  gtk_widget_set_visible (GTK_WIDGET (self->items_list), self->techniques->len > 0);

  minutes = (unknot_routine_estimate_seconds (routine, &times) + 30) / 60;
  length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "About %u minute", "About %u minutes",
                                         minutes),
                            minutes);
  adw_preferences_group_set_description (self->items_group, self->techniques->len > 0 ? length
                                                                                      : NULL);

  clear_list (self->problems_list);
  for (guint i = 0; i < problems->len; i++)
    gtk_list_box_append (self->problems_list, create_problem_row (problems->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);
  gtk_widget_set_sensitive (self->save_button, problems->len == 0);
}

gboolean
unknot_routine_editor_can_save (UnknotRoutineEditor *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_EDITOR (self), FALSE);

  return gtk_widget_get_sensitive (self->save_button);
}

void
unknot_routine_editor_start (UnknotRoutineEditor *self)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE_EDITOR (self));

  g_ptr_array_set_size (self->techniques, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->goal_row), "");
  unknot_routine_editor_update (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

void
unknot_routine_editor_add_muscle (UnknotRoutineEditor *self,
                                  UnknotMuscle        *muscle)
{
  g_autoptr(UnknotTechnique) technique = NULL;

  g_return_if_fail (UNKNOT_IS_ROUTINE_EDITOR (self));
  g_return_if_fail (UNKNOT_IS_MUSCLE (muscle));

  technique = g_list_model_get_item (unknot_muscle_get_techniques (muscle), 0);
  if (technique == NULL)
    return;

  g_ptr_array_add (self->techniques, g_object_ref (technique));
  unknot_routine_editor_update (self);
}

static void
on_cancel_clicked (UnknotRoutineEditor *self)
{
  g_signal_emit (self, signals[FINISHED], 0, NULL);
}

static void
on_routine_saved (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(UnknotRoutineEditor) self = user_data;
  g_autoptr(UnknotRoutine) routine = g_steal_pointer (&self->saving);
  g_autoptr(GError) error = NULL;

  if (!unknot_store_save_routine_finish (UNKNOT_STORE (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_widget_set_sensitive (self->save_button, TRUE);
      clear_list (self->problems_list);
      gtk_list_box_append (self->problems_list, create_problem_row (error->message));
      gtk_widget_set_visible (GTK_WIDGET (self->problems_group), TRUE);
      return;
    }

  gtk_widget_set_sensitive (self->save_button, TRUE);
  g_signal_emit (self, signals[FINISHED], 0, routine);
}

static void
on_save_clicked (UnknotRoutineEditor *self)
{
  g_autoptr(UnknotRoutine) routine = unknot_routine_editor_build (self);

  if (self->saving != NULL)
    return;

  g_set_object (&self->saving, routine);
  gtk_widget_set_sensitive (self->save_button, FALSE);
  unknot_store_save_routine_async (self->store, routine, self->cancellable,
                                   on_routine_saved, g_object_ref (self));
}

static void
unknot_routine_editor_dispose (GObject *object)
{
  UnknotRoutineEditor *self = UNKNOT_ROUTINE_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->saving);
  g_clear_object (&self->library);
  g_clear_object (&self->store);
  g_clear_pointer (&self->techniques, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_ROUTINE_EDITOR);

  G_OBJECT_CLASS (unknot_routine_editor_parent_class)->dispose (object);
}

static void
unknot_routine_editor_class_init (UnknotRoutineEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_routine_editor_dispose;

  /**
   * UnknotRoutineEditor::finished:
   * @routine: (nullable): the saved routine, or %NULL when cancelled
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, UNKNOT_TYPE_ROUTINE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-routine-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, goal_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, items_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, items_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, problems_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, problems_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, unknot_routine_editor_update);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);

  gtk_widget_class_install_action (widget_class, "editor.remove", "u",
                                   unknot_routine_editor_remove_action);
}

static void
unknot_routine_editor_init (UnknotRoutineEditor *self)
{
  self->techniques = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
