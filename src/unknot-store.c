/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "unknot-content-loader.h"
#include "unknot-routine-private.h"
#include "unknot-store.h"

/* How many names a new routine file tries before it gives up */
#define MAX_NAME_TRIES 100

struct _UnknotStore
{
  GObject        parent_instance;

  GFile         *data_dir;
  GFile         *routines_dir;
  GFile         *cache_dir;
  UnknotLibrary *library;
  UnknotHistory *history;   /* opened when first asked for */
  GStrv          problems;
  gboolean       builtin_loaded;
};

G_DEFINE_FINAL_TYPE (UnknotStore, unknot_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATA_DIR,
  PROP_LIBRARY,
  PROP_PROBLEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
unknot_store_constructed (GObject *object)
{
  UnknotStore *self = UNKNOT_STORE (object);

  G_OBJECT_CLASS (unknot_store_parent_class)->constructed (object);

  /* A store given its own data folder keeps its cache there too */
  if (self->data_dir == NULL)
    {
      self->data_dir = g_file_new_build_filename (g_get_user_data_dir (), "unknot", NULL);
      self->cache_dir = g_file_new_build_filename (g_get_user_cache_dir (), "unknot", NULL);
    }
  else
    self->cache_dir = g_file_get_child (self->data_dir, "cache");
  self->routines_dir = g_file_get_child (self->data_dir, "routines");
}

static void
unknot_store_finalize (GObject *object)
{
  UnknotStore *self = UNKNOT_STORE (object);

  g_clear_object (&self->library);
  g_clear_object (&self->history);
  g_clear_object (&self->routines_dir);
  g_clear_object (&self->cache_dir);
  g_clear_object (&self->data_dir);
  g_clear_pointer (&self->problems, g_strfreev);

  G_OBJECT_CLASS (unknot_store_parent_class)->finalize (object);
}

static void
unknot_store_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  UnknotStore *self = UNKNOT_STORE (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_value_set_object (value, self->data_dir);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_PROBLEMS:
      g_value_set_boxed (value, self->problems);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_store_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  UnknotStore *self = UNKNOT_STORE (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      self->data_dir = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_store_class_init (UnknotStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = unknot_store_constructed;
  object_class->finalize = unknot_store_finalize;
  object_class->get_property = unknot_store_get_property;
  object_class->set_property = unknot_store_set_property;

  properties[PROP_DATA_DIR] =
    g_param_spec_object ("data-dir", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, UNKNOT_TYPE_LIBRARY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /* One sentence for each of the person's files the last load skipped */
  properties[PROP_PROBLEMS] =
    g_param_spec_boxed ("problems", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_store_init (UnknotStore *self)
{
  self->library = unknot_library_new ();
}

/**
 * unknot_store_new:
 * @data_dir: (nullable): where the person's data lives, or %NULL for
 *   `$XDG_DATA_HOME/unknot`
 *
 * Returns: (transfer full): a store with an empty library
 */
UnknotStore *
unknot_store_new (GFile *data_dir)
{
  g_return_val_if_fail (data_dir == NULL || G_IS_FILE (data_dir), NULL);

  return g_object_new (UNKNOT_TYPE_STORE, "data-dir", data_dir, NULL);
}

UnknotLibrary *
unknot_store_get_library (UnknotStore *self)
{
  g_return_val_if_fail (UNKNOT_IS_STORE (self), NULL);

  return self->library;
}

GFile *
unknot_store_get_routines_dir (UnknotStore *self)
{
  g_return_val_if_fail (UNKNOT_IS_STORE (self), NULL);

  return self->routines_dir;
}

/* Where what can be made again is kept: `$XDG_CACHE_HOME/unknot` */
GFile *
unknot_store_get_cache_dir (UnknotStore *self)
{
  g_return_val_if_fail (UNKNOT_IS_STORE (self), NULL);

  return self->cache_dir;
}

/**
 * unknot_store_get_history:
 * @self: a store
 *
 * The record of every session, `history.db` in the data folder; opened,
 * in its own worker thread, the first time it is asked for.
 *
 * Returns: (transfer none): the history
 */
UnknotHistory *
unknot_store_get_history (UnknotStore *self)
{
  g_return_val_if_fail (UNKNOT_IS_STORE (self), NULL);

  if (self->history == NULL)
    {
      g_autoptr(GFile) file = g_file_get_child (self->data_dir, "history.db");

      self->history = unknot_history_new (g_file_peek_path (file));
    }

  return self->history;
}

/* Writes still queued reach the disk before the app goes away. */
void
unknot_store_sync (UnknotStore *self)
{
  g_return_if_fail (UNKNOT_IS_STORE (self));

  if (self->history != NULL)
    unknot_history_sync (self->history);
}

const char * const *
unknot_store_get_problems (UnknotStore *self)
{
  g_return_val_if_fail (UNKNOT_IS_STORE (self), NULL);

  return (const char * const *) self->problems;
}

/* From the GResource, so it needs no thread; the second call does nothing. */
gboolean
unknot_store_load_builtin (UnknotStore  *self,
                           GError      **error)
{
  g_return_val_if_fail (UNKNOT_IS_STORE (self), FALSE);

  if (!self->builtin_loaded)
    self->builtin_loaded = unknot_content_load_builtin (self->library, error);

  return self->builtin_loaded;
}

/* Loading the person's routines */

typedef struct
{
  GFile  *file;
  char   *name;
  GBytes *bytes;
  GError *error;
} ReadFile;

static void
read_file_free (gpointer data)
{
  ReadFile *read = data;

  g_clear_object (&read->file);
  g_clear_pointer (&read->name, g_free);
  g_clear_pointer (&read->bytes, g_bytes_unref);
  g_clear_error (&read->error);
  g_free (read);
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  const ReadFile *fa = *(const ReadFile * const *) a;
  const ReadFile *fb = *(const ReadFile * const *) b;

  return strcmp (fa->name, fb->name);
}

static void
add_dir_problem (GPtrArray  *files,
                 GFile      *dir,
                 GError     *error)
{
  ReadFile *read = g_new0 (ReadFile, 1);

  read->name = g_file_get_parse_name (dir);
  read->error = g_error_new (UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_IO,
                             _("%s:1: The folder of your routines could not be read: %s"),
                             read->name, error->message);
  g_ptr_array_add (files, read);
}

/* In a worker thread: every *.xml file of the folder, read, in name order */
static void
read_routine_files (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GFile *dir = task_data;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (read_file_free);
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (dir,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, cancellable, &error);
  while (children != NULL &&
         g_file_enumerator_iterate (children, &info, NULL, cancellable, &error) &&
         info != NULL)
    {
      const char *basename = g_file_info_get_name (info);
      ReadFile *read;

      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
          !g_str_has_suffix (basename, ".xml"))
        continue;

      read = g_new0 (ReadFile, 1);
      read->file = g_file_get_child (dir, basename);
      read->name = g_file_get_parse_name (read->file);
      g_ptr_array_add (files, read);
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  g_ptr_array_sort (files, compare_files);
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    add_dir_problem (files, dir, error);

  for (guint i = 0; i < files->len; i++)
    {
      ReadFile *read = g_ptr_array_index (files, i);

      if (read->file != NULL)
        read->bytes = unknot_store_read_file (read->file, read->name, cancellable, &read->error);
      if (g_task_return_error_if_cancelled (task))
        return;
    }

  g_task_return_pointer (task, g_steal_pointer (&files), (GDestroyNotify) g_ptr_array_unref);
}

static void
unknot_store_set_problems (UnknotStore *self,
                           GStrv        problems)
{
  g_strfreev (self->problems);
  self->problems = problems;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEMS]);
}

/* Back on the main thread: the library is only ever changed here. */
static void
on_routine_files_read (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  UnknotStore *self = UNKNOT_STORE (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GStrvBuilder) problems = g_strv_builder_new ();
  GError *error = NULL;
  guint n_loaded = 0;

  files = g_task_propagate_pointer (G_TASK (result), &error);
  if (files == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  for (guint i = 0; i < files->len; i++)
    {
      ReadFile *read = g_ptr_array_index (files, i);

      if (read->bytes != NULL &&
          unknot_content_load_bytes (self->library, read->bytes, read->name, read->file,
                                     UNKNOT_CONTENT_LOAD_USER, &read->error))
        n_loaded++;
      else
        g_strv_builder_add (problems, read->error->message);
    }

  unknot_store_set_problems (self, g_strv_builder_end (problems));
  g_task_return_int (task, n_loaded);
}

/**
 * unknot_store_load_async:
 * @self: a store with its built-in content
 * @cancellable: (nullable): a cancellable
 * @callback: called when the routines are in the library
 * @user_data: for @callback
 *
 * Reads the person's routine files in a worker thread and adds every
 * valid one to the library.  The files that could not be loaded become
 * #UnknotStore:problems.
 */
void
unknot_store_load_async (UnknotStore         *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) read = NULL;

  g_return_if_fail (UNKNOT_IS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, unknot_store_load_async);

  read = g_task_new (self, cancellable, on_routine_files_read, g_steal_pointer (&task));
  g_task_set_task_data (read, g_object_ref (self->routines_dir), g_object_unref);
  g_task_run_in_thread (read, read_routine_files);
}

/**
 * unknot_store_load_finish:
 * @self: a store
 * @result: the result
 * @error: where to put a problem
 *
 * Returns: how many files were loaded; 0 with @error set when the load
 *   was cancelled
 */
guint
unknot_store_load_finish (UnknotStore   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  n = g_task_propagate_int (G_TASK (result), error);
  return n > 0 ? (guint) n : 0;
}

/* Writing one routine */

typedef struct
{
  GFile  *dir;
  GFile  *file;  /* the routine's own file, replaced in one step */
  char   *id;
  GBytes *bytes;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->dir);
  g_clear_object (&save->file);
  g_clear_pointer (&save->id, g_free);
  g_clear_pointer (&save->bytes, g_bytes_unref);
  g_free (save);
}

static gboolean
ensure_dir (GFile   *dir,
            GError **error)
{
  g_autofree char *path = g_file_get_path (dir);
  int saved_errno;

  if (g_mkdir_with_parents (path, 0700) == 0)
    return TRUE;

  saved_errno = errno;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not create the folder %s: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_new_file (GFile         *file,
                GBytes        *bytes,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  gsize size;
  gconstpointer data = g_bytes_get_data (bytes, &size);

  out = g_file_create (file, G_FILE_CREATE_PRIVATE, cancellable, error);
  if (out == NULL)
    return FALSE;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), data, size, NULL, cancellable, error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error))
    {
      g_file_delete (file, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

/* A new routine never takes the place of a file that is already there,
 * even one that could not be loaded: it gets the next free name. */
static GFile *
create_routine_file (SaveData      *save,
                     GCancellable  *cancellable,
                     GError       **error)
{
  for (guint n = 1; n <= MAX_NAME_TRIES; n++)
    {
      g_autofree char *basename = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) local_error = NULL;

      basename = n == 1 ? g_strconcat (save->id, ".xml", NULL)
                        : g_strdup_printf ("%s-%u.xml", save->id, n);
      file = g_file_get_child (save->dir, basename);

      if (write_new_file (file, save->bytes, cancellable, &local_error))
        return g_steal_pointer (&file);
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("There are too many files named after “%s”. Rename the routine."), save->id);
  return NULL;
}

static void
write_routine (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  SaveData *save = task_data;
  g_autoptr(GFile) file = NULL;
  GError *error = NULL;

  if (!ensure_dir (save->dir, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  if (save->file != NULL)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (save->bytes, &size);

      if (g_file_replace_contents (save->file, data, size, NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                   NULL, cancellable, &error))
        file = g_object_ref (save->file);
    }
  else
    file = create_routine_file (save, cancellable, &error);

  if (file == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&file), g_object_unref);
}

static void
on_routine_written (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  UnknotStore *self = UNKNOT_STORE (object);
  g_autoptr(GTask) task = user_data;
  UnknotRoutine *routine = g_task_get_task_data (task);
  g_autoptr(GFile) file = NULL;
  GError *error = NULL;

  if ((file = g_task_propagate_pointer (G_TASK (result), &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  _unknot_routine_set_user_file (routine, file);
  unknot_library_put_routine (self->library, routine);
  g_task_return_boolean (task, TRUE);
}

/* A routine's own file, or the file of the person's routine it is a new
 * version of (an editor builds a fresh object with the same id). */
static GFile *
routine_own_file (UnknotStore   *self,
                  UnknotRoutine *routine)
{
  UnknotRoutine *saved;

  if (unknot_routine_get_file (routine) != NULL)
    return g_object_ref (unknot_routine_get_file (routine));

  saved = unknot_library_get_routine (self->library, unknot_routine_get_id (routine));
  if (saved != NULL && unknot_routine_get_is_user (saved) && unknot_routine_get_file (saved))
    return g_object_ref (unknot_routine_get_file (saved));

  return NULL;
}

/**
 * unknot_store_save_routine_async:
 * @self: a store with its built-in content
 * @routine: a routine someone made or changed
 * @cancellable: (nullable): a cancellable
 * @callback: called when the routine is saved and in the library
 * @user_data: for @callback
 *
 * Checks the routine the way it will be read back, then writes it: over
 * its own file in one step when it has one, otherwise into a new file
 * that no other file's name is taken for.  Only a saved routine joins the
 * library.
 */
void
unknot_store_save_routine_async (UnknotStore         *self,
                                 UnknotRoutine       *routine,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) write = NULL;
  g_autofree char *basename = NULL;
  GError *error = NULL;
  SaveData *save;
  char *xml;

  g_return_if_fail (UNKNOT_IS_STORE (self));
  g_return_if_fail (UNKNOT_IS_ROUTINE (routine));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, unknot_store_save_routine_async);
  g_task_set_task_data (task, g_object_ref (routine), g_object_unref);

  save = g_new0 (SaveData, 1);
  save->dir = g_object_ref (self->routines_dir);
  save->file = routine_own_file (self, routine);
  save->id = g_strdup (unknot_routine_get_id (routine));
  xml = unknot_routine_to_xml (routine);
  save->bytes = g_bytes_new_take (xml, strlen (xml));

  basename = g_strconcat (save->id, ".xml", NULL);
  if (!unknot_content_load_bytes (self->library, save->bytes, basename, save->file,
                                  (UNKNOT_CONTENT_LOAD_USER |
                                   UNKNOT_CONTENT_LOAD_DRY_RUN |
                                   UNKNOT_CONTENT_LOAD_REPLACE_USER),
                                  &error))
    {
      save_data_free (save);
      g_task_return_error (task, error);
      return;
    }

  write = g_task_new (self, cancellable, on_routine_written, g_steal_pointer (&task));
  g_task_set_task_data (write, save, save_data_free);
  g_task_run_in_thread (write, write_routine);
}

gboolean
unknot_store_save_routine_finish (UnknotStore   *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Deleting one routine */

static void
delete_file (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (!g_file_delete (G_FILE (task_data), cancellable, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_task_return_error (task, error);
  else
    {
      g_clear_error (&error);
      g_task_return_boolean (task, TRUE);
    }
}

static void
on_routine_deleted (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  UnknotStore *self = UNKNOT_STORE (object);
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  unknot_library_remove_routine (self->library, g_task_get_task_data (task));
  g_task_return_boolean (task, TRUE);
}

/**
 * unknot_store_delete_routine_async:
 * @self: a store
 * @routine: one of the person's routines
 * @cancellable: (nullable): a cancellable
 * @callback: called when the file is gone and the routine out of the library
 * @user_data: for @callback
 *
 * The routine keeps its file name, so saving it again brings it back.
 */
void
unknot_store_delete_routine_async (UnknotStore         *self,
                                   UnknotRoutine       *routine,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) delete = NULL;
  GFile *file;

  g_return_if_fail (UNKNOT_IS_STORE (self));
  g_return_if_fail (UNKNOT_IS_ROUTINE (routine));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, unknot_store_delete_routine_async);
  g_task_set_task_data (task, g_object_ref (routine), g_object_unref);

  if ((file = unknot_routine_get_file (routine)) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only your own routines can be deleted"));
      return;
    }

  delete = g_task_new (self, cancellable, on_routine_deleted, g_steal_pointer (&task));
  g_task_set_task_data (delete, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (delete, delete_file);
}

gboolean
unknot_store_delete_routine_finish (UnknotStore   *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Save As: a routine file for someone else */

static void
replace_file (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;
  gsize size;
  gconstpointer data = g_bytes_get_data (save->bytes, &size);

  if (g_file_replace_contents (save->file, data, size, NULL, FALSE, G_FILE_CREATE_NONE,
                               NULL, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
unknot_store_export_routine_async (UnknotStore         *self,
                                   UnknotRoutine       *routine,
                                   GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *save;
  char *xml;

  g_return_if_fail (UNKNOT_IS_STORE (self));
  g_return_if_fail (UNKNOT_IS_ROUTINE (routine));
  g_return_if_fail (G_IS_FILE (file));

  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file);
  xml = unknot_routine_to_xml (routine);
  save->bytes = g_bytes_new_take (xml, strlen (xml));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, unknot_store_export_routine_async);
  g_task_set_task_data (task, save, save_data_free);
  g_task_run_in_thread (task, replace_file);
}

gboolean
unknot_store_export_routine_finish (UnknotStore   *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Import: a trainer's file, each routine kept only once it is saved */

typedef struct
{
  GPtrArray *routines;
  guint      next;
  guint      saved;
  GError    *first_error;
} ImportData;

static void
import_data_free (gpointer data)
{
  ImportData *import = data;

  g_clear_pointer (&import->routines, g_ptr_array_unref);
  g_clear_error (&import->first_error);
  g_free (import);
}

static void save_next_import (GTask *task);

static void
on_import_saved (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ImportData *import = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (unknot_store_save_routine_finish (UNKNOT_STORE (object), result, &error))
    import->saved++;
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  else if (import->first_error == NULL)
    import->first_error = g_steal_pointer (&error);

  save_next_import (g_steal_pointer (&task));
}

static void
save_next_import (GTask *task)
{
  ImportData *import = g_task_get_task_data (task);
  guint total = import->routines->len;

  if (import->next < total)
    {
      UnknotRoutine *routine = g_ptr_array_index (import->routines, import->next++);

      unknot_store_save_routine_async (g_task_get_source_object (task), routine,
                                       g_task_get_cancellable (task), on_import_saved, task);
      return;
    }

  if (import->first_error != NULL)
    g_task_return_new_error (task, import->first_error->domain, import->first_error->code,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "Imported %u of %u routine. %s",
                                          "Imported %u of %u routines. %s", total),
                             import->saved, total, import->first_error->message);
  else
    g_task_return_int (task, import->saved);

  g_object_unref (task);
}

static void
read_one_file (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ReadFile *read = task_data;
  GError *error = NULL;
  GBytes *bytes = unknot_store_read_file (read->file, read->name, cancellable, &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

static void
on_import_read (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  UnknotStore *self = UNKNOT_STORE (object);
  g_autoptr(GTask) task = user_data;
  ReadFile *read = g_task_get_task_data (G_TASK (result));
  g_autoptr(GBytes) bytes = NULL;
  ImportData *import;
  GError *error = NULL;

  if ((bytes = g_task_propagate_pointer (G_TASK (result), &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  import = g_new0 (ImportData, 1);
  g_task_set_task_data (task, import, import_data_free);
  if (!unknot_content_load_routines (self->library, bytes, read->name, 0,
                                     &import->routines, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  save_next_import (g_steal_pointer (&task));
}

/**
 * unknot_store_import_async:
 * @self: a store with its built-in content
 * @file: a routine file someone was given
 * @cancellable: (nullable): a cancellable
 * @callback: called when every routine of the file is saved, or one failed
 * @user_data: for @callback
 *
 * Checks the whole file first, then saves each routine into the person's
 * folder; a routine joins the library only once its file is written.
 */
void
unknot_store_import_async (UnknotStore         *self,
                           GFile               *file,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) read_task = NULL;
  ReadFile *read;

  g_return_if_fail (UNKNOT_IS_STORE (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, unknot_store_import_async);

  read = g_new0 (ReadFile, 1);
  read->file = g_object_ref (file);
  read->name = g_file_get_parse_name (file);

  read_task = g_task_new (self, cancellable, on_import_read, g_steal_pointer (&task));
  g_task_set_task_data (read_task, read, read_file_free);
  g_task_run_in_thread (read_task, read_one_file);
}

/**
 * unknot_store_import_finish:
 * @self: a store
 * @result: the result
 * @error: where to put a problem: the file was not valid, or a routine
 *   could not be saved (the message says how many were)
 *
 * Returns: how many routines were imported
 */
guint
unknot_store_import_finish (UnknotStore   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  n = g_task_propagate_int (G_TASK (result), error);
  return n > 0 ? (guint) n : 0;
}
