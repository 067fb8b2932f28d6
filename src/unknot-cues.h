/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "unknot-hold-timer.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_CUES (unknot_cues_get_type ())

G_DECLARE_FINAL_TYPE (UnknotCues, unknot_cues, UNKNOT, CUES, GObject)

UnknotCues *unknot_cues_new          (GtkWindow       *window,
                                      GSettings       *settings);
void        unknot_cues_follow       (UnknotCues      *self,
                                      UnknotHoldTimer *timer);
guint       unknot_cues_get_n_played (UnknotCues      *self);

G_END_DECLS
