/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

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
  /* The content built into the app: its schema check ran at build time,
   * by the data tests, so it is skipped at every start */
  UNKNOT_CONTENT_LOAD_BUILTIN      = 1 << 4,
} UnknotContentLoadFlags;

/* Every problem with a file is "FILE:LINE: sentence", in UNKNOT_CONTENT_ERROR */
void _unknot_content_set_error           (GError     **error,
                                          const char  *name,
                                          long         line,
                                          int          code,
                                          const char  *format,
                                          ...) G_GNUC_PRINTF (5, 6);
void _unknot_content_set_too_large_error (GError     **error,
                                          const char  *name,
                                          guint64      size);

G_END_DECLS
