/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "unknot-caution.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_ZONE (unknot_zone_get_type ())

G_DECLARE_FINAL_TYPE (UnknotZone, unknot_zone, UNKNOT, ZONE, GObject)

const char    *unknot_zone_get_id      (UnknotZone *self);
const char    *unknot_zone_get_name    (UnknotZone *self);
UnknotCaution *unknot_zone_get_caution (UnknotZone *self);
GListModel    *unknot_zone_get_regions (UnknotZone *self);
GListModel    *unknot_zone_get_instead (UnknotZone *self);
gboolean       unknot_zone_matches     (UnknotZone *self,
                                        const char *query);

G_END_DECLS
