/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "unknot-muscle.h"
#include "unknot-routine-item-row.h"
#include "unknot-tool.h"
#include "unknot-types-private.h"

/* One item of a routine in the editor: its tool, sides and dose, a note,
 * and the handles to move or remove it.  The row changes its item and
 * says so; moving and removing are the editor's "editor.move-item" and
 * "editor.remove-item" actions, asked with the row's current index. */
struct _UnknotRoutineItemRow
{
  GtkListBoxRow      parent_instance;

  UnknotRoutineItem *item;
  guint              position;

  GtkWidget         *header;
  GtkLabel          *title_label;
  GtkLabel          *dose_label;
  GtkWidget         *up_button;
  GtkWidget         *down_button;
  GtkWidget         *remove_button;
  GtkDropDown       *tool_dropdown;
  GtkDropDown       *sides_dropdown;
  GtkWidget         *once_label;
  GtkSpinButton     *hold_spin;
  GtkAdjustment     *hold_adjustment;
  GtkSpinButton     *reps_spin;
  GtkAdjustment     *reps_adjustment;
  GtkEditable       *note_entry;
};

G_DEFINE_FINAL_TYPE (UnknotRoutineItemRow, unknot_routine_item_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The sides a per-side technique offers, in the order of the template's list */
static const UnknotSide per_side_choices[] = {
  UNKNOT_SIDE_BOTH, UNKNOT_SIDE_LEFT, UNKNOT_SIDE_RIGHT,
};

static UnknotMuscle *
row_get_muscle (UnknotRoutineItemRow *self)
{
  return unknot_technique_get_muscle (unknot_routine_item_get_technique (self->item));
}

static void
set_label (GtkWidget *widget,
           char      *label_owned)
{
  g_autofree char *label = label_owned;

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* Each control names its muscle, so a screen reader can tell the rows apart. */
static void
update_accessible_labels (UnknotRoutineItemRow *self)
{
  const char *muscle = unknot_muscle_get_name (row_get_muscle (self));
  g_autofree char *row_label = g_strdup_printf ("%u. %s", self->position, muscle);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  row_label, -1);
  /* Translators: the accessible names of an item's controls; %s is a muscle */
  set_label (GTK_WIDGET (self->tool_dropdown), g_strdup_printf (_("Tool for %s"), muscle));
  set_label (GTK_WIDGET (self->sides_dropdown), g_strdup_printf (_("Sides for %s"), muscle));
  set_label (GTK_WIDGET (self->hold_spin), g_strdup_printf (_("Hold seconds for %s"), muscle));
  set_label (GTK_WIDGET (self->reps_spin), g_strdup_printf (_("Repetitions for %s"), muscle));
  set_label (GTK_WIDGET (self->note_entry), g_strdup_printf (_("Note for %s"), muscle));
  set_label (self->up_button, g_strdup_printf (_("Move %s up"), muscle));
  set_label (self->down_button, g_strdup_printf (_("Move %s down"), muscle));
  set_label (self->remove_button, g_strdup_printf (_("Remove %s"), muscle));
}

/* The muscle, and so the list of tools, stays the same for the row's life:
 * the list is set once, as GTK 4.8 trips over a drop-down whose model is
 * replaced while assistive technologies watch it. */
static void
update_tools (UnknotRoutineItemRow *self)
{
  GListModel *techniques = unknot_muscle_get_techniques (row_get_muscle (self));
  UnknotTechnique *current = unknot_routine_item_get_technique (self->item);
  guint n_techniques = g_list_model_get_n_items (techniques);
  guint selected = 0;

  if (gtk_drop_down_get_model (self->tool_dropdown) == NULL)
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      for (guint i = 0; i < n_techniques; i++)
        {
          g_autoptr(UnknotTechnique) technique = g_list_model_get_item (techniques, i);

          gtk_string_list_append (names,
                                  unknot_tool_get_name (unknot_technique_get_tool (technique)));
        }
      gtk_drop_down_set_model (self->tool_dropdown, G_LIST_MODEL (names));
      gtk_widget_set_sensitive (GTK_WIDGET (self->tool_dropdown), n_techniques > 1);
    }

  for (guint i = 0; i < n_techniques; i++)
    {
      g_autoptr(UnknotTechnique) technique = g_list_model_get_item (techniques, i);

      if (technique == current)
        selected = i;
    }

  if (gtk_drop_down_get_selected (self->tool_dropdown) != selected)
    gtk_drop_down_set_selected (self->tool_dropdown, selected);
}

/* A technique that rolls both sides at once has no sides to choose. */
static void
update_sides (UnknotRoutineItemRow *self)
{
  UnknotTechnique *technique = unknot_routine_item_get_technique (self->item);
  gboolean per_side = unknot_technique_get_per_side (technique);
  UnknotSide sides = unknot_routine_item_get_sides (self->item);
  guint selected = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->sides_dropdown), per_side);
  gtk_widget_set_visible (GTK_WIDGET (self->once_label), !per_side);

  for (guint i = 0; i < G_N_ELEMENTS (per_side_choices); i++)
    if (per_side_choices[i] == sides)
      selected = i;
  if (gtk_drop_down_get_selected (self->sides_dropdown) != selected)
    gtk_drop_down_set_selected (self->sides_dropdown, selected);
}

static void
update_dose (UnknotRoutineItemRow *self)
{
  UnknotTechnique *technique = unknot_routine_item_get_technique (self->item);
  guint hold = unknot_routine_item_get_hold (self->item);
  guint reps = unknot_routine_item_get_reps (self->item);
  g_autofree char *dose = NULL;

  gtk_adjustment_configure (self->hold_adjustment, hold,
                            unknot_technique_get_hold_min (technique),
                            unknot_technique_get_hold_max (technique), 5, 10, 0);
  gtk_adjustment_configure (self->reps_adjustment, reps,
                            unknot_technique_get_reps_min (technique),
                            unknot_technique_get_reps_max (technique), 1, 1, 0);

  if (unknot_routine_item_get_n_sides (self->item) == 2)
    /* Translators: the time held on one muscle, e.g. "60 s on each side" */
    dose = g_strdup_printf (_("%u s on each side"), hold * reps);
  else
    /* Translators: the time held on one muscle, e.g. "60 s on the muscle" */
    dose = g_strdup_printf (_("%u s on the muscle"), hold * reps);
  gtk_label_set_label (self->dose_label, dose);
}

static void
update_from_item (UnknotRoutineItemRow *self)
{
  const char *note = unknot_routine_item_get_note (self->item);
  g_autofree char *entry_note = NULL;

  entry_note = _unknot_text_normalize_nullable (gtk_editable_get_text (self->note_entry));

  gtk_label_set_label (self->title_label, unknot_muscle_get_name (row_get_muscle (self)));
  update_tools (self);
  update_sides (self);
  update_dose (self);
  if (g_strcmp0 (entry_note, note) != 0)
    gtk_editable_set_text (self->note_entry, note != NULL ? note : "");
  update_accessible_labels (self);
}

static void
on_item_notify (UnknotRoutineItemRow *self)
{
  update_from_item (self);
}

static void
changed (UnknotRoutineItemRow *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_tool_selected (UnknotRoutineItemRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->tool_dropdown);
  g_autoptr(UnknotTechnique) technique = NULL;
  GListModel *techniques;

  if (self->item == NULL)
    return;

  techniques = unknot_muscle_get_techniques (row_get_muscle (self));
  if (selected == GTK_INVALID_LIST_POSITION ||
      (technique = g_list_model_get_item (techniques, selected)) == NULL ||
      technique == unknot_routine_item_get_technique (self->item))
    return;

  unknot_routine_item_set_technique (self->item, technique);
  changed (self);
}

static void
on_sides_selected (UnknotRoutineItemRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->sides_dropdown);

  if (self->item == NULL)
    return;

  if (!unknot_technique_get_per_side (unknot_routine_item_get_technique (self->item)) ||
      selected >= G_N_ELEMENTS (per_side_choices) ||
      per_side_choices[selected] == unknot_routine_item_get_sides (self->item))
    return;

  unknot_routine_item_set_sides (self->item, per_side_choices[selected]);
  changed (self);
}

static void
on_hold_changed (UnknotRoutineItemRow *self)
{
  guint hold = (guint) gtk_spin_button_get_value_as_int (self->hold_spin);

  if (self->item == NULL)
    return;

  if (hold == unknot_routine_item_get_hold (self->item))
    return;

  unknot_routine_item_set_hold (self->item, hold);
  changed (self);
}

static void
on_reps_changed (UnknotRoutineItemRow *self)
{
  guint reps = (guint) gtk_spin_button_get_value_as_int (self->reps_spin);

  if (self->item == NULL)
    return;

  if (reps == unknot_routine_item_get_reps (self->item))
    return;

  unknot_routine_item_set_reps (self->item, reps);
  changed (self);
}

static void
on_note_changed (UnknotRoutineItemRow *self)
{
  g_autofree char *note = NULL;

  if (self->item == NULL)
    return;

  note = _unknot_text_normalize_nullable (gtk_editable_get_text (self->note_entry));
  if (g_strcmp0 (unknot_routine_item_get_note (self->item), note) == 0)
    return;

  unknot_routine_item_set_note (self->item, note);
  changed (self);
}

static void
move_by (UnknotRoutineItemRow *self,
         int                   delta)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));

  if (index < 0 || index + delta < 0)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "editor.move-item", "(uu)",
                              (guint) index, (guint) (index + delta));
}

static void
unknot_routine_item_row_move_up_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  move_by (UNKNOT_ROUTINE_ITEM_ROW (widget), -1);
}

static void
unknot_routine_item_row_move_down_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  move_by (UNKNOT_ROUTINE_ITEM_ROW (widget), 1);
}

static void
unknot_routine_item_row_remove_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (widget));

  if (index >= 0)
    gtk_widget_activate_action (widget, "editor.remove-item", "u", (guint) index);
}

/* Drag and drop: the row itself travels, and the row it lands on says
 * where it goes. */
static GdkContentProvider *
on_drag_prepare (UnknotRoutineItemRow *self,
                 double                x,
                 double                y)
{
  return gdk_content_provider_new_typed (UNKNOT_TYPE_ROUTINE_ITEM_ROW, self);
}

static void
on_drag_begin (UnknotRoutineItemRow *self,
               GdkDrag              *drag,
               GtkDragSource        *source)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop (UnknotRoutineItemRow *self,
         const GValue         *value,
         double                x,
         double                y)
{
  GtkListBoxRow *source = g_value_get_object (value);
  int from = gtk_list_box_row_get_index (source);
  int to = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));

  if (from < 0 || to < 0 || from == to)
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "editor.move-item", "(uu)",
                              (guint) from, (guint) to);
  return TRUE;
}

static void
setup_drag_and_drop (UnknotRoutineItemRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (UNKNOT_TYPE_ROUTINE_ITEM_ROW, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (on_drag_prepare), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (on_drag_begin), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->header, GTK_EVENT_CONTROLLER (source));

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/* A wheel over a spin button would change a hold while the trainer only
 * scrolls the list: until the spin button has the keyboard, the wheel
 * scrolls the list, as GtkScrolledWindow would. */
static gboolean
on_spin_scroll (GtkEventControllerScroll *controller,
                double                    dx,
                double                    dy)
{
  GtkWidget *spin = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *scrolled = gtk_widget_get_ancestor (spin, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double page;

  if ((gtk_widget_get_state_flags (spin) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0 || scrolled == NULL)
    return FALSE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  page = gtk_adjustment_get_page_size (adjustment);
  gtk_adjustment_set_value (adjustment,
                            gtk_adjustment_get_value (adjustment) + dy * pow (page, 2.0 / 3.0));
  return TRUE;
}

static void
let_wheel_scroll_past (GtkWidget *spin)
{
  GtkEventController *controller;

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_spin_scroll), NULL);
  gtk_widget_add_controller (spin, controller);
}

static void
unknot_routine_item_row_dispose (GObject *object)
{
  UnknotRoutineItemRow *self = UNKNOT_ROUTINE_ITEM_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_ROUTINE_ITEM_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (unknot_routine_item_row_parent_class)->dispose (object);
}

static void
unknot_routine_item_row_class_init (UnknotRoutineItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_routine_item_row_dispose;

  /**
   * UnknotRoutineItemRow::changed:
   *
   * The user changed the item's technique, sides, dose or note.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-routine-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, header);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, dose_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, up_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, tool_dropdown);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, sides_dropdown);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, once_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, hold_spin);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, hold_adjustment);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, reps_spin);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, reps_adjustment);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutineItemRow, note_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_tool_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_sides_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_hold_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reps_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_note_changed);

  gtk_widget_class_install_action (widget_class, "row.move-up", NULL,
                                   unknot_routine_item_row_move_up_action);
  gtk_widget_class_install_action (widget_class, "row.move-down", NULL,
                                   unknot_routine_item_row_move_down_action);
  gtk_widget_class_install_action (widget_class, "row.remove", NULL,
                                   unknot_routine_item_row_remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "row.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK,
                                       "row.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "row.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK,
                                       "row.move-down", NULL);
}

static void
unknot_routine_item_row_init (UnknotRoutineItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_drag_and_drop (self);
  let_wheel_scroll_past (GTK_WIDGET (self->hold_spin));
  let_wheel_scroll_past (GTK_WIDGET (self->reps_spin));
}

GtkWidget *
unknot_routine_item_row_new (UnknotRoutineItem *item)
{
  UnknotRoutineItemRow *self;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ITEM (item), NULL);

  self = g_object_new (UNKNOT_TYPE_ROUTINE_ITEM_ROW, NULL);
  self->item = g_object_ref (item);
  update_from_item (self);
  g_signal_connect_object (item, "notify", G_CALLBACK (on_item_notify), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

UnknotRoutineItem *
unknot_routine_item_row_get_item (UnknotRoutineItemRow *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ITEM_ROW (self), NULL);

  return self->item;
}

/**
 * unknot_routine_item_row_set_position:
 * @self: a row
 * @position: the item's number in the routine, from 1, as the checker
 *   counts them
 * @n_items: how many items the routine has
 */
void
unknot_routine_item_row_set_position (UnknotRoutineItemRow *self,
                                      guint                 position,
                                      guint                 n_items)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE_ITEM_ROW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-up", position > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-down", position < n_items);

  if (self->position == position)
    return;

  self->position = position;
  update_from_item (self);
}
