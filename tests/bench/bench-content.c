/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <gio/gio.h>

#include "unknot-content-loader.h"
#include "unknot-library.h"

#define BUILTIN_RUNS   50
#define SYNTHETIC_RUNS 7

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Parse, schema, cross-references and objects: everything a load does */
static double
time_load_ms (GBytes *bytes)
{
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!unknot_content_load_bytes (library, bytes, "bench.xml", NULL,
                                  UNKNOT_CONTENT_LOAD_DEFAULT, &error))
    g_error ("%s", error->message);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
median_load_ms (GBytes *bytes,
                guint   runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  /* One warm-up run compiles the schema and fills the caches */
  time_load_ms (bytes);

  for (guint i = 0; i < runs; i++)
    {
      double ms = time_load_ms (bytes);

      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, runs / 2);
}

static void
append_muscle (GString *xml,
               guint    i)
{
  g_string_append_printf (xml,
                          "<muscle id=\"m%u\" group=\"thighs\"><name>Muscle %u</name>"
                          "<anatomical>A</anatomical><regions>"
                          "<region view=\"front\" side=\"left\" ref=\"m%u-l\"/>"
                          "</regions></muscle>\n",
                          i, i, i);
}

static void
append_technique (GString *xml,
                  guint    i)
{
  g_string_append_printf (xml,
                          "<technique id=\"t%u\" muscle=\"m%u\" tool=\"r\" per-side=\"true\">"
                          "<position>P</position><picture-description>D</picture-description>"
                          "<steps><step>a</step><step>b</step><step>c</step></steps>"
                          "<hold min=\"20\" max=\"60\" default=\"30\"/>"
                          "<reps min=\"1\" max=\"3\" default=\"2\"/></technique>\n",
                          i, i);
}

/* Kept compact so that 10 000 muscles fit in the 4 MiB a file may have */
static GBytes *
new_synthetic_library (guint n_muscles)
{
  GString *xml = g_string_new ("<unknot version=\"1\">\n"
                               "<tools><tool id=\"r\"><name>Roller</name>"
                               "<description>D</description></tool></tools>\n"
                               "<muscles>\n");

  for (guint i = 0; i < n_muscles; i++)
    append_muscle (xml, i);
  g_string_append (xml, "</muscles>\n<techniques>\n");
  for (guint i = 0; i < n_muscles; i++)
    append_technique (xml, i);
  g_string_append (xml, "</techniques>\n</unknot>\n");

  g_assert (xml->len <= UNKNOT_CONTENT_MAX_BYTES);
  return g_string_free_to_bytes (xml);
}

static void
print_row (const char *name,
           guint       n_muscles,
           gsize       size,
           double      ms)
{
  g_print ("%-10s %8u %10.1f %10.3f %14.1f\n",
           name, n_muscles, size / 1024.0, ms, ms * 1000.0 / n_muscles);
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 100, 1000, 10000 };
  g_autoptr(GBytes) builtin = NULL;
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  builtin = g_resources_lookup_data (RESOURCE_PATH "/content/unknot-content.xml",
                                     G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (builtin == NULL)
    g_error ("%s", error->message);

  g_print ("%-10s %8s %10s %10s %14s\n", "library", "muscles", "KiB", "median ms", "µs per muscle");
  print_row ("built-in", 10, g_bytes_get_size (builtin), median_load_ms (builtin, BUILTIN_RUNS));

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GBytes) bytes = new_synthetic_library (sizes[i]);

      print_row ("synthetic", sizes[i], g_bytes_get_size (bytes),
                 median_load_ms (bytes, SYNTHETIC_RUNS));
    }

  return EXIT_SUCCESS;
}
