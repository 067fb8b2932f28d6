/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UNKNOT_TYPE_COLUMN_LAYOUT (unknot_column_layout_get_type ())

G_DECLARE_FINAL_TYPE (UnknotColumnLayout, unknot_column_layout, UNKNOT, COLUMN_LAYOUT, GtkLayoutManager)

GtkLayoutManager *unknot_column_layout_new (void);

G_END_DECLS
