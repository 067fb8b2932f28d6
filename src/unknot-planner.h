/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "unknot-library.h"
#include "unknot-plan.h"

G_BEGIN_DECLS

typedef enum
{
  UNKNOT_PLANNER_ERROR_UNKNOWN_AREA,
  UNKNOT_PLANNER_ERROR_UNKNOWN_TOOL,
  UNKNOT_PLANNER_ERROR_MINUTES,
} UnknotPlannerError;

#define UNKNOT_PLANNER_ERROR   (unknot_planner_error_quark ())
#define UNKNOT_TYPE_PLANNER    (unknot_planner_get_type ())

GQuark          unknot_planner_error_quark  (void);

G_DECLARE_FINAL_TYPE (UnknotPlanner, unknot_planner, UNKNOT, PLANNER, GObject)

UnknotPlanner  *unknot_planner_new          (UnknotLibrary       *library);
gboolean        unknot_planner_parse_area   (const char          *area,
                                             char               **id,
                                             UnknotSide          *side);
char          **unknot_planner_dup_area_ids (UnknotPlanner       *self);
char          **unknot_planner_dup_tool_ids (UnknotPlanner       *self);
UnknotPlan     *unknot_planner_plan         (UnknotPlanner       *self,
                                             const char * const  *areas,
                                             guint                minutes,
                                             UnknotPlanWhen       when,
                                             const char * const  *tools,
                                             GError             **error);

G_END_DECLS
