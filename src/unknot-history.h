/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How the muscle felt after a session, as the person said on the summary. */
typedef enum
{
  UNKNOT_FEELING_NONE,
  UNKNOT_FEELING_LOOSER,
  UNKNOT_FEELING_SAME,
  UNKNOT_FEELING_TIGHTER,
} UnknotFeeling;

/* The weekly goal from the guidance: roll at least three days a week. */
#define UNKNOT_HISTORY_GOAL_DAYS    3
#define UNKNOT_HISTORY_GOAL_MINUTES 10

/* One hold as it ended: times are Unix seconds. */
typedef struct
{
  gint64    end_time;
  char     *muscle_id;
  char     *side;
  char     *tool_id;
  char     *technique_id;
  guint     planned_seconds;
  guint     actual_seconds;
  gboolean  skipped;
} UnknotHistoryHold;

/* One session with its holds. @id is 0 until the worker has written it;
 * read it only from a _finish or a later callback. */
typedef struct
{
  gint64         id;
  gint64         start_time;
  gint64         end_time;      /* 0 while under way, or when the app died */
  char          *routine_id;
  char          *routine_name;
  char          *technique_id;  /* a single technique rather than a routine */
  gboolean       completed;
  guint          rolled_seconds;
  UnknotFeeling  feeling;
  GPtrArray     *holds;         /* UnknotHistoryHold, in the order they ended */
} UnknotHistorySession;

/* Everything the Progress view shows, counted in local days and ISO weeks. */
typedef struct
{
  gint64      today;            /* local midnight, Unix seconds */
  guint       n_days;
  guint      *day_seconds;      /* n_days values, the last one is today */
  guint       days_this_week;
  guint       seconds_today;
  guint       week_streak;      /* weeks in a row with >= GOAL_DAYS days rolled */
  gboolean    week_met;
  GHashTable *seconds_7;        /* "muscle-side" -> GUINT_TO_POINTER (seconds) */
  GHashTable *seconds_30;
  guint       n_sessions;       /* ever */
} UnknotHistoryProgress;

#define UNKNOT_TYPE_HISTORY_HOLD     (unknot_history_hold_get_type ())
#define UNKNOT_TYPE_HISTORY_SESSION  (unknot_history_session_get_type ())
#define UNKNOT_TYPE_HISTORY_PROGRESS (unknot_history_progress_get_type ())
#define UNKNOT_TYPE_HISTORY          (unknot_history_get_type ())

GType                  unknot_history_hold_get_type     (void) G_GNUC_CONST;
UnknotHistoryHold     *unknot_history_hold_new          (void);
UnknotHistoryHold     *unknot_history_hold_ref          (UnknotHistoryHold     *hold);
void                   unknot_history_hold_unref        (UnknotHistoryHold     *hold);

GType                  unknot_history_session_get_type  (void) G_GNUC_CONST;
UnknotHistorySession  *unknot_history_session_new       (void);
UnknotHistorySession  *unknot_history_session_ref       (UnknotHistorySession  *session);
void                   unknot_history_session_unref     (UnknotHistorySession  *session);
gint64                 unknot_history_session_get_day   (UnknotHistorySession  *session);

GType                  unknot_history_progress_get_type (void) G_GNUC_CONST;
UnknotHistoryProgress *unknot_history_progress_ref      (UnknotHistoryProgress *progress);
void                   unknot_history_progress_unref    (UnknotHistoryProgress *progress);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotHistoryHold, unknot_history_hold_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotHistorySession, unknot_history_session_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotHistoryProgress, unknot_history_progress_unref)

G_DECLARE_FINAL_TYPE (UnknotHistory, unknot_history, UNKNOT, HISTORY, GObject)

#define UNKNOT_HISTORY_SCHEMA_VERSION 2

UnknotHistory  *unknot_history_new                   (const char             *path);
char           *unknot_history_default_path          (void);
const char     *unknot_history_get_path              (UnknotHistory          *self);
const char     *unknot_history_get_moved_aside       (UnknotHistory          *self);
void            unknot_history_sync                  (UnknotHistory          *self);

void            unknot_history_add_session_async     (UnknotHistory          *self,
                                                      UnknotHistorySession   *session,
                                                      GCancellable           *cancellable,
                                                      GAsyncReadyCallback     callback,
                                                      gpointer                user_data);
void            unknot_history_add_hold_async        (UnknotHistory          *self,
                                                      UnknotHistorySession   *session,
                                                      UnknotHistoryHold      *hold,
                                                      GCancellable           *cancellable,
                                                      GAsyncReadyCallback     callback,
                                                      gpointer                user_data);
void            unknot_history_end_session_async     (UnknotHistory          *self,
                                                      UnknotHistorySession   *session,
                                                      GCancellable           *cancellable,
                                                      GAsyncReadyCallback     callback,
                                                      gpointer                user_data);
void            unknot_history_restore_session_async (UnknotHistory          *self,
                                                      UnknotHistorySession   *session,
                                                      GCancellable           *cancellable,
                                                      GAsyncReadyCallback     callback,
                                                      gpointer                user_data);
gboolean        unknot_history_write_finish          (UnknotHistory          *self,
                                                      GAsyncResult           *result,
                                                      GError                **error);

void            unknot_history_delete_session_async  (UnknotHistory          *self,
                                                      gint64                  session_id,
                                                      GCancellable           *cancellable,
                                                      GAsyncReadyCallback     callback,
                                                      gpointer                user_data);
UnknotHistorySession *
                unknot_history_delete_session_finish (UnknotHistory          *self,
                                                      GAsyncResult           *result,
                                                      GError                **error);
void            unknot_history_clear_async           (UnknotHistory          *self,
                                                      GCancellable           *cancellable,
                                                      GAsyncReadyCallback     callback,
                                                      gpointer                user_data);

void            unknot_history_list_sessions_async   (UnknotHistory          *self,
                                                      gint64                  since,
                                                      guint                   limit,
                                                      GCancellable           *cancellable,
                                                      GAsyncReadyCallback     callback,
                                                      gpointer                user_data);
GPtrArray      *unknot_history_list_sessions_finish  (UnknotHistory          *self,
                                                      GAsyncResult           *result,
                                                      GError                **error);

void            unknot_history_query_progress_async  (UnknotHistory          *self,
                                                      GDateTime              *now,
                                                      guint                   n_days,
                                                      GCancellable           *cancellable,
                                                      GAsyncReadyCallback     callback,
                                                      gpointer                user_data);
UnknotHistoryProgress *
                unknot_history_query_progress_finish (UnknotHistory          *self,
                                                      GAsyncResult           *result,
                                                      GError                **error);

G_END_DECLS
