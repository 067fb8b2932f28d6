/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-library.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_BASICS_VIEW (unknot_basics_view_get_type ())

G_DECLARE_FINAL_TYPE (UnknotBasicsView, unknot_basics_view, UNKNOT, BASICS_VIEW, AdwBin)

GtkWidget     *unknot_basics_view_new         (void);
UnknotLibrary *unknot_basics_view_get_library (UnknotBasicsView *self);
void           unknot_basics_view_set_library (UnknotBasicsView *self,
                                               UnknotLibrary    *library);
void           unknot_basics_view_show_page   (UnknotBasicsView *self,
                                               const char       *page_id);

GtkWidget     *unknot_basics_page_view_new    (UnknotBasicsPage *page,
                                               UnknotLibrary    *library);

G_END_DECLS
