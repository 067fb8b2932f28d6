/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "unknot-routine-item.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_ROUTINE_ITEM_ROW (unknot_routine_item_row_get_type ())

G_DECLARE_FINAL_TYPE (UnknotRoutineItemRow, unknot_routine_item_row, UNKNOT, ROUTINE_ITEM_ROW,
                      GtkListBoxRow)

GtkWidget         *unknot_routine_item_row_new      (UnknotRoutineItem    *item);
UnknotRoutineItem *unknot_routine_item_row_get_item (UnknotRoutineItemRow *self);
void               unknot_routine_item_row_set_position (UnknotRoutineItemRow *self,
                                                         guint                 position,
                                                         guint                 n_items);

G_END_DECLS
