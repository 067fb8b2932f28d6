/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int unknot_validate_run (const char * const *paths);

G_END_DECLS
