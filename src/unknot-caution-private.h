/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-caution.h"

G_BEGIN_DECLS

UnknotCaution *_unknot_caution_new (const char        *id,
                                    UnknotSeverity     severity,
                                    UnknotCautionKind  kind,
                                    const char        *title,
                                    const char        *text);

G_END_DECLS
