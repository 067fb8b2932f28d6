/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkTexture *unknot_image_to_texture (cairo_surface_t        *surface);
void        unknot_image_append     (GtkSnapshot            *snapshot,
                                     GtkWidget              *widget,
                                     cairo_surface_t        *surface,
                                     GdkTexture            **texture,
                                     const graphene_rect_t  *bounds);

G_END_DECLS
