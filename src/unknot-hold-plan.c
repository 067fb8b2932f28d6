/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-hold-plan.h"

G_DEFINE_ENUM_TYPE (UnknotHoldPhase, unknot_hold_phase,
                    G_DEFINE_ENUM_VALUE (UNKNOT_HOLD_PHASE_IDLE, "idle"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_HOLD_PHASE_POSITION, "position"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_HOLD_PHASE_SEARCH, "search"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_HOLD_PHASE_HOLD, "hold"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_HOLD_PHASE_RELEASE, "release"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_HOLD_PHASE_SWITCH_SIDE, "switch-side"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_HOLD_PHASE_DONE, "done"))

const char *
unknot_hold_phase_get_title (UnknotHoldPhase phase)
{
  switch (phase)
    {
    case UNKNOT_HOLD_PHASE_IDLE:
      return C_("hold phase", "Ready");
    case UNKNOT_HOLD_PHASE_POSITION:
      return C_("hold phase", "Get into position");
    case UNKNOT_HOLD_PHASE_SEARCH:
      return C_("hold phase", "Find a tender spot");
    case UNKNOT_HOLD_PHASE_HOLD:
      return C_("hold phase", "Hold");
    case UNKNOT_HOLD_PHASE_RELEASE:
      return C_("hold phase", "Roll on");
    case UNKNOT_HOLD_PHASE_SWITCH_SIDE:
      return C_("hold phase", "Switch sides");
    case UNKNOT_HOLD_PHASE_DONE:
      return C_("hold phase", "Done");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
unknot_hold_phase_get_instruction (UnknotHoldPhase phase)
{
  switch (phase)
    {
    case UNKNOT_HOLD_PHASE_IDLE:
      return _("Start when you are ready");
    case UNKNOT_HOLD_PHASE_POSITION:
      return _("Settle onto the roller and let your weight sink in");
    case UNKNOT_HOLD_PHASE_SEARCH:
      return _("Roll slowly until you find a tender spot");
    case UNKNOT_HOLD_PHASE_HOLD:
      return _("Keep the pressure on it and breathe out slowly");
    case UNKNOT_HOLD_PHASE_RELEASE:
      return _("Roll on gently and let the area relax");
    case UNKNOT_HOLD_PHASE_SWITCH_SIDE:
      return _("Change to the other side and get into position");
    case UNKNOT_HOLD_PHASE_DONE:
      return _("Well done, take a moment before you get up");
    default:
      g_return_val_if_reached (NULL);
    }
}

static guint
steps_per_side (const UnknotHoldPlan *plan)
{
  return 1 + 3 * plan->reps;
}

static guint
n_sides (const UnknotHoldPlan *plan)
{
  return plan->sides == UNKNOT_SIDE_BOTH ? 2 : 1;
}

/* The steps before DONE, which is step n_steps and every one after it */
guint
unknot_hold_plan_n_steps (const UnknotHoldPlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);

  return n_sides (plan) * steps_per_side (plan);
}

/* Each side is POSITION (SWITCH_SIDE on the second) and then SEARCH, HOLD
 * and RELEASE for every rep; DONE follows the last side.
 */
void
unknot_hold_plan_describe_step (const UnknotHoldPlan *plan,
                                guint                 step,
                                UnknotHoldPhase      *phase,
                                UnknotSide           *side,
                                guint                *rep)
{
  guint per_side;
  guint side_index;
  guint k;

  g_return_if_fail (plan != NULL);

  per_side = steps_per_side (plan);
  side_index = MIN (step / per_side, n_sides (plan) - 1);
  k = step % per_side;

  if (plan->sides == UNKNOT_SIDE_BOTH)
    *side = side_index == 0 ? UNKNOT_SIDE_LEFT : UNKNOT_SIDE_RIGHT;
  else
    *side = plan->sides;

  if (step >= unknot_hold_plan_n_steps (plan))
    {
      *phase = UNKNOT_HOLD_PHASE_DONE;
      *rep = plan->reps;
    }
  else if (k == 0)
    {
      *phase = side_index == 0 ? UNKNOT_HOLD_PHASE_POSITION : UNKNOT_HOLD_PHASE_SWITCH_SIDE;
      *rep = 1;
    }
  else
    {
      *phase = UNKNOT_HOLD_PHASE_SEARCH + (k - 1) % 3;
      *rep = (k - 1) / 3 + 1;
    }
}

/* Without any extension; 0 for a phase that is not timed */
gint64
unknot_hold_plan_phase_duration_us (const UnknotHoldPlan *plan,
                                    UnknotHoldPhase       phase)
{
  guint seconds = 0;

  g_return_val_if_fail (plan != NULL, 0);

  switch (phase)
    {
    case UNKNOT_HOLD_PHASE_POSITION:
    case UNKNOT_HOLD_PHASE_SWITCH_SIDE:
      seconds = plan->position_seconds;
      break;
    case UNKNOT_HOLD_PHASE_SEARCH:
      seconds = plan->search_seconds;
      break;
    case UNKNOT_HOLD_PHASE_HOLD:
      seconds = plan->hold_seconds;
      break;
    case UNKNOT_HOLD_PHASE_RELEASE:
      seconds = plan->release_seconds;
      break;
    case UNKNOT_HOLD_PHASE_IDLE:
    case UNKNOT_HOLD_PHASE_DONE:
    default:
      break;
    }

  return (gint64) seconds * G_USEC_PER_SEC;
}

/* An empty step is skipped; a search without a time is not empty: it
 * waits for "found it".
 */
gboolean
unknot_hold_plan_step_is_empty (const UnknotHoldPlan *plan,
                                guint                 step)
{
  UnknotHoldPhase phase;
  UnknotSide side;
  guint rep;

  g_return_val_if_fail (plan != NULL, FALSE);

  unknot_hold_plan_describe_step (plan, step, &phase, &side, &rep);

  return phase != UNKNOT_HOLD_PHASE_SEARCH &&
         phase != UNKNOT_HOLD_PHASE_DONE &&
         unknot_hold_plan_phase_duration_us (plan, phase) == 0;
}

/* The nearest non-empty step before @step, or @step itself when there is none */
guint
unknot_hold_plan_previous_step (const UnknotHoldPlan *plan,
                                guint                 step)
{
  g_return_val_if_fail (plan != NULL, step);

  for (guint previous = step; previous > 0; previous--)
    {
      if (!unknot_hold_plan_step_is_empty (plan, previous - 1))
        return previous - 1;
    }

  return step;
}
