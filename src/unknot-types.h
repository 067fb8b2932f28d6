/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The person's own side, as in "quadriceps, left side". */
typedef enum
{
  UNKNOT_SIDE_NONE,   /* a midline area such as the upper back */
  UNKNOT_SIDE_LEFT,
  UNKNOT_SIDE_RIGHT,
  UNKNOT_SIDE_BOTH,
} UnknotSide;

typedef enum
{
  UNKNOT_VIEW_FRONT,
  UNKNOT_VIEW_BACK,
} UnknotView;

#define UNKNOT_TYPE_SIDE (unknot_side_get_type ())
#define UNKNOT_TYPE_VIEW (unknot_view_get_type ())

GType        unknot_side_get_type   (void) G_GNUC_CONST;
GType        unknot_view_get_type   (void) G_GNUC_CONST;
const char  *unknot_side_to_string  (UnknotSide  side);
gboolean     unknot_side_from_string (const char *str,
                                      UnknotSide *side);
const char  *unknot_side_get_label  (UnknotSide  side);

G_END_DECLS
