/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-muscle.h"
#include "unknot-region.h"
#include "unknot-zone.h"

G_BEGIN_DECLS

UnknotZone *_unknot_zone_new         (const char    *id,
                                      const char    *name,
                                      UnknotCaution *caution);
void        _unknot_zone_add_region  (UnknotZone    *self,
                                      UnknotRegion  *region);
void        _unknot_zone_add_instead (UnknotZone    *self,
                                      UnknotMuscle  *muscle);

G_END_DECLS
