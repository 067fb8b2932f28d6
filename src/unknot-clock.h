/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef void (*UnknotClockFunc) (gpointer user_data);

#define UNKNOT_TYPE_CLOCK (unknot_clock_get_type ())

G_DECLARE_FINAL_TYPE (UnknotClock, unknot_clock, UNKNOT, CLOCK, GObject)

UnknotClock *unknot_clock_new           (void);
UnknotClock *unknot_clock_new_manual    (gint64           start_us);
gboolean     unknot_clock_is_manual     (UnknotClock     *self);
gint64       unknot_clock_get_time      (UnknotClock     *self);
guint        unknot_clock_schedule      (UnknotClock     *self,
                                         gint64           deadline_us,
                                         UnknotClockFunc  func,
                                         gpointer         user_data);
void         unknot_clock_cancel        (UnknotClock     *self,
                                         guint            id);
guint        unknot_clock_get_n_pending (UnknotClock     *self);
void         unknot_clock_advance       (UnknotClock     *self,
                                         gint64           delta_us);
void         unknot_clock_set_time      (UnknotClock     *self,
                                         gint64           time_us);

G_END_DECLS
