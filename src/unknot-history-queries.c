/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-history-private.h"

/* The history's reading jobs (the sessions, the Progress view's numbers)
 * and the two that remove rows. */

/* ---- Reading sessions ----------------------------------------------- */

static gboolean
history_read_holds (UnknotHistory         *self,
                    UnknotHistorySession  *session,
                    GError               **error)
{
  sqlite3_stmt *stmt = _unknot_history_stmt (self, STMT_LIST_HOLDS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      UnknotHistoryHold *hold = unknot_history_hold_new ();

      hold->end_time = sqlite3_column_int64 (stmt, 0);
      hold->muscle_id = _unknot_history_column_text (stmt, 1);
      hold->side = _unknot_history_column_text (stmt, 2);
      hold->tool_id = _unknot_history_column_text (stmt, 3);
      hold->technique_id = _unknot_history_column_text (stmt, 4);
      hold->planned_seconds = sqlite3_column_int (stmt, 5);
      hold->actual_seconds = sqlite3_column_int (stmt, 6);
      hold->skipped = sqlite3_column_int (stmt, 7) != 0;
      g_ptr_array_add (session->holds, hold);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _unknot_history_set_sql_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

static UnknotHistorySession *
session_from_row (sqlite3_stmt *stmt)
{
  UnknotHistorySession *session = unknot_history_session_new ();

  session->id = sqlite3_column_int64 (stmt, 0);
  session->start_time = sqlite3_column_int64 (stmt, 1);
  session->end_time = sqlite3_column_int64 (stmt, 2);
  session->routine_id = _unknot_history_column_text (stmt, 3);
  session->routine_name = _unknot_history_column_text (stmt, 4);
  session->technique_id = _unknot_history_column_text (stmt, 5);
  session->completed = sqlite3_column_int (stmt, 6) != 0;
  session->rolled_seconds = sqlite3_column_int (stmt, 7);
  session->feeling = CLAMP (sqlite3_column_int (stmt, 8), UNKNOT_FEELING_NONE,
                            UNKNOT_FEELING_TIGHTER);

  return session;
}

static GPtrArray *
history_list (UnknotHistory  *self,
              gint64          since,
              guint           limit,
              GError        **error)
{
  g_autoptr(GPtrArray) sessions = NULL;
  sqlite3_stmt *stmt = _unknot_history_stmt (self, STMT_LIST_SESSIONS, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_history_session_unref);
  sqlite3_bind_int64 (stmt, 1, since);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (sessions, session_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _unknot_history_set_sql_error (self, rc, error);
      return NULL;
    }

  for (guint i = 0; i < sessions->len; i++)
    if (!history_read_holds (self, g_ptr_array_index (sessions, i), error))
      return NULL;

  return g_steal_pointer (&sessions);
}

typedef struct
{
  gint64 since;
  guint  limit;
} ListData;

static void
list_sessions_job (UnknotHistory *self,
                   GTask         *task,
                   gpointer       data)
{
  ListData *list = data;
  GError *error = NULL;
  GPtrArray *sessions;

  /* One read transaction, so sessions and holds agree */
  if (!_unknot_history_exec (self, "BEGIN;", &error))
    {
      g_task_return_error (task, error);
      return;
    }
  sessions = history_list (self, list->since, list->limit, &error);
  _unknot_history_exec (self, "COMMIT;", NULL);

  if (sessions != NULL)
    g_task_return_pointer (task, sessions, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

/* Sessions that started at @since or later, newest first, each with its
 * holds; at most @limit of them unless it is 0. */
void
unknot_history_list_sessions_async (UnknotHistory       *self,
                                    gint64               since,
                                    guint                limit,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  ListData *list;
  GTask *task;

  g_return_if_fail (UNKNOT_IS_HISTORY (self));

  list = g_new0 (ListData, 1);
  list->since = since;
  list->limit = limit;
  task = _unknot_history_task_new (self, unknot_history_list_sessions_async, list, g_free,
                                   cancellable, callback, user_data);
  _unknot_history_queue (self, task, list_sessions_job);
}

GPtrArray *
unknot_history_list_sessions_finish (UnknotHistory  *self,
                                     GAsyncResult   *result,
                                     GError        **error)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
delete_session_job (UnknotHistory *self,
                    GTask         *task,
                    gpointer       data)
{
  gint64 id = *(gint64 *) data;
  g_autoptr(UnknotHistorySession) session = NULL;
  GError *error = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;
  int rc = SQLITE_DONE;

  ok = _unknot_history_begin (self, &error)
       && (stmt = _unknot_history_stmt (self, STMT_GET_SESSION, &error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        session = session_from_row (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          _unknot_history_set_sql_error (self, rc, &error);
          ok = FALSE;
        }
    }
  if (ok && session == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("That session is no longer in the history"));
      ok = FALSE;
    }
  ok = ok && history_read_holds (self, session, &error)
       && (stmt = _unknot_history_stmt (self, STMT_DELETE_SESSION, &error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = _unknot_history_step_done (self, stmt, &error);
    }
  ok = _unknot_history_commit (self, ok, ok ? &error : NULL);

  if (ok)
    {
      _unknot_history_changed (self);
      g_task_return_pointer (task, g_steal_pointer (&session),
                             (GDestroyNotify) unknot_history_session_unref);
    }
  else
    g_task_return_error (task, error);
}

/* The deleted session comes back from _finish, holds and all, for undo */
void
unknot_history_delete_session_async (UnknotHistory       *self,
                                     gint64               session_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (UNKNOT_IS_HISTORY (self));

  task = _unknot_history_task_new (self, unknot_history_delete_session_async,
                                   g_memdup2 (&session_id, sizeof session_id), g_free,
                                   cancellable, callback, user_data);
  _unknot_history_queue (self, task, delete_session_job);
}

UnknotHistorySession *
unknot_history_delete_session_finish (UnknotHistory  *self,
                                      GAsyncResult   *result,
                                      GError        **error)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
clear_job (UnknotHistory *self,
           GTask         *task,
           gpointer       data)
{
  GError *error = NULL;
  gboolean ok;

  ok = _unknot_history_begin (self, &error)
       && _unknot_history_exec (self, "DELETE FROM holds; DELETE FROM sessions;", &error);
  ok = _unknot_history_commit (self, ok, ok ? &error : NULL);
  /* Cleared means gone from the disk too, not only unlinked pages */
  if (ok)
    _unknot_history_exec (self, "VACUUM; PRAGMA wal_checkpoint(TRUNCATE);", NULL);

  _unknot_history_return (task, ok, error);
}

/* Finish with unknot_history_write_finish() */
void
unknot_history_clear_async (UnknotHistory       *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (UNKNOT_IS_HISTORY (self));

  task = _unknot_history_task_new (self, unknot_history_clear_async, NULL, NULL,
                                   cancellable, callback, user_data);
  _unknot_history_queue (self, task, clear_job);
}

/* ---- Progress ------------------------------------------------------- */

typedef struct
{
  GTimeZone *tz;
  gint64     today;      /* local midnight */
  guint      n_days;
} ProgressData;

static void
progress_data_free (gpointer data)
{
  ProgressData *progress = data;

  g_time_zone_unref (progress->tz);
  g_free (progress);
}

/* Days as Julian day numbers, so that weeks are plain arithmetic */
static guint
local_julian (GTimeZone *tz,
              gint64     unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr(GDate) date = g_date_new_dmy (g_date_time_get_day_of_month (local),
                                          g_date_time_get_month (local),
                                          g_date_time_get_year (local));

  return g_date_get_julian (date);
}

/* Monday starts the week, as in ISO 8601 */
static guint
week_of (guint julian)
{
  return julian - (julian - 1) % 7;
}

static gboolean
progress_day_totals (UnknotHistory          *self,
                     ProgressData           *data,
                     UnknotHistoryProgress  *progress,
                     GError                **error)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (data->today);
  g_autoptr(GDateTime) today = g_date_time_to_timezone (utc, data->tz);
  g_autofree gint64 *bounds = g_new (gint64, data->n_days + 1);
  sqlite3_stmt *stmt;
  guint day = 0;
  int rc;

  for (guint i = 0; i <= data->n_days; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (today, (int) i - (int) data->n_days + 1);

      bounds[i] = g_date_time_to_unix (start);
    }

  if ((stmt = _unknot_history_stmt (self, STMT_DAY_TOTALS, error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, bounds[0]);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 start = sqlite3_column_int64 (stmt, 0);

      while (day < data->n_days && start >= bounds[day + 1])
        day++;
      if (day < data->n_days)
        progress->day_seconds[day] += sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _unknot_history_set_sql_error (self, rc, error);
      return FALSE;
    }

  progress->seconds_today = data->n_days > 0 ? progress->day_seconds[data->n_days - 1] : 0;

  return TRUE;
}

typedef struct
{
  guint    this_week;
  guint    week;
  guint    days;
  guint    streak;
  guint    days_this_week;
  gboolean met;
} Streak;

/* The week in progress never breaks a streak: there is time left. */
static gboolean
streak_close_week (Streak *streak)
{
  gboolean met = streak->days >= UNKNOT_HISTORY_GOAL_DAYS;

  if (met)
    streak->streak++;

  if (streak->week == streak->this_week)
    {
      streak->days_this_week = streak->days;
      streak->met = met;
      return TRUE;
    }

  return met;
}

static gboolean
progress_streak (UnknotHistory          *self,
                 ProgressData           *data,
                 UnknotHistoryProgress  *progress,
                 GError                **error)
{
  guint today = local_julian (data->tz, data->today);
  Streak streak = { .this_week = week_of (today), .week = week_of (today) };
  sqlite3_stmt *stmt = _unknot_history_stmt (self, STMT_ROLLED_STARTS, error);
  gboolean going = TRUE;
  guint last_day = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;

  while (going && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint day = local_julian (data->tz, sqlite3_column_int64 (stmt, 0));

      if (day > today)
        continue;
      if (week_of (day) != streak.week)
        {
          going = streak_close_week (&streak) && week_of (day) == streak.week - 7;
          streak.week = week_of (day);
          streak.days = 0;
        }
      if (going && day != last_day)
        streak.days++;
      last_day = day;
    }
  if (going)
    {
      rc = SQLITE_DONE;
      streak_close_week (&streak);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _unknot_history_set_sql_error (self, rc, error);
      return FALSE;
    }

  progress->week_streak = streak.streak;
  progress->days_this_week = streak.days_this_week;
  progress->week_met = streak.met;

  return TRUE;
}

static gboolean
progress_muscles (UnknotHistory  *self,
                  gint64          since,
                  GHashTable     *seconds,
                  GError        **error)
{
  sqlite3_stmt *stmt = _unknot_history_stmt (self, STMT_MUSCLE_SECONDS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, since);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (seconds,
                         g_strdup_printf ("%s-%s", sqlite3_column_text (stmt, 0),
                                          sqlite3_column_text (stmt, 1)),
                         GUINT_TO_POINTER (sqlite3_column_int (stmt, 2)));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _unknot_history_set_sql_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

static gint64
days_before (ProgressData *data,
             guint         days)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (data->today);
  g_autoptr(GDateTime) today = g_date_time_to_timezone (utc, data->tz);
  g_autoptr(GDateTime) day = g_date_time_add_days (today, -(int) days);

  return g_date_time_to_unix (day);
}

static void
query_progress_job (UnknotHistory *self,
                    GTask         *task,
                    gpointer       task_data)
{
  ProgressData *data = task_data;
  g_autoptr(UnknotHistoryProgress) progress = _unknot_history_progress_new (data->n_days);
  GError *error = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  progress->today = data->today;
  ok = _unknot_history_exec (self, "BEGIN;", &error)
       && progress_day_totals (self, data, progress, &error)
       && progress_streak (self, data, progress, &error)
       && progress_muscles (self, days_before (data, 6), progress->seconds_7, &error)
       && progress_muscles (self, days_before (data, 29), progress->seconds_30, &error)
       && (stmt = _unknot_history_stmt (self, STMT_COUNT_SESSIONS, &error)) != NULL;
  if (ok && sqlite3_step (stmt) == SQLITE_ROW)
    progress->n_sessions = sqlite3_column_int (stmt, 0);
  if (ok)
    sqlite3_reset (stmt);
  _unknot_history_exec (self, "COMMIT;", NULL);

  if (ok)
    g_task_return_pointer (task, g_steal_pointer (&progress),
                           (GDestroyNotify) unknot_history_progress_unref);
  else
    g_task_return_error (task, error);
}

/* Per-day seconds for the @n_days ending on @now's day, this week's days
 * against the goal, the streak, and the seconds per muscle and side. */
void
unknot_history_query_progress_async (UnknotHistory       *self,
                                     GDateTime           *now,
                                     guint                n_days,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GDateTime) midnight = NULL;
  ProgressData *data;
  GTask *task;

  g_return_if_fail (UNKNOT_IS_HISTORY (self));
  g_return_if_fail (now != NULL);
  g_return_if_fail (n_days > 0);

  midnight = g_date_time_new (g_date_time_get_timezone (now), g_date_time_get_year (now),
                              g_date_time_get_month (now), g_date_time_get_day_of_month (now),
                              0, 0, 0);
  data = g_new0 (ProgressData, 1);
  data->tz = g_time_zone_ref (g_date_time_get_timezone (now));
  data->today = g_date_time_to_unix (midnight);
  data->n_days = n_days;
  task = _unknot_history_task_new (self, unknot_history_query_progress_async, data,
                                   progress_data_free,
                                   cancellable, callback, user_data);
  _unknot_history_queue (self, task, query_progress_job);
}

UnknotHistoryProgress *
unknot_history_query_progress_finish (UnknotHistory  *self,
                                      GAsyncResult   *result,
                                      GError        **error)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
