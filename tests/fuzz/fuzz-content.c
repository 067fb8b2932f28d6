/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unknot-content-loader.h"
#include "unknot-library.h"

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

static UnknotLibrary *builtin;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  /* A critical from a g_return_if_fail() guard is a bug the fuzzer found */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  builtin = unknot_library_new ();
  if (!unknot_content_load_builtin (builtin, &error))
    g_error ("%s", error->message);

  return 0;
}

/* Every refusal names the file and a line, then says something; what the
 * schema refuses, the loader's own rules must be able to explain.
 */
static void
check_error (const GError *error)
{
  const char *line = error->message + strlen ("fuzz.xml:");
  char *end;

  g_assert_true (error->domain == UNKNOT_CONTENT_ERROR);
  g_assert_true (g_str_has_prefix (error->message, "fuzz.xml:"));
  g_assert_cmpint (strtol (line, &end, 10), >=, 1);
  g_assert_true (g_str_has_prefix (end, ": "));
  g_assert_cmpuint (strlen (end), >, 2);
  g_assert_false (g_regex_match_simple ("^: <[^ >]+> does not follow the Unknot file format \\(",
                                        end, 0, 0));
}

/* A routine that loaded must survive being rebuilt, saved and read back */
static void
check_routine (UnknotLibrary *library,
               UnknotRoutine *routine)
{
  g_autoptr(UnknotRoutine) copy = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *items = unknot_routine_get_items (routine);
  char *xml;

  copy = unknot_routine_new ("fuzz-copy", unknot_routine_get_name (routine),
                             unknot_routine_get_goal (routine),
                             unknot_routine_get_summary (routine));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (items, i);

      unknot_routine_append_item (copy, unknot_routine_item_get_technique (item),
                                  unknot_routine_item_get_sides (item),
                                  unknot_routine_item_get_hold (item),
                                  unknot_routine_item_get_reps (item));
    }

  problems = unknot_routine_check (copy);
  unknot_routine_estimate_seconds (copy, &UNKNOT_PHASE_TIMES_DEFAULT);
  xml = unknot_routine_to_xml (copy);
  bytes = g_bytes_new_take (xml, strlen (xml));
  if (!unknot_content_load_bytes (library, bytes, "fuzz-copy.xml", NULL,
                                  UNKNOT_CONTENT_LOAD_USER | UNKNOT_CONTENT_LOAD_DRY_RUN, &error))
    g_error ("A saved routine does not load again: %s", error->message);
}

static void
check_library (UnknotLibrary *library)
{
  GListModel *routines = unknot_library_get_routines (library);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (library)); i++)
    {
      g_autoptr(UnknotMuscle) muscle = g_list_model_get_item (G_LIST_MODEL (library), i);

      unknot_muscle_matches (muscle, "a b");
    }

  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(UnknotRoutine) routine = g_list_model_get_item (routines, i);

      check_routine (library, routine);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;

  if (builtin == NULL)
    LLVMFuzzerInitialize (NULL, NULL);

  /* As someone's routine file, checked against the built-in content */
  if (!unknot_content_load_bytes (builtin, bytes, "fuzz.xml", NULL,
                                  UNKNOT_CONTENT_LOAD_USER | UNKNOT_CONTENT_LOAD_DRY_RUN, &error))
    check_error (error);
  g_clear_error (&error);

  /* As a library of its own, added to an empty one */
  if (unknot_content_load_bytes (library, bytes, "fuzz.xml", NULL,
                                 UNKNOT_CONTENT_LOAD_DEFAULT, &error))
    check_library (library);
  else
    check_error (error);

  return 0;
}
