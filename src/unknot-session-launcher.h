/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "unknot-history.h"
#include "unknot-library.h"
#include "unknot-session-view.h"
#include "unknot-session.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_SESSION_LAUNCHER (unknot_session_launcher_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSessionLauncher, unknot_session_launcher,
                      UNKNOT, SESSION_LAUNCHER, GObject)

UnknotSessionLauncher *unknot_session_launcher_new         (GtkWindow             *window,
                                                            GSettings             *settings);
void           unknot_session_launcher_set_view         (UnknotSessionLauncher *self,
                                                         UnknotSessionView     *view);
UnknotSession *unknot_session_launcher_get_session      (UnknotSessionLauncher *self);
void           unknot_session_launcher_use_clock        (UnknotSessionLauncher *self,
                                                         UnknotClock           *clock);
void           unknot_session_launcher_set_library      (UnknotSessionLauncher *self,
                                                         UnknotLibrary         *library);
void           unknot_session_launcher_set_history      (UnknotSessionLauncher *self,
                                                         UnknotHistory         *history);
void           unknot_session_launcher_request          (UnknotSessionLauncher *self,
                                                         UnknotRoutine         *routine,
                                                         gboolean               presentation);
GtkWindow     *unknot_session_launcher_get_safety       (UnknotSessionLauncher *self);
void           unknot_session_launcher_show_safety      (UnknotSessionLauncher *self,
                                                         gboolean               welcome);
gboolean       unknot_session_launcher_get_presentation (UnknotSessionLauncher *self);
void           unknot_session_launcher_set_presentation (UnknotSessionLauncher *self,
                                                         gboolean               presentation);
void           unknot_session_launcher_ended            (UnknotSessionLauncher *self);
gboolean       unknot_session_launcher_get_inhibited    (UnknotSessionLauncher *self);

G_END_DECLS
