/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-library.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_SAFETY_WINDOW (unknot_safety_window_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSafetyWindow, unknot_safety_window, UNKNOT, SAFETY_WINDOW, AdwWindow)

UnknotSafetyWindow *unknot_safety_window_new (GtkWindow     *transient_for,
                                              UnknotLibrary *library);

G_END_DECLS
