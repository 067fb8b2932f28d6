/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "unknot-content-check-private.h"
#include "unknot-content-explain-private.h"

/* As many repetitions as the hold timer counts */
#define MAX_REPS 99

/* Before the schema */

gboolean
_unknot_content_check_no_include (UnknotContentLoader *self,
                                  xmlNode             *node)
{
  for (xmlNode *child = _unknot_content_element_next (node);
       child != NULL;
       child = _unknot_content_element_next (child->next))
    {
      if (child->ns != NULL && child->ns->href != NULL &&
          (xmlStrEqual (child->ns->href, (const xmlChar *) "http://www.w3.org/2001/XInclude") ||
           xmlStrEqual (child->ns->href, (const xmlChar *) "http://www.w3.org/2003/XInclude")))
        return _unknot_content_fail (self, child, UNKNOT_CONTENT_ERROR_FORBIDDEN,
                                     _("<%s> asks to include another file (XInclude); Unknot "
                                       "files may not include other files. Copy what you need "
                                       "into this file instead."),
                                     (const char *) child->name);

      if (!_unknot_content_check_no_include (self, child->children))
        return FALSE;
    }

  return TRUE;
}

gboolean
_unknot_content_check_root (UnknotContentLoader *self,
                            xmlNode             *root)
{
  const char *version;

  if (!_unknot_content_node_is (root, "unknot"))
    return _unknot_content_fail (self, root, UNKNOT_CONTENT_ERROR_INVALID,
                                 _("The file starts with <%s>, but an Unknot file starts with "
                                   "<unknot version=\"1\">. Check that this is an Unknot file."),
                                 (const char *) root->name);

  version = _unknot_content_get_attr (self, root, "version");
  if (version == NULL)
    return _unknot_content_fail (self, root, UNKNOT_CONTENT_ERROR_INVALID,
                                 _("<unknot> has no version. "
                                   "Write <unknot version=\"1\">."));

  if (strcmp (version, "1") != 0)
    return _unknot_content_fail (self, root, UNKNOT_CONTENT_ERROR_INVALID,
                                 _("The file is in format version “%s”, but this Unknot reads "
                                   "version 1 only. Ask whoever made the file for a version 1 "
                                   "file."),
                                 version);

  return TRUE;
}

/* The schema */

typedef struct
{
  long  line;
  char *element;
  char *message;
} SchemaProblem;

static void
schema_problem_clear (SchemaProblem *problem)
{
  g_clear_pointer (&problem->element, g_free);
  g_clear_pointer (&problem->message, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SchemaProblem, schema_problem_clear)

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

static void
on_schema_error (void           *user_data,
                 UnknotXmlError  error)
{
  SchemaProblem *problem = user_data;
  xmlNode *node = error->node;

  if (problem->message != NULL)
    return;

  problem->line = node != NULL ? _unknot_content_get_line (node) : error->line;
  problem->message = g_strchomp (g_strdup (error->message != NULL ? error->message : ""));
  problem->element = g_strdup (node != NULL && node->name != NULL ? (const char *) node->name
                                                                  : "unknot");
}

/* The schema decides; when it refuses, our own walk over the same rules
 * finds the first problem and names it in words a trainer understands.
 */
gboolean
_unknot_content_check_schema (UnknotContentLoader *self,
                              xmlDoc              *doc)
{
  g_autoptr(xmlRelaxNGValidCtxt) ctxt = NULL;
  g_auto(SchemaProblem) problem = { 0 };

  ctxt = xmlRelaxNGNewValidCtxt (get_schema ());
  g_assert (ctxt != NULL);
  xmlRelaxNGSetValidStructuredErrors (ctxt, on_schema_error, &problem);

  if (xmlRelaxNGValidateDoc (ctxt, doc) == 0)
    return TRUE;

  if (_unknot_content_explain_invalid (self, xmlDocGetRootElement (doc)))
    return FALSE;

  _unknot_content_set_error (self->error, self->name, problem.line, UNKNOT_CONTENT_ERROR_INVALID,
                             _("<%s> does not follow the Unknot file format (%s). "
                               "Compare it with the built-in content."),
                             problem.element != NULL ? problem.element : "unknot",
                             problem.message != NULL ? problem.message : "");
  return FALSE;
}

gboolean
_unknot_content_check_user_sections (UnknotContentLoader *self,
                                     xmlNode             *root)
{
  for (xmlNode *node = _unknot_content_element_next (root->children);
       node != NULL;
       node = _unknot_content_element_next (node->next))
    {
      if (!_unknot_content_node_is (node, "routines"))
        return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_NOT_ALLOWED,
                                     _("A routine file may only hold <routines>, but this one "
                                       "also has <%s>. Remove it: tools, cautions, zones, "
                                       "muscles and techniques come with Unknot."),
                                     (const char *) node->name);
    }

  return TRUE;
}

/* Ids */

static gboolean
fail_duplicate (UnknotContentLoader *self,
                UnknotContentKind    kind,
                xmlNode             *node,
                const char          *id,
                long                 line)
{
  int code = UNKNOT_CONTENT_ERROR_DUPLICATE_ID;

  switch (kind)
    {
    case UNKNOT_CONTENT_TOOL:
      return _unknot_content_fail (self, node, code,
                                   _("There is already a tool with the id “%s”, on line %ld. "
                                     "Give each tool its own id."), id, line);
    case UNKNOT_CONTENT_CAUTION:
      return _unknot_content_fail (self, node, code,
                                   _("There is already a caution with the id “%s”, "
                                     "on line %ld. Give each caution its own id."), id, line);
    case UNKNOT_CONTENT_ZONE:
      return _unknot_content_fail (self, node, code,
                                   _("There is already a zone with the id “%s”, on line %ld. "
                                     "Give each zone its own id."), id, line);
    case UNKNOT_CONTENT_MUSCLE:
      return _unknot_content_fail (self, node, code,
                                   _("There is already a muscle with the id “%s”, "
                                     "on line %ld. Give each muscle its own id."), id, line);
    case UNKNOT_CONTENT_TECHNIQUE:
      return _unknot_content_fail (self, node, code,
                                   _("There is already a technique with the id “%s”, "
                                     "on line %ld. Give each technique its own id."), id, line);
    case UNKNOT_CONTENT_ROUTINE:
      return _unknot_content_fail (self, node, code,
                                   _("There is already a routine with the id “%s”, "
                                     "on line %ld. Give each routine its own id."), id, line);
    case UNKNOT_CONTENT_BASICS_PAGE:
      return _unknot_content_fail (self, node, code,
                                   _("There is already a Basics page with the id “%s”, "
                                     "on line %ld. Give each page its own id."), id, line);
    case UNKNOT_CONTENT_REGION:
    case UNKNOT_N_CONTENT_KINDS:
    default:
      return _unknot_content_fail (self, node, code,
                                   _("The map region “%s” is already used on line %ld. Each "
                                     "region of the body map belongs to one muscle or zone."),
                                   id, line);
    }
}

static gboolean
fail_taken (UnknotContentLoader *self,
            UnknotContentKind    kind,
            xmlNode             *node,
            const char          *id)
{
  if (kind == UNKNOT_CONTENT_ROUTINE && (self->flags & UNKNOT_CONTENT_LOAD_USER) != 0)
    return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_NOT_ALLOWED,
                                 _("There is already a routine with the id “%s”. "
                                   "Give this routine a different id."), id);

  return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_DUPLICATE_ID,
                               _("The id “%s” is already used by content Unknot has loaded. "
                                 "Give this one a different id."), id);
}

static gboolean
may_replace (UnknotContentLoader *self,
             UnknotContentKind    kind,
             gpointer             existing)
{
  return kind == UNKNOT_CONTENT_ROUTINE &&
         (self->flags & UNKNOT_CONTENT_LOAD_REPLACE_USER) != 0 &&
         unknot_routine_get_is_user (existing);
}

gboolean
_unknot_content_check_new_id (UnknotContentLoader *self,
                              UnknotContentKind    kind,
                              xmlNode             *node,
                              const char          *id)
{
  xmlNode *first = g_hash_table_lookup (self->nodes[kind], id);
  gpointer existing;

  if (first != NULL)
    return fail_duplicate (self, kind, node, id, _unknot_content_get_line (first));

  existing = _unknot_library_lookup (self->library, kind, id);
  if (existing != NULL && !may_replace (self, kind, existing))
    return fail_taken (self, kind, node, id);

  return TRUE;
}

/* References */

UnknotCaution *
_unknot_content_check_zone_caution (UnknotContentLoader *self,
                                    xmlNode             *zone)
{
  const char *id = _unknot_content_get_required_attr (self, zone, "id");
  const char *caution_id = _unknot_content_get_required_attr (self, zone, "caution");
  UnknotCaution *caution = _unknot_content_find (self, UNKNOT_CONTENT_CAUTION, caution_id);

  if (caution == NULL)
    _unknot_content_fail (self, zone, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
                          _("The zone “%s” uses caution “%s”, which does not exist. "
                            "Check the spelling or add the caution under <cautions>."),
                          id, caution_id);
  else if (unknot_caution_get_kind (caution) != UNKNOT_CAUTION_KIND_ZONE)
    _unknot_content_fail (self, zone, UNKNOT_CONTENT_ERROR_INVALID,
                          _("The zone “%s” uses caution “%s”, which is not of kind “zone”. "
                            "A zone needs a caution that says why the area is never rolled."),
                          id, caution_id);
  else
    return caution;

  return NULL;
}

UnknotMuscle *
_unknot_content_check_instead_muscle (UnknotContentLoader *self,
                                      xmlNode             *node,
                                      const char          *zone_id)
{
  const char *muscle_id = _unknot_content_get_required_attr (self, node, "ref");
  UnknotMuscle *muscle = _unknot_content_find (self, UNKNOT_CONTENT_MUSCLE, muscle_id);

  if (muscle == NULL)
    _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
                          _("The zone “%s” suggests muscle “%s” instead, which does not "
                            "exist. Check the spelling or use one of the muscle ids."),
                          zone_id, muscle_id);

  return muscle;
}

UnknotMuscle *
_unknot_content_check_technique_muscle (UnknotContentLoader *self,
                                        xmlNode             *technique)
{
  const char *id = _unknot_content_get_required_attr (self, technique, "id");
  const char *muscle_id = _unknot_content_get_required_attr (self, technique, "muscle");
  UnknotMuscle *muscle = _unknot_content_find (self, UNKNOT_CONTENT_MUSCLE, muscle_id);

  if (muscle != NULL)
    return muscle;

  if (_unknot_content_find (self, UNKNOT_CONTENT_ZONE, muscle_id) != NULL)
    _unknot_content_fail (self, technique, UNKNOT_CONTENT_ERROR_NO_ROLL_ZONE,
                          _("The technique “%s” is aimed at “%s”, a no-roll zone. That area "
                            "must never be rolled: aim the technique at a muscle instead."),
                          id, muscle_id);
  else
    _unknot_content_fail (self, technique, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
                          _("The technique “%s” is for muscle “%s”, which does not exist. "
                            "Check the spelling or use one of the muscle ids."),
                          id, muscle_id);

  return NULL;
}

UnknotTool *
_unknot_content_check_technique_tool (UnknotContentLoader *self,
                                      xmlNode             *technique)
{
  const char *tool_id = _unknot_content_get_required_attr (self, technique, "tool");
  UnknotTool *tool = _unknot_content_find (self, UNKNOT_CONTENT_TOOL, tool_id);

  if (tool == NULL)
    _unknot_content_fail (self, technique, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
                          _("The technique “%s” uses tool “%s”, which does not exist. "
                            "Check the spelling or add the tool under <tools>."),
                          _unknot_content_get_required_attr (self, technique, "id"), tool_id);

  return tool;
}

UnknotCaution *
_unknot_content_check_technique_caution (UnknotContentLoader *self,
                                         xmlNode             *node,
                                         UnknotTechnique     *technique)
{
  const char *caution_id = _unknot_content_get_required_attr (self, node, "ref");
  UnknotCaution *caution = _unknot_content_find (self, UNKNOT_CONTENT_CAUTION, caution_id);

  if (caution == NULL)
    _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
                          _("The technique “%s” refers to caution “%s”, which does not exist. "
                            "Check the spelling or add the caution under <cautions>."),
                          unknot_technique_get_id (technique), caution_id);

  return caution;
}

UnknotTechnique *
_unknot_content_check_item_technique (UnknotContentLoader *self,
                                      xmlNode             *item,
                                      UnknotRoutine       *routine)
{
  const char *technique_id = _unknot_content_get_required_attr (self, item, "technique");
  UnknotTechnique *technique;

  technique = _unknot_content_find (self, UNKNOT_CONTENT_TECHNIQUE, technique_id);
  if (technique != NULL)
    return technique;

  if (_unknot_content_find (self, UNKNOT_CONTENT_ZONE, technique_id) != NULL)
    _unknot_content_fail (self, item, UNKNOT_CONTENT_ERROR_NO_ROLL_ZONE,
                          _("The item in routine “%s” names the no-roll zone “%s” as its "
                            "technique. That area must never be rolled: use a technique for "
                            "a muscle around it."),
                          unknot_routine_get_id (routine), technique_id);
  else
    _unknot_content_fail (self, item, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
                          _("The item in routine “%s” uses technique “%s”, which does not "
                            "exist. Check the spelling or use one of the built-in technique "
                            "ids."),
                          unknot_routine_get_id (routine), technique_id);

  return NULL;
}

/* Ranges */

gboolean
_unknot_content_check_range (UnknotContentLoader *self,
                             xmlNode             *technique,
                             xmlNode             *node,
                             gboolean             is_hold,
                             const UnknotRange   *range)
{
  const char *id = _unknot_content_get_required_attr (self, technique, "id");

  if (!is_hold && range->max > MAX_REPS)
    return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_OUT_OF_RANGE,
                                 _("The technique “%s” allows up to %u repetitions, but Unknot "
                                   "counts at most 99. Lower the maximum."), id, range->max);

  if (range->min > range->max)
    return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_OUT_OF_RANGE,
                                 is_hold ? _("The technique “%s” has a shortest hold of %u "
                                             "seconds and a longest of %u: the shortest is "
                                             "longer. Swap the two values.")
                                         : _("The technique “%s” has at least %u and at most "
                                             "%u repetitions: the minimum is larger. Swap the "
                                             "two values."),
                                 id, range->min, range->max);

  if (range->def < range->min || range->def > range->max)
    return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_OUT_OF_RANGE,
                                 is_hold ? _("The technique “%s” has a default hold of %u "
                                             "seconds, outside its own range of %u to %u "
                                             "seconds. Pick a default between min and max.")
                                         : _("The technique “%s” has a default of %u "
                                             "repetitions, outside its own range of %u to "
                                             "%u. Pick a default between min and max."),
                                 id, range->def, range->min, range->max);

  return TRUE;
}

gboolean
_unknot_content_check_item (UnknotContentLoader *self,
                            xmlNode             *item,
                            UnknotRoutine       *routine,
                            UnknotTechnique     *technique,
                            guint                hold,
                            guint                reps)
{
  const char *routine_id = unknot_routine_get_id (routine);
  const char *technique_id = unknot_technique_get_id (technique);

  if (hold < unknot_technique_get_hold_min (technique) ||
      hold > unknot_technique_get_hold_max (technique))
    return _unknot_content_fail (self, item, UNKNOT_CONTENT_ERROR_OUT_OF_RANGE,
                                 _("The item in routine “%s” holds technique “%s” for %u "
                                   "seconds, but that technique allows %u to %u seconds. "
                                   "Use a hold in that range."),
                                 routine_id, technique_id, hold,
                                 unknot_technique_get_hold_min (technique),
                                 unknot_technique_get_hold_max (technique));

  if (reps < unknot_technique_get_reps_min (technique) ||
      reps > unknot_technique_get_reps_max (technique))
    return _unknot_content_fail (self, item, UNKNOT_CONTENT_ERROR_OUT_OF_RANGE,
                                 _("The item in routine “%s” repeats technique “%s” %u times, "
                                   "but that technique allows %u to %u. Use a number in that "
                                   "range."),
                                 routine_id, technique_id, reps,
                                 unknot_technique_get_reps_min (technique),
                                 unknot_technique_get_reps_max (technique));

  return TRUE;
}

/* What a Basics page refers to: <tool>, <caution>, <zone>, <muscle> or
 * <technique>, each with a ref.
 */
GObject *
_unknot_content_check_basics_reference (UnknotContentLoader *self,
                                        xmlNode             *node,
                                        const char          *page_id)
{
  static const struct {
    const char        *element;
    UnknotContentKind  kind;
  } kinds[] = {
    { "tool", UNKNOT_CONTENT_TOOL },
    { "caution", UNKNOT_CONTENT_CAUTION },
    { "zone", UNKNOT_CONTENT_ZONE },
    { "muscle", UNKNOT_CONTENT_MUSCLE },
    { "technique", UNKNOT_CONTENT_TECHNIQUE },
  };
  const char *ref = _unknot_content_get_required_attr (self, node, "ref");
  const char *element = (const char *) node->name;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GObject *target;

      if (!_unknot_content_node_is (node, kinds[i].element))
        continue;

      if ((target = _unknot_content_find (self, kinds[i].kind, ref)) != NULL)
        return target;
      break;
    }

  _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE,
                        _("The Basics page “%s” refers to <%s ref=\"%s\">, which does not exist. "
                          "Check the spelling or use one of the ids defined above."),
                        page_id, element, ref);
  return NULL;
}
