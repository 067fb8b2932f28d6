/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-zone.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_ZONE_PAGE (unknot_zone_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotZonePage, unknot_zone_page, UNKNOT, ZONE_PAGE, AdwBin)

GtkWidget  *unknot_zone_page_new      (void);
UnknotZone *unknot_zone_page_get_zone (UnknotZonePage *self);
void        unknot_zone_page_set_zone (UnknotZonePage *self,
                                       UnknotZone     *zone);

G_END_DECLS
