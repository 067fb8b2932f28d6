/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "unknot-content-core.h"
#include "unknot-history.h"
#include "unknot-library.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_STORE (unknot_store_get_type ())

G_DECLARE_FINAL_TYPE (UnknotStore, unknot_store, UNKNOT, STORE, GObject)

UnknotStore   *unknot_store_new                   (GFile                   *data_dir);
UnknotLibrary *unknot_store_get_library           (UnknotStore             *self);
GFile         *unknot_store_get_routines_dir      (UnknotStore             *self);
GFile         *unknot_store_get_cache_dir         (UnknotStore             *self);
UnknotHistory *unknot_store_get_history           (UnknotStore             *self);
void           unknot_store_sync                  (UnknotStore             *self);
const char * const *
               unknot_store_get_problems          (UnknotStore             *self);
gboolean       unknot_store_load_builtin          (UnknotStore             *self,
                                                   GError                 **error);

void           unknot_store_load_async            (UnknotStore             *self,
                                                   GCancellable            *cancellable,
                                                   GAsyncReadyCallback      callback,
                                                   gpointer                 user_data);
guint          unknot_store_load_finish           (UnknotStore             *self,
                                                   GAsyncResult            *result,
                                                   GError                 **error);
void           unknot_store_import_async          (UnknotStore             *self,
                                                   GFile                   *file,
                                                   GCancellable            *cancellable,
                                                   GAsyncReadyCallback      callback,
                                                   gpointer                 user_data);
guint          unknot_store_import_finish         (UnknotStore             *self,
                                                   GAsyncResult            *result,
                                                   GError                 **error);
void           unknot_store_save_routine_async    (UnknotStore             *self,
                                                   UnknotRoutine           *routine,
                                                   GCancellable            *cancellable,
                                                   GAsyncReadyCallback      callback,
                                                   gpointer                 user_data);
gboolean       unknot_store_save_routine_finish   (UnknotStore             *self,
                                                   GAsyncResult            *result,
                                                   GError                 **error);
void           unknot_store_delete_routine_async  (UnknotStore             *self,
                                                   UnknotRoutine           *routine,
                                                   GCancellable            *cancellable,
                                                   GAsyncReadyCallback      callback,
                                                   gpointer                 user_data);
gboolean       unknot_store_delete_routine_finish (UnknotStore             *self,
                                                   GAsyncResult            *result,
                                                   GError                 **error);
void           unknot_store_export_routine_async  (UnknotStore             *self,
                                                   UnknotRoutine           *routine,
                                                   GFile                   *file,
                                                   GCancellable            *cancellable,
                                                   GAsyncReadyCallback      callback,
                                                   gpointer                 user_data);
gboolean       unknot_store_export_routine_finish (UnknotStore             *self,
                                                   GAsyncResult            *result,
                                                   GError                 **error);

GBytes        *unknot_store_load_cache            (UnknotStore             *self,
                                                   const char              *name);
void           unknot_store_save_cache_async      (UnknotStore             *self,
                                                   const char              *name,
                                                   GBytes                  *bytes,
                                                   GCancellable            *cancellable,
                                                   GAsyncReadyCallback      callback,
                                                   gpointer                 user_data);
gboolean       unknot_store_save_cache_finish     (UnknotStore             *self,
                                                   GAsyncResult            *result,
                                                   GError                 **error);

GBytes        *unknot_store_read_stream           (GInputStream            *stream,
                                                   const char              *name,
                                                   GCancellable            *cancellable,
                                                   GError                 **error);
GBytes        *unknot_store_read_file             (GFile                   *file,
                                                   const char              *name,
                                                   GCancellable            *cancellable,
                                                   GError                 **error);
gboolean       unknot_store_load_file             (UnknotLibrary           *library,
                                                   GFile                   *file,
                                                   const char              *name,
                                                   UnknotContentLoadFlags   flags,
                                                   GError                 **error);

G_END_DECLS
