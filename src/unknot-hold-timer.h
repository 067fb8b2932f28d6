/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "unknot-clock.h"
#include "unknot-hold-plan.h"
#include "unknot-types.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_HOLD_TIMER (unknot_hold_timer_get_type ())

G_DECLARE_FINAL_TYPE (UnknotHoldTimer, unknot_hold_timer, UNKNOT, HOLD_TIMER, GObject)

UnknotHoldTimer *unknot_hold_timer_new                   (UnknotClock     *clock);
UnknotClock     *unknot_hold_timer_get_clock             (UnknotHoldTimer *self);

const UnknotHoldPlan *
                 unknot_hold_timer_get_plan              (UnknotHoldTimer *self);
void             unknot_hold_timer_set_plan              (UnknotHoldTimer      *self,
                                                          const UnknotHoldPlan *plan);

UnknotHoldPhase  unknot_hold_timer_get_phase             (UnknotHoldTimer *self);
UnknotSide       unknot_hold_timer_get_side              (UnknotHoldTimer *self);
guint            unknot_hold_timer_get_rep               (UnknotHoldTimer *self);
guint            unknot_hold_timer_get_remaining         (UnknotHoldTimer *self);
guint            unknot_hold_timer_get_elapsed           (UnknotHoldTimer *self);
gboolean         unknot_hold_timer_get_running           (UnknotHoldTimer *self);
gboolean         unknot_hold_timer_get_paused            (UnknotHoldTimer *self);
gboolean         unknot_hold_timer_get_can_extend        (UnknotHoldTimer *self);
gint64           unknot_hold_timer_get_remaining_us      (UnknotHoldTimer *self);
gint64           unknot_hold_timer_get_phase_duration_us (UnknotHoldTimer *self);
gint64           unknot_hold_timer_get_phase_elapsed_us  (UnknotHoldTimer *self);

void             unknot_hold_timer_start                 (UnknotHoldTimer *self);
void             unknot_hold_timer_pause                 (UnknotHoldTimer *self);
void             unknot_hold_timer_resume                (UnknotHoldTimer *self);
void             unknot_hold_timer_toggle                (UnknotHoldTimer *self);
void             unknot_hold_timer_skip                  (UnknotHoldTimer *self);
void             unknot_hold_timer_back                  (UnknotHoldTimer *self);
void             unknot_hold_timer_restart               (UnknotHoldTimer *self);
void             unknot_hold_timer_stop                  (UnknotHoldTimer *self);
void             unknot_hold_timer_found_it              (UnknotHoldTimer *self);
void             unknot_hold_timer_extend                (UnknotHoldTimer *self);

G_END_DECLS
