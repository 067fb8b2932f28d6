/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "unknot-library.h"

G_BEGIN_DECLS

/* Which figures of the body-map SVG are on screen. */
typedef enum
{
  UNKNOT_BODY_SHOW_BOTH,
  UNKNOT_BODY_SHOW_FRONT,
  UNKNOT_BODY_SHOW_BACK,
} UnknotBodyShow;

/* Where the art lies in a widget of a given size: everything the
 * renderings and the hit map are computed for. */
typedef struct
{
  int            width;
  int            height;
  int            scale;
  UnknotBodyShow show;
} UnknotBodyFrame;

typedef struct _UnknotBodyHitMap UnknotBodyHitMap;

#define UNKNOT_TYPE_BODY_ART (unknot_body_art_get_type ())

G_DECLARE_FINAL_TYPE (UnknotBodyArt, unknot_body_art, UNKNOT, BODY_ART, GObject)

UnknotBodyArt    *unknot_body_art_new                (GBytes                 *svg,
                                                      const char * const     *region_ids,
                                                      GError                **error);
UnknotBodyArt    *unknot_body_art_new_from_resource  (const char * const     *region_ids,
                                                      GError                **error);
UnknotBodyArt    *unknot_body_art_get_for_library    (UnknotLibrary          *library);
guint             unknot_body_art_get_source_hash    (void);
guint             unknot_body_art_get_n_regions      (UnknotBodyArt          *self);
const char       *unknot_body_art_get_region_id      (UnknotBodyArt          *self,
                                                      guint                   index);
gboolean          unknot_body_art_has_element        (UnknotBodyArt          *self,
                                                      const char             *id);
UnknotBodyShow    unknot_body_art_choose_show        (int                     width,
                                                      int                     height,
                                                      gboolean                prefer_back);
void              unknot_body_art_get_visible_rect   (const UnknotBodyFrame  *frame,
                                                      graphene_rect_t        *rect);
void              unknot_body_art_svg_to_widget      (const UnknotBodyFrame  *frame,
                                                      double                  svg_x,
                                                      double                  svg_y,
                                                      double                 *x,
                                                      double                 *y);
void              unknot_body_art_set_high_contrast  (UnknotBodyArt          *self,
                                                      gboolean                high_contrast);
gboolean          unknot_body_art_get_high_contrast  (UnknotBodyArt          *self);
GdkTexture       *unknot_body_art_render_base        (UnknotBodyArt          *self,
                                                      const UnknotBodyFrame  *frame,
                                                      gboolean                dark);
cairo_surface_t  *unknot_body_art_render_base_surface (UnknotBodyArt         *self,
                                                       const UnknotBodyFrame *frame,
                                                       gboolean               dark);
cairo_surface_t  *unknot_body_art_render_region      (UnknotBodyArt          *self,
                                                      const UnknotBodyFrame  *frame,
                                                      const char             *id,
                                                      graphene_rect_t        *bounds);
UnknotBodyHitMap *unknot_body_art_render_hit_map     (UnknotBodyArt          *self,
                                                      const UnknotBodyFrame  *frame);
GdkTexture       *unknot_body_art_get_tint           (UnknotBodyArt          *self,
                                                      const UnknotBodyFrame  *frame,
                                                      const char             *id,
                                                      const GdkRGBA          *color,
                                                      gboolean                hatch,
                                                      graphene_rect_t        *bounds);
void              unknot_body_art_snapshot_region    (UnknotBodyArt          *self,
                                                      GtkSnapshot            *snapshot,
                                                      const UnknotBodyFrame  *frame,
                                                      const char             *id,
                                                      const GdkRGBA          *color,
                                                      gboolean                hatch);
gboolean          unknot_body_art_is_dark_style      (GtkWidget              *widget);
void              unknot_body_art_lookup_color       (GtkWidget              *widget,
                                                      const char             *name,
                                                      GdkRGBA                *color);
void              unknot_body_art_snapshot_captions  (const UnknotBodyFrame  *frame,
                                                      GtkSnapshot            *snapshot,
                                                      GtkWidget              *widget);
gboolean          unknot_body_art_get_inner_point    (UnknotBodyArt          *self,
                                                      const UnknotBodyFrame  *frame,
                                                      const char             *id,
                                                      double                 *x,
                                                      double                 *y);

const char       *unknot_body_hit_map_lookup         (const UnknotBodyHitMap *map,
                                                      double                  x,
                                                      double                  y);
gboolean          unknot_body_hit_map_get_center     (const UnknotBodyHitMap *map,
                                                      const char             *id,
                                                      double                 *x,
                                                      double                 *y);
gboolean          unknot_body_hit_map_get_bounds     (const UnknotBodyHitMap *map,
                                                      const char             *id,
                                                      graphene_rect_t        *bounds);
const char       *unknot_body_hit_map_find_neighbour (const UnknotBodyHitMap *map,
                                                      const char             *from,
                                                      double                  dx,
                                                      double                  dy);
void              unknot_body_hit_map_free           (UnknotBodyHitMap       *map);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotBodyHitMap, unknot_body_hit_map_free)

G_END_DECLS
