/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define UNKNOT_TYPE_PROGRESS_CHART (unknot_progress_chart_get_type ())

G_DECLARE_FINAL_TYPE (UnknotProgressChart, unknot_progress_chart, UNKNOT, PROGRESS_CHART,
                      GtkWidget)

GtkWidget *unknot_progress_chart_new          (void);
void       unknot_progress_chart_set_days     (UnknotProgressChart *self,
                                               gint64               first_day,
                                               const guint         *seconds,
                                               guint                n_days);
guint      unknot_progress_chart_get_n_days   (UnknotProgressChart *self);
int        unknot_progress_chart_get_selected (UnknotProgressChart *self);

G_END_DECLS
