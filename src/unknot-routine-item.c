/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-routine-item-private.h"

struct _UnknotRoutineItem
{
  GObject          parent_instance;

  UnknotTechnique *technique;
  UnknotSide       sides;
  guint            hold;
  guint            reps;
};

G_DEFINE_FINAL_TYPE (UnknotRoutineItem, unknot_routine_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TECHNIQUE,
  PROP_SIDES,
  PROP_HOLD,
  PROP_REPS,
  PROP_N_SIDES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
unknot_routine_item_dispose (GObject *object)
{
  UnknotRoutineItem *self = (UnknotRoutineItem *) object;

  g_clear_object (&self->technique);

  G_OBJECT_CLASS (unknot_routine_item_parent_class)->dispose (object);
}

static void
unknot_routine_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  UnknotRoutineItem *self = UNKNOT_ROUTINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_TECHNIQUE:
      g_value_set_object (value, self->technique);
      break;

    case PROP_SIDES:
      g_value_set_enum (value, self->sides);
      break;

    case PROP_HOLD:
      g_value_set_uint (value, self->hold);
      break;

    case PROP_REPS:
      g_value_set_uint (value, self->reps);
      break;

    case PROP_N_SIDES:
      g_value_set_uint (value, unknot_routine_item_get_n_sides (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_routine_item_class_init (UnknotRoutineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_routine_item_dispose;
  object_class->get_property = unknot_routine_item_get_property;

  properties[PROP_TECHNIQUE] =
    g_param_spec_object ("technique", NULL, NULL,
                         UNKNOT_TYPE_TECHNIQUE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SIDES] =
    g_param_spec_enum ("sides", NULL, NULL,
                       UNKNOT_TYPE_SIDE, UNKNOT_SIDE_BOTH,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_HOLD] =
    g_param_spec_uint ("hold", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REPS] =
    g_param_spec_uint ("reps", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_SIDES] =
    g_param_spec_uint ("n-sides", NULL, NULL, 1, 2, 1,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_routine_item_init (UnknotRoutineItem *self)
{
}

/* A hold or reps of 0 takes the technique's default. */
UnknotRoutineItem *
_unknot_routine_item_new (UnknotTechnique *technique,
                          UnknotSide       sides,
                          guint            hold,
                          guint            reps)
{
  UnknotRoutineItem *self;

  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (technique), NULL);
  g_return_val_if_fail (sides == UNKNOT_SIDE_LEFT ||
                        sides == UNKNOT_SIDE_RIGHT ||
                        sides == UNKNOT_SIDE_BOTH, NULL);

  self = g_object_new (UNKNOT_TYPE_ROUTINE_ITEM, NULL);
  self->technique = g_object_ref (technique);
  self->sides = sides;
  self->hold = hold != 0 ? hold : unknot_technique_get_hold_default (technique);
  self->reps = reps != 0 ? reps : unknot_technique_get_reps_default (technique);

  return self;
}

UnknotTechnique *
unknot_routine_item_get_technique (UnknotRoutineItem *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ITEM (self), NULL);

  return self->technique;
}

UnknotSide
unknot_routine_item_get_sides (UnknotRoutineItem *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ITEM (self), UNKNOT_SIDE_BOTH);

  return self->sides;
}

guint
unknot_routine_item_get_hold (UnknotRoutineItem *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ITEM (self), 0);

  return self->hold;
}

guint
unknot_routine_item_get_reps (UnknotRoutineItem *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ITEM (self), 0);

  return self->reps;
}

/* A technique that rolls both legs at once runs once, whatever its sides. */
guint
unknot_routine_item_get_n_sides (UnknotRoutineItem *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ITEM (self), 1);

  if (self->sides == UNKNOT_SIDE_BOTH && unknot_technique_get_per_side (self->technique))
    return 2;

  return 1;
}
