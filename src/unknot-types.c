/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-types.h"
#include "unknot-types-private.h"

G_DEFINE_ENUM_TYPE (UnknotSide, unknot_side,
                    G_DEFINE_ENUM_VALUE (UNKNOT_SIDE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SIDE_LEFT, "left"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SIDE_RIGHT, "right"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SIDE_BOTH, "both"))

G_DEFINE_ENUM_TYPE (UnknotView, unknot_view,
                    G_DEFINE_ENUM_VALUE (UNKNOT_VIEW_FRONT, "front"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_VIEW_BACK, "back"))

static const char * const side_names[] = { "none", "left", "right", "both" };

const char *
unknot_side_to_string (UnknotSide side)
{
  g_return_val_if_fail (side <= UNKNOT_SIDE_BOTH, NULL);

  return side_names[side];
}

gboolean
unknot_side_from_string (const char *str,
                         UnknotSide *side)
{
  g_return_val_if_fail (side != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (side_names); i++)
    {
      if (g_strcmp0 (str, side_names[i]) == 0)
        {
          *side = (UnknotSide) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* How a side reads in a sentence: "Quadriceps, left side". */
const char *
unknot_side_get_label (UnknotSide side)
{
  switch (side)
    {
    case UNKNOT_SIDE_LEFT:
      return _("left side");
    case UNKNOT_SIDE_RIGHT:
      return _("right side");
    case UNKNOT_SIDE_BOTH:
      return _("both sides");
    case UNKNOT_SIDE_NONE:
    default:
      return _("middle");
    }
}

G_DEFINE_QUARK (unknot-content-error-quark, unknot_content_error)

G_DEFINE_ENUM_TYPE (UnknotSeverity, unknot_severity,
                    G_DEFINE_ENUM_VALUE (UNKNOT_SEVERITY_INFO, "info"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SEVERITY_WARNING, "warning"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_SEVERITY_STOP, "stop"))

G_DEFINE_ENUM_TYPE (UnknotCautionKind, unknot_caution_kind,
                    G_DEFINE_ENUM_VALUE (UNKNOT_CAUTION_KIND_CONTRAINDICATION, "contraindication"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_CAUTION_KIND_RULE, "rule"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_CAUTION_KIND_ZONE, "zone"))

G_DEFINE_ENUM_TYPE (UnknotBodyGroup, unknot_body_group,
                    G_DEFINE_ENUM_VALUE (UNKNOT_BODY_GROUP_LOWER_LEGS, "lower-legs"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_BODY_GROUP_THIGHS, "thighs"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_BODY_GROUP_HIPS, "hips"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_BODY_GROUP_BACK, "back"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_BODY_GROUP_CHEST_SHOULDERS, "chest-shoulders"))

G_DEFINE_ENUM_TYPE (UnknotContentError, unknot_content_error,
                    G_DEFINE_ENUM_VALUE (UNKNOT_CONTENT_ERROR_IO, "io"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_CONTENT_ERROR_TOO_LARGE, "too-large"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_CONTENT_ERROR_MALFORMED, "malformed"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_CONTENT_ERROR_FORBIDDEN, "forbidden"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_CONTENT_ERROR_INVALID, "invalid"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
                                         "unknown-reference"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_CONTENT_ERROR_DUPLICATE_ID, "duplicate-id"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_CONTENT_ERROR_OUT_OF_RANGE, "out-of-range"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_CONTENT_ERROR_NO_ROLL_ZONE, "no-roll-zone"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_CONTENT_ERROR_NOT_ALLOWED, "not-allowed"))

const char *
unknot_body_group_get_label (UnknotBodyGroup group)
{
  switch (group)
    {
    case UNKNOT_BODY_GROUP_LOWER_LEGS:
      return C_("body group", "Lower legs");
    case UNKNOT_BODY_GROUP_THIGHS:
      return C_("body group", "Thighs");
    case UNKNOT_BODY_GROUP_HIPS:
      return C_("body group", "Hips");
    case UNKNOT_BODY_GROUP_BACK:
      return C_("body group", "Back");
    case UNKNOT_BODY_GROUP_CHEST_SHOULDERS:
      return C_("body group", "Chest and shoulders");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Matches xgettext's ITS "normalize", so a string read from the content
 * is the msgid its translation was filed under.  Other control characters
 * cannot appear in XML, so they are dropped to keep saved routines loadable.
 */
char *
_unknot_text_normalize (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (is_xml_space (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else if ((guchar) *p >= 0x20)
        {
          g_string_append_c (out, *p);
        }
    }

  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

/* Optional user text: %NULL, or only white space, reads as no text. */
char *
_unknot_text_normalize_nullable (const char *text)
{
  g_autofree char *normal = NULL;

  if (text == NULL)
    return NULL;

  normal = _unknot_text_normalize (text);
  return normal[0] != '\0' ? g_steal_pointer (&normal) : NULL;
}

/* Accents are stripped on both sides, so "fémur" finds "femur" and back. */
char **
_unknot_search_words (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GString) plain = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return g_new0 (char *, 1);

  plain = g_string_new (NULL);
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (g_unichar_isalnum (c))
        g_string_append_unichar (plain, c);
      else
        g_string_append_c (plain, ' ');
    }

  folded = g_utf8_casefold (plain->str, plain->len);
  return g_strsplit_set (g_strstrip (folded), " ", -1);
}

gboolean
_unknot_search_match (const char * const *words,
                      const char         *query)
{
  g_auto(GStrv) wanted = NULL;

  g_return_val_if_fail (words != NULL, FALSE);

  if (query == NULL)
    return TRUE;

  wanted = _unknot_search_words (query);
  for (guint i = 0; wanted[i] != NULL; i++)
    {
      gboolean found = FALSE;

      if (wanted[i][0] == '\0')
        continue;
      for (guint j = 0; words[j] != NULL && !found; j++)
        found = g_str_has_prefix (words[j], wanted[i]);
      if (!found)
        return FALSE;
    }

  return TRUE;
}
