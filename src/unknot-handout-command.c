/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "unknot-content-loader.h"
#include "unknot-handout-command.h"
#include "unknot-store.h"
#include "unknot-handout.h"

/* unknot --handout ROUTINE --output FILE.pdf [--paper a4|letter]:
 * exit 0, 1 for content that cannot be found or read, 2 for usage. */

/* Raw UTF-8, as in --validate: GLib's printing would turn quotes into
 * "?" before the locale's charset is known. */
static void
print_line (const char *text)
{
  fprintf (stderr, "%s\n", text);
}

static gboolean
looks_like_path (const char *name)
{
  return strchr (name, G_DIR_SEPARATOR) != NULL || g_str_has_suffix (name, ".unknot")
         || g_str_has_suffix (name, ".xml") || g_file_test (name, G_FILE_TEST_EXISTS);
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* The person's routines, read by the store as the app would */
static void
load_user_routines (UnknotStore *store)
{
  g_autoptr(GAsyncResult) result = NULL;

  unknot_store_load_async (store, NULL, on_loaded, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  unknot_store_load_finish (store, result, NULL);
}

/* A file is read beside the built-in content only, so its ids cannot
 * clash with the person's own routines; every routine in it is printed. */
static GPtrArray *
load_routines (const char     *name,
               UnknotLibrary **library_out,
               GError        **error)
{
  g_autoptr(UnknotStore) store = unknot_store_new (NULL);
  g_autoptr(UnknotLibrary) library = g_object_ref (unknot_store_get_library (store));
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  UnknotRoutine *routine;
  UnknotTechnique *technique;

  if (!unknot_store_load_builtin (store, error))
    return NULL;

  if (looks_like_path (name))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (name);
      GListModel *routines = unknot_library_get_routines (library);
      guint before = g_list_model_get_n_items (routines);

      if (!unknot_store_load_file (library, file, name, UNKNOT_CONTENT_LOAD_USER, error))
        return NULL;
      for (guint i = before; i < g_list_model_get_n_items (routines); i++)
        g_ptr_array_add (found, g_list_model_get_item (routines, i));
    }
  else
    {
      load_user_routines (store);
      routine = unknot_library_get_routine (library, name);
      technique = unknot_library_get_technique (library, name);
      if (routine != NULL)
        g_ptr_array_add (found, g_object_ref (routine));
      else if (technique != NULL)
        g_ptr_array_add (found, unknot_handout_routine_for_technique (technique));
    }

  if (found->len == 0)
    {
      g_set_error (error, UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
                   _("%s: no routine, technique or routine file has this name"), name);
      return NULL;
    }

  *library_out = g_steal_pointer (&library);
  return g_steal_pointer (&found);
}

static gboolean
parse_paper (const char  *name,
             UnknotPaper *paper)
{
  if (name == NULL || g_ascii_strcasecmp (name, "a4") == 0)
    *paper = UNKNOT_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    *paper = UNKNOT_PAPER_LETTER;
  else
    return FALSE;

  return TRUE;
}

int
unknot_handout_command_run (const char         *routine_name,
                            const char         *output,
                            const char         *paper_name,
                            const char * const *extra)
{
  g_autoptr(UnknotLibrary) library = NULL;
  g_autoptr(GPtrArray) routines = NULL;
  g_autoptr(GPtrArray) handouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  UnknotPaper paper;

  if (routine_name == NULL || routine_name[0] == '\0' || output == NULL || output[0] == '\0'
      || (extra != NULL && extra[0] != NULL))
    {
      print_line (_("Usage: unknot --handout ROUTINE --output FILE.pdf [--paper a4|letter]"));
      return 2;
    }
  if (!parse_paper (paper_name, &paper))
    {
      print_line (_("The paper size must be “a4” or “letter”"));
      return 2;
    }

  routines = load_routines (routine_name, &library, &error);
  if (routines == NULL)
    {
      print_line (error->message);
      return 1;
    }

  for (guint i = 0; i < routines->len; i++)
    g_ptr_array_add (handouts, unknot_handout_new (library, g_ptr_array_index (routines, i)));
  if (!unknot_handout_write_pdf_many ((UnknotHandout * const *) handouts->pdata, handouts->len,
                                      output, paper, &error))
    {
      print_line (error->message);
      return 1;
    }

  return 0;
}
