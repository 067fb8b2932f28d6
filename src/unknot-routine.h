/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "unknot-routine-item.h"
#include "unknot-technique.h"
#include "unknot-types.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_ROUTINE (unknot_routine_get_type ())

G_DECLARE_FINAL_TYPE (UnknotRoutine, unknot_routine, UNKNOT, ROUTINE, GObject)

UnknotRoutine *unknot_routine_new              (const char             *id,
                                                const char             *name,
                                                const char             *goal,
                                                const char             *summary);
const char    *unknot_routine_get_id           (UnknotRoutine          *self);
const char    *unknot_routine_get_name         (UnknotRoutine          *self);
const char    *unknot_routine_get_goal         (UnknotRoutine          *self);
const char    *unknot_routine_get_summary      (UnknotRoutine          *self);
GListModel    *unknot_routine_get_items        (UnknotRoutine          *self);
gboolean       unknot_routine_get_is_user      (UnknotRoutine          *self);
GFile         *unknot_routine_get_file         (UnknotRoutine          *self);
void           unknot_routine_append_item      (UnknotRoutine          *self,
                                                UnknotTechnique        *technique,
                                                UnknotSide              sides,
                                                guint                   hold,
                                                guint                   reps);
guint          unknot_routine_estimate_seconds (UnknotRoutine          *self,
                                                const UnknotPhaseTimes *times);
GPtrArray     *unknot_routine_check            (UnknotRoutine          *self);
char          *unknot_routine_to_xml           (UnknotRoutine          *self);

const char    *unknot_routine_get_note         (UnknotRoutine          *self);
void           unknot_routine_set_note         (UnknotRoutine          *self,
                                                const char             *note);
const char    *unknot_routine_get_client       (UnknotRoutine          *self);
void           unknot_routine_set_client       (UnknotRoutine          *self,
                                                const char             *client);
void           unknot_routine_set_name         (UnknotRoutine          *self,
                                                const char             *name);
void           unknot_routine_set_goal         (UnknotRoutine          *self,
                                                const char             *goal);
UnknotRoutine *unknot_routine_copy             (UnknotRoutine          *self,
                                                const char             *id);
void           unknot_routine_insert_item      (UnknotRoutine          *self,
                                                guint                   position,
                                                UnknotRoutineItem      *item);
UnknotRoutineItem *unknot_routine_remove_item  (UnknotRoutine          *self,
                                                guint                   position);
gboolean       unknot_routine_move_item        (UnknotRoutine          *self,
                                                guint                   from,
                                                guint                   to);

G_END_DECLS
