/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-types-private.h"
#include "unknot-zone-private.h"

struct _UnknotZone
{
  GObject         parent_instance;

  char           *id;
  char           *name;
  UnknotCaution  *caution;
  GListStore     *regions;
  GListStore     *instead;
  char          **search_words;
};

G_DEFINE_FINAL_TYPE (UnknotZone, unknot_zone, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CAUTION,
  PROP_REGIONS,
  PROP_INSTEAD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
unknot_zone_dispose (GObject *object)
{
  UnknotZone *self = (UnknotZone *) object;

  g_clear_object (&self->caution);
  g_clear_object (&self->regions);
  g_clear_object (&self->instead);

  G_OBJECT_CLASS (unknot_zone_parent_class)->dispose (object);
}

static void
unknot_zone_finalize (GObject *object)
{
  UnknotZone *self = (UnknotZone *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->search_words, g_strfreev);

  G_OBJECT_CLASS (unknot_zone_parent_class)->finalize (object);
}

static void
unknot_zone_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  UnknotZone *self = UNKNOT_ZONE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CAUTION:
      g_value_set_object (value, self->caution);
      break;

    case PROP_REGIONS:
      g_value_set_object (value, self->regions);
      break;

    case PROP_INSTEAD:
      g_value_set_object (value, self->instead);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_zone_class_init (UnknotZoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_zone_dispose;
  object_class->finalize = unknot_zone_finalize;
  object_class->get_property = unknot_zone_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAUTION] =
    g_param_spec_object ("caution", NULL, NULL,
                         UNKNOT_TYPE_CAUTION,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REGIONS] =
    g_param_spec_object ("regions", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_INSTEAD] =
    g_param_spec_object ("instead", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_zone_init (UnknotZone *self)
{
  self->regions = g_list_store_new (UNKNOT_TYPE_REGION);
  self->instead = g_list_store_new (UNKNOT_TYPE_MUSCLE);
}

UnknotZone *
_unknot_zone_new (const char    *id,
                  const char    *name,
                  UnknotCaution *caution)
{
  UnknotZone *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (UNKNOT_IS_CAUTION (caution), NULL);

  self = g_object_new (UNKNOT_TYPE_ZONE, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->caution = g_object_ref (caution);

  return self;
}

void
_unknot_zone_add_region (UnknotZone   *self,
                         UnknotRegion *region)
{
  g_return_if_fail (UNKNOT_IS_ZONE (self));
  g_return_if_fail (UNKNOT_IS_REGION (region));

  g_list_store_append (self->regions, region);
}

void
_unknot_zone_add_instead (UnknotZone   *self,
                          UnknotMuscle *muscle)
{
  g_return_if_fail (UNKNOT_IS_ZONE (self));
  g_return_if_fail (UNKNOT_IS_MUSCLE (muscle));

  g_list_store_append (self->instead, muscle);
}

const char *
unknot_zone_get_id (UnknotZone *self)
{
  g_return_val_if_fail (UNKNOT_IS_ZONE (self), NULL);

  return self->id;
}

const char *
unknot_zone_get_name (UnknotZone *self)
{
  g_return_val_if_fail (UNKNOT_IS_ZONE (self), NULL);

  return self->name;
}

UnknotCaution *
unknot_zone_get_caution (UnknotZone *self)
{
  g_return_val_if_fail (UNKNOT_IS_ZONE (self), NULL);

  return self->caution;
}

GListModel *
unknot_zone_get_regions (UnknotZone *self)
{
  g_return_val_if_fail (UNKNOT_IS_ZONE (self), NULL);

  return G_LIST_MODEL (self->regions);
}

GListModel *
unknot_zone_get_instead (UnknotZone *self)
{
  g_return_val_if_fail (UNKNOT_IS_ZONE (self), NULL);

  return G_LIST_MODEL (self->instead);
}

gboolean
unknot_zone_matches (UnknotZone *self,
                     const char *query)
{
  g_return_val_if_fail (UNKNOT_IS_ZONE (self), FALSE);

  if (self->search_words == NULL)
    {
      g_autofree char *text = NULL;

      text = g_strjoin (" ", self->name, unknot_caution_get_title (self->caution), NULL);
      self->search_words = _unknot_search_words (text);
    }

  return _unknot_search_match ((const char * const *) self->search_words, query);
}
