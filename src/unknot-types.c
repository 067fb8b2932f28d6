/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-types.h"

G_DEFINE_ENUM_TYPE (UnknotSide, unknot_side,
                    G_DEFINE_ENUM_VALUE (UNKNOT_SIDE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SIDE_LEFT, "left"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SIDE_RIGHT, "right"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SIDE_BOTH, "both"))

G_DEFINE_ENUM_TYPE (UnknotView, unknot_view,
                    G_DEFINE_ENUM_VALUE (UNKNOT_VIEW_FRONT, "front"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_VIEW_BACK, "back"))

static const char * const side_names[] = { "none", "left", "right", "both" };

const char *
unknot_side_to_string (UnknotSide side)
{
  g_return_val_if_fail (side <= UNKNOT_SIDE_BOTH, NULL);

  return side_names[side];
}

gboolean
unknot_side_from_string (const char *str,
                         UnknotSide *side)
{
  g_return_val_if_fail (side != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (side_names); i++)
    {
      if (g_strcmp0 (str, side_names[i]) == 0)
        {
          *side = (UnknotSide) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* How a side reads in a sentence: "Quadriceps, left side". */
const char *
unknot_side_get_label (UnknotSide side)
{
  switch (side)
    {
    case UNKNOT_SIDE_LEFT:
      return _("left side");
    case UNKNOT_SIDE_RIGHT:
      return _("right side");
    case UNKNOT_SIDE_BOTH:
      return _("both sides");
    case UNKNOT_SIDE_NONE:
    default:
      return _("middle");
    }
}
