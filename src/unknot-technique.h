/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "unknot-muscle.h"
#include "unknot-tool.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_TECHNIQUE (unknot_technique_get_type ())

G_DECLARE_FINAL_TYPE (UnknotTechnique, unknot_technique, UNKNOT, TECHNIQUE, GObject)

const char         *unknot_technique_get_id           (UnknotTechnique *self);
UnknotMuscle       *unknot_technique_get_muscle       (UnknotTechnique *self);
UnknotTool         *unknot_technique_get_tool         (UnknotTechnique *self);
gboolean            unknot_technique_get_per_side     (UnknotTechnique *self);
const char         *unknot_technique_get_position     (UnknotTechnique *self);
const char * const *unknot_technique_get_steps        (UnknotTechnique *self);
guint               unknot_technique_get_hold_min     (UnknotTechnique *self);
guint               unknot_technique_get_hold_max     (UnknotTechnique *self);
guint               unknot_technique_get_hold_default (UnknotTechnique *self);
guint               unknot_technique_get_reps_min     (UnknotTechnique *self);
guint               unknot_technique_get_reps_max     (UnknotTechnique *self);
guint               unknot_technique_get_reps_default (UnknotTechnique *self);
GListModel         *unknot_technique_get_cautions     (UnknotTechnique *self);
const char         *unknot_technique_get_stretch      (UnknotTechnique *self);
const char         *unknot_technique_get_picture_description (UnknotTechnique *self);

G_END_DECLS
