/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "unknot-content-loader.h"
#include "unknot-print.h"
#include "unknot-window.h"
#include "test-utils.h"

/* The window's side of handouts: the print operation draws the same
 * pages as the PDF, and the actions open their dialogs. */

static char *
pdftotext (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-raw", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* GtkPrintOperation's own PDF export runs begin-print and draw-page just
 * as printing does. */
static void
test_print_operation (void)
{
  g_autoptr(UnknotLibrary) library = unknot_library_new ();
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  UnknotRoutine *routine;
  GtkPrintOperationResult result;

  if (program == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return;
    }

  unknot_content_load_builtin (library, &error);
  g_assert_no_error (error);
  routine = unknot_library_get_routine (library, "posture");
  dir = g_dir_make_tmp ("unknot-print-XXXXXX", &error);
  pdf = g_build_filename (dir, "print.pdf", NULL);

  operation = unknot_print_operation_new (library, routine);
  gtk_print_operation_set_export_filename (operation, pdf);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  text = pdftotext (pdf);
  g_assert_nonnull (strstr (text, unknot_routine_get_name (routine)));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  g_assert_nonnull (strstr (text, "Stop at once if you feel sharp pain"));

  g_unlink (pdf);
  g_rmdir (dir);
}

static gboolean
has_toplevel (gpointer type_name)
{
  return test_find_toplevel (type_name) != NULL;
}

static gboolean
lacks_toplevel (gpointer type_name)
{
  return test_find_toplevel (type_name) == NULL;
}

static void
close_dialog (const char *type_name)
{
  GtkWindow *dialog;

  g_assert_true (test_wait_until (has_toplevel, (gpointer) type_name));
  dialog = test_find_toplevel (type_name);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_assert_true (test_wait_until (lacks_toplevel, (gpointer) type_name));
}

/* Print, Export and Send by routine id: the print dialog, the file
 * chooser, and with no e-mail portal on the test bus, the folder
 * chooser Send falls back to. */
static void
test_print_window_actions (void)
{
  UnknotApplication *app = test_app_new ();
  GtkWindow *window;

  g_settings_set_boolean (unknot_application_get_settings (app), "safety-acknowledged", TRUE);
  window = test_app_get_window (app);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", "s",
                                             "cool-down"));
  close_dialog ("GtkPrintUnixDialog");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", "s",
                                             "cool-down"));
  close_dialog ("GtkFileChooserDialog");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.send-to-client", "s",
                                             "cool-down"));
  close_dialog ("GtkFileChooserDialog");

  /* Nothing on screen to print: a toast, no dialog */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", "s", ""));
  test_iterate (200);
  g_assert_null (test_find_toplevel ("GtkPrintUnixDialog"));

  test_app_quit (app);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/print/operation", test_print_operation);
  g_test_add_func ("/print/window-actions", test_print_window_actions);

  return g_test_run ();
}
