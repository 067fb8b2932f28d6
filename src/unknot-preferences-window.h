/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define UNKNOT_TYPE_PREFERENCES_WINDOW (unknot_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (UnknotPreferencesWindow, unknot_preferences_window,
                      UNKNOT, PREFERENCES_WINDOW, AdwPreferencesWindow)

UnknotPreferencesWindow *unknot_preferences_window_new (GtkWindow *transient_for,
                                                        GSettings *settings);

G_END_DECLS
