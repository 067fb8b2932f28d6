/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "unknot-library.h"

G_BEGIN_DECLS

typedef enum
{
  UNKNOT_PAPER_A4,
  UNKNOT_PAPER_LETTER,
} UnknotPaper;

#define UNKNOT_TYPE_HANDOUT (unknot_handout_get_type ())

G_DECLARE_FINAL_TYPE (UnknotHandout, unknot_handout, UNKNOT, HANDOUT, GObject)

UnknotHandout *unknot_handout_new               (UnknotLibrary  *library,
                                                 UnknotRoutine  *routine);
UnknotRoutine *unknot_handout_routine_for_technique (UnknotTechnique *technique);
void           unknot_handout_set_date          (UnknotHandout  *self,
                                                 GDateTime      *date);
guint          unknot_handout_paginate          (UnknotHandout  *self,
                                                 double          page_width,
                                                 double          page_height);
void           unknot_handout_draw_page         (UnknotHandout  *self,
                                                 cairo_t        *cr,
                                                 guint           page);
gboolean       unknot_handout_write_pdf         (UnknotHandout  *self,
                                                 const char     *path,
                                                 UnknotPaper     paper,
                                                 GError        **error);
gboolean       unknot_handout_write_pdf_many    (UnknotHandout * const *handouts,
                                                 guint           n_handouts,
                                                 const char     *path,
                                                 UnknotPaper     paper,
                                                 GError        **error);
void           unknot_paper_get_size            (UnknotPaper     paper,
                                                 double         *width,
                                                 double         *height);

G_END_DECLS
