/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-basics-page.h"
#include "unknot-content-core-private.h"

G_BEGIN_DECLS

/* One <page> of the <basics> section, not yet defined; its references are
 * added once it is, when everything it can refer to is loaded. */
UnknotBasicsPage *_unknot_content_new_basics_page       (UnknotContentLoader *self,
                                                         xmlNode             *node);
gboolean          _unknot_content_add_basics_references (UnknotContentLoader *self,
                                                         xmlNode             *node,
                                                         UnknotBasicsPage    *page);

G_END_DECLS
