/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-history.h"
#include "unknot-library.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_APPLICATION (unknot_application_get_type ())

G_DECLARE_FINAL_TYPE (UnknotApplication, unknot_application, UNKNOT, APPLICATION, AdwApplication)

UnknotApplication *unknot_application_new          (const char        *application_id,
                                                    GApplicationFlags  flags);
GSettings         *unknot_application_get_settings (UnknotApplication *self);
UnknotLibrary     *unknot_application_get_library  (UnknotApplication *self);
GPtrArray         *unknot_application_take_load_errors (UnknotApplication *self);
UnknotHistory     *unknot_application_get_history  (UnknotApplication *self);

G_END_DECLS
