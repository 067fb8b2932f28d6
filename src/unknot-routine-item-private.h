/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-routine-item.h"

G_BEGIN_DECLS

UnknotRoutineItem *_unknot_routine_item_new (UnknotTechnique *technique,
                                             UnknotSide       sides,
                                             guint            hold,
                                             guint            reps);

G_END_DECLS
