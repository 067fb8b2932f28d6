/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-content-core-private.h"

G_BEGIN_DECLS

/* libxml2's messages are for programmers; these say, for a trainer, what
 * is wrong in the file and how to fix it.
 */
void     _unknot_content_explain_malformed (GError                   **error,
                                            const char                *name,
                                            const UnknotParseProblem  *problem);
/* TRUE when @root breaks one of the schema's rules; the loader's error then names it */
gboolean _unknot_content_explain_invalid   (UnknotContentLoader       *self,
                                            xmlNode                   *root);

G_END_DECLS
