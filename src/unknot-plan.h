/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "unknot-routine.h"
#include "unknot-types.h"

G_BEGIN_DECLS

#define UNKNOT_PLAN_MINUTES_MIN 5
#define UNKNOT_PLAN_MINUTES_MAX 30

typedef enum
{
  UNKNOT_PLAN_WHEN_ANY,
  UNKNOT_PLAN_WHEN_BEFORE,
  UNKNOT_PLAN_WHEN_AFTER,
} UnknotPlanWhen;

/* One line of a plan's report: an area left out, a zone replaced, or the
 * stretch for a muscle that was rolled.
 */
typedef struct
{
  char       *id;     /* the area as picked, or the muscle */
  UnknotSide  side;
  char       *name;   /* the area's or muscle's name */
  char       *text;   /* a translated sentence saying why or what */
} UnknotPlanNote;

typedef struct _UnknotPlan UnknotPlan;

#define UNKNOT_TYPE_PLAN_WHEN  (unknot_plan_when_get_type ())
#define UNKNOT_TYPE_PLAN       (unknot_plan_get_type ())

GType           unknot_plan_when_get_type   (void) G_GNUC_CONST;
gboolean        unknot_plan_when_from_string (const char     *str,
                                              UnknotPlanWhen *when);

GType           unknot_plan_get_type        (void) G_GNUC_CONST;
UnknotPlan     *unknot_plan_ref             (UnknotPlan     *self);
void            unknot_plan_unref           (UnknotPlan     *self);
UnknotRoutine  *unknot_plan_get_routine     (UnknotPlan     *self);
guint           unknot_plan_get_seconds     (UnknotPlan     *self);
guint           unknot_plan_get_minutes     (UnknotPlan     *self);
GPtrArray      *unknot_plan_get_left_out    (UnknotPlan     *self);
GPtrArray      *unknot_plan_get_replaced    (UnknotPlan     *self);
GPtrArray      *unknot_plan_get_stretches   (UnknotPlan     *self);
char           *unknot_plan_dup_summary     (UnknotPlan     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnknotPlan, unknot_plan_unref)

G_END_DECLS
