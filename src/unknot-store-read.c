/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "unknot-content-loader.h"
#include "unknot-store.h"

/* The store's reading of files people give Unknot: blocking, for its
 * worker threads and for the command-line tools. */

static void
set_io_error (GError     **error,
              const char  *name,
              const char  *reason)
{
  _unknot_content_set_error (error, name, 1, UNKNOT_CONTENT_ERROR_IO,
                             _("The file could not be read: %s"), reason);
}

/**
 * unknot_store_read_stream:
 * @stream: where the bytes come from
 * @name: what errors call the file
 * @cancellable: (nullable): a cancellable
 * @error: where to put a problem
 *
 * Reads at most one byte more than an Unknot file may have, so a file that
 * grows while it is read, or a stream that never ends, is refused at the cap.
 *
 * Returns: (transfer full) (nullable): the bytes, or %NULL
 */
GBytes *
unknot_store_read_stream (GInputStream  *stream,
                          const char    *name,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  guint8 chunk[64 * 1024];

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (;;)
    {
      gsize wanted = MIN (sizeof chunk, UNKNOT_CONTENT_MAX_BYTES + 1 - buffer->len);
      gssize n = g_input_stream_read (stream, chunk, wanted, cancellable, &local_error);

      if (n < 0)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            set_io_error (error, name, local_error->message);
          return NULL;
        }
      if (n == 0)
        break;

      g_byte_array_append (buffer, chunk, (guint) n);
      if (buffer->len > UNKNOT_CONTENT_MAX_BYTES)
        {
          _unknot_content_set_error (error, name, 1, UNKNOT_CONTENT_ERROR_TOO_LARGE,
                                     _("The file is larger than 4 MiB, the most an Unknot "
                                       "file may be. Split it into smaller files."));
          return NULL;
        }
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/* Opened without blocking, so a pipe put in a file's place cannot hang
 * the read, and checked on the open descriptor, so nothing can be swapped
 * in between the check and the read. */
static GInputStream *
open_local (const char  *path,
            const char  *name,
            GError     **error)
{
  struct stat st;
  int fd;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      set_io_error (error, name, g_strerror (errno));
      return NULL;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      _unknot_content_set_error (error, name, 1, UNKNOT_CONTENT_ERROR_IO,
                                 _("This is not a file Unknot can read. "
                                   "Choose an Unknot XML file."));
      return NULL;
    }

  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  return g_unix_input_stream_new (fd, TRUE);
}

/**
 * unknot_store_read_file:
 * @file: a file
 * @name: what errors call the file
 * @cancellable: (nullable): a cancellable
 * @error: where to put a problem
 *
 * Reads a file someone gave Unknot, refusing anything that is not a
 * regular file and anything over the size cap.  Blocks: call it from a
 * worker thread, or from a command-line tool.
 *
 * Returns: (transfer full) (nullable): the bytes, or %NULL
 */
GBytes *
unknot_store_read_file (GFile         *file,
                        const char    *name,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if ((path = g_file_get_path (file)) != NULL)
    stream = open_local (path, name, error);
  else
    {
      g_autoptr(GError) local_error = NULL;

      stream = G_INPUT_STREAM (g_file_read (file, cancellable, &local_error));
      if (stream == NULL)
        set_io_error (error, name, local_error->message);
    }

  if (stream == NULL)
    return NULL;

  return unknot_store_read_stream (stream, name, cancellable, error);
}

/**
 * unknot_store_load_file:
 * @library: the library to load into
 * @file: a content or routine file
 * @name: (nullable): what errors call the file, or %NULL for its path
 * @flags: how to load it
 * @error: where to put a problem
 *
 * Reads and loads a file in one blocking step, for command-line tools.
 *
 * Returns: %TRUE when the file was valid
 */
gboolean
unknot_store_load_file (UnknotLibrary           *library,
                        GFile                   *file,
                        const char              *name,
                        UnknotContentLoadFlags   flags,
                        GError                 **error)
{
  g_autofree char *parse_name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (name == NULL)
    name = parse_name = g_file_get_parse_name (file);

  if ((bytes = unknot_store_read_file (file, name, NULL, error)) == NULL)
    return FALSE;

  return unknot_content_load_bytes (library, bytes, name, file, flags, error);
}
