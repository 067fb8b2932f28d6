/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-region-private.h"

struct _UnknotRegion
{
  GObject     parent_instance;

  char       *id;
  char       *target_id;
  UnknotView  view;
  UnknotSide  side;
  gboolean    is_zone;
};

G_DEFINE_FINAL_TYPE (UnknotRegion, unknot_region, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VIEW,
  PROP_SIDE,
  PROP_TARGET_ID,
  PROP_IS_ZONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
unknot_region_finalize (GObject *object)
{
  UnknotRegion *self = (UnknotRegion *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->target_id, g_free);

  G_OBJECT_CLASS (unknot_region_parent_class)->finalize (object);
}

static void
unknot_region_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  UnknotRegion *self = UNKNOT_REGION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_VIEW:
      g_value_set_enum (value, self->view);
      break;

    case PROP_SIDE:
      g_value_set_enum (value, self->side);
      break;

    case PROP_TARGET_ID:
      g_value_set_string (value, self->target_id);
      break;

    case PROP_IS_ZONE:
      g_value_set_boolean (value, self->is_zone);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_region_class_init (UnknotRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = unknot_region_finalize;
  object_class->get_property = unknot_region_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL,
                       UNKNOT_TYPE_VIEW, UNKNOT_VIEW_FRONT,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SIDE] =
    g_param_spec_enum ("side", NULL, NULL,
                       UNKNOT_TYPE_SIDE, UNKNOT_SIDE_NONE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TARGET_ID] =
    g_param_spec_string ("target-id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_IS_ZONE] =
    g_param_spec_boolean ("is-zone", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_region_init (UnknotRegion *self)
{
}

UnknotRegion *
_unknot_region_new (const char *id,
                    UnknotView  view,
                    UnknotSide  side,
                    const char *target_id,
                    gboolean    is_zone)
{
  UnknotRegion *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (target_id != NULL, NULL);

  self = g_object_new (UNKNOT_TYPE_REGION, NULL);
  self->id = g_strdup (id);
  self->view = view;
  self->side = side;
  self->target_id = g_strdup (target_id);
  self->is_zone = !!is_zone;

  return self;
}

const char *
unknot_region_get_id (UnknotRegion *self)
{
  g_return_val_if_fail (UNKNOT_IS_REGION (self), NULL);

  return self->id;
}

UnknotView
unknot_region_get_view (UnknotRegion *self)
{
  g_return_val_if_fail (UNKNOT_IS_REGION (self), UNKNOT_VIEW_FRONT);

  return self->view;
}

UnknotSide
unknot_region_get_side (UnknotRegion *self)
{
  g_return_val_if_fail (UNKNOT_IS_REGION (self), UNKNOT_SIDE_NONE);

  return self->side;
}

const char *
unknot_region_get_target_id (UnknotRegion *self)
{
  g_return_val_if_fail (UNKNOT_IS_REGION (self), NULL);

  return self->target_id;
}

gboolean
unknot_region_is_zone (UnknotRegion *self)
{
  g_return_val_if_fail (UNKNOT_IS_REGION (self), FALSE);

  return self->is_zone;
}
