/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-muscle-private.h"
#include "unknot-types-private.h"

struct _UnknotMuscle
{
  GObject          parent_instance;

  char            *id;
  char            *name;
  char            *anatomical_name;
  char            *keywords;
  char            *about;
  GListStore      *regions;
  GListStore      *techniques;
  char           **search_words;
  UnknotBodyGroup  group;
};

G_DEFINE_FINAL_TYPE (UnknotMuscle, unknot_muscle, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ANATOMICAL_NAME,
  PROP_GROUP,
  PROP_KEYWORDS,
  PROP_ABOUT,
  PROP_REGIONS,
  PROP_TECHNIQUES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
unknot_muscle_dispose (GObject *object)
{
  UnknotMuscle *self = (UnknotMuscle *) object;

  g_clear_object (&self->regions);
  g_clear_object (&self->techniques);

  G_OBJECT_CLASS (unknot_muscle_parent_class)->dispose (object);
}

static void
unknot_muscle_finalize (GObject *object)
{
  UnknotMuscle *self = (UnknotMuscle *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->anatomical_name, g_free);
  g_clear_pointer (&self->keywords, g_free);
  g_clear_pointer (&self->about, g_free);
  g_clear_pointer (&self->search_words, g_strfreev);

  G_OBJECT_CLASS (unknot_muscle_parent_class)->finalize (object);
}

static void
unknot_muscle_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  UnknotMuscle *self = UNKNOT_MUSCLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ANATOMICAL_NAME:
      g_value_set_string (value, self->anatomical_name);
      break;

    case PROP_GROUP:
      g_value_set_enum (value, self->group);
      break;

    case PROP_KEYWORDS:
      g_value_set_string (value, self->keywords);
      break;

    case PROP_ABOUT:
      g_value_set_string (value, self->about);
      break;

    case PROP_REGIONS:
      g_value_set_object (value, self->regions);
      break;

    case PROP_TECHNIQUES:
      g_value_set_object (value, self->techniques);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_muscle_class_init (UnknotMuscleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_muscle_dispose;
  object_class->finalize = unknot_muscle_finalize;
  object_class->get_property = unknot_muscle_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ANATOMICAL_NAME] =
    g_param_spec_string ("anatomical-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_GROUP] =
    g_param_spec_enum ("group", NULL, NULL,
                       UNKNOT_TYPE_BODY_GROUP, UNKNOT_BODY_GROUP_LOWER_LEGS,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_KEYWORDS] =
    g_param_spec_string ("keywords", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ABOUT] =
    g_param_spec_string ("about", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REGIONS] =
    g_param_spec_object ("regions", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TECHNIQUES] =
    g_param_spec_object ("techniques", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_muscle_init (UnknotMuscle *self)
{
  self->regions = g_list_store_new (UNKNOT_TYPE_REGION);
}

UnknotMuscle *
_unknot_muscle_new (const char      *id,
                    const char      *name,
                    const char      *anatomical_name,
                    UnknotBodyGroup  group,
                    const char      *keywords,
                    const char      *about,
                    GListStore      *techniques)
{
  UnknotMuscle *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (anatomical_name != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_STORE (techniques), NULL);

  /* The loader brings the typed list, so a muscle needs to know nothing
   * about techniques beyond their being objects. */
  self = g_object_new (UNKNOT_TYPE_MUSCLE, NULL);
  self->techniques = g_object_ref (techniques);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->anatomical_name = g_strdup (anatomical_name);
  self->group = group;
  self->keywords = g_strdup (keywords);
  self->about = g_strdup (about);

  return self;
}

void
_unknot_muscle_add_region (UnknotMuscle *self,
                           UnknotRegion *region)
{
  g_return_if_fail (UNKNOT_IS_MUSCLE (self));
  g_return_if_fail (UNKNOT_IS_REGION (region));

  g_list_store_append (self->regions, region);
}

void
_unknot_muscle_add_technique (UnknotMuscle *self,
                              gpointer      technique)
{
  g_return_if_fail (UNKNOT_IS_MUSCLE (self));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (technique,
                                                g_list_model_get_item_type (
                                                  G_LIST_MODEL (self->techniques))));

  g_list_store_append (self->techniques, technique);
}

const char *
unknot_muscle_get_id (UnknotMuscle *self)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE (self), NULL);

  return self->id;
}

const char *
unknot_muscle_get_name (UnknotMuscle *self)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE (self), NULL);

  return self->name;
}

const char *
unknot_muscle_get_anatomical_name (UnknotMuscle *self)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE (self), NULL);

  return self->anatomical_name;
}

UnknotBodyGroup
unknot_muscle_get_group (UnknotMuscle *self)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE (self), UNKNOT_BODY_GROUP_LOWER_LEGS);

  return self->group;
}

/**
 * unknot_muscle_get_keywords:
 * @self: a muscle
 *
 * Returns: (nullable): space-separated search words, or %NULL when the content has none
 */
const char *
unknot_muscle_get_keywords (UnknotMuscle *self)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE (self), NULL);

  return self->keywords;
}

/**
 * unknot_muscle_get_about:
 * @self: a muscle
 *
 * Returns: (nullable): what the muscle does, or %NULL when the content has no text
 */
const char *
unknot_muscle_get_about (UnknotMuscle *self)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE (self), NULL);

  return self->about;
}

GListModel *
unknot_muscle_get_regions (UnknotMuscle *self)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE (self), NULL);

  return G_LIST_MODEL (self->regions);
}

GListModel *
unknot_muscle_get_techniques (UnknotMuscle *self)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE (self), NULL);

  return G_LIST_MODEL (self->techniques);
}

/* Built on first use: most muscles are never searched for. */
static const char * const *
unknot_muscle_get_search_words (UnknotMuscle *self)
{
  if (self->search_words == NULL)
    {
      g_autofree char *text = NULL;

      text = g_strjoin (" ", self->name, self->anatomical_name,
                        unknot_body_group_get_label (self->group),
                        self->keywords != NULL ? self->keywords : "",
                        NULL);
      self->search_words = _unknot_search_words (text);
    }

  return (const char * const *) self->search_words;
}

/**
 * unknot_muscle_matches:
 * @self: a muscle
 * @query: (nullable): what someone typed
 *
 * Every word of @query must start a word of the name, the anatomical name,
 * the keywords or the body group, ignoring case and accents.
 *
 * Returns: %TRUE when the muscle matches; an empty query matches all
 */
gboolean
unknot_muscle_matches (UnknotMuscle *self,
                       const char   *query)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE (self), FALSE);

  return _unknot_search_match (unknot_muscle_get_search_words (self), query);
}
