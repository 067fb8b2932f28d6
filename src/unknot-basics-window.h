/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-library.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_BASICS_WINDOW (unknot_basics_window_get_type ())

G_DECLARE_FINAL_TYPE (UnknotBasicsWindow, unknot_basics_window, UNKNOT, BASICS_WINDOW, AdwWindow)

UnknotBasicsWindow *unknot_basics_window_new       (GtkWindow          *transient_for,
                                                    UnknotLibrary      *library);
void                unknot_basics_window_show_page (UnknotBasicsWindow *self,
                                                    const char         *page_id);

G_END_DECLS
