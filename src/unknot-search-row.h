/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define UNKNOT_TYPE_SEARCH_ROW (unknot_search_row_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSearchRow, unknot_search_row, UNKNOT, SEARCH_ROW, AdwActionRow)

GtkWidget *unknot_search_row_new      (GObject         *item);
GObject   *unknot_search_row_get_item (UnknotSearchRow *self);

G_END_DECLS
