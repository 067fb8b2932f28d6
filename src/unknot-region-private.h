/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-region.h"

G_BEGIN_DECLS

UnknotRegion *_unknot_region_new (const char *id,
                                  UnknotView  view,
                                  UnknotSide  side,
                                  const char *target_id,
                                  gboolean    is_zone);

G_END_DECLS
