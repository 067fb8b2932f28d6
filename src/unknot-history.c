/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "unknot-history.h"

#define BUSY_TIMEOUT_MS   5000
#define PROGRESS_OPCODES  1000

/* One worker thread owns the connection and runs the jobs in the order
 * they were queued, so writes land in order and the main loop never
 * waits on the disk. Each job's GTask holds the history alive until it
 * has run, so the queue is empty by the time the history is finalized. */
struct _UnknotHistory
{
  GObject        parent_instance;

  char          *path;
  char          *moved_aside;
  GMainContext  *context;
  GAsyncQueue   *jobs;
  GThread       *worker;

  /* The worker's own, never touched from the main thread */
  sqlite3       *db;
  sqlite3_stmt  *stmts[16];
  GError        *open_error;
  GCancellable  *running_cancellable;
};

G_DEFINE_FINAL_TYPE (UnknotHistory, unknot_history, G_TYPE_OBJECT)

enum {
  MOVED_ASIDE,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef void (*HistoryJobFunc) (UnknotHistory *self,
                                GTask         *task,
                                gpointer       data);

typedef struct
{
  GTask          *task;
  HistoryJobFunc  func;
} HistoryJob;

/* The sentinel that tells the worker to close the database and stop */
static HistoryJob quit_job;

/* ---- Boxed rows ---------------------------------------------------- */

static void
history_hold_clear (UnknotHistoryHold *hold)
{
  g_free (hold->muscle_id);
  g_free (hold->side);
  g_free (hold->tool_id);
  g_free (hold->technique_id);
}

UnknotHistoryHold *
unknot_history_hold_new (void)
{
  return g_atomic_rc_box_new0 (UnknotHistoryHold);
}

UnknotHistoryHold *
unknot_history_hold_ref (UnknotHistoryHold *hold)
{
  return g_atomic_rc_box_acquire (hold);
}

void
unknot_history_hold_unref (UnknotHistoryHold *hold)
{
  g_atomic_rc_box_release_full (hold, (GDestroyNotify) history_hold_clear);
}

G_DEFINE_BOXED_TYPE (UnknotHistoryHold, unknot_history_hold,
                     unknot_history_hold_ref, unknot_history_hold_unref)

static void
history_session_clear (UnknotHistorySession *session)
{
  g_free (session->routine_id);
  g_free (session->routine_name);
  g_free (session->technique_id);
  g_ptr_array_unref (session->holds);
}

UnknotHistorySession *
unknot_history_session_new (void)
{
  UnknotHistorySession *session = g_atomic_rc_box_new0 (UnknotHistorySession);

  session->holds = g_ptr_array_new_with_free_func ((GDestroyNotify) unknot_history_hold_unref);

  return session;
}

UnknotHistorySession *
unknot_history_session_ref (UnknotHistorySession *session)
{
  return g_atomic_rc_box_acquire (session);
}

void
unknot_history_session_unref (UnknotHistorySession *session)
{
  g_atomic_rc_box_release_full (session, (GDestroyNotify) history_session_clear);
}

G_DEFINE_BOXED_TYPE (UnknotHistorySession, unknot_history_session,
                     unknot_history_session_ref, unknot_history_session_unref)

/* The local midnight that starts the session's day */
gint64
unknot_history_session_get_day (UnknotHistorySession *session)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (session->start_time);
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_time_get_year (start),
                                                    g_date_time_get_month (start),
                                                    g_date_time_get_day_of_month (start),
                                                    0, 0, 0);

  return g_date_time_to_unix (day);
}

static void
history_progress_clear (UnknotHistoryProgress *progress)
{
  g_free (progress->day_seconds);
  g_hash_table_unref (progress->seconds_7);
  g_hash_table_unref (progress->seconds_30);
}

static UnknotHistoryProgress *
history_progress_new (guint n_days)
{
  UnknotHistoryProgress *progress = g_atomic_rc_box_new0 (UnknotHistoryProgress);

  progress->n_days = n_days;
  progress->day_seconds = g_new0 (guint, n_days);
  progress->seconds_7 = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  progress->seconds_30 = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return progress;
}

UnknotHistoryProgress *
unknot_history_progress_ref (UnknotHistoryProgress *progress)
{
  return g_atomic_rc_box_acquire (progress);
}

void
unknot_history_progress_unref (UnknotHistoryProgress *progress)
{
  g_atomic_rc_box_release_full (progress, (GDestroyNotify) history_progress_clear);
}

G_DEFINE_BOXED_TYPE (UnknotHistoryProgress, unknot_history_progress,
                     unknot_history_progress_ref, unknot_history_progress_unref)

/* ---- SQL ------------------------------------------------------------ */

/* Migration N takes a database from user_version N to N + 1. Never edit
 * one that has shipped; add the next. */
static const char * const migrations[] = {
  "CREATE TABLE sessions ("
  "  id INTEGER PRIMARY KEY,"
  "  start_time INTEGER NOT NULL,"
  "  end_time INTEGER,"
  "  routine_id TEXT,"
  "  routine_name TEXT,"
  "  technique_id TEXT,"
  "  completed INTEGER NOT NULL DEFAULT 0,"
  "  rolled_seconds INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE holds ("
  "  id INTEGER PRIMARY KEY,"
  "  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
  "  end_time INTEGER NOT NULL,"
  "  muscle_id TEXT NOT NULL,"
  "  side TEXT NOT NULL,"
  "  tool_id TEXT,"
  "  technique_id TEXT,"
  "  planned_seconds INTEGER NOT NULL,"
  "  actual_seconds INTEGER NOT NULL,"
  "  skipped INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX sessions_by_start ON sessions (start_time);"
  "CREATE INDEX holds_by_session ON holds (session_id);",

  "ALTER TABLE sessions ADD COLUMN feeling INTEGER NOT NULL DEFAULT 0;"
  "CREATE INDEX holds_by_end ON holds (end_time);",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == UNKNOT_HISTORY_SCHEMA_VERSION);

typedef enum
{
  STMT_ADD_SESSION,
  STMT_RESTORE_SESSION,
  STMT_UPDATE_SESSION,
  STMT_ADD_HOLD,
  STMT_SESSION_ROLLED,
  STMT_GET_SESSION,
  STMT_LIST_SESSIONS,
  STMT_LIST_HOLDS,
  STMT_DELETE_SESSION,
  STMT_DAY_TOTALS,
  STMT_ROLLED_STARTS,
  STMT_MUSCLE_SECONDS,
  STMT_COUNT_SESSIONS,
  N_STMTS
} HistoryStmt;

G_STATIC_ASSERT (N_STMTS <= G_N_ELEMENTS (((UnknotHistory *) NULL)->stmts));

#define SESSION_COLUMNS \
  "id, start_time, end_time, routine_id, routine_name, technique_id, completed, " \
  "rolled_seconds, feeling"

static const char * const stmt_sql[N_STMTS] = {
  [STMT_ADD_SESSION] =
    "INSERT INTO sessions (start_time, routine_id, routine_name, technique_id, rolled_seconds)"
    " VALUES (?1, ?2, ?3, ?4, 0)",
  [STMT_RESTORE_SESSION] =
    "INSERT INTO sessions (" SESSION_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
  [STMT_UPDATE_SESSION] =
    "UPDATE sessions SET end_time = ?2, completed = ?3, rolled_seconds = ?4, feeling = ?5"
    " WHERE id = ?1",
  [STMT_ADD_HOLD] =
    "INSERT INTO holds (session_id, end_time, muscle_id, side, tool_id, technique_id,"
    " planned_seconds, actual_seconds, skipped) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
  [STMT_SESSION_ROLLED] =
    "UPDATE sessions SET rolled_seconds = max (rolled_seconds, ?2) WHERE id = ?1",
  [STMT_GET_SESSION] =
    "SELECT " SESSION_COLUMNS " FROM sessions WHERE id = ?1",
  [STMT_LIST_SESSIONS] =
    "SELECT " SESSION_COLUMNS " FROM sessions WHERE start_time >= ?1"
    " ORDER BY start_time DESC, id DESC LIMIT ?2",
  [STMT_LIST_HOLDS] =
    "SELECT end_time, muscle_id, side, tool_id, technique_id, planned_seconds,"
    " actual_seconds, skipped FROM holds WHERE session_id = ?1 ORDER BY end_time, id",
  [STMT_DELETE_SESSION] =
    "DELETE FROM sessions WHERE id = ?1",
  [STMT_DAY_TOTALS] =
    "SELECT start_time, rolled_seconds FROM sessions WHERE start_time >= ?1"
    " ORDER BY start_time",
  [STMT_ROLLED_STARTS] =
    "SELECT start_time FROM sessions WHERE rolled_seconds > 0 ORDER BY start_time DESC",
  [STMT_MUSCLE_SECONDS] =
    "SELECT muscle_id, side, sum (actual_seconds) FROM holds WHERE end_time >= ?1"
    " GROUP BY muscle_id, side",
  [STMT_COUNT_SESSIONS] =
    "SELECT count (*) FROM sessions",
};

static void
history_set_sql_error (UnknotHistory  *self,
                       int             rc,
                       GError        **error)
{
  if (rc == SQLITE_INTERRUPT)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Operation was cancelled"));
  else
    /* Translators: %s is the database file, the second %s SQLite's own message */
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not use the history in %s: %s"),
                 self->path, self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
}

static gboolean
history_exec (UnknotHistory  *self,
              const char     *sql,
              GError        **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      history_set_sql_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* A cached statement, reset and ready for binding */
static sqlite3_stmt *
history_stmt (UnknotHistory  *self,
              HistoryStmt     which,
              GError        **error)
{
  if (self->stmts[which] == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
                                   &self->stmts[which], NULL);

      if (rc != SQLITE_OK)
        {
          history_set_sql_error (self, rc, error);
          return NULL;
        }
    }

  sqlite3_reset (self->stmts[which]);
  sqlite3_clear_bindings (self->stmts[which]);

  return self->stmts[which];
}

/* Runs a statement that returns no rows */
static gboolean
history_step_done (UnknotHistory  *self,
                   sqlite3_stmt   *stmt,
                   GError        **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      history_set_sql_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           index)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, index));
}

/* ---- Opening, checking and migrating -------------------------------- */

static void
history_close_db (UnknotHistory *self)
{
  for (guint i = 0; i < N_STMTS; i++)
    g_clear_pointer (&self->stmts[i], sqlite3_finalize);
  g_clear_pointer (&self->db, sqlite3_close);
}

static gboolean
history_migrate (UnknotHistory  *self,
                 GError        **error)
{
  sqlite3_stmt *stmt = NULL;
  int version;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW)
    {
      history_set_sql_error (self, sqlite3_errcode (self->db), error);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  /* A newer Unknot's file: its extra columns are left alone. */
  for (int v = version; v >= 0 && v < UNKNOT_HISTORY_SCHEMA_VERSION; v++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d;", v + 1);

      if (!history_exec (self, "BEGIN IMMEDIATE;", error))
        return FALSE;
      if (!history_exec (self, migrations[v], error) || !history_exec (self, bump, error)
          || !history_exec (self, "COMMIT;", error))
        {
          sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);
          return FALSE;
        }
    }

  return TRUE;
}

/* quick_check reads every page but skips the slow index cross-checks. */
static gboolean
history_check (UnknotHistory  *self,
               GError        **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  ok = rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("The history in %s is damaged"), self->path);

  return ok;
}

static gboolean
history_try_open (UnknotHistory  *self,
                  GError        **error)
{
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      history_set_sql_error (self, rc, error);
      history_close_db (self);
      return FALSE;
    }

  /* A second window or instance waits its turn rather than failing;
   * FULL makes each hold's commit survive a power cut, not only a crash. */
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 1);
  if (!history_exec (self, "PRAGMA journal_mode = WAL;"
                           "PRAGMA synchronous = FULL;"
                           "PRAGMA foreign_keys = ON;", error)
      || !history_check (self, error)
      || !history_migrate (self, error))
    {
      history_close_db (self);
      return FALSE;
    }

  return TRUE;
}

static char *
history_aside_path (UnknotHistory *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  char *aside = g_strdup_printf ("%s.corrupt-%s", self->path, stamp);

  for (guint i = 2; g_file_test (aside, G_FILE_TEST_EXISTS); i++)
    {
      g_free (aside);
      aside = g_strdup_printf ("%s.corrupt-%s-%u", self->path, stamp, i);
    }

  return aside;
}

/* The damaged file is kept, renamed, for whoever wants to rescue it;
 * its journal files go with it so they cannot be replayed into the new one. */
static char *
history_move_aside (UnknotHistory  *self,
                    GError        **error)
{
  g_autofree char *aside = history_aside_path (self);

  if (g_rename (self->path, aside) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not move the damaged history %s aside: %s"),
                   self->path, g_strerror (saved_errno));
      return NULL;
    }

  for (guint i = 0; i < 2; i++)
    {
      const char *suffix = i == 0 ? "-wal" : "-shm";
      g_autofree char *from = g_strconcat (self->path, suffix, NULL);
      g_autofree char *to = g_strconcat (aside, suffix, NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }

  return g_steal_pointer (&aside);
}

typedef struct
{
  GWeakRef  self;
  char     *aside;
} MovedAside;

static void
moved_aside_free (gpointer data)
{
  MovedAside *moved = data;

  g_weak_ref_clear (&moved->self);
  g_free (moved->aside);
  g_free (moved);
}

static gboolean
history_emit_moved_aside (gpointer data)
{
  MovedAside *moved = data;
  g_autoptr(UnknotHistory) self = g_weak_ref_get (&moved->self);

  if (self != NULL)
    {
      g_free (self->moved_aside);
      self->moved_aside = g_strdup (moved->aside);
      g_signal_emit (self, signals[MOVED_ASIDE], 0, moved->aside);
    }

  return G_SOURCE_REMOVE;
}

static void
history_open (UnknotHistory *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *aside = NULL;
  MovedAside *moved;

  g_mkdir_with_parents (dir, 0700);
  if (history_try_open (self, &error))
    return;

  g_message ("Starting a new history: %s", error->message);
  g_clear_error (&error);
  if (!g_file_test (self->path, G_FILE_TEST_EXISTS)
      || (aside = history_move_aside (self, &self->open_error)) == NULL)
    {
      if (self->open_error == NULL)
        g_set_error (&self->open_error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Could not create the history in %s"), self->path);
      return;
    }

  if (!history_try_open (self, &self->open_error))
    return;

  moved = g_new0 (MovedAside, 1);
  g_weak_ref_init (&moved->self, self);
  moved->aside = g_steal_pointer (&aside);
  {
    g_autoptr(GSource) source = g_idle_source_new ();

    g_source_set_priority (source, G_PRIORITY_DEFAULT);
    g_source_set_callback (source, history_emit_moved_aside, moved, moved_aside_free);
    g_source_attach (source, self->context);
  }
}

/* ---- The worker ----------------------------------------------------- */

static int
history_progress_cb (void *data)
{
  UnknotHistory *self = data;

  return g_cancellable_is_cancelled (self->running_cancellable);
}

static gboolean
history_unref_task (gpointer data)
{
  g_object_unref (data);

  return G_SOURCE_REMOVE;
}

/* Not g_main_context_invoke(): it runs at once when it can acquire the
 * context, and a worker can, when the context is the global default one. */
static void
history_unref_in (GMainContext *context,
                  gpointer      object)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, history_unref_task, object, NULL);
  g_source_attach (source, context);
}

static gpointer
history_worker (gpointer data)
{
  UnknotHistory *self = data;
  HistoryJob *job;

  history_open (self);
  if (self->db != NULL)
    sqlite3_progress_handler (self->db, PROGRESS_OPCODES, history_progress_cb, self);

  while ((job = g_async_queue_pop (self->jobs)) != &quit_job)
    {
      GCancellable *cancellable = g_task_get_cancellable (job->task);
      g_autoptr(GError) error = NULL;

      if (self->open_error != NULL)
        g_task_return_error (job->task, g_error_copy (self->open_error));
      else if (!g_task_return_error_if_cancelled (job->task))
        {
          self->running_cancellable = cancellable;
          job->func (self, job->task, g_task_get_task_data (job->task));
          self->running_cancellable = NULL;
        }

      /* The last reference must not drop here: finalizing would join this thread */
      history_unref_in (g_task_get_context (job->task), job->task);
      g_free (job);
    }

  history_close_db (self);

  return NULL;
}

static void
history_queue (UnknotHistory  *self,
               GTask          *task,
               HistoryJobFunc  func)
{
  HistoryJob *job = g_new0 (HistoryJob, 1);

  job->task = task;
  job->func = func;
  g_async_queue_push (self->jobs, job);
}

static GTask *
history_task_new (UnknotHistory       *self,
                  gpointer             source_tag,
                  gpointer             data,
                  GDestroyNotify       data_free,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, data_free);

  return task;
}

/* Whole jobs are one transaction, so a job that fails leaves nothing half-written */
static gboolean
history_begin (UnknotHistory  *self,
               GError        **error)
{
  return history_exec (self, "BEGIN IMMEDIATE;", error);
}

static gboolean
history_commit (UnknotHistory  *self,
                gboolean        ok,
                GError        **error)
{
  if (ok && history_exec (self, "COMMIT;", error))
    return TRUE;

  sqlite3_exec (self->db, "ROLLBACK;", NULL, NULL, NULL);

  return FALSE;
}

/* ---- Writes --------------------------------------------------------- */

/* The values are copied when the job is queued: the recorder goes on
 * changing its session while the worker writes. */
typedef struct
{
  UnknotHistorySession *session;
  UnknotHistoryHold    *hold;
  gint64                end_time;
  gboolean              completed;
  guint                 rolled_seconds;
  UnknotFeeling         feeling;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *write = data;

  g_clear_pointer (&write->session, unknot_history_session_unref);
  g_clear_pointer (&write->hold, unknot_history_hold_unref);
  g_free (write);
}

static WriteData *
write_data_new (UnknotHistorySession *session,
                UnknotHistoryHold    *hold)
{
  WriteData *write = g_new0 (WriteData, 1);

  write->session = unknot_history_session_ref (session);
  write->hold = hold != NULL ? unknot_history_hold_ref (hold) : NULL;
  write->end_time = session->end_time;
  write->completed = session->completed;
  write->rolled_seconds = session->rolled_seconds;
  write->feeling = session->feeling;

  return write;
}

static gboolean
history_emit_changed (gpointer data)
{
  g_autoptr(UnknotHistory) self = g_weak_ref_get (data);

  if (self != NULL)
    g_signal_emit (self, signals[CHANGED], 0);

  return G_SOURCE_REMOVE;
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* Views reload on "changed", in the main context, after the write is on disk */
static void
history_changed (UnknotHistory *self)
{
  g_autoptr(GSource) source = g_idle_source_new ();
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, self);
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, history_emit_changed, ref, weak_ref_free);
  g_source_attach (source, self->context);
}

static void
history_return (GTask    *task,
                gboolean  ok,
                GError   *error)
{
  if (ok)
    {
      history_changed (g_task_get_source_object (task));
      g_task_return_boolean (task, TRUE);
    }
  else
    g_task_return_error (task, error);
}

static void
add_session_job (UnknotHistory *self,
                 GTask         *task,
                 gpointer       data)
{
  WriteData *write = data;
  UnknotHistorySession *session = write->session;
  GError *error = NULL;
  sqlite3_stmt *stmt = history_stmt (self, STMT_ADD_SESSION, &error);
  gboolean ok = FALSE;

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, session->start_time);
      bind_text (stmt, 2, session->routine_id);
      bind_text (stmt, 3, session->routine_name);
      bind_text (stmt, 4, session->technique_id);
      ok = history_step_done (self, stmt, &error);
    }
  if (ok)
    session->id = sqlite3_last_insert_rowid (self->db);

  history_return (task, ok, error);
}

/* Writes the session row now, so that the holds to come have one to
 * belong to even if the app dies before the session ends. */
void
unknot_history_add_session_async (UnknotHistory        *self,
                                  UnknotHistorySession *session,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data)
{
  GTask *task;

  g_return_if_fail (UNKNOT_IS_HISTORY (self));
  g_return_if_fail (session != NULL);

  task = history_task_new (self, unknot_history_add_session_async,
                           write_data_new (session, NULL), write_data_free,
                           cancellable, callback, user_data);
  history_queue (self, task, add_session_job);
}

static gboolean
history_insert_hold (UnknotHistory      *self,
                     gint64              session_id,
                     UnknotHistoryHold  *hold,
                     GError            **error)
{
  sqlite3_stmt *stmt = history_stmt (self, STMT_ADD_HOLD, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  sqlite3_bind_int64 (stmt, 2, hold->end_time);
  bind_text (stmt, 3, hold->muscle_id);
  bind_text (stmt, 4, hold->side != NULL ? hold->side : "none");
  bind_text (stmt, 5, hold->tool_id);
  bind_text (stmt, 6, hold->technique_id);
  sqlite3_bind_int (stmt, 7, hold->planned_seconds);
  sqlite3_bind_int (stmt, 8, hold->actual_seconds);
  sqlite3_bind_int (stmt, 9, hold->skipped);

  return history_step_done (self, stmt, error);
}

static void
add_hold_job (UnknotHistory *self,
              GTask         *task,
              gpointer       data)
{
  WriteData *write = data;
  GError *error = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  /* The session's own job ran before this one, in this thread */
  if (write->session->id == 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               "The hold's session was never written");
      return;
    }

  ok = history_begin (self, &error)
       && history_insert_hold (self, write->session->id, write->hold, &error)
       && (stmt = history_stmt (self, STMT_SESSION_ROLLED, &error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, write->session->id);
      sqlite3_bind_int (stmt, 2, write->rolled_seconds);
      ok = history_step_done (self, stmt, &error);
    }
  ok = history_commit (self, ok, ok ? &error : NULL);

  history_return (task, ok, error);
}

/* One hold, as it ended, with the session's seconds rolled so far */
void
unknot_history_add_hold_async (UnknotHistory        *self,
                               UnknotHistorySession *session,
                               UnknotHistoryHold    *hold,
                               GCancellable         *cancellable,
                               GAsyncReadyCallback   callback,
                               gpointer              user_data)
{
  GTask *task;

  g_return_if_fail (UNKNOT_IS_HISTORY (self));
  g_return_if_fail (session != NULL);
  g_return_if_fail (hold != NULL && hold->muscle_id != NULL);

  task = history_task_new (self, unknot_history_add_hold_async,
                           write_data_new (session, hold), write_data_free,
                           cancellable, callback, user_data);
  history_queue (self, task, add_hold_job);
}

static void
end_session_job (UnknotHistory *self,
                 GTask         *task,
                 gpointer       data)
{
  WriteData *write = data;
  GError *error = NULL;
  sqlite3_stmt *stmt = history_stmt (self, STMT_UPDATE_SESSION, &error);
  gboolean ok = FALSE;

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, write->session->id);
      if (write->end_time != 0)
        sqlite3_bind_int64 (stmt, 2, write->end_time);
      sqlite3_bind_int (stmt, 3, write->completed);
      sqlite3_bind_int (stmt, 4, write->rolled_seconds);
      sqlite3_bind_int (stmt, 5, write->feeling);
      ok = history_step_done (self, stmt, &error);
    }

  history_return (task, ok, error);
}

/* Writes the session's end, whether it was completed, the seconds
 * rolled and the feeling; again whenever one of them changes. */
void
unknot_history_end_session_async (UnknotHistory        *self,
                                  UnknotHistorySession *session,
                                  GCancellable         *cancellable,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data)
{
  GTask *task;

  g_return_if_fail (UNKNOT_IS_HISTORY (self));
  g_return_if_fail (session != NULL);

  task = history_task_new (self, unknot_history_end_session_async,
                           write_data_new (session, NULL), write_data_free,
                           cancellable, callback, user_data);
  history_queue (self, task, end_session_job);
}

static gboolean
history_restore (UnknotHistory         *self,
                 UnknotHistorySession  *session,
                 GError               **error)
{
  sqlite3_stmt *stmt = history_stmt (self, STMT_RESTORE_SESSION, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session->id);
  sqlite3_bind_int64 (stmt, 2, session->start_time);
  if (session->end_time != 0)
    sqlite3_bind_int64 (stmt, 3, session->end_time);
  bind_text (stmt, 4, session->routine_id);
  bind_text (stmt, 5, session->routine_name);
  bind_text (stmt, 6, session->technique_id);
  sqlite3_bind_int (stmt, 7, session->completed);
  sqlite3_bind_int (stmt, 8, session->rolled_seconds);
  sqlite3_bind_int (stmt, 9, session->feeling);
  if (!history_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < session->holds->len; i++)
    if (!history_insert_hold (self, session->id, g_ptr_array_index (session->holds, i), error))
      return FALSE;

  return TRUE;
}

static void
restore_session_job (UnknotHistory *self,
                     GTask         *task,
                     gpointer       data)
{
  WriteData *write = data;
  GError *error = NULL;
  gboolean ok;

  ok = history_begin (self, &error) && history_restore (self, write->session, &error);
  ok = history_commit (self, ok, ok ? &error : NULL);

  history_return (task, ok, error);
}

/* Undo of a delete: the session comes back with its id and its holds */
void
unknot_history_restore_session_async (UnknotHistory        *self,
                                      UnknotHistorySession *session,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data)
{
  GTask *task;

  g_return_if_fail (UNKNOT_IS_HISTORY (self));
  g_return_if_fail (session != NULL && session->id > 0);

  task = history_task_new (self, unknot_history_restore_session_async,
                           write_data_new (session, NULL), write_data_free,
                           cancellable, callback, user_data);
  history_queue (self, task, restore_session_job);
}

gboolean
unknot_history_write_finish (UnknotHistory  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- Reading sessions ----------------------------------------------- */

static gboolean
history_read_holds (UnknotHistory         *self,
                    UnknotHistorySession  *session,
                    GError               **error)
{
  sqlite3_stmt *stmt = history_stmt (self, STMT_LIST_HOLDS, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      UnknotHistoryHold *hold = unknot_history_hold_new ();

      hold->end_time = sqlite3_column_int64 (stmt, 0);
      hold->muscle_id = column_text (stmt, 1);
      hold->side = column_text (stmt, 2);
      hold->tool_id = column_text (stmt, 3);
      hold->technique_id = column_text (stmt, 4);
      hold->planned_seconds = sqlite3_column_int (stmt, 5);
      hold->actual_seconds = sqlite3_column_int (stmt, 6);
      hold->skipped = sqlite3_column_int (stmt, 7) != 0;
      g_ptr_array_add (session->holds, hold);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      history_set_sql_error (self, rc, error);
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
  session->routine_id = column_text (stmt, 3);
  session->routine_name = column_text (stmt, 4);
  session->technique_id = column_text (stmt, 5);
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
  sqlite3_stmt *stmt = history_stmt (self, STMT_LIST_SESSIONS, error);
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
      history_set_sql_error (self, rc, error);
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
  if (!history_exec (self, "BEGIN;", &error))
    {
      g_task_return_error (task, error);
      return;
    }
  sessions = history_list (self, list->since, list->limit, &error);
  sqlite3_exec (self->db, "COMMIT;", NULL, NULL, NULL);

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
  task = history_task_new (self, unknot_history_list_sessions_async, list, g_free,
                           cancellable, callback, user_data);
  history_queue (self, task, list_sessions_job);
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

  ok = history_begin (self, &error) && (stmt = history_stmt (self, STMT_GET_SESSION, &error));
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        session = session_from_row (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          history_set_sql_error (self, rc, &error);
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
       && (stmt = history_stmt (self, STMT_DELETE_SESSION, &error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = history_step_done (self, stmt, &error);
    }
  ok = history_commit (self, ok, ok ? &error : NULL);

  if (ok)
    {
      history_changed (self);
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

  task = history_task_new (self, unknot_history_delete_session_async,
                           g_memdup2 (&session_id, sizeof session_id), g_free,
                           cancellable, callback, user_data);
  history_queue (self, task, delete_session_job);
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

  ok = history_begin (self, &error)
       && history_exec (self, "DELETE FROM holds; DELETE FROM sessions;", &error);
  ok = history_commit (self, ok, ok ? &error : NULL);
  /* Cleared means gone from the disk too, not only unlinked pages */
  if (ok)
    sqlite3_exec (self->db, "VACUUM; PRAGMA wal_checkpoint(TRUNCATE);", NULL, NULL, NULL);

  history_return (task, ok, error);
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

  task = history_task_new (self, unknot_history_clear_async, NULL, NULL,
                           cancellable, callback, user_data);
  history_queue (self, task, clear_job);
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

  if ((stmt = history_stmt (self, STMT_DAY_TOTALS, error)) == NULL)
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
      history_set_sql_error (self, rc, error);
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
  sqlite3_stmt *stmt = history_stmt (self, STMT_ROLLED_STARTS, error);
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
      history_set_sql_error (self, rc, error);
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
  sqlite3_stmt *stmt = history_stmt (self, STMT_MUSCLE_SECONDS, error);
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
      history_set_sql_error (self, rc, error);
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
  g_autoptr(UnknotHistoryProgress) progress = history_progress_new (data->n_days);
  GError *error = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  progress->today = data->today;
  ok = history_exec (self, "BEGIN;", &error)
       && progress_day_totals (self, data, progress, &error)
       && progress_streak (self, data, progress, &error)
       && progress_muscles (self, days_before (data, 6), progress->seconds_7, &error)
       && progress_muscles (self, days_before (data, 29), progress->seconds_30, &error)
       && (stmt = history_stmt (self, STMT_COUNT_SESSIONS, &error)) != NULL;
  if (ok && sqlite3_step (stmt) == SQLITE_ROW)
    progress->n_sessions = sqlite3_column_int (stmt, 0);
  if (ok)
    sqlite3_reset (stmt);
  sqlite3_exec (self->db, "COMMIT;", NULL, NULL, NULL);

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
  task = history_task_new (self, unknot_history_query_progress_async, data, progress_data_free,
                           cancellable, callback, user_data);
  history_queue (self, task, query_progress_job);
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

/* ---- The object ----------------------------------------------------- */

/* $XDG_DATA_HOME/unknot/history.db */
char *
unknot_history_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "unknot", "history.db", NULL);
}

/* @path: the database file, or %NULL for the default. Opening (and
 * moving a damaged file aside) happens in the worker, before its first job. */
UnknotHistory *
unknot_history_new (const char *path)
{
  g_autofree char *default_path = path == NULL ? unknot_history_default_path () : NULL;
  UnknotHistory *self = g_object_new (UNKNOT_TYPE_HISTORY, NULL);

  self->path = g_strdup (path != NULL ? path : default_path);
  self->worker = g_thread_new ("unknot-history", history_worker, self);

  return self;
}

const char *
unknot_history_get_path (UnknotHistory *self)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY (self), NULL);

  return self->path;
}

/* Where a damaged file was moved, once the worker has opened a new one */
const char *
unknot_history_get_moved_aside (UnknotHistory *self)
{
  g_return_val_if_fail (UNKNOT_IS_HISTORY (self), NULL);

  return self->moved_aside;
}

static void
unknot_history_finalize (GObject *object)
{
  UnknotHistory *self = UNKNOT_HISTORY (object);

  g_async_queue_push (self->jobs, &quit_job);
  if (g_thread_self () != self->worker)
    g_thread_join (self->worker);
  else
    g_thread_unref (self->worker);
  g_async_queue_unref (self->jobs);
  g_clear_error (&self->open_error);
  g_main_context_unref (self->context);
  g_free (self->path);
  g_free (self->moved_aside);

  G_OBJECT_CLASS (unknot_history_parent_class)->finalize (object);
}

static void
unknot_history_class_init (UnknotHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = unknot_history_finalize;

  /**
   * UnknotHistory::moved-aside:
   * @path: where the damaged file now is
   *
   * The file could not be read, so it was renamed and a new history started.
   */
  signals[MOVED_ASIDE] =
    g_signal_new ("moved-aside", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * UnknotHistory::changed:
   *
   * A write or a delete has reached the file, from this object.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
unknot_history_init (UnknotHistory *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->jobs = g_async_queue_new ();
}
