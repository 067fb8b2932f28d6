/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-technique-private.h"

struct _UnknotTechnique
{
  GObject       parent_instance;

  char         *id;
  /* Weak: the muscle lists its techniques, and the library owns both */
  UnknotMuscle *muscle;
  UnknotTool   *tool;
  char         *position;
  char        **steps;
  char         *stretch;
  char         *picture_description;
  GListStore   *cautions;
  UnknotRange   hold;
  UnknotRange   reps;
  gboolean      per_side;
};

G_DEFINE_FINAL_TYPE (UnknotTechnique, unknot_technique, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MUSCLE,
  PROP_TOOL,
  PROP_PER_SIDE,
  PROP_POSITION,
  PROP_STEPS,
  PROP_HOLD_MIN,
  PROP_HOLD_MAX,
  PROP_HOLD_DEFAULT,
  PROP_REPS_MIN,
  PROP_REPS_MAX,
  PROP_REPS_DEFAULT,
  PROP_CAUTIONS,
  PROP_STRETCH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
unknot_technique_dispose (GObject *object)
{
  UnknotTechnique *self = (UnknotTechnique *) object;

  g_clear_weak_pointer (&self->muscle);
  g_clear_object (&self->tool);
  g_clear_object (&self->cautions);

  G_OBJECT_CLASS (unknot_technique_parent_class)->dispose (object);
}

static void
unknot_technique_finalize (GObject *object)
{
  UnknotTechnique *self = (UnknotTechnique *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->position, g_free);
  g_clear_pointer (&self->steps, g_strfreev);
  g_clear_pointer (&self->stretch, g_free);
  g_clear_pointer (&self->picture_description, g_free);

  G_OBJECT_CLASS (unknot_technique_parent_class)->finalize (object);
}

static void
unknot_technique_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  UnknotTechnique *self = UNKNOT_TECHNIQUE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_MUSCLE:
      g_value_set_object (value, self->muscle);
      break;

    case PROP_TOOL:
      g_value_set_object (value, self->tool);
      break;

    case PROP_PER_SIDE:
      g_value_set_boolean (value, self->per_side);
      break;

    case PROP_POSITION:
      g_value_set_string (value, self->position);
      break;

    case PROP_STEPS:
      g_value_set_boxed (value, self->steps);
      break;

    case PROP_HOLD_MIN:
      g_value_set_uint (value, self->hold.min);
      break;

    case PROP_HOLD_MAX:
      g_value_set_uint (value, self->hold.max);
      break;

    case PROP_HOLD_DEFAULT:
      g_value_set_uint (value, self->hold.def);
      break;

    case PROP_REPS_MIN:
      g_value_set_uint (value, self->reps.min);
      break;

    case PROP_REPS_MAX:
      g_value_set_uint (value, self->reps.max);
      break;

    case PROP_REPS_DEFAULT:
      g_value_set_uint (value, self->reps.def);
      break;

    case PROP_CAUTIONS:
      g_value_set_object (value, self->cautions);
      break;

    case PROP_STRETCH:
      g_value_set_string (value, self->stretch);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
uint_pspec (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT, 0,
                            (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
}

static void
unknot_technique_class_init (UnknotTechniqueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_technique_dispose;
  object_class->finalize = unknot_technique_finalize;
  object_class->get_property = unknot_technique_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MUSCLE] =
    g_param_spec_object ("muscle", NULL, NULL,
                         UNKNOT_TYPE_MUSCLE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TOOL] =
    g_param_spec_object ("tool", NULL, NULL,
                         UNKNOT_TYPE_TOOL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_PER_SIDE] =
    g_param_spec_boolean ("per-side", NULL, NULL, TRUE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_POSITION] =
    g_param_spec_string ("position", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_STEPS] =
    g_param_spec_boxed ("steps", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_HOLD_MIN] = uint_pspec ("hold-min");
  properties[PROP_HOLD_MAX] = uint_pspec ("hold-max");
  properties[PROP_HOLD_DEFAULT] = uint_pspec ("hold-default");
  properties[PROP_REPS_MIN] = uint_pspec ("reps-min");
  properties[PROP_REPS_MAX] = uint_pspec ("reps-max");
  properties[PROP_REPS_DEFAULT] = uint_pspec ("reps-default");
  properties[PROP_CAUTIONS] =
    g_param_spec_object ("cautions", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_STRETCH] =
    g_param_spec_string ("stretch", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_technique_init (UnknotTechnique *self)
{
  self->cautions = g_list_store_new (UNKNOT_TYPE_CAUTION);
}

UnknotTechnique *
_unknot_technique_new (const char         *id,
                       UnknotMuscle       *muscle,
                       UnknotTool         *tool,
                       gboolean            per_side,
                       const char         *position,
                       const char * const *steps,
                       const UnknotRange  *hold,
                       const UnknotRange  *reps,
                       const char         *stretch)
{
  UnknotTechnique *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (UNKNOT_IS_MUSCLE (muscle), NULL);
  g_return_val_if_fail (UNKNOT_IS_TOOL (tool), NULL);
  g_return_val_if_fail (position != NULL, NULL);
  g_return_val_if_fail (steps != NULL, NULL);
  g_return_val_if_fail (hold != NULL && hold->min <= hold->def && hold->def <= hold->max, NULL);
  g_return_val_if_fail (reps != NULL && reps->min <= reps->def && reps->def <= reps->max, NULL);

  self = g_object_new (UNKNOT_TYPE_TECHNIQUE, NULL);
  self->id = g_strdup (id);
  g_set_weak_pointer (&self->muscle, muscle);
  self->tool = g_object_ref (tool);
  self->per_side = !!per_side;
  self->position = g_strdup (position);
  self->steps = g_strdupv ((char **) steps);
  self->hold = *hold;
  self->reps = *reps;
  self->stretch = g_strdup (stretch);

  return self;
}

void
_unknot_technique_add_caution (UnknotTechnique *self,
                               UnknotCaution   *caution)
{
  g_return_if_fail (UNKNOT_IS_TECHNIQUE (self));
  g_return_if_fail (UNKNOT_IS_CAUTION (caution));

  g_list_store_append (self->cautions, caution);
}

void
_unknot_technique_set_picture_description (UnknotTechnique *self,
                                           const char      *description)
{
  g_return_if_fail (UNKNOT_IS_TECHNIQUE (self));
  g_return_if_fail (description != NULL);

  g_free (self->picture_description);
  self->picture_description = g_strdup (description);
}

const char *
unknot_technique_get_id (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), NULL);

  return self->id;
}

/**
 * unknot_technique_get_muscle:
 * @self: a technique
 *
 * Returns: (transfer none): the muscle, which the library keeps alive
 */
UnknotMuscle *
unknot_technique_get_muscle (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), NULL);

  return self->muscle;
}

UnknotTool *
unknot_technique_get_tool (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), NULL);

  return self->tool;
}

gboolean
unknot_technique_get_per_side (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), FALSE);

  return self->per_side;
}

const char *
unknot_technique_get_position (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), NULL);

  return self->position;
}

const char * const *
unknot_technique_get_steps (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), NULL);

  return (const char * const *) self->steps;
}

guint
unknot_technique_get_hold_min (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), 0);

  return self->hold.min;
}

guint
unknot_technique_get_hold_max (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), 0);

  return self->hold.max;
}

guint
unknot_technique_get_hold_default (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), 0);

  return self->hold.def;
}

guint
unknot_technique_get_reps_min (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), 0);

  return self->reps.min;
}

guint
unknot_technique_get_reps_max (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), 0);

  return self->reps.max;
}

guint
unknot_technique_get_reps_default (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), 0);

  return self->reps.def;
}

GListModel *
unknot_technique_get_cautions (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), NULL);

  return G_LIST_MODEL (self->cautions);
}

/**
 * unknot_technique_get_stretch:
 * @self: a technique
 *
 * Returns: (nullable): the stretch to do after rolling, or %NULL
 */
const char *
unknot_technique_get_stretch (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), NULL);

  return self->stretch;
}

/**
 * unknot_technique_get_picture_description:
 * @self: a technique
 *
 * The alt text of the technique's picture, for a screen reader.
 *
 * Returns: the picture description, "" if the technique was made without one
 */
const char *
unknot_technique_get_picture_description (UnknotTechnique *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (self), NULL);

  return self->picture_description != NULL ? self->picture_description : "";
}
