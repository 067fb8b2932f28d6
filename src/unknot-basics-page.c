/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-basics-page-private.h"
#include "unknot-zone.h"

/* One page of "Foam Rolling Basics": a title, a few paragraphs, a few
 * bullet lines, and the tools, cautions, zones, muscles or techniques it
 * talks about. */
struct _UnknotBasicsPage
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  GStrv       paragraphs;
  GStrv       bullets;
  GListStore *references;
};

G_DEFINE_FINAL_TYPE (UnknotBasicsPage, unknot_basics_page, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
unknot_basics_page_dispose (GObject *object)
{
  UnknotBasicsPage *self = (UnknotBasicsPage *) object;

  g_clear_object (&self->references);

  G_OBJECT_CLASS (unknot_basics_page_parent_class)->dispose (object);
}

static void
unknot_basics_page_finalize (GObject *object)
{
  UnknotBasicsPage *self = (UnknotBasicsPage *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->paragraphs, g_strfreev);
  g_clear_pointer (&self->bullets, g_strfreev);

  G_OBJECT_CLASS (unknot_basics_page_parent_class)->finalize (object);
}

static void
unknot_basics_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  UnknotBasicsPage *self = UNKNOT_BASICS_PAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_basics_page_class_init (UnknotBasicsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_basics_page_dispose;
  object_class->finalize = unknot_basics_page_finalize;
  object_class->get_property = unknot_basics_page_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_basics_page_init (UnknotBasicsPage *self)
{
  self->references = g_list_store_new (G_TYPE_OBJECT);
}

UnknotBasicsPage *
_unknot_basics_page_new (const char         *id,
                         const char         *title,
                         const char * const *paragraphs,
                         const char * const *bullets)
{
  UnknotBasicsPage *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (paragraphs != NULL, NULL);
  g_return_val_if_fail (bullets != NULL, NULL);

  self = g_object_new (UNKNOT_TYPE_BASICS_PAGE, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->paragraphs = g_strdupv ((char **) paragraphs);
  self->bullets = g_strdupv ((char **) bullets);

  return self;
}

void
_unknot_basics_page_add_reference (UnknotBasicsPage *self,
                                   GObject          *target)
{
  g_return_if_fail (UNKNOT_IS_BASICS_PAGE (self));
  g_return_if_fail (G_IS_OBJECT (target));

  g_list_store_append (self->references, target);
}

const char *
unknot_basics_page_get_id (UnknotBasicsPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_BASICS_PAGE (self), NULL);

  return self->id;
}

const char *
unknot_basics_page_get_title (UnknotBasicsPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_BASICS_PAGE (self), NULL);

  return self->title;
}

const char * const *
unknot_basics_page_get_paragraphs (UnknotBasicsPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_BASICS_PAGE (self), NULL);

  return (const char * const *) self->paragraphs;
}

const char * const *
unknot_basics_page_get_bullets (UnknotBasicsPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_BASICS_PAGE (self), NULL);

  return (const char * const *) self->bullets;
}

/**
 * unknot_basics_page_get_references:
 *
 * Returns: (transfer none): the #UnknotTool, #UnknotCaution, #UnknotZone,
 *   #UnknotMuscle and #UnknotTechnique objects the page refers to, in
 *   the order of the file
 */
GListModel *
unknot_basics_page_get_references (UnknotBasicsPage *self)
{
  g_return_val_if_fail (UNKNOT_IS_BASICS_PAGE (self), NULL);

  return G_LIST_MODEL (self->references);
}

/* A page explains a caution it names, and the caution of a zone it names. */
gboolean
unknot_basics_page_explains (UnknotBasicsPage *self,
                             UnknotCaution    *caution)
{
  GListModel *references;

  g_return_val_if_fail (UNKNOT_IS_BASICS_PAGE (self), FALSE);
  g_return_val_if_fail (UNKNOT_IS_CAUTION (caution), FALSE);

  references = G_LIST_MODEL (self->references);
  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr(GObject) target = g_list_model_get_item (references, i);

      if (target == G_OBJECT (caution) ||
          (UNKNOT_IS_ZONE (target) && unknot_zone_get_caution (UNKNOT_ZONE (target)) == caution))
        return TRUE;
    }

  return FALSE;
}
