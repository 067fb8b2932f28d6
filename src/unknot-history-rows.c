/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-history-private.h"

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

UnknotHistoryProgress *
_unknot_history_progress_new (guint n_days)
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
