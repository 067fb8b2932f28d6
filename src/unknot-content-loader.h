/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "unknot-library.h"

G_BEGIN_DECLS

/* Files larger than this are refused before they are parsed. */
#define UNKNOT_CONTENT_MAX_BYTES (4 * 1024 * 1024)

typedef enum
{
  UNKNOT_CONTENT_LOAD_DEFAULT      = 0,
  /* A file from a person: only <routines>, marked as theirs, not translated */
  UNKNOT_CONTENT_LOAD_USER         = 1 << 0,
  /* Check everything, add nothing */
  UNKNOT_CONTENT_LOAD_DRY_RUN      = 1 << 1,
  /* A routine may take the id of one of the person's own routines */
  UNKNOT_CONTENT_LOAD_REPLACE_USER = 1 << 2,
  /* A file with <tools> or <muscles> is checked as a library on its own */
  UNKNOT_CONTENT_LOAD_DETECT       = 1 << 3,
} UnknotContentLoadFlags;

gboolean unknot_content_load_bytes (UnknotLibrary           *library,
                                    GBytes                  *bytes,
                                    const char              *name,
                                    GFile                   *file,
                                    UnknotContentLoadFlags   flags,
                                    GError                 **error);
gboolean unknot_content_load_file  (UnknotLibrary           *library,
                                    GFile                   *file,
                                    const char              *name,
                                    UnknotContentLoadFlags   flags,
                                    GError                 **error);

G_END_DECLS
