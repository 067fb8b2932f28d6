/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "unknot-caution.h"
#include "unknot-muscle.h"
#include "unknot-region.h"
#include "unknot-routine.h"
#include "unknot-technique.h"
#include "unknot-tool.h"
#include "unknot-zone.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_LIBRARY (unknot_library_get_type ())

G_DECLARE_FINAL_TYPE (UnknotLibrary, unknot_library, UNKNOT, LIBRARY, GObject)

UnknotLibrary   *unknot_library_new                (void);
gboolean         unknot_library_load_builtin       (UnknotLibrary  *self,
                                                    GError        **error);
gboolean         unknot_library_load_file          (UnknotLibrary  *self,
                                                    GFile          *file,
                                                    GError        **error);
guint            unknot_library_load_user_routines (UnknotLibrary  *self,
                                                    GPtrArray     **errors);
gboolean         unknot_library_save_user_routine  (UnknotLibrary  *self,
                                                    UnknotRoutine  *routine,
                                                    GError        **error);
gboolean         unknot_library_delete_user_routine (UnknotLibrary *self,
                                                    UnknotRoutine  *routine,
                                                    GError        **error);
gboolean         unknot_library_save_routine_as    (UnknotLibrary  *self,
                                                    UnknotRoutine  *routine,
                                                    GFile          *file,
                                                    GError        **error);

UnknotMuscle    *unknot_library_get_muscle         (UnknotLibrary  *self,
                                                    const char     *id);
UnknotZone      *unknot_library_get_zone           (UnknotLibrary  *self,
                                                    const char     *id);
UnknotTechnique *unknot_library_get_technique      (UnknotLibrary  *self,
                                                    const char     *id);
UnknotTool      *unknot_library_get_tool           (UnknotLibrary  *self,
                                                    const char     *id);
UnknotCaution   *unknot_library_get_caution        (UnknotLibrary  *self,
                                                    const char     *id);
UnknotRoutine   *unknot_library_get_routine        (UnknotLibrary  *self,
                                                    const char     *id);
UnknotRegion    *unknot_library_get_region         (UnknotLibrary  *self,
                                                    const char     *svg_id);

GListModel      *unknot_library_get_zones          (UnknotLibrary  *self);
GListModel      *unknot_library_get_routines       (UnknotLibrary  *self);
GListModel      *unknot_library_get_cautions       (UnknotLibrary  *self);
GListModel      *unknot_library_get_tools          (UnknotLibrary  *self);
GListModel      *unknot_library_get_regions        (UnknotLibrary  *self);

G_END_DECLS
