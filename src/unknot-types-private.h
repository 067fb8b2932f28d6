/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-types.h"

G_BEGIN_DECLS

char     *_unknot_text_normalize (const char         *text);
char     *_unknot_text_normalize_nullable (const char *text);
char    **_unknot_search_words   (const char         *text);
gboolean  _unknot_search_match   (const char * const *words,
                                  const char         *query);

G_END_DECLS
