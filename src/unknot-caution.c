/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-caution-private.h"

struct _UnknotCaution
{
  GObject            parent_instance;

  char              *id;
  char              *title;
  char              *text;
  UnknotSeverity     severity;
  UnknotCautionKind  kind;
};

G_DEFINE_FINAL_TYPE (UnknotCaution, unknot_caution, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SEVERITY,
  PROP_KIND,
  PROP_TITLE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
unknot_caution_finalize (GObject *object)
{
  UnknotCaution *self = (UnknotCaution *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (unknot_caution_parent_class)->finalize (object);
}

static void
unknot_caution_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  UnknotCaution *self = UNKNOT_CAUTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_caution_class_init (UnknotCautionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = unknot_caution_finalize;
  object_class->get_property = unknot_caution_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       UNKNOT_TYPE_SEVERITY, UNKNOT_SEVERITY_INFO,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       UNKNOT_TYPE_CAUTION_KIND, UNKNOT_CAUTION_KIND_RULE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_caution_init (UnknotCaution *self)
{
}

UnknotCaution *
_unknot_caution_new (const char        *id,
                     UnknotSeverity     severity,
                     UnknotCautionKind  kind,
                     const char        *title,
                     const char        *text)
{
  UnknotCaution *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (UNKNOT_TYPE_CAUTION, NULL);
  self->id = g_strdup (id);
  self->severity = severity;
  self->kind = kind;
  self->title = g_strdup (title);
  self->text = g_strdup (text);

  return self;
}

const char *
unknot_caution_get_id (UnknotCaution *self)
{
  g_return_val_if_fail (UNKNOT_IS_CAUTION (self), NULL);

  return self->id;
}

UnknotSeverity
unknot_caution_get_severity (UnknotCaution *self)
{
  g_return_val_if_fail (UNKNOT_IS_CAUTION (self), UNKNOT_SEVERITY_INFO);

  return self->severity;
}

UnknotCautionKind
unknot_caution_get_kind (UnknotCaution *self)
{
  g_return_val_if_fail (UNKNOT_IS_CAUTION (self), UNKNOT_CAUTION_KIND_RULE);

  return self->kind;
}

const char *
unknot_caution_get_title (UnknotCaution *self)
{
  g_return_val_if_fail (UNKNOT_IS_CAUTION (self), NULL);

  return self->title;
}

const char *
unknot_caution_get_text (UnknotCaution *self)
{
  g_return_val_if_fail (UNKNOT_IS_CAUTION (self), NULL);

  return self->text;
}
