/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "unknot-history.h"

G_BEGIN_DECLS

/* Shared by the history's files: everything here runs in its worker thread,
 * except _unknot_history_queue() and _unknot_history_task_new(). */

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

typedef void (*HistoryJobFunc) (UnknotHistory *self,
                                GTask         *task,
                                gpointer       data);

UnknotHistoryProgress *_unknot_history_progress_new   (guint            n_days);

GTask                 *_unknot_history_task_new       (UnknotHistory   *self,
                                                       gpointer         source_tag,
                                                       gpointer         data,
                                                       GDestroyNotify   data_free,
                                                       GCancellable    *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer         user_data);
void                   _unknot_history_queue          (UnknotHistory   *self,
                                                       GTask           *task,
                                                       HistoryJobFunc   func);

sqlite3_stmt          *_unknot_history_stmt           (UnknotHistory   *self,
                                                       HistoryStmt      which,
                                                       GError         **error);
gboolean               _unknot_history_exec           (UnknotHistory   *self,
                                                       const char      *sql,
                                                       GError         **error);
void                   _unknot_history_set_sql_error  (UnknotHistory   *self,
                                                       int              rc,
                                                       GError         **error);
gboolean               _unknot_history_step_done      (UnknotHistory   *self,
                                                       sqlite3_stmt    *stmt,
                                                       GError         **error);
gboolean               _unknot_history_begin          (UnknotHistory   *self,
                                                       GError         **error);
gboolean               _unknot_history_commit         (UnknotHistory   *self,
                                                       gboolean         ok,
                                                       GError         **error);
void                   _unknot_history_changed        (UnknotHistory   *self);
void                   _unknot_history_return         (GTask           *task,
                                                       gboolean         ok,
                                                       GError          *error);
char                  *_unknot_history_column_text    (sqlite3_stmt    *stmt,
                                                       int              index);

G_END_DECLS
