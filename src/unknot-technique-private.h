/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-caution.h"
#include "unknot-technique.h"

G_BEGIN_DECLS

typedef struct
{
  guint min;
  guint max;
  guint def;
} UnknotRange;

UnknotTechnique *_unknot_technique_new         (const char         *id,
                                                UnknotMuscle       *muscle,
                                                UnknotTool         *tool,
                                                gboolean            per_side,
                                                const char         *position,
                                                const char * const *steps,
                                                const UnknotRange  *hold,
                                                const UnknotRange  *reps,
                                                const char         *stretch);
void             _unknot_technique_add_caution (UnknotTechnique    *self,
                                                UnknotCaution      *caution);
void             _unknot_technique_set_picture_description (UnknotTechnique *self,
                                                            const char      *description);

G_END_DECLS
