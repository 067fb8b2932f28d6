/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-caution.h"
#include "unknot-library.h"
#include "unknot-muscle.h"
#include "unknot-technique.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_MUSCLE_PAGE (unknot_muscle_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotMusclePage, unknot_muscle_page, UNKNOT, MUSCLE_PAGE, AdwBin)

GtkWidget       *unknot_muscle_page_new           (void);
UnknotMuscle    *unknot_muscle_page_get_muscle    (UnknotMusclePage *self);
void             unknot_muscle_page_set_library   (UnknotMusclePage *self,
                                                   UnknotLibrary    *library);
void             unknot_muscle_page_set_muscle    (UnknotMusclePage *self,
                                                   UnknotMuscle     *muscle,
                                                   UnknotSide        side);
UnknotTechnique *unknot_muscle_page_get_technique (UnknotMusclePage *self);
UnknotSide       unknot_muscle_page_get_sides     (UnknotMusclePage *self);
guint            unknot_muscle_page_get_hold      (UnknotMusclePage *self);
guint            unknot_muscle_page_get_reps      (UnknotMusclePage *self);
void             unknot_muscle_page_focus_start   (UnknotMusclePage *self);
GtkWidget       *unknot_caution_row_new           (UnknotCaution    *caution,
                                                   GtkWidget        *extra);

G_END_DECLS
