/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include "unknot-content-core.h"
#include "unknot-library-private.h"

G_BEGIN_DECLS

/* libxml2 2.12 made error records const */
#if LIBXML_VERSION >= 21200
typedef const xmlError *UnknotXmlError;
#else
typedef xmlError *UnknotXmlError;
#endif

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGParserCtxt, xmlRelaxNGFreeParserCtxt)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt)

/* The state of one load: what the file adds, checked before it is committed */
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
} UnknotContentLoader;

/* Where a DOCTYPE began, or the first error the parser reported */
typedef struct
{
  long  doctype_line;
  long  line;
  int   code;
  int   int1;
  char *message;
  char *str1;
  char *str2;
} UnknotParseProblem;

gboolean    _unknot_content_fail              (UnknotContentLoader  *self,
                                               xmlNode              *node,
                                               int                   code,
                                               const char           *format,
                                               ...) G_GNUC_PRINTF (4, 5);
long        _unknot_content_get_line          (xmlNode              *node);
gboolean    _unknot_content_node_is           (xmlNode              *node,
                                               const char           *name);
xmlNode    *_unknot_content_element_next      (xmlNode              *node);
xmlNode    *_unknot_content_find_child        (xmlNode              *node,
                                               const char           *name);
gboolean    _unknot_content_parse_count       (const char           *value,
                                               guint64              *count);
const char *_unknot_content_get_attr          (UnknotContentLoader  *self,
                                               xmlNode              *node,
                                               const char           *name);
const char *_unknot_content_get_required_attr (UnknotContentLoader  *self,
                                               xmlNode              *node,
                                               const char           *name);
gpointer    _unknot_content_find              (UnknotContentLoader  *self,
                                               UnknotContentKind     kind,
                                               const char           *id);

void        _unknot_content_loader_init           (UnknotContentLoader     *self,
                                                   UnknotLibrary           *library,
                                                   const char              *name,
                                                   GFile                   *file,
                                                   UnknotContentLoadFlags   flags,
                                                   GError                 **error);
void        _unknot_content_loader_clear          (UnknotContentLoader     *self);
guint       _unknot_content_get_uint_attr         (UnknotContentLoader     *self,
                                                   xmlNode                 *node,
                                                   const char              *name,
                                                   guint                    fallback);
int         _unknot_content_get_enum_attr         (UnknotContentLoader     *self,
                                                   xmlNode                 *node,
                                                   const char              *name,
                                                   GType                    type);
char       *_unknot_content_get_text              (UnknotContentLoader     *self,
                                                   xmlNode                 *node);
char       *_unknot_content_get_child_text        (UnknotContentLoader     *self,
                                                   xmlNode                 *node,
                                                   const char              *name);
char       *_unknot_content_get_required_child_text (UnknotContentLoader   *self,
                                                     xmlNode               *node,
                                                     const char            *name);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (UnknotContentLoader, _unknot_content_loader_clear)

G_END_DECLS
