/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include "unknot-history-private.h"

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

typedef struct
{
  GTask          *task;
  HistoryJobFunc  func;
} HistoryJob;

/* The sentinel that tells the worker to close the database and stop */
static HistoryJob quit_job;

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

void
_unknot_history_set_sql_error (UnknotHistory  *self,
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

gboolean
_unknot_history_exec (UnknotHistory  *self,
                      const char     *sql,
                      GError        **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _unknot_history_set_sql_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* A cached statement, reset and ready for binding */
sqlite3_stmt *
_unknot_history_stmt (UnknotHistory  *self,
                      HistoryStmt     which,
                      GError        **error)
{
  if (self->stmts[which] == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
                                   &self->stmts[which], NULL);

      if (rc != SQLITE_OK)
        {
          _unknot_history_set_sql_error (self, rc, error);
          return NULL;
        }
    }

  sqlite3_reset (self->stmts[which]);
  sqlite3_clear_bindings (self->stmts[which]);

  return self->stmts[which];
}

/* Runs a statement that returns no rows */
gboolean
_unknot_history_step_done (UnknotHistory  *self,
                           sqlite3_stmt   *stmt,
                           GError        **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _unknot_history_set_sql_error (self, rc, error);
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

char *
_unknot_history_column_text (sqlite3_stmt *stmt,
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
      _unknot_history_set_sql_error (self, sqlite3_errcode (self->db), error);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  /* A newer Unknot's file: its extra columns are left alone. */
  for (int v = version; v >= 0 && v < UNKNOT_HISTORY_SCHEMA_VERSION; v++)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d;", v + 1);

      if (!_unknot_history_exec (self, "BEGIN IMMEDIATE;", error))
        return FALSE;
      if (!_unknot_history_exec (self, migrations[v], error)
          || !_unknot_history_exec (self, bump, error)
          || !_unknot_history_exec (self, "COMMIT;", error))
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
      _unknot_history_set_sql_error (self, rc, error);
      history_close_db (self);
      return FALSE;
    }

  /* A second window or instance waits its turn rather than failing;
   * FULL makes each hold's commit survive a power cut, not only a crash. */
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 1);
  if (!_unknot_history_exec (self, "PRAGMA journal_mode = WAL;"
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

void
_unknot_history_queue (UnknotHistory  *self,
                       GTask          *task,
                       HistoryJobFunc  func)
{
  HistoryJob *job = g_new0 (HistoryJob, 1);

  job->task = task;
  job->func = func;
  g_async_queue_push (self->jobs, job);
}

GTask *
_unknot_history_task_new (UnknotHistory       *self,
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
gboolean
_unknot_history_begin (UnknotHistory  *self,
                       GError        **error)
{
  return _unknot_history_exec (self, "BEGIN IMMEDIATE;", error);
}

gboolean
_unknot_history_commit (UnknotHistory  *self,
                        gboolean        ok,
                        GError        **error)
{
  if (ok && _unknot_history_exec (self, "COMMIT;", error))
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
void
_unknot_history_changed (UnknotHistory *self)
{
  g_autoptr(GSource) source = g_idle_source_new ();
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, self);
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, history_emit_changed, ref, weak_ref_free);
  g_source_attach (source, self->context);
}

void
_unknot_history_return (GTask    *task,
                        gboolean  ok,
                        GError   *error)
{
  if (ok)
    {
      _unknot_history_changed (g_task_get_source_object (task));
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
  sqlite3_stmt *stmt = _unknot_history_stmt (self, STMT_ADD_SESSION, &error);
  gboolean ok = FALSE;

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, session->start_time);
      bind_text (stmt, 2, session->routine_id);
      bind_text (stmt, 3, session->routine_name);
      bind_text (stmt, 4, session->technique_id);
      ok = _unknot_history_step_done (self, stmt, &error);
    }
  if (ok)
    session->id = sqlite3_last_insert_rowid (self->db);

  _unknot_history_return (task, ok, error);
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

  task = _unknot_history_task_new (self, unknot_history_add_session_async,
                                   write_data_new (session, NULL), write_data_free,
                                   cancellable, callback, user_data);
  _unknot_history_queue (self, task, add_session_job);
}

static gboolean
history_insert_hold (UnknotHistory      *self,
                     gint64              session_id,
                     UnknotHistoryHold  *hold,
                     GError            **error)
{
  sqlite3_stmt *stmt = _unknot_history_stmt (self, STMT_ADD_HOLD, error);

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

  return _unknot_history_step_done (self, stmt, error);
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

  ok = _unknot_history_begin (self, &error)
       && history_insert_hold (self, write->session->id, write->hold, &error)
       && (stmt = _unknot_history_stmt (self, STMT_SESSION_ROLLED, &error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, write->session->id);
      sqlite3_bind_int (stmt, 2, write->rolled_seconds);
      ok = _unknot_history_step_done (self, stmt, &error);
    }
  ok = _unknot_history_commit (self, ok, ok ? &error : NULL);

  _unknot_history_return (task, ok, error);
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

  task = _unknot_history_task_new (self, unknot_history_add_hold_async,
                                   write_data_new (session, hold), write_data_free,
                                   cancellable, callback, user_data);
  _unknot_history_queue (self, task, add_hold_job);
}

static void
end_session_job (UnknotHistory *self,
                 GTask         *task,
                 gpointer       data)
{
  WriteData *write = data;
  GError *error = NULL;
  sqlite3_stmt *stmt = _unknot_history_stmt (self, STMT_UPDATE_SESSION, &error);
  gboolean ok = FALSE;

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, write->session->id);
      if (write->end_time != 0)
        sqlite3_bind_int64 (stmt, 2, write->end_time);
      sqlite3_bind_int (stmt, 3, write->completed);
      sqlite3_bind_int (stmt, 4, write->rolled_seconds);
      sqlite3_bind_int (stmt, 5, write->feeling);
      ok = _unknot_history_step_done (self, stmt, &error);
    }

  _unknot_history_return (task, ok, error);
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

  task = _unknot_history_task_new (self, unknot_history_end_session_async,
                                   write_data_new (session, NULL), write_data_free,
                                   cancellable, callback, user_data);
  _unknot_history_queue (self, task, end_session_job);
}

static gboolean
history_restore (UnknotHistory         *self,
                 UnknotHistorySession  *session,
                 GError               **error)
{
  sqlite3_stmt *stmt = _unknot_history_stmt (self, STMT_RESTORE_SESSION, error);

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
  if (!_unknot_history_step_done (self, stmt, error))
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

  ok = _unknot_history_begin (self, &error) && history_restore (self, write->session, &error);
  ok = _unknot_history_commit (self, ok, ok ? &error : NULL);

  _unknot_history_return (task, ok, error);
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

  task = _unknot_history_task_new (self, unknot_history_restore_session_async,
                                   write_data_new (session, NULL), write_data_free,
                                   cancellable, callback, user_data);
  _unknot_history_queue (self, task, restore_session_job);
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

static void
sync_job (UnknotHistory *self,
          GTask         *task,
          gpointer       data)
{
  g_task_return_boolean (task, TRUE);
}

static void
on_synced (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Waits, iterating the thread-default main context, until every job queued
 * so far has run: the app calls it as it quits, so the last hold is kept. */
void
unknot_history_sync (UnknotHistory *self)
{
  gboolean done = FALSE;

  g_return_if_fail (UNKNOT_IS_HISTORY (self));

  _unknot_history_queue (self, _unknot_history_task_new (self, unknot_history_sync, NULL, NULL,
                                                         NULL, on_synced, &done),
                         sync_job);
  while (!done)
    g_main_context_iteration (self->context, TRUE);
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
