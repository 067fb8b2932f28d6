/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-library.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_WELCOME_WINDOW (unknot_welcome_window_get_type ())

G_DECLARE_FINAL_TYPE (UnknotWelcomeWindow, unknot_welcome_window, UNKNOT, WELCOME_WINDOW, AdwWindow)

UnknotWelcomeWindow *unknot_welcome_window_new          (GtkWindow           *transient_for,
                                                         UnknotLibrary       *library);
guint                unknot_welcome_window_get_page     (UnknotWelcomeWindow *self);
guint                unknot_welcome_window_get_n_pages  (UnknotWelcomeWindow *self);
guint                unknot_welcome_window_get_n_built  (UnknotWelcomeWindow *self);
void                 unknot_welcome_window_show_safety  (UnknotWelcomeWindow *self);

G_END_DECLS
