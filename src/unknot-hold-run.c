/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-hold-run.h"

static gint64
ceil_seconds (gint64 us)
{
  return us <= 0 ? 0 : (us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;
}

void
unknot_hold_run_stop (UnknotHoldRun *run)
{
  g_return_if_fail (run != NULL);

  run->step = 0;
  run->phase = UNKNOT_HOLD_PHASE_IDLE;
  run->side = UNKNOT_SIDE_NONE;
  run->rep = 0;
  run->phase_duration_us = 0;
  run->paused = FALSE;
  run->extended = FALSE;
}

/* Empty steps are passed over; DONE stops the time where it is */
void
unknot_hold_run_load_step (UnknotHoldRun        *run,
                           const UnknotHoldPlan *plan,
                           guint                 step,
                           gint64                start_us)
{
  g_return_if_fail (run != NULL);
  g_return_if_fail (plan != NULL);

  while (unknot_hold_plan_step_is_empty (plan, step))
    step++;

  run->step = step;
  unknot_hold_plan_describe_step (plan, step, &run->phase, &run->side, &run->rep);
  unknot_hold_run_restart_phase (run, plan, start_us);

  if (run->phase == UNKNOT_HOLD_PHASE_DONE)
    {
      run->paused = FALSE;
      run->done_at_us = start_us;
    }
}

void
unknot_hold_run_restart_phase (UnknotHoldRun        *run,
                               const UnknotHoldPlan *plan,
                               gint64                start_us)
{
  g_return_if_fail (run != NULL);
  g_return_if_fail (plan != NULL);

  run->phase_start_us = start_us;
  run->phase_duration_us = unknot_hold_plan_phase_duration_us (plan, run->phase);
  run->extended = FALSE;
}

void
unknot_hold_run_pause (UnknotHoldRun *run,
                       gint64         now_us)
{
  g_return_if_fail (run != NULL);

  run->paused_at_us = now_us;
  run->paused = TRUE;
}

void
unknot_hold_run_resume (UnknotHoldRun *run,
                        gint64         now_us)
{
  gint64 paused_for_us;

  g_return_if_fail (run != NULL);

  paused_for_us = now_us - run->paused_at_us;
  run->phase_start_us += paused_for_us;
  run->run_start_us += paused_for_us;
  run->paused = FALSE;
}

void
unknot_hold_run_extend (UnknotHoldRun        *run,
                        const UnknotHoldPlan *plan)
{
  g_return_if_fail (run != NULL);
  g_return_if_fail (plan != NULL);

  run->extended = TRUE;
  run->phase_duration_us += (gint64) plan->extend_seconds * G_USEC_PER_SEC;
}

gboolean
unknot_hold_run_is_active (const UnknotHoldRun *run)
{
  g_return_val_if_fail (run != NULL, FALSE);

  return run->phase != UNKNOT_HOLD_PHASE_IDLE && run->phase != UNKNOT_HOLD_PHASE_DONE;
}

/* The time stands still once the run is done, and while it is paused */
gint64
unknot_hold_run_get_now (const UnknotHoldRun *run,
                         UnknotClock         *clock)
{
  g_return_val_if_fail (run != NULL, 0);

  if (run->phase == UNKNOT_HOLD_PHASE_DONE)
    return run->done_at_us;

  if (run->paused)
    return run->paused_at_us;

  return unknot_clock_get_time (clock);
}

gint64
unknot_hold_run_get_remaining_us (const UnknotHoldRun *run,
                                  UnknotClock         *clock)
{
  gint64 deadline_us;

  g_return_val_if_fail (run != NULL, 0);

  if (!unknot_hold_run_is_active (run) || run->phase_duration_us == 0)
    return 0;

  deadline_us = run->phase_start_us + run->phase_duration_us;
  return CLAMP (deadline_us - unknot_hold_run_get_now (run, clock), 0, run->phase_duration_us);
}

/* Rounded up, so that a phase shows its full length when it begins */
guint
unknot_hold_run_get_remaining (const UnknotHoldRun *run,
                               UnknotClock         *clock)
{
  return (guint) ceil_seconds (unknot_hold_run_get_remaining_us (run, clock));
}

guint
unknot_hold_run_get_elapsed (const UnknotHoldRun *run,
                             UnknotClock         *clock)
{
  g_return_val_if_fail (run != NULL, 0);

  if (run->phase == UNKNOT_HOLD_PHASE_IDLE)
    return 0;

  return (guint) (MAX (0, unknot_hold_run_get_now (run, clock) - run->run_start_us) /
                  G_USEC_PER_SEC);
}

gint64
unknot_hold_run_get_phase_elapsed_us (const UnknotHoldRun *run,
                                      UnknotClock         *clock)
{
  gint64 elapsed_us;

  g_return_val_if_fail (run != NULL, 0);

  if (!unknot_hold_run_is_active (run))
    return 0;

  elapsed_us = MAX (0, unknot_hold_run_get_now (run, clock) - run->phase_start_us);

  if (run->phase_duration_us > 0)
    elapsed_us = MIN (elapsed_us, run->phase_duration_us);

  return elapsed_us;
}

/* One wake-up at a time: when the rounded-up seconds next drop, which for
 * the last second is the deadline itself.
 */
gint64
unknot_hold_run_get_wake_us (const UnknotHoldRun *run,
                             gint64               now_us)
{
  gint64 deadline_us;
  gint64 wake_us;

  g_return_val_if_fail (run != NULL, 0);

  deadline_us = run->phase_start_us + run->phase_duration_us;
  wake_us = deadline_us - (ceil_seconds (deadline_us - now_us) - 1) * G_USEC_PER_SEC;

  return MIN (wake_us, deadline_us);
}
