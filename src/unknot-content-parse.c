/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <libxml/SAX2.h>

#include "unknot-content-explain-private.h"
#include "unknot-content-parse-private.h"

static void
parse_problem_clear (UnknotParseProblem *problem)
{
  g_clear_pointer (&problem->message, g_free);
  g_clear_pointer (&problem->str1, g_free);
  g_clear_pointer (&problem->str2, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (UnknotParseProblem, parse_problem_clear)

static void
on_parse_error (void           *user_data,
                UnknotXmlError  error)
{
  xmlParserCtxt *ctxt = user_data;
  UnknotParseProblem *problem = ctxt->_private;

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
  UnknotParseProblem *problem = ctxt->_private;

  if (problem->doctype_line == 0)
    problem->doctype_line = MAX (xmlSAX2GetLineNumber (ctxt), 1);

  xmlStopParser (ctxt);
}

xmlDoc *
_unknot_content_parse_bytes (GBytes      *bytes,
                             const char  *name,
                             GError     **error)
{
  g_auto(UnknotParseProblem) problem = { 0 };
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  const guchar *data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  g_assert (size <= UNKNOT_CONTENT_MAX_BYTES);
  if (size == 0)
    {
      _unknot_content_set_error (error, name, 1, UNKNOT_CONTENT_ERROR_MALFORMED,
                                 _("The file is empty. An Unknot file starts with "
                                   "<unknot version=\"1\">."));
      return NULL;
    }

  if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b)
    {
      _unknot_content_set_error (error, name, 1, UNKNOT_CONTENT_ERROR_MALFORMED,
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
    _unknot_content_set_error (error, name, problem.doctype_line, UNKNOT_CONTENT_ERROR_FORBIDDEN,
                               _("The file contains a DOCTYPE; Unknot files may not declare "
                                 "entities or DTDs. Remove the <!DOCTYPE …> declaration."));
  else if (doc == NULL || problem.message != NULL || !ctxt->wellFormed)
    _unknot_content_explain_malformed (error, name, &problem);
  else
    return g_steal_pointer (&doc);

  return NULL;
}
