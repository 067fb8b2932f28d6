/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

extern const GOptionEntry unknot_plan_command_options[];

gboolean unknot_plan_command_is_wanted (GVariantDict *options);
int      unknot_plan_command_run       (GVariantDict *options);

G_END_DECLS
