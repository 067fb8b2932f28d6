/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "unknot-content-core-private.h"
#include "unknot-types-private.h"

static void set_error_valist (GError     **error,
                              const char  *name,
                              long         line,
                              int          code,
                              const char  *format,
                              va_list      args) G_GNUC_PRINTF (5, 0);

/* Errors */

/* libxml2 keeps lines in 16 bits; the start of each element is recorded
 * in full while parsing, in the node's _private.
 */
long
_unknot_content_get_line (xmlNode *node)
{
  if (node == NULL)
    return 1;

  if (node->_private != NULL)
    return (long) GPOINTER_TO_SIZE (node->_private);

  return xmlGetLineNo (node);
}

static void
set_error_valist (GError     **error,
                  const char  *name,
                  long         line,
                  int          code,
                  const char  *format,
                  va_list      args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_set_error (error, UNKNOT_CONTENT_ERROR, code, "%s:%ld: %s", name, MAX (line, 1), message);
}

void
_unknot_content_set_error (GError     **error,
                           const char  *name,
                           long         line,
                           int          code,
                           const char  *format,
                           ...)
{
  va_list args;

  va_start (args, format);
  set_error_valist (error, name, line, code, format, args);
  va_end (args);
}

gboolean
_unknot_content_fail (UnknotContentLoader *self,
                      xmlNode             *node,
                      int                  code,
                      const char          *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  set_error_valist (self->error, self->name, _unknot_content_get_line (node), code, format, args);
  va_end (args);

  return FALSE;
}

/* The loader's state */

void
_unknot_content_loader_init (UnknotContentLoader     *self,
                             UnknotLibrary           *library,
                             const char              *name,
                             GFile                   *file,
                             UnknotContentLoadFlags   flags,
                             GError                 **error)
{
  self->library = library;
  self->name = name;
  self->file = file;
  self->flags = flags;
  self->error = error;
  self->strings = g_string_chunk_new (1024);

  for (guint i = 0; i < UNKNOT_N_CONTENT_KINDS; i++)
    {
      self->added[i] = g_ptr_array_new_with_free_func (g_object_unref);
      self->objects[i] = g_hash_table_new (g_str_hash, g_str_equal);
      self->nodes[i] = g_hash_table_new (g_str_hash, g_str_equal);
    }
}

void
_unknot_content_loader_clear (UnknotContentLoader *self)
{
  for (guint i = 0; i < UNKNOT_N_CONTENT_KINDS; i++)
    {
      g_clear_pointer (&self->nodes[i], g_hash_table_unref);
      g_clear_pointer (&self->objects[i], g_hash_table_unref);
      g_clear_pointer (&self->added[i], g_ptr_array_unref);
    }

  g_clear_pointer (&self->strings, g_string_chunk_free);
}

/* Reading the tree */

gboolean
_unknot_content_node_is (xmlNode    *node,
                         const char *name)
{
  return node->ns == NULL && strcmp ((const char *) node->name, name) == 0;
}

xmlNode *
_unknot_content_element_next (xmlNode *node)
{
  while (node != NULL && node->type != XML_ELEMENT_NODE)
    node = node->next;

  return node;
}

xmlNode *
_unknot_content_find_child (xmlNode    *node,
                            const char *name)
{
  for (xmlNode *child = _unknot_content_element_next (node->children);
       child != NULL;
       child = _unknot_content_element_next (child->next))
    {
      if (_unknot_content_node_is (child, name))
        return child;
    }

  return NULL;
}

const char *
_unknot_content_get_attr (UnknotContentLoader *self,
                          xmlNode             *node,
                          const char          *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  const char *interned;

  if (value == NULL)
    return NULL;

  interned = g_string_chunk_insert (self->strings, (const char *) value);
  xmlFree (value);

  return interned;
}

/* After validation every required attribute is there; "" keeps a
 * surprise from libxml2 from turning into a crash.
 */
const char *
_unknot_content_get_required_attr (UnknotContentLoader *self,
                                   xmlNode             *node,
                                   const char          *name)
{
  const char *value = _unknot_content_get_attr (self, node, name);

  return value != NULL ? value : "";
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* An XML Schema positiveInteger: white space around, an optional "+" */
gboolean
_unknot_content_parse_count (const char *value,
                             guint64    *count)
{
  const char *p = value;
  gboolean digits = FALSE;
  guint64 n = 0;

  while (is_xml_space (*p))
    p++;
  if (*p == '+')
    p++;

  for (; g_ascii_isdigit (*p); p++)
    {
      digits = TRUE;
      n = n > (G_MAXUINT64 - 9) / 10 ? G_MAXUINT64 : n * 10 + (guint) (*p - '0');
    }

  while (is_xml_space (*p))
    p++;

  *count = n;
  return digits && *p == '\0';
}

guint
_unknot_content_get_uint_attr (UnknotContentLoader *self,
                               xmlNode             *node,
                               const char          *name,
                               guint                fallback)
{
  const char *value = _unknot_content_get_attr (self, node, name);
  guint64 count;

  if (value == NULL || !_unknot_content_parse_count (value, &count))
    return fallback;

  return (guint) MIN (count, G_MAXUINT);
}

int
_unknot_content_get_enum_attr (UnknotContentLoader *self,
                               xmlNode             *node,
                               const char          *name,
                               GType                type)
{
  GEnumClass *klass = g_type_class_ref (type);
  const char *nick = _unknot_content_get_required_attr (self, node, name);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);
  int result = value != NULL ? value->value : 0;

  g_type_class_unref (klass);
  return result;
}

/* Whitespace is collapsed the way xgettext does, so the text is the msgid
 * its translation was filed under.  A person's own file is never translated.
 */
char *
_unknot_content_get_text (UnknotContentLoader *self,
                          xmlNode             *node)
{
  g_autofree char *text = NULL;
  xmlChar *content;

  if (node == NULL)
    return NULL;

  content = xmlNodeGetContent (node);
  text = _unknot_text_normalize (content != NULL ? (const char *) content : "");
  xmlFree (content);

  if ((self->flags & UNKNOT_CONTENT_LOAD_USER) != 0 || text[0] == '\0')
    return g_steal_pointer (&text);

  return g_strdup (g_dgettext (GETTEXT_PACKAGE, text));
}

char *
_unknot_content_get_child_text (UnknotContentLoader *self,
                                xmlNode             *node,
                                const char          *name)
{
  return _unknot_content_get_text (self, _unknot_content_find_child (node, name));
}

char *
_unknot_content_get_required_child_text (UnknotContentLoader *self,
                                         xmlNode             *node,
                                         const char          *name)
{
  char *text = _unknot_content_get_child_text (self, node, name);

  return text != NULL ? text : g_strdup ("");
}

/* Reading the file */

void
_unknot_content_set_too_large_error (GError     **error,
                                     const char  *name,
                                     guint64      size)
{
  g_autofree char *text = g_format_size_full (size, (G_FORMAT_SIZE_LONG_FORMAT |
                                                     G_FORMAT_SIZE_IEC_UNITS));

  _unknot_content_set_error (error, name, 1, UNKNOT_CONTENT_ERROR_TOO_LARGE,
                             _("The file is %s, but an Unknot file may be at most 4 MiB. "
                               "Split it into smaller files."), text);
}

gpointer
_unknot_content_find (UnknotContentLoader *self,
                      UnknotContentKind    kind,
                      const char          *id)
{
  gpointer object = g_hash_table_lookup (self->objects[kind], id);

  if (object != NULL)
    return object;

  return _unknot_library_lookup (self->library, kind, id);
}
