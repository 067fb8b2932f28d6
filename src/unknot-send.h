/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "unknot-handout.h"

G_BEGIN_DECLS

gboolean unknot_send_write_attachments (UnknotLibrary        *library,
                                        UnknotRoutine        *routine,
                                        UnknotPaper           paper,
                                        GFile               **routine_file,
                                        GFile               **pdf_file,
                                        GError              **error);
void     unknot_send_compose_async     (GDBusConnection      *bus,
                                        const char           *parent_window,
                                        UnknotRoutine        *routine,
                                        GFile                *routine_file,
                                        GFile                *pdf_file,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
gboolean unknot_send_compose_finish    (GAsyncResult         *result,
                                        GError              **error);
gboolean unknot_send_should_fall_back  (const GError         *error);
gboolean unknot_send_save_to_folder    (GFile                *routine_file,
                                        GFile                *pdf_file,
                                        GFile                *folder,
                                        GError              **error);
void     unknot_send_to_client         (GtkWindow            *parent,
                                        UnknotLibrary        *library,
                                        UnknotRoutine        *routine);

G_END_DECLS
