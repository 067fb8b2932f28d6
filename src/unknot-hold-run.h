/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-clock.h"
#include "unknot-hold-plan.h"

G_BEGIN_DECLS

/* Where a run through a plan is, in a clock's microseconds. The phase ends
 * at phase_start_us + phase_duration_us; a pause moves both start times on
 * by its length, so nothing counts paused time.
 */
typedef struct
{
  guint           step;
  UnknotHoldPhase phase;
  UnknotSide      side;
  guint           rep;
  gint64          phase_start_us;
  gint64          phase_duration_us;
  gint64          run_start_us;
  gint64          paused_at_us;
  gint64          done_at_us;
  gboolean        paused;
  gboolean        extended;
} UnknotHoldRun;

void     unknot_hold_run_stop                 (UnknotHoldRun        *run);
void     unknot_hold_run_load_step            (UnknotHoldRun        *run,
                                               const UnknotHoldPlan *plan,
                                               guint                 step,
                                               gint64                start_us);
void     unknot_hold_run_restart_phase        (UnknotHoldRun        *run,
                                               const UnknotHoldPlan *plan,
                                               gint64                start_us);
void     unknot_hold_run_pause                (UnknotHoldRun        *run,
                                               gint64                now_us);
void     unknot_hold_run_resume               (UnknotHoldRun        *run,
                                               gint64                now_us);
void     unknot_hold_run_extend               (UnknotHoldRun        *run,
                                               const UnknotHoldPlan *plan);

gboolean unknot_hold_run_is_active            (const UnknotHoldRun  *run);
/* @clock is read only while the run is under way and not paused, so an
 * idle run needs none yet
 */
gint64   unknot_hold_run_get_now              (const UnknotHoldRun  *run,
                                               UnknotClock          *clock);
gint64   unknot_hold_run_get_remaining_us     (const UnknotHoldRun  *run,
                                               UnknotClock          *clock);
guint    unknot_hold_run_get_remaining        (const UnknotHoldRun  *run,
                                               UnknotClock          *clock);
guint    unknot_hold_run_get_elapsed          (const UnknotHoldRun  *run,
                                               UnknotClock          *clock);
gint64   unknot_hold_run_get_phase_elapsed_us (const UnknotHoldRun  *run,
                                               UnknotClock          *clock);
gint64   unknot_hold_run_get_wake_us          (const UnknotHoldRun  *run,
                                               gint64                now_us);

G_END_DECLS
