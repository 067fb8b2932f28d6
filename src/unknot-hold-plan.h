/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "unknot-types.h"

G_BEGIN_DECLS

typedef enum
{
  UNKNOT_HOLD_PHASE_IDLE,
  UNKNOT_HOLD_PHASE_POSITION,
  UNKNOT_HOLD_PHASE_SEARCH,
  UNKNOT_HOLD_PHASE_HOLD,
  UNKNOT_HOLD_PHASE_RELEASE,
  UNKNOT_HOLD_PHASE_SWITCH_SIDE,
  UNKNOT_HOLD_PHASE_DONE,
} UnknotHoldPhase;

#define UNKNOT_TYPE_HOLD_PHASE (unknot_hold_phase_get_type ())

GType       unknot_hold_phase_get_type        (void) G_GNUC_CONST;
const char *unknot_hold_phase_get_title       (UnknotHoldPhase  phase);
const char *unknot_hold_phase_get_instruction (UnknotHoldPhase  phase);

/* What a hold timer runs through; a search of 0 seconds waits for "found it" */
typedef struct
{
  guint      position_seconds;
  guint      search_seconds;
  guint      hold_seconds;
  guint      release_seconds;
  guint      reps;
  guint      extend_seconds;
  UnknotSide sides;
} UnknotHoldPlan;

guint    unknot_hold_plan_n_steps           (const UnknotHoldPlan *plan);
void     unknot_hold_plan_describe_step     (const UnknotHoldPlan *plan,
                                             guint                 step,
                                             UnknotHoldPhase      *phase,
                                             UnknotSide           *side,
                                             guint                *rep);
gint64   unknot_hold_plan_phase_duration_us (const UnknotHoldPlan *plan,
                                             UnknotHoldPhase       phase);
gboolean unknot_hold_plan_step_is_empty     (const UnknotHoldPlan *plan,
                                             guint                 step);
guint    unknot_hold_plan_previous_step     (const UnknotHoldPlan *plan,
                                             guint                 step);

G_END_DECLS
