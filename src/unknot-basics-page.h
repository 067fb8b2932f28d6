/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "unknot-caution.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_BASICS_PAGE (unknot_basics_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotBasicsPage, unknot_basics_page, UNKNOT, BASICS_PAGE, GObject)

const char         *unknot_basics_page_get_id         (UnknotBasicsPage *self);
const char         *unknot_basics_page_get_title      (UnknotBasicsPage *self);
const char * const *unknot_basics_page_get_paragraphs (UnknotBasicsPage *self);
const char * const *unknot_basics_page_get_bullets    (UnknotBasicsPage *self);
GListModel         *unknot_basics_page_get_references (UnknotBasicsPage *self);
gboolean            unknot_basics_page_explains       (UnknotBasicsPage *self,
                                                       UnknotCaution    *caution);

G_END_DECLS
