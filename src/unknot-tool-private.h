/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-tool.h"

G_BEGIN_DECLS

UnknotTool *_unknot_tool_new (const char *id,
                              const char *name,
                              const char *description);

G_END_DECLS
