/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-body-art.h"
#include "unknot-body-map.h"

G_BEGIN_DECLS

/* Shared by unknot-body-map.c (the map and its drawing) and
 * unknot-body-map-input.c (pointer, keys and tooltips). */
struct _UnknotBodyMap
{
  GtkWidget         parent_instance;

  UnknotLibrary    *library;
  UnknotBodyArt    *art;

  char             *selected_muscle;
  UnknotSide        selected_side;
  UnknotView        view;
  GStrv             highlighted;
  GHashTable       *heat;
  gboolean          show_zones;
  char             *hover_region;
  char             *focus_region;
  char             *description;
  guint             notify_both_id;
  gulong            first_paint_id;
  guint             warm_hits_id;
  gboolean          art_shown;
  gboolean          multi_select;
  GStrv             picked;

  /* Everything below is drawn for one frame (size, scale, figures) and
   * style, and dropped when either changes. */
  UnknotBodyFrame   frame;
  gboolean          dark;
  gboolean          high_contrast;
  cairo_surface_t  *base_surface;
  GdkTexture       *base;
  UnknotBodyHitMap *hits;

  /* The picture at rest from the last launch stands in for the art until
   * the art is rendered, if it was made for exactly this frame and style */
  gboolean          rest_wanted;
  gboolean          rest_kept;
  GBytes           *rest_picture;
  char             *rest_key;
  cairo_surface_t  *rest_surface;
  GdkTexture       *rest_texture;
};

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_SELECTED_MUSCLE,
  PROP_SELECTED_SIDE,
  PROP_VIEW,
  PROP_BOTH_VISIBLE,
  PROP_HIGHLIGHTED,
  PROP_SHOW_ZONES,
  PROP_MULTI_SELECT,
  PROP_PICKED,
  N_PROPS
};

enum {
  ART_SHOWN,
  MUSCLE_ACTIVATED,
  ZONE_ACTIVATED,
  PICKED_CHANGED,
  REST_PICTURE_READY,
  N_SIGNALS
};

extern GParamSpec *_unknot_body_map_properties[N_PROPS];
extern guint _unknot_body_map_signals[N_SIGNALS];

UnknotRegion *           _unknot_body_map_get_region         (UnknotBodyMap *self,
                                                              const char    *region_id);
char *                   _unknot_body_map_describe_region    (UnknotBodyMap *self,
                                                              UnknotRegion  *region,
                                                              const char    *separator);
char *                   _unknot_body_map_region_get_area    (UnknotRegion *region);
gboolean                 _unknot_body_map_region_is_selected (UnknotBodyMap *self,
                                                              UnknotRegion  *region);
void                     _unknot_body_map_update_accessible  (UnknotBodyMap *self);
void                     _unknot_body_map_sync_frame         (UnknotBodyMap *self);
const UnknotBodyHitMap * _unknot_body_map_ensure_hits        (UnknotBodyMap *self);
gboolean                 _unknot_body_map_region_visible     (UnknotBodyMap *self,
                                                              const char    *region_id);
UnknotBodyArt *          _unknot_body_map_ensure_art         (UnknotBodyMap *self);
gboolean                 _unknot_body_map_snapshot_rest      (UnknotBodyMap *self,
                                                              GtkSnapshot   *snapshot);
void                     _unknot_body_map_keep_rest          (UnknotBodyMap *self);
void                     _unknot_body_map_drop_rest          (UnknotBodyMap *self);
void                     _unknot_body_map_class_init_rest    (GObjectClass  *object_class);
void                     _unknot_body_map_init_input         (UnknotBodyMap *self);
void                     _unknot_body_map_class_init_input   (GtkWidgetClass *widget_class);

G_END_DECLS
