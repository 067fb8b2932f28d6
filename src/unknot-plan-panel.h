/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-store.h"
#include "unknot-planner.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_PLAN_PANEL (unknot_plan_panel_get_type ())

G_DECLARE_FINAL_TYPE (UnknotPlanPanel, unknot_plan_panel, UNKNOT, PLAN_PANEL, AdwBin)

GtkWidget          *unknot_plan_panel_new         (void);
void                unknot_plan_panel_set_store   (UnknotPlanPanel    *self,
                                                   UnknotStore        *store);
void                unknot_plan_panel_set_library (UnknotPlanPanel    *self,
                                                   UnknotLibrary      *library);
const char * const *unknot_plan_panel_get_picked  (UnknotPlanPanel    *self);
void                unknot_plan_panel_set_picked  (UnknotPlanPanel    *self,
                                                   const char * const *areas);
void                unknot_plan_panel_set_tools   (UnknotPlanPanel    *self,
                                                   const char * const *tools);
void                unknot_plan_panel_set_minutes (UnknotPlanPanel    *self,
                                                   guint               minutes);
UnknotPlan         *unknot_plan_panel_get_plan    (UnknotPlanPanel    *self);

G_END_DECLS
