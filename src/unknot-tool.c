/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-tool-private.h"

struct _UnknotTool
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  char    *description;
};

G_DEFINE_FINAL_TYPE (UnknotTool, unknot_tool, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
unknot_tool_finalize (GObject *object)
{
  UnknotTool *self = (UnknotTool *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (unknot_tool_parent_class)->finalize (object);
}

static void
unknot_tool_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  UnknotTool *self = UNKNOT_TOOL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_tool_class_init (UnknotToolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = unknot_tool_finalize;
  object_class->get_property = unknot_tool_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_tool_init (UnknotTool *self)
{
}

UnknotTool *
_unknot_tool_new (const char *id,
                  const char *name,
                  const char *description)
{
  UnknotTool *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (description != NULL, NULL);

  self = g_object_new (UNKNOT_TYPE_TOOL, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->description = g_strdup (description);

  return self;
}

const char *
unknot_tool_get_id (UnknotTool *self)
{
  g_return_val_if_fail (UNKNOT_IS_TOOL (self), NULL);

  return self->id;
}

const char *
unknot_tool_get_name (UnknotTool *self)
{
  g_return_val_if_fail (UNKNOT_IS_TOOL (self), NULL);

  return self->name;
}

const char *
unknot_tool_get_description (UnknotTool *self)
{
  g_return_val_if_fail (UNKNOT_IS_TOOL (self), NULL);

  return self->description;
}
