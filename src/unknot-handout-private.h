/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include "unknot-handout.h"

G_BEGIN_DECLS

/* Shared by the handout's pagination (unknot-handout.c) and the drawing
 * of its blocks (unknot-handout-blocks.c).  All lengths are points. */

#define MARGIN_SIDE    52.0
#define MARGIN_TOP     42.0
#define MARGIN_BOTTOM  54.0
#define BLOCK_GAP      12.0

typedef enum
{
  BLOCK_HEADER,
  BLOCK_SAFETY,
  BLOCK_SHARED,
  BLOCK_ITEM,
} BlockKind;

struct _UnknotHandout
{
  GObject         parent_instance;

  UnknotLibrary  *library;
  UnknotRoutine  *routine;
  GDateTime      *date;
  PangoContext   *context;
  RsvgHandle     *map;
  GPtrArray      *pictures;         /* RsvgHandle or NULL, per item */
  GPtrArray      *shared_cautions;  /* in every item: printed once */
  GArray         *blocks;
  double          page_width;
  double          page_height;
  double          text_scale;
  guint           n_pages;
};

static inline UnknotRoutineItem *
_unknot_handout_get_item (UnknotHandout *self,
                          guint          index)
{
  /* The routine's own list holds the reference. */
  UnknotRoutineItem *item = g_list_model_get_item (unknot_routine_get_items (self->routine),
                                                   index);

  g_object_unref (item);
  return item;
}

static inline guint
_unknot_handout_get_n_items (UnknotHandout *self)
{
  return g_list_model_get_n_items (unknot_routine_get_items (self->routine));
}

double _unknot_handout_draw_block  (UnknotHandout *self,
                                    cairo_t       *cr,
                                    BlockKind      kind,
                                    guint          item,
                                    double         y);
void   _unknot_handout_draw_footer (UnknotHandout *self,
                                    cairo_t       *cr,
                                    guint          page);

G_END_DECLS
