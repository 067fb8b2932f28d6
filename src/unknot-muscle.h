/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "unknot-types.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_MUSCLE (unknot_muscle_get_type ())

G_DECLARE_FINAL_TYPE (UnknotMuscle, unknot_muscle, UNKNOT, MUSCLE, GObject)

const char      *unknot_muscle_get_id              (UnknotMuscle *self);
const char      *unknot_muscle_get_name            (UnknotMuscle *self);
const char      *unknot_muscle_get_anatomical_name (UnknotMuscle *self);
UnknotBodyGroup  unknot_muscle_get_group           (UnknotMuscle *self);
const char      *unknot_muscle_get_keywords        (UnknotMuscle *self);
const char      *unknot_muscle_get_about           (UnknotMuscle *self);
GListModel      *unknot_muscle_get_regions         (UnknotMuscle *self);
GListModel      *unknot_muscle_get_techniques      (UnknotMuscle *self);
gboolean         unknot_muscle_matches             (UnknotMuscle *self,
                                                    const char   *query);

G_END_DECLS
