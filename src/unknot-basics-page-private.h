/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-basics-page.h"

G_BEGIN_DECLS

UnknotBasicsPage *_unknot_basics_page_new           (const char         *id,
                                                     const char         *title,
                                                     const char * const *paragraphs,
                                                     const char * const *bullets);
void              _unknot_basics_page_add_reference (UnknotBasicsPage   *self,
                                                     GObject            *target);

G_END_DECLS
