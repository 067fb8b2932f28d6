/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-routine-item-private.h"
#include "unknot-types-private.h"

struct _UnknotRoutineItem
{
  GObject          parent_instance;

  UnknotTechnique *technique;
  UnknotSide       sides;
  guint            hold;
  guint            reps;
  char            *note;
};

G_DEFINE_FINAL_TYPE (UnknotRoutineItem, unknot_routine_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TECHNIQUE,
  PROP_SIDES,
  PROP_HOLD,
  PROP_REPS,
  PROP_N_SIDES,
  PROP_NOTE,
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
unknot_routine_item_finalize (GObject *object)
{
  UnknotRoutineItem *self = (UnknotRoutineItem *) object;

  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (unknot_routine_item_parent_class)->finalize (object);
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

    case PROP_NOTE:
      g_value_set_string (value, self->note);
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
  object_class->finalize = unknot_routine_item_finalize;
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
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
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

/**
 * unknot_routine_item_get_note:
 * @self: an item
 *
 * Returns: (nullable): the trainer's note for this item, like "Go lighter
 *   on the left side", or %NULL
 */
const char *
unknot_routine_item_get_note (UnknotRoutineItem *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ITEM (self), NULL);

  return self->note;
}

static guint
clamp_to (guint value,
          guint min,
          guint max)
{
  return CLAMP (value, min, MAX (min, max));
}

/* Another technique keeps the hold and reps where they fit its ranges,
 * and a technique that rolls both sides at once cannot take one side. */
void
unknot_routine_item_set_technique (UnknotRoutineItem *self,
                                   UnknotTechnique   *technique)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE_ITEM (self));
  g_return_if_fail (UNKNOT_IS_TECHNIQUE (technique));

  if (self->technique == technique)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_set_object (&self->technique, technique);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TECHNIQUE]);
  if (!unknot_technique_get_per_side (technique))
    unknot_routine_item_set_sides (self, UNKNOT_SIDE_BOTH);
  unknot_routine_item_set_hold (self, self->hold);
  unknot_routine_item_set_reps (self, self->reps);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SIDES]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* %UNKNOT_SIDE_BOTH on a technique that is not per side means "once". */
void
unknot_routine_item_set_sides (UnknotRoutineItem *self,
                               UnknotSide         sides)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE_ITEM (self));
  g_return_if_fail (sides == UNKNOT_SIDE_LEFT ||
                    sides == UNKNOT_SIDE_RIGHT ||
                    sides == UNKNOT_SIDE_BOTH);

  if (!unknot_technique_get_per_side (self->technique))
    sides = UNKNOT_SIDE_BOTH;

  if (self->sides == sides)
    return;

  self->sides = sides;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SIDES]);
}

/**
 * unknot_routine_item_set_hold:
 * @self: an item
 * @hold: seconds on each tender spot
 *
 * Sets the hold, clamped to the technique's range.
 */
void
unknot_routine_item_set_hold (UnknotRoutineItem *self,
                              guint              hold)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE_ITEM (self));

  hold = clamp_to (hold, unknot_technique_get_hold_min (self->technique),
                   unknot_technique_get_hold_max (self->technique));
  if (self->hold == hold)
    return;

  self->hold = hold;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOLD]);
}

/**
 * unknot_routine_item_set_reps:
 * @self: an item
 * @reps: how many tender spots
 *
 * Sets the repetitions, clamped to the technique's range.
 */
void
unknot_routine_item_set_reps (UnknotRoutineItem *self,
                              guint              reps)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE_ITEM (self));

  reps = clamp_to (reps, unknot_technique_get_reps_min (self->technique),
                   unknot_technique_get_reps_max (self->technique));
  if (self->reps == reps)
    return;

  self->reps = reps;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPS]);
}

/**
 * unknot_routine_item_set_note:
 * @self: an item
 * @note: (nullable): the trainer's note; white space is collapsed as the
 *   loader does, and an empty note is %NULL
 */
void
unknot_routine_item_set_note (UnknotRoutineItem *self,
                              const char        *note)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (UNKNOT_IS_ROUTINE_ITEM (self));
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  normal = _unknot_text_normalize_nullable (note);
  if (g_strcmp0 (self->note, normal) == 0)
    return;

  g_free (self->note);
  self->note = g_steal_pointer (&normal);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/**
 * unknot_routine_item_copy:
 * @self: an item
 *
 * Returns: (transfer full): a new item with the same technique, sides,
 *   dose and note
 */
UnknotRoutineItem *
unknot_routine_item_copy (UnknotRoutineItem *self)
{
  UnknotRoutineItem *copy;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE_ITEM (self), NULL);

  copy = _unknot_routine_item_new (self->technique, self->sides, self->hold, self->reps);
  copy->note = g_strdup (self->note);

  return copy;
}
