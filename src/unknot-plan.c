/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "unknot-plan-private.h"

G_DEFINE_ENUM_TYPE (UnknotPlanWhen, unknot_plan_when,
                    G_DEFINE_ENUM_VALUE (UNKNOT_PLAN_WHEN_ANY, "any"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_PLAN_WHEN_BEFORE, "before"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_PLAN_WHEN_AFTER, "after"))

G_DEFINE_BOXED_TYPE (UnknotPlan, unknot_plan, unknot_plan_ref, unknot_plan_unref)

gboolean
unknot_plan_when_from_string (const char     *str,
                              UnknotPlanWhen *when)
{
  static const char * const names[] = { "any", "before", "after" };

  g_return_val_if_fail (when != NULL, FALSE);

  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (names); i++)
    {
      if (strcmp (str, names[i]) == 0)
        {
          *when = (UnknotPlanWhen) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Notes */

static void
plan_note_free (gpointer data)
{
  UnknotPlanNote *note = data;

  g_free (note->id);
  g_free (note->name);
  g_free (note->text);
  g_free (note);
}

/* Takes @text */
void
_unknot_plan_add_note (GPtrArray  *notes,
                       const char *id,
                       UnknotSide  side,
                       const char *name,
                       char       *text)
{
  UnknotPlanNote *note = g_new0 (UnknotPlanNote, 1);

  note->id = g_strdup (id);
  note->side = side;
  note->name = g_strdup (name);
  note->text = text;
  g_ptr_array_add (notes, note);
}

/* The plan */

UnknotPlan *
_unknot_plan_new (guint minutes)
{
  UnknotPlan *self = g_atomic_rc_box_new0 (UnknotPlan);

  self->minutes = minutes;
  self->left_out = g_ptr_array_new_with_free_func (plan_note_free);
  self->replaced = g_ptr_array_new_with_free_func (plan_note_free);
  self->stretches = g_ptr_array_new_with_free_func (plan_note_free);

  return self;
}

UnknotPlan *
unknot_plan_ref (UnknotPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
unknot_plan_clear (gpointer data)
{
  UnknotPlan *self = data;

  g_clear_object (&self->routine);
  g_clear_pointer (&self->left_out, g_ptr_array_unref);
  g_clear_pointer (&self->replaced, g_ptr_array_unref);
  g_clear_pointer (&self->stretches, g_ptr_array_unref);
}

void
unknot_plan_unref (UnknotPlan *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, unknot_plan_clear);
}

UnknotRoutine *
unknot_plan_get_routine (UnknotPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->routine;
}

/* Estimated as the app times it, with the default phase times */
guint
unknot_plan_get_seconds (UnknotPlan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->seconds;
}

guint
unknot_plan_get_minutes (UnknotPlan *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->minutes;
}

/**
 * unknot_plan_get_left_out:
 * @self: a plan
 *
 * Returns: (transfer none) (element-type UnknotPlanNote): the picked
 *   muscles that are not in the plan, each with the reason
 */
GPtrArray *
unknot_plan_get_left_out (UnknotPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->left_out;
}

/**
 * unknot_plan_get_replaced:
 * @self: a plan
 *
 * Returns: (transfer none) (element-type UnknotPlanNote): the picked
 *   no-roll zones, each saying what is rolled instead and why
 */
GPtrArray *
unknot_plan_get_replaced (UnknotPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->replaced;
}

/**
 * unknot_plan_get_stretches:
 * @self: a plan
 *
 * Returns: (transfer none) (element-type UnknotPlanNote): the stretch for
 *   each rolled muscle, in the order of the rolling, to do after it
 */
GPtrArray *
unknot_plan_get_stretches (UnknotPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->stretches;
}

/**
 * unknot_plan_dup_summary:
 * @self: a plan
 *
 * Returns: (transfer full): one translated line: how many items, how long,
 *   and how many areas were left out
 */
char *
unknot_plan_dup_summary (UnknotPlan *self)
{
  guint n_items;
  guint minutes;
  g_autofree char *items = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  n_items = g_list_model_get_n_items (unknot_routine_get_items (self->routine));
  minutes = (self->seconds + 59) / 60;
  items = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u item, about %u of %u minutes",
                                        "%u items, about %u of %u minutes",
                                        n_items),
                           n_items, minutes, self->minutes);
  if (self->left_out->len == 0)
    return g_steal_pointer (&items);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s; %u area left out",
                                       "%s; %u areas left out",
                                       self->left_out->len),
                          items, self->left_out->len);
}

