/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "unknot-basics-page-private.h"
#include "unknot-caution-private.h"
#include "unknot-content-basics-private.h"
#include "unknot-content-check-private.h"
#include "unknot-content-loader.h"
#include "unknot-content-core-private.h"
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

static void ignore_message (void       *context,
                            const char *format,
                            ...) G_GNUC_PRINTF (2, 3);


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


static gboolean
load_tool (UnknotContentLoader *self,
           xmlNode             *node)
{
  const char *id = _unknot_content_get_required_attr (self, node, "id");
  g_autofree char *name = _unknot_content_get_required_child_text (self, node, "name");
  g_autofree char *description = NULL;

  description = _unknot_content_get_required_child_text (self, node, "description");
  return define (self, UNKNOT_CONTENT_TOOL, node, id, _unknot_tool_new (id, name, description));
}

static gboolean
load_caution (UnknotContentLoader *self,
              xmlNode             *node)
{
  const char *id = _unknot_content_get_required_attr (self, node, "id");
  UnknotSeverity severity = _unknot_content_get_enum_attr (self, node, "severity",
                                                           UNKNOT_TYPE_SEVERITY);
  UnknotCautionKind kind = _unknot_content_get_enum_attr (self, node, "kind",
                                                          UNKNOT_TYPE_CAUTION_KIND);
  g_autofree char *title = _unknot_content_get_required_child_text (self, node, "title");
  g_autofree char *text = _unknot_content_get_required_child_text (self, node, "text");

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
      UnknotView view = _unknot_content_get_enum_attr (self, node, "view", UNKNOT_TYPE_VIEW);
      UnknotSide side = _unknot_content_get_enum_attr (self, node, "side", UNKNOT_TYPE_SIDE);
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

  name = _unknot_content_get_required_child_text (self, node, "name");
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
  UnknotBodyGroup group = _unknot_content_get_enum_attr (self, node, "group",
                                                         UNKNOT_TYPE_BODY_GROUP);
  g_autofree char *name = _unknot_content_get_required_child_text (self, node, "name");
  g_autofree char *anatomical = _unknot_content_get_required_child_text (self, node, "anatomical");
  g_autofree char *keywords = _unknot_content_get_child_text (self, node, "keywords");
  g_autofree char *about = _unknot_content_get_child_text (self, node, "about");
  g_autoptr(GListStore) techniques = g_list_store_new (UNKNOT_TYPE_TECHNIQUE);
  UnknotMuscle *muscle;

  muscle = _unknot_muscle_new (id, name, anatomical, group, keywords, about, techniques);
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

  range->min = _unknot_content_get_uint_attr (self, node, "min", 1);
  range->max = _unknot_content_get_uint_attr (self, node, "max", 1);
  range->def = _unknot_content_get_uint_attr (self, node, "default", 1);

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
    g_ptr_array_add (steps, _unknot_content_get_text (self, step));
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
  g_autofree char *picture_description = NULL;
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
  position = _unknot_content_get_required_child_text (self, node, "position");
  stretch = _unknot_content_get_child_text (self, node, "stretch");
  picture_description = _unknot_content_get_required_child_text (self, node,
                                                                 "picture-description");
  steps = read_steps (self, node);

  technique = _unknot_technique_new (id, muscle, tool, per_side, position,
                                     (const char * const *) steps, &hold, &reps, stretch);
  _unknot_technique_set_picture_description (technique, picture_description);

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
  hold = _unknot_content_get_uint_attr (self, node, "hold",
                                        unknot_technique_get_hold_default (technique));
  reps = _unknot_content_get_uint_attr (self, node, "reps",
                                        unknot_technique_get_reps_default (technique));

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
  g_autofree char *name = _unknot_content_get_required_child_text (self, node, "name");
  g_autofree char *goal = _unknot_content_get_required_child_text (self, node, "goal");
  g_autofree char *summary = _unknot_content_get_required_child_text (self, node, "summary");
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

static gboolean
load_basics_page (UnknotContentLoader *self,
                  xmlNode             *node)
{
  const char *id = _unknot_content_get_required_attr (self, node, "id");
  UnknotBasicsPage *page = _unknot_content_new_basics_page (self, node);

  return define (self, UNKNOT_CONTENT_BASICS_PAGE, node, id, page) &&
         _unknot_content_add_basics_references (self, node, page);
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
         load_section (self, root, "routines", load_routine) &&
         load_section (self, root, "basics", load_basics_page);
}

static gboolean
is_full_library (xmlNode *root)
{
  return _unknot_content_find_child (root, "tools") != NULL ||
         _unknot_content_find_child (root, "muscles") != NULL;
}

static gboolean
load_bytes (UnknotLibrary           *library,
            GBytes                  *bytes,
            const char              *name,
            GFile                   *file,
            UnknotContentLoadFlags   flags,
            GPtrArray              **routines,
            GError                 **error)
{
  g_auto(QuietLibxml) quiet = { 0 };
  g_autoptr(UnknotLibrary) scratch = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_auto(UnknotContentLoader) loader = { 0 };
  xmlNode *root;

  /* Also catches a file that grew between its size check and its reading */
  if (g_bytes_get_size (bytes) > UNKNOT_CONTENT_MAX_BYTES)
    {
      _unknot_content_set_too_large_error (error, name, g_bytes_get_size (bytes));
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

  _unknot_content_loader_init (&loader, library, name, file, flags, error);
  if (!_unknot_content_check_no_include (&loader, root) ||
      !_unknot_content_check_root (&loader, root) ||
      ((flags & UNKNOT_CONTENT_LOAD_BUILTIN) == 0 &&
       !_unknot_content_check_schema (&loader, doc)) ||
      !load_tree (&loader, root))
    return FALSE;

  if ((flags & UNKNOT_CONTENT_LOAD_DRY_RUN) == 0)
    _unknot_library_commit (library, loader.added);

  if (routines != NULL)
    *routines = g_ptr_array_ref (loader.added[UNKNOT_CONTENT_ROUTINE]);

  return TRUE;
}

gboolean
unknot_content_load_bytes (UnknotLibrary           *library,
                           GBytes                  *bytes,
                           const char              *name,
                           GFile                   *file,
                           UnknotContentLoadFlags   flags,
                           GError                 **error)
{
  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return load_bytes (library, bytes, name, file, flags, NULL, error);
}

/**
 * unknot_content_load_routines:
 * @library: the library the routines refer to
 * @bytes: a person's routine file
 * @name: what errors call the file
 * @flags: how to load it; the load is always a dry run
 * @routines: (out) (element-type UnknotRoutine) (transfer container): the
 *   routines of the file, checked but not added to @library
 * @error: where to put a problem
 *
 * Checks a file the way it would be loaded and hands back its routines, so
 * that a caller can keep each one only once it has been saved.
 *
 * Returns: %TRUE when every routine in the file is valid
 */
gboolean
unknot_content_load_routines (UnknotLibrary           *library,
                              GBytes                  *bytes,
                              const char              *name,
                              UnknotContentLoadFlags   flags,
                              GPtrArray              **routines,
                              GError                 **error)
{
  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (routines != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return load_bytes (library, bytes, name, NULL,
                     flags | UNKNOT_CONTENT_LOAD_USER | UNKNOT_CONTENT_LOAD_DRY_RUN,
                     routines, error);
}

/* The built-in content comes from the GResource, never from the disk. */
gboolean
unknot_content_load_builtin (UnknotLibrary  *library,
                             GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = g_resources_lookup_data (RESOURCE_PATH "/content/unknot-content.xml",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  return unknot_content_load_bytes (library, bytes, "unknot-content.xml", NULL,
                                    UNKNOT_CONTENT_LOAD_BUILTIN, error);
}
