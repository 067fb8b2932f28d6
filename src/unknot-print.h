/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "unknot-handout.h"

G_BEGIN_DECLS

GtkPrintOperation *unknot_print_operation_new (UnknotLibrary *library,
                                               UnknotRoutine *routine);
void         unknot_print_routine       (GtkWindow     *parent,
                                         UnknotLibrary *library,
                                         UnknotRoutine *routine);
void         unknot_print_export_pdf    (GtkWindow     *parent,
                                         UnknotLibrary *library,
                                         UnknotRoutine *routine);
UnknotPaper  unknot_print_default_paper (void);
char        *unknot_print_file_name     (UnknotRoutine *routine,
                                         const char    *extension);
void         unknot_print_show_error    (GtkWindow     *parent,
                                         const char    *heading,
                                         const char    *message);

G_END_DECLS
