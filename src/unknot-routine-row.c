/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-muscle.h"
#include "unknot-routine-item.h"
#include "unknot-routine-row.h"
#include "unknot-technique-picture.h"
#include "unknot-tool.h"

/* One routine in the routines page: its goal and length, opening to a
 * Start button and its items. */
struct _UnknotRoutineRow
{
  AdwExpanderRow  parent_instance;

  UnknotRoutine  *routine;

  AdwActionRow   *start_row;
  GtkButton      *start_button;
};

G_DEFINE_FINAL_TYPE (UnknotRoutineRow, unknot_routine_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_ROUTINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 unknot_muscle_get_name (unknot_technique_get_muscle (technique)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             unknot_technique_picture_new_thumbnail (technique));

  return row;
}

static void
unknot_routine_row_constructed (GObject *object)
{
  UnknotRoutineRow *self = UNKNOT_ROUTINE_ROW (object);
  UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  GListModel *items = unknot_routine_get_items (self->routine);
  guint minutes = (unknot_routine_estimate_seconds (self->routine, &times) + 30) / 60;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;

  G_OBJECT_CLASS (unknot_routine_row_parent_class)->constructed (object);

  /* Translators: a routine's goal, then its length, e.g. "Before a workout · about 5 min" */
  subtitle = g_strdup_printf (_("%s · about %u min"), unknot_routine_get_goal (self->routine),
                              MAX (minutes, 1));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 unknot_routine_get_name (self->routine));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->start_row),
                                 unknot_routine_get_summary (self->routine));

  label = g_strdup_printf (_("Start %s"), unknot_routine_get_name (self->routine));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->start_button), "s",
                                    unknot_routine_get_id (self->routine));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (items, i);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), create_item_row (item));
    }
}

static void
unknot_routine_row_dispose (GObject *object)
{
  UnknotRoutineRow *self = UNKNOT_ROUTINE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_ROUTINE_ROW);
  g_clear_object (&self->routine);

  G_OBJECT_CLASS (unknot_routine_row_parent_class)->dispose (object);
}

static void
unknot_routine_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  UnknotRoutineRow *self = UNKNOT_ROUTINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      g_value_set_object (value, self->routine);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_routine_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  UnknotRoutineRow *self = UNKNOT_ROUTINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      self->routine = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_routine_row_class_init (UnknotRoutineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = unknot_routine_row_constructed;
  object_class->dispose = unknot_routine_row_dispose;
  object_class->get_property = unknot_routine_row_get_property;
  object_class->set_property = unknot_routine_row_set_property;

  properties[PROP_ROUTINE] =
    g_param_spec_object ("routine", NULL, NULL, UNKNOT_TYPE_ROUTINE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-routine-row.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineRow, start_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineRow, start_button);
}

static void
unknot_routine_row_init (UnknotRoutineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
unknot_routine_row_new (UnknotRoutine *routine)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (routine), NULL);

  return g_object_new (UNKNOT_TYPE_ROUTINE_ROW, "routine", routine, NULL);
}

UnknotRoutine *
unknot_routine_row_get_routine (UnknotRoutineRow *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ROW (self), NULL);

  return self->routine;
}
