/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int unknot_export_command_run (const char *history_path,
                               const char *output);

G_END_DECLS
