/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int unknot_handout_command_run (const char         *routine,
                                const char         *output,
                                const char         *paper,
                                const char * const *extra);

G_END_DECLS
