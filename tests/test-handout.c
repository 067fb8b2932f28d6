/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "unknot-content-loader.h"
#include "unknot-handout-command.h"
#include "unknot-handout.h"

/* Handouts as a client gets them: PDFs from the command's code, read back
 * with poppler's tools.  This program runs itself as the command
 * (--run-handout) so a German run finds the catalogue in the build tree;
 * `unknot --handout` itself is run for the exit codes and paper sizes. */

static const char *self_path;

static gboolean
have_poppler (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("poppler-utils is not installed");

  return path != NULL;
}

/* Runs argv with no display, whatever the test runner has. */
static int
run (const char * const  *argv,
     const char          *language,
     char               **out,
     char               **err)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  if (language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);

  return g_subprocess_get_exit_status (process);
}

/* pdftotext writes to "-"; the other tools print anyway. */
static char *
output_of (const char *program,
           const char *option,
           const char *pdf)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *err = NULL;
  char *out = NULL;

  g_ptr_array_add (argv, (gpointer) program);
  if (option[0] != '\0')
    g_ptr_array_add (argv, (gpointer) option);
  g_ptr_array_add (argv, (gpointer) pdf);
  if (g_str_equal (program, "pdftotext"))
    g_ptr_array_add (argv, (gpointer) "-");
  g_ptr_array_add (argv, NULL);
  g_assert_cmpint (run ((const char * const *) argv->pdata, NULL, &out, &err), ==, 0);

  return out;
}

/* Lines in a PDF break wherever the paragraph wrapped, after a space or
 * a dash: compare the text without its white space. */
static char *
squash (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\r\f", -1);
  g_autoptr(GString) squashed = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      g_string_append (squashed, words[i]);
    }

  return g_string_free (g_steal_pointer (&squashed), FALSE);
}

static char *
make_handout (const char *routine,
              const char *language,
              const char *dir)
{
  char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  const char *argv[] = { self_path, "--run-handout", routine, pdf, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (argv, language, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  return pdf;
}

static guint
count_pages (const char *pdf)
{
  g_autofree char *info = output_of ("pdfinfo", "", pdf);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static UnknotLibrary *
load_library (void)
{
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(GError) error = NULL;

  unknot_content_load_builtin (library, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&library);
}

/* The built-in routine that takes longest: the most to print. */
static UnknotRoutine *
find_longest_routine (UnknotLibrary *library)
{
  GListModel *routines = unknot_library_get_routines (library);
  UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  UnknotRoutine *longest = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(UnknotRoutine) routine = g_list_model_get_item (routines, i);

      if (longest == NULL
          || unknot_routine_estimate_seconds (routine, &times) >
             unknot_routine_estimate_seconds (longest, &times))
        longest = routine;
    }

  g_assert_nonnull (longest);
  return longest;
}

static guint
count_in (const char *text,
          const char *needle)
{
  guint count = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    count++;

  return count;
}

static void
assert_holds (const char *text,
              const char *expected,
              const char *what)
{
  g_autofree char *squashed = squash (expected);

  if (strstr (text, squashed) == NULL)
    g_error ("The handout lacks the %s “%s”", what, squashed);
}

/* Every step, position and caution of every item, in the PDF's text. */
static void
assert_routine_text (const char    *pdf,
                     UnknotRoutine *routine)
{
  g_autofree char *raw = output_of ("pdftotext", "-raw", pdf);
  g_autofree char *text = squash (raw);
  GListModel *items = unknot_routine_get_items (routine);

  assert_holds (text, unknot_routine_get_name (routine), "name");
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (items, i);
      UnknotTechnique *technique = unknot_routine_item_get_technique (item);
      const char * const *steps = unknot_technique_get_steps (technique);
      GListModel *cautions = unknot_technique_get_cautions (technique);

      assert_holds (text, unknot_technique_get_position (technique), "position");
      for (guint s = 0; steps[s] != NULL; s++)
        assert_holds (text, steps[s], "step");
      for (guint c = 0; c < g_list_model_get_n_items (cautions); c++)
        {
          g_autoptr(UnknotCaution) caution = g_list_model_get_item (cautions, c);

          assert_holds (text, unknot_caution_get_title (caution), "caution title");
          assert_holds (text, unknot_caution_get_text (caution), "caution");
        }
    }
}

static void
test_handout_text (void)
{
  g_autoptr(UnknotLibrary) library = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  UnknotRoutine *routine;

  if (!have_poppler ())
    return;

  library = load_library ();
  dir = g_dir_make_tmp ("unknot-handout-XXXXXX", NULL);
  routine = find_longest_routine (library);
  pdf = make_handout (unknot_routine_get_id (routine), NULL, dir);
  assert_routine_text (pdf, routine);

  {
    g_autofree char *raw = output_of ("pdftotext", "-raw", pdf);
    g_autofree char *text = squash (raw);

    assert_holds (text, "sharp pain, numbness or tingling", "stop rule");
    assert_holds (text, unknot_caution_get_text (unknot_library_get_caution (library,
                                                                             "not-medical-advice")),
                  "notice");
    assert_holds (text, "Week 4", "week table");
    assert_holds (text, "Page 3 of 3", "page number");
    /* Each thing is drawn once: a caption measured inside MAX () was not */
    g_assert_cmpuint (count_in (text, "Back·yourleftisontheleft"), ==, 1);
    g_assert_cmpuint (count_in (text, "Date"), ==, 1);
  }

  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_handout_every_routine_fits (void)
{
  g_autoptr(UnknotLibrary) library = NULL;
  g_autofree char *dir = NULL;
  GListModel *routines;

  if (!have_poppler ())
    return;

  library = load_library ();
  routines = unknot_library_get_routines (library);
  dir = g_dir_make_tmp ("unknot-handout-XXXXXX", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(UnknotRoutine) routine = g_list_model_get_item (routines, i);
      g_autofree char *pdf = make_handout (unknot_routine_get_id (routine), NULL, dir);

      g_test_message ("%s: %u pages", unknot_routine_get_id (routine), count_pages (pdf));
      g_assert_cmpuint (count_pages (pdf), <=, 3);
      g_unlink (pdf);
    }
  g_rmdir (dir);
}

static void
test_handout_fonts_embedded (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;

  if (!have_poppler ())
    return;

  dir = g_dir_make_tmp ("unknot-handout-XXXXXX", NULL);
  pdf = make_handout ("runners-legs", NULL, dir);
  fonts = output_of ("pdffonts", "", pdf);
  lines = g_strsplit (fonts, "\n", -1);
  /* Two heading lines, then a font a line; "emb" is the fourth column
   * from the right: emb sub uni object ID */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;
      guint n;

      if (lines[i][0] == '\0')
        continue;
      columns = g_regex_split_simple ("\\s+", g_strstrip (lines[i]), 0, 0);
      n = g_strv_length (columns);
      g_assert_cmpuint (n, >=, 6);
      g_assert_cmpstr (columns[n - 5], ==, "yes");
      g_assert_nonnull (strstr (columns[0], "Cantarell"));
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 2);

  g_unlink (pdf);
  g_rmdir (dir);
}

/* The body map is drawn as paths: a raster image would show up here. */
static void
test_handout_map_is_vector (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *images = NULL;
  g_autofree char *raw = NULL;
  g_auto(GStrv) lines = NULL;

  if (!have_poppler ())
    return;

  dir = g_dir_make_tmp ("unknot-handout-XXXXXX", NULL);
  pdf = make_handout ("cool-down", NULL, dir);
  images = output_of ("pdfimages", "-list", pdf);
  lines = g_strsplit (g_strstrip (images), "\n", -1);
  /* Only the two heading lines of the table */
  g_assert_cmpuint (g_strv_length (lines), ==, 2);

  /* …and the map is there: its captions and key are drawn beside it. */
  raw = output_of ("pdftotext", "-raw", pdf);
  g_assert_nonnull (strstr (raw, "Muscles you roll"));

  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_handout_german (void)
{
  g_autoptr(UnknotLibrary) library = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  dir = g_dir_make_tmp ("unknot-handout-XXXXXX", NULL);
  pdf = make_handout ("runners-legs", "de", dir);
  raw = output_of ("pdftotext", "-raw", pdf);
  text = squash (raw);

  /* The handout's own words and the content's, both in German */
  assert_holds (text, "Seite 1 von", "page number");
  assert_holds (text, "Woche 4", "week table");
  assert_holds (text, "Taubheit", "stop rule");
  assert_holds (text, "Waden", "muscle name");
  g_assert_null (strstr (text, "Page 1 of"));
  /* Longer words beside the pictures: at most one sheet more than English */
  g_assert_cmpuint (count_pages (pdf), <=, 4);
  g_assert_null (strstr (text, "Muscles you roll"));

  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_handout_routine_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "fixtures", "routine-client.xml",
                                                 NULL);

  if (!have_poppler ())
    return;

  dir = g_dir_make_tmp ("unknot-handout-XXXXXX", NULL);
  pdf = make_handout (file, NULL, dir);
  raw = output_of ("pdftotext", "-raw", pdf);
  /* Every routine in the file, each numbering its own pages */
  g_assert_nonnull (strstr (raw, "Sam’s desk break"));
  g_assert_nonnull (strstr (raw, "Sam’s leg day prep"));
  g_assert_cmpuint (count_in (raw, "Page 1 of"), ==, 2);

  g_unlink (pdf);
  g_rmdir (dir);
}

/* A technique id gives a one-exercise handout. */
static void
test_handout_technique (void)
{
  g_autoptr(UnknotLibrary) library = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(UnknotRoutine) routine = NULL;

  if (!have_poppler ())
    return;

  library = load_library ();
  dir = g_dir_make_tmp ("unknot-handout-XXXXXX", NULL);
  pdf = make_handout ("upper-back-ball", NULL, dir);
  routine = unknot_handout_routine_for_technique (unknot_library_get_technique (library,
                                                                               "upper-back-ball"));
  assert_routine_text (pdf, routine);
  g_assert_cmpuint (count_pages (pdf), <=, 2);

  g_unlink (pdf);
  g_rmdir (dir);
}

static int
run_application (const char * const  *args,
                 char               **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("UNKNOT_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  return run ((const char * const *) argv->pdata, NULL, &out, err);
}

static void
test_handout_command (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                "bad-unknown-reference.xml", NULL);
  g_autofree char *info = NULL;
  char *err = NULL;

  if (g_getenv ("UNKNOT_BIN") == NULL)
    {
      g_test_skip ("UNKNOT_BIN is not set");
      return;
    }
  if (!have_poppler ())
    return;

  dir = g_dir_make_tmp ("unknot-handout-XXXXXX", NULL);
  pdf = g_build_filename (dir, "letter.pdf", NULL);

  g_assert_cmpint (run_application ((const char *[]) { "--handout", "posture", "--output", pdf,
                                                       "--paper", "letter", NULL }, &err), ==, 0);
  g_clear_pointer (&err, g_free);
  info = output_of ("pdfinfo", "", pdf);
  g_assert_nonnull (strstr (info, "612 x 792 pts (letter)"));

  /* A file with a problem: FILE:LINE: message, exit 1 */
  g_assert_cmpint (run_application ((const char *[]) { "--handout", bad, "--output", pdf, NULL },
                                    &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, bad));
  g_assert_true (g_regex_match_simple ("^[^\n]+:[0-9]+: ", err, 0, 0));
  g_clear_pointer (&err, g_free);

  /* An id nothing has */
  g_assert_cmpint (run_application ((const char *[]) { "--handout", "no-such-routine",
                                                       "--output", pdf, NULL }, &err), ==, 1);
  g_assert_nonnull (strstr (err, "no-such-routine"));
  g_clear_pointer (&err, g_free);

  /* Usage: no output, a paper size nobody has, a stray argument */
  g_assert_cmpint (run_application ((const char *[]) { "--handout", "posture", NULL }, &err),
                   ==, 2);
  g_assert_nonnull (strstr (err, "--output"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_application ((const char *[]) { "--handout", "posture", "--output", pdf,
                                                       "--paper", "a5", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_application ((const char *[]) { "--handout", "posture", "--output", pdf,
                                                       "extra", NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_application ((const char *[]) { "--output", pdf, NULL }, &err), ==, 2);
  g_clear_pointer (&err, g_free);

  /* A folder nobody can write to */
  g_assert_cmpint (run_application ((const char *[]) { "--handout", "posture", "--output",
                                                       "/nonexistent/dir/x.pdf", NULL }, &err),
                   ==, 1);
  g_assert_nonnull (strstr (err, "/nonexistent/dir/x.pdf"));
  g_clear_pointer (&err, g_free);

  g_unlink (pdf);
  g_rmdir (dir);
}

/* A routine of the person's own, by its id, as the app keeps it. */
static void
test_handout_user_routine (void)
{
  g_autofree char *home = g_dir_make_tmp ("unknot-handout-home-XXXXXX", NULL);
  g_autofree char *routines = g_build_filename (home, "unknot", "routines", NULL);
  g_autofree char *kept = g_build_filename (routines, "sam.xml", NULL);
  g_autofree char *pdf = g_build_filename (home, "sam.pdf", NULL);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                    "routine-client.xml", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("UNKNOT_BIN") == NULL || !have_poppler ())
    {
      if (g_getenv ("UNKNOT_BIN") == NULL)
        g_test_skip ("UNKNOT_BIN is not set");
      return;
    }

  g_assert_cmpint (g_mkdir_with_parents (routines, 0700), ==, 0);
  g_file_get_contents (fixture, &contents, NULL, &error);
  g_assert_no_error (error);
  g_file_set_contents (kept, contents, -1, &error);
  g_assert_no_error (error);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", home, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("UNKNOT_BIN"), "--handout",
                                         "sam-leg-day", "--output", pdf, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);

  text = output_of ("pdftotext", "-raw", pdf);
  g_assert_nonnull (strstr (text, "Sam’s leg day prep"));
  /* Only the sides the trainer chose: right side for the glutes ball */
  g_assert_nonnull (strstr (text, "× right side"));

  g_unlink (pdf);
  g_unlink (kept);
  g_rmdir (routines);
  {
    g_autofree char *unknot_dir = g_path_get_dirname (routines);

    g_rmdir (unknot_dir);
  }
  g_rmdir (home);
}

/* Every page's drawing stays on its sheet, whatever the sheet's size:
 * blocks that do not fit move to the next page whole. */
static void
assert_pages_stay_on_paper (UnknotHandout *handout,
                            double         width,
                            double         height)
{
  guint n_pages = unknot_handout_paginate (handout, width, height);

  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                                 NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, ink_width, ink_height;

      unknot_handout_draw_page (handout, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_recording_surface_ink_extents (surface, &x, &y, &ink_width, &ink_height);
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x + ink_width, <=, width);
      g_assert_cmpfloat (y + ink_height, <=, height);
      /* More than a footer on every page */
      g_assert_cmpfloat (ink_height, >, height / 3);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* The renderer on its own: pages follow the paper, and its date is printed. */
static void
test_handout_paginate (void)
{
  g_autoptr(UnknotLibrary) library = load_library ();
  UnknotRoutine *routine = unknot_library_get_routine (library, "cool-down");
  g_autoptr(UnknotHandout) handout = unknot_handout_new (library, routine);
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 3, 9, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("unknot-handout-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "dated.pdf", NULL);
  double width, height;
  guint a4, tall, short_pages;

  unknot_paper_get_size (UNKNOT_PAPER_A4, &width, &height);
  a4 = unknot_handout_paginate (handout, width, height);
  g_assert_cmpuint (a4, >=, 2);
  tall = unknot_handout_paginate (handout, width, height * 3);
  g_assert_cmpuint (tall, <, a4);
  short_pages = unknot_handout_paginate (handout, width, 520);
  g_assert_cmpuint (short_pages, >, a4);

  assert_pages_stay_on_paper (handout, width, height);
  assert_pages_stay_on_paper (handout, width, 520);
  unknot_paper_get_size (UNKNOT_PAPER_LETTER, &width, &height);
  assert_pages_stay_on_paper (handout, width, height);

  unknot_handout_set_date (handout, date);
  unknot_handout_write_pdf (handout, pdf, UNKNOT_PAPER_A4, &error);
  g_assert_no_error (error);
  if (have_poppler ())
    {
      g_autofree char *text = output_of ("pdftotext", "-raw", pdf);

      g_assert_nonnull (strstr (text, "March 9, 2026"));
    }

  g_unlink (pdf);
  g_rmdir (dir);
  g_assert_finalize_object (g_steal_pointer (&handout));
}

/* Technique pictures, where the pictures branch puts them: drawn as
 * vectors beside the steps, and the longest routine still fits. */
static void
test_handout_pictures (void)
{
  const char *bundle = g_getenv ("TECHNIQUE_PICTURES");
  g_autoptr(UnknotLibrary) library = NULL;
  g_autoptr(GResource) resource = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *images = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(UnknotHandout) handout = NULL;

  if (bundle == NULL)
    {
      g_test_skip ("TECHNIQUE_PICTURES is not set");
      return;
    }
  if (!have_poppler ())
    return;

  resource = g_resource_load (bundle, &error);
  g_assert_no_error (error);
  g_resources_register (resource);

  library = load_library ();
  dir = g_dir_make_tmp ("unknot-handout-XXXXXX", NULL);
  pdf = g_build_filename (dir, "pictures.pdf", NULL);
  handout = unknot_handout_new (library, unknot_library_get_routine (library, "runners-legs"));
  unknot_handout_write_pdf (handout, pdf, UNKNOT_PAPER_A4, &error);
  g_assert_no_error (error);
  g_resources_unregister (resource);

  text = output_of ("pdftotext", "-raw", pdf);
  g_assert_cmpuint (count_in (text, "PICTUREMARK"), ==, 5);
  images = output_of ("pdfimages", "-list", pdf);
  lines = g_strsplit (g_strstrip (images), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_test_message ("runners-legs with pictures: %u pages", count_pages (pdf));
  g_assert_cmpuint (count_pages (pdf), <=, 3);

  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *podir = NULL;

  setlocale (LC_ALL, "");
  self_path = argv[0];

  if (argc == 4 && g_str_equal (argv[1], "--run-handout"))
    {
      podir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "po", NULL);
      bindtextdomain (GETTEXT_PACKAGE, podir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      return unknot_handout_command_run (argv[2], argv[3], NULL, NULL);
    }

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/handout/text", test_handout_text);
  g_test_add_func ("/handout/every-routine-fits", test_handout_every_routine_fits);
  g_test_add_func ("/handout/fonts-embedded", test_handout_fonts_embedded);
  g_test_add_func ("/handout/map-is-vector", test_handout_map_is_vector);
  g_test_add_func ("/handout/german", test_handout_german);
  g_test_add_func ("/handout/routine-file", test_handout_routine_file);
  g_test_add_func ("/handout/technique", test_handout_technique);
  g_test_add_func ("/handout/command", test_handout_command);
  g_test_add_func ("/handout/user-routine", test_handout_user_routine);
  g_test_add_func ("/handout/paginate", test_handout_paginate);
  g_test_add_func ("/handout/pictures", test_handout_pictures);

  return g_test_run ();
}
