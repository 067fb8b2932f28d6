/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "unknot-content-loader.h"
#include "unknot-store.h"
#include "unknot-library.h"

/* A trainer's routine file: notes, a client and names in any script must
 * come back exactly as they were written. */

static UnknotLibrary *
load_builtin (void)
{
  UnknotLibrary *library = unknot_library_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (unknot_content_load_builtin (library, &error));
  g_assert_no_error (error);

  return library;
}

static UnknotTechnique *
technique (UnknotLibrary *library,
           const char    *id)
{
  UnknotTechnique *found = unknot_library_get_technique (library, id);

  g_assert_nonnull (found);
  return found;
}

static UnknotRoutineItem *
get_item (UnknotRoutine *routine,
          guint          position)
{
  g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (unknot_routine_get_items (routine),
                                                             position);

  g_assert_nonnull (item);
  return item;  /* the routine keeps it alive */
}

static UnknotRoutine *
new_trainer_routine (UnknotLibrary *library)
{
  UnknotRoutine *routine = unknot_routine_new ("juergen-back",
                                               "Jürgen's Rücken – Übungen ✓",
                                               "Nach dem Büro & vor dem Training",
                                               "Oberer Rücken, Gesäß <links> und Waden");

  unknot_routine_set_client (routine, "Jürgen Müller");
  unknot_routine_set_note (routine, "Langsam rollen, ruhig atmen. «Nie» auf den Knochen.");
  unknot_routine_append_item (routine, technique (library, "upper-back-roller"),
                              UNKNOT_SIDE_BOTH, 30, 2);
  unknot_routine_append_item (routine, technique (library, "glutes-ball"),
                              UNKNOT_SIDE_LEFT, 45, 1);
  unknot_routine_append_item (routine, technique (library, "calves-roller"),
                              UNKNOT_SIDE_BOTH, 20, 3);
  unknot_routine_item_set_note (get_item (routine, 1), "Go lighter on the left side — ½ weight");
  unknot_routine_item_set_note (get_item (routine, 2), "Füße überkreuzen für mehr Druck");

  return routine;
}

static void
assert_same_routine (UnknotRoutine *a,
                     UnknotRoutine *b)
{
  GListModel *items_a = unknot_routine_get_items (a);
  GListModel *items_b = unknot_routine_get_items (b);

  g_assert_cmpstr (unknot_routine_get_id (a), ==, unknot_routine_get_id (b));
  g_assert_cmpstr (unknot_routine_get_name (a), ==, unknot_routine_get_name (b));
  g_assert_cmpstr (unknot_routine_get_goal (a), ==, unknot_routine_get_goal (b));
  g_assert_cmpstr (unknot_routine_get_summary (a), ==, unknot_routine_get_summary (b));
  g_assert_cmpstr (unknot_routine_get_client (a), ==, unknot_routine_get_client (b));
  g_assert_cmpstr (unknot_routine_get_note (a), ==, unknot_routine_get_note (b));
  g_assert_cmpuint (g_list_model_get_n_items (items_a), ==, g_list_model_get_n_items (items_b));

  for (guint i = 0; i < g_list_model_get_n_items (items_a); i++)
    {
      UnknotRoutineItem *item_a = get_item (a, i);
      UnknotRoutineItem *item_b = get_item (b, i);

      g_assert_true (unknot_routine_item_get_technique (item_a) ==
                     unknot_routine_item_get_technique (item_b));
      g_assert_cmpint (unknot_routine_item_get_sides (item_a), ==,
                       unknot_routine_item_get_sides (item_b));
      g_assert_cmpuint (unknot_routine_item_get_hold (item_a), ==,
                        unknot_routine_item_get_hold (item_b));
      g_assert_cmpuint (unknot_routine_item_get_reps (item_a), ==,
                        unknot_routine_item_get_reps (item_b));
      g_assert_cmpstr (unknot_routine_item_get_note (item_a), ==,
                       unknot_routine_item_get_note (item_b));
    }
}

static void
run_validate (const char *path,
              int         expected_status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { g_getenv ("UNKNOT_BIN"), "--validate", path, NULL };
  int status;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (expected_status == 0 && !g_spawn_check_wait_status (status, NULL))
    g_test_message ("unknot --validate said: %s%s", out, err);
  g_assert_cmpint (WIFEXITED (status) ? WEXITSTATUS (status) : -1, ==, expected_status);
}

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_round_trip (void)
{
  g_autoptr(UnknotLibrary) library = load_builtin ();
  g_autoptr(UnknotRoutine) routine = new_trainer_routine (library);
  g_autoptr(UnknotStore) store = unknot_store_new (NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *xml = unknot_routine_to_xml (routine);
  g_autofree char *written = NULL;
  UnknotRoutine *loaded;
  guint n_routines;

  g_assert_true (g_utf8_validate (xml, -1, NULL));
  g_assert_nonnull (strstr (xml, "<client>Jürgen Müller</client>"));
  g_assert_nonnull (strstr (xml, "&lt;links&gt;"));

  dir = g_dir_make_tmp ("unknot-routine-file-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "Jürgen.unknot", NULL);
  file = g_file_new_for_path (path);
  n_routines = g_list_model_get_n_items (unknot_library_get_routines (library));
  unknot_store_export_routine_async (store, routine, file, NULL, on_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (unknot_store_export_routine_finish (store, result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (unknot_library_get_routines (library)), ==,
                    n_routines);
  g_assert_true (g_file_get_contents (path, &written, NULL, &error));
  g_assert_cmpstr (written, ==, xml);

  run_validate (path, 0);

  g_assert_true (unknot_store_load_file (library, file, NULL, UNKNOT_CONTENT_LOAD_USER, &error));
  g_assert_no_error (error);
  loaded = unknot_library_get_routine (library, "juergen-back");
  g_assert_nonnull (loaded);
  g_assert_true (loaded != routine);
  assert_same_routine (routine, loaded);
  g_assert_true (unknot_routine_get_is_user (loaded));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Notes and the client are optional: a file without them stays valid, and
 * one with an empty note is refused, as the schema says. */
static void
test_optional_parts (void)
{
  g_autoptr(UnknotLibrary) library = load_builtin ();
  g_autoptr(UnknotRoutine) routine = new_trainer_routine (library);
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *dir = g_dir_make_tmp ("unknot-routine-file-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plain.unknot", NULL);
  g_autofree char *empty_path = g_build_filename (dir, "empty-note.unknot", NULL);
  g_autoptr(GString) empty = NULL;

  unknot_routine_set_client (routine, NULL);
  unknot_routine_set_note (routine, "   ");
  g_assert_null (unknot_routine_get_note (routine));
  unknot_routine_item_set_note (get_item (routine, 1), NULL);
  unknot_routine_item_set_note (get_item (routine, 2), "");
  xml = unknot_routine_to_xml (routine);
  g_assert_null (strstr (xml, "<note>"));
  g_assert_null (strstr (xml, "<client>"));
  g_assert_true (g_file_set_contents (path, xml, -1, &error));
  run_validate (path, 0);

  empty = g_string_new (xml);
  g_string_replace (empty, "</summary>", "</summary>\n      <note> </note>", 1);
  g_assert_true (g_file_set_contents (empty_path, empty->str, -1, &error));
  g_assert_no_error (error);
  run_validate (empty_path, 1);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_unlink (empty_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_item_setters (void)
{
  g_autoptr(UnknotLibrary) library = load_builtin ();
  g_autoptr(UnknotRoutine) routine = new_trainer_routine (library);
  UnknotRoutineItem *item = get_item (routine, 1);  /* glutes-ball, left, 45 s × 1 */
  guint n_notify = 0;

  g_signal_connect (item, "notify", G_CALLBACK (count_notify), &n_notify);

  unknot_routine_item_set_hold (item, 50);
  g_assert_cmpuint (unknot_routine_item_get_hold (item), ==, 50);
  g_assert_cmpuint (n_notify, ==, 1);
  unknot_routine_item_set_hold (item, 50);
  g_assert_cmpuint (n_notify, ==, 1);  /* no change, no notification */

  /* Clamped to the technique's 20–60 s and 1–3 reps */
  unknot_routine_item_set_hold (item, 5);
  g_assert_cmpuint (unknot_routine_item_get_hold (item), ==, 20);
  unknot_routine_item_set_hold (item, 500);
  g_assert_cmpuint (unknot_routine_item_get_hold (item), ==, 60);
  unknot_routine_item_set_reps (item, 0);
  g_assert_cmpuint (unknot_routine_item_get_reps (item), ==, 1);
  unknot_routine_item_set_reps (item, 9);
  g_assert_cmpuint (unknot_routine_item_get_reps (item), ==, 3);

  unknot_routine_item_set_sides (item, UNKNOT_SIDE_RIGHT);
  g_assert_cmpint (unknot_routine_item_get_sides (item), ==, UNKNOT_SIDE_RIGHT);
  g_assert_cmpuint (unknot_routine_item_get_n_sides (item), ==, 1);
  unknot_routine_item_set_sides (item, UNKNOT_SIDE_BOTH);
  g_assert_cmpuint (unknot_routine_item_get_n_sides (item), ==, 2);

  unknot_routine_item_set_note (item, "  Go   lighter\n on the left  ");
  g_assert_cmpstr (unknot_routine_item_get_note (item), ==, "Go lighter on the left");

  /* The pectoral ball allows 20–60 s; a 20–30 s technique pulls 60 s down,
   * and a technique that rolls both sides at once runs once. */
  unknot_routine_item_set_sides (item, UNKNOT_SIDE_LEFT);
  unknot_routine_item_set_technique (item, technique (library, "upper-back-roller"));
  g_assert_true (unknot_routine_item_get_technique (item) ==
                 technique (library, "upper-back-roller"));
  g_assert_cmpint (unknot_routine_item_get_sides (item), ==, UNKNOT_SIDE_BOTH);
  g_assert_cmpuint (unknot_routine_item_get_n_sides (item), ==, 1);
  unknot_routine_item_set_sides (item, UNKNOT_SIDE_RIGHT);
  g_assert_cmpint (unknot_routine_item_get_sides (item), ==, UNKNOT_SIDE_BOTH);
  g_assert_cmpuint (unknot_routine_item_get_hold (item), <=,
                    unknot_technique_get_hold_max (technique (library, "upper-back-roller")));
  g_assert_cmpuint (unknot_routine_item_get_reps (item), <=,
                    unknot_technique_get_reps_max (technique (library, "upper-back-roller")));

  g_signal_handlers_disconnect_by_func (item, count_notify, &n_notify);
}

static void
test_routine_setters (void)
{
  g_autoptr(UnknotLibrary) library = load_builtin ();
  g_autoptr(UnknotRoutine) routine = new_trainer_routine (library);
  g_autoptr(UnknotRoutine) copy = NULL;
  g_autofree char *original_xml = NULL;
  g_autofree char *copy_text = NULL;
  g_autoptr(GString) copy_xml = NULL;
  guint n_notify = 0;

  g_signal_connect (routine, "notify", G_CALLBACK (count_notify), &n_notify);
  unknot_routine_set_client (routine, " Sam\tO’Neil ");
  g_assert_cmpstr (unknot_routine_get_client (routine), ==, "Sam O’Neil");
  unknot_routine_set_client (routine, "Sam O’Neil");
  g_assert_cmpuint (n_notify, ==, 1);
  unknot_routine_set_note (routine, "Three times a week");
  g_assert_cmpstr (unknot_routine_get_note (routine), ==, "Three times a week");
  unknot_routine_set_name (routine, "Sam's back");
  g_assert_cmpstr (unknot_routine_get_name (routine), ==, "Sam's back");
  unknot_routine_set_goal (routine, "After work");
  g_assert_cmpstr (unknot_routine_get_goal (routine), ==, "After work");
  g_assert_cmpuint (n_notify, ==, 4);
  g_signal_handlers_disconnect_by_func (routine, count_notify, &n_notify);

  /* A copy is independent: changing it leaves the original alone. */
  copy = unknot_routine_copy (routine, "sams-back-2");
  original_xml = unknot_routine_to_xml (routine);
  copy_text = unknot_routine_to_xml (copy);
  copy_xml = g_string_new (copy_text);
  g_string_replace (copy_xml, "\"sams-back-2\"", "\"juergen-back\"", 1);
  g_assert_cmpstr (copy_xml->str, ==, original_xml);
  g_assert_cmpstr (unknot_routine_get_id (copy), ==, "sams-back-2");
  g_assert_cmpstr (unknot_routine_get_client (copy), ==, "Sam O’Neil");
  g_assert_false (unknot_routine_get_is_user (copy));
  g_assert_null (unknot_routine_get_file (copy));
  unknot_routine_item_set_hold (get_item (copy, 0), 40);
  g_assert_cmpuint (unknot_routine_item_get_hold (get_item (routine, 0)), ==, 30);
  g_assert_cmpstr (unknot_routine_item_get_note (get_item (copy, 1)), ==,
                   unknot_routine_item_get_note (get_item (routine, 1)));
}

static const char *
technique_at (UnknotRoutine *routine,
              guint          position)
{
  return unknot_technique_get_id (unknot_routine_item_get_technique (get_item (routine,
                                                                               position)));
}

static void
test_reorder (void)
{
  g_autoptr(UnknotLibrary) library = load_builtin ();
  g_autoptr(UnknotRoutine) routine = new_trainer_routine (library);
  g_autoptr(UnknotRoutineItem) removed = NULL;
  g_autoptr(UnknotRoutineItem) copy = NULL;
  GListModel *items = unknot_routine_get_items (routine);

  g_assert_true (unknot_routine_move_item (routine, 0, 2));
  g_assert_cmpstr (technique_at (routine, 0), ==, "glutes-ball");
  g_assert_cmpstr (technique_at (routine, 1), ==, "calves-roller");
  g_assert_cmpstr (technique_at (routine, 2), ==, "upper-back-roller");
  g_assert_true (unknot_routine_move_item (routine, 2, 0));
  g_assert_cmpstr (technique_at (routine, 0), ==, "upper-back-roller");
  g_assert_false (unknot_routine_move_item (routine, 0, 3));
  g_assert_false (unknot_routine_move_item (routine, 1, 1));

  removed = unknot_routine_remove_item (routine, 1);
  g_assert_cmpstr (unknot_technique_get_id (unknot_routine_item_get_technique (removed)), ==,
                   "glutes-ball");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  g_assert_null (unknot_routine_remove_item (routine, 7));

  /* Undo puts the same item back where it was. */
  unknot_routine_insert_item (routine, 1, removed);
  g_assert_true (get_item (routine, 1) == removed);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);
  unknot_routine_insert_item (routine, 99, copy = unknot_routine_item_copy (removed));
  g_assert_cmpstr (technique_at (routine, 3), ==, "glutes-ball");
}

static gboolean
problems_contain (GPtrArray  *problems,
                  const char *text)
{
  for (guint i = 0; i < problems->len; i++)
    if (strstr (g_ptr_array_index (problems, i), text) != NULL)
      return TRUE;

  return FALSE;
}

/* The checker says in plain words what to change, and changes as the
 * routine does. */
static void
test_checker_messages (void)
{
  g_autoptr(UnknotLibrary) library = load_builtin ();
  g_autoptr(UnknotRoutine) routine = new_trainer_routine (library);
  g_autoptr(GPtrArray) fine = unknot_routine_check (routine);
  g_autoptr(GPtrArray) long_hold = NULL;
  g_autoptr(GPtrArray) long_run = NULL;
  g_autoptr(GPtrArray) long_session = NULL;
  g_autoptr(UnknotRoutineItem) copy = NULL;
  UnknotRoutineItem *calves = get_item (routine, 2);

  g_assert_cmpuint (fine->len, ==, 0);

  unknot_routine_item_set_hold (calves, 60);
  unknot_routine_item_set_reps (calves, 2);
  long_hold = unknot_routine_check (routine);
  g_assert_cmpuint (long_hold->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (long_hold, 0), ==,
                   "Item 3, Calves: 2 rounds of 60 seconds make 120 seconds on one muscle. "
                   "Keep it to 90 seconds or less.");
  unknot_routine_item_set_reps (calves, 1);

  copy = unknot_routine_item_copy (calves);
  unknot_routine_insert_item (routine, 3, copy);
  long_run = unknot_routine_check (routine);
  g_assert_cmpuint (long_run->len, ==, 1);
  g_assert_true (problems_contain (long_run, "Items 3 to 4"));
  g_assert_true (problems_contain (long_run, "roll another area in between"));

  g_object_unref (unknot_routine_remove_item (routine, 3));
  for (guint i = 0; i < 12; i++)
    {
      unknot_routine_append_item (routine, technique (library, "hamstrings-roller"),
                                  UNKNOT_SIDE_BOTH, 30, 3);
      unknot_routine_append_item (routine, technique (library, "pectorals-ball"),
                                  UNKNOT_SIDE_BOTH, 30, 3);
    }
  long_session = unknot_routine_check (routine);
  g_assert_true (problems_contain (long_session, "Keep a session to 30 minutes or less."));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/routine-file/round-trip", test_round_trip);
  g_test_add_func ("/routine-file/optional-parts", test_optional_parts);
  g_test_add_func ("/routine/item-setters", test_item_setters);
  g_test_add_func ("/routine/setters-and-copy", test_routine_setters);
  g_test_add_func ("/routine/reorder", test_reorder);
  g_test_add_func ("/routine/checker-messages", test_checker_messages);

  return g_test_run ();
}
