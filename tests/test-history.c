/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "unknot-history-csv.h"
#include "unknot-history.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("unknot-history-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "unknot", "history.db", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* ---- Running the async API to completion ---------------------------- */

static void
store_result (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *slot;
}

static void
check_write (UnknotHistory *history,
             GAsyncResult  *result)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (unknot_history_write_finish (history, result, &error));
  g_assert_no_error (error);
  g_object_unref (result);
}

#define WRITE(history, call, ...)                                        \
  G_STMT_START {                                                         \
    GAsyncResult *result_ = NULL;                                        \
    call (history, __VA_ARGS__, NULL, store_result, &result_);           \
    check_write (history, wait_for (&result_));                          \
  } G_STMT_END

static GPtrArray *
list_sessions (UnknotHistory *history,
               gint64         since)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *sessions;

  unknot_history_list_sessions_async (history, since, 0, NULL, store_result, &result);
  sessions = unknot_history_list_sessions_finish (history, wait_for (&result), &error);
  g_assert_no_error (error);

  return sessions;
}

static UnknotHistoryProgress *
query_progress (UnknotHistory *history,
                GDateTime     *now,
                guint          n_days)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  UnknotHistoryProgress *progress;

  unknot_history_query_progress_async (history, now, n_days, NULL, store_result, &result);
  progress = unknot_history_query_progress_finish (history, wait_for (&result), &error);
  g_assert_no_error (error);

  return progress;
}

static UnknotHistoryHold *
make_hold (const char *muscle_id,
           const char *side,
           gint64      end_time,
           guint       actual)
{
  UnknotHistoryHold *hold = unknot_history_hold_new ();

  hold->muscle_id = g_strdup (muscle_id);
  hold->side = g_strdup (side);
  hold->tool_id = g_strdup ("foam-roller");
  hold->technique_id = g_strconcat (muscle_id, "-roller", NULL);
  hold->end_time = end_time;
  hold->planned_seconds = 30;
  hold->actual_seconds = actual;
  hold->skipped = actual < 30;

  return hold;
}

/* A finished session at @start that rolled @seconds, written through the
 * same calls the recorder makes. */
static void
record_session (UnknotHistory *history,
                GDateTime     *start,
                guint          seconds)
{
  g_autoptr(UnknotHistorySession) session = unknot_history_session_new ();
  g_autoptr(UnknotHistoryHold) hold = NULL;

  session->start_time = g_date_time_to_unix (start);
  session->routine_id = g_strdup ("warm-up");
  session->routine_name = g_strdup ("Warm-up");
  WRITE (history, unknot_history_add_session_async, session);

  hold = make_hold ("calves", "left", session->start_time + seconds, 30);
  session->rolled_seconds = seconds;
  WRITE (history, unknot_history_add_hold_async, session, hold);
  session->end_time = session->start_time + seconds;
  session->completed = TRUE;
  WRITE (history, unknot_history_end_session_async, session);
}

static int
user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return version;
}

/* The worker hands its last references back to this thread in idles */
static void
drop_history (UnknotHistory **history)
{
  g_object_add_weak_pointer (G_OBJECT (*history), (gpointer *) history);
  g_object_unref (*history);
  while (*history != NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* ---- Tests ---------------------------------------------------------- */

static void
test_migrate_from_0 (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(UnknotHistory) history = unknot_history_new (fixture->path);
  g_autoptr(GPtrArray) sessions = list_sessions (history, 0);

  g_assert_cmpuint (sessions->len, ==, 0);
  g_assert_cmpint (user_version (fixture->path), ==, UNKNOT_HISTORY_SCHEMA_VERSION);
  g_assert_null (unknot_history_get_moved_aside (history));
  drop_history (&history);

  /* Opening again migrates nothing and keeps the version */
  history = unknot_history_new (fixture->path);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_sessions (history, 0);
  g_assert_cmpint (user_version (fixture->path), ==, UNKNOT_HISTORY_SCHEMA_VERSION);
}

/* The version 1 schema as it shipped, with a row in it */
static void
test_migrate_from_1 (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char v1[] =
    "CREATE TABLE sessions (id INTEGER PRIMARY KEY, start_time INTEGER NOT NULL,"
    " end_time INTEGER, routine_id TEXT, routine_name TEXT, technique_id TEXT,"
    " completed INTEGER NOT NULL DEFAULT 0, rolled_seconds INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE holds (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL"
    " REFERENCES sessions (id) ON DELETE CASCADE, end_time INTEGER NOT NULL,"
    " muscle_id TEXT NOT NULL, side TEXT NOT NULL, tool_id TEXT, technique_id TEXT,"
    " planned_seconds INTEGER NOT NULL, actual_seconds INTEGER NOT NULL,"
    " skipped INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX sessions_by_start ON sessions (start_time);"
    "CREATE INDEX holds_by_session ON holds (session_id);"
    "INSERT INTO sessions VALUES (7, 1000, 1600, 'warm-up', 'Warm-up', NULL, 1, 600);"
    "INSERT INTO holds VALUES (1, 7, 1100, 'calves', 'left', 'foam-roller', 'calves-roller',"
    " 30, 28, 1);"
    "PRAGMA user_version = 1;";
  g_autoptr(UnknotHistory) history = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  UnknotHistorySession *session;
  UnknotHistoryHold *hold;
  sqlite3 *db = NULL;
  g_autofree char *dir = g_path_get_dirname (fixture->path);

  g_mkdir_with_parents (dir, 0700);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, v1, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  history = unknot_history_new (fixture->path);
  sessions = list_sessions (history, 0);
  g_assert_cmpint (user_version (fixture->path), ==, 2);
  g_assert_cmpuint (sessions->len, ==, 1);
  session = g_ptr_array_index (sessions, 0);
  g_assert_cmpint (session->id, ==, 7);
  g_assert_cmpstr (session->routine_name, ==, "Warm-up");
  g_assert_cmpint (session->feeling, ==, UNKNOT_FEELING_NONE);
  g_assert_true (session->completed);
  g_assert_cmpuint (session->holds->len, ==, 1);
  hold = g_ptr_array_index (session->holds, 0);
  g_assert_cmpstr (hold->muscle_id, ==, "calves");
  g_assert_cmpuint (hold->actual_seconds, ==, 28);
  g_assert_true (hold->skipped);
}

static void
test_insert_and_list (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(UnknotHistory) history = unknot_history_new (fixture->path);
  g_autoptr(UnknotHistorySession) session = unknot_history_session_new ();
  g_autoptr(GPtrArray) sessions = NULL;
  UnknotHistorySession *read;

  session->start_time = 1700000000;
  session->technique_id = g_strdup ("quadriceps-roller");
  session->routine_name = g_strdup ("Quadriceps");
  WRITE (history, unknot_history_add_session_async, session);
  g_assert_cmpint (session->id, >, 0);

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(UnknotHistoryHold) hold = make_hold ("quadriceps", i % 2 ? "right" : "left",
                                                     session->start_time + 60 * (i + 1),
                                                     i == 3 ? 12 : 30);

      session->rolled_seconds += 60;
      WRITE (history, unknot_history_add_hold_async, session, hold);
    }

  /* Crashed here: no end yet, but the seconds rolled so far are there */
  sessions = list_sessions (history, 0);
  read = g_ptr_array_index (sessions, 0);
  g_assert_cmpint (read->end_time, ==, 0);
  g_assert_cmpuint (read->rolled_seconds, ==, 240);
  g_clear_pointer (&sessions, g_ptr_array_unref);

  session->end_time = session->start_time + 250;
  session->feeling = UNKNOT_FEELING_LOOSER;
  WRITE (history, unknot_history_end_session_async, session);

  sessions = list_sessions (history, 0);
  g_assert_cmpuint (sessions->len, ==, 1);
  read = g_ptr_array_index (sessions, 0);
  g_assert_cmpint (read->id, ==, session->id);
  g_assert_cmpint (read->end_time, ==, session->start_time + 250);
  g_assert_cmpstr (read->technique_id, ==, "quadriceps-roller");
  g_assert_null (read->routine_id);
  g_assert_false (read->completed);
  g_assert_cmpint (read->feeling, ==, UNKNOT_FEELING_LOOSER);
  g_assert_cmpuint (read->holds->len, ==, 4);
  g_assert_cmpstr (((UnknotHistoryHold *) g_ptr_array_index (read->holds, 1))->side, ==, "right");
  g_assert_cmpuint (((UnknotHistoryHold *) g_ptr_array_index (read->holds, 3))->actual_seconds,
                    ==, 12);
  g_assert_true (((UnknotHistoryHold *) g_ptr_array_index (read->holds, 3))->skipped);
  g_clear_pointer (&sessions, g_ptr_array_unref);

  /* since filters by start */
  sessions = list_sessions (history, session->start_time + 1);
  g_assert_cmpuint (sessions->len, ==, 0);
}

static GDateTime *
local (int year,
       int month,
       int day,
       int hour)
{
  return g_date_time_new_local (year, month, day, hour, 0, 0);
}

/* Wednesday 25 November 2026 */
static void
test_day_totals (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(UnknotHistory) history = unknot_history_new (fixture->path);
  g_autoptr(UnknotHistoryProgress) progress = NULL;
  g_autoptr(GDateTime) now = local (2026, 11, 25, 20);
  static const struct { int day, hour; guint seconds; } rows[] = {
    { 25, 8, 300 }, { 25, 18, 420 }, { 24, 23, 600 }, { 23, 0, 900 },
    { 20, 12, 660 }, { 10, 12, 60 }, { 1, 12, 999 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GDateTime) start = local (2026, 11, rows[i].day, rows[i].hour);

      record_session (history, start, rows[i].seconds);
    }

  progress = query_progress (history, now, 14);
  g_assert_cmpuint (progress->n_days, ==, 14);
  g_assert_cmpuint (progress->day_seconds[13], ==, 720);
  g_assert_cmpuint (progress->day_seconds[12], ==, 600);
  g_assert_cmpuint (progress->day_seconds[11], ==, 900);
  g_assert_cmpuint (progress->day_seconds[10], ==, 0);
  g_assert_cmpuint (progress->day_seconds[8], ==, 660);
  g_assert_cmpuint (progress->day_seconds[0], ==, 0);   /* 12 November */
  g_assert_cmpuint (progress->seconds_today, ==, 720);
  g_assert_cmpuint (progress->days_this_week, ==, 3);   /* Mon 23, Tue 24, Wed 25 */
  g_assert_true (progress->week_met);
  g_assert_cmpuint (progress->n_sessions, ==, G_N_ELEMENTS (rows));

  /* Every session rolled the left calf for 30 s */
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (progress->seconds_7, "calves-left")),
                    ==, 5 * 30);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (progress->seconds_30, "calves-left")),
                    ==, 7 * 30);
  g_assert_null (g_hash_table_lookup (progress->seconds_7, "calves-right"));
}

static void
record_days (UnknotHistory *history,
             int            month,
             const int     *days)
{
  for (guint i = 0; days[i] != 0; i++)
    {
      g_autoptr(GDateTime) start = local (2026, month, days[i], 9);

      record_session (history, start, 600);
    }
}

static void
test_streak (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(UnknotHistory) history = unknot_history_new (fixture->path);
  g_autoptr(UnknotHistoryProgress) progress = NULL;
  g_autoptr(GDateTime) now = local (2026, 11, 25, 20);
  /* Weeks start on Mondays: 26 Oct, 2, 9, 16, 23 Nov. The week of 26 Oct
   * has two days only, so it ends the streak before it. */
  static const int october[] = { 5, 6, 7, 27, 29, 0 };
  static const int november[] = { 2, 4, 6, 9, 9, 10, 15, 16, 17, 18, 19, 24, 0 };

  record_days (history, 10, october);
  record_days (history, 11, november);

  progress = query_progress (history, now, 7);
  g_assert_cmpuint (progress->days_this_week, ==, 1);
  g_assert_false (progress->week_met);
  g_assert_cmpuint (progress->week_streak, ==, 3);

  /* Two more days this week meet the goal and lengthen the streak */
  record_days (history, 11, (const int[]) { 23, 25, 0 });
  g_clear_pointer (&progress, unknot_history_progress_unref);
  progress = query_progress (history, now, 7);
  g_assert_cmpuint (progress->days_this_week, ==, 3);
  g_assert_true (progress->week_met);
  g_assert_cmpuint (progress->week_streak, ==, 4);

  /* Seen from three weeks later, the empty weeks between break it */
  g_clear_pointer (&progress, unknot_history_progress_unref);
  g_clear_pointer (&now, g_date_time_unref);
  now = local (2026, 12, 16, 10);
  progress = query_progress (history, now, 7);
  g_assert_cmpuint (progress->week_streak, ==, 0);
  g_assert_cmpuint (progress->days_this_week, ==, 0);
}

static void
fill_history (UnknotHistory *history,
              guint          n_sessions,
              guint          n_holds)
{
  for (guint i = 0; i < n_sessions; i++)
    {
      g_autoptr(UnknotHistorySession) session = unknot_history_session_new ();

      session->id = i + 1;
      session->start_time = 1600000000 + i * 86400;
      session->routine_name = g_strdup ("Warm-up");
      for (guint j = 0; j < n_holds; j++)
        g_ptr_array_add (session->holds, make_hold ("glutes", "right", session->start_time + j,
                                                    30));
      /* Not waited for one by one: the queue keeps them in order */
      unknot_history_restore_session_async (history, session, NULL, NULL, NULL);
    }
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(UnknotHistory) history = unknot_history_new (fixture->path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;

  fill_history (history, 400, 25);

  /* Cancelled while in the queue or while the worker reads: either way
   * the result is CANCELLED and the next job runs as usual. */
  unknot_history_list_sessions_async (history, 0, 0, cancellable, store_result, &first);
  unknot_history_list_sessions_async (history, 0, 0, cancellable, store_result, &second);
  g_usleep (1000);
  g_cancellable_cancel (cancellable);
  g_assert_null (unknot_history_list_sessions_finish (history, wait_for (&first), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_null (unknot_history_list_sessions_finish (history, wait_for (&second), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  sessions = list_sessions (history, 0);
  g_assert_cmpuint (sessions->len, ==, 400);
  g_assert_cmpuint (((UnknotHistorySession *) g_ptr_array_index (sessions, 0))->holds->len, ==,
                    25);
}

static int
count_rows (const char *path,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int count;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count;
}

/* What the app does as it quits: every queued write is on disk after it */
static void
test_sync (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(UnknotHistory) history = unknot_history_new (fixture->path);

  fill_history (history, 50, 3);
  unknot_history_sync (history);
  g_assert_cmpint (count_rows (fixture->path, "sessions"), ==, 50);
  g_assert_cmpint (count_rows (fixture->path, "holds"), ==, 150);
}

static void
on_moved_aside (UnknotHistory *history,
                const char    *path,
                char         **moved_to)
{
  *moved_to = g_strdup (path);
}

static void
test_corrupt_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *garbage = g_strnfill (8192, 'x');
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  g_autofree char *moved_to = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *prefix = g_strconcat (fixture->path, ".corrupt-", NULL);
  g_autoptr(UnknotHistory) history = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (fixture->path, garbage, -1, &error));
  g_assert_no_error (error);

  history = unknot_history_new (fixture->path);
  g_signal_connect (history, "moved-aside", G_CALLBACK (on_moved_aside), &moved_to);
  record_session (history, now, 600);
  sessions = list_sessions (history, 0);
  g_assert_cmpuint (sessions->len, ==, 1);

  while (moved_to == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_str_has_prefix (moved_to, prefix));
  g_assert_cmpstr (unknot_history_get_moved_aside (history), ==, moved_to);
  g_assert_true (g_file_get_contents (moved_to, &kept, NULL, &error));
  g_assert_cmpstr (kept, ==, garbage);
  g_assert_cmpint (user_version (fixture->path), ==, UNKNOT_HISTORY_SCHEMA_VERSION);
}

/* A second window or instance: two connections, one file, writes from
 * both interleaved, nothing lost and nothing reported busy. */
static void
test_two_connections (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(UnknotHistory) one = unknot_history_new (fixture->path);
  g_autoptr(UnknotHistory) two = NULL;
  g_autoptr(GPtrArray) from_one = NULL;
  g_autoptr(GPtrArray) from_two = NULL;
  GAsyncResult *results[40] = { NULL, };

  g_ptr_array_unref (list_sessions (one, 0));
  two = unknot_history_new (fixture->path);

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    {
      g_autoptr(UnknotHistorySession) session = unknot_history_session_new ();

      session->start_time = 1700000000 + i;
      session->routine_name = g_strdup_printf ("Session %u", i);
      unknot_history_add_session_async (i % 2 ? two : one, session, NULL, store_result,
                                        &results[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    check_write (i % 2 ? two : one, wait_for (&results[i]));

  unknot_history_sync (one);
  unknot_history_sync (two);
  from_one = list_sessions (one, 0);
  from_two = list_sessions (two, 0);
  g_assert_cmpuint (from_one->len, ==, G_N_ELEMENTS (results));
  g_assert_cmpuint (from_two->len, ==, G_N_ELEMENTS (results));
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(UnknotHistory) history = unknot_history_new (fixture->path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) earlier = g_date_time_add_hours (now, -30);
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(UnknotHistorySession) deleted = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  record_session (history, earlier, 300);
  record_session (history, now, 600);
  sessions = list_sessions (history, 0);
  id = ((UnknotHistorySession *) g_ptr_array_index (sessions, 0))->id;

  unknot_history_delete_session_async (history, id, NULL, store_result, &result);
  deleted = unknot_history_delete_session_finish (history, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (deleted->id, ==, id);
  g_assert_cmpuint (deleted->rolled_seconds, ==, 600);
  g_assert_cmpuint (deleted->holds->len, ==, 1);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_sessions (history, 0);
  g_assert_cmpuint (sessions->len, ==, 1);

  /* Deleting it twice says so */
  g_clear_object (&result);
  unknot_history_delete_session_async (history, id, NULL, store_result, &result);
  g_assert_null (unknot_history_delete_session_finish (history, wait_for (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  WRITE (history, unknot_history_restore_session_async, deleted);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_sessions (history, 0);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpint (((UnknotHistorySession *) g_ptr_array_index (sessions, 0))->id, ==, id);
  g_assert_cmpuint (((UnknotHistorySession *) g_ptr_array_index (sessions, 0))->holds->len, ==, 1);

  g_clear_object (&result);
  unknot_history_clear_async (history, NULL, store_result, &result);
  g_assert_true (unknot_history_write_finish (history, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_sessions (history, 0);
  g_assert_cmpuint (sessions->len, ==, 0);
}

static void
test_csv (void)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (
    (GDestroyNotify) unknot_history_session_unref);
  UnknotHistorySession *session = unknot_history_session_new ();
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  session->id = 3;
  session->start_time = 1700000000;
  session->routine_id = g_strdup ("client");
  session->routine_name = g_strdup ("=HYPERLINK(\"http://example.com\",\"Click\")");
  session->feeling = UNKNOT_FEELING_TIGHTER;
  g_ptr_array_add (session->holds, make_hold ("calves", "left", 1700000060, 30));
  g_ptr_array_add (session->holds, make_hold ("-calves", "right,\nleft", 1700000120, 5));
  g_ptr_array_add (sessions, session);

  csv = unknot_history_format_csv (sessions);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "session_id,session_start,session_end,routine_id,routine,"
                                 "technique,completed,feeling,hold_end,muscle,side,tool,"
                                 "planned_seconds,actual_seconds,skipped");
  g_assert_true (g_str_has_prefix (lines[1], "3,"));
  g_assert_nonnull (strstr (lines[1], ",client,\"'=HYPERLINK(\"\"http://example.com\"\","
                                      "\"\"Click\"\")\",calves-roller,false,tighter,"));
  g_assert_true (g_str_has_suffix (lines[1], ",calves,left,foam-roller,30,30,false"));
  /* a quoted line break stays inside its cell */
  g_assert_nonnull (strstr (csv, ",\"'-calves\",\"right,\nleft\",foam-roller,30,5,true\r\n"));
  /* ISO 8601 with the offset */
  g_assert_true (g_regex_match_simple ("^3,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"
                                       "[+-]\\d\\d:\\d\\d,,", lines[1], 0, 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/history/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("migrate-from-0", test_migrate_from_0);
  ADD ("migrate-from-1", test_migrate_from_1);
  ADD ("insert-and-list", test_insert_and_list);
  ADD ("day-totals", test_day_totals);
  ADD ("streak", test_streak);
  ADD ("cancel", test_cancel);
  ADD ("sync", test_sync);
  ADD ("corrupt-file", test_corrupt_file);
  ADD ("two-connections", test_two_connections);
  ADD ("delete-and-undo", test_delete_and_undo);
#undef ADD
  g_test_add_func ("/history/csv", test_csv);

  return g_test_run ();
}
