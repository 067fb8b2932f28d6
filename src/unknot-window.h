/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-application.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_WINDOW (unknot_window_get_type ())

G_DECLARE_FINAL_TYPE (UnknotWindow, unknot_window, UNKNOT, WINDOW, AdwApplicationWindow)

UnknotWindow *unknot_window_new (UnknotApplication *application);

G_END_DECLS
