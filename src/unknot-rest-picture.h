/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

GBytes          *unknot_rest_picture_encode (const char      *key,
                                             cairo_surface_t *surface);
cairo_surface_t *unknot_rest_picture_decode (GBytes          *bytes,
                                             const char      *key);

G_END_DECLS
