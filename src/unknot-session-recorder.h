/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "unknot-history.h"
#include "unknot-session.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_SESSION_RECORDER (unknot_session_recorder_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSessionRecorder, unknot_session_recorder, UNKNOT, SESSION_RECORDER,
                      GObject)

UnknotSessionRecorder *unknot_session_recorder_new         (UnknotHistory         *history,
                                                            UnknotSession         *session);
UnknotHistory         *unknot_session_recorder_get_history (UnknotSessionRecorder *self);
gboolean               unknot_session_recorder_get_enabled (UnknotSessionRecorder *self);
void                   unknot_session_recorder_set_enabled (UnknotSessionRecorder *self,
                                                            gboolean               enabled);
gboolean               unknot_session_recorder_get_saved   (UnknotSessionRecorder *self);
void                   unknot_session_recorder_set_feeling (UnknotSessionRecorder *self,
                                                            UnknotFeeling          feeling);
guint                  unknot_session_recorder_get_n_pending (UnknotSessionRecorder *self);

G_END_DECLS
