/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-library.h"

G_BEGIN_DECLS

typedef enum
{
  UNKNOT_CONTENT_TOOL,
  UNKNOT_CONTENT_CAUTION,
  UNKNOT_CONTENT_ZONE,
  UNKNOT_CONTENT_MUSCLE,
  UNKNOT_CONTENT_TECHNIQUE,
  UNKNOT_CONTENT_ROUTINE,
  UNKNOT_CONTENT_REGION,
  UNKNOT_CONTENT_BASICS_PAGE,
  UNKNOT_N_CONTENT_KINDS,
} UnknotContentKind;

gpointer _unknot_library_lookup (UnknotLibrary     *self,
                                 UnknotContentKind  kind,
                                 const char        *id);
void     _unknot_library_commit (UnknotLibrary     *self,
                                 GPtrArray * const *added);

G_END_DECLS
