/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "unknot-rest-picture.h"

/* A picture of the body map at rest (nothing hovered, chosen or
 * highlighted), kept between launches so that the next one can show the
 * map without parsing and rendering the SVG first.  The file is a header
 * and the pixels as cairo holds them:
 *
 *   unknot-rest-picture 1\n
 *   KEY\n
 *   WIDTH HEIGHT STRIDE\n   (padded with spaces to a multiple of 64 bytes)
 *   HEIGHT × STRIDE bytes of premultiplied ARGB32, native byte order
 *
 * The key names everything the pixels depend on; a picture is used only
 * for exactly its key, and anything else about the file that is not as
 * written makes it unusable rather than an error. */

#define MAGIC       "unknot-rest-picture 1\n"
#define MAX_KEY     1024
#define MAX_SIDE    16384
#define HEADER_UNIT 64

GBytes *
unknot_rest_picture_encode (const char      *key,
                            cairo_surface_t *surface)
{
  g_autoptr(GString) file = NULL;
  int width, height, stride;

  g_return_val_if_fail (key != NULL && strchr (key, '\n') == NULL, NULL);
  g_return_val_if_fail (surface != NULL, NULL);
  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32, NULL);

  cairo_surface_flush (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  if (strlen (key) > MAX_KEY || width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE)
    return NULL;

  file = g_string_new (MAGIC);
  g_string_append_printf (file, "%s\n%d %d %d", key, width, height, stride);
  while ((file->len + 1) % HEADER_UNIT != 0)
    g_string_append_c (file, ' ');
  g_string_append_c (file, '\n');
  g_string_append_len (file, (const char *) cairo_image_surface_get_data (surface),
                       (gssize) height * stride);

  return g_string_free_to_bytes (g_steal_pointer (&file));
}

/* One line of the header, which must end within @end */
static const char *
next_line (const char  *p,
           const char  *end,
           const char **line_end)
{
  const char *newline = memchr (p, '\n', end - p);

  if (newline == NULL)
    return NULL;
  *line_end = newline;

  return newline + 1;
}

/**
 * unknot_rest_picture_decode:
 * @bytes: a picture as unknot_rest_picture_encode() made it
 * @key: what the picture must have been made for
 *
 * Returns: (transfer full) (nullable): an image surface sharing @bytes'
 *   memory, or %NULL if @bytes is not a picture for exactly @key
 */
cairo_surface_t *
unknot_rest_picture_decode (GBytes     *bytes,
                            const char *key)
{
  static const cairo_user_data_key_t bytes_key;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  const char *end = data + MIN (size, strlen (MAGIC) + MAX_KEY + 2 * HEADER_UNIT);
  const char *key_start, *p, *line_end;
  char *number_end;
  gint64 width, height, stride;
  gsize header;
  cairo_surface_t *surface;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (size < strlen (MAGIC) || memcmp (data, MAGIC, strlen (MAGIC)) != 0)
    return NULL;
  key_start = data + strlen (MAGIC);
  if ((p = next_line (key_start, end, &line_end)) == NULL
      || (gsize) (line_end - key_start) != strlen (key)
      || memcmp (key_start, key, strlen (key)) != 0)
    return NULL;

  /* WIDTH HEIGHT STRIDE, then spaces */
  width = g_ascii_strtoll (p, &number_end, 10);
  if (number_end == p || *number_end != ' ')
    return NULL;
  p = number_end + 1;
  height = g_ascii_strtoll (p, &number_end, 10);
  if (number_end == p || *number_end != ' ')
    return NULL;
  p = number_end + 1;
  stride = g_ascii_strtoll (p, &number_end, 10);
  if (number_end == p)
    return NULL;
  for (p = number_end; p < end && *p == ' '; p++)
    ;
  if (p >= end || *p != '\n')
    return NULL;
  header = p + 1 - data;

  if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
      || stride != cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, (int) width)
      || header % HEADER_UNIT != 0 || size - header != (gsize) (height * stride)
      || ((guintptr) (data + header)) % sizeof (guint32) != 0)
    return NULL;

  surface = cairo_image_surface_create_for_data ((unsigned char *) data + header,
                                                 CAIRO_FORMAT_ARGB32, (int) width, (int) height,
                                                 (int) stride);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_set_user_data (surface, &bytes_key, g_bytes_ref (bytes),
                               (cairo_destroy_func_t) g_bytes_unref);

  return surface;
}
