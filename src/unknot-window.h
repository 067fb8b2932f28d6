/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-session.h"
#include "unknot-store.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_WINDOW (unknot_window_get_type ())

G_DECLARE_FINAL_TYPE (UnknotWindow, unknot_window, UNKNOT, WINDOW, AdwApplicationWindow)

UnknotWindow  *unknot_window_new         (GtkApplication *application,
                                          UnknotStore    *store,
                                          GSettings      *settings);
void           unknot_window_import_file (UnknotWindow   *self,
                                          GFile          *file);
UnknotSession *unknot_window_get_session (UnknotWindow   *self);
void           unknot_window_use_clock   (UnknotWindow   *self,
                                          UnknotClock    *clock);

G_END_DECLS
