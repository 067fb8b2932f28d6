/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-library.h"
#include "unknot-session.h"
#include "unknot-session-recorder.h"
#include "unknot-timer-view.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_SESSION_VIEW (unknot_session_view_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSessionView, unknot_session_view, UNKNOT, SESSION_VIEW, AdwBin)

GtkWidget       *unknot_session_view_new              (void);
void             unknot_session_view_set_library      (UnknotSessionView *self,
                                                       UnknotLibrary     *library);
UnknotSession   *unknot_session_view_get_session      (UnknotSessionView *self);
void             unknot_session_view_set_session      (UnknotSessionView *self,
                                                       UnknotSession     *session);
void             unknot_session_view_set_recorder     (UnknotSessionView *self,
                                                       UnknotSessionRecorder *recorder);
UnknotTimerView *unknot_session_view_get_timer_view   (UnknotSessionView *self);
gboolean         unknot_session_view_get_presentation (UnknotSessionView *self);
void             unknot_session_view_set_presentation (UnknotSessionView *self,
                                                       gboolean           presentation);
gboolean         unknot_session_view_get_blanked      (UnknotSessionView *self);

G_END_DECLS
