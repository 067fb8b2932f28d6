/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "unknot-content-explain-private.h"
#include "unknot-types-private.h"

/* What the parser refused */

static gboolean
set_encoding_error (GError                   **error,
                    const char                *name,
                    const UnknotParseProblem  *problem)
{
  int code = UNKNOT_CONTENT_ERROR_MALFORMED;

  if (problem->code == XML_ERR_UNKNOWN_ENCODING || problem->code == XML_ERR_UNSUPPORTED_ENCODING)
    _unknot_content_set_error (error, name, problem->line, code,
                               _("The file says it is in the encoding “%s”, which Unknot cannot "
                                 "read. Save it as UTF-8 and write encoding=\"UTF-8\"."),
                               problem->str1);
  else if (g_str_has_prefix (problem->message, "Document labelled"))
    _unknot_content_set_error (error, name, problem->line, code,
                               _("The file says it is in one encoding but is written in another. "
                                 "Save it as UTF-8 and write encoding=\"UTF-8\"."));
  else if (g_str_has_prefix (problem->message, "Input is not proper UTF-8") ||
           problem->code == XML_ERR_INVALID_ENCODING)
    _unknot_content_set_error (error, name, problem->line, code,
                               _("The file holds bytes that are not valid UTF-8 text. "
                                 "Save it again as UTF-8 in your text editor."));
  else if (problem->code == XML_ERR_INVALID_CHAR)
    _unknot_content_set_error (error, name, problem->line, code,
                               _("The file holds a control character that XML does not allow. "
                                 "Remove it; a text editor may show it as a box or a question "
                                 "mark."));
  else
    return FALSE;

  return TRUE;
}

static gboolean
set_markup_error (GError                   **error,
                  const char                *name,
                  const UnknotParseProblem  *problem)
{
  int code = UNKNOT_CONTENT_ERROR_MALFORMED;
  long line = problem->line;

  if (problem->code == XML_ERR_UNDECLARED_ENTITY || problem->code == XML_WAR_UNDECLARED_ENTITY)
    _unknot_content_set_error (error, name, line, code,
                               _("“&%s;” is not something an Unknot file can use. "
                                 "Write & as &amp; and < as &lt;."), problem->str1);
  else if (problem->code == XML_ERR_NAME_REQUIRED &&
           g_str_has_prefix (problem->message, "xmlParseEntityRef"))
    _unknot_content_set_error (error, name, line, code, _("A lone “&” must be written as &amp;."));
  else if (problem->code == XML_ERR_TAG_NAME_MISMATCH)
    _unknot_content_set_error (error, name, line, code,
                               _("<%s>, opened on line %d, is closed with </%s>. "
                                 "Check that every tag is closed, in the right order."),
                               problem->str1, problem->int1, problem->str2);
  else if (problem->code == XML_ERR_TAG_NOT_FINISHED)
    _unknot_content_set_error (error, name, line, code,
                               _("<%s>, opened on line %d, is never closed. "
                                 "The file may be cut short."),
                               problem->str1, problem->int1);
  else if (problem->code == XML_ERR_DOCUMENT_END)
    _unknot_content_set_error (error, name, line, code,
                               _("There is more after the end of the file’s main element. "
                                 "Everything must be inside <unknot> … </unknot>."));
  else if (problem->code == XML_ERR_ATTRIBUTE_REDEFINED)
    _unknot_content_set_error (error, name, line, code,
                               _("An element has the attribute “%s” twice. Keep only one."),
                               problem->str1);
  else if (problem->code == XML_ERR_ATTRIBUTE_NOT_STARTED)
    _unknot_content_set_error (error, name, line, code,
                               _("An attribute value is missing its quotes. "
                                 "Write it like sides=\"both\"."));
  else
    return FALSE;

  return TRUE;
}

void
_unknot_content_explain_malformed (GError                   **error,
                                   const char                *name,
                                   const UnknotParseProblem  *problem)
{
  if (problem->message == NULL)
    _unknot_content_set_error (error, name, 1, UNKNOT_CONTENT_ERROR_MALFORMED,
                               _("The file is not well-formed XML."));
  else if (g_str_has_prefix (problem->message, "Excessive depth"))
    _unknot_content_set_error (error, name, problem->line, UNKNOT_CONTENT_ERROR_MALFORMED,
                               _("The elements are nested too deeply for an Unknot file. "
                                 "Check for tags that are opened but never closed."));
  else if (problem->code == XML_ERR_DOCUMENT_EMPTY)
    _unknot_content_set_error (error, name, problem->line, UNKNOT_CONTENT_ERROR_MALFORMED,
                               _("The file holds no XML element. An Unknot file starts with "
                                 "<unknot version=\"1\">."));
  else if (!set_encoding_error (error, name, problem) &&
           !set_markup_error (error, name, problem))
    _unknot_content_set_error (error, name, problem->line, UNKNOT_CONTENT_ERROR_MALFORMED,
                               _("The file is not well-formed XML (%s). "
                                 "Check the tags on this line."),
                               problem->message);
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
  { "tool", "related", "", { REF_ATTRIBUTE } },
  { "caution", "related", "", { REF_ATTRIBUTE } },
  { "zone", "related", "", { REF_ATTRIBUTE } },
  { "muscle", "related", "", { REF_ATTRIBUTE } },
  { "technique", "related", "", { REF_ATTRIBUTE } },
  { "unknot", NULL, "tools? cautions? zones? muscles? techniques? routines? basics?",
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
  { "technique", NULL, "position picture-description steps hold reps cautions? stretch?",
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
  { "basics", NULL, "page+" },
  { "page", NULL, "title para{1,4} bullet{0,4} related?", { ID_ATTRIBUTE } },
  { "related", NULL, "tool{0,99} caution{0,99} zone{0,99} muscle{0,99} technique{0,99}" },
  { "para", NULL, "#text" },
  { "bullet", NULL, "#text" },
  { "name", NULL, "#text" },
  { "description", NULL, "#text" },
  { "title", NULL, "#text" },
  { "text", NULL, "#text" },
  { "anatomical", NULL, "#text" },
  { "keywords", NULL, "#text" },
  { "about", NULL, "#text" },
  { "position", NULL, "#text" },
  { "picture-description", NULL, "#text" },
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
      if (_unknot_content_node_is (parent, name))
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

      if (_unknot_content_node_is (node, spec->element) &&
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
check_number (UnknotContentLoader *self,
              xmlNode             *node,
              const AttributeSpec *attribute,
              const char          *value)
{
  const char *element = (const char *) node->name;
  guint64 n;
  int code;

  if (!_unknot_content_parse_count (value, &n))
    code = UNKNOT_CONTENT_ERROR_INVALID;
  else if (attribute->kind == VALUE_SECONDS && (n < 10 || n > 120))
    code = UNKNOT_CONTENT_ERROR_OUT_OF_RANGE;
  else if (attribute->kind == VALUE_COUNT && n < 1)
    code = UNKNOT_CONTENT_ERROR_OUT_OF_RANGE;
  else
    return TRUE;

  if (attribute->kind == VALUE_SECONDS)
    return _unknot_content_fail (self, node, code,
                                 _("<%s> has %s=“%s”, but it must be a whole number of seconds "
                                   "from 10 to 120."),
                                 element, attribute->name, value);

  return _unknot_content_fail (self, node, code,
                               _("<%s> has %s=“%s”, but it must be a whole number "
                                 "of 1 or more."),
                               element, attribute->name, value);
}

static char *
join_words (const char *words)
{
  g_auto(GStrv) split = g_strsplit (words, " ", -1);

  return g_strjoinv (", ", split);
}

static gboolean
check_value (UnknotContentLoader *self,
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
      return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                                   _("<%s> has %s=“%s”, but ids start with a lowercase letter "
                                     "and hold only lowercase letters, digits and hyphens, "
                                     "like “calves-roller”."),
                                   element, attribute->name, value);

    case VALUE_SECONDS:
    case VALUE_COUNT:
      return check_number (self, node, attribute, value);

    case VALUE_CHOICE:
    default:
      if (is_choice (value, attribute->choices))
        return TRUE;
      choices = join_words (attribute->choices);
      return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                                   _("<%s> has %s=“%s”, but it must be one of: %s."),
                                   element, attribute->name, value, choices);
    }
}

static gboolean
check_attributes (UnknotContentLoader *self,
                  xmlNode             *node,
                  const ElementSpec   *spec)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      if (attr->ns != NULL || find_attribute_spec (spec, (const char *) attr->name) == NULL)
        return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                                     _("<%s> has an attribute “%s” that Unknot does not "
                                       "know. Check its spelling."),
                                     (const char *) node->name, (const char *) attr->name);
    }

  for (guint i = 0; i < G_N_ELEMENTS (spec->attributes) && spec->attributes[i].name; i++)
    {
      const AttributeSpec *attribute = &spec->attributes[i];
      const char *value = _unknot_content_get_attr (self, node, attribute->name);

      if (value == NULL && !attribute->optional)
        return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
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
  return text[strspn (text, " \t\n\r")] == '\0';
}

static gboolean
is_text_node (xmlNode *node)
{
  return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE;
}

static gboolean
check_text (UnknotContentLoader *self,
            xmlNode             *node)
{
  g_autofree char *text = NULL;
  xmlNode *child = _unknot_content_element_next (node->children);
  xmlChar *content;

  if (child != NULL)
    return _unknot_content_fail (self, child, UNKNOT_CONTENT_ERROR_INVALID,
                                 _("<%s> may only hold text, but it holds <%s>."),
                                 (const char *) node->name, (const char *) child->name);

  content = xmlNodeGetContent (node);
  text = g_strdup (content != NULL ? (const char *) content : "");
  xmlFree (content);

  if (is_blank (text))
    return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
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
check_no_text (UnknotContentLoader *self,
               xmlNode             *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *excerpt = NULL;

      if (!is_text_node (child) || child->content == NULL ||
          is_blank ((const char *) child->content))
        continue;

      excerpt = get_excerpt ((const char *) child->content);
      return _unknot_content_fail (self, child, UNKNOT_CONTENT_ERROR_INVALID,
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
fail_unexpected_child (UnknotContentLoader *self,
                       xmlNode             *node,
                       xmlNode             *child,
                       const char          *content)
{
  g_autofree char *expected = describe_content (content);
  const char *parent = (const char *) node->name;
  const char *name = (const char *) child->name;
  xmlNode *previous = child->prev;

  while (previous != NULL && previous->type != XML_ELEMENT_NODE)
    previous = previous->prev;

  if (child->ns != NULL || !content_allows (content, name))
    return _unknot_content_fail (self, child, UNKNOT_CONTENT_ERROR_INVALID,
                                 _("<%s> is not allowed inside <%s>. Check its spelling. "
                                   "Inside <%s> Unknot expects, in this order: %s."),
                                 name, parent, parent, expected);

  if (previous != NULL && _unknot_content_node_is (previous, name))
    return _unknot_content_fail (self, child, UNKNOT_CONTENT_ERROR_INVALID,
                                 _("<%s> holds too many <%s>. Remove this one."),
                                 parent, name);

  return _unknot_content_fail (self, child, UNKNOT_CONTENT_ERROR_INVALID,
                               _("<%s> is in the wrong place inside <%s>. "
                                 "Inside <%s> Unknot expects, in this order: %s."),
                               name, parent, parent, expected);
}

static gboolean
fail_missing_child (UnknotContentLoader *self,
                    xmlNode             *node,
                    xmlNode             *child,
                    const char          *name,
                    guint                count,
                    guint                min,
                    guint                max,
                    const char          *content)
{
  g_autofree char *expected = describe_content (content);
  const char *parent = (const char *) node->name;

  if (min > 1)
    return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                                 _("<%s> holds %u <%s>, but it needs %u to %u."),
                                 parent, count, name, min, max);

  return _unknot_content_fail (self, child != NULL ? child : node,
                               UNKNOT_CONTENT_ERROR_INVALID,
                               _("<%s> is missing <%s>. "
                                 "Inside <%s> Unknot expects, in this order: %s."),
                               parent, name, parent, expected);
}

static gboolean
check_children (UnknotContentLoader *self,
                xmlNode             *node,
                const char          *content)
{
  g_auto(GStrv) particles = g_strsplit (content, " ", -1);
  xmlNode *child = _unknot_content_element_next (node->children);

  if (!check_no_text (self, node))
    return FALSE;

  for (guint i = 0; particles[i] != NULL; i++)
    {
      guint min, max, count = 0;
      g_autofree char *name = parse_particle (particles[i], &min, &max);

      while (child != NULL && _unknot_content_node_is (child, name) && count < max)
        {
          count++;
          child = _unknot_content_element_next (child->next);
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
check_content (UnknotContentLoader *self,
               xmlNode             *node,
               const ElementSpec   *spec)
{
  if (strcmp (spec->content, "#text") == 0)
    return check_text (self, node);

  if (spec->content[0] != '\0')
    return check_children (self, node, spec->content);

  if (!check_no_text (self, node))
    return FALSE;

  if (_unknot_content_element_next (node->children) != NULL)
    return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                                 _("<%s> takes only attributes. Remove what is inside it."),
                                 (const char *) node->name);

  return TRUE;
}

static gboolean
check_structure (UnknotContentLoader *self,
                 xmlNode             *node)
{
  const ElementSpec *spec;

  if (node->ns != NULL)
    return _unknot_content_fail (self, node, UNKNOT_CONTENT_ERROR_INVALID,
                                 _("<%s> is in the XML namespace “%s”, but Unknot elements "
                                   "are in none. Remove the namespace."),
                                 (const char *) node->name,
                                 node->ns->href != NULL ? (const char *) node->ns->href
                                                        : "");

  /* An unknown element is reported by its parent */
  spec = find_element_spec (node);
  if (spec == NULL)
    return TRUE;

  if (!check_attributes (self, node, spec) || !check_content (self, node, spec))
    return FALSE;

  for (xmlNode *child = _unknot_content_element_next (node->children);
       child != NULL;
       child = _unknot_content_element_next (child->next))
    {
      if (!check_structure (self, child))
        return FALSE;
    }

  return TRUE;
}

gboolean
_unknot_content_explain_invalid (UnknotContentLoader *self,
                                 xmlNode             *root)
{
  return !check_structure (self, root);
}
