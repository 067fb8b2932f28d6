/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-history.h"

G_BEGIN_DECLS

char *unknot_history_format_csv (GPtrArray *sessions);

G_END_DECLS
