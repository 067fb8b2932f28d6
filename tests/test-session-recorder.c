/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "unknot-content-loader.h"
#include "unknot-library.h"
#include "unknot-session-recorder.h"

#define SECOND G_USEC_PER_SEC

typedef struct
{
  char                  *dir;
  UnknotLibrary         *library;
  UnknotClock           *clock;
  UnknotHoldTimer       *timer;
  UnknotSession         *session;
  UnknotHistory         *history;
  UnknotSessionRecorder *recorder;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const UnknotPhaseTimes times = { 2, 3, 1 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("unknot-recorder-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "history.db", NULL);

  f->library = unknot_library_new ();
  g_assert_true (unknot_content_load_builtin (f->library, &error));
  f->clock = unknot_clock_new_manual (0);
  f->timer = unknot_hold_timer_new (f->clock);
  f->session = unknot_session_new (f->timer);
  unknot_session_set_phase_times (f->session, &times, TRUE);
  f->history = unknot_history_new (path);
  f->recorder = unknot_session_recorder_new (f->history, f->session);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "history.db", NULL);

  while (unknot_session_recorder_get_n_pending (f->recorder) > 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_finalize_object (f->recorder);
  g_assert_finalize_object (f->session);
  g_assert_finalize_object (f->timer);
  g_assert_finalize_object (f->clock);
  /* The worker hands its last references back to this thread */
  g_object_add_weak_pointer (G_OBJECT (f->history), (gpointer *) &f->history);
  g_object_unref (f->history);
  while (f->history != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_object_unref (f->library);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *file = g_strconcat (path, (const char *[]) { "", "-wal", "-shm" }[i], NULL);

      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static UnknotRoutine *
make_routine (Fixture    *f,
              const char *name)
{
  UnknotRoutine *routine = unknot_routine_new ("client", name, "", "");

  unknot_routine_append_item (routine, unknot_library_get_technique (f->library, "calves-roller"),
                              UNKNOT_SIDE_BOTH, 20, 1);
  unknot_routine_append_item (routine,
                              unknot_library_get_technique (f->library, "quadriceps-roller"),
                              UNKNOT_SIDE_LEFT, 25, 1);

  return routine;
}

static void
advance (Fixture *f,
         guint    seconds)
{
  for (guint i = 0; i < seconds * 4; i++)
    unknot_clock_advance (f->clock, SECOND / 4);
}

static void
store_result (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GPtrArray *
wait_and_list (Fixture *f)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *sessions;

  while (unknot_session_recorder_get_n_pending (f->recorder) > 0)
    g_main_context_iteration (NULL, TRUE);

  unknot_history_list_sessions_async (f->history, 0, 0, NULL, store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  sessions = unknot_history_list_sessions_finish (f->history, result, &error);
  g_assert_no_error (error);

  return sessions;
}

static UnknotHistoryHold *
hold_at (UnknotHistorySession *session,
         guint                 index)
{
  g_assert_cmpuint (index, <, session->holds->len);

  return g_ptr_array_index (session->holds, index);
}

static void
test_complete_routine (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(UnknotRoutine) routine = make_routine (f, "Client's legs");
  g_autoptr(GPtrArray) sessions = NULL;
  UnknotHistorySession *session;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;

  unknot_session_play (f->session, routine);
  g_assert_true (unknot_session_recorder_get_saved (f->recorder));
  advance (f, 200);
  g_assert_true (unknot_session_get_completed (f->session));

  sessions = wait_and_list (f);
  g_assert_cmpuint (sessions->len, ==, 1);
  session = g_ptr_array_index (sessions, 0);
  g_assert_cmpstr (session->routine_id, ==, "client");
  g_assert_cmpstr (session->routine_name, ==, "Client's legs");
  g_assert_null (session->technique_id);
  g_assert_true (session->completed);
  g_assert_cmpint (session->start_time, >=, before);
  g_assert_cmpint (session->end_time, >=, session->start_time);
  /* calves left and right, then the left quadriceps */
  g_assert_cmpuint (session->holds->len, ==, 3);
  g_assert_cmpstr (hold_at (session, 0)->muscle_id, ==, "calves");
  g_assert_cmpstr (hold_at (session, 0)->side, ==, "left");
  g_assert_cmpstr (hold_at (session, 1)->side, ==, "right");
  g_assert_cmpstr (hold_at (session, 0)->technique_id, ==, "calves-roller");
  g_assert_cmpstr (hold_at (session, 0)->tool_id, ==, "roller");
  g_assert_cmpuint (hold_at (session, 0)->planned_seconds, ==, 20);
  g_assert_cmpuint (hold_at (session, 0)->actual_seconds, ==, 20);
  g_assert_false (hold_at (session, 0)->skipped);
  g_assert_cmpstr (hold_at (session, 2)->muscle_id, ==, "quadriceps");
  g_assert_cmpuint (hold_at (session, 2)->actual_seconds, ==, 25);
  /* the whole time of both items, positioning and searching included */
  g_assert_cmpuint (session->rolled_seconds, ==, unknot_session_get_seconds_rolled (f->session));
  g_assert_cmpuint (session->rolled_seconds, >=, 20 + 20 + 25);

  unknot_session_recorder_set_feeling (f->recorder, UNKNOT_FEELING_LOOSER);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = wait_and_list (f);
  g_assert_cmpint (((UnknotHistorySession *) g_ptr_array_index (sessions, 0))->feeling, ==,
                   UNKNOT_FEELING_LOOSER);
}

static void
advance_to_phase (Fixture         *f,
                  UnknotHoldPhase  phase)
{
  for (guint i = 0; i < 400 && unknot_hold_timer_get_phase (f->timer) != phase; i++)
    unknot_clock_advance (f->clock, SECOND / 4);
  g_assert_cmpint (unknot_hold_timer_get_phase (f->timer), ==, phase);
}

/* Paused time is not held time; a hold cut short is marked skipped; a
 * stop ends the session early with what was rolled so far. */
static void
test_pause_skip_stop (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(UnknotRoutine) routine = make_routine (f, "Legs");
  g_autoptr(GPtrArray) sessions = NULL;
  UnknotHistorySession *session;

  unknot_session_play (f->session, routine);
  advance_to_phase (f, UNKNOT_HOLD_PHASE_HOLD);
  advance (f, 4);
  unknot_hold_timer_pause (f->timer);
  advance (f, 60);
  unknot_hold_timer_resume (f->timer);
  advance (f, 3);
  unknot_hold_timer_skip (f->timer);
  advance_to_phase (f, UNKNOT_HOLD_PHASE_HOLD);
  advance (f, 2);
  unknot_session_stop (f->session);

  sessions = wait_and_list (f);
  session = g_ptr_array_index (sessions, 0);
  g_assert_false (session->completed);
  g_assert_cmpint (session->end_time, >, 0);
  g_assert_cmpuint (session->holds->len, ==, 2);
  g_assert_cmpuint (hold_at (session, 0)->actual_seconds, ==, 7);
  g_assert_true (hold_at (session, 0)->skipped);
  g_assert_cmpstr (hold_at (session, 1)->side, ==, "right");
  g_assert_cmpuint (hold_at (session, 1)->actual_seconds, ==, 2);
  g_assert_true (hold_at (session, 1)->skipped);
  g_assert_cmpuint (session->rolled_seconds, >=, 7 + 2);
  g_assert_cmpuint (session->rolled_seconds, <, 60);
}

static void
test_disabled (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(UnknotRoutine) routine = make_routine (f, "Legs");
  g_autoptr(GPtrArray) sessions = NULL;

  unknot_session_recorder_set_enabled (f->recorder, FALSE);
  unknot_session_play (f->session, routine);
  g_assert_false (unknot_session_recorder_get_saved (f->recorder));
  advance (f, 200);
  unknot_session_recorder_set_feeling (f->recorder, UNKNOT_FEELING_SAME);

  sessions = wait_and_list (f);
  g_assert_cmpuint (sessions->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/session-recorder/complete-routine", Fixture, NULL, fixture_set_up,
              test_complete_routine, fixture_tear_down);
  g_test_add ("/session-recorder/pause-skip-stop", Fixture, NULL, fixture_set_up,
              test_pause_skip_stop, fixture_tear_down);
  g_test_add ("/session-recorder/disabled", Fixture, NULL, fixture_set_up,
              test_disabled, fixture_tear_down);

  return g_test_run ();
}
