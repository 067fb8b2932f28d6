/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-plan-panel.h"
#include "unknot-routine-editor.h"

struct _UnknotPlanPanel
{
  AdwBin          parent_instance;

  UnknotPlanner  *planner;
  UnknotStore    *store;
  UnknotLibrary  *library;
  GCancellable   *cancellable;
  UnknotPlan     *plan;
  GStrv           picked;
  GStrv           tools;

  GtkSpinButton  *minutes_button;
  AdwComboRow    *when_row;
  AdwPreferencesGroup *items_group;
  GtkListBox     *items_list;
  GtkWidget      *replaced_group;
  GtkListBox     *replaced_list;
  GtkWidget      *left_out_group;
  GtkListBox     *left_out_list;
  GtkWidget      *stretches_group;
  GtkListBox     *stretches_list;
  GtkWidget      *save_button;
  GtkWidget      *start_button;
};

G_DEFINE_FINAL_TYPE (UnknotPlanPanel, unknot_plan_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PICKED,
  PROP_TOOLS,
  N_PROPS
};

enum {
  START_ROUTINE,
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
unknot_plan_panel_new (void)
{
  return g_object_new (UNKNOT_TYPE_PLAN_PANEL, NULL);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle,
            const char *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (suffix != NULL)
    {
      GtkWidget *label = gtk_label_new (suffix);

      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
}

/* "Foam roller, both sides, 2 × 30 seconds" and "2:20" */
static GtkWidget *
create_item_row (UnknotRoutineItem *item)
{
  const UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  UnknotTechnique *technique = unknot_routine_item_get_technique (item);
  guint reps = unknot_routine_item_get_reps (item);
  guint hold = unknot_routine_item_get_hold (item);
  guint seconds = unknot_routine_item_get_n_sides (item) *
                  (times.position_seconds +
                   reps * (times.search_seconds + times.release_seconds + hold));
  UnknotSide sides = unknot_technique_get_per_side (technique)
                     ? unknot_routine_item_get_sides (item) : UNKNOT_SIDE_NONE;
  g_autofree char *subtitle = NULL;
  g_autofree char *duration = NULL;

  /* Translators: a tool, a side, then holds, e.g. "Foam roller, both sides, 2 × 30 s" */
  subtitle = g_strdup_printf (_("%s, %s, %u × %u s"),
                              unknot_tool_get_name (unknot_technique_get_tool (technique)),
                              sides == UNKNOT_SIDE_NONE ? _("in the middle")
                                                        : unknot_side_get_label (sides),
                              reps, hold);
  /* Translators: minutes and seconds, e.g. "2:20" */
  duration = g_strdup_printf (_("%u:%02u"), seconds / 60, seconds % 60);

  return create_row (unknot_muscle_get_name (unknot_technique_get_muscle (technique)),
                     subtitle, duration);
}

static void
fill_notes (GtkListBox *list,
            GtkWidget  *group,
            GPtrArray  *notes)
{
  clear_list (list);
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      const UnknotPlanNote *note = g_ptr_array_index (notes, i);

      gtk_list_box_append (list, create_row (note->name, note->text, NULL));
    }
  gtk_widget_set_visible (group, notes != NULL && notes->len > 0);
}

static void
fill_items (UnknotPlanPanel *self)
{
  GListModel *items = self->plan != NULL
                      ? unknot_routine_get_items (unknot_plan_get_routine (self->plan)) : NULL;
  guint n_items = items != NULL ? g_list_model_get_n_items (items) : 0;
  g_autofree char *total = NULL;

  clear_list (self->items_list);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (items, i);

      gtk_list_box_append (self->items_list, create_item_row (item));
    }

  if (n_items == 0)
    {
      gtk_list_box_append (self->items_list,
                           create_row (_("Nothing picked yet"),
                                       _("Click an area on the body map to add it."), NULL));
      adw_preferences_group_set_description (self->items_group, NULL);
    }
  else
    {
      guint seconds = unknot_plan_get_seconds (self->plan);
      guint minutes = unknot_plan_get_minutes (self->plan);

      total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "About %u:%02u of %u minute",
                                            "About %u:%02u of %u minutes", minutes),
                               seconds / 60, seconds % 60, minutes);
      adw_preferences_group_set_description (self->items_group, total);
    }

  gtk_widget_set_sensitive (self->start_button, n_items > 0);
  gtk_widget_set_sensitive (self->save_button, n_items > 0);
}

static void
unknot_plan_panel_update (UnknotPlanPanel *self)
{
  UnknotPlanWhen when = (UnknotPlanWhen) adw_combo_row_get_selected (self->when_row);
  guint minutes = (guint) gtk_spin_button_get_value_as_int (self->minutes_button);
  g_autoptr(GError) error = NULL;

  if (self->items_list == NULL)  /* the template is still being built */
    return;

  g_clear_pointer (&self->plan, unknot_plan_unref);
  if (self->planner != NULL)
    {
      self->plan = unknot_planner_plan (self->planner, (const char * const *) self->picked,
                                        minutes, MIN (when, UNKNOT_PLAN_WHEN_AFTER),
                                        (const char * const *) self->tools, &error);
      /* The map and the preferences only offer what the content knows. */
      if (error != NULL)
        g_warning ("Cannot plan: %s", error->message);
    }

  fill_items (self);
  fill_notes (self->replaced_list, self->replaced_group,
              self->plan != NULL ? unknot_plan_get_replaced (self->plan) : NULL);
  fill_notes (self->left_out_list, self->left_out_group,
              self->plan != NULL ? unknot_plan_get_left_out (self->plan) : NULL);
  fill_notes (self->stretches_list, self->stretches_group,
              self->plan != NULL ? unknot_plan_get_stretches (self->plan) : NULL);
}

void
unknot_plan_panel_set_library (UnknotPlanPanel *self,
                               UnknotLibrary   *library)
{
  g_return_if_fail (UNKNOT_IS_PLAN_PANEL (self));
  g_return_if_fail (!library || UNKNOT_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  g_clear_object (&self->planner);
  if (library != NULL)
    self->planner = unknot_planner_new (library);
  unknot_plan_panel_update (self);
}

const char * const *
unknot_plan_panel_get_picked (UnknotPlanPanel *self)
{
  g_return_val_if_fail (UNKNOT_IS_PLAN_PANEL (self), NULL);

  return (const char * const *) self->picked;
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  return a == NULL || b == NULL ? a == b : g_strv_equal (a, b);
}

/**
 * unknot_plan_panel_set_picked:
 * @self: a plan panel
 * @areas: (nullable): the areas picked on the map, first picked first
 */
void
unknot_plan_panel_set_picked (UnknotPlanPanel    *self,
                              const char * const *areas)
{
  g_return_if_fail (UNKNOT_IS_PLAN_PANEL (self));

  if (strv_equal ((const char * const *) self->picked, areas))
    return;

  g_strfreev (self->picked);
  self->picked = g_strdupv ((GStrv) areas);
  unknot_plan_panel_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PICKED]);
}

/**
 * unknot_plan_panel_set_tools:
 * @self: a plan panel
 * @tools: (nullable): the tool ids the person owns, or %NULL for all
 */
void
unknot_plan_panel_set_tools (UnknotPlanPanel    *self,
                             const char * const *tools)
{
  g_return_if_fail (UNKNOT_IS_PLAN_PANEL (self));

  if (strv_equal ((const char * const *) self->tools, tools))
    return;

  g_strfreev (self->tools);
  self->tools = g_strdupv ((GStrv) tools);
  unknot_plan_panel_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOOLS]);
}

void
unknot_plan_panel_set_minutes (UnknotPlanPanel *self,
                               guint            minutes)
{
  g_return_if_fail (UNKNOT_IS_PLAN_PANEL (self));

  gtk_spin_button_set_value (self->minutes_button, minutes);
}

/**
 * unknot_plan_panel_get_plan:
 * @self: a plan panel
 *
 * Returns: (nullable) (transfer none): the plan shown
 */
UnknotPlan *
unknot_plan_panel_get_plan (UnknotPlanPanel *self)
{
  g_return_val_if_fail (UNKNOT_IS_PLAN_PANEL (self), NULL);

  return self->plan;
}

static void
on_start_clicked (UnknotPlanPanel *self)
{
  if (self->plan != NULL)
    g_signal_emit (self, signals[START_ROUTINE], 0, unknot_plan_get_routine (self->plan));
}

static void
on_done_clicked (UnknotPlanPanel *self)
{
  g_signal_emit (self, signals[FINISHED], 0, NULL);
}

static void
show_save_problem (UnknotPlanPanel *self,
                   const GError    *error)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();
  UnknotPlanNote note = { NULL, UNKNOT_SIDE_NONE, _("Could not save"), error->message };

  g_ptr_array_add (notes, &note);
  fill_notes (self->left_out_list, self->left_out_group, notes);
}

static void
on_plan_saved (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UnknotPlanPanel *self = g_task_get_source_object (task);
  UnknotRoutine *routine = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (unknot_store_save_routine_finish (UNKNOT_STORE (object), result, &error))
    g_signal_emit (self, signals[FINISHED], 0, routine);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_save_problem (self, error);

  gtk_widget_set_sensitive (self->save_button, TRUE);
}

/* Kept as the person's own routine under a name that says what it is */
static void
on_save_clicked (UnknotPlanPanel *self)
{
  UnknotRoutine *planned;
  GListModel *items;
  g_autoptr(UnknotRoutine) routine = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *id = NULL;

  if (self->plan == NULL || self->store == NULL)
    return;

  planned = unknot_plan_get_routine (self->plan);
  /* Translators: the name of a saved plan, e.g. "10-Minute Plan" */
  name = g_strdup_printf (_("%u-Minute Plan"), unknot_plan_get_minutes (self->plan));
  id = unknot_routine_make_id (self->library, name);
  routine = unknot_routine_new (id, name, unknot_routine_get_goal (planned),
                                unknot_routine_get_summary (planned));
  items = unknot_routine_get_items (planned);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (items, i);

      unknot_routine_append_item (routine, unknot_routine_item_get_technique (item),
                                  unknot_routine_item_get_sides (item),
                                  unknot_routine_item_get_hold (item),
                                  unknot_routine_item_get_reps (item));
    }

  /* The task only carries the panel and the routine to the callback */
  task = g_task_new (self, NULL, NULL, NULL);
  g_task_set_task_data (task, g_object_ref (routine), g_object_unref);
  gtk_widget_set_sensitive (self->save_button, FALSE);
  unknot_store_save_routine_async (self->store, routine, self->cancellable, on_plan_saved,
                                   g_steal_pointer (&task));
}

/* Where "Save as Routine" keeps the plan */
void
unknot_plan_panel_set_store (UnknotPlanPanel *self,
                             UnknotStore     *store)
{
  g_return_if_fail (UNKNOT_IS_PLAN_PANEL (self));
  g_return_if_fail (store == NULL || UNKNOT_IS_STORE (store));

  g_set_object (&self->store, store);
}

static void
unknot_plan_panel_dispose (GObject *object)
{
  UnknotPlanPanel *self = UNKNOT_PLAN_PANEL (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_PLAN_PANEL);
  g_clear_pointer (&self->plan, unknot_plan_unref);
  g_clear_object (&self->planner);
  g_clear_object (&self->library);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (unknot_plan_panel_parent_class)->dispose (object);
}

static void
unknot_plan_panel_finalize (GObject *object)
{
  UnknotPlanPanel *self = UNKNOT_PLAN_PANEL (object);

  g_strfreev (self->picked);
  g_strfreev (self->tools);

  G_OBJECT_CLASS (unknot_plan_panel_parent_class)->finalize (object);
}

static void
unknot_plan_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  UnknotPlanPanel *self = UNKNOT_PLAN_PANEL (object);

  switch (prop_id)
    {
    case PROP_PICKED:
      g_value_set_boxed (value, self->picked);
      break;

    case PROP_TOOLS:
      g_value_set_boxed (value, self->tools);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_plan_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  UnknotPlanPanel *self = UNKNOT_PLAN_PANEL (object);

  switch (prop_id)
    {
    case PROP_PICKED:
      unknot_plan_panel_set_picked (self, g_value_get_boxed (value));
      break;

    case PROP_TOOLS:
      unknot_plan_panel_set_tools (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_plan_panel_class_init (UnknotPlanPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = unknot_plan_panel_dispose;
  object_class->finalize = unknot_plan_panel_finalize;
  object_class->get_property = unknot_plan_panel_get_property;
  object_class->set_property = unknot_plan_panel_set_property;

  properties[PROP_PICKED] = g_param_spec_boxed ("picked", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_TOOLS] = g_param_spec_boxed ("tools", NULL, NULL, G_TYPE_STRV, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[START_ROUTINE] =
    g_signal_new ("start-routine", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, UNKNOT_TYPE_ROUTINE);
  /**
   * UnknotPlanPanel::finished:
   * @routine: (nullable): the routine saved, or %NULL when planning stopped
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, UNKNOT_TYPE_ROUTINE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-plan-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotPlanPanel, minutes_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlanPanel, when_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlanPanel, items_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlanPanel, items_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlanPanel, replaced_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlanPanel, replaced_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlanPanel, left_out_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlanPanel, left_out_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlanPanel, stretches_group);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlanPanel, stretches_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlanPanel, save_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotPlanPanel, start_button);
  gtk_widget_class_bind_template_callback (widget_class, unknot_plan_panel_update);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_done_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
}

static void
unknot_plan_panel_init (UnknotPlanPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  unknot_plan_panel_update (self);
}
