/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-content-core-private.h"

G_BEGIN_DECLS

/* Never loads a DTD, an entity or another file; records each element's
 * full line number for _unknot_content_get_line().
 */
xmlDoc *_unknot_content_parse_bytes (GBytes      *bytes,
                                     const char  *name,
                                     GError     **error);

G_END_DECLS
