/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-muscle.h"
#include "unknot-region.h"

G_BEGIN_DECLS

UnknotMuscle *_unknot_muscle_new           (const char      *id,
                                            const char      *name,
                                            const char      *anatomical_name,
                                            UnknotBodyGroup  group,
                                            const char      *keywords,
                                            const char      *about,
                                            GListStore      *techniques);
void          _unknot_muscle_add_region    (UnknotMuscle    *self,
                                            UnknotRegion    *region);
void          _unknot_muscle_add_technique (UnknotMuscle    *self,
                                            gpointer         technique);

G_END_DECLS
