/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-content-loader-private.h"

G_BEGIN_DECLS

/* Builds one <page> of the <basics> section, once everything it can
 * refer to is loaded. */
gboolean _unknot_content_load_basics_page (UnknotContentLoader *self,
                                           xmlNode             *node);

/* Defined by the loader */
char     *_unknot_content_get_text        (UnknotContentLoader *self,
                                           xmlNode             *node);
gboolean  _unknot_content_define          (UnknotContentLoader *self,
                                           UnknotContentKind    kind,
                                           xmlNode             *node,
                                           const char          *id,
                                           gpointer             object);

G_END_DECLS
