/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "unknot-content-loader.h"
#include "unknot-store.h"
#include "unknot-validate.h"

/* Raw UTF-8: g_printerr() would turn every quote into "?" when the
 * process has not called setlocale(), as before GTK starts.
 */
static void
print_line (const char *text)
{
  fprintf (stderr, "%s\n", text);
}

static gboolean
validate_path (UnknotLibrary *library,
               const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (unknot_store_load_file (library, file, path,
                              (UNKNOT_CONTENT_LOAD_USER |
                               UNKNOT_CONTENT_LOAD_DRY_RUN |
                               UNKNOT_CONTENT_LOAD_DETECT),
                              &error))
    return TRUE;

  print_line (error->message);
  return FALSE;
}

/* Checks each file the way Unknot would load it: a whole library on its
 * own, a routine file against the built-in content.  One line per problem.
 */
int
unknot_validate_run (const char * const *paths)
{
  g_autoptr(UnknotLibrary) library = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (paths == NULL || paths[0] == NULL)
    {
      print_line (_("Usage: unknot --validate FILE…"));
      return 2;
    }

  library = unknot_library_new ();
  if (!unknot_content_load_builtin (library, &error))
    {
      print_line (error->message);
      return 1;
    }

  for (guint i = 0; paths[i] != NULL; i++)
    {
      if (!validate_path (library, paths[i]))
        status = 1;
    }

  return status;
}
