/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-basics-page-private.h"
#include "unknot-content-basics-private.h"
#include "unknot-content-check-private.h"

static GStrv
read_texts (UnknotContentLoader *self,
            xmlNode             *page,
            const char          *name)
{
  GPtrArray *texts = g_ptr_array_new ();

  for (xmlNode *child = _unknot_content_element_next (page->children);
       child != NULL;
       child = _unknot_content_element_next (child->next))
    {
      if (_unknot_content_node_is (child, name))
        g_ptr_array_add (texts, _unknot_content_get_text (self, child));
    }
  g_ptr_array_add (texts, NULL);

  return (GStrv) g_ptr_array_free (texts, FALSE);
}

gboolean
_unknot_content_add_basics_references (UnknotContentLoader *self,
                                       xmlNode             *node,
                                       UnknotBasicsPage    *page)
{
  xmlNode *related = _unknot_content_find_child (node, "related");

  for (xmlNode *child = related != NULL ? _unknot_content_element_next (related->children) : NULL;
       child != NULL;
       child = _unknot_content_element_next (child->next))
    {
      GObject *target;

      target = _unknot_content_check_basics_reference (self, child,
                                                       unknot_basics_page_get_id (page));
      if (target == NULL)
        return FALSE;
      _unknot_basics_page_add_reference (page, target);
    }

  return TRUE;
}

UnknotBasicsPage *
_unknot_content_new_basics_page (UnknotContentLoader *self,
                                 xmlNode             *node)
{
  const char *id = _unknot_content_get_required_attr (self, node, "id");
  xmlNode *title_node = _unknot_content_find_child (node, "title");
  g_autofree char *title = _unknot_content_get_text (self, title_node);
  g_auto(GStrv) paragraphs = read_texts (self, node, "para");
  g_auto(GStrv) bullets = read_texts (self, node, "bullet");

  return _unknot_basics_page_new (id, title != NULL ? title : "",
                                  (const char * const *) paragraphs,
                                  (const char * const *) bullets);
}
