/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "unknot-print.h"

/* The window's side of handouts: the print dialog and "Export PDF…",
 * both drawing with the one handout renderer. */

/* Letter where the locale prints on Letter, A4 everywhere else. */
UnknotPaper
unknot_print_default_paper (void)
{
  return g_str_equal (gtk_paper_size_get_default (), GTK_PAPER_NAME_LETTER)
         ? UNKNOT_PAPER_LETTER : UNKNOT_PAPER_A4;
}

/* The routine's name as a file name: "Runner’s legs.pdf". */
char *
unknot_print_file_name (UnknotRoutine *routine,
                        const char    *extension)
{
  g_autofree char *name = g_strdup (unknot_routine_get_name (routine));

  g_return_val_if_fail (UNKNOT_IS_ROUTINE (routine), NULL);

  g_strdelimit (name, "/\\:", '-');
  return g_strconcat (g_strstrip (name), extension, NULL);
}

void
unknot_print_show_error (GtkWindow  *parent,
                         const char *heading,
                         const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                UnknotHandout     *handout)
{
  guint n_pages = unknot_handout_paginate (handout, gtk_print_context_get_width (context),
                                           gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              UnknotHandout     *handout)
{
  unknot_handout_draw_page (handout, gtk_print_context_get_cairo_context (context), page);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      unknot_print_show_error (parent, _("Could Not Print"),
                               error != NULL ? error->message
                                             : _("The printer reported an error."));
    }

  g_object_unref (operation);
}

/* A print operation drawing the handout; the dialog, or a test, runs it. */
GtkPrintOperation *
unknot_print_operation_new (UnknotLibrary *library,
                            UnknotRoutine *routine)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *basename = NULL;
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (NULL);
  UnknotHandout *handout;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (routine), NULL);

  handout = unknot_handout_new (library, routine);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The handout keeps its own margins, the same on paper as in a PDF. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, unknot_routine_get_name (routine));
  /* "Print to File" suggests the routine's name, not "output.pdf". */
  basename = unknot_print_file_name (routine, "");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
  gtk_print_operation_set_print_settings (operation, settings);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print), handout,
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), handout);

  return operation;
}

void
unknot_print_routine (GtkWindow     *parent,
                      UnknotLibrary *library,
                      UnknotRoutine *routine)
{
  GtkPrintOperation *operation;

  g_return_if_fail (UNKNOT_IS_LIBRARY (library));
  g_return_if_fail (UNKNOT_IS_ROUTINE (routine));

  operation = unknot_print_operation_new (library, routine);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* "done" follows every run, errors included: it reports them and
   * drops this reference. */
  g_signal_connect_data (operation, "done", G_CALLBACK (on_print_done), g_object_ref (parent),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
}

typedef struct
{
  GtkWindow     *parent;
  UnknotLibrary *library;
  UnknotRoutine *routine;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->parent);
  g_clear_object (&data->library);
  g_clear_object (&data->routine);
  g_free (data);
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    ExportData      *data)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(UnknotHandout) handout = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  if (file != NULL && path == NULL)
    unknot_print_show_error (data->parent, _("Could Not Export the Handout"),
                             _("Choose a folder on this computer."));
  if (path != NULL)
    {
      handout = unknot_handout_new (data->library, data->routine);
      if (!unknot_handout_write_pdf (handout, path, unknot_print_default_paper (), &error))
        unknot_print_show_error (data->parent, _("Could Not Export the Handout"),
                                 error->message);
    }

  export_data_free (data);
  g_object_unref (chooser);
}

void
unknot_print_export_pdf (GtkWindow     *parent,
                         UnknotLibrary *library,
                         UnknotRoutine *routine)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  ExportData *data;

  g_return_if_fail (UNKNOT_IS_LIBRARY (library));
  g_return_if_fail (UNKNOT_IS_ROUTINE (routine));

  data = g_new0 (ExportData, 1);
  data->parent = parent != NULL ? g_object_ref (parent) : NULL;
  data->library = g_object_ref (library);
  data->routine = g_object_ref (routine);

  name = unknot_print_file_name (routine, ".pdf");
  chooser = gtk_file_chooser_native_new (_("Export Handout"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
