/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "unknot-hold-timer.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_TIMER_VIEW (unknot_timer_view_get_type ())

G_DECLARE_FINAL_TYPE (UnknotTimerView, unknot_timer_view, UNKNOT, TIMER_VIEW, GtkWidget)

GtkWidget       *unknot_timer_view_new          (void);
UnknotHoldTimer *unknot_timer_view_get_timer    (UnknotTimerView *self);
void             unknot_timer_view_set_timer    (UnknotTimerView *self,
                                                 UnknotHoldTimer *timer);
gboolean         unknot_timer_view_is_animating (UnknotTimerView *self);
char            *unknot_timer_view_format_remaining (guint seconds);

G_END_DECLS
