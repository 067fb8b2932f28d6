/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-history-csv.h"

/* The column names are a file format, not UI text: they stay in English. */
static const char * const header[] = {
  "session_id", "session_start", "session_end", "routine_id", "routine", "technique",
  "completed", "feeling", "hold_end", "muscle", "side", "tool", "planned_seconds",
  "actual_seconds", "skipped",
};

static const char * const feelings[] = { "", "looser", "same", "tighter" };

/* RFC 4180: a cell with a quote, comma or line break is quoted, quotes
 * doubled. Spreadsheets run a cell that starts with = + - @ (or a tab or
 * CR they strip) as a formula, and routine names come from other people's
 * files, so such text gets a leading ' and is shown as text. */
static void
append_text (GString    *csv,
             const char *text)
{
  gboolean formula;

  if (text == NULL)
    text = "";
  formula = strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0';

  if (!formula && strpbrk (text, "\",\r\n") == NULL)
    {
      g_string_append (csv, text);
      return;
    }

  g_string_append_c (csv, '"');
  if (formula)
    g_string_append_c (csv, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/* ISO 8601 in local time with the offset, so the wall clock is kept */
static void
append_time (GString *csv,
             gint64   unix_time)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *text = NULL;

  if (unix_time == 0)
    return;

  time = g_date_time_new_from_unix_local (unix_time);
  text = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");
  g_string_append (csv, text);
}

static void
append_hold (GString              *csv,
             UnknotHistorySession *session,
             UnknotHistoryHold    *hold)
{
  g_string_append_printf (csv, "%" G_GINT64_FORMAT ",", session->id);
  append_time (csv, session->start_time);
  g_string_append_c (csv, ',');
  append_time (csv, session->end_time);
  g_string_append_c (csv, ',');
  append_text (csv, session->routine_id);
  g_string_append_c (csv, ',');
  append_text (csv, session->routine_name);
  g_string_append_c (csv, ',');
  append_text (csv, hold->technique_id != NULL ? hold->technique_id : session->technique_id);
  g_string_append_printf (csv, ",%s,%s,", session->completed ? "true" : "false",
                          feelings[session->feeling]);
  append_time (csv, hold->end_time);
  g_string_append_c (csv, ',');
  append_text (csv, hold->muscle_id);
  g_string_append_c (csv, ',');
  append_text (csv, hold->side);
  g_string_append_c (csv, ',');
  append_text (csv, hold->tool_id);
  g_string_append_printf (csv, ",%u,%u,%s\r\n", hold->planned_seconds, hold->actual_seconds,
                          hold->skipped ? "true" : "false");
}

/* One row per hold, oldest first, after a header row; CRLF line ends as
 * RFC 4180 has them. */
char *
unknot_history_format_csv (GPtrArray *sessions)
{
  GString *csv = g_string_new (NULL);

  g_return_val_if_fail (sessions != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    g_string_append_printf (csv, "%s%s", i > 0 ? "," : "", header[i]);
  g_string_append (csv, "\r\n");

  for (guint i = sessions->len; i > 0; i--)
    {
      UnknotHistorySession *session = g_ptr_array_index (sessions, i - 1);

      for (guint j = 0; j < session->holds->len; j++)
        append_hold (csv, session, g_ptr_array_index (session->holds, j));
    }

  return g_string_free (csv, FALSE);
}
