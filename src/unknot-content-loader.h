/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "unknot-content-core.h"
#include "unknot-library.h"

G_BEGIN_DECLS

gboolean unknot_content_load_bytes    (UnknotLibrary           *library,
                                       GBytes                  *bytes,
                                       const char              *name,
                                       GFile                   *file,
                                       UnknotContentLoadFlags   flags,
                                       GError                 **error);
gboolean unknot_content_load_routines (UnknotLibrary           *library,
                                       GBytes                  *bytes,
                                       const char              *name,
                                       UnknotContentLoadFlags   flags,
                                       GPtrArray              **routines,
                                       GError                 **error);
gboolean unknot_content_load_builtin  (UnknotLibrary           *library,
                                       GError                 **error);

G_END_DECLS
