/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "unknot-types.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_REGION (unknot_region_get_type ())

G_DECLARE_FINAL_TYPE (UnknotRegion, unknot_region, UNKNOT, REGION, GObject)

const char *unknot_region_get_id        (UnknotRegion *self);
UnknotView  unknot_region_get_view      (UnknotRegion *self);
UnknotSide  unknot_region_get_side      (UnknotRegion *self);
const char *unknot_region_get_target_id (UnknotRegion *self);
gboolean    unknot_region_is_zone       (UnknotRegion *self);

G_END_DECLS
