/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-store.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_ROUTINE_EDITOR (unknot_routine_editor_get_type ())

G_DECLARE_FINAL_TYPE (UnknotRoutineEditor, unknot_routine_editor, UNKNOT, ROUTINE_EDITOR, AdwBin)

GtkWidget     *unknot_routine_editor_new         (void);
void           unknot_routine_editor_set_store   (UnknotRoutineEditor *self,
                                                  UnknotStore         *store);
void           unknot_routine_editor_start       (UnknotRoutineEditor *self);
void           unknot_routine_editor_edit        (UnknotRoutineEditor *self,
                                                  UnknotRoutine       *routine);
void           unknot_routine_editor_save_to_file (UnknotRoutineEditor *self,
                                                   GFile               *file,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
void           unknot_routine_editor_add_muscle  (UnknotRoutineEditor *self,
                                                  UnknotMuscle        *muscle);
UnknotRoutine *unknot_routine_editor_build       (UnknotRoutineEditor *self);
gboolean       unknot_routine_editor_can_save    (UnknotRoutineEditor *self);
gboolean       unknot_routine_editor_get_modified (UnknotRoutineEditor *self);
char          *unknot_routine_make_id            (UnknotLibrary       *library,
                                                  const char          *name);
GtkFileChooserNative *unknot_routine_save_chooser_new (GtkWindow  *parent,
                                                       const char *name);

G_END_DECLS
