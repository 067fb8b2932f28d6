/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixinputstream.h>
#include <glib/gstdio.h>

#include "unknot-content-loader.h"
#include "unknot-store.h"

typedef struct
{
  GFile       *data_dir;
  GFile       *routines_dir;
  UnknotStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->data_dir = g_file_new_build_filename (g_get_user_data_dir (), "unknot", NULL);
  f->routines_dir = g_file_get_child (f->data_dir, "routines");
  f->store = unknot_store_new (f->data_dir);
  g_assert_true (unknot_store_load_builtin (f->store, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpointer store = f->store;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  /* A worker thread may drop its task, and the task its store, just
   * after the callback ran: wait for that, then nothing may hold it. */
  g_object_add_weak_pointer (store, &store);
  g_object_unref (f->store);
  while (store != NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_null (store);
  g_clear_object (&f->routines_dir);
  g_clear_object (&f->data_dir);
}

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

static UnknotLibrary *
library_of (Fixture *f)
{
  return unknot_store_get_library (f->store);
}

static guint
n_routines (Fixture *f)
{
  return g_list_model_get_n_items (unknot_library_get_routines (library_of (f)));
}

static UnknotRoutine *
new_routine (Fixture    *f,
             const char *id)
{
  UnknotRoutine *routine = unknot_routine_new (id, "Sam’s legs", "Before squats", "Calves");

  unknot_routine_append_item (routine,
                              unknot_library_get_technique (library_of (f), "calves-roller"),
                              UNKNOT_SIDE_BOTH, 30, 2);
  return routine;
}

static gboolean
save (Fixture        *f,
      UnknotRoutine  *routine,
      GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  unknot_store_save_routine_async (f->store, routine, NULL, on_done, &result);
  return unknot_store_save_routine_finish (f->store, wait_for (&result), error);
}

static guint
load (Fixture  *f,
      GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  unknot_store_load_async (f->store, NULL, on_done, &result);
  return unknot_store_load_finish (f->store, wait_for (&result), error);
}

static guint
count_files (GFile *dir)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  GFileInfo *info;
  guint n_files = 0;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  while (g_file_enumerator_iterate (children, &info, NULL, NULL, &error) && info != NULL)
    n_files++;
  g_assert_no_error (error);

  return n_files;
}

static GFile *
write_routine_file (Fixture    *f,
                    const char *basename,
                    const char *contents)
{
  GFile *file = g_file_get_child (f->routines_dir, basename);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (f->routines_dir), 0700), ==, 0);
  g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                           G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);

  return file;
}

static char *
read_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static void
test_save_new_and_again (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(UnknotRoutine) routine = new_routine (f, "sam-saved");
  g_autoptr(GFile) file = g_file_get_child (f->routines_dir, "sam-saved.xml");
  g_autoptr(UnknotStore) reloaded = unknot_store_new (f->data_dir);
  guint before = n_routines (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  g_assert_true (save (f, routine, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_true (unknot_library_get_routine (library_of (f), "sam-saved") == routine);
  g_assert_true (unknot_routine_get_is_user (routine));
  g_assert_true (g_file_equal (unknot_routine_get_file (routine), file));
  g_assert_cmpuint (n_routines (f), ==, before + 1);

  /* Saving again replaces its own file and keeps one entry */
  g_assert_true (save (f, routine, &error));
  g_assert_cmpuint (count_files (f->routines_dir), ==, 1);
  g_assert_cmpuint (n_routines (f), ==, before + 1);

  /* And the file loads back the next time */
  g_assert_true (unknot_store_load_builtin (reloaded, &error));
  unknot_store_load_async (reloaded, NULL, on_done, &result);
  g_assert_cmpuint (unknot_store_load_finish (reloaded, wait_for (&result), &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((GStrv) unknot_store_get_problems (reloaded)), ==, 0);
  g_assert_nonnull (unknot_library_get_routine (unknot_store_get_library (reloaded),
                                                "sam-saved"));
}

static void
test_save_refuses_bad (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(UnknotRoutine) too_long = unknot_routine_new ("too-long", "Too long", "G", "S");
  g_autoptr(UnknotRoutine) taken = unknot_routine_new ("warm-up", "Warm-up", "G", "S");
  UnknotTechnique *calves = unknot_library_get_technique (library_of (f), "calves-roller");
  guint before = n_routines (f);
  g_autoptr(GError) error = NULL;

  unknot_routine_append_item (too_long, calves, UNKNOT_SIDE_BOTH, 90, 1);
  g_assert_false (save (f, too_long, &error));
  g_assert_error (error, UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_OUT_OF_RANGE);
  g_assert_true (g_str_has_prefix (error->message, "too-long.xml:"));
  g_clear_error (&error);

  unknot_routine_append_item (taken, calves, UNKNOT_SIDE_BOTH, 30, 1);
  g_assert_false (save (f, taken, &error));
  g_assert_error (error, UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_NOT_ALLOWED);

  g_assert_false (g_file_query_exists (f->routines_dir, NULL));
  g_assert_false (unknot_routine_get_is_user (too_long));
  g_assert_cmpuint (n_routines (f), ==, before);
}

/* An editor builds a fresh object for a routine it changed: saved, it
 * replaces that routine's file instead of starting a second one. */
static void
test_save_new_version (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(UnknotRoutine) first = new_routine (f, "sam-v");
  g_autoptr(UnknotRoutine) second = unknot_routine_new ("sam-v", "Sam’s legs, lighter",
                                                        "Before squats", "Calves");
  g_autoptr(GFile) file = g_file_get_child (f->routines_dir, "sam-v.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  unknot_routine_append_item (second,
                              unknot_library_get_technique (library_of (f), "calves-roller"),
                              UNKNOT_SIDE_LEFT, 30, 1);
  g_assert_true (save (f, first, &error));
  g_assert_true (save (f, second, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (count_files (f->routines_dir), ==, 1);
  g_assert_true (g_file_equal (unknot_routine_get_file (second), file));
  g_assert_true (unknot_library_get_routine (library_of (f), "sam-v") == second);
  contents = read_file (file);
  g_assert_nonnull (strstr (contents, "lighter"));
}

/* A new routine must never take the place of a file already there, even
 * one that failed to load and so is not among the routines. */
static void
test_save_new_never_overwrites (Fixture       *f,
                                gconstpointer  data)
{
  static const char broken[] = "<unknot version=\"1\"><routines><routine id=\"sam-x\">";
  g_autoptr(GFile) taken = write_routine_file (f, "sam-x.xml", broken);
  g_autoptr(GFile) next = g_file_get_child (f->routines_dir, "sam-x-2.xml");
  g_autoptr(UnknotRoutine) routine = new_routine (f, "sam-x");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (load (f, &error), ==, 0);
  g_assert_cmpuint (g_strv_length ((GStrv) unknot_store_get_problems (f->store)), ==, 1);
  g_assert_null (unknot_library_get_routine (library_of (f), "sam-x"));

  g_assert_true (save (f, routine, &error));
  g_assert_no_error (error);
  contents = read_file (taken);
  g_assert_cmpstr (contents, ==, broken);
  g_assert_true (g_file_equal (unknot_routine_get_file (routine), next));
  g_assert_cmpuint (count_files (f->routines_dir), ==, 2);
}

static void
count_notify (guint *count)
{
  (*count)++;
}

static void
test_load_skips_bad (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(UnknotRoutine) good = new_routine (f, "sam-good");
  g_autofree char *xml = unknot_routine_to_xml (good);
  g_autoptr(GFile) bad = write_routine_file (f, "a-bad.xml",
                                             "<unknot version=\"1\">\n<routines>\n"
                                             "<routine id=\"x\"></goal>\n");
  g_autoptr(GFile) good_file = write_routine_file (f, "b-good.xml", xml);
  g_autoptr(GFile) notes = write_routine_file (f, "notes.txt", "not a routine");
  g_autofree char *bad_name = g_file_get_parse_name (bad);
  g_autofree char *prefix = g_strconcat (bad_name, ":3: ", NULL);
  const char * const *problems;
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_signal_connect_swapped (f->store, "notify::problems", G_CALLBACK (count_notify), &notified);

  g_assert_cmpuint (load (f, &error), ==, 1);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_no_error (error);
  problems = unknot_store_get_problems (f->store);
  g_assert_cmpuint (g_strv_length ((GStrv) problems), ==, 1);
  g_assert_true (g_str_has_prefix (problems[0], prefix));
  g_assert_true (unknot_routine_get_is_user (unknot_library_get_routine (library_of (f),
                                                                         "sam-good")));
}

static void
test_no_user_routines (Fixture       *f,
                       gconstpointer  data)
{
  guint before = n_routines (f);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (load (f, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((GStrv) unknot_store_get_problems (f->store)), ==, 0);
  g_assert_cmpuint (n_routines (f), ==, before);
}

static void
test_load_cancelled_in_flight (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(UnknotRoutine) good = new_routine (f, "sam-good");
  g_autofree char *xml = unknot_routine_to_xml (good);
  g_autoptr(GFile) file = write_routine_file (f, "good.xml", xml);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint before = n_routines (f);

  unknot_store_load_async (f->store, cancellable, on_done, &result);
  g_cancellable_cancel (cancellable);

  g_assert_cmpuint (unknot_store_load_finish (f->store, wait_for (&result), &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (n_routines (f), ==, before);
}

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);

  return g_file_new_for_path (path);
}

static guint
import (Fixture  *f,
        GFile    *file,
        GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  unknot_store_import_async (f->store, file, NULL, on_done, &result);
  return unknot_store_import_finish (f->store, wait_for (&result), error);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("routine-client.xml");
  guint before = n_routines (f);
  g_autoptr(GError) error = NULL;
  UnknotRoutine *leg_day;

  g_assert_cmpuint (import (f, file, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpuint (n_routines (f), ==, before + 2);
  g_assert_cmpuint (count_files (f->routines_dir), ==, 2);
  leg_day = unknot_library_get_routine (library_of (f), "sam-leg-day");
  g_assert_nonnull (leg_day);
  g_assert_true (g_file_has_parent (unknot_routine_get_file (leg_day), f->routines_dir));

  /* The same file again clashes with what is there, and adds nothing */
  g_assert_cmpuint (import (f, file, &error), ==, 0);
  g_assert_error (error, UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_NOT_ALLOWED);
  g_assert_cmpuint (n_routines (f), ==, before + 2);
}

/* When the routines cannot be written, none of them may exist only in
 * memory, and the message says none was imported. */
static void
test_import_unwritable (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("routine-client.xml");
  g_autoptr(GError) error = NULL;
  guint before = n_routines (f);

  /* A file where the folder should be: mkdir fails, even for root */
  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (f->data_dir), 0700), ==, 0);
  g_assert_true (g_file_set_contents (g_file_peek_path (f->routines_dir), "", 0, NULL));

  g_assert_cmpuint (import (f, file, &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Imported 0 of 2 routines."));
  g_assert_cmpuint (n_routines (f), ==, before);
  g_assert_null (unknot_library_get_routine (library_of (f), "sam-leg-day"));
}

static void
test_import_cancelled_in_flight (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file ("routine-client.xml");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint before = n_routines (f);

  unknot_store_import_async (f->store, file, cancellable, on_done, &result);
  g_cancellable_cancel (cancellable);

  g_assert_cmpuint (unknot_store_import_finish (f->store, wait_for (&result), &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (n_routines (f), ==, before);
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(UnknotRoutine) routine = new_routine (f, "sam-gone");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint before = n_routines (f);
  GFile *file;

  g_assert_true (save (f, routine, &error));
  file = unknot_routine_get_file (routine);

  unknot_store_delete_routine_async (f->store, routine, NULL, on_done, &result);
  g_assert_true (unknot_store_delete_routine_finish (f->store, wait_for (&result), &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_null (unknot_library_get_routine (library_of (f), "sam-gone"));
  g_assert_cmpuint (n_routines (f), ==, before);

  /* Undo: saved again under its own name */
  g_assert_true (save (f, routine, &error));
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_true (unknot_library_get_routine (library_of (f), "sam-gone") == routine);

  /* A built-in routine has no file to delete */
  g_clear_object (&result);
  unknot_store_delete_routine_async (f->store,
                                     unknot_library_get_routine (library_of (f), "warm-up"),
                                     NULL, on_done, &result);
  g_assert_false (unknot_store_delete_routine_finish (f->store, wait_for (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (unknot_library_get_routine (library_of (f), "warm-up"));
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(UnknotRoutine) routine = new_routine (f, "sam-export");
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "Sam.unknot", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  unknot_store_export_routine_async (f->store, routine, file, NULL, on_done, &result);
  g_assert_true (unknot_store_export_routine_finish (f->store, wait_for (&result), &error));
  g_assert_no_error (error);

  /* Saving a copy for someone else does not make it one of the person's */
  g_assert_false (unknot_routine_get_is_user (routine));
  g_assert_null (unknot_library_get_routine (library_of (f), "sam-export"));

  g_assert_true (unknot_content_load_builtin (library, &error));
  g_assert_true (unknot_store_load_file (library, file, NULL, UNKNOT_CONTENT_LOAD_USER, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (unknot_routine_get_name (unknot_library_get_routine (library, "sam-export")),
                   ==, "Sam’s legs");
}

/* An endless stream is refused at the cap, not read into memory. */
static void
test_read_endless_stream (void)
{
  int fd = g_open ("/dev/zero", O_RDONLY | O_CLOEXEC, 0);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (fd, >=, 0);
  stream = g_unix_input_stream_new (fd, TRUE);
  bytes = unknot_store_read_stream (stream, "zero.xml", NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "zero.xml:1: "));
}

static void
test_read_refuses_special_files (void)
{
  g_autofree char *fifo = g_build_filename (g_get_tmp_dir (), "unknot-fifo.xml", NULL);
  g_autoptr(GFile) pipe = g_file_new_for_path (fifo);
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;

  g_unlink (fifo);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  /* No writer: a blocking open would hang here */
  g_assert_null (unknot_store_read_file (pipe, "fifo.xml", NULL, &error));
  g_assert_error (error, UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_IO);
  g_clear_error (&error);

  g_assert_null (unknot_store_read_file (zero, "zero.xml", NULL, &error));
  g_assert_error (error, UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_IO);
  g_unlink (fifo);
}

/* The cache keeps what it is given, replaces it whole, and a file that
 * is not a regular one, or too large, is simply not there: never a hang. */
static void
test_cache (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GBytes) first = g_bytes_new_static ("first picture", 13);
  g_autoptr(GBytes) second = g_bytes_new_static ("second", 6);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_get_child (unknot_store_get_cache_dir (f->store), "picture");
  g_autofree char *path = g_file_get_path (file);
  int fd;

  g_assert_true (g_file_has_prefix (unknot_store_get_cache_dir (f->store), f->data_dir));
  g_assert_null (unknot_store_load_cache (f->store, "picture"));

  unknot_store_save_cache_async (f->store, "picture", first, NULL, on_done, &result);
  g_assert_true (unknot_store_save_cache_finish (f->store, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  loaded = unknot_store_load_cache (f->store, "picture");
  g_assert_true (loaded != NULL && g_bytes_equal (loaded, first));
  g_clear_pointer (&loaded, g_bytes_unref);

  unknot_store_save_cache_async (f->store, "picture", second, NULL, on_done, &result);
  g_assert_true (unknot_store_save_cache_finish (f->store, wait_for (&result), &error));
  loaded = unknot_store_load_cache (f->store, "picture");
  g_assert_true (loaded != NULL && g_bytes_equal (loaded, second));

  /* A FIFO with no writer, an empty file, one over the cap */
  g_unlink (path);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  g_assert_null (unknot_store_load_cache (f->store, "picture"));
  g_unlink (path);
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  g_assert_null (unknot_store_load_cache (f->store, "picture"));
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (ftruncate (fd, 65 * 1024 * 1024), ==, 0);
  close (fd);
  g_assert_null (unknot_store_load_cache (f->store, "picture"));
  g_unlink (path);
}

/* Lists stay answerable until the library is finalized: a list model's
 * user may still ask after someone ran dispose. */
static void
test_library_after_dispose (void)
{
  UnknotLibrary *library = unknot_library_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (unknot_content_load_builtin (library, &error));
  g_object_run_dispose (G_OBJECT (library));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), ==, 10);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (library), 100));
  g_assert_nonnull (unknot_library_get_muscle (library, "calves"));
  g_assert_nonnull (unknot_library_get_routines (library));

  g_assert_finalize_object (library);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("save-new-and-again", test_save_new_and_again);
  ADD ("save-refuses-bad", test_save_refuses_bad);
  ADD ("save-new-never-overwrites", test_save_new_never_overwrites);
  ADD ("save-new-version", test_save_new_version);
  ADD ("load-skips-bad", test_load_skips_bad);
  ADD ("no-user-routines", test_no_user_routines);
  ADD ("load-cancelled-in-flight", test_load_cancelled_in_flight);
  ADD ("import", test_import);
  ADD ("import-unwritable", test_import_unwritable);
  ADD ("import-cancelled-in-flight", test_import_cancelled_in_flight);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("export", test_export);
  ADD ("cache", test_cache);
#undef ADD
  g_test_add_func ("/store/read-endless-stream", test_read_endless_stream);
  g_test_add_func ("/store/read-refuses-special-files", test_read_refuses_special_files);
  g_test_add_func ("/store/library-after-dispose", test_library_after_dispose);

  return g_test_run ();
}
