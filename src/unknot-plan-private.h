/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-plan.h"

G_BEGIN_DECLS

/* Filled in by the planner */
struct _UnknotPlan
{
  UnknotRoutine *routine;
  GPtrArray     *left_out;
  GPtrArray     *replaced;
  GPtrArray     *stretches;
  guint          seconds;
  guint          minutes;
};

UnknotPlan *_unknot_plan_new      (guint       minutes);
void        _unknot_plan_add_note (GPtrArray  *notes,
                                   const char *id,
                                   UnknotSide  side,
                                   const char *name,
                                   char       *text);

G_END_DECLS
