/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-library.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_SEARCH_PANEL (unknot_search_panel_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSearchPanel, unknot_search_panel, UNKNOT, SEARCH_PANEL, AdwBin)

void        unknot_search_panel_set_library      (UnknotSearchPanel *self,
                                                  UnknotLibrary     *library);
const char *unknot_search_panel_get_query        (UnknotSearchPanel *self);
void        unknot_search_panel_set_query        (UnknotSearchPanel *self,
                                                  const char        *query);
guint       unknot_search_panel_get_n_results    (UnknotSearchPanel *self);
gboolean    unknot_search_panel_activate_current (UnknotSearchPanel *self);

G_END_DECLS
