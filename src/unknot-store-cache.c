/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string.h>

#include <glib/gstdio.h>

#include "unknot-store.h"

/* The store's cache: files Unknot made itself and can make again, such
 * as the body map's picture for the next launch.  A cache file that is
 * missing, odd or unreadable is simply not there. */

#define MAX_CACHE_BYTES (64 * 1024 * 1024)

/**
 * unknot_store_load_cache:
 * @self: a store
 * @name: the file's name in the cache folder
 *
 * Reads a cache file at once, for start-up: it never waits on anything
 * but a regular file, and refuses one over 64 MiB.
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL
 */
GBytes *
unknot_store_load_cache (UnknotStore *self,
                         const char  *name)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *data = NULL;
  struct stat st;
  gsize got = 0;
  int fd;

  g_return_val_if_fail (UNKNOT_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL && strchr (name, '/') == NULL, NULL);

  file = g_file_get_child (unknot_store_get_cache_dir (self), name);
  fd = g_open (g_file_peek_path (file), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    return NULL;

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size <= 0
      || st.st_size > MAX_CACHE_BYTES)
    {
      close (fd);
      return NULL;
    }

  data = g_malloc (st.st_size);
  while (got < (gsize) st.st_size)
    {
      gssize n = read (fd, data + got, st.st_size - got);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      got += n;
    }
  close (fd);

  if (got != (gsize) st.st_size)
    return NULL;

  return g_bytes_new_take (g_steal_pointer (&data), got);
}

typedef struct
{
  GFile  *file;
  GBytes *bytes;
} SaveCache;

static void
save_cache_free (SaveCache *save)
{
  g_object_unref (save->file);
  g_bytes_unref (save->bytes);
  g_free (save);
}

static void
save_cache_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  SaveCache *save = task_data;
  g_autoptr(GFile) dir = g_file_get_parent (save->file);
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (save->bytes, &size);

  if (!g_file_make_directory_with_parents (dir, cancellable, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_clear_error (&error);

  /* Written beside and renamed over: a reader sees the old or the new */
  if (!g_file_replace_contents (save->file, data, size, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

void
unknot_store_save_cache_async (UnknotStore         *self,
                               const char          *name,
                               GBytes              *bytes,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveCache *save;

  g_return_if_fail (UNKNOT_IS_STORE (self));
  g_return_if_fail (name != NULL && strchr (name, '/') == NULL);
  g_return_if_fail (bytes != NULL);

  save = g_new (SaveCache, 1);
  save->file = g_file_get_child (unknot_store_get_cache_dir (self), name);
  save->bytes = g_bytes_ref (bytes);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, unknot_store_save_cache_async);
  g_task_set_task_data (task, save, (GDestroyNotify) save_cache_free);
  g_task_run_in_thread (task, save_cache_thread);
}

gboolean
unknot_store_save_cache_finish (UnknotStore   *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
