/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib-object.h>

#include "unknot-clock.h"
#include "unknot-hold-timer.h"

/* An arbitrary non-zero origin, so absolute and relative times cannot be confused */
#define T0        ((gint64) 1000 * G_USEC_PER_SEC)
#define SEC(s)    ((gint64) ((s) * 1e6 + 0.5))
#define A_DAY     SEC (24 * 3600)

typedef struct
{
  UnknotHoldPhase phase;
  UnknotSide      side;
  guint           rep;
  gint64          at_us;
  gint64          remaining_us;
} Event;

typedef struct
{
  UnknotClock     *clock;
  UnknotHoldTimer *timer;
  GArray          *events;
  guint            n_finished;
  guint            n_events_at_finish;
} Fixture;

static void
on_phase_changed (UnknotHoldTimer *timer,
                  UnknotHoldPhase  phase,
                  Fixture         *fx)
{
  Event event = {
    .phase = phase,
    .side = unknot_hold_timer_get_side (timer),
    .rep = unknot_hold_timer_get_rep (timer),
    .at_us = unknot_clock_get_time (fx->clock) - T0,
    .remaining_us = unknot_hold_timer_get_remaining_us (timer),
  };

  g_assert_cmpint (phase, ==, unknot_hold_timer_get_phase (timer));
  g_array_append_val (fx->events, event);
}

static void
on_finished (UnknotHoldTimer *timer,
             Fixture         *fx)
{
  g_assert_cmpint (unknot_hold_timer_get_phase (timer), ==, UNKNOT_HOLD_PHASE_DONE);
  fx->n_finished++;
  fx->n_events_at_finish = fx->events->len;
}

static void
on_notify_count (GObject    *object G_GNUC_UNUSED,
                 GParamSpec *pspec G_GNUC_UNUSED,
                 guint      *count)
{
  (*count)++;
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data G_GNUC_UNUSED)
{
  fx->clock = unknot_clock_new_manual (T0);
  fx->timer = unknot_hold_timer_new (fx->clock);
  fx->events = g_array_new (FALSE, TRUE, sizeof (Event));

  g_signal_connect (fx->timer, "phase-changed", G_CALLBACK (on_phase_changed), fx);
  g_signal_connect (fx->timer, "finished", G_CALLBACK (on_finished), fx);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data G_GNUC_UNUSED)
{
  g_clear_pointer (&fx->events, g_array_unref);
  g_assert_finalize_object (g_steal_pointer (&fx->timer));
  g_assert_finalize_object (g_steal_pointer (&fx->clock));
}

static void
set_plan (Fixture    *fx,
          guint       position,
          guint       search,
          guint       hold,
          guint       release,
          guint       reps,
          UnknotSide  sides)
{
  UnknotHoldPlan plan = *unknot_hold_timer_get_plan (fx->timer);

  plan.position_seconds = position;
  plan.search_seconds = search;
  plan.hold_seconds = hold;
  plan.release_seconds = release;
  plan.reps = reps;
  plan.sides = sides;
  unknot_hold_timer_set_plan (fx->timer, &plan);
}

static void
advance (Fixture *fx,
         gint64   delta_us)
{
  unknot_clock_advance (fx->clock, delta_us);
}

static const Event *
last_event (Fixture *fx)
{
  g_assert_cmpuint (fx->events->len, >, 0);

  return &g_array_index (fx->events, Event, fx->events->len - 1);
}

static const char *
phase_nick (UnknotHoldPhase phase)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (UNKNOT_TYPE_HOLD_PHASE);

  return g_enum_get_value (klass, phase)->value_nick;
}

typedef enum
{
  FIELD_PHASE,
  FIELD_SIDE,
  FIELD_REP,
  FIELD_TIME,
} EventField;

static void
append_field (GString     *str,
              const Event *event,
              EventField   field)
{
  switch (field)
    {
    case FIELD_PHASE:
      g_string_append (str, phase_nick (event->phase));
      break;
    case FIELD_SIDE:
      g_string_append (str, unknot_side_to_string (event->side));
      break;
    case FIELD_REP:
      g_string_append_printf (str, "%u", event->rep);
      break;
    case FIELD_TIME:
    default:
      if (event->at_us % G_USEC_PER_SEC == 0)
        g_string_append_printf (str, "%" G_GINT64_FORMAT, event->at_us / G_USEC_PER_SEC);
      else
        g_string_append_printf (str, "%" G_GINT64_FORMAT "us", event->at_us);
    }
}

/* The recorded phase-changed emissions as one line, which makes a failure easy to read */
static char *
events_to_string (Fixture    *fx,
                  EventField  field)
{
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; i < fx->events->len; i++)
    {
      if (i > 0)
        g_string_append_c (str, ' ');

      append_field (str, &g_array_index (fx->events, Event, i), field);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

#define assert_events(fx, field, expected) \
  G_STMT_START { \
    g_autofree char *events_str = events_to_string ((fx), (field)); \
    g_assert_cmpstr (events_str, ==, (expected)); \
  } G_STMT_END

#define REP_PHASES "search hold release"

static void
test_defaults (Fixture       *fx,
               gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(UnknotHoldTimer) real = unknot_hold_timer_new (NULL);
  const UnknotHoldPlan *plan = unknot_hold_timer_get_plan (fx->timer);
  g_autoptr(UnknotClock) clock = NULL;

  g_object_get (fx->timer, "clock", &clock, NULL);
  g_assert_cmpuint (plan->position_seconds, ==, 10);
  g_assert_cmpuint (plan->search_seconds, ==, 15);
  g_assert_cmpuint (plan->hold_seconds, ==, 30);
  g_assert_cmpuint (plan->release_seconds, ==, 5);
  g_assert_cmpuint (plan->reps, ==, 2);
  g_assert_cmpint (plan->sides, ==, UNKNOT_SIDE_BOTH);
  g_assert_cmpuint (plan->extend_seconds, ==, 15);
  g_assert_true (clock == fx->clock);

  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_IDLE);
  g_assert_cmpint (unknot_hold_timer_get_side (fx->timer), ==, UNKNOT_SIDE_NONE);
  g_assert_cmpuint (unknot_hold_timer_get_rep (fx->timer), ==, 0);
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 0);
  g_assert_cmpuint (unknot_hold_timer_get_elapsed (fx->timer), ==, 0);
  g_assert_false (unknot_hold_timer_get_running (fx->timer));
  g_assert_false (unknot_hold_timer_get_paused (fx->timer));
  g_assert_false (unknot_hold_timer_get_can_extend (fx->timer));
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 0);

  g_assert_false (unknot_clock_is_manual (unknot_hold_timer_get_clock (real)));
  g_assert_finalize_object (g_steal_pointer (&real));
}

static void
test_titles (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpstr (unknot_hold_phase_get_title (UNKNOT_HOLD_PHASE_POSITION), ==,
                   "Get into position");
  g_assert_cmpstr (unknot_hold_phase_get_title (UNKNOT_HOLD_PHASE_SEARCH), ==,
                   "Find a tender spot");
  g_assert_cmpstr (unknot_hold_phase_get_title (UNKNOT_HOLD_PHASE_HOLD), ==, "Hold");
  g_assert_cmpstr (unknot_hold_phase_get_title (UNKNOT_HOLD_PHASE_RELEASE), ==, "Roll on");
  g_assert_cmpstr (unknot_hold_phase_get_title (UNKNOT_HOLD_PHASE_SWITCH_SIDE), ==,
                   "Switch sides");
  g_assert_cmpstr (unknot_hold_phase_get_title (UNKNOT_HOLD_PHASE_DONE), ==, "Done");
  g_assert_cmpstr (unknot_hold_phase_get_instruction (UNKNOT_HOLD_PHASE_SEARCH), ==,
                   "Roll slowly until you find a tender spot");

  for (UnknotHoldPhase phase = UNKNOT_HOLD_PHASE_IDLE; phase <= UNKNOT_HOLD_PHASE_DONE; phase++)
    {
      const char *instruction = unknot_hold_phase_get_instruction (phase);

      g_assert_nonnull (instruction);
      g_assert_cmpuint (strlen (instruction), <, 60);
      g_assert_true (g_hash_table_add (seen, (gpointer) unknot_hold_phase_get_title (phase)));
      g_assert_true (g_hash_table_add (seen, (gpointer) instruction));
    }
}

static void
test_sequence_one_side (Fixture       *fx,
                        gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_LEFT);
  unknot_hold_timer_start (fx->timer);
  advance (fx, A_DAY);

  assert_events (fx, FIELD_PHASE, "position " REP_PHASES " done");
  assert_events (fx, FIELD_TIME, "0 10 25 55 60");
  assert_events (fx, FIELD_SIDE, "left left left left left");
  assert_events (fx, FIELD_REP, "1 1 1 1 1");
  g_assert_cmpuint (fx->n_finished, ==, 1);
  g_assert_cmpuint (unknot_hold_timer_get_elapsed (fx->timer), ==, 60);
}

static void
test_sequence_one_side_reps (Fixture       *fx,
                             gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 3, UNKNOT_SIDE_RIGHT);
  unknot_hold_timer_start (fx->timer);
  advance (fx, A_DAY);

  assert_events (fx, FIELD_PHASE, "position " REP_PHASES " " REP_PHASES " " REP_PHASES " done");
  assert_events (fx, FIELD_REP, "1 1 1 1 2 2 2 3 3 3 3");
  assert_events (fx, FIELD_TIME, "0 10 25 55 60 75 105 110 125 155 160");
  g_assert_cmpint (unknot_hold_timer_get_side (fx->timer), ==, UNKNOT_SIDE_RIGHT);
  g_assert_cmpuint (fx->n_finished, ==, 1);
}

static void
test_sequence_both_sides (Fixture       *fx,
                          gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_BOTH);
  unknot_hold_timer_start (fx->timer);
  advance (fx, A_DAY);

  assert_events (fx, FIELD_PHASE, "position " REP_PHASES " switch-side " REP_PHASES " done");
  assert_events (fx, FIELD_SIDE, "left left left left right right right right right");
  assert_events (fx, FIELD_TIME, "0 10 25 55 60 70 85 115 120");
  assert_events (fx, FIELD_REP, "1 1 1 1 1 1 1 1 1");
  g_assert_cmpuint (fx->n_finished, ==, 1);
}

static void
test_sequence_both_sides_reps (Fixture       *fx,
                               gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 3, UNKNOT_SIDE_BOTH);
  unknot_hold_timer_start (fx->timer);
  advance (fx, A_DAY);

  assert_events (fx, FIELD_PHASE,
                 "position " REP_PHASES " " REP_PHASES " " REP_PHASES
                 " switch-side " REP_PHASES " " REP_PHASES " " REP_PHASES " done");
  assert_events (fx, FIELD_REP, "1 1 1 1 2 2 2 3 3 3 1 1 1 1 2 2 2 3 3 3 3");
  assert_events (fx, FIELD_SIDE,
                 "left left left left left left left left left left "
                 "right right right right right right right right right right right");
  g_assert_cmpint (last_event (fx)->at_us, ==, SEC (2 * (10 + 3 * 50)));
  g_assert_cmpuint (fx->n_finished, ==, 1);
}

static void
test_sequence_midline (Fixture       *fx,
                       gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_NONE);
  unknot_hold_timer_start (fx->timer);
  advance (fx, A_DAY);

  assert_events (fx, FIELD_PHASE, "position " REP_PHASES " done");
  assert_events (fx, FIELD_SIDE, "none none none none none");
  g_assert_cmpuint (fx->n_finished, ==, 1);
}

static void
test_sequence_untimed_search (Fixture       *fx,
                              gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 0, 30, 5, 1, UNKNOT_SIDE_NONE);
  unknot_hold_timer_start (fx->timer);
  advance (fx, SEC (10));
  advance (fx, A_DAY);

  assert_events (fx, FIELD_PHASE, "position search");
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 0);
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 0);
  g_assert_cmpint (unknot_hold_timer_get_phase_duration_us (fx->timer), ==, 0);
  g_assert_true (unknot_hold_timer_get_running (fx->timer));

  unknot_hold_timer_found_it (fx->timer);
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 30);
  advance (fx, A_DAY);

  assert_events (fx, FIELD_PHASE, "position " REP_PHASES " done");
  assert_events (fx, FIELD_TIME, "0 10 86410 86440 86445");
  g_assert_cmpuint (fx->n_finished, ==, 1);
}

static void
test_sequence_zero_release (Fixture       *fx,
                            gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 0, 2, UNKNOT_SIDE_LEFT);
  unknot_hold_timer_start (fx->timer);
  advance (fx, A_DAY);

  assert_events (fx, FIELD_PHASE, "position search hold search hold done");
  assert_events (fx, FIELD_TIME, "0 10 25 55 70 100");
  assert_events (fx, FIELD_REP, "1 1 1 2 2 2");
}

static void
test_sequence_zero_position (Fixture       *fx,
                             gconstpointer  data G_GNUC_UNUSED)
{
  guint n_phase_notifies = 0;

  g_signal_connect (fx->timer, "notify::phase", G_CALLBACK (on_notify_count), &n_phase_notifies);
  set_plan (fx, 0, 15, 30, 0, 1, UNKNOT_SIDE_BOTH);
  unknot_hold_timer_start (fx->timer);

  g_assert_cmpuint (n_phase_notifies, ==, 1);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_SEARCH);
  advance (fx, A_DAY);

  /* switch-side takes position-seconds, so it goes too */
  assert_events (fx, FIELD_PHASE, "search hold search hold done");
  assert_events (fx, FIELD_SIDE, "left left right right right");
  assert_events (fx, FIELD_TIME, "0 15 45 60 90");
}

static void
test_remaining_rounding (Fixture       *fx,
                         gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_NONE);
  unknot_hold_timer_start (fx->timer);
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 10);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, SEC (10));

  advance (fx, 1);
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 10);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, SEC (10) - 1);

  advance (fx, SEC (10) - 1);
  unknot_hold_timer_found_it (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_HOLD);
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 30);
  g_assert_cmpint (unknot_hold_timer_get_phase_duration_us (fx->timer), ==, SEC (30));

  advance (fx, 1);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, 29999999);
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 30);

  advance (fx, 999999);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, SEC (29));
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 29);
  g_assert_cmpint (unknot_hold_timer_get_phase_elapsed_us (fx->timer), ==, SEC (1));

  advance (fx, SEC (28.5));
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 1);

  advance (fx, SEC (0.5));
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_RELEASE);
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 5);
}

static void
test_pause_exact (Fixture       *fx,
                  gconstpointer  data G_GNUC_UNUSED)
{
  gint64 remaining_us;

  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_NONE);
  unknot_hold_timer_start (fx->timer);
  advance (fx, SEC (25) + 12345678);
  remaining_us = unknot_hold_timer_get_remaining_us (fx->timer);
  g_assert_cmpint (remaining_us, ==, SEC (30) - 12345678);

  unknot_hold_timer_pause (fx->timer);
  g_assert_true (unknot_hold_timer_get_paused (fx->timer));
  g_assert_false (unknot_hold_timer_get_running (fx->timer));
  advance (fx, SEC (1000) + 7);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, remaining_us);
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 18);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_HOLD);

  unknot_hold_timer_resume (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, remaining_us);
  g_assert_true (unknot_hold_timer_get_running (fx->timer));

  advance (fx, remaining_us - 1);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_HOLD);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, 1);

  advance (fx, 1);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_RELEASE);
  g_assert_cmpint (last_event (fx)->at_us, ==, SEC (25 + 30 + 1000) + 7);
  g_assert_cmpuint (unknot_hold_timer_get_elapsed (fx->timer), ==, 55);
}

static void
test_pause_schedules_nothing (Fixture       *fx,
                              gconstpointer  data G_GNUC_UNUSED)
{
  guint n_events;

  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_NONE);
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 0);

  unknot_hold_timer_start (fx->timer);
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 1);
  advance (fx, SEC (3.3));
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 1);

  unknot_hold_timer_pause (fx->timer);
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 0);
  n_events = fx->events->len;
  advance (fx, A_DAY);
  g_assert_cmpuint (fx->events->len, ==, n_events);
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 0);

  unknot_hold_timer_resume (fx->timer);
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 1);

  advance (fx, A_DAY);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_DONE);
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 0);

  unknot_hold_timer_start (fx->timer);
  unknot_hold_timer_stop (fx->timer);
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 0);
}

static void
test_elapsed (Fixture       *fx,
              gconstpointer  data G_GNUC_UNUSED)
{
  guint n_notifies = 0;

  g_signal_connect (fx->timer, "notify::elapsed", G_CALLBACK (on_notify_count), &n_notifies);
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_NONE);
  unknot_hold_timer_start (fx->timer);

  advance (fx, SEC (3.5));
  g_assert_cmpuint (unknot_hold_timer_get_elapsed (fx->timer), ==, 3);
  g_assert_cmpuint (n_notifies, ==, 3);

  unknot_hold_timer_pause (fx->timer);
  advance (fx, SEC (100));
  g_assert_cmpuint (unknot_hold_timer_get_elapsed (fx->timer), ==, 3);

  unknot_hold_timer_resume (fx->timer);
  advance (fx, SEC (0.5));
  g_assert_cmpuint (unknot_hold_timer_get_elapsed (fx->timer), ==, 4);
  g_assert_cmpuint (n_notifies, ==, 4);

  advance (fx, A_DAY);
  g_assert_cmpuint (unknot_hold_timer_get_elapsed (fx->timer), ==, 60);
  g_assert_cmpuint (n_notifies, ==, 60);

  unknot_hold_timer_stop (fx->timer);
  g_assert_cmpuint (unknot_hold_timer_get_elapsed (fx->timer), ==, 0);
}

static void
test_skip (Fixture       *fx,
           gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_LEFT);
  unknot_hold_timer_skip (fx->timer);
  g_assert_cmpuint (fx->events->len, ==, 0);

  unknot_hold_timer_start (fx->timer);
  advance (fx, SEC (3));
  unknot_hold_timer_skip (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_SEARCH);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, SEC (15));

  advance (fx, SEC (15));
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_HOLD);

  unknot_hold_timer_pause (fx->timer);
  unknot_hold_timer_skip (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_RELEASE);
  g_assert_true (unknot_hold_timer_get_paused (fx->timer));
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, SEC (5));
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 0);

  advance (fx, SEC (7));
  unknot_hold_timer_resume (fx->timer);
  advance (fx, SEC (5));
  assert_events (fx, FIELD_PHASE, "position " REP_PHASES " done");
  assert_events (fx, FIELD_TIME, "0 3 18 18 30");

  unknot_hold_timer_skip (fx->timer);
  g_assert_cmpuint (fx->events->len, ==, 5);
  g_assert_cmpuint (fx->n_finished, ==, 1);
}

static void
test_back_restart_phase (Fixture       *fx,
                         gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_LEFT);
  unknot_hold_timer_start (fx->timer);
  advance (fx, SEC (10));
  unknot_hold_timer_found_it (fx->timer);
  advance (fx, SEC (5));
  unknot_hold_timer_extend (fx->timer);
  g_assert_false (unknot_hold_timer_get_can_extend (fx->timer));

  unknot_hold_timer_back (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_HOLD);
  g_assert_cmpint (unknot_hold_timer_get_phase_elapsed_us (fx->timer), ==, 0);
  g_assert_cmpint (unknot_hold_timer_get_phase_duration_us (fx->timer), ==, SEC (30));
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 30);
  g_assert_true (unknot_hold_timer_get_can_extend (fx->timer));
  g_assert_cmpuint (fx->events->len, ==, 3);
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 1);

  /* just over the two seconds still restarts */
  advance (fx, SEC (2) + 1);
  unknot_hold_timer_back (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_HOLD);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, SEC (30));

  advance (fx, SEC (30));
  assert_events (fx, FIELD_PHASE, "position search hold release");
  g_assert_cmpint (last_event (fx)->at_us, ==, SEC (10 + 5 + 2) + 1 + SEC (30));
}

static void
test_back_previous_phase (Fixture       *fx,
                          gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 2, UNKNOT_SIDE_BOTH);
  unknot_hold_timer_start (fx->timer);
  advance (fx, SEC (10));
  advance (fx, SEC (2));
  unknot_hold_timer_back (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_POSITION);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, SEC (10));

  for (guint i = 0; i < 4; i++)
    unknot_hold_timer_skip (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_SEARCH);
  g_assert_cmpuint (unknot_hold_timer_get_rep (fx->timer), ==, 2);

  unknot_hold_timer_back (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_RELEASE);
  g_assert_cmpuint (unknot_hold_timer_get_rep (fx->timer), ==, 1);

  for (guint i = 0; i < 4; i++)
    unknot_hold_timer_skip (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_SWITCH_SIDE);
  g_assert_cmpint (unknot_hold_timer_get_side (fx->timer), ==, UNKNOT_SIDE_RIGHT);
  g_assert_cmpuint (unknot_hold_timer_get_rep (fx->timer), ==, 1);

  unknot_hold_timer_back (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_RELEASE);
  g_assert_cmpint (unknot_hold_timer_get_side (fx->timer), ==, UNKNOT_SIDE_LEFT);
  g_assert_cmpuint (unknot_hold_timer_get_rep (fx->timer), ==, 2);

  assert_events (fx, FIELD_PHASE,
                 "position search position search hold release search release "
                 "search hold release switch-side release");
}

static void
test_back_first_phase (Fixture       *fx,
                       gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_LEFT);
  unknot_hold_timer_back (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_IDLE);

  unknot_hold_timer_start (fx->timer);
  advance (fx, SEC (1));
  unknot_hold_timer_back (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_POSITION);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, SEC (10));
  g_assert_cmpint (unknot_hold_timer_get_phase_elapsed_us (fx->timer), ==, 0);
  g_assert_cmpuint (fx->events->len, ==, 1);

  unknot_hold_timer_stop (fx->timer);
  set_plan (fx, 0, 15, 30, 5, 2, UNKNOT_SIDE_BOTH);
  unknot_hold_timer_start (fx->timer);
  advance (fx, SEC (1));
  unknot_hold_timer_back (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_SEARCH);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, SEC (15));
  assert_events (fx, FIELD_PHASE, "position idle search");
}

static void
test_found_it (Fixture       *fx,
               gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_LEFT);
  unknot_hold_timer_start (fx->timer);
  unknot_hold_timer_found_it (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_POSITION);

  advance (fx, SEC (14));
  unknot_hold_timer_found_it (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_HOLD);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, SEC (30));

  unknot_hold_timer_found_it (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_HOLD);

  advance (fx, A_DAY);
  assert_events (fx, FIELD_PHASE, "position " REP_PHASES " done");
  assert_events (fx, FIELD_TIME, "0 10 14 44 49");
}

static void
test_extend (Fixture       *fx,
             gconstpointer  data G_GNUC_UNUSED)
{
  guint n_notifies = 0;

  g_signal_connect (fx->timer, "notify::can-extend", G_CALLBACK (on_notify_count), &n_notifies);
  set_plan (fx, 10, 15, 30, 5, 2, UNKNOT_SIDE_LEFT);
  unknot_hold_timer_start (fx->timer);
  unknot_hold_timer_extend (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase_duration_us (fx->timer), ==, SEC (10));

  advance (fx, SEC (25));
  g_assert_true (unknot_hold_timer_get_can_extend (fx->timer));
  g_assert_cmpuint (n_notifies, ==, 1);

  advance (fx, SEC (10));
  unknot_hold_timer_extend (fx->timer);
  g_assert_false (unknot_hold_timer_get_can_extend (fx->timer));
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 35);
  g_assert_cmpint (unknot_hold_timer_get_phase_duration_us (fx->timer), ==, SEC (45));
  g_assert_cmpuint (n_notifies, ==, 2);

  unknot_hold_timer_extend (fx->timer);
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 35);
  g_assert_cmpuint (n_notifies, ==, 2);

  advance (fx, SEC (35) - 1);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_HOLD);
  advance (fx, 1);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_RELEASE);
  g_assert_cmpint (last_event (fx)->at_us, ==, SEC (70));
  g_assert_cmpuint (n_notifies, ==, 2);

  advance (fx, SEC (20));
  g_assert_cmpuint (unknot_hold_timer_get_rep (fx->timer), ==, 2);
  g_assert_true (unknot_hold_timer_get_can_extend (fx->timer));
  g_assert_cmpuint (n_notifies, ==, 3);
}

static void
test_finished_once (Fixture       *fx,
                    gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_NONE);
  unknot_hold_timer_start (fx->timer);
  advance (fx, SEC (59));
  g_assert_cmpuint (fx->n_finished, ==, 0);

  advance (fx, SEC (1));
  g_assert_cmpuint (fx->n_finished, ==, 1);
  g_assert_cmpuint (fx->n_events_at_finish, ==, fx->events->len);
  g_assert_cmpint (last_event (fx)->phase, ==, UNKNOT_HOLD_PHASE_DONE);
  g_assert_false (unknot_hold_timer_get_running (fx->timer));

  advance (fx, A_DAY);
  unknot_hold_timer_pause (fx->timer);
  unknot_hold_timer_resume (fx->timer);
  g_assert_cmpuint (fx->n_finished, ==, 1);
  g_assert_cmpuint (fx->events->len, ==, 5);

  unknot_hold_timer_start (fx->timer);
  advance (fx, A_DAY);
  g_assert_cmpuint (fx->n_finished, ==, 2);
}

static void
test_finished_not_on_stop (Fixture       *fx,
                           gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_LEFT);
  unknot_hold_timer_stop (fx->timer);
  g_assert_cmpuint (fx->events->len, ==, 0);

  unknot_hold_timer_start (fx->timer);
  advance (fx, SEC (30));
  unknot_hold_timer_stop (fx->timer);

  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_IDLE);
  g_assert_cmpuint (unknot_hold_timer_get_rep (fx->timer), ==, 0);
  g_assert_cmpint (unknot_hold_timer_get_side (fx->timer), ==, UNKNOT_SIDE_NONE);
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 0);
  g_assert_false (unknot_hold_timer_get_running (fx->timer));
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 0);

  unknot_hold_timer_start (fx->timer);
  unknot_hold_timer_pause (fx->timer);
  unknot_hold_timer_stop (fx->timer);
  g_assert_false (unknot_hold_timer_get_paused (fx->timer));

  advance (fx, A_DAY);
  assert_events (fx, FIELD_PHASE, "position search hold idle position idle");
  g_assert_cmpuint (fx->n_finished, ==, 0);
}

static void
test_restart (Fixture       *fx,
              gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 2, UNKNOT_SIDE_BOTH);
  unknot_hold_timer_start (fx->timer);
  advance (fx, SEC (100));
  g_assert_cmpuint (unknot_hold_timer_get_rep (fx->timer), ==, 2);
  unknot_hold_timer_pause (fx->timer);
  advance (fx, SEC (100));

  unknot_hold_timer_restart (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_POSITION);
  g_assert_true (unknot_hold_timer_get_running (fx->timer));
  g_assert_false (unknot_hold_timer_get_paused (fx->timer));
  g_assert_cmpuint (unknot_hold_timer_get_rep (fx->timer), ==, 1);
  g_assert_cmpint (unknot_hold_timer_get_side (fx->timer), ==, UNKNOT_SIDE_LEFT);
  g_assert_cmpuint (unknot_hold_timer_get_elapsed (fx->timer), ==, 0);
  g_assert_cmpint (unknot_hold_timer_get_remaining_us (fx->timer), ==, SEC (10));
  g_assert_cmpuint (unknot_clock_get_n_pending (fx->clock), ==, 1);

  advance (fx, A_DAY);
  g_assert_cmpuint (fx->n_finished, ==, 1);
  g_assert_cmpint (last_event (fx)->at_us, ==, SEC (200 + 2 * (10 + 2 * 50)));

  unknot_hold_timer_restart (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_POSITION);
}

static void
test_toggle (Fixture       *fx,
             gconstpointer  data G_GNUC_UNUSED)
{
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_NONE);
  unknot_hold_timer_toggle (fx->timer);
  g_assert_true (unknot_hold_timer_get_running (fx->timer));

  unknot_hold_timer_toggle (fx->timer);
  g_assert_true (unknot_hold_timer_get_paused (fx->timer));
  g_assert_false (unknot_hold_timer_get_running (fx->timer));

  unknot_hold_timer_toggle (fx->timer);
  g_assert_true (unknot_hold_timer_get_running (fx->timer));
  g_assert_false (unknot_hold_timer_get_paused (fx->timer));

  advance (fx, A_DAY);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_DONE);
  unknot_hold_timer_toggle (fx->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_POSITION);
  g_assert_true (unknot_hold_timer_get_running (fx->timer));
}

typedef struct
{
  Fixture *fx;
  GArray  *values;
  GArray  *times;
} RemainingLog;

static void
on_notify_remaining (UnknotHoldTimer *timer,
                     GParamSpec      *pspec G_GNUC_UNUSED,
                     RemainingLog    *log)
{
  guint value = unknot_hold_timer_get_remaining (timer);
  gint64 at_us = unknot_clock_get_time (log->fx->clock) - T0;

  g_array_append_val (log->values, value);
  g_array_append_val (log->times, at_us);
}

static void
test_notify_remaining (Fixture       *fx,
                       gconstpointer  data G_GNUC_UNUSED)
{
  RemainingLog log = { fx, g_array_new (FALSE, FALSE, sizeof (guint)),
                       g_array_new (FALSE, FALSE, sizeof (gint64)) };

  set_plan (fx, 0, 0, 30, 0, 1, UNKNOT_SIDE_NONE);
  unknot_hold_timer_start (fx->timer);
  advance (fx, SEC (2.25));
  unknot_hold_timer_found_it (fx->timer);
  g_assert_cmpuint (unknot_hold_timer_get_remaining (fx->timer), ==, 30);

  g_signal_connect (fx->timer, "notify::remaining", G_CALLBACK (on_notify_remaining), &log);
  for (guint i = 0; i < 4 * 30; i++)
    advance (fx, SEC (0.25));

  g_assert_cmpint (unknot_hold_timer_get_phase (fx->timer), ==, UNKNOT_HOLD_PHASE_DONE);
  g_assert_cmpuint (log.values->len, ==, 30);

  for (guint i = 0; i < log.values->len; i++)
    {
      guint value = g_array_index (log.values, guint, i);

      g_assert_cmpuint (value, ==, 29 - i);
      g_assert_cmpint (g_array_index (log.times, gint64, i), ==, SEC (2.25) + SEC (30 - value));
    }

  g_signal_handlers_disconnect_by_data (fx->timer, &log);
  g_array_unref (log.values);
  g_array_unref (log.times);
}

/* The plan is a plain value: setting it notifies nothing, and setting the
 * same plan again is harmless even while the timer runs. */
static void
test_notify_plan_same_value (Fixture       *fx,
                             gconstpointer  data G_GNUC_UNUSED)
{
  guint n_notifies = 0;

  g_signal_connect (fx->timer, "notify", G_CALLBACK (on_notify_count), &n_notifies);

  set_plan (fx, 10, 15, 30, 5, 2, UNKNOT_SIDE_BOTH);
  set_plan (fx, 11, 16, 31, 6, 3, UNKNOT_SIDE_NONE);
  g_assert_cmpuint (unknot_hold_timer_get_plan (fx->timer)->hold_seconds, ==, 31);
  g_assert_cmpuint (n_notifies, ==, 0);

  unknot_hold_timer_start (fx->timer);
  n_notifies = 0;
  set_plan (fx, 11, 16, 31, 6, 3, UNKNOT_SIDE_NONE);
  g_assert_cmpuint (n_notifies, ==, 0);
}

static void
test_plan_locked_while_running (Fixture       *fx,
                                gconstpointer  data G_GNUC_UNUSED)
{
  unknot_hold_timer_start (fx->timer);

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*timer_is_editable*");
  set_plan (fx, 10, 15, 45, 5, 2, UNKNOT_SIDE_BOTH);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (unknot_hold_timer_get_plan (fx->timer)->hold_seconds, ==, 30);

  unknot_hold_timer_pause (fx->timer);
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*timer_is_editable*");
  set_plan (fx, 10, 15, 30, 5, 2, UNKNOT_SIDE_LEFT);
  g_test_assert_expected_messages ();
  g_assert_cmpint (unknot_hold_timer_get_plan (fx->timer)->sides, ==, UNKNOT_SIDE_BOTH);

  unknot_hold_timer_stop (fx->timer);
  set_plan (fx, 10, 15, 45, 5, 2, UNKNOT_SIDE_BOTH);
  g_assert_cmpuint (unknot_hold_timer_get_plan (fx->timer)->hold_seconds, ==, 45);
}

static void
on_notify_phase_check (UnknotHoldTimer *timer,
                       GParamSpec      *pspec G_GNUC_UNUSED,
                       guint           *count)
{
  /* every other property already describes the new phase */
  if (unknot_hold_timer_get_phase (timer) == UNKNOT_HOLD_PHASE_HOLD)
    {
      g_assert_cmpuint (unknot_hold_timer_get_remaining (timer), ==, 30);
      g_assert_true (unknot_hold_timer_get_can_extend (timer));
    }

  (*count)++;
}

static void
test_notify_phase (Fixture       *fx,
                   gconstpointer  data G_GNUC_UNUSED)
{
  guint n_notifies = 0;

  g_signal_connect (fx->timer, "notify::phase", G_CALLBACK (on_notify_phase_check), &n_notifies);
  set_plan (fx, 10, 15, 30, 5, 2, UNKNOT_SIDE_BOTH);
  unknot_hold_timer_start (fx->timer);
  g_assert_cmpuint (n_notifies, ==, 1);

  unknot_hold_timer_pause (fx->timer);
  unknot_hold_timer_resume (fx->timer);
  advance (fx, SEC (9.5));
  g_assert_cmpuint (n_notifies, ==, 1);

  advance (fx, A_DAY);
  g_assert_cmpuint (fx->events->len, ==, 15);
  g_assert_cmpuint (n_notifies, ==, fx->events->len);

  for (guint i = 0; i < fx->events->len; i++)
    {
      const Event *event = &g_array_index (fx->events, Event, i);

      /* phase-changed came after the new phase's state was set */
      if (event->phase == UNKNOT_HOLD_PHASE_HOLD)
        g_assert_cmpint (event->remaining_us, ==, SEC (30));
    }
}

static void
on_phase_changed_skip_hold (UnknotHoldTimer *timer,
                            UnknotHoldPhase  phase,
                            gpointer         user_data G_GNUC_UNUSED)
{
  if (phase == UNKNOT_HOLD_PHASE_HOLD)
    unknot_hold_timer_skip (timer);
}

static void
test_reentrant_skip (Fixture       *fx,
                     gconstpointer  data G_GNUC_UNUSED)
{
  g_signal_connect (fx->timer, "phase-changed", G_CALLBACK (on_phase_changed_skip_hold), NULL);
  set_plan (fx, 10, 15, 30, 5, 1, UNKNOT_SIDE_NONE);
  unknot_hold_timer_start (fx->timer);
  advance (fx, A_DAY);

  assert_events (fx, FIELD_PHASE, "position " REP_PHASES " done");
  assert_events (fx, FIELD_TIME, "0 10 25 25 30");
  g_assert_cmpuint (fx->n_finished, ==, 1);
}

typedef struct
{
  UnknotClock *clock;
  GString     *log;
} ClockLog;

typedef struct
{
  ClockLog   *log;
  const char *name;
} ClockMark;

static void
clock_mark_cb (gpointer user_data)
{
  ClockMark *mark = user_data;

  g_string_append_printf (mark->log->log, "%s@%" G_GINT64_FORMAT " ",
                          mark->name, unknot_clock_get_time (mark->log->clock));
}

static ClockMark nested_marks[2];

static void
clock_nested_cb (gpointer user_data)
{
  ClockMark *mark = user_data;
  UnknotClock *clock = mark->log->clock;

  clock_mark_cb (mark);
  nested_marks[0] = (ClockMark) { mark->log, "F" };
  nested_marks[1] = (ClockMark) { mark->log, "G" };
  unknot_clock_schedule (clock, 115, clock_mark_cb, &nested_marks[0]);
  unknot_clock_schedule (clock, unknot_clock_get_time (clock), clock_mark_cb, &nested_marks[1]);
}

static void
test_clock_manual (void)
{
  g_autoptr(UnknotClock) clock = unknot_clock_new_manual (100);
  g_autoptr(GString) str = g_string_new (NULL);
  ClockLog log = { clock, str };
  ClockMark a = { &log, "A" }, b = { &log, "B" }, c = { &log, "C" };
  ClockMark d = { &log, "D" }, e = { &log, "E" };
  guint a_id;

  g_assert_true (unknot_clock_is_manual (clock));
  a_id = unknot_clock_schedule (clock, 130, clock_mark_cb, &a);
  unknot_clock_schedule (clock, 110, clock_nested_cb, &b);
  unknot_clock_schedule (clock, 120, clock_mark_cb, &c);
  unknot_clock_schedule (clock, 120, clock_mark_cb, &d);
  unknot_clock_schedule (clock, 200, clock_mark_cb, &e);
  g_assert_cmpuint (unknot_clock_get_n_pending (clock), ==, 5);

  unknot_clock_advance (clock, 25);
  g_assert_cmpstr (str->str, ==, "B@110 G@110 F@115 C@120 D@120 ");
  g_assert_cmpint (unknot_clock_get_time (clock), ==, 125);
  g_assert_cmpuint (unknot_clock_get_n_pending (clock), ==, 2);

  unknot_clock_cancel (clock, a_id);
  unknot_clock_cancel (clock, a_id);
  g_assert_cmpuint (unknot_clock_get_n_pending (clock), ==, 1);

  unknot_clock_set_time (clock, 300);
  g_assert_cmpstr (str->str, ==, "B@110 G@110 F@115 C@120 D@120 E@200 ");
  g_assert_cmpint (unknot_clock_get_time (clock), ==, 300);
  g_assert_cmpuint (unknot_clock_get_n_pending (clock), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&clock));
}

typedef struct
{
  GString *log;
  gint64   deadline_us;
  gint64   fired_us;
} RealMark;

static void
real_mark_cb (gpointer user_data)
{
  RealMark *mark = user_data;

  mark->fired_us = g_get_monotonic_time ();
  g_string_append_printf (mark->log, "%" G_GINT64_FORMAT " ", mark->deadline_us);
}

static void
test_clock_real (void)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(UnknotClock) clock = unknot_clock_new ();
  g_autoptr(GString) str = g_string_new (NULL);
  gint64 now_us = unknot_clock_get_time (clock);
  RealMark late = { str, now_us + 30000, 0 };
  RealMark early = { str, now_us + 10000, 0 };
  RealMark cancelled = { str, now_us + 5000, 0 };
  g_autofree char *expected = NULL;

  g_assert_cmpint (ABS (now_us - g_get_monotonic_time ()), <, G_USEC_PER_SEC);

  g_main_context_push_thread_default (context);
  unknot_clock_schedule (clock, late.deadline_us, real_mark_cb, &late);
  unknot_clock_schedule (clock, early.deadline_us, real_mark_cb, &early);
  unknot_clock_cancel (clock, unknot_clock_schedule (clock, cancelled.deadline_us,
                                                     real_mark_cb, &cancelled));
  g_assert_cmpuint (unknot_clock_get_n_pending (clock), ==, 2);

  while (unknot_clock_get_n_pending (clock) > 0)
    g_main_context_iteration (context, TRUE);
  g_main_context_pop_thread_default (context);

  expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " ",
                              early.deadline_us, late.deadline_us);
  g_assert_cmpstr (str->str, ==, expected);
  g_assert_cmpint (early.fired_us, >=, early.deadline_us);
  g_assert_cmpint (late.fired_us, >=, late.deadline_us);
  g_assert_cmpint (cancelled.fired_us, ==, 0);
  g_assert_finalize_object (g_steal_pointer (&clock));
}

/* A main loop that was busy past several deadlines still fires them
 * earliest first, not in the order their sources were attached.
 */
static void
test_clock_real_late_loop (void)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(UnknotClock) clock = unknot_clock_new ();
  g_autoptr(GString) str = g_string_new (NULL);
  gint64 now_us = unknot_clock_get_time (clock);
  RealMark third = { str, now_us + 3000, 0 };
  RealMark first = { str, now_us + 1000, 0 };
  RealMark second = { str, now_us + 2000, 0 };
  g_autofree char *expected = NULL;

  g_main_context_push_thread_default (context);
  unknot_clock_schedule (clock, third.deadline_us, real_mark_cb, &third);
  unknot_clock_schedule (clock, first.deadline_us, real_mark_cb, &first);
  unknot_clock_schedule (clock, second.deadline_us, real_mark_cb, &second);

  while (g_get_monotonic_time () < third.deadline_us + 5000)
    g_usleep (5000);

  g_main_context_iteration (context, FALSE);
  while (unknot_clock_get_n_pending (clock) > 0)
    g_main_context_iteration (context, TRUE);
  g_main_context_pop_thread_default (context);

  expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " ",
                              first.deadline_us, second.deadline_us, third.deadline_us);
  g_assert_cmpstr (str->str, ==, expected);
  g_assert_finalize_object (g_steal_pointer (&clock));
}

typedef struct
{
  GMainLoop *loop;
  GString   *phases;
  gulong     block_in_hold_us;
  gint64     hold_start_us;
  gint64     release_remaining_us;
  gint64     done_us;
  guint      n_finished;
} RealRun;

static void
real_on_phase_changed (UnknotHoldTimer *timer,
                       UnknotHoldPhase  phase,
                       RealRun         *run)
{
  /* read the time first, so that the start found is never later than the real one */
  gint64 now_us = g_get_monotonic_time ();

  g_string_append_printf (run->phases, "%s ", phase_nick (phase));

  if (phase == UNKNOT_HOLD_PHASE_HOLD)
    {
      run->hold_start_us = now_us - unknot_hold_timer_get_phase_elapsed_us (timer);
      g_usleep (run->block_in_hold_us);
    }
  else if (phase == UNKNOT_HOLD_PHASE_RELEASE)
    {
      run->release_remaining_us = unknot_hold_timer_get_remaining_us (timer);
    }
  else if (phase == UNKNOT_HOLD_PHASE_DONE)
    {
      run->done_us = now_us;
    }
}

static void
real_on_finished (UnknotHoldTimer *timer G_GNUC_UNUSED,
                  RealRun         *run)
{
  run->n_finished++;
  g_main_loop_quit (run->loop);
}

static void
real_found_it_cb (gpointer user_data)
{
  unknot_hold_timer_found_it (user_data);
}

static gboolean
real_too_slow_cb (gpointer user_data G_GNUC_UNUSED)
{
  g_assert_not_reached ();

  return G_SOURCE_REMOVE;
}

static void
real_run (UnknotHoldTimer *timer,
          RealRun         *run)
{
  guint too_slow_id;

  g_signal_connect (timer, "phase-changed", G_CALLBACK (real_on_phase_changed), run);
  g_signal_connect (timer, "finished", G_CALLBACK (real_on_finished), run);

  unknot_hold_timer_start (timer);
  g_timeout_add_once (200, real_found_it_cb, timer);
  too_slow_id = g_timeout_add_seconds (30, real_too_slow_cb, NULL);
  g_main_loop_run (run->loop);
  g_source_remove (too_slow_id);
}

/* The plan is in whole seconds, so the search is untimed and a 200 ms
 * main-loop timeout finds the spot; the 1 s hold ends on the real clock.
 */
static void
test_real_clock (void)
{
  g_autoptr(UnknotHoldTimer) timer = unknot_hold_timer_new (NULL);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GString) phases = g_string_new (NULL);
  RealRun run = { loop, phases, 0, 0, 0, 0, 0 };
  gint64 started_us = g_get_monotonic_time ();

  unknot_hold_timer_set_plan (timer, &(UnknotHoldPlan) {
                                .hold_seconds = 1,
                                .release_seconds = 0,
                                .reps = 1,
                                .sides = UNKNOT_SIDE_NONE,
                              });
  real_run (timer, &run);

  g_assert_cmpstr (phases->str, ==, "search hold done ");
  g_assert_cmpuint (run.n_finished, ==, 1);
  g_assert_cmpint (run.hold_start_us - started_us, >=, 200 * 1000);
  g_assert_cmpint (run.done_us - run.hold_start_us, >=, G_USEC_PER_SEC);
  g_assert_cmpuint (unknot_clock_get_n_pending (unknot_hold_timer_get_clock (timer)), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&timer));
}

/* The main loop is blocked past the end of the hold: the release must
 * still start at the hold's deadline, not when the timer got to run.
 */
static void
test_real_clock_late (void)
{
  g_autoptr(UnknotHoldTimer) timer = unknot_hold_timer_new (NULL);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GString) phases = g_string_new (NULL);
  RealRun run = { loop, phases, 1500 * 1000, 0, 0, 0, 0 };

  unknot_hold_timer_set_plan (timer, &(UnknotHoldPlan) {
                                .hold_seconds = 1,
                                .release_seconds = 1,
                                .reps = 1,
                                .sides = UNKNOT_SIDE_NONE,
                              });
  real_run (timer, &run);

  g_assert_cmpstr (phases->str, ==, "search hold release done ");
  g_assert_cmpint (run.release_remaining_us, <=, 500 * 1000);
  g_assert_cmpint (run.done_us - run.hold_start_us, >=, 2 * G_USEC_PER_SEC);
  g_assert_cmpuint (run.n_finished, ==, 1);
  g_assert_finalize_object (g_steal_pointer (&timer));
}

#define add_test(path, func) \
  g_test_add ("/hold-timer/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/clock/manual", test_clock_manual);
  g_test_add_func ("/clock/real", test_clock_real);
  g_test_add_func ("/clock/real-late-loop", test_clock_real_late_loop);
  g_test_add_func ("/hold-timer/titles", test_titles);
  add_test ("defaults", test_defaults);
  add_test ("sequence/one-side", test_sequence_one_side);
  add_test ("sequence/one-side-reps", test_sequence_one_side_reps);
  add_test ("sequence/both-sides", test_sequence_both_sides);
  add_test ("sequence/both-sides-reps", test_sequence_both_sides_reps);
  add_test ("sequence/midline", test_sequence_midline);
  add_test ("sequence/untimed-search", test_sequence_untimed_search);
  add_test ("sequence/zero-release", test_sequence_zero_release);
  add_test ("sequence/zero-position", test_sequence_zero_position);
  add_test ("remaining/rounding", test_remaining_rounding);
  add_test ("pause/exact", test_pause_exact);
  add_test ("pause/schedules-nothing", test_pause_schedules_nothing);
  add_test ("elapsed", test_elapsed);
  add_test ("skip", test_skip);
  add_test ("back/restart-phase", test_back_restart_phase);
  add_test ("back/previous-phase", test_back_previous_phase);
  add_test ("back/first-phase", test_back_first_phase);
  add_test ("found-it", test_found_it);
  add_test ("extend", test_extend);
  add_test ("finished/once", test_finished_once);
  add_test ("finished/not-on-stop", test_finished_not_on_stop);
  add_test ("restart", test_restart);
  add_test ("toggle", test_toggle);
  add_test ("notify/remaining", test_notify_remaining);
  add_test ("notify/plan-same-value", test_notify_plan_same_value);
  add_test ("notify/phase", test_notify_phase);
  add_test ("plan-locked-while-running", test_plan_locked_while_running);
  add_test ("reentrant-skip", test_reentrant_skip);
  g_test_add_func ("/hold-timer/real-clock", test_real_clock);
  g_test_add_func ("/hold-timer/real-clock-late", test_real_clock_late);

  return g_test_run ();
}
