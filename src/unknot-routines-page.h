/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-store.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_ROUTINES_PAGE (unknot_routines_page_get_type ())

G_DECLARE_FINAL_TYPE (UnknotRoutinesPage, unknot_routines_page, UNKNOT, ROUTINES_PAGE, AdwBin)

GtkWidget *unknot_routines_page_new         (void);
void       unknot_routines_page_set_store   (UnknotRoutinesPage *self,
                                             UnknotStore        *store);
GStrv      unknot_routine_dup_muscle_ids    (UnknotRoutine      *routine);

G_END_DECLS
