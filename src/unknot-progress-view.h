/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-history.h"
#include "unknot-library.h"
#include "unknot-progress-chart.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_PROGRESS_VIEW (unknot_progress_view_get_type ())

G_DECLARE_FINAL_TYPE (UnknotProgressView, unknot_progress_view, UNKNOT, PROGRESS_VIEW, AdwBin)

GtkWidget           *unknot_progress_view_new         (void);
void                 unknot_progress_view_set_history (UnknotProgressView *self,
                                                       UnknotHistory      *history);
void                 unknot_progress_view_set_library (UnknotProgressView *self,
                                                       UnknotLibrary      *library);
void                 unknot_progress_view_reload      (UnknotProgressView *self);
UnknotProgressChart *unknot_progress_view_get_chart   (UnknotProgressView *self);

G_END_DECLS
