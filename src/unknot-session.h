/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "unknot-hold-timer.h"
#include "unknot-routine.h"
#include "unknot-routine-item.h"
#include "unknot-types.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_SESSION (unknot_session_get_type ())

G_DECLARE_FINAL_TYPE (UnknotSession, unknot_session, UNKNOT, SESSION, GObject)

UnknotSession     *unknot_session_new               (UnknotHoldTimer        *timer);
UnknotHoldTimer   *unknot_session_get_timer         (UnknotSession          *self);
void               unknot_session_set_phase_times   (UnknotSession          *self,
                                                     const UnknotPhaseTimes *times,
                                                     gboolean                timed_search);
void               unknot_session_play              (UnknotSession          *self,
                                                     UnknotRoutine          *routine);
UnknotRoutine     *unknot_session_get_routine       (UnknotSession          *self);
guint              unknot_session_get_position      (UnknotSession          *self);
UnknotRoutineItem *unknot_session_get_current_item  (UnknotSession          *self);
UnknotRoutineItem *unknot_session_get_next_item     (UnknotSession          *self);
gboolean           unknot_session_get_completed     (UnknotSession          *self);
guint              unknot_session_get_seconds_rolled (UnknotSession         *self);
void               unknot_session_next_item         (UnknotSession          *self);
void               unknot_session_previous_item     (UnknotSession          *self);
void               unknot_session_stop              (UnknotSession          *self);

G_END_DECLS
