/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "unknot-hold-run.h"
#include "unknot-hold-timer.h"

#define BACK_RESTARTS_AFTER_US (2 * G_USEC_PER_SEC)
#define MAX_REPS               99

typedef struct
{
  UnknotHoldPhase phase;
  UnknotSide      side;
  guint           rep;
  guint           remaining;
  guint           elapsed;
  gboolean        running;
  gboolean        paused;
  gboolean        can_extend;
} TimerShown;

struct _UnknotHoldTimer
{
  GObject          parent_instance;

  UnknotClock     *clock;
  guint            tick_id;

  UnknotHoldPlan   plan;
  UnknotHoldRun    run;
  /* Bumped by every transition, so that an emission can tell it is stale */
  guint            serial;

  /* What listeners were last notified of, so that only real changes notify */
  TimerShown       shown;
};

G_DEFINE_FINAL_TYPE (UnknotHoldTimer, unknot_hold_timer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CLOCK,
  PROP_PHASE,
  PROP_SIDE,
  PROP_REP,
  PROP_REMAINING,
  PROP_ELAPSED,
  PROP_RUNNING,
  PROP_PAUSED,
  PROP_CAN_EXTEND,
  N_PROPS
};

enum {
  PHASE_CHANGED,
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void timer_tick_cb (gpointer user_data);

static gboolean
timer_is_active (UnknotHoldTimer *self)
{
  return unknot_hold_run_is_active (&self->run);
}

static gboolean
timer_is_editable (UnknotHoldTimer *self)
{
  return !timer_is_active (self);
}

static gint64
timer_now (UnknotHoldTimer *self)
{
  return unknot_hold_run_get_now (&self->run, self->clock);
}

static void
timer_capture (UnknotHoldTimer *self,
               TimerShown      *shown)
{
  shown->phase = self->run.phase;
  shown->side = self->run.side;
  shown->rep = self->run.rep;
  shown->remaining = unknot_hold_timer_get_remaining (self);
  shown->elapsed = unknot_hold_timer_get_elapsed (self);
  shown->running = unknot_hold_timer_get_running (self);
  shown->paused = self->run.paused;
  shown->can_extend = unknot_hold_timer_get_can_extend (self);
}

static void
timer_notify_if (UnknotHoldTimer *self,
                 gboolean         changed,
                 guint            prop_id)
{
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Frozen so that every listener runs after the whole new state is in place */
static void
timer_sync (UnknotHoldTimer *self)
{
  TimerShown old = self->shown;

  timer_capture (self, &self->shown);

  g_object_freeze_notify (G_OBJECT (self));
  timer_notify_if (self, old.phase != self->shown.phase, PROP_PHASE);
  timer_notify_if (self, old.side != self->shown.side, PROP_SIDE);
  timer_notify_if (self, old.rep != self->shown.rep, PROP_REP);
  timer_notify_if (self, old.remaining != self->shown.remaining, PROP_REMAINING);
  timer_notify_if (self, old.elapsed != self->shown.elapsed, PROP_ELAPSED);
  timer_notify_if (self, old.running != self->shown.running, PROP_RUNNING);
  timer_notify_if (self, old.paused != self->shown.paused, PROP_PAUSED);
  timer_notify_if (self, old.can_extend != self->shown.can_extend, PROP_CAN_EXTEND);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
timer_cancel_tick (UnknotHoldTimer *self)
{
  if (self->tick_id != 0)
    {
      unknot_clock_cancel (self->clock, self->tick_id);
      self->tick_id = 0;
    }
}

static void
timer_schedule_tick (UnknotHoldTimer *self)
{
  gint64 wake_us;

  timer_cancel_tick (self);

  if (!unknot_hold_timer_get_running (self) || self->run.phase_duration_us == 0)
    return;

  wake_us = unknot_hold_run_get_wake_us (&self->run, unknot_clock_get_time (self->clock));
  self->tick_id = unknot_clock_schedule (self->clock, wake_us, timer_tick_cb, self);
}

/* A listener may have moved the timer on already; that transition did its own emitting */
static void
timer_emit_phase_changed (UnknotHoldTimer *self,
                          guint            serial)
{
  if (self->serial != serial)
    return;

  g_signal_emit (self, signals[PHASE_CHANGED], 0, self->run.phase);

  if (self->serial == serial && self->run.phase == UNKNOT_HOLD_PHASE_DONE)
    g_signal_emit (self, signals[FINISHED], 0);
}

static void
timer_begin_step (UnknotHoldTimer *self,
                  guint            step,
                  gint64           start_us)
{
  guint serial;

  /* A listener may drop the last reference held elsewhere */
  g_object_ref (self);
  unknot_hold_run_load_step (&self->run, &self->plan, step, start_us);
  serial = ++self->serial;
  timer_schedule_tick (self);
  timer_sync (self);
  timer_emit_phase_changed (self, serial);
  g_object_unref (self);
}

static void
timer_restart_phase (UnknotHoldTimer *self,
                     gint64           start_us)
{
  unknot_hold_run_restart_phase (&self->run, &self->plan, start_us);
  timer_schedule_tick (self);
  timer_sync (self);
}

static void
timer_run_from_start (UnknotHoldTimer *self)
{
  gint64 now_us = unknot_clock_get_time (self->clock);

  self->run.paused = FALSE;
  self->run.run_start_us = now_us;
  timer_begin_step (self, 0, now_us);
}

/* The next phase starts at the deadline rather than when we woke up, so
 * lateness never accumulates over a session.
 */
static void
timer_tick_cb (gpointer user_data)
{
  UnknotHoldTimer *self = user_data;
  gint64 deadline_us = self->run.phase_start_us + self->run.phase_duration_us;

  self->tick_id = 0;

  if (unknot_clock_get_time (self->clock) >= deadline_us)
    {
      timer_begin_step (self, self->run.step + 1, deadline_us);
      return;
    }

  g_object_ref (self);
  timer_schedule_tick (self);
  timer_sync (self);
  g_object_unref (self);
}

static void
unknot_hold_timer_constructed (GObject *object)
{
  UnknotHoldTimer *self = (UnknotHoldTimer *)object;

  G_OBJECT_CLASS (unknot_hold_timer_parent_class)->constructed (object);

  if (self->clock == NULL)
    self->clock = unknot_clock_new ();
}

static void
unknot_hold_timer_dispose (GObject *object)
{
  UnknotHoldTimer *self = (UnknotHoldTimer *)object;

  timer_cancel_tick (self);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (unknot_hold_timer_parent_class)->dispose (object);
}

static gboolean
timer_get_state_property (UnknotHoldTimer *self,
                          guint            prop_id,
                          GValue          *value)
{
  switch (prop_id)
    {
    case PROP_PHASE:
      g_value_set_enum (value, self->run.phase);
      break;
    case PROP_SIDE:
      g_value_set_enum (value, self->run.side);
      break;
    case PROP_REP:
      g_value_set_uint (value, self->run.rep);
      break;
    case PROP_REMAINING:
      g_value_set_uint (value, unknot_hold_timer_get_remaining (self));
      break;
    case PROP_ELAPSED:
      g_value_set_uint (value, unknot_hold_timer_get_elapsed (self));
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, unknot_hold_timer_get_running (self));
      break;
    case PROP_PAUSED:
      g_value_set_boolean (value, self->run.paused);
      break;
    case PROP_CAN_EXTEND:
      g_value_set_boolean (value, unknot_hold_timer_get_can_extend (self));
      break;
    default:
      return FALSE;
    }

  return TRUE;
}

static void
unknot_hold_timer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  UnknotHoldTimer *self = UNKNOT_HOLD_TIMER (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;
    default:
      if (!timer_get_state_property (self, prop_id, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_hold_timer_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  UnknotHoldTimer *self = UNKNOT_HOLD_TIMER (object);

  switch (prop_id)
    {
    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_plan_properties (void)
{
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         UNKNOT_TYPE_CLOCK,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
state_uint_pspec (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL,
                            0, G_MAXUINT, 0,
                            (G_PARAM_READABLE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
state_boolean_pspec (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL,
                               FALSE,
                               (G_PARAM_READABLE |
                                G_PARAM_EXPLICIT_NOTIFY |
                                G_PARAM_STATIC_STRINGS));
}

static void
install_state_properties (void)
{
  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL,
                       UNKNOT_TYPE_HOLD_PHASE,
                       UNKNOT_HOLD_PHASE_IDLE,
                       (G_PARAM_READABLE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_SIDE] =
    g_param_spec_enum ("side", NULL, NULL,
                       UNKNOT_TYPE_SIDE,
                       UNKNOT_SIDE_NONE,
                       (G_PARAM_READABLE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties[PROP_REP] = state_uint_pspec ("rep");
  properties[PROP_REMAINING] = state_uint_pspec ("remaining");
  properties[PROP_ELAPSED] = state_uint_pspec ("elapsed");
  properties[PROP_RUNNING] = state_boolean_pspec ("running");
  properties[PROP_PAUSED] = state_boolean_pspec ("paused");
  properties[PROP_CAN_EXTEND] = state_boolean_pspec ("can-extend");
}

static void
unknot_hold_timer_class_init (UnknotHoldTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = unknot_hold_timer_constructed;
  object_class->dispose = unknot_hold_timer_dispose;
  object_class->get_property = unknot_hold_timer_get_property;
  object_class->set_property = unknot_hold_timer_set_property;

  install_plan_properties ();
  install_state_properties ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UnknotHoldTimer::phase-changed:
   *
   * Emitted when a phase begins, after the timer's state is that of the new
   * phase; also for %UNKNOT_HOLD_PHASE_IDLE on stop. Not emitted when
   * unknot_hold_timer_back() restarts the current phase in place.
   */
  signals[PHASE_CHANGED] =
    g_signal_new ("phase-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  g_cclosure_marshal_VOID__ENUM,
                  G_TYPE_NONE, 1, UNKNOT_TYPE_HOLD_PHASE);
  g_signal_set_va_marshaller (signals[PHASE_CHANGED],
                              G_TYPE_FROM_CLASS (klass),
                              g_cclosure_marshal_VOID__ENUMv);

  /**
   * UnknotHoldTimer::finished:
   *
   * Emitted once each time the plan runs to %UNKNOT_HOLD_PHASE_DONE.
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
unknot_hold_timer_init (UnknotHoldTimer *self)
{
  self->plan.position_seconds = 10;
  self->plan.search_seconds = 15;
  self->plan.hold_seconds = 30;
  self->plan.release_seconds = 5;
  self->plan.reps = 2;
  self->plan.sides = UNKNOT_SIDE_BOTH;
  self->plan.extend_seconds = 15;

  unknot_hold_run_stop (&self->run);
  timer_capture (self, &self->shown);
}

/* An idle timer with the default plan; a %NULL @clock times with a real one */
UnknotHoldTimer *
unknot_hold_timer_new (UnknotClock *clock)
{
  g_return_val_if_fail (clock == NULL || UNKNOT_IS_CLOCK (clock), NULL);

  return g_object_new (UNKNOT_TYPE_HOLD_TIMER,
                       "clock", clock,
                       NULL);
}

UnknotClock *
unknot_hold_timer_get_clock (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), NULL);

  return self->clock;
}

/**
 * unknot_hold_timer_get_plan:
 * @self: a hold timer
 *
 * Returns: (transfer none): what the timer runs through
 */
const UnknotHoldPlan *
unknot_hold_timer_get_plan (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), NULL);

  return &self->plan;
}

/**
 * unknot_hold_timer_set_plan:
 * @self: a hold timer that is not running
 * @plan: the phases' lengths, repetitions and sides to run through
 *
 * Re-applying the same plan is harmless at any time; a new plan may only
 * be given while the timer is stopped.
 */
void
unknot_hold_timer_set_plan (UnknotHoldTimer      *self,
                            const UnknotHoldPlan *plan)
{
  g_return_if_fail (UNKNOT_IS_HOLD_TIMER (self));
  g_return_if_fail (plan != NULL);
  g_return_if_fail (plan->reps >= 1 && plan->reps <= MAX_REPS);

  if (memcmp (&self->plan, plan, sizeof *plan) == 0)
    return;

  g_return_if_fail (timer_is_editable (self));

  self->plan = *plan;
}

UnknotHoldPhase
unknot_hold_timer_get_phase (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), UNKNOT_HOLD_PHASE_IDLE);

  return self->run.phase;
}

UnknotSide
unknot_hold_timer_get_side (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), UNKNOT_SIDE_NONE);

  return self->run.side;
}

guint
unknot_hold_timer_get_rep (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), 0);

  return self->run.rep;
}

/* Rounded up; 0 when the phase is not timed */
guint
unknot_hold_timer_get_remaining (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), 0);

  return unknot_hold_run_get_remaining (&self->run, self->clock);
}

/* Exact whenever read, paused time left out. notify::elapsed comes with the
 * once-a-second wake-ups: up to a second late after a skip, and not at all
 * during an untimed search.
 */
guint
unknot_hold_timer_get_elapsed (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), 0);

  return unknot_hold_run_get_elapsed (&self->run, self->clock);
}

gboolean
unknot_hold_timer_get_running (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), FALSE);

  return timer_is_active (self) && !self->run.paused;
}

gboolean
unknot_hold_timer_get_paused (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), FALSE);

  return self->run.paused;
}

gboolean
unknot_hold_timer_get_can_extend (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), FALSE);

  return self->run.phase == UNKNOT_HOLD_PHASE_HOLD && !self->run.extended;
}

gint64
unknot_hold_timer_get_remaining_us (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), 0);

  return unknot_hold_run_get_remaining_us (&self->run, self->clock);
}

/* With any extension; 0 when the phase is not timed */
gint64
unknot_hold_timer_get_phase_duration_us (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), 0);

  if (!timer_is_active (self))
    return 0;

  return self->run.phase_duration_us;
}

gint64
unknot_hold_timer_get_phase_elapsed_us (UnknotHoldTimer *self)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (self), 0);

  return unknot_hold_run_get_phase_elapsed_us (&self->run, self->clock);
}

/* Only from idle or done; a running or paused plan goes on as it was */
void
unknot_hold_timer_start (UnknotHoldTimer *self)
{
  g_return_if_fail (UNKNOT_IS_HOLD_TIMER (self));

  if (timer_is_active (self))
    return;

  timer_run_from_start (self);
}

void
unknot_hold_timer_pause (UnknotHoldTimer *self)
{
  g_return_if_fail (UNKNOT_IS_HOLD_TIMER (self));

  if (!unknot_hold_timer_get_running (self))
    return;

  unknot_hold_run_pause (&self->run, unknot_clock_get_time (self->clock));
  timer_cancel_tick (self);
  timer_sync (self);
}

void
unknot_hold_timer_resume (UnknotHoldTimer *self)
{
  g_return_if_fail (UNKNOT_IS_HOLD_TIMER (self));

  if (!self->run.paused)
    return;

  unknot_hold_run_resume (&self->run, unknot_clock_get_time (self->clock));
  timer_schedule_tick (self);
  timer_sync (self);
}

void
unknot_hold_timer_toggle (UnknotHoldTimer *self)
{
  g_return_if_fail (UNKNOT_IS_HOLD_TIMER (self));

  if (!timer_is_active (self))
    unknot_hold_timer_start (self);
  else if (self->run.paused)
    unknot_hold_timer_resume (self);
  else
    unknot_hold_timer_pause (self);
}

/* A paused timer stays paused in the next phase */
void
unknot_hold_timer_skip (UnknotHoldTimer *self)
{
  g_return_if_fail (UNKNOT_IS_HOLD_TIMER (self));

  if (!timer_is_active (self))
    return;

  timer_begin_step (self, self->run.step + 1, timer_now (self));
}

/* Restarts the phase once more than two seconds of it have passed, or when it
 * is the first; otherwise goes to the previous one.
 */
void
unknot_hold_timer_back (UnknotHoldTimer *self)
{
  gint64 now_us;
  guint previous;

  g_return_if_fail (UNKNOT_IS_HOLD_TIMER (self));

  if (!timer_is_active (self))
    return;

  now_us = timer_now (self);
  previous = unknot_hold_plan_previous_step (&self->plan, self->run.step);

  if (now_us - self->run.phase_start_us > BACK_RESTARTS_AFTER_US || previous == self->run.step)
    timer_restart_phase (self, now_us);
  else
    timer_begin_step (self, previous, now_us);
}

/* Unlike start, from any state */
void
unknot_hold_timer_restart (UnknotHoldTimer *self)
{
  g_return_if_fail (UNKNOT_IS_HOLD_TIMER (self));

  timer_run_from_start (self);
}

void
unknot_hold_timer_stop (UnknotHoldTimer *self)
{
  guint serial;

  g_return_if_fail (UNKNOT_IS_HOLD_TIMER (self));

  if (self->run.phase == UNKNOT_HOLD_PHASE_IDLE)
    return;

  g_object_ref (self);
  timer_cancel_tick (self);
  unknot_hold_run_stop (&self->run);
  serial = ++self->serial;
  timer_sync (self);
  timer_emit_phase_changed (self, serial);
  g_object_unref (self);
}

void
unknot_hold_timer_found_it (UnknotHoldTimer *self)
{
  g_return_if_fail (UNKNOT_IS_HOLD_TIMER (self));

  if (self->run.phase != UNKNOT_HOLD_PHASE_SEARCH)
    return;

  timer_begin_step (self, self->run.step + 1, timer_now (self));
}

/* Once per hold, by #UnknotHoldTimer:extend-seconds */
void
unknot_hold_timer_extend (UnknotHoldTimer *self)
{
  g_return_if_fail (UNKNOT_IS_HOLD_TIMER (self));

  if (!unknot_hold_timer_get_can_extend (self))
    return;

  unknot_hold_run_extend (&self->run, &self->plan);
  timer_schedule_tick (self);
  timer_sync (self);
}
