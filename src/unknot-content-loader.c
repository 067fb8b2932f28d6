/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "unknot-caution-private.h"
#include "unknot-content-check-private.h"
#include "unknot-content-loader.h"
#include "unknot-content-loader-private.h"
#include "unknot-content-parse-private.h"
#include "unknot-library-private.h"
#include "unknot-muscle-private.h"
#include "unknot-region-private.h"
#include "unknot-routine-private.h"
#include "unknot-technique-private.h"
#include "unknot-tool-private.h"
#include "unknot-types-private.h"
#include "unknot-zone-private.h"

/* libxml2's process-wide error handlers, while a load replaces them */
typedef struct
{
  xmlGenericErrorFunc     generic;
  void                   *generic_context;
  xmlStructuredErrorFunc  structured;
  void                   *structured_context;
  gboolean                active;
} QuietLibxml;

static void ignore_message   (void        *context,
                             const char  *format,
                             ...) G_GNUC_PRINTF (2, 3);
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
loader_init (UnknotContentLoader     *self,
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
loader_clear (UnknotContentLoader *self)
{
  for (guint i = 0; i < UNKNOT_N_CONTENT_KINDS; i++)
    {
      g_clear_pointer (&self->nodes[i], g_hash_table_unref);
      g_clear_pointer (&self->objects[i], g_hash_table_unref);
      g_clear_pointer (&self->added[i], g_ptr_array_unref);
    }

  g_clear_pointer (&self->strings, g_string_chunk_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (UnknotContentLoader, loader_clear)

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

static guint
get_uint_attr (UnknotContentLoader *self,
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

static int
get_enum_attr (UnknotContentLoader *self,
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
static char *
get_text (UnknotContentLoader *self,
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

static char *
get_child_text (UnknotContentLoader *self,
                xmlNode             *node,
                const char          *name)
{
  return get_text (self, _unknot_content_find_child (node, name));
}

static char *
get_required_child_text (UnknotContentLoader *self,
                         xmlNode             *node,
                         const char          *name)
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

  _unknot_content_set_error (error, name, 1, UNKNOT_CONTENT_ERROR_TOO_LARGE,
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
      _unknot_content_set_error (error, name, 1, UNKNOT_CONTENT_ERROR_IO,
                                 _("The file could not be read: %s"), local_error->message);
      return NULL;
    }

  /* A device or a pipe could feed the parser forever */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      _unknot_content_set_error (error, name, 1, UNKNOT_CONTENT_ERROR_IO,
                                 _("This is not a file Unknot can read. "
                                   "Choose an Unknot XML file."));
      return NULL;
    }

  if (g_file_info_get_size (info) > UNKNOT_CONTENT_MAX_BYTES)
    {
      set_too_large_error (error, name, (guint64) g_file_info_get_size (info));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      _unknot_content_set_error (error, name, 1, UNKNOT_CONTENT_ERROR_IO,
                                 _("The file could not be read: %s"), local_error->message);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

/* Building the objects */

/* Takes @object; on success the loader holds it until the commit. */
static gboolean
define (UnknotContentLoader *self,
        UnknotContentKind    kind,
        xmlNode             *node,
        const char          *id,
        gpointer             object)
{
  g_autoptr(GObject) owned = object;

  if (!_unknot_content_check_new_id (self, kind, node, id))
    return FALSE;

  g_hash_table_insert (self->nodes[kind], (gpointer) id, node);
  g_hash_table_insert (self->objects[kind], (gpointer) id, object);
  g_ptr_array_add (self->added[kind], g_steal_pointer (&owned));

  return TRUE;
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

static gboolean
load_tool (UnknotContentLoader *self,
           xmlNode             *node)
{
  const char *id = _unknot_content_get_required_attr (self, node, "id");
  g_autofree char *name = get_required_child_text (self, node, "name");
  g_autofree char *description = get_required_child_text (self, node, "description");

  return define (self, UNKNOT_CONTENT_TOOL, node, id, _unknot_tool_new (id, name, description));
}

static gboolean
load_caution (UnknotContentLoader *self,
              xmlNode             *node)
{
  const char *id = _unknot_content_get_required_attr (self, node, "id");
  UnknotSeverity severity = get_enum_attr (self, node, "severity", UNKNOT_TYPE_SEVERITY);
  UnknotCautionKind kind = get_enum_attr (self, node, "kind", UNKNOT_TYPE_CAUTION_KIND);
  g_autofree char *title = get_required_child_text (self, node, "title");
  g_autofree char *text = get_required_child_text (self, node, "text");

  return define (self, UNKNOT_CONTENT_CAUTION, node, id,
                 _unknot_caution_new (id, severity, kind, title, text));
}

/* Fills @regions with the regions of a muscle or a zone, borrowed. */
static gboolean
load_regions (UnknotContentLoader *self,
              xmlNode             *owner,
              const char          *target_id,
              gboolean             is_zone,
              GPtrArray           *regions)
{
  xmlNode *section = _unknot_content_find_child (owner, "regions");

  if (section == NULL)
    return TRUE;

  for (xmlNode *node = _unknot_content_element_next (section->children);
       node != NULL;
       node = _unknot_content_element_next (node->next))
    {
      const char *id = _unknot_content_get_required_attr (self, node, "ref");
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
load_zone (UnknotContentLoader *self,
           xmlNode             *node)
{
  g_autoptr(GPtrArray) regions = g_ptr_array_new ();
  const char *id = _unknot_content_get_required_attr (self, node, "id");
  UnknotCaution *caution = _unknot_content_check_zone_caution (self, node);
  g_autofree char *name = NULL;
  UnknotZone *zone;

  if (caution == NULL)
    return FALSE;

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
link_zone (UnknotContentLoader *self,
           xmlNode             *node)
{
  const char *id = _unknot_content_get_required_attr (self, node, "id");
  UnknotZone *zone = g_hash_table_lookup (self->objects[UNKNOT_CONTENT_ZONE], id);
  xmlNode *instead = _unknot_content_find_child (node, "instead");

  g_assert (zone != NULL);

  if (instead == NULL)
    return TRUE;

  for (xmlNode *child = _unknot_content_element_next (instead->children);
       child != NULL;
       child = _unknot_content_element_next (child->next))
    {
      UnknotMuscle *muscle = _unknot_content_check_instead_muscle (self, child, id);

      if (muscle == NULL)
        return FALSE;
      _unknot_zone_add_instead (zone, muscle);
    }

  return TRUE;
}

static gboolean
load_muscle (UnknotContentLoader *self,
             xmlNode             *node)
{
  g_autoptr(GPtrArray) regions = g_ptr_array_new ();
  const char *id = _unknot_content_get_required_attr (self, node, "id");
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
read_range (UnknotContentLoader *self,
            xmlNode             *technique,
            const char          *what,
            UnknotRange         *range)
{
  xmlNode *node = _unknot_content_find_child (technique, what);

  if (node == NULL)
    node = technique;

  range->min = get_uint_attr (self, node, "min", 1);
  range->max = get_uint_attr (self, node, "max", 1);
  range->def = get_uint_attr (self, node, "default", 1);

  return _unknot_content_check_range (self, technique, node, strcmp (what, "hold") == 0, range);
}

static char **
read_steps (UnknotContentLoader *self,
            xmlNode             *node)
{
  GPtrArray *steps = g_ptr_array_new ();
  xmlNode *section = _unknot_content_find_child (node, "steps");

  for (xmlNode *step = section != NULL ? _unknot_content_element_next (section->children) : NULL;
       step != NULL;
       step = _unknot_content_element_next (step->next))
    g_ptr_array_add (steps, get_text (self, step));
  g_ptr_array_add (steps, NULL);

  return (char **) g_ptr_array_free (steps, FALSE);
}

static gboolean
add_technique_cautions (UnknotContentLoader *self,
                        xmlNode             *node,
                        UnknotTechnique     *technique)
{
  xmlNode *section = _unknot_content_find_child (node, "cautions");

  for (xmlNode *child = section != NULL ? _unknot_content_element_next (section->children) : NULL;
       child != NULL;
       child = _unknot_content_element_next (child->next))
    {
      UnknotCaution *caution = _unknot_content_check_technique_caution (self, child, technique);

      if (caution == NULL)
        return FALSE;
      _unknot_technique_add_caution (technique, caution);
    }

  return TRUE;
}

static gboolean
load_technique (UnknotContentLoader *self,
                xmlNode             *node)
{
  const char *id = _unknot_content_get_required_attr (self, node, "id");
  g_autofree char *position = NULL;
  g_autofree char *stretch = NULL;
  g_auto(GStrv) steps = NULL;
  UnknotTechnique *technique;
  UnknotMuscle *muscle;
  UnknotTool *tool;
  UnknotRange hold;
  UnknotRange reps;
  gboolean per_side;

  if ((muscle = _unknot_content_check_technique_muscle (self, node)) == NULL ||
      (tool = _unknot_content_check_technique_tool (self, node)) == NULL ||
      !read_range (self, node, "hold", &hold) ||
      !read_range (self, node, "reps", &reps))
    return FALSE;

  per_side = strcmp (_unknot_content_get_required_attr (self, node, "per-side"), "false") != 0;
  position = get_required_child_text (self, node, "position");
  stretch = get_child_text (self, node, "stretch");
  steps = read_steps (self, node);

  technique = _unknot_technique_new (id, muscle, tool, per_side, position,
                                     (const char * const *) steps, &hold, &reps, stretch);

  return define (self, UNKNOT_CONTENT_TECHNIQUE, node, id, technique) &&
         add_technique_cautions (self, node, technique);
}

/* A trainer's words, kept as written: they are never translated. */
static char *
get_child_user_text (xmlNode    *node,
                     const char *name)
{
  xmlNode *child = _unknot_content_find_child (node, name);
  xmlChar *content;
  char *text;

  if (child == NULL)
    return NULL;

  content = xmlNodeGetContent (child);
  text = _unknot_text_normalize (content != NULL ? (const char *) content : "");
  xmlFree (content);

  return text;
}

static void
read_item_note (xmlNode       *node,
                UnknotRoutine *routine)
{
  GListModel *items = unknot_routine_get_items (routine);
  g_autoptr(UnknotRoutineItem) item = NULL;
  g_autofree char *note = get_child_user_text (node, "note");

  if (note == NULL)
    return;

  item = g_list_model_get_item (items, g_list_model_get_n_items (items) - 1);
  unknot_routine_item_set_note (item, note);
}

static gboolean
load_item (UnknotContentLoader *self,
           xmlNode             *node,
           UnknotRoutine       *routine)
{
  UnknotTechnique *technique = _unknot_content_check_item_technique (self, node, routine);
  UnknotSide sides = UNKNOT_SIDE_BOTH;
  guint hold;
  guint reps;

  if (technique == NULL)
    return FALSE;

  unknot_side_from_string (_unknot_content_get_required_attr (self, node, "sides"), &sides);
  hold = get_uint_attr (self, node, "hold", unknot_technique_get_hold_default (technique));
  reps = get_uint_attr (self, node, "reps", unknot_technique_get_reps_default (technique));

  if (!_unknot_content_check_item (self, node, routine, technique, hold, reps))
    return FALSE;

  if (sides == UNKNOT_SIDE_NONE)
    sides = UNKNOT_SIDE_BOTH;
  unknot_routine_append_item (routine, technique, sides, hold, reps);
  read_item_note (node, routine);
  return TRUE;
}

static void
read_routine_client_and_note (xmlNode       *node,
                              UnknotRoutine *routine)
{
  g_autofree char *client = get_child_user_text (node, "client");
  g_autofree char *note = get_child_user_text (node, "note");

  unknot_routine_set_client (routine, client);
  unknot_routine_set_note (routine, note);
}

static gboolean
load_routine (UnknotContentLoader *self,
              xmlNode             *node)
{
  const char *id = _unknot_content_get_required_attr (self, node, "id");
  g_autofree char *name = get_required_child_text (self, node, "name");
  g_autofree char *goal = get_required_child_text (self, node, "goal");
  g_autofree char *summary = get_required_child_text (self, node, "summary");
  UnknotRoutine *routine = unknot_routine_new (id, name, goal, summary);
  xmlNode *items = _unknot_content_find_child (node, "items");

  if ((self->flags & UNKNOT_CONTENT_LOAD_USER) != 0 && self->file != NULL)
    _unknot_routine_set_user_file (routine, self->file);
  read_routine_client_and_note (node, routine);

  if (!define (self, UNKNOT_CONTENT_ROUTINE, node, id, routine))
    return FALSE;

  for (xmlNode *item = items != NULL ? _unknot_content_element_next (items->children) : NULL;
       item != NULL;
       item = _unknot_content_element_next (item->next))
    {
      if (!load_item (self, item, routine))
        return FALSE;
    }

  return TRUE;
}

typedef gboolean (*LoadFunc) (UnknotContentLoader *self,
                              xmlNode             *node);

static gboolean
load_section (UnknotContentLoader *self,
              xmlNode             *root,
              const char          *name,
              LoadFunc             load)
{
  xmlNode *section = _unknot_content_find_child (root, name);

  if (section == NULL)
    return TRUE;

  for (xmlNode *node = _unknot_content_element_next (section->children);
       node != NULL;
       node = _unknot_content_element_next (node->next))
    {
      if (!load (self, node))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load_tree (UnknotContentLoader *self,
           xmlNode             *root)
{
  if ((self->flags & UNKNOT_CONTENT_LOAD_USER) != 0 &&
      !_unknot_content_check_user_sections (self, root))
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
  return _unknot_content_find_child (root, "tools") != NULL ||
         _unknot_content_find_child (root, "muscles") != NULL;
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
  g_auto(UnknotContentLoader) loader = { 0 };
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
  if ((doc = _unknot_content_parse_bytes (bytes, name, error)) == NULL)
    return FALSE;

  root = xmlDocGetRootElement (doc);
  if ((flags & UNKNOT_CONTENT_LOAD_DETECT) != 0 && is_full_library (root))
    {
      library = scratch = unknot_library_new ();
      flags &= ~UNKNOT_CONTENT_LOAD_USER;
    }

  loader_init (&loader, library, name, file, flags, error);
  if (!_unknot_content_check_no_include (&loader, root) ||
      !_unknot_content_check_root (&loader, root) ||
      !_unknot_content_check_schema (&loader, doc) ||
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
