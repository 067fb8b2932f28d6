/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "unknot-types.h"

G_BEGIN_DECLS

#define UNKNOT_TYPE_CAUTION (unknot_caution_get_type ())

G_DECLARE_FINAL_TYPE (UnknotCaution, unknot_caution, UNKNOT, CAUTION, GObject)

const char        *unknot_caution_get_id       (UnknotCaution *self);
UnknotSeverity     unknot_caution_get_severity (UnknotCaution *self);
UnknotCautionKind  unknot_caution_get_kind     (UnknotCaution *self);
const char        *unknot_caution_get_title    (UnknotCaution *self);
const char        *unknot_caution_get_text     (UnknotCaution *self);

G_END_DECLS
