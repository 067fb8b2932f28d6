/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-routine.h"

G_BEGIN_DECLS

void _unknot_routine_set_user_file (UnknotRoutine *self,
                                    GFile         *file);

G_END_DECLS
