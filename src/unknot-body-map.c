/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "unknot-body-map-private.h"
#include "unknot-image.h"

G_DEFINE_FINAL_TYPE (UnknotBodyMap, unknot_body_map, GTK_TYPE_WIDGET)

GParamSpec *_unknot_body_map_properties[N_PROPS];
guint _unknot_body_map_signals[N_SIGNALS];

GtkWidget *
unknot_body_map_new (void)
{
  return g_object_new (UNKNOT_TYPE_BODY_MAP, NULL);
}

static void
unknot_body_map_drop_base (UnknotBodyMap *self)
{
  g_clear_pointer (&self->base_surface, cairo_surface_destroy);
  g_clear_object (&self->base);
}

static void
unknot_body_map_drop_renderings (UnknotBodyMap *self)
{
  unknot_body_map_drop_base (self);
  g_clear_pointer (&self->hits, unknot_body_hit_map_free);
}

UnknotRegion *
_unknot_body_map_get_region (UnknotBodyMap *self,
                             const char    *region_id)
{
  if (self->library == NULL || region_id == NULL)
    return NULL;

  return unknot_library_get_region (self->library, region_id);
}

/* "Quadriceps, left side" or "Low back, no-roll zone" */
char *
_unknot_body_map_describe_region (UnknotBodyMap *self,
                                  UnknotRegion  *region,
                                  const char    *separator)
{
  const char *target = unknot_region_get_target_id (region);

  if (unknot_region_is_zone (region))
    return g_strdup_printf ("%s%s%s",
                            unknot_zone_get_name (unknot_library_get_zone (self->library, target)),
                            separator, _("no-roll zone"));

  if (unknot_region_get_side (region) == UNKNOT_SIDE_NONE)
    return g_strdup (unknot_muscle_get_name (unknot_library_get_muscle (self->library, target)));

  return g_strdup_printf ("%s%s%s",
                          unknot_muscle_get_name (unknot_library_get_muscle (self->library,
                                                                             target)),
                          separator, unknot_side_get_label (unknot_region_get_side (region)));
}

/* "hamstrings:left", "upper-back" or "knee:right": what a planner reads */
char *
_unknot_body_map_region_get_area (UnknotRegion *region)
{
  UnknotSide side = unknot_region_get_side (region);

  if (side == UNKNOT_SIDE_LEFT || side == UNKNOT_SIDE_RIGHT)
    return g_strdup_printf ("%s:%s", unknot_region_get_target_id (region),
                            unknot_side_to_string (side));

  return g_strdup (unknot_region_get_target_id (region));
}

static gboolean
unknot_body_map_region_is_picked (UnknotBodyMap *self,
                                  UnknotRegion  *region)
{
  g_autofree char *area = _unknot_body_map_region_get_area (region);

  return self->picked != NULL && g_strv_contains ((const char * const *) self->picked, area);
}

gboolean
_unknot_body_map_region_is_selected (UnknotBodyMap *self,
                                     UnknotRegion  *region)
{
  UnknotSide side;

  if (self->multi_select)
    return unknot_body_map_region_is_picked (self, region);

  if (self->selected_muscle == NULL || unknot_region_is_zone (region)
      || g_strcmp0 (unknot_region_get_target_id (region), self->selected_muscle) != 0)
    return FALSE;

  side = unknot_region_get_side (region);

  return self->selected_side == UNKNOT_SIDE_BOTH || self->selected_side == UNKNOT_SIDE_NONE
         || side == UNKNOT_SIDE_NONE || side == self->selected_side;
}

static const char *
describe_view (UnknotBodyShow show)
{
  switch (show)
    {
    case UNKNOT_BODY_SHOW_FRONT:
      return _("Body map, front view.");
    case UNKNOT_BODY_SHOW_BACK:
      return _("Body map, back view.");
    case UNKNOT_BODY_SHOW_BOTH:
    default:
      return _("Body map, front and back views.");
    }
}

/* "Picked: Hamstrings, left side; Low back, no-roll zone." */
static void
append_picked (UnknotBodyMap *self,
               GString       *label)
{
  GListModel *regions = unknot_library_get_regions (self->library);
  guint n_picked = 0;

  if (label->len > 0 && label->str[label->len - 1] != '.')
    g_string_append_c (label, '.');

  if (self->picked != NULL)
    for (guint p = 0; self->picked[p] != NULL; p++)
      for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
        {
          g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);
          g_autofree char *area = _unknot_body_map_region_get_area (region);
          g_autofree char *text = NULL;

          if (!g_str_equal (area, self->picked[p]))
            continue;

          text = _unknot_body_map_describe_region (self, region, ", ");
          g_string_append_printf (label, "%s%s", n_picked++ == 0 ? _(" Picked: ") : "; ", text);
          break;
        }

  g_string_append (label, n_picked == 0 ? _(" Nothing picked yet.") : ".");
}

void
_unknot_body_map_update_accessible (UnknotBodyMap *self)
{
  GString *label = g_string_new (describe_view (self->frame.show));
  UnknotRegion *region = _unknot_body_map_get_region (self, self->focus_region);

  if (region != NULL)
    {
      g_autofree char *text = _unknot_body_map_describe_region (self, region, ", ");

      g_string_append_printf (label, " %s", text);
      if (_unknot_body_map_region_is_selected (self, region))
        g_string_append_printf (label, ", %s",
                                self->multi_select ? _("picked") : _("selected"));
    }
  else if (self->selected_muscle != NULL && self->library != NULL)
    {
      UnknotMuscle *muscle = unknot_library_get_muscle (self->library, self->selected_muscle);

      if (muscle != NULL)
        {
          g_string_append_c (label, ' ');
          /* Translators: %s is a muscle's name */
          g_string_append_printf (label, _("%s selected."), unknot_muscle_get_name (muscle));
        }
    }

  if (self->multi_select && self->library != NULL)
    append_picked (self, label);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label->str,
                                  -1);
  g_free (self->description);
  self->description = g_string_free (label, FALSE);
}

static UnknotBodyFrame
unknot_body_map_compute_frame (UnknotBodyMap *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  return (UnknotBodyFrame) {
    .width = width,
    .height = height,
    .scale = gtk_widget_get_scale_factor (GTK_WIDGET (self)),
    .show = unknot_body_art_choose_show (width, height, self->view == UNKNOT_VIEW_BACK),
  };
}

/* Not from inside size_allocate: a listener may show or hide widgets. */
static gboolean
notify_both_visible (gpointer data)
{
  UnknotBodyMap *self = data;

  self->notify_both_id = 0;
  g_object_notify_by_pspec (G_OBJECT (self), _unknot_body_map_properties[PROP_BOTH_VISIBLE]);

  return G_SOURCE_REMOVE;
}

void
_unknot_body_map_sync_frame (UnknotBodyMap *self)
{
  UnknotBodyFrame frame = unknot_body_map_compute_frame (self);
  gboolean both_before = self->frame.show == UNKNOT_BODY_SHOW_BOTH;

  if (memcmp (&frame, &self->frame, sizeof frame) == 0)
    return;

  self->frame = frame;
  unknot_body_map_drop_renderings (self);
  _unknot_body_map_update_accessible (self);
  if (both_before != (frame.show == UNKNOT_BODY_SHOW_BOTH) && self->notify_both_id == 0)
    self->notify_both_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, notify_both_visible,
                                            self, NULL);
}

/* The library's art, parsed when the map first needs more than the
 * picture at rest */
UnknotBodyArt *
_unknot_body_map_ensure_art (UnknotBodyMap *self)
{
  if (self->art == NULL && self->library != NULL)
    self->art = unknot_body_art_get_for_library (self->library);

  return self->art;
}

const UnknotBodyHitMap *
_unknot_body_map_ensure_hits (UnknotBodyMap *self)
{
  if (self->frame.width <= 0 || self->frame.height <= 0
      || _unknot_body_map_ensure_art (self) == NULL)
    return NULL;

  if (self->hits == NULL)
    self->hits = unknot_body_art_render_hit_map (self->art, &self->frame);

  return self->hits;
}

/* From the figures on screen, so it needs no hit map */
gboolean
_unknot_body_map_region_visible (UnknotBodyMap *self,
                                 const char    *region_id)
{
  UnknotRegion *region = _unknot_body_map_get_region (self, region_id);

  if (region == NULL)
    return FALSE;

  switch (self->frame.show)
    {
    case UNKNOT_BODY_SHOW_FRONT:
      return unknot_region_get_view (region) == UNKNOT_VIEW_FRONT;
    case UNKNOT_BODY_SHOW_BACK:
      return unknot_region_get_view (region) == UNKNOT_VIEW_BACK;
    case UNKNOT_BODY_SHOW_BOTH:
    default:
      return TRUE;
    }
}

static gboolean
is_highlighted (UnknotBodyMap *self,
                UnknotRegion  *region)
{
  return self->highlighted != NULL && !unknot_region_is_zone (region)
         && g_strv_contains ((const char * const *) self->highlighted,
                             unknot_region_get_target_id (region));
}

/* What was rolled, darker for longer */
static void
unknot_body_map_snapshot_heat (UnknotBodyMap *self,
                               GtkSnapshot   *snapshot,
                               UnknotRegion  *region)
{
  const char *id = unknot_region_get_id (region);
  guint percent;
  GdkRGBA color;

  if (self->heat == NULL || unknot_region_is_zone (region))
    return;

  percent = GPOINTER_TO_UINT (g_hash_table_lookup (self->heat, id));
  if (percent == 0)
    {
      /* Muted, so that what was never rolled stands out from the art's colour */
      unknot_body_art_lookup_color (GTK_WIDGET (self), "bodymap_heat_none_color", &color);
      unknot_body_art_snapshot_region (self->art, snapshot, &self->frame, id, &color, FALSE);
      return;
    }

  /* Five steps: each is one cached tint per region, and an opacity node
   * would cost an offscreen pass per region in the software renderer */
  unknot_body_art_lookup_color (GTK_WIDGET (self), "bodymap_heat_color", &color);
  color.alpha *= 0.2 + 0.2 * ((MIN (percent, 100) + 19) / 20 - 1);
  unknot_body_art_snapshot_region (self->art, snapshot, &self->frame, id, &color, FALSE);
}

static void
unknot_body_map_snapshot_regions (UnknotBodyMap *self,
                                  GtkSnapshot   *snapshot)
{
  GListModel *regions = unknot_library_get_regions (self->library);
  GdkRGBA zone, highlight, selected;

  unknot_body_art_lookup_color (GTK_WIDGET (self), "bodymap_zone_color", &zone);
  unknot_body_art_lookup_color (GTK_WIDGET (self), "bodymap_highlight_color", &highlight);
  unknot_body_art_lookup_color (GTK_WIDGET (self), "bodymap_selected_color", &selected);

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);
      const char *id = unknot_region_get_id (region);

      if (!_unknot_body_map_region_visible (self, id))
        continue;

      unknot_body_map_snapshot_heat (self, snapshot, region);
      if (unknot_region_is_zone (region) && self->show_zones)
        unknot_body_art_snapshot_region (self->art, snapshot, &self->frame, id, &zone,
                                         TRUE);
      if (unknot_region_is_zone (region) && self->show_zones && !self->multi_select)
        continue;
      if (_unknot_body_map_region_is_selected (self, region))
        unknot_body_art_snapshot_region (self->art, snapshot, &self->frame, id, &selected,
                                         FALSE);
      else if (is_highlighted (self, region))
        unknot_body_art_snapshot_region (self->art, snapshot, &self->frame, id, &highlight,
                                         FALSE);
    }
}

static void
unknot_body_map_snapshot_pointer (UnknotBodyMap *self,
                                  GtkSnapshot   *snapshot)
{
  GdkRGBA color;

  if (self->hover_region != NULL && _unknot_body_map_region_visible (self, self->hover_region))
    {
      unknot_body_art_lookup_color (GTK_WIDGET (self), "bodymap_hover_color", &color);
      unknot_body_art_snapshot_region (self->art, snapshot, &self->frame, self->hover_region,
                                       &color, FALSE);
    }

  if (self->focus_region != NULL && gtk_widget_has_visible_focus (GTK_WIDGET (self))
      && _unknot_body_map_region_visible (self, self->focus_region))
    {
      unknot_body_art_lookup_color (GTK_WIDGET (self), "bodymap_focus_color", &color);
      unknot_body_art_snapshot_region (self->art, snapshot, &self->frame, self->focus_region,
                                       &color, TRUE);
    }
}

static gboolean
warm_hits (gpointer data)
{
  UnknotBodyMap *self = data;

  self->warm_hits_id = 0;
  _unknot_body_map_keep_rest (self);
  _unknot_body_map_ensure_hits (self);

  return G_SOURCE_REMOVE;
}

/* The hit map is made once the art is on screen, before the pointer
 * needs it, rather than in the first frame. */
static void
on_first_art_painted (UnknotBodyMap *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock != NULL)
    g_clear_signal_handler (&self->first_paint_id, clock);
  self->art_shown = TRUE;
  if (self->warm_hits_id == 0)
    self->warm_hits_id = g_idle_add_full (G_PRIORITY_LOW, warm_hits, self, NULL);
  g_signal_emit (self, _unknot_body_map_signals[ART_SHOWN], 0);
}

/* The frame that first shows the art is painted after this snapshot. */
static void
unknot_body_map_watch_first_paint (UnknotBodyMap *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->art_shown || self->first_paint_id != 0 || clock == NULL)
    return;

  self->first_paint_id = g_signal_connect_object (clock, "after-paint",
                                                  G_CALLBACK (on_first_art_painted), self,
                                                  G_CONNECT_SWAPPED);
}

static void
unknot_body_map_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (widget);
  gboolean dark = unknot_body_art_is_dark_style (GTK_WIDGET (self));
  graphene_rect_t visible;

  if (self->library == NULL)
    return;

  _unknot_body_map_sync_frame (self);
  if (dark != self->dark)
    unknot_body_map_drop_base (self);
  self->dark = dark;
  if (_unknot_body_map_snapshot_rest (self, snapshot))
    {
      unknot_body_art_snapshot_captions (&self->frame, snapshot, widget);
      unknot_body_map_watch_first_paint (self);
      return;
    }
  if (_unknot_body_map_ensure_art (self) == NULL)
    return;
  /* The art is shared by every map of the library. */
  unknot_body_art_set_high_contrast (self->art, self->high_contrast);

  if (self->base_surface == NULL)
    self->base_surface = unknot_body_art_render_base_surface (self->art, &self->frame, dark);
  unknot_body_art_get_visible_rect (&self->frame, &visible);
  unknot_image_append (snapshot, widget, self->base_surface, &self->base, &visible);

  unknot_body_map_snapshot_regions (self, snapshot);
  unknot_body_map_snapshot_pointer (self, snapshot);
  unknot_body_art_snapshot_captions (&self->frame, snapshot, widget);
  unknot_body_map_watch_first_paint (self);
}

static void
unknot_body_map_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  /* Small enough to sit beside a session's title */
  *minimum = horizontal ? 100 : 110;
  *natural = horizontal ? 560 : 620;
}

UnknotLibrary *
unknot_body_map_get_library (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), NULL);

  return self->library;
}


void
unknot_body_map_set_library (UnknotBodyMap *self,
                             UnknotLibrary *library)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));
  g_return_if_fail (!library || UNKNOT_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  unknot_body_map_drop_renderings (self);
  g_clear_object (&self->art);

  _unknot_body_map_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), _unknot_body_map_properties[PROP_LIBRARY]);
}

const char *
unknot_body_map_get_selected_muscle (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), NULL);

  return self->selected_muscle;
}

UnknotSide
unknot_body_map_get_selected_side (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), UNKNOT_SIDE_NONE);

  return self->selected_side;
}

UnknotView
unknot_body_map_get_view (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), UNKNOT_VIEW_FRONT);

  return self->view;
}

void
unknot_body_map_set_view (UnknotBodyMap *self,
                          UnknotView     view)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));

  if (self->view == view)
    return;

  self->view = view;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), _unknot_body_map_properties[PROP_VIEW]);
}

gboolean
unknot_body_map_get_both_visible (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), TRUE);

  _unknot_body_map_sync_frame (self);

  return self->frame.show == UNKNOT_BODY_SHOW_BOTH;
}

const char * const *
unknot_body_map_get_highlighted (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), NULL);

  return (const char * const *) self->highlighted;
}

void
unknot_body_map_set_highlighted (UnknotBodyMap      *self,
                                 const char * const *muscle_ids)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));

  if (self->highlighted == NULL || muscle_ids == NULL
      ? self->highlighted == (GStrv) muscle_ids
      : g_strv_equal ((const char * const *) self->highlighted, muscle_ids))
    return;

  g_strfreev (self->highlighted);
  self->highlighted = g_strdupv ((GStrv) muscle_ids);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), _unknot_body_map_properties[PROP_HIGHLIGHTED]);
}

gboolean
unknot_body_map_get_show_zones (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), FALSE);

  return self->show_zones;
}

void
unknot_body_map_set_show_zones (UnknotBodyMap *self,
                                gboolean       show_zones)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));

  show_zones = !!show_zones;
  if (self->show_zones == show_zones)
    return;

  self->show_zones = show_zones;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), _unknot_body_map_properties[PROP_SHOW_ZONES]);
}

const char *
unknot_body_map_get_hover_region (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), NULL);

  return self->hover_region;
}

const char *
unknot_body_map_get_focus_region (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), NULL);

  return self->focus_region;
}

gboolean
unknot_body_map_get_multi_select (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), FALSE);

  return self->multi_select;
}

/* While planning, clicks and Space pick areas instead of opening them. */
void
unknot_body_map_set_multi_select (UnknotBodyMap *self,
                                  gboolean       multi_select)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));

  multi_select = !!multi_select;
  if (self->multi_select == multi_select)
    return;

  self->multi_select = multi_select;
  _unknot_body_map_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), _unknot_body_map_properties[PROP_MULTI_SELECT]);
}

/**
 * unknot_body_map_get_picked:
 * @self: a body map
 *
 * Returns: (nullable) (transfer none): the areas picked in multi-select
 *   mode, in the order picked, as "muscle:left", "muscle" or "zone"
 */
const char * const *
unknot_body_map_get_picked (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), NULL);

  return (const char * const *) self->picked;
}

void
unknot_body_map_set_picked (UnknotBodyMap      *self,
                            const char * const *areas)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));

  if (self->picked == NULL || areas == NULL
      ? self->picked == (GStrv) areas
      : g_strv_equal ((const char * const *) self->picked, areas))
    return;

  g_strfreev (self->picked);
  self->picked = g_strdupv ((GStrv) areas);
  _unknot_body_map_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), _unknot_body_map_properties[PROP_PICKED]);
  g_signal_emit (self, _unknot_body_map_signals[PICKED_CHANGED], 0);
}

/* What a screen reader says for the map, also its accessible label. */
const char *
unknot_body_map_get_description (UnknotBodyMap *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_MAP (self), NULL);

  return self->description;
}

static void
unknot_body_map_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  _unknot_body_map_sync_frame (UNKNOT_BODY_MAP (widget));
}

/* A heat view: @heat maps region ids ("calves-left") to how much each
 * was rolled, GUINT_TO_POINTER of 0 to 100; %NULL turns it off. */
void
unknot_body_map_set_heat (UnknotBodyMap *self,
                          GHashTable    *heat)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));

  if (self->heat == heat)
    return;

  g_clear_pointer (&self->heat, g_hash_table_unref);
  self->heat = heat != NULL ? g_hash_table_ref (heat) : NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
unknot_body_map_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (unknot_body_map_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static void
unknot_body_map_dispose (GObject *object)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (object);

  g_clear_handle_id (&self->notify_both_id, g_source_remove);
  g_clear_handle_id (&self->warm_hits_id, g_source_remove);
  unknot_body_map_drop_renderings (self);
  _unknot_body_map_drop_rest (self);
  g_clear_object (&self->art);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (unknot_body_map_parent_class)->dispose (object);
}

static void
unknot_body_map_finalize (GObject *object)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (object);

  g_clear_pointer (&self->highlighted, g_strfreev);
  g_clear_pointer (&self->picked, g_strfreev);
  g_clear_pointer (&self->heat, g_hash_table_unref);
  g_free (self->selected_muscle);
  g_free (self->hover_region);
  g_free (self->focus_region);
  g_free (self->description);

  G_OBJECT_CLASS (unknot_body_map_parent_class)->finalize (object);
}

static void
unknot_body_map_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_SELECTED_MUSCLE:
      g_value_set_string (value, self->selected_muscle);
      break;

    case PROP_SELECTED_SIDE:
      g_value_set_enum (value, self->selected_side);
      break;

    case PROP_VIEW:
      g_value_set_enum (value, self->view);
      break;

    case PROP_BOTH_VISIBLE:
      g_value_set_boolean (value, unknot_body_map_get_both_visible (self));
      break;

    case PROP_HIGHLIGHTED:
      g_value_set_boxed (value, self->highlighted);
      break;

    case PROP_SHOW_ZONES:
      g_value_set_boolean (value, self->show_zones);
      break;

    case PROP_MULTI_SELECT:
      g_value_set_boolean (value, self->multi_select);
      break;

    case PROP_PICKED:
      g_value_set_boxed (value, self->picked);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_body_map_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  UnknotBodyMap *self = UNKNOT_BODY_MAP (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      unknot_body_map_set_library (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_MUSCLE:
      unknot_body_map_select (self, g_value_get_string (value), self->selected_side);
      break;

    case PROP_SELECTED_SIDE:
      unknot_body_map_select (self, self->selected_muscle, g_value_get_enum (value));
      break;

    case PROP_VIEW:
      unknot_body_map_set_view (self, g_value_get_enum (value));
      break;

    case PROP_HIGHLIGHTED:
      unknot_body_map_set_highlighted (self, g_value_get_boxed (value));
      break;

    case PROP_SHOW_ZONES:
      unknot_body_map_set_show_zones (self, g_value_get_boolean (value));
      break;

    case PROP_MULTI_SELECT:
      unknot_body_map_set_multi_select (self, g_value_get_boolean (value));
      break;

    case PROP_PICKED:
      unknot_body_map_set_picked (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_body_map_install_properties (GObjectClass *object_class)
{
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  _unknot_body_map_properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, UNKNOT_TYPE_LIBRARY, rw);
  _unknot_body_map_properties[PROP_SELECTED_MUSCLE] =
    g_param_spec_string ("selected-muscle", NULL, NULL, NULL, rw);
  _unknot_body_map_properties[PROP_SELECTED_SIDE] =
    g_param_spec_enum ("selected-side", NULL, NULL, UNKNOT_TYPE_SIDE, UNKNOT_SIDE_NONE, rw);
  _unknot_body_map_properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, UNKNOT_TYPE_VIEW, UNKNOT_VIEW_FRONT, rw);
  _unknot_body_map_properties[PROP_BOTH_VISIBLE] =
    g_param_spec_boolean ("both-visible", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  _unknot_body_map_properties[PROP_HIGHLIGHTED] =
    g_param_spec_boxed ("highlighted", NULL, NULL, G_TYPE_STRV, rw);
  _unknot_body_map_properties[PROP_SHOW_ZONES] =
    g_param_spec_boolean ("show-zones", NULL, NULL, TRUE, rw);
  _unknot_body_map_properties[PROP_MULTI_SELECT] =
    g_param_spec_boolean ("multi-select", NULL, NULL, FALSE, rw);
  _unknot_body_map_properties[PROP_PICKED] =
    g_param_spec_boxed ("picked", NULL, NULL, G_TYPE_STRV, rw);

  g_object_class_install_properties (object_class, N_PROPS, _unknot_body_map_properties);
}

static void
unknot_body_map_class_init (UnknotBodyMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_body_map_dispose;
  object_class->finalize = unknot_body_map_finalize;
  _unknot_body_map_class_init_rest (object_class);
  object_class->get_property = unknot_body_map_get_property;
  object_class->set_property = unknot_body_map_set_property;

  widget_class->snapshot = unknot_body_map_snapshot;
  widget_class->measure = unknot_body_map_measure;
  widget_class->size_allocate = unknot_body_map_size_allocate;
  widget_class->css_changed = unknot_body_map_css_changed;

  unknot_body_map_install_properties (object_class);

  /**
   * UnknotBodyMap::muscle-activated:
   * @muscle_id: the muscle's id
   * @side: the side that was clicked, as the person's own
   */
  /**
   * UnknotBodyMap::art-shown:
   *
   * The first frame with the map's art on screen has been painted.
   */
  _unknot_body_map_signals[ART_SHOWN] =
    g_signal_new ("art-shown", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  _unknot_body_map_signals[MUSCLE_ACTIVATED] =
    g_signal_new ("muscle-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, UNKNOT_TYPE_SIDE);
  _unknot_body_map_signals[ZONE_ACTIVATED] =
    g_signal_new ("zone-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  _unknot_body_map_signals[PICKED_CHANGED] =
    g_signal_new ("picked-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  _unknot_body_map_class_init_input (widget_class);
  gtk_widget_class_set_css_name (widget_class, "bodymap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* With high contrast the outlines and the no-roll hatching are drawn
 * stronger, and the "high-contrast" style class lets the stylesheet make
 * the tints more solid. */
static void
unknot_body_map_update_contrast (UnknotBodyMap *self)
{
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());

  if (high_contrast)
    gtk_widget_add_css_class (GTK_WIDGET (self), "high-contrast");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "high-contrast");

  if (self->high_contrast == high_contrast)
    return;

  self->high_contrast = high_contrast;
  unknot_body_map_drop_base (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
unknot_body_map_init (UnknotBodyMap *self)
{
  self->show_zones = TRUE;
  _unknot_body_map_init_input (self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  _unknot_body_map_update_accessible (self);

  /* Without libadwaita (a bare GTK program) there is no high contrast. */
  if (adw_is_initialized ())
    {
      g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                               G_CALLBACK (unknot_body_map_update_contrast), self,
                               G_CONNECT_SWAPPED);
      unknot_body_map_update_contrast (self);
    }
}
