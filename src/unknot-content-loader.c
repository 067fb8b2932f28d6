/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libxml/SAX2.h>

#include "unknot-caution-private.h"
#include "unknot-content-loader.h"
#include "unknot-content-loader-private.h"
#include "unknot-library-private.h"
#include "unknot-muscle-private.h"
#include "unknot-region-private.h"
#include "unknot-routine-private.h"
#include "unknot-technique-private.h"
#include "unknot-tool-private.h"
#include "unknot-types-private.h"
#include "unknot-zone-private.h"

/* As many repetitions as the hold timer counts */
#define MAX_REPS 99

typedef struct
{
  UnknotLibrary           *library;
  const char              *name;
  GFile                   *file;
  UnknotContentLoadFlags   flags;
  GError                 **error;
  GStringChunk            *strings;
  /* What the file adds, by UnknotContentKind; committed only once all of it checks out */
  GPtrArray               *added[UNKNOT_N_CONTENT_KINDS];
  GHashTable              *objects[UNKNOT_N_CONTENT_KINDS];
  GHashTable              *nodes[UNKNOT_N_CONTENT_KINDS];
} Loader;

typedef struct
{
  long  doctype_line;
  long  line;
  int   code;
  int   int1;
  char *message;
  char *str1;
  char *str2;
} ParseProblem;

typedef struct
{
  long  line;
  char *element;
  char *message;
} SchemaProblem;

/* libxml2's process-wide error handlers, while a load replaces them */
typedef struct
{
  xmlGenericErrorFunc     generic;
  void                   *generic_context;
  xmlStructuredErrorFunc  structured;
  void                   *structured_context;
  gboolean                active;
} QuietLibxml;

static gboolean fail              (Loader      *self,
                                   xmlNode     *node,
                                   int          code,
                                   const char  *format,
                                   ...) G_GNUC_PRINTF (4, 5);
static void     set_error         (GError     **error,
                                   const char  *name,
                                   long         line,
                                   int          code,
                                   const char  *format,
                                   ...) G_GNUC_PRINTF (5, 6);
static void     ignore_message    (void        *context,
                                   const char  *format,
                                   ...) G_GNUC_PRINTF (2, 3);
static void     set_error_valist  (GError     **error,
                                   const char  *name,
                                   long         line,
                                   int          code,
                                   const char  *format,
                                   va_list      args) G_GNUC_PRINTF (5, 0);

/* Errors */

/* libxml2 keeps lines in 16 bits; the start of each element is recorded
 * in full while parsing, in the node's _private.
 */
static long
get_line (xmlNode *node)
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

static void
set_error (GError     **error,
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

static gboolean
fail (Loader     *self,
      xmlNode    *node,
      int         code,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  set_error_valist (self->error, self->name, get_line (node), code, format, args);
  va_end (args);

  return FALSE;
}

/* libxml2 set-up, once per process */

static xmlParserInputPtr
refuse_external_entity (const char       *url,
                        const char       *id,
                        xmlParserCtxtPtr  ctxt)
{
  return NULL;
}

static void
ensure_libxml (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_external_entity);
      g_once_init_leave (&initialized, 1);
    }
}

static gpointer
compile_schema (gpointer data)
{
  g_autoptr(xmlRelaxNGParserCtxt) ctxt = NULL;
  g_autoptr(GBytes) bytes = NULL;
  xmlRelaxNGPtr schema;
  gsize size;
  const char *text;

  bytes = g_resources_lookup_data (RESOURCE_PATH "/content/unknot-content.rng",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);

  text = g_bytes_get_data (bytes, &size);
  ctxt = xmlRelaxNGNewMemParserCtxt (text, (int) size);
  schema = xmlRelaxNGParse (ctxt);
  g_assert (schema != NULL);

  return schema;
}

static xmlRelaxNGPtr
get_schema (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, compile_schema, NULL);
  return once.retval;
}

/* Some problems, such as bad bytes for an encoding, bypass the parser's
 * own handler and would be printed on stderr, in the middle of what
 * `unknot --validate` prints.  Our handlers report them instead.
 */
static void
ignore_message (void       *context,
                const char *format,
                ...)
{
}

static void
quiet_libxml_begin (QuietLibxml *quiet)
{
  quiet->generic = xmlGenericError;
  quiet->generic_context = xmlGenericErrorContext;
  quiet->structured = xmlStructuredError;
  quiet->structured_context = xmlStructuredErrorContext;
  quiet->active = TRUE;

  xmlSetGenericErrorFunc (NULL, ignore_message);
  xmlSetStructuredErrorFunc (NULL, NULL);
}

static void
quiet_libxml_end (QuietLibxml *quiet)
{
  if (!quiet->active)
    return;

  xmlSetGenericErrorFunc (quiet->generic_context, quiet->generic);
  xmlSetStructuredErrorFunc (quiet->structured_context, quiet->structured);
  quiet->active = FALSE;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (QuietLibxml, quiet_libxml_end)

/* The loader's state */

static void
loader_init (Loader                  *self,
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

static void
loader_clear (Loader *self)
{
  for (guint i = 0; i < UNKNOT_N_CONTENT_KINDS; i++)
    {
      g_clear_pointer (&self->nodes[i], g_hash_table_unref);
      g_clear_pointer (&self->objects[i], g_hash_table_unref);
      g_clear_pointer (&self->added[i], g_ptr_array_unref);
    }

  g_clear_pointer (&self->strings, g_string_chunk_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loader, loader_clear)

/* Reading the tree */

static gboolean
node_is (xmlNode    *node,
         const char *name)
{
  return node->ns == NULL && strcmp ((const char *) node->name, name) == 0;
}

static xmlNode *
element_next (xmlNode *node)
{
  while (node != NULL && node->type != XML_ELEMENT_NODE)
    node = node->next;

  return node;
}

static xmlNode *
find_child (xmlNode    *node,
            const char *name)
{
  for (xmlNode *child = element_next (node->children);
       child != NULL;
       child = element_next (child->next))
    {
      if (node_is (child, name))
        return child;
    }

  return NULL;
}

static const char *
get_attr (Loader     *self,
          xmlNode    *node,
          const char *name)
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
static const char *
get_required_attr (Loader     *self,
                   xmlNode    *node,
                   const char *name)
{
  const char *value = get_attr (self, node, name);

  return value != NULL ? value : "";
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* An XML Schema positiveInteger: white space around, an optional "+" */
static gboolean
parse_count (const char *value,
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

static guint
get_uint_attr (Loader     *self,
               xmlNode    *node,
               const char *name,
               guint       fallback)
{
  const char *value = get_attr (self, node, name);
  guint64 count;

  if (value == NULL || !parse_count (value, &count))
    return fallback;

  return (guint) MIN (count, G_MAXUINT);
}

static int
get_enum_attr (Loader     *self,
               xmlNode    *node,
               const char *name,
               GType       type)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *value = g_enum_get_value_by_nick (klass, get_required_attr (self, node, name));
  int result = value != NULL ? value->value : 0;

  g_type_class_unref (klass);
  return result;
}

/* Whitespace is collapsed the way xgettext does, so the text is the msgid
 * its translation was filed under.  A person's own file is never translated.
 */
static char *
get_text (Loader  *self,
          xmlNode *node)
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

static char *
get_child_text (Loader     *self,
                xmlNode    *node,
                const char *name)
{
  return get_text (self, find_child (node, name));
}

static char *
get_required_child_text (Loader     *self,
                         xmlNode    *node,
                         const char *name)
{
  char *text = get_child_text (self, node, name);

  return text != NULL ? text : g_strdup ("");
}

/* Reading the file */

static void
set_too_large_error (GError     **error,
                     const char  *name,
                     guint64      size)
{
  g_autofree char *text = g_format_size_full (size, (G_FORMAT_SIZE_LONG_FORMAT |
                                                     G_FORMAT_SIZE_IEC_UNITS));

  set_error (error, name, 1, UNKNOT_CONTENT_ERROR_TOO_LARGE,
             _("The file is %s, but an Unknot file may be at most 4 MiB. "
               "Split it into smaller files."), text);
}

static GBytes *
read_file (GFile       *file,
           const char  *name,
           GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      set_error (error, name, 1, UNKNOT_CONTENT_ERROR_IO,
                 _("The file could not be read: %s"), local_error->message);
      return NULL;
    }

  /* A device or a pipe could feed the parser forever */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      set_error (error, name, 1, UNKNOT_CONTENT_ERROR_IO,
                 _("This is not a file Unknot can read. Choose an Unknot XML file."));
      return NULL;
    }

  if (g_file_info_get_size (info) > UNKNOT_CONTENT_MAX_BYTES)
    {
      set_too_large_error (error, name, (guint64) g_file_info_get_size (info));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      set_error (error, name, 1, UNKNOT_CONTENT_ERROR_IO,
                 _("The file could not be read: %s"), local_error->message);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

/* Parsing */

static void
parse_problem_clear (ParseProblem *problem)
{
  g_clear_pointer (&problem->message, g_free);
  g_clear_pointer (&problem->str1, g_free);
  g_clear_pointer (&problem->str2, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParseProblem, parse_problem_clear)

static void
on_parse_error (void           *user_data,
                UnknotXmlError  error)
{
  xmlParserCtxt *ctxt = user_data;
  ParseProblem *problem = ctxt->_private;

  if (problem->message != NULL || error->level < XML_ERR_ERROR)
    return;

  problem->line = error->line;
  problem->code = error->code;
  problem->int1 = error->int1;
  problem->message = g_strchomp (g_strdup (error->message != NULL ? error->message : ""));
  problem->str1 = g_strdup (error->str1 != NULL ? error->str1 : "");
  problem->str2 = g_strdup (error->str2 != NULL ? error->str2 : "");
}

static void
on_start_element (void           *user_data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = user_data;
  xmlNode *parent = ctxt->node;

  xmlSAX2StartElementNs (ctxt, localname, prefix, uri, n_namespaces, namespaces,
                         n_attributes, n_defaulted, attributes);

  if (ctxt->node != NULL && ctxt->node != parent)
    ctxt->node->_private = GSIZE_TO_POINTER ((gsize) MAX (xmlSAX2GetLineNumber (ctxt), 1));
}

/* Called as soon as "<!DOCTYPE name" is read: before any entity in the
 * internal subset is declared, and before an external DTD could be fetched.
 */
static void
on_doctype (void          *user_data,
            const xmlChar *name,
            const xmlChar *external_id,
            const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = user_data;
  ParseProblem *problem = ctxt->_private;

  if (problem->doctype_line == 0)
    problem->doctype_line = MAX (xmlSAX2GetLineNumber (ctxt), 1);

  xmlStopParser (ctxt);
}

static gboolean
set_encoding_error (GError             **error,
                    const char          *name,
                    const ParseProblem  *problem)
{
  int code = UNKNOT_CONTENT_ERROR_MALFORMED;

  if (problem->code == XML_ERR_UNKNOWN_ENCODING || problem->code == XML_ERR_UNSUPPORTED_ENCODING)
    set_error (error, name, problem->line, code,
               _("The file says it is in the encoding “%s”, which Unknot cannot read. "
                 "Save it as UTF-8 and write encoding=\"UTF-8\"."), problem->str1);
  else if (g_str_has_prefix (problem->message, "Document labelled"))
    set_error (error, name, problem->line, code,
               _("The file says it is in one encoding but is written in another. "
                 "Save it as UTF-8 and write encoding=\"UTF-8\"."));
  else if (g_str_has_prefix (problem->message, "Input is not proper UTF-8") ||
           problem->code == XML_ERR_INVALID_ENCODING)
    set_error (error, name, problem->line, code,
               _("The file holds bytes that are not valid UTF-8 text. "
                 "Save it again as UTF-8 in your text editor."));
  else if (problem->code == XML_ERR_INVALID_CHAR)
    set_error (error, name, problem->line, code,
               _("The file holds a control character that XML does not allow. Remove it; "
                 "a text editor may show it as a box or a question mark."));
  else
    return FALSE;

  return TRUE;
}

static gboolean
set_markup_error (GError             **error,
                  const char          *name,
                  const ParseProblem  *problem)
{
  int code = UNKNOT_CONTENT_ERROR_MALFORMED;
  long line = problem->line;

  if (problem->code == XML_ERR_UNDECLARED_ENTITY || problem->code == XML_WAR_UNDECLARED_ENTITY)
    set_error (error, name, line, code,
               _("“&%s;” is not something an Unknot file can use. "
                 "Write & as &amp; and < as &lt;."), problem->str1);
  else if (problem->code == XML_ERR_NAME_REQUIRED &&
           g_str_has_prefix (problem->message, "xmlParseEntityRef"))
    set_error (error, name, line, code, _("A lone “&” must be written as &amp;."));
  else if (problem->code == XML_ERR_TAG_NAME_MISMATCH)
    set_error (error, name, line, code,
               _("<%s>, opened on line %d, is closed with </%s>. "
                 "Check that every tag is closed, in the right order."),
               problem->str1, problem->int1, problem->str2);
  else if (problem->code == XML_ERR_TAG_NOT_FINISHED)
    set_error (error, name, line, code,
               _("<%s>, opened on line %d, is never closed. The file may be cut short."),
               problem->str1, problem->int1);
  else if (problem->code == XML_ERR_DOCUMENT_END)
    set_error (error, name, line, code,
               _("There is more after the end of the file’s main element. "
                 "Everything must be inside <unknot> … </unknot>."));
  else if (problem->code == XML_ERR_ATTRIBUTE_REDEFINED)
    set_error (error, name, line, code,
               _("An element has the attribute “%s” twice. Keep only one."), problem->str1);
  else if (problem->code == XML_ERR_ATTRIBUTE_NOT_STARTED)
    set_error (error, name, line, code,
               _("An attribute value is missing its quotes. Write it like sides=\"both\"."));
  else
    return FALSE;

  return TRUE;
}

static void
set_malformed_error (GError             **error,
                     const char          *name,
                     const ParseProblem  *problem)
{
  if (problem->message == NULL)
    set_error (error, name, 1, UNKNOT_CONTENT_ERROR_MALFORMED,
               _("The file is not well-formed XML."));
  else if (g_str_has_prefix (problem->message, "Excessive depth"))
    set_error (error, name, problem->line, UNKNOT_CONTENT_ERROR_MALFORMED,
               _("The elements are nested too deeply for an Unknot file. "
                 "Check for tags that are opened but never closed."));
  else if (problem->code == XML_ERR_DOCUMENT_EMPTY)
    set_error (error, name, problem->line, UNKNOT_CONTENT_ERROR_MALFORMED,
               _("The file holds no XML element. An Unknot file starts with "
                 "<unknot version=\"1\">."));
  else if (!set_encoding_error (error, name, problem) &&
           !set_markup_error (error, name, problem))
    set_error (error, name, problem->line, UNKNOT_CONTENT_ERROR_MALFORMED,
               _("The file is not well-formed XML (%s). Check the tags on this line."),
               problem->message);
}

static xmlDoc *
parse_document (GBytes      *bytes,
                const char  *name,
                GError     **error)
{
  g_auto(ParseProblem) problem = { 0 };
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  const guchar *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  g_assert (size <= UNKNOT_CONTENT_MAX_BYTES);
  if (size == 0)
    {
      set_error (error, name, 1, UNKNOT_CONTENT_ERROR_MALFORMED,
                 _("The file is empty. An Unknot file starts with <unknot version=\"1\">."));
      return NULL;
    }

  if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b)
    {
      set_error (error, name, 1, UNKNOT_CONTENT_ERROR_MALFORMED,
                 _("The file is compressed with gzip. Unknot reads plain XML only: "
                   "uncompress it first."));
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  g_assert (ctxt != NULL);
  ctxt->_private = &problem;
  ctxt->sax->serror = on_parse_error;
  ctxt->sax->startElementNs = on_start_element;
  ctxt->sax->internalSubset = on_doctype;
  ctxt->sax->externalSubset = on_doctype;

  /* Never NOENT, DTDLOAD, DTDVALID, DTDATTR, XINCLUDE or HUGE */
  doc = xmlCtxtReadMemory (ctxt, (const char *) data, (int) size, NULL, NULL,
                           (XML_PARSE_NONET |
                            XML_PARSE_NOERROR |
                            XML_PARSE_NOWARNING));

  if (problem.doctype_line > 0)
    set_error (error, name, problem.doctype_line, UNKNOT_CONTENT_ERROR_FORBIDDEN,
               _("The file contains a DOCTYPE; Unknot files may not declare entities or DTDs. "
                 "Remove the <!DOCTYPE …> declaration."));
  else if (doc == NULL || problem.message != NULL || !ctxt->wellFormed)
    set_malformed_error (error, name, &problem);
  else
    return g_steal_pointer (&doc);

  return NULL;
}

/* Checks before the schema */

static gboolean
check_no_include (Loader  *self,
                  xmlNode *node)
{
  for (xmlNode *child = element_next (node); child != NULL; child = element_next (child->next))
    {
      if (child->ns != NULL && child->ns->href != NULL &&
          (xmlStrEqual (child->ns->href, (const xmlChar *) "http://www.w3.org/2001/XInclude") ||
           xmlStrEqual (child->ns->href, (const xmlChar *) "http://www.w3.org/2003/XInclude")))
        return fail (self, child, UNKNOT_CONTENT_ERROR_FORBIDDEN,
                     _("<%s> asks to include another file (XInclude); Unknot files may not "
                       "include other files. Copy what you need into this file instead."),
                     (const char *) child->name);

      if (!check_no_include (self, child->children))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_root (Loader  *self,
            xmlNode *root)
{
  const char *version;

  if (!node_is (root, "unknot"))
    return fail (self, root, UNKNOT_CONTENT_ERROR_INVALID,
                 _("The file starts with <%s>, but an Unknot file starts with "
                   "<unknot version=\"1\">. Check that this is an Unknot file."),
                 (const char *) root->name);

  version = get_attr (self, root, "version");
  if (version == NULL)
    return fail (self, root, UNKNOT_CONTENT_ERROR_INVALID,
                 _("<unknot> has no version. Write <unknot version=\"1\">."));

  if (strcmp (version, "1") != 0)
    return fail (self, root, UNKNOT_CONTENT_ERROR_INVALID,
                 _("The file is in format version “%s”, but this Unknot reads version 1 only. "
                   "Ask whoever made the file for a version 1 file."),
                 version);

  return TRUE;
}

/* The schema */

static void
schema_problem_clear (SchemaProblem *problem)
{
  g_clear_pointer (&problem->element, g_free);
  g_clear_pointer (&problem->message, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SchemaProblem, schema_problem_clear)

static void
on_schema_error (void           *user_data,
                 UnknotXmlError  error)
{
  SchemaProblem *problem = user_data;
  xmlNode *node = error->node;

  if (problem->message != NULL)
    return;

  problem->line = node != NULL ? get_line (node) : error->line;
  problem->message = g_strchomp (g_strdup (error->message != NULL ? error->message : ""));
  problem->element = g_strdup (node != NULL && node->name != NULL ? (const char *) node->name
                                                                  : "unknot");
}

static gboolean check_structure (Loader  *self,
                                 xmlNode *node);

/* The schema decides; when it refuses, our own walk over the same rules
 * finds the first problem and names it in words a trainer understands.
 */
static gboolean
validate (Loader *self,
          xmlDoc *doc)
{
  g_autoptr(xmlRelaxNGValidCtxt) ctxt = NULL;
  g_auto(SchemaProblem) problem = { 0 };

  ctxt = xmlRelaxNGNewValidCtxt (get_schema ());
  g_assert (ctxt != NULL);
  xmlRelaxNGSetValidStructuredErrors (ctxt, on_schema_error, &problem);

  if (xmlRelaxNGValidateDoc (ctxt, doc) == 0)
    return TRUE;

  if (!check_structure (self, xmlDocGetRootElement (doc)))
    return FALSE;

  set_error (self->error, self->name, problem.line, UNKNOT_CONTENT_ERROR_INVALID,
             _("<%s> does not follow the Unknot file format (%s). "
               "Compare it with the built-in content."),
             problem.element != NULL ? problem.element : "unknot",
             problem.message != NULL ? problem.message : "");
  return FALSE;
}

/* The same rules as unknot-content.rng, to explain what the schema refused */

typedef enum
{
  VALUE_ID,
  VALUE_SECONDS,
  VALUE_COUNT,
  VALUE_CHOICE,
} ValueKind;

typedef struct
{
  const char *name;
  ValueKind   kind;
  const char *choices;
  gboolean    optional;
} AttributeSpec;

typedef struct
{
  const char    *element;
  /* The parent or grandparent that tells apart elements of the same name */
  const char    *inside;
  /* "#text", "" for none, or the children in order: name, name?, name+, name{3,6} */
  const char    *content;
  AttributeSpec  attributes[4];
} ElementSpec;

#define ID_ATTRIBUTE  { "id", VALUE_ID }
#define REF_ATTRIBUTE { "ref", VALUE_ID }

static const ElementSpec element_specs[] = {
  { "caution", "technique", "", { REF_ATTRIBUTE } },
  { "muscle", "instead", "", { REF_ATTRIBUTE } },
  { "unknot", NULL, "tools? cautions? zones? muscles? techniques? routines?",
    { { "version", VALUE_CHOICE, "1" } } },
  { "tools", NULL, "tool+" },
  { "tool", NULL, "name description", { ID_ATTRIBUTE } },
  { "cautions", NULL, "caution+" },
  { "caution", NULL, "title text",
    { ID_ATTRIBUTE,
      { "severity", VALUE_CHOICE, "info warning stop" },
      { "kind", VALUE_CHOICE, "contraindication rule zone" } } },
  { "zones", NULL, "zone+" },
  { "zone", NULL, "name regions instead?", { ID_ATTRIBUTE, { "caution", VALUE_ID } } },
  { "regions", NULL, "region+" },
  { "region", NULL, "",
    { { "view", VALUE_CHOICE, "front back" },
      { "side", VALUE_CHOICE, "left right none" },
      REF_ATTRIBUTE } },
  { "instead", NULL, "muscle+" },
  { "muscles", NULL, "muscle+" },
  { "muscle", NULL, "name anatomical keywords? about? regions",
    { ID_ATTRIBUTE, { "group", VALUE_CHOICE, "lower-legs thighs hips back chest-shoulders" } } },
  { "techniques", NULL, "technique+" },
  { "technique", NULL, "position steps hold reps cautions? stretch?",
    { ID_ATTRIBUTE,
      { "muscle", VALUE_ID },
      { "tool", VALUE_ID },
      { "per-side", VALUE_CHOICE, "true false" } } },
  { "steps", NULL, "step{3,6}" },
  { "hold", NULL, "",
    { { "min", VALUE_SECONDS }, { "max", VALUE_SECONDS }, { "default", VALUE_SECONDS } } },
  { "reps", NULL, "",
    { { "min", VALUE_COUNT }, { "max", VALUE_COUNT }, { "default", VALUE_COUNT } } },
  { "routines", NULL, "routine+" },
  { "routine", NULL, "name goal summary items", { ID_ATTRIBUTE } },
  { "items", NULL, "item+" },
  { "item", NULL, "",
    { { "technique", VALUE_ID },
      { "sides", VALUE_CHOICE, "left right both" },
      { "hold", VALUE_SECONDS, NULL, TRUE },
      { "reps", VALUE_COUNT, NULL, TRUE } } },
  { "name", NULL, "#text" },
  { "description", NULL, "#text" },
  { "title", NULL, "#text" },
  { "text", NULL, "#text" },
  { "anatomical", NULL, "#text" },
  { "keywords", NULL, "#text" },
  { "about", NULL, "#text" },
  { "position", NULL, "#text" },
  { "step", NULL, "#text" },
  { "stretch", NULL, "#text" },
  { "goal", NULL, "#text" },
  { "summary", NULL, "#text" },
};

static gboolean
is_inside (xmlNode    *node,
           const char *name)
{
  xmlNode *parent = node->parent;

  for (guint i = 0; i < 2 && parent != NULL && parent->type == XML_ELEMENT_NODE; i++)
    {
      if (node_is (parent, name))
        return TRUE;
      parent = parent->parent;
    }

  return FALSE;
}

static const ElementSpec *
find_element_spec (xmlNode *node)
{
  for (guint i = 0; i < G_N_ELEMENTS (element_specs); i++)
    {
      const ElementSpec *spec = &element_specs[i];

      if (node_is (node, spec->element) &&
          (spec->inside == NULL || is_inside (node, spec->inside)))
        return spec;
    }

  return NULL;
}

static const AttributeSpec *
find_attribute_spec (const ElementSpec *spec,
                     const char        *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (spec->attributes) && spec->attributes[i].name; i++)
    {
      if (strcmp (spec->attributes[i].name, name) == 0)
        return &spec->attributes[i];
    }

  return NULL;
}

static gboolean
is_valid_id (const char *value)
{
  if (!g_ascii_islower (value[0]))
    return FALSE;

  for (const char *p = value + 1; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_choice (const char *value,
           const char *choices)
{
  g_auto(GStrv) words = g_strsplit (choices, " ", -1);

  return g_strv_contains ((const char * const *) words, value);
}

static gboolean
check_number (Loader              *self,
              xmlNode             *node,
              const AttributeSpec *attribute,
              const char          *value)
{
  const char *element = (const char *) node->name;
  guint64 n;
  int code;

  if (!parse_count (value, &n))
    code = UNKNOT_CONTENT_ERROR_INVALID;
  else if (attribute->kind == VALUE_SECONDS && (n < 10 || n > 120))
    code = UNKNOT_CONTENT_ERROR_OUT_OF_RANGE;
  else if (attribute->kind == VALUE_COUNT && n < 1)
    code = UNKNOT_CONTENT_ERROR_OUT_OF_RANGE;
  else
    return TRUE;

  if (attribute->kind == VALUE_SECONDS)
    return fail (self, node, code,
                 _("<%s> has %s=“%s”, but it must be a whole number of seconds from 10 to 120."),
                 element, attribute->name, value);

  return fail (self, node, code,
               _("<%s> has %s=“%s”, but it must be a whole number of 1 or more."),
               element, attribute->name, value);
}

static char *
join_words (const char *words)
{
  g_auto(GStrv) split = g_strsplit (words, " ", -1);

  return g_strjoinv (", ", split);
}

static gboolean
check_value (Loader              *self,
             xmlNode             *node,
             const AttributeSpec *attribute,
             const char          *value)
{
  const char *element = (const char *) node->name;
  g_autofree char *choices = NULL;

  switch (attribute->kind)
    {
    case VALUE_ID:
      if (is_valid_id (value))
        return TRUE;
      return fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                   _("<%s> has %s=“%s”, but ids start with a lowercase letter and hold only "
                     "lowercase letters, digits and hyphens, like “calves-roller”."),
                   element, attribute->name, value);

    case VALUE_SECONDS:
    case VALUE_COUNT:
      return check_number (self, node, attribute, value);

    case VALUE_CHOICE:
    default:
      if (is_choice (value, attribute->choices))
        return TRUE;
      choices = join_words (attribute->choices);
      return fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                   _("<%s> has %s=“%s”, but it must be one of: %s."),
                   element, attribute->name, value, choices);
    }
}

static gboolean
check_attributes (Loader            *self,
                  xmlNode           *node,
                  const ElementSpec *spec)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      if (attr->ns != NULL || find_attribute_spec (spec, (const char *) attr->name) == NULL)
        return fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                     _("<%s> has an attribute “%s” that Unknot does not know. "
                       "Check its spelling."),
                     (const char *) node->name, (const char *) attr->name);
    }

  for (guint i = 0; i < G_N_ELEMENTS (spec->attributes) && spec->attributes[i].name; i++)
    {
      const AttributeSpec *attribute = &spec->attributes[i];
      const char *value = get_attr (self, node, attribute->name);

      if (value == NULL && !attribute->optional)
        return fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                     _("<%s> has no %s attribute. Add it."),
                     (const char *) node->name, attribute->name);

      if (value != NULL && !check_value (self, node, attribute, value))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!is_xml_space (*p))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_text_node (xmlNode *node)
{
  return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE;
}

static gboolean
check_text (Loader  *self,
            xmlNode *node)
{
  g_autofree char *text = NULL;
  xmlNode *child = element_next (node->children);
  xmlChar *content;

  if (child != NULL)
    return fail (self, child, UNKNOT_CONTENT_ERROR_INVALID,
                 _("<%s> may only hold text, but it holds <%s>."),
                 (const char *) node->name, (const char *) child->name);

  content = xmlNodeGetContent (node);
  text = g_strdup (content != NULL ? (const char *) content : "");
  xmlFree (content);

  if (is_blank (text))
    return fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                 _("<%s> is empty. Write the text Unknot should show here."),
                 (const char *) node->name);

  return TRUE;
}

static char *
get_excerpt (const char *text)
{
  g_autofree char *normal = _unknot_text_normalize (text);
  g_autofree char *start = NULL;

  if (g_utf8_strlen (normal, -1) <= 30)
    return g_steal_pointer (&normal);

  start = g_utf8_substring (normal, 0, 30);
  return g_strconcat (start, "…", NULL);
}

static gboolean
check_no_text (Loader  *self,
               xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *excerpt = NULL;

      if (!is_text_node (child) || child->content == NULL ||
          is_blank ((const char *) child->content))
        continue;

      excerpt = get_excerpt ((const char *) child->content);
      return fail (self, child, UNKNOT_CONTENT_ERROR_INVALID,
                   _("<%s> holds the text “%s” outside of any element. "
                     "Move it into the right element or remove it."),
                   (const char *) node->name, excerpt);
    }

  return TRUE;
}

/* "step{3,6}" is step, 3 to 6 times; "name?" 0 or 1; "name+" 1 or more */
static char *
parse_particle (const char *particle,
                guint      *min,
                guint      *max)
{
  gsize len = strlen (particle);
  const char *brace = strchr (particle, '{');

  *min = 1;
  *max = 1;

  if (brace != NULL)
    {
      *min = (guint) g_ascii_strtoull (brace + 1, NULL, 10);
      *max = (guint) g_ascii_strtoull (strchr (brace, ',') + 1, NULL, 10);
      return g_strndup (particle, brace - particle);
    }

  if (particle[len - 1] == '?')
    *min = 0;
  else if (particle[len - 1] == '+')
    *max = G_MAXUINT;
  else
    return g_strdup (particle);

  return g_strndup (particle, len - 1);
}

static char *
describe_content (const char *content)
{
  g_auto(GStrv) particles = g_strsplit (content, " ", -1);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint min, max;

  for (guint i = 0; particles[i] != NULL; i++)
    g_ptr_array_add (names, parse_particle (particles[i], &min, &max));
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **) names->pdata);
}

static gboolean
content_allows (const char *content,
                const char *name)
{
  g_auto(GStrv) particles = g_strsplit (content, " ", -1);
  guint min, max;

  for (guint i = 0; particles[i] != NULL; i++)
    {
      g_autofree char *particle_name = parse_particle (particles[i], &min, &max);

      if (strcmp (particle_name, name) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
fail_unexpected_child (Loader     *self,
                       xmlNode    *node,
                       xmlNode    *child,
                       const char *content)
{
  g_autofree char *expected = describe_content (content);
  const char *parent = (const char *) node->name;
  const char *name = (const char *) child->name;
  xmlNode *previous = child->prev;

  while (previous != NULL && previous->type != XML_ELEMENT_NODE)
    previous = previous->prev;

  if (child->ns != NULL || !content_allows (content, name))
    return fail (self, child, UNKNOT_CONTENT_ERROR_INVALID,
                 _("<%s> is not allowed inside <%s>. Check its spelling. "
                   "Inside <%s> Unknot expects, in this order: %s."),
                 name, parent, parent, expected);

  if (previous != NULL && node_is (previous, name))
    return fail (self, child, UNKNOT_CONTENT_ERROR_INVALID,
                 _("<%s> holds too many <%s>. Remove this one."),
                 parent, name);

  return fail (self, child, UNKNOT_CONTENT_ERROR_INVALID,
               _("<%s> is in the wrong place inside <%s>. "
                 "Inside <%s> Unknot expects, in this order: %s."),
               name, parent, parent, expected);
}

static gboolean
fail_missing_child (Loader     *self,
                    xmlNode    *node,
                    xmlNode    *child,
                    const char *name,
                    guint       count,
                    guint       min,
                    guint       max,
                    const char *content)
{
  g_autofree char *expected = describe_content (content);
  const char *parent = (const char *) node->name;

  if (min > 1)
    return fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                 _("<%s> holds %u <%s>, but it needs %u to %u."),
                 parent, count, name, min, max);

  return fail (self, child != NULL ? child : node, UNKNOT_CONTENT_ERROR_INVALID,
               _("<%s> is missing <%s>. Inside <%s> Unknot expects, in this order: %s."),
               parent, name, parent, expected);
}

static gboolean
check_children (Loader     *self,
                xmlNode    *node,
                const char *content)
{
  g_auto(GStrv) particles = g_strsplit (content, " ", -1);
  xmlNode *child = element_next (node->children);

  if (!check_no_text (self, node))
    return FALSE;

  for (guint i = 0; particles[i] != NULL; i++)
    {
      guint min, max, count = 0;
      g_autofree char *name = parse_particle (particles[i], &min, &max);

      while (child != NULL && node_is (child, name) && count < max)
        {
          count++;
          child = element_next (child->next);
        }

      if (count < min && child != NULL && !content_allows (content, (const char *) child->name))
        return fail_unexpected_child (self, node, child, content);

      if (count < min)
        return fail_missing_child (self, node, child, name, count, min, max, content);
    }

  if (child != NULL)
    return fail_unexpected_child (self, node, child, content);

  return TRUE;
}

static gboolean
check_content (Loader            *self,
               xmlNode           *node,
               const ElementSpec *spec)
{
  if (strcmp (spec->content, "#text") == 0)
    return check_text (self, node);

  if (spec->content[0] != '\0')
    return check_children (self, node, spec->content);

  if (!check_no_text (self, node))
    return FALSE;

  if (element_next (node->children) != NULL)
    return fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                 _("<%s> takes only attributes. Remove what is inside it."),
                 (const char *) node->name);

  return TRUE;
}

static gboolean
check_structure (Loader  *self,
                 xmlNode *node)
{
  const ElementSpec *spec;

  if (node->ns != NULL)
    return fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                 _("<%s> is in the XML namespace “%s”, but Unknot elements are in none. "
                   "Remove the namespace."),
                 (const char *) node->name,
                 node->ns->href != NULL ? (const char *) node->ns->href : "");

  /* An unknown element is reported by its parent */
  spec = find_element_spec (node);
  if (spec == NULL)
    return TRUE;

  if (!check_attributes (self, node, spec) || !check_content (self, node, spec))
    return FALSE;

  for (xmlNode *child = element_next (node->children);
       child != NULL;
       child = element_next (child->next))
    {
      if (!check_structure (self, child))
        return FALSE;
    }

  return TRUE;
}

/* Building the objects */

static gboolean
fail_duplicate (Loader            *self,
                UnknotContentKind  kind,
                xmlNode           *node,
                const char        *id,
                long               line)
{
  int code = UNKNOT_CONTENT_ERROR_DUPLICATE_ID;

  switch (kind)
    {
    case UNKNOT_CONTENT_TOOL:
      return fail (self, node, code,
                   _("There is already a tool with the id “%s”, on line %ld. "
                     "Give each tool its own id."), id, line);
    case UNKNOT_CONTENT_CAUTION:
      return fail (self, node, code,
                   _("There is already a caution with the id “%s”, on line %ld. "
                     "Give each caution its own id."), id, line);
    case UNKNOT_CONTENT_ZONE:
      return fail (self, node, code,
                   _("There is already a zone with the id “%s”, on line %ld. "
                     "Give each zone its own id."), id, line);
    case UNKNOT_CONTENT_MUSCLE:
      return fail (self, node, code,
                   _("There is already a muscle with the id “%s”, on line %ld. "
                     "Give each muscle its own id."), id, line);
    case UNKNOT_CONTENT_TECHNIQUE:
      return fail (self, node, code,
                   _("There is already a technique with the id “%s”, on line %ld. "
                     "Give each technique its own id."), id, line);
    case UNKNOT_CONTENT_ROUTINE:
      return fail (self, node, code,
                   _("There is already a routine with the id “%s”, on line %ld. "
                     "Give each routine its own id."), id, line);
    case UNKNOT_CONTENT_REGION:
    case UNKNOT_N_CONTENT_KINDS:
    default:
      return fail (self, node, code,
                   _("The map region “%s” is already used on line %ld. "
                     "Each region of the body map belongs to one muscle or zone."), id, line);
    }
}

static gboolean
fail_taken (Loader            *self,
            UnknotContentKind  kind,
            xmlNode           *node,
            const char        *id)
{
  if (kind == UNKNOT_CONTENT_ROUTINE && (self->flags & UNKNOT_CONTENT_LOAD_USER) != 0)
    return fail (self, node, UNKNOT_CONTENT_ERROR_NOT_ALLOWED,
                 _("There is already a routine with the id “%s”. "
                   "Give this routine a different id."), id);

  return fail (self, node, UNKNOT_CONTENT_ERROR_DUPLICATE_ID,
               _("The id “%s” is already used by content Unknot has loaded. "
                 "Give this one a different id."), id);
}

static gboolean
may_replace (Loader            *self,
             UnknotContentKind  kind,
             gpointer           existing)
{
  return kind == UNKNOT_CONTENT_ROUTINE &&
         (self->flags & UNKNOT_CONTENT_LOAD_REPLACE_USER) != 0 &&
         unknot_routine_get_is_user (existing);
}

/* Takes @object; on success the loader holds it until the commit. */
static gboolean
define (Loader            *self,
        UnknotContentKind  kind,
        xmlNode           *node,
        const char        *id,
        gpointer           object)
{
  g_autoptr(GObject) owned = object;
  xmlNode *first = g_hash_table_lookup (self->nodes[kind], id);
  gpointer existing;

  if (first != NULL)
    return fail_duplicate (self, kind, node, id, get_line (first));

  existing = _unknot_library_lookup (self->library, kind, id);
  if (existing != NULL && !may_replace (self, kind, existing))
    return fail_taken (self, kind, node, id);

  g_hash_table_insert (self->nodes[kind], (gpointer) id, node);
  g_hash_table_insert (self->objects[kind], (gpointer) id, object);
  g_ptr_array_add (self->added[kind], g_steal_pointer (&owned));

  return TRUE;
}

static gpointer
find (Loader            *self,
      UnknotContentKind  kind,
      const char        *id)
{
  gpointer object = g_hash_table_lookup (self->objects[kind], id);

  if (object != NULL)
    return object;

  return _unknot_library_lookup (self->library, kind, id);
}

static gboolean
load_tool (Loader  *self,
           xmlNode *node)
{
  const char *id = get_required_attr (self, node, "id");
  g_autofree char *name = get_required_child_text (self, node, "name");
  g_autofree char *description = get_required_child_text (self, node, "description");

  return define (self, UNKNOT_CONTENT_TOOL, node, id, _unknot_tool_new (id, name, description));
}

static gboolean
load_caution (Loader  *self,
              xmlNode *node)
{
  const char *id = get_required_attr (self, node, "id");
  UnknotSeverity severity = get_enum_attr (self, node, "severity", UNKNOT_TYPE_SEVERITY);
  UnknotCautionKind kind = get_enum_attr (self, node, "kind", UNKNOT_TYPE_CAUTION_KIND);
  g_autofree char *title = get_required_child_text (self, node, "title");
  g_autofree char *text = get_required_child_text (self, node, "text");

  return define (self, UNKNOT_CONTENT_CAUTION, node, id,
                 _unknot_caution_new (id, severity, kind, title, text));
}

/* Fills @regions with the regions of a muscle or a zone, borrowed. */
static gboolean
load_regions (Loader     *self,
              xmlNode    *owner,
              const char *target_id,
              gboolean    is_zone,
              GPtrArray  *regions)
{
  xmlNode *section = find_child (owner, "regions");

  if (section == NULL)
    return TRUE;

  for (xmlNode *node = element_next (section->children);
       node != NULL;
       node = element_next (node->next))
    {
      const char *id = get_required_attr (self, node, "ref");
      UnknotView view = get_enum_attr (self, node, "view", UNKNOT_TYPE_VIEW);
      UnknotSide side = get_enum_attr (self, node, "side", UNKNOT_TYPE_SIDE);
      UnknotRegion *region = _unknot_region_new (id, view, side, target_id, is_zone);

      if (!define (self, UNKNOT_CONTENT_REGION, node, id, region))
        return FALSE;
      g_ptr_array_add (regions, region);
    }

  return TRUE;
}

static gboolean
load_zone (Loader  *self,
           xmlNode *node)
{
  g_autoptr(GPtrArray) regions = g_ptr_array_new ();
  const char *id = get_required_attr (self, node, "id");
  const char *caution_id = get_required_attr (self, node, "caution");
  UnknotCaution *caution = find (self, UNKNOT_CONTENT_CAUTION, caution_id);
  g_autofree char *name = NULL;
  UnknotZone *zone;

  if (caution == NULL)
    return fail (self, node, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
                 _("The zone “%s” uses caution “%s”, which does not exist. "
                   "Check the spelling or add the caution under <cautions>."),
                 id, caution_id);

  if (unknot_caution_get_kind (caution) != UNKNOT_CAUTION_KIND_ZONE)
    return fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                 _("The zone “%s” uses caution “%s”, which is not of kind “zone”. "
                   "A zone needs a caution that says why the area is never rolled."),
                 id, caution_id);

  name = get_required_child_text (self, node, "name");
  zone = _unknot_zone_new (id, name, caution);
  if (!define (self, UNKNOT_CONTENT_ZONE, node, id, zone) ||
      !load_regions (self, node, id, TRUE, regions))
    return FALSE;

  for (guint i = 0; i < regions->len; i++)
    _unknot_zone_add_region (zone, g_ptr_array_index (regions, i));

  return TRUE;
}

/* Zones come before muscles in a file, so what to roll instead is linked
 * once the muscles are known.
 */
static gboolean
link_zone (Loader  *self,
           xmlNode *node)
{
  const char *id = get_required_attr (self, node, "id");
  UnknotZone *zone = g_hash_table_lookup (self->objects[UNKNOT_CONTENT_ZONE], id);
  xmlNode *instead = find_child (node, "instead");

  g_assert (zone != NULL);

  if (instead == NULL)
    return TRUE;

  for (xmlNode *child = element_next (instead->children);
       child != NULL;
       child = element_next (child->next))
    {
      const char *muscle_id = get_required_attr (self, child, "ref");
      UnknotMuscle *muscle = find (self, UNKNOT_CONTENT_MUSCLE, muscle_id);

      if (muscle == NULL)
        return fail (self, child, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
                     _("The zone “%s” suggests muscle “%s” instead, which does not exist. "
                       "Check the spelling or use one of the muscle ids."),
                     id, muscle_id);
      _unknot_zone_add_instead (zone, muscle);
    }

  return TRUE;
}

static gboolean
load_muscle (Loader  *self,
             xmlNode *node)
{
  g_autoptr(GPtrArray) regions = g_ptr_array_new ();
  const char *id = get_required_attr (self, node, "id");
  UnknotBodyGroup group = get_enum_attr (self, node, "group", UNKNOT_TYPE_BODY_GROUP);
  g_autofree char *name = get_required_child_text (self, node, "name");
  g_autofree char *anatomical = get_required_child_text (self, node, "anatomical");
  g_autofree char *keywords = get_child_text (self, node, "keywords");
  g_autofree char *about = get_child_text (self, node, "about");
  UnknotMuscle *muscle;

  muscle = _unknot_muscle_new (id, name, anatomical, group, keywords, about);
  if (!define (self, UNKNOT_CONTENT_MUSCLE, node, id, muscle) ||
      !load_regions (self, node, id, FALSE, regions))
    return FALSE;

  for (guint i = 0; i < regions->len; i++)
    _unknot_muscle_add_region (muscle, g_ptr_array_index (regions, i));

  return TRUE;
}

static gboolean
read_range (Loader      *self,
            xmlNode     *technique,
            const char  *what,
            UnknotRange *range)
{
  xmlNode *node = find_child (technique, what);
  const char *id = get_required_attr (self, technique, "id");
  gboolean is_hold = strcmp (what, "hold") == 0;

  if (node == NULL)
    node = technique;

  range->min = get_uint_attr (self, node, "min", 1);
  range->max = get_uint_attr (self, node, "max", 1);
  range->def = get_uint_attr (self, node, "default", 1);

  if (!is_hold && range->max > MAX_REPS)
    return fail (self, node, UNKNOT_CONTENT_ERROR_OUT_OF_RANGE,
                 _("The technique “%s” allows up to %u repetitions, but Unknot counts "
                   "at most 99. Lower the maximum."), id, range->max);

  if (range->min > range->max)
    return fail (self, node, UNKNOT_CONTENT_ERROR_OUT_OF_RANGE,
                 is_hold ? _("The technique “%s” has a shortest hold of %u seconds and a "
                             "longest of %u: the shortest is longer. Swap the two values.")
                         : _("The technique “%s” has at least %u and at most %u repetitions: "
                             "the minimum is larger. Swap the two values."),
                 id, range->min, range->max);

  if (range->def < range->min || range->def > range->max)
    return fail (self, node, UNKNOT_CONTENT_ERROR_OUT_OF_RANGE,
                 is_hold ? _("The technique “%s” has a default hold of %u seconds, outside its "
                             "own range of %u to %u seconds. Pick a default between min and max.")
                         : _("The technique “%s” has a default of %u repetitions, outside its "
                             "own range of %u to %u. Pick a default between min and max."),
                 id, range->def, range->min, range->max);

  return TRUE;
}

static UnknotMuscle *
find_technique_muscle (Loader  *self,
                       xmlNode *node)
{
  const char *id = get_required_attr (self, node, "id");
  const char *muscle_id = get_required_attr (self, node, "muscle");
  UnknotMuscle *muscle = find (self, UNKNOT_CONTENT_MUSCLE, muscle_id);

  if (muscle != NULL)
    return muscle;

  if (find (self, UNKNOT_CONTENT_ZONE, muscle_id) != NULL)
    fail (self, node, UNKNOT_CONTENT_ERROR_NO_ROLL_ZONE,
          _("The technique “%s” is aimed at “%s”, a no-roll zone. That area must never be "
            "rolled: aim the technique at a muscle instead."), id, muscle_id);
  else
    fail (self, node, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
          _("The technique “%s” is for muscle “%s”, which does not exist. "
            "Check the spelling or use one of the muscle ids."), id, muscle_id);

  return NULL;
}

static UnknotTool *
find_technique_tool (Loader  *self,
                     xmlNode *node)
{
  const char *tool_id = get_required_attr (self, node, "tool");
  UnknotTool *tool = find (self, UNKNOT_CONTENT_TOOL, tool_id);

  if (tool == NULL)
    fail (self, node, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
          _("The technique “%s” uses tool “%s”, which does not exist. "
            "Check the spelling or add the tool under <tools>."),
          get_required_attr (self, node, "id"), tool_id);

  return tool;
}

static char **
read_steps (Loader  *self,
            xmlNode *node)
{
  GPtrArray *steps = g_ptr_array_new ();
  xmlNode *section = find_child (node, "steps");

  for (xmlNode *step = section != NULL ? element_next (section->children) : NULL;
       step != NULL;
       step = element_next (step->next))
    g_ptr_array_add (steps, get_text (self, step));
  g_ptr_array_add (steps, NULL);

  return (char **) g_ptr_array_free (steps, FALSE);
}

static gboolean
add_technique_cautions (Loader          *self,
                        xmlNode         *node,
                        UnknotTechnique *technique)
{
  xmlNode *section = find_child (node, "cautions");

  for (xmlNode *child = section != NULL ? element_next (section->children) : NULL;
       child != NULL;
       child = element_next (child->next))
    {
      const char *caution_id = get_required_attr (self, child, "ref");
      UnknotCaution *caution = find (self, UNKNOT_CONTENT_CAUTION, caution_id);

      if (caution == NULL)
        return fail (self, child, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
                     _("The technique “%s” refers to caution “%s”, which does not exist. "
                       "Check the spelling or add the caution under <cautions>."),
                     unknot_technique_get_id (technique), caution_id);
      _unknot_technique_add_caution (technique, caution);
    }

  return TRUE;
}

static gboolean
load_technique (Loader  *self,
                xmlNode *node)
{
  const char *id = get_required_attr (self, node, "id");
  g_autofree char *position = NULL;
  g_autofree char *stretch = NULL;
  g_auto(GStrv) steps = NULL;
  UnknotTechnique *technique;
  UnknotMuscle *muscle;
  UnknotTool *tool;
  UnknotRange hold;
  UnknotRange reps;
  gboolean per_side;

  if ((muscle = find_technique_muscle (self, node)) == NULL ||
      (tool = find_technique_tool (self, node)) == NULL ||
      !read_range (self, node, "hold", &hold) ||
      !read_range (self, node, "reps", &reps))
    return FALSE;

  per_side = strcmp (get_required_attr (self, node, "per-side"), "false") != 0;
  position = get_required_child_text (self, node, "position");
  stretch = get_child_text (self, node, "stretch");
  steps = read_steps (self, node);

  technique = _unknot_technique_new (id, muscle, tool, per_side, position,
                                     (const char * const *) steps, &hold, &reps, stretch);

  return define (self, UNKNOT_CONTENT_TECHNIQUE, node, id, technique) &&
         add_technique_cautions (self, node, technique);
}

static UnknotTechnique *
find_item_technique (Loader        *self,
                     xmlNode       *node,
                     UnknotRoutine *routine)
{
  const char *technique_id = get_required_attr (self, node, "technique");
  UnknotTechnique *technique = find (self, UNKNOT_CONTENT_TECHNIQUE, technique_id);

  if (technique != NULL)
    return technique;

  if (find (self, UNKNOT_CONTENT_ZONE, technique_id) != NULL)
    fail (self, node, UNKNOT_CONTENT_ERROR_NO_ROLL_ZONE,
          _("The item in routine “%s” names the no-roll zone “%s” as its technique. "
            "That area must never be rolled: use a technique for a muscle around it."),
          unknot_routine_get_id (routine), technique_id);
  else
    fail (self, node, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
          _("The item in routine “%s” uses technique “%s”, which does not exist. "
            "Check the spelling or use one of the built-in technique ids."),
          unknot_routine_get_id (routine), technique_id);

  return NULL;
}

static gboolean
load_item (Loader        *self,
           xmlNode       *node,
           UnknotRoutine *routine)
{
  UnknotTechnique *technique = find_item_technique (self, node, routine);
  UnknotSide sides = UNKNOT_SIDE_BOTH;
  guint hold;
  guint reps;

  if (technique == NULL)
    return FALSE;

  unknot_side_from_string (get_required_attr (self, node, "sides"), &sides);
  hold = get_uint_attr (self, node, "hold", unknot_technique_get_hold_default (technique));
  reps = get_uint_attr (self, node, "reps", unknot_technique_get_reps_default (technique));

  if (hold < unknot_technique_get_hold_min (technique) ||
      hold > unknot_technique_get_hold_max (technique))
    return fail (self, node, UNKNOT_CONTENT_ERROR_OUT_OF_RANGE,
                 _("The item in routine “%s” holds technique “%s” for %u seconds, but that "
                   "technique allows %u to %u seconds. Use a hold in that range."),
                 unknot_routine_get_id (routine), unknot_technique_get_id (technique), hold,
                 unknot_technique_get_hold_min (technique),
                 unknot_technique_get_hold_max (technique));

  if (reps < unknot_technique_get_reps_min (technique) ||
      reps > unknot_technique_get_reps_max (technique))
    return fail (self, node, UNKNOT_CONTENT_ERROR_OUT_OF_RANGE,
                 _("The item in routine “%s” repeats technique “%s” %u times, but that "
                   "technique allows %u to %u. Use a number in that range."),
                 unknot_routine_get_id (routine), unknot_technique_get_id (technique), reps,
                 unknot_technique_get_reps_min (technique),
                 unknot_technique_get_reps_max (technique));

  if (sides == UNKNOT_SIDE_NONE)
    sides = UNKNOT_SIDE_BOTH;
  unknot_routine_append_item (routine, technique, sides, hold, reps);
  return TRUE;
}

static gboolean
load_routine (Loader  *self,
              xmlNode *node)
{
  const char *id = get_required_attr (self, node, "id");
  g_autofree char *name = get_required_child_text (self, node, "name");
  g_autofree char *goal = get_required_child_text (self, node, "goal");
  g_autofree char *summary = get_required_child_text (self, node, "summary");
  UnknotRoutine *routine = unknot_routine_new (id, name, goal, summary);
  xmlNode *items = find_child (node, "items");

  if ((self->flags & UNKNOT_CONTENT_LOAD_USER) != 0 && self->file != NULL)
    _unknot_routine_set_user_file (routine, self->file);

  if (!define (self, UNKNOT_CONTENT_ROUTINE, node, id, routine))
    return FALSE;

  for (xmlNode *item = items != NULL ? element_next (items->children) : NULL;
       item != NULL;
       item = element_next (item->next))
    {
      if (!load_item (self, item, routine))
        return FALSE;
    }

  return TRUE;
}

typedef gboolean (*LoadFunc) (Loader  *self,
                              xmlNode *node);

static gboolean
load_section (Loader     *self,
              xmlNode    *root,
              const char *name,
              LoadFunc    load)
{
  xmlNode *section = find_child (root, name);

  if (section == NULL)
    return TRUE;

  for (xmlNode *node = element_next (section->children);
       node != NULL;
       node = element_next (node->next))
    {
      if (!load (self, node))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_user_sections (Loader  *self,
                     xmlNode *root)
{
  for (xmlNode *node = element_next (root->children);
       node != NULL;
       node = element_next (node->next))
    {
      if (!node_is (node, "routines"))
        return fail (self, node, UNKNOT_CONTENT_ERROR_NOT_ALLOWED,
                     _("A routine file may only hold <routines>, but this one also has <%s>. "
                       "Remove it: tools, cautions, zones, muscles and techniques come with "
                       "Unknot."),
                     (const char *) node->name);
    }

  return TRUE;
}

static gboolean
load_tree (Loader  *self,
           xmlNode *root)
{
  if ((self->flags & UNKNOT_CONTENT_LOAD_USER) != 0 && !check_user_sections (self, root))
    return FALSE;

  return load_section (self, root, "tools", load_tool) &&
         load_section (self, root, "cautions", load_caution) &&
         load_section (self, root, "zones", load_zone) &&
         load_section (self, root, "muscles", load_muscle) &&
         load_section (self, root, "zones", link_zone) &&
         load_section (self, root, "techniques", load_technique) &&
         load_section (self, root, "routines", load_routine);
}

static gboolean
is_full_library (xmlNode *root)
{
  return find_child (root, "tools") != NULL || find_child (root, "muscles") != NULL;
}

gboolean
unknot_content_load_bytes (UnknotLibrary           *library,
                           GBytes                  *bytes,
                           const char              *name,
                           GFile                   *file,
                           UnknotContentLoadFlags   flags,
                           GError                 **error)
{
  g_auto(QuietLibxml) quiet = { 0 };
  g_autoptr(UnknotLibrary) scratch = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_auto(Loader) loader = { 0 };
  xmlNode *root;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Also catches a file that grew between its size check and its reading */
  if (g_bytes_get_size (bytes) > UNKNOT_CONTENT_MAX_BYTES)
    {
      set_too_large_error (error, name, g_bytes_get_size (bytes));
      return FALSE;
    }

  ensure_libxml ();
  quiet_libxml_begin (&quiet);
  if ((doc = parse_document (bytes, name, error)) == NULL)
    return FALSE;

  root = xmlDocGetRootElement (doc);
  if ((flags & UNKNOT_CONTENT_LOAD_DETECT) != 0 && is_full_library (root))
    {
      library = scratch = unknot_library_new ();
      flags &= ~UNKNOT_CONTENT_LOAD_USER;
    }

  loader_init (&loader, library, name, file, flags, error);
  if (!check_no_include (&loader, root) ||
      !check_root (&loader, root) ||
      !validate (&loader, doc) ||
      !load_tree (&loader, root))
    return FALSE;

  if ((flags & UNKNOT_CONTENT_LOAD_DRY_RUN) == 0)
    _unknot_library_commit (library, loader.added);

  return TRUE;
}

gboolean
unknot_content_load_file (UnknotLibrary           *library,
                          GFile                   *file,
                          const char              *name,
                          UnknotContentLoadFlags   flags,
                          GError                 **error)
{
  g_autofree char *parse_name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (name == NULL)
    name = parse_name = g_file_get_parse_name (file);

  if ((bytes = read_file (file, name, error)) == NULL)
    return FALSE;

  return unknot_content_load_bytes (library, bytes, name, file, flags, error);
}
