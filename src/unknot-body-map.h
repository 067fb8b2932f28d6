/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "unknot-library.h"
#include "unknot-types.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_BODY_MAP (unknot_body_map_get_type ())

G_DECLARE_FINAL_TYPE (UnknotBodyMap, unknot_body_map, UNKNOT, BODY_MAP, GtkWidget)

GtkWidget          *unknot_body_map_new                  (void);
UnknotLibrary      *unknot_body_map_get_library          (UnknotBodyMap      *self);
void                unknot_body_map_set_library          (UnknotBodyMap      *self,
                                                          UnknotLibrary      *library);
const char         *unknot_body_map_get_selected_muscle  (UnknotBodyMap      *self);
UnknotSide          unknot_body_map_get_selected_side    (UnknotBodyMap      *self);
void                unknot_body_map_select               (UnknotBodyMap      *self,
                                                          const char         *muscle_id,
                                                          UnknotSide          side);
UnknotView          unknot_body_map_get_view             (UnknotBodyMap      *self);
void                unknot_body_map_set_view             (UnknotBodyMap      *self,
                                                          UnknotView          view);
gboolean            unknot_body_map_get_both_visible     (UnknotBodyMap      *self);
const char * const *unknot_body_map_get_highlighted      (UnknotBodyMap      *self);
void                unknot_body_map_set_highlighted      (UnknotBodyMap      *self,
                                                          const char * const *muscle_ids);
void                unknot_body_map_set_heat             (UnknotBodyMap      *self,
                                                          GHashTable         *heat);
gboolean            unknot_body_map_get_show_zones       (UnknotBodyMap      *self);
void                unknot_body_map_set_show_zones       (UnknotBodyMap      *self,
                                                          gboolean            show_zones);
gboolean            unknot_body_map_get_multi_select     (UnknotBodyMap      *self);
void                unknot_body_map_set_multi_select     (UnknotBodyMap      *self,
                                                          gboolean            multi_select);
const char * const *unknot_body_map_get_picked           (UnknotBodyMap      *self);
void                unknot_body_map_set_picked           (UnknotBodyMap      *self,
                                                          const char * const *areas);
const char         *unknot_body_map_get_hover_region     (UnknotBodyMap      *self);
const char         *unknot_body_map_get_focus_region     (UnknotBodyMap      *self);
const char         *unknot_body_map_get_description      (UnknotBodyMap      *self);
const char         *unknot_body_map_region_at            (UnknotBodyMap      *self,
                                                          double              x,
                                                          double              y);
void                unknot_body_map_set_rest_picture     (UnknotBodyMap      *self,
                                                          GBytes             *picture);
gboolean            unknot_body_map_get_region_point     (UnknotBodyMap      *self,
                                                          const char         *region_id,
                                                          double             *x,
                                                          double             *y);

G_END_DECLS
