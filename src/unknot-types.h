/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The person's own side, as in "quadriceps, left side". */
typedef enum
{
  UNKNOT_SIDE_NONE,   /* a midline area such as the upper back */
  UNKNOT_SIDE_LEFT,
  UNKNOT_SIDE_RIGHT,
  UNKNOT_SIDE_BOTH,
} UnknotSide;

typedef enum
{
  UNKNOT_VIEW_FRONT,
  UNKNOT_VIEW_BACK,
} UnknotView;

#define UNKNOT_TYPE_SIDE (unknot_side_get_type ())
#define UNKNOT_TYPE_VIEW (unknot_view_get_type ())

GType        unknot_side_get_type   (void) G_GNUC_CONST;
GType        unknot_view_get_type   (void) G_GNUC_CONST;
const char  *unknot_side_to_string  (UnknotSide  side);
gboolean     unknot_side_from_string (const char *str,
                                      UnknotSide *side);
const char  *unknot_side_get_label  (UnknotSide  side);

typedef enum
{
  UNKNOT_SEVERITY_INFO,
  UNKNOT_SEVERITY_WARNING,
  UNKNOT_SEVERITY_STOP,
} UnknotSeverity;

typedef enum
{
  UNKNOT_CAUTION_KIND_CONTRAINDICATION,
  UNKNOT_CAUTION_KIND_RULE,
  UNKNOT_CAUTION_KIND_ZONE,
} UnknotCautionKind;

typedef enum
{
  UNKNOT_BODY_GROUP_LOWER_LEGS,
  UNKNOT_BODY_GROUP_THIGHS,
  UNKNOT_BODY_GROUP_HIPS,
  UNKNOT_BODY_GROUP_BACK,
  UNKNOT_BODY_GROUP_CHEST_SHOULDERS,
} UnknotBodyGroup;

/* Seconds of the phases around each hold: get into position, roll to find
 * a tender spot, then roll on and release.
 */
typedef struct
{
  guint position_seconds;
  guint search_seconds;
  guint release_seconds;
} UnknotPhaseTimes;

#define UNKNOT_PHASE_TIMES_DEFAULT ((UnknotPhaseTimes) { 10, 15, 5 })

typedef enum
{
  UNKNOT_CONTENT_ERROR_IO,
  UNKNOT_CONTENT_ERROR_TOO_LARGE,
  UNKNOT_CONTENT_ERROR_MALFORMED,
  UNKNOT_CONTENT_ERROR_FORBIDDEN,
  UNKNOT_CONTENT_ERROR_INVALID,
  UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
  UNKNOT_CONTENT_ERROR_DUPLICATE_ID,
  UNKNOT_CONTENT_ERROR_OUT_OF_RANGE,
  UNKNOT_CONTENT_ERROR_NO_ROLL_ZONE,
  UNKNOT_CONTENT_ERROR_NOT_ALLOWED,
} UnknotContentError;

#define UNKNOT_CONTENT_ERROR        (unknot_content_error_quark ())
#define UNKNOT_TYPE_SEVERITY        (unknot_severity_get_type ())
#define UNKNOT_TYPE_CAUTION_KIND    (unknot_caution_kind_get_type ())
#define UNKNOT_TYPE_BODY_GROUP      (unknot_body_group_get_type ())
#define UNKNOT_TYPE_CONTENT_ERROR   (unknot_content_error_get_type ())

GQuark       unknot_content_error_quark    (void);
GType        unknot_severity_get_type      (void) G_GNUC_CONST;
GType        unknot_caution_kind_get_type  (void) G_GNUC_CONST;
GType        unknot_body_group_get_type    (void) G_GNUC_CONST;
GType        unknot_content_error_get_type (void) G_GNUC_CONST;
const char  *unknot_body_group_get_label   (UnknotBodyGroup group);

G_END_DECLS
