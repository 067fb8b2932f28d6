/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "unknot-export-command.h"
#include "unknot-history-csv.h"
#include "unknot-history.h"

static void
store_result (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           GError     **error)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not write the history: %s"), g_strerror (saved_errno));
          return FALSE;
        }
      data += written;
      length -= written;
    }

  return TRUE;
}

/* `unknot --export-history FILE`: every hold as a CSV row, to FILE or,
 * for "-", to standard output. It runs in the launching process, without
 * a display. @history_path is %NULL for the user's own history. */
int
unknot_export_command_run (const char *history_path,
                           const char *output)
{
  g_autoptr(UnknotHistory) history = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  gboolean ok;

  g_return_val_if_fail (output != NULL, EXIT_FAILURE);

  history = unknot_history_new (history_path);
  unknot_history_list_sessions_async (history, 0, 0, NULL, store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  sessions = unknot_history_list_sessions_finish (history, result, &error);
  if (sessions == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  csv = unknot_history_format_csv (sessions);
  if (g_strcmp0 (output, "-") == 0)
    ok = write_all (STDOUT_FILENO, csv, strlen (csv), &error);
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      ok = g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error);
    }

  if (!ok)
    {
      /* Translators: %s is the file name, then the reason */
      g_printerr (_("Could not export the history to %s: %s\n"), output, error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
