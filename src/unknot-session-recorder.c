/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-muscle.h"
#include "unknot-session-recorder.h"
#include "unknot-tool.h"

/* Watches a session and writes it to the history: the session row when
 * it starts, each hold when it ends, so that a crash loses at most the
 * hold under way, and the end when the person ends it or it completes. */
struct _UnknotSessionRecorder
{
  GObject               parent_instance;

  UnknotHistory        *history;
  UnknotSession        *session;
  UnknotHoldTimer      *timer;
  gboolean              enabled;
  guint                 n_pending;

  /* The session being recorded, or NULL between sessions */
  UnknotHistorySession *record;
  gboolean              ended;

  /* Seconds of the items before this one, and of this one so far; the
   * timer forgets its elapsed time when it stops */
  guint                 items_seconds;
  guint                 item_seconds;
  gboolean              item_open;

  /* The hold under way: its clock time, paused time left out */
  UnknotHistoryHold    *hold;
  gint64                hold_mark_us;
  gint64                hold_us;
};

G_DEFINE_FINAL_TYPE (UnknotSessionRecorder, unknot_session_recorder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENABLED,
  PROP_SAVED,
  N_PROPS
};

enum {
  WRITTEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gint64
wall_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gint64
clock_now (UnknotSessionRecorder *self)
{
  return unknot_clock_get_time (unknot_hold_timer_get_clock (self->timer));
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(UnknotSessionRecorder) self = user_data;
  g_autoptr(GError) error = NULL;

  self->n_pending--;
  if (!unknot_history_write_finish (UNKNOT_HISTORY (source), result, &error))
    {
      g_message ("Could not write to the history: %s", error->message);
      return;
    }

  g_signal_emit (self, signals[WRITTEN], 0);
}

static GAsyncReadyCallback
recorder_pending (UnknotSessionRecorder *self)
{
  self->n_pending++;
  g_object_ref (self);

  return on_written;
}

static guint
recorder_rolled (UnknotSessionRecorder *self)
{
  return self->items_seconds + (self->item_open ? self->item_seconds : 0);
}

static void
recorder_write_end (UnknotSessionRecorder *self)
{
  self->record->rolled_seconds = recorder_rolled (self);
  unknot_history_end_session_async (self->history, self->record, NULL,
                                    recorder_pending (self), self);
}

static void
recorder_end_hold (UnknotSessionRecorder *self)
{
  g_autoptr(UnknotHistoryHold) hold = g_steal_pointer (&self->hold);

  if (hold == NULL)
    return;

  if (!unknot_hold_timer_get_paused (self->timer))
    self->hold_us += MAX (0, clock_now (self) - self->hold_mark_us);
  if (self->record == NULL || self->ended)
    return;

  hold->end_time = wall_now ();
  hold->actual_seconds = (guint) ((self->hold_us + G_USEC_PER_SEC / 2) / G_USEC_PER_SEC);
  /* A second of slack for the wake-up that ends the phase */
  hold->skipped = hold->actual_seconds + 1 < hold->planned_seconds;
  self->record->rolled_seconds = recorder_rolled (self);
  unknot_history_add_hold_async (self->history, self->record, hold, NULL,
                                 recorder_pending (self), self);
}

static void
recorder_begin_hold (UnknotSessionRecorder *self)
{
  UnknotRoutineItem *item = unknot_session_get_current_item (self->session);
  UnknotTechnique *technique;
  UnknotHistoryHold *hold;

  if (item == NULL || self->record == NULL || self->ended)
    return;

  technique = unknot_routine_item_get_technique (item);
  hold = unknot_history_hold_new ();
  hold->muscle_id = g_strdup (unknot_muscle_get_id (unknot_technique_get_muscle (technique)));
  hold->side = g_strdup (unknot_side_to_string (unknot_hold_timer_get_side (self->timer)));
  hold->tool_id = g_strdup (unknot_tool_get_id (unknot_technique_get_tool (technique)));
  hold->technique_id = g_strdup (unknot_technique_get_id (technique));
  hold->planned_seconds = unknot_hold_timer_get_plan (self->timer)->hold_seconds;

  g_clear_pointer (&self->hold, unknot_history_hold_unref);
  self->hold = hold;
  self->hold_us = 0;
  self->hold_mark_us = clock_now (self);
}

static void
on_timer_phase_changed (UnknotSessionRecorder *self,
                        UnknotHoldPhase        phase)
{
  recorder_end_hold (self);

  if (phase == UNKNOT_HOLD_PHASE_DONE)
    self->item_seconds = unknot_hold_timer_get_elapsed (self->timer);

  if (phase == UNKNOT_HOLD_PHASE_IDLE || phase == UNKNOT_HOLD_PHASE_DONE)
    {
      if (self->item_open)
        self->items_seconds += self->item_seconds;
      self->item_open = FALSE;
      self->item_seconds = 0;
      return;
    }

  self->item_open = TRUE;
  self->item_seconds = unknot_hold_timer_get_elapsed (self->timer);
  if (phase == UNKNOT_HOLD_PHASE_HOLD)
    recorder_begin_hold (self);
}

static void
on_timer_elapsed (UnknotSessionRecorder *self)
{
  /* A stop notifies the elapsed time of 0 before the phase change */
  if (self->item_open && unknot_hold_timer_get_phase (self->timer) != UNKNOT_HOLD_PHASE_IDLE)
    self->item_seconds = unknot_hold_timer_get_elapsed (self->timer);
}

static void
on_timer_paused (UnknotSessionRecorder *self)
{
  if (self->hold == NULL)
    return;

  if (unknot_hold_timer_get_paused (self->timer))
    self->hold_us += MAX (0, clock_now (self) - self->hold_mark_us);
  else
    self->hold_mark_us = clock_now (self);
}

static void
recorder_end_session (UnknotSessionRecorder *self,
                      gboolean               completed)
{
  if (self->record == NULL || self->ended)
    return;

  recorder_end_hold (self);
  self->ended = TRUE;
  self->record->end_time = wall_now ();
  self->record->completed = completed;
  recorder_write_end (self);
}

/* A routine made on the spot for one technique carries the id "single" */
static void
recorder_fill_names (UnknotHistorySession *record,
                     UnknotRoutine        *routine)
{
  GListModel *items = unknot_routine_get_items (routine);
  g_autoptr(UnknotRoutineItem) first = g_list_model_get_item (items, 0);

  record->routine_name = g_strdup (unknot_routine_get_name (routine));
  if (g_strcmp0 (unknot_routine_get_id (routine), "single") == 0 && first != NULL)
    record->technique_id = g_strdup (unknot_technique_get_id (
                                       unknot_routine_item_get_technique (first)));
  else
    record->routine_id = g_strdup (unknot_routine_get_id (routine));
}

static void
on_session_routine (UnknotSessionRecorder *self)
{
  UnknotRoutine *routine = unknot_session_get_routine (self->session);

  /* Playing again while a session was under way ends that one early */
  recorder_end_session (self, FALSE);
  g_clear_pointer (&self->record, unknot_history_session_unref);
  g_clear_pointer (&self->hold, unknot_history_hold_unref);
  self->items_seconds = 0;
  self->item_seconds = 0;
  self->item_open = FALSE;
  self->ended = FALSE;

  if (routine == NULL || !self->enabled)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVED]);
      return;
    }

  self->record = unknot_history_session_new ();
  self->record->start_time = wall_now ();
  recorder_fill_names (self->record, routine);
  unknot_history_add_session_async (self->history, self->record, NULL,
                                    recorder_pending (self), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVED]);
}

static void
on_session_finished (UnknotSessionRecorder *self)
{
  recorder_end_session (self, TRUE);
}

static void
on_session_stopped (UnknotSessionRecorder *self)
{
  recorder_end_session (self, unknot_session_get_completed (self->session));
}

UnknotSessionRecorder *
unknot_session_recorder_new (UnknotHistory *history,
                             UnknotSession *session)
{
  UnknotSessionRecorder *self;

  g_return_val_if_fail (UNKNOT_IS_HISTORY (history), NULL);
  g_return_val_if_fail (UNKNOT_IS_SESSION (session), NULL);

  self = g_object_new (UNKNOT_TYPE_SESSION_RECORDER, NULL);
  self->history = g_object_ref (history);
  self->session = g_object_ref (session);
  self->timer = g_object_ref (unknot_session_get_timer (session));

  g_signal_connect_object (session, "notify::routine", G_CALLBACK (on_session_routine), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "finished", G_CALLBACK (on_session_finished), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "stopped", G_CALLBACK (on_session_stopped), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timer, "phase-changed", G_CALLBACK (on_timer_phase_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timer, "notify::elapsed", G_CALLBACK (on_timer_elapsed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timer, "notify::paused", G_CALLBACK (on_timer_paused), self,
                           G_CONNECT_SWAPPED);

  return self;
}

UnknotHistory *
unknot_session_recorder_get_history (UnknotSessionRecorder *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_RECORDER (self), NULL);

  return self->history;
}

gboolean
unknot_session_recorder_get_enabled (UnknotSessionRecorder *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_RECORDER (self), FALSE);

  return self->enabled;
}

/* Off ("Keep history" unset) records nothing from the next session on */
void
unknot_session_recorder_set_enabled (UnknotSessionRecorder *self,
                                     gboolean               enabled)
{
  g_return_if_fail (UNKNOT_IS_SESSION_RECORDER (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

/* Whether the current or last session is going into the history */
gboolean
unknot_session_recorder_get_saved (UnknotSessionRecorder *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_RECORDER (self), FALSE);

  return self->record != NULL;
}

/* "How does it feel now?", answered on the summary after the session */
void
unknot_session_recorder_set_feeling (UnknotSessionRecorder *self,
                                     UnknotFeeling          feeling)
{
  g_return_if_fail (UNKNOT_IS_SESSION_RECORDER (self));
  g_return_if_fail (feeling <= UNKNOT_FEELING_TIGHTER);

  if (self->record == NULL || self->record->feeling == feeling)
    return;

  self->record->feeling = feeling;
  recorder_write_end (self);
}

/* Writes queued and not yet done */
guint
unknot_session_recorder_get_n_pending (UnknotSessionRecorder *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_RECORDER (self), 0);

  return self->n_pending;
}

/* A window closed mid-session: what was rolled is kept, ended early */
static void
unknot_session_recorder_dispose (GObject *object)
{
  UnknotSessionRecorder *self = UNKNOT_SESSION_RECORDER (object);

  if (self->history != NULL)
    recorder_end_session (self, FALSE);
  g_clear_pointer (&self->record, unknot_history_session_unref);
  g_clear_pointer (&self->hold, unknot_history_hold_unref);
  g_clear_object (&self->timer);
  g_clear_object (&self->session);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (unknot_session_recorder_parent_class)->dispose (object);
}

static void
unknot_session_recorder_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  UnknotSessionRecorder *self = UNKNOT_SESSION_RECORDER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;

    case PROP_SAVED:
      g_value_set_boolean (value, unknot_session_recorder_get_saved (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_session_recorder_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ENABLED:
      unknot_session_recorder_set_enabled (UNKNOT_SESSION_RECORDER (object),
                                           g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_session_recorder_class_init (UnknotSessionRecorderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_session_recorder_dispose;
  object_class->get_property = unknot_session_recorder_get_property;
  object_class->set_property = unknot_session_recorder_set_property;

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVED] =
    g_param_spec_boolean ("saved", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A write reached the disk: tests wait for it, the Progress view reloads */
  signals[WRITTEN] =
    g_signal_new ("written", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
unknot_session_recorder_init (UnknotSessionRecorder *self)
{
  self->enabled = TRUE;
}
