/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "unknot-technique.h"
#include "unknot-types.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_ROUTINE_ITEM (unknot_routine_item_get_type ())

G_DECLARE_FINAL_TYPE (UnknotRoutineItem, unknot_routine_item, UNKNOT, ROUTINE_ITEM, GObject)

UnknotTechnique *unknot_routine_item_get_technique (UnknotRoutineItem *self);
UnknotSide       unknot_routine_item_get_sides     (UnknotRoutineItem *self);
guint            unknot_routine_item_get_hold      (UnknotRoutineItem *self);
guint            unknot_routine_item_get_reps      (UnknotRoutineItem *self);
guint            unknot_routine_item_get_n_sides   (UnknotRoutineItem *self);
const char      *unknot_routine_item_get_note      (UnknotRoutineItem *self);
void             unknot_routine_item_set_technique (UnknotRoutineItem *self,
                                                    UnknotTechnique   *technique);
void             unknot_routine_item_set_sides     (UnknotRoutineItem *self,
                                                    UnknotSide         sides);
void             unknot_routine_item_set_hold      (UnknotRoutineItem *self,
                                                    guint              hold);
void             unknot_routine_item_set_reps      (UnknotRoutineItem *self,
                                                    guint              reps);
void             unknot_routine_item_set_note      (UnknotRoutineItem *self,
                                                    const char        *note);
UnknotRoutineItem *unknot_routine_item_copy        (UnknotRoutineItem *self);

G_END_DECLS
