/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-session.h"

/* Plays a routine, item after item, through one hold timer. A single
 * technique is a routine of one item. */
struct _UnknotSession
{
  GObject           parent_instance;

  UnknotHoldTimer  *timer;
  UnknotRoutine    *routine;
  UnknotPhaseTimes  times;
  gboolean          timed_search;
  guint             position;
  guint             seconds_rolled;
  gboolean          completed;
};

G_DEFINE_FINAL_TYPE (UnknotSession, unknot_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TIMER,
  PROP_ROUTINE,
  PROP_POSITION,
  PROP_COMPLETED,
  N_PROPS
};

enum {
  FINISHED,
  STOPPED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

UnknotSession *
unknot_session_new (UnknotHoldTimer *timer)
{
  g_return_val_if_fail (UNKNOT_IS_HOLD_TIMER (timer), NULL);

  return g_object_new (UNKNOT_TYPE_SESSION, "timer", timer, NULL);
}

UnknotHoldTimer *
unknot_session_get_timer (UnknotSession *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION (self), NULL);

  return self->timer;
}

void
unknot_session_set_phase_times (UnknotSession          *self,
                                const UnknotPhaseTimes *times,
                                gboolean                timed_search)
{
  g_return_if_fail (UNKNOT_IS_SESSION (self));
  g_return_if_fail (times != NULL);

  self->times = *times;
  self->timed_search = timed_search;
}

static guint
unknot_session_get_n_items (UnknotSession *self)
{
  if (self->routine == NULL)
    return 0;

  return g_list_model_get_n_items (unknot_routine_get_items (self->routine));
}

static UnknotRoutineItem *
unknot_session_get_item (UnknotSession *self,
                         guint          position)
{
  g_autoptr(UnknotRoutineItem) item = NULL;

  if (position >= unknot_session_get_n_items (self))
    return NULL;

  /* The routine's list keeps the item alive. */
  item = g_list_model_get_item (unknot_routine_get_items (self->routine), position);

  return item;
}

static UnknotSide
timer_sides_for (UnknotRoutineItem *item)
{
  if (!unknot_technique_get_per_side (unknot_routine_item_get_technique (item)))
    return UNKNOT_SIDE_NONE;

  return unknot_routine_item_get_sides (item);
}

static void
unknot_session_load_item (UnknotSession *self)
{
  UnknotRoutineItem *item = unknot_session_get_item (self, self->position);
  UnknotHoldPlan plan;

  g_assert (item != NULL);

  plan = *unknot_hold_timer_get_plan (self->timer);
  plan.position_seconds = self->times.position_seconds;
  plan.search_seconds = self->timed_search ? self->times.search_seconds : 0;
  plan.release_seconds = self->times.release_seconds;
  plan.hold_seconds = unknot_routine_item_get_hold (item);
  plan.reps = unknot_routine_item_get_reps (item);
  plan.sides = timer_sides_for (item);

  unknot_hold_timer_stop (self->timer);
  unknot_hold_timer_set_plan (self->timer, &plan);
  unknot_hold_timer_start (self->timer);
}

static void
unknot_session_set_position (UnknotSession *self,
                             guint          position)
{
  self->position = position;
  unknot_session_load_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

static void
on_timer_finished (UnknotSession   *self,
                   UnknotHoldTimer *timer)
{
  self->seconds_rolled += unknot_hold_timer_get_elapsed (timer);

  if (self->position + 1 < unknot_session_get_n_items (self))
    {
      unknot_session_set_position (self, self->position + 1);
      return;
    }

  self->completed = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETED]);
  g_signal_emit (self, signals[FINISHED], 0);
}

void
unknot_session_play (UnknotSession *self,
                     UnknotRoutine *routine)
{
  g_return_if_fail (UNKNOT_IS_SESSION (self));
  g_return_if_fail (UNKNOT_IS_ROUTINE (routine));
  g_return_if_fail (g_list_model_get_n_items (unknot_routine_get_items (routine)) > 0);

  g_set_object (&self->routine, routine);
  self->seconds_rolled = 0;
  self->completed = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUTINE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETED]);
  unknot_session_set_position (self, 0);
}

UnknotRoutine *
unknot_session_get_routine (UnknotSession *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION (self), NULL);

  return self->routine;
}

guint
unknot_session_get_position (UnknotSession *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION (self), 0);

  return self->position;
}

UnknotRoutineItem *
unknot_session_get_current_item (UnknotSession *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION (self), NULL);

  return unknot_session_get_item (self, self->position);
}

UnknotRoutineItem *
unknot_session_get_next_item (UnknotSession *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION (self), NULL);

  return unknot_session_get_item (self, self->position + 1);
}

gboolean
unknot_session_get_completed (UnknotSession *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION (self), FALSE);

  return self->completed;
}

guint
unknot_session_get_seconds_rolled (UnknotSession *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION (self), 0);

  return self->seconds_rolled;
}

void
unknot_session_next_item (UnknotSession *self)
{
  g_return_if_fail (UNKNOT_IS_SESSION (self));

  if (self->position + 1 < unknot_session_get_n_items (self))
    unknot_session_set_position (self, self->position + 1);
}

void
unknot_session_previous_item (UnknotSession *self)
{
  g_return_if_fail (UNKNOT_IS_SESSION (self));

  if (self->routine != NULL)
    unknot_session_set_position (self, self->position > 0 ? self->position - 1 : 0);
}

void
unknot_session_stop (UnknotSession *self)
{
  g_return_if_fail (UNKNOT_IS_SESSION (self));

  unknot_hold_timer_stop (self->timer);
  g_signal_emit (self, signals[STOPPED], 0);
}

static void
unknot_session_set_timer (UnknotSession   *self,
                          UnknotHoldTimer *timer)
{
  self->timer = g_object_ref (timer);
  g_signal_connect_object (timer, "finished", G_CALLBACK (on_timer_finished), self,
                           G_CONNECT_SWAPPED);
}

static void
unknot_session_dispose (GObject *object)
{
  UnknotSession *self = UNKNOT_SESSION (object);

  g_clear_object (&self->timer);
  g_clear_object (&self->routine);

  G_OBJECT_CLASS (unknot_session_parent_class)->dispose (object);
}

static void
unknot_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  UnknotSession *self = UNKNOT_SESSION (object);

  switch (prop_id)
    {
    case PROP_TIMER:
      g_value_set_object (value, self->timer);
      break;

    case PROP_ROUTINE:
      g_value_set_object (value, self->routine);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_COMPLETED:
      g_value_set_boolean (value, self->completed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_session_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_TIMER:
      unknot_session_set_timer (UNKNOT_SESSION (object), g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_session_class_init (UnknotSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_session_dispose;
  object_class->get_property = unknot_session_get_property;
  object_class->set_property = unknot_session_set_property;

  properties[PROP_TIMER] =
    g_param_spec_object ("timer", NULL, NULL, UNKNOT_TYPE_HOLD_TIMER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROUTINE] =
    g_param_spec_object ("routine", NULL, NULL, UNKNOT_TYPE_ROUTINE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETED] =
    g_param_spec_boolean ("completed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Ended by the person, completed or not; "finished" comes only at the end */
  signals[STOPPED] =
    g_signal_new ("stopped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
unknot_session_init (UnknotSession *self)
{
  self->times = UNKNOT_PHASE_TIMES_DEFAULT;
  self->timed_search = TRUE;
}
