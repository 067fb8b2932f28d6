/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-body-map-private.h"

/* How people reach the map: hovering and clicking, arrows between
 * regions, Enter to choose, Escape to clear, and the tooltips. */

const char *
unknot_body_map_region_at (UnknotBodyMap *self,
                           double         x,
                           double         y)
{
  const UnknotBodyHitMap *hits;

  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), NULL);

  _unknot_body_map_sync_frame (self);
  hits = _unknot_body_map_ensure_hits (self);

  return hits != NULL ? unknot_body_hit_map_lookup (hits, x, y) : NULL;
}

gboolean
unknot_body_map_get_region_point (UnknotBodyMap *self,
                                  const char    *region_id,
                                  double        *x,
                                  double        *y)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), FALSE);

  _unknot_body_map_sync_frame (self);
  if (_unknot_body_map_ensure_hits (self) == NULL
      || !_unknot_body_map_region_visible (self, region_id))
    return FALSE;

  return unknot_body_art_get_inner_point (_unknot_body_map_ensure_art (self), &self->frame,
                                          region_id, x, y);
}

static void
unknot_body_map_set_hover (UnknotBodyMap *self,
                           const char    *region_id)
{
  if (g_strcmp0 (self->hover_region, region_id) == 0)
    return;

  g_free (self->hover_region);
  self->hover_region = g_strdup (region_id);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), region_id != NULL ? "pointer" : NULL);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
unknot_body_map_set_focus_region (UnknotBodyMap *self,
                                  const char    *region_id)
{
  if (g_strcmp0 (self->focus_region, region_id) == 0)
    return;

  g_free (self->focus_region);
  self->focus_region = g_strdup (region_id);
  _unknot_body_map_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
unknot_body_map_select (UnknotBodyMap *self,
                        const char    *muscle_id,
                        UnknotSide     side)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (g_strcmp0 (self->selected_muscle, muscle_id) != 0)
    {
      g_free (self->selected_muscle);
      self->selected_muscle = g_strdup (muscle_id);
      g_object_notify_by_pspec (G_OBJECT (self), _unknot_body_map_properties[PROP_SELECTED_MUSCLE]);
    }
  if (self->selected_side != side)
    {
      self->selected_side = side;
      g_object_notify_by_pspec (G_OBJECT (self), _unknot_body_map_properties[PROP_SELECTED_SIDE]);
    }
  g_object_thaw_notify (G_OBJECT (self));

  _unknot_body_map_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
unknot_body_map_toggle_region (UnknotBodyMap *self,
                               UnknotRegion  *region)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *area = _unknot_body_map_region_get_area (region);
  g_auto(GStrv) picked = NULL;
  gboolean was_picked = FALSE;

  for (guint i = 0; self->picked != NULL && self->picked[i] != NULL; i++)
    {
      if (g_str_equal (self->picked[i], area))
        was_picked = TRUE;
      else
        g_strv_builder_add (builder, self->picked[i]);
    }
  if (!was_picked)
    g_strv_builder_add (builder, area);

  picked = g_strv_builder_end (builder);
  unknot_body_map_set_picked (self, (const char * const *) picked);
}

/* A zone is never selected: it only asks the window to explain it.  When
 * picking for a plan, a click picks or unpicks any area, zones included.
 */
static void
unknot_body_map_activate_region (UnknotBodyMap *self,
                                 const char    *region_id)
{
  UnknotRegion *region = _unknot_body_map_get_region (self, region_id);
  const char *target;

  if (region == NULL)
    return;

  if (self->multi_select)
    {
      unknot_body_map_toggle_region (self, region);
      return;
    }

  target = unknot_region_get_target_id (region);
  if (unknot_region_is_zone (region))
    {
      g_signal_emit (self, _unknot_body_map_signals[ZONE_ACTIVATED], 0, target);
      return;
    }

  unknot_body_map_select (self, target, unknot_region_get_side (region));
  g_signal_emit (self, _unknot_body_map_signals[MUSCLE_ACTIVATED], 0, target, unknot_region_get_side (region));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           UnknotBodyMap            *self)
{
  unknot_body_map_set_hover (self, unknot_body_map_region_at (self, x, y));
}

static void
on_leave (GtkEventControllerMotion *controller,
          UnknotBodyMap            *self)
{
  unknot_body_map_set_hover (self, NULL);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   UnknotBodyMap   *self)
{
  const char *region_id = unknot_body_map_region_at (self, x, y);

  if (region_id == NULL)
    return;

  unknot_body_map_set_focus_region (self, region_id);
  unknot_body_map_activate_region (self, region_id);
}

static gboolean
unknot_body_map_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard,
                               GtkTooltip *tooltip)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (widget);
  const char *region_id = keyboard ? self->focus_region : unknot_body_map_region_at (self, x, y);
  UnknotRegion *region = _unknot_body_map_get_region (self, region_id);
  g_autofree char *text = NULL;

  if (region == NULL)
    return FALSE;

  text = _unknot_body_map_describe_region (self, region, " — ");
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static const char *
unknot_body_map_first_region (UnknotBodyMap *self)
{
  GListModel *regions = unknot_library_get_regions (self->library);

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);

      if (_unknot_body_map_region_is_selected (self, region)
          && _unknot_body_map_region_visible (self, unknot_region_get_id (region)))
        return unknot_region_get_id (region);
    }

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);

      if (_unknot_body_map_region_visible (self, unknot_region_get_id (region)))
        return unknot_region_get_id (region);
    }

  return NULL;
}

static void
unknot_body_map_move_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (widget);
  const char *next = NULL;
  double dx, dy;

  _unknot_body_map_sync_frame (self);
  if (_unknot_body_map_ensure_hits (self) == NULL)
    return;

  g_variant_get (parameter, "(dd)", &dx, &dy);
  if (self->focus_region != NULL && _unknot_body_map_region_visible (self, self->focus_region))
    next = unknot_body_hit_map_find_neighbour (self->hits, self->focus_region, dx, dy);
  else
    next = unknot_body_map_first_region (self);

  if (next != NULL)
    unknot_body_map_set_focus_region (self, next);
  else
    gtk_widget_error_bell (widget);
}

static void
unknot_body_map_activate_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (widget);

  if (self->focus_region != NULL)
    unknot_body_map_activate_region (self, self->focus_region);
}

static void
unknot_body_map_clear_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  unknot_body_map_select (UNKNOT_BODY_MAP (widget), NULL, UNKNOT_SIDE_NONE);
}

static void
unknot_body_map_focus_changed (UnknotBodyMap *self)
{
  if (gtk_widget_has_focus (GTK_WIDGET (self)) && self->focus_region == NULL
      && self->library != NULL)
    {
      _unknot_body_map_sync_frame (self);
      _unknot_body_map_ensure_hits (self);
      unknot_body_map_set_focus_region (self, unknot_body_map_first_region (self));
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The pointer hovers and clicks; focus shows the region the keys are on. */
void
_unknot_body_map_init_input (UnknotBodyMap *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (self, "notify::has-focus",
                            G_CALLBACK (unknot_body_map_focus_changed), self);
}

/* Arrows move between regions, Enter or Space chooses, Escape clears. */
void
_unknot_body_map_class_init_input (GtkWidgetClass *widget_class)
{
  static const struct {
    guint  key;
    double dx, dy;
  } arrows[] = {
    { GDK_KEY_Up, 0, -1 }, { GDK_KEY_Down, 0, 1 },
    { GDK_KEY_Left, -1, 0 }, { GDK_KEY_Right, 1, 0 },
    { GDK_KEY_KP_Up, 0, -1 }, { GDK_KEY_KP_Down, 0, 1 },
    { GDK_KEY_KP_Left, -1, 0 }, { GDK_KEY_KP_Right, 1, 0 },
  };
  static const guint activate_keys[] = {
    GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space, GDK_KEY_KP_Space,
  };

  gtk_widget_class_install_action (widget_class, "map.move", "(dd)",
                                   unknot_body_map_move_action);
  gtk_widget_class_install_action (widget_class, "map.activate", NULL,
                                   unknot_body_map_activate_action);
  gtk_widget_class_install_action (widget_class, "map.clear", NULL,
                                   unknot_body_map_clear_action);

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    gtk_widget_class_add_binding_action (widget_class, arrows[i].key, 0, "map.move",
                                         "(dd)", arrows[i].dx, arrows[i].dy);
  for (guint i = 0; i < G_N_ELEMENTS (activate_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, activate_keys[i], 0, "map.activate",
                                         NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "map.clear", NULL);
  widget_class->query_tooltip = unknot_body_map_query_tooltip;
}
