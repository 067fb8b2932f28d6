/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-content-core-private.h"
#include "unknot-routine.h"
#include "unknot-technique-private.h"

G_BEGIN_DECLS

/* The rules of an Unknot file beyond well-formed XML. Each returns FALSE, or
 * NULL for what it looks up, with the loader's error set.
 */
gboolean         _unknot_content_check_no_include        (UnknotContentLoader *self,
                                                          xmlNode             *node);
gboolean         _unknot_content_check_root              (UnknotContentLoader *self,
                                                          xmlNode             *root);
gboolean         _unknot_content_check_schema            (UnknotContentLoader *self,
                                                          xmlDoc              *doc);
gboolean         _unknot_content_check_user_sections     (UnknotContentLoader *self,
                                                          xmlNode             *root);
gboolean         _unknot_content_check_new_id            (UnknotContentLoader *self,
                                                          UnknotContentKind    kind,
                                                          xmlNode             *node,
                                                          const char          *id);
UnknotCaution   *_unknot_content_check_zone_caution      (UnknotContentLoader *self,
                                                          xmlNode             *zone);
UnknotMuscle    *_unknot_content_check_instead_muscle    (UnknotContentLoader *self,
                                                          xmlNode             *node,
                                                          const char          *zone_id);
UnknotMuscle    *_unknot_content_check_technique_muscle  (UnknotContentLoader *self,
                                                          xmlNode             *technique);
UnknotTool      *_unknot_content_check_technique_tool    (UnknotContentLoader *self,
                                                          xmlNode             *technique);
UnknotCaution   *_unknot_content_check_technique_caution (UnknotContentLoader *self,
                                                          xmlNode             *node,
                                                          UnknotTechnique     *technique);
UnknotTechnique *_unknot_content_check_item_technique    (UnknotContentLoader *self,
                                                          xmlNode             *item,
                                                          UnknotRoutine       *routine);
gboolean         _unknot_content_check_range             (UnknotContentLoader *self,
                                                          xmlNode             *technique,
                                                          xmlNode             *node,
                                                          gboolean             is_hold,
                                                          const UnknotRange   *range);
gboolean         _unknot_content_check_item              (UnknotContentLoader *self,
                                                          xmlNode             *item,
                                                          UnknotRoutine       *routine,
                                                          UnknotTechnique     *technique,
                                                          guint                hold,
                                                          guint                reps);
GObject         *_unknot_content_check_basics_reference  (UnknotContentLoader *self,
                                                          xmlNode             *node,
                                                          const char          *page_id);

G_END_DECLS
