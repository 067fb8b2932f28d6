/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "unknot-rest-picture.h"

#define KEY "0.3.0 svg=1234abcd 560x620@1 show=0 dark=0 hc=0"

static cairo_surface_t *
gradient (int width,
          int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      ((guint32 *) (data + y * stride))[x] = 0xff000000 | (x << 16) | (y << 8) | ((x + y) & 0xff);
  cairo_surface_mark_dirty (surface);

  return surface;
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  return cairo_image_surface_get_width (a) == cairo_image_surface_get_width (b)
         && height == cairo_image_surface_get_height (b)
         && stride == cairo_image_surface_get_stride (b)
         && memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                    (gsize) height * stride) == 0;
}

static void
test_round_trip (void)
{
  cairo_surface_t *surface = gradient (37, 21);
  g_autoptr(GBytes) bytes = unknot_rest_picture_encode (KEY, surface);
  cairo_surface_t *decoded;

  g_assert_nonnull (bytes);
  decoded = unknot_rest_picture_decode (bytes, KEY);
  g_assert_nonnull (decoded);
  g_assert_true (same_pixels (surface, decoded));
  /* The pixels stay valid after the caller lets go of the bytes */
  g_clear_pointer (&bytes, g_bytes_unref);
  g_assert_true (same_pixels (surface, decoded));

  cairo_surface_destroy (decoded);
  cairo_surface_destroy (surface);
}

/* A picture is for exactly its key */
static void
test_other_key (void)
{
  cairo_surface_t *surface = gradient (8, 8);
  g_autoptr(GBytes) bytes = unknot_rest_picture_encode (KEY, surface);

  g_assert_null (unknot_rest_picture_decode (bytes,
                                             "0.3.0 svg=1234abcd 560x620@2 show=0 dark=0 hc=0"));
  g_assert_null (unknot_rest_picture_decode (bytes, KEY " "));
  g_assert_null (unknot_rest_picture_decode (bytes, ""));
  cairo_surface_destroy (surface);
}

static GBytes *
edited (GBytes     *bytes,
        const char *from,
        const char *to)
{
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes));

  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  return g_string_free_to_bytes (g_steal_pointer (&text));
}

/* Whatever is wrong with the file, it is not a picture, and nothing is
 * read outside it */
static void
test_broken (void)
{
  cairo_surface_t *surface = gradient (16, 4);
  g_autoptr(GBytes) bytes = unknot_rest_picture_encode (KEY, surface);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  gsize size = g_bytes_get_size (bytes);
  const char *broken[][2] = {
    { "unknot-rest-picture 1", "unknot-rest-picture 2" },
    { "\n16 4 64", "\n16 5 64" },        /* more rows than bytes */
    { "\n16 4 64", "\n16 4 60" },        /* a stride cairo would not use */
    { "\n16 4 64", "\n-16 4 64" },
    { "\n16 4 64", "\n99999 4 64" },
    { "\n16 4 64", "\n16x4 64" },
    { "\n16 4 64", "\n16 4 64x" },
  };

  for (gsize cut = 0; cut < size; cut += cut < 200 ? 1 : 97)
    {
      g_autoptr(GBytes) part = g_bytes_new_from_bytes (bytes, 0, cut);

      g_assert_null (unknot_rest_picture_decode (part, KEY));
    }
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GBytes) bad = edited (bytes, broken[i][0], broken[i][1]);

      g_assert_null (unknot_rest_picture_decode (bad, KEY));
    }
  g_assert_null (unknot_rest_picture_decode (empty, KEY));
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rest-picture/round-trip", test_round_trip);
  g_test_add_func ("/rest-picture/other-key", test_other_key);
  g_test_add_func ("/rest-picture/broken", test_broken);

  return g_test_run ();
}
