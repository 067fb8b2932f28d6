/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-routine-item-private.h"
#include "unknot-routine-private.h"
#include "unknot-types-private.h"

/* The rules of the content's "hold-tender-spot", "time-per-muscle" and
 * "session-limit" cautions.
 */
#define HOLD_MIN_SECONDS          20
#define HOLD_MAX_SECONDS          60
#define MUSCLE_GROUP_MAX_SECONDS  90
#define SESSION_MAX_SECONDS       (30 * 60)

struct _UnknotRoutine
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  char       *goal;
  char       *summary;
  char       *note;
  char       *client;
  GListStore *items;
  GFile      *file;
  gboolean    is_user;
};

/* Consecutive items that hold on one muscle group and one side */
typedef struct
{
  guint           first;
  guint           last;
  guint           seconds;
  UnknotBodyGroup group;
  UnknotSide      side;
} HoldRun;

G_DEFINE_FINAL_TYPE (UnknotRoutine, unknot_routine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_GOAL,
  PROP_SUMMARY,
  PROP_ITEMS,
  PROP_IS_USER,
  PROP_FILE,
  PROP_NOTE,
  PROP_CLIENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
unknot_routine_dispose (GObject *object)
{
  UnknotRoutine *self = (UnknotRoutine *) object;

  g_clear_object (&self->items);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (unknot_routine_parent_class)->dispose (object);
}

static void
unknot_routine_finalize (GObject *object)
{
  UnknotRoutine *self = (UnknotRoutine *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->goal, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->client, g_free);

  G_OBJECT_CLASS (unknot_routine_parent_class)->finalize (object);
}

static void
unknot_routine_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  UnknotRoutine *self = UNKNOT_ROUTINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_GOAL:
      g_value_set_string (value, self->goal);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_ITEMS:
      g_value_set_object (value, self->items);
      break;

    case PROP_IS_USER:
      g_value_set_boolean (value, self->is_user);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_CLIENT:
      g_value_set_string (value, self->client);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_routine_class_init (UnknotRoutineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_routine_dispose;
  object_class->finalize = unknot_routine_finalize;
  object_class->get_property = unknot_routine_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_GOAL] =
    g_param_spec_string ("goal", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ITEMS] =
    g_param_spec_object ("items", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_IS_USER] =
    g_param_spec_boolean ("is-user", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CLIENT] =
    g_param_spec_string ("client", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_routine_init (UnknotRoutine *self)
{
  self->items = g_list_store_new (UNKNOT_TYPE_ROUTINE_ITEM);
}

/**
 * unknot_routine_new:
 * @id: lowercase letters, digits and hyphens, like "sam-leg-day"
 * @name: the routine's name
 * @goal: when to use it
 * @summary: what it does
 *
 * White space in the text is collapsed as the loader does, so a saved
 * routine reads back identically.
 *
 * Returns: (transfer full): a routine with no items, for someone to build
 */
UnknotRoutine *
unknot_routine_new (const char *id,
                    const char *name,
                    const char *goal,
                    const char *summary)
{
  UnknotRoutine *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL && g_utf8_validate (name, -1, NULL), NULL);
  g_return_val_if_fail (goal != NULL && g_utf8_validate (goal, -1, NULL), NULL);
  g_return_val_if_fail (summary != NULL && g_utf8_validate (summary, -1, NULL), NULL);

  self = g_object_new (UNKNOT_TYPE_ROUTINE, NULL);
  self->id = g_strdup (id);
  self->name = _unknot_text_normalize (name);
  self->goal = _unknot_text_normalize (goal);
  self->summary = _unknot_text_normalize (summary);

  return self;
}

void
_unknot_routine_set_user_file (UnknotRoutine *self,
                               GFile         *file)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!self->is_user)
    {
      self->is_user = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_USER]);
    }

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

const char *
unknot_routine_get_id (UnknotRoutine *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), NULL);

  return self->id;
}

const char *
unknot_routine_get_name (UnknotRoutine *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), NULL);

  return self->name;
}

const char *
unknot_routine_get_goal (UnknotRoutine *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), NULL);

  return self->goal;
}

const char *
unknot_routine_get_summary (UnknotRoutine *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), NULL);

  return self->summary;
}

GListModel *
unknot_routine_get_items (UnknotRoutine *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), NULL);

  return G_LIST_MODEL (self->items);
}

gboolean
unknot_routine_get_is_user (UnknotRoutine *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), FALSE);

  return self->is_user;
}

/**
 * unknot_routine_get_file:
 * @self: a routine
 *
 * Returns: (nullable) (transfer none): the file the routine was read from
 *   or saved to, or %NULL for a built-in or unsaved routine
 */
GFile *
unknot_routine_get_file (UnknotRoutine *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), NULL);

  return self->file;
}

/**
 * unknot_routine_append_item:
 * @self: a routine
 * @technique: the technique to do
 * @sides: %UNKNOT_SIDE_LEFT, %UNKNOT_SIDE_RIGHT or %UNKNOT_SIDE_BOTH
 * @hold: seconds on each tender spot, or 0 for the technique's default
 * @reps: how many tender spots, or 0 for the technique's default
 */
void
unknot_routine_append_item (UnknotRoutine   *self,
                            UnknotTechnique *technique,
                            UnknotSide       sides,
                            guint            hold,
                            guint            reps)
{
  g_autoptr(UnknotRoutineItem) item = NULL;

  g_return_if_fail (UNKNOT_IS_ROUTINE (self));
  g_return_if_fail (UNKNOT_IS_TECHNIQUE (technique));
  g_return_if_fail (sides == UNKNOT_SIDE_LEFT ||
                    sides == UNKNOT_SIDE_RIGHT ||
                    sides == UNKNOT_SIDE_BOTH);

  item = _unknot_routine_item_new (technique, sides, hold, reps);
  g_list_store_append (self->items, item);
}

static guint64
item_estimate_seconds (UnknotRoutineItem      *item,
                       const UnknotPhaseTimes *times)
{
  guint64 rep = (guint64) times->search_seconds + times->release_seconds +
                unknot_routine_item_get_hold (item);

  return unknot_routine_item_get_n_sides (item) *
         (times->position_seconds + unknot_routine_item_get_reps (item) * rep);
}

guint
unknot_routine_estimate_seconds (UnknotRoutine          *self,
                                 const UnknotPhaseTimes *times)
{
  guint n_items;
  guint64 total = 0;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), 0);
  g_return_val_if_fail (times != NULL, 0);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      total += item_estimate_seconds (item, times);
    }

  return (guint) MIN (total, G_MAXUINT);
}

static const char *
item_get_muscle_name (UnknotRoutineItem *item)
{
  UnknotTechnique *technique = unknot_routine_item_get_technique (item);
  UnknotMuscle *muscle = unknot_technique_get_muscle (technique);

  if (muscle == NULL)
    return unknot_technique_get_id (technique);

  return unknot_muscle_get_name (muscle);
}

static guint
item_get_hold_seconds (UnknotRoutineItem *item)
{
  guint64 seconds = (guint64) unknot_routine_item_get_hold (item) *
                    unknot_routine_item_get_reps (item);

  return (guint) MIN (seconds, G_MAXUINT);
}

static void
check_item (GPtrArray         *problems,
            guint              position,
            UnknotRoutineItem *item)
{
  guint hold = unknot_routine_item_get_hold (item);
  guint seconds = item_get_hold_seconds (item);
  const char *muscle = item_get_muscle_name (item);

  if (hold < HOLD_MIN_SECONDS || hold > HOLD_MAX_SECONDS)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("Item %u, %s: hold a tender spot for 20 to 60 seconds, "
                                        "not %u seconds."),
                                      position, muscle, hold));

  if (seconds > MUSCLE_GROUP_MAX_SECONDS)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("Item %u, %s: %u rounds of %u seconds make %u seconds "
                                        "on one muscle. Keep it to 90 seconds or less."),
                                      position, muscle,
                                      unknot_routine_item_get_reps (item), hold, seconds));
}

static gboolean
item_get_group (UnknotRoutineItem *item,
                UnknotBodyGroup   *group)
{
  UnknotMuscle *muscle = unknot_technique_get_muscle (unknot_routine_item_get_technique (item));

  if (muscle == NULL)
    return FALSE;

  *group = unknot_muscle_get_group (muscle);
  return TRUE;
}

/* A technique that rolls both sides at once holds on both. */
static gboolean
item_covers_side (UnknotRoutineItem *item,
                  UnknotSide         side)
{
  UnknotSide sides = unknot_routine_item_get_sides (item);

  return sides == UNKNOT_SIDE_BOTH || sides == side ||
         !unknot_technique_get_per_side (unknot_routine_item_get_technique (item));
}

static void
add_hold_run (GArray        *runs,
              const HoldRun *run)
{
  if (run->last > run->first && run->seconds > MUSCLE_GROUP_MAX_SECONDS)
    g_array_append_val (runs, *run);
}

static void
find_hold_runs (GListModel *items,
                UnknotSide  side,
                GArray     *runs)
{
  guint n_items = g_list_model_get_n_items (items);
  HoldRun run = { .side = side };
  gboolean in_run = FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (items, i);
      UnknotBodyGroup group;

      if (!item_covers_side (item, side) || !item_get_group (item, &group))
        {
          if (in_run)
            add_hold_run (runs, &run);
          in_run = FALSE;
          continue;
        }

      if (in_run && group == run.group)
        {
          run.last = i;
          run.seconds = MIN ((guint64) run.seconds + item_get_hold_seconds (item), G_MAXUINT);
          continue;
        }

      if (in_run)
        add_hold_run (runs, &run);
      run = (HoldRun) { i, i, item_get_hold_seconds (item), group, side };
      in_run = TRUE;
    }

  if (in_run)
    add_hold_run (runs, &run);
}

static int
compare_hold_runs (gconstpointer a,
                   gconstpointer b)
{
  const HoldRun *run_a = a;
  const HoldRun *run_b = b;

  if (run_a->first != run_b->first)
    return run_a->first < run_b->first ? -1 : 1;

  return (int) run_a->side - (int) run_b->side;
}

/* The same run on the left and on the right reads as one problem. */
static void
merge_hold_runs (GArray *left,
                 GArray *right)
{
  for (guint i = 0; i < left->len; i++)
    {
      HoldRun *l = &g_array_index (left, HoldRun, i);

      for (guint j = 0; j < right->len; j++)
        {
          HoldRun *r = &g_array_index (right, HoldRun, j);

          if (l->first == r->first && l->last == r->last && l->seconds == r->seconds)
            {
              l->side = UNKNOT_SIDE_BOTH;
              g_array_remove_index (right, j);
              break;
            }
        }
    }

  g_array_append_vals (left, right->data, right->len);
  g_array_sort (left, compare_hold_runs);
}

static void
check_hold_runs (UnknotRoutine *self,
                 GPtrArray     *problems)
{
  g_autoptr(GArray) left = g_array_new (FALSE, FALSE, sizeof (HoldRun));
  g_autoptr(GArray) right = g_array_new (FALSE, FALSE, sizeof (HoldRun));

  find_hold_runs (G_LIST_MODEL (self->items), UNKNOT_SIDE_LEFT, left);
  find_hold_runs (G_LIST_MODEL (self->items), UNKNOT_SIDE_RIGHT, right);
  merge_hold_runs (left, right);

  for (guint i = 0; i < left->len; i++)
    {
      const HoldRun *run = &g_array_index (left, HoldRun, i);

      g_ptr_array_add (problems,
                       g_strdup_printf (_("Items %u to %u (%s, %s) hold for %u seconds in a row "
                                          "on the same muscle group. Keep it to 90 seconds or "
                                          "less, or roll another area in between."),
                                        run->first + 1, run->last + 1,
                                        unknot_body_group_get_label (run->group),
                                        unknot_side_get_label (run->side),
                                        run->seconds));
    }
}

/**
 * unknot_routine_check:
 * @self: a routine
 *
 * Checks the plan against the content's rules: 20 to 60 seconds a hold,
 * at most 90 seconds on one muscle group in a row, at most 30 minutes.
 *
 * Returns: (transfer full) (element-type utf8): one translated sentence per
 *   problem; empty when the routine is fine
 */
GPtrArray *
unknot_routine_check (UnknotRoutine *self)
{
  UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  g_autoptr(GPtrArray) problems = NULL;
  guint n_items;
  guint total;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), NULL);

  problems = g_ptr_array_new_with_free_func (g_free);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      check_item (problems, i + 1, item);
    }

  check_hold_runs (self, problems);

  total = unknot_routine_estimate_seconds (self, &times);
  if (total > SESSION_MAX_SECONDS)
    g_ptr_array_add (problems,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "The routine takes about %u minute. Keep a "
                                                   "session to 30 minutes or less.",
                                                   "The routine takes about %u minutes. Keep a "
                                                   "session to 30 minutes or less.",
                                                   (total + 59) / 60),
                                      (total + 59) / 60));

  return g_steal_pointer (&problems);
}

static void
append_element (GString    *xml,
                const char *indent,
                const char *name,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (xml, "%s<%s>%s</%s>\n", indent, name, escaped, name);
}

static void
append_item (GString           *xml,
             UnknotRoutineItem *item)
{
  UnknotTechnique *technique = unknot_routine_item_get_technique (item);
  g_autofree char *escaped = g_markup_escape_text (unknot_technique_get_id (technique), -1);
  const char *note = unknot_routine_item_get_note (item);

  g_string_append_printf (xml,
                          "        <item technique=\"%s\" sides=\"%s\" hold=\"%u\" reps=\"%u\"",
                          escaped,
                          unknot_side_to_string (unknot_routine_item_get_sides (item)),
                          unknot_routine_item_get_hold (item),
                          unknot_routine_item_get_reps (item));
  if (note == NULL)
    {
      g_string_append (xml, "/>\n");
      return;
    }

  g_string_append (xml, ">\n");
  append_element (xml, "          ", "note", note);
  g_string_append (xml, "        </item>\n");
}

/**
 * unknot_routine_to_xml:
 * @self: a routine
 *
 * Returns: (transfer full): a version 1 routine file holding only @self
 */
char *
unknot_routine_to_xml (UnknotRoutine *self)
{
  g_autoptr(GString) xml = NULL;
  g_autofree char *id = NULL;
  guint n_items;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), NULL);

  xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<unknot version=\"1\">\n"
                      "  <routines>\n");
  id = g_markup_escape_text (self->id, -1);
  g_string_append_printf (xml, "    <routine id=\"%s\">\n", id);
  append_element (xml, "      ", "name", self->name);
  append_element (xml, "      ", "goal", self->goal);
  append_element (xml, "      ", "summary", self->summary);
  if (self->client != NULL)
    append_element (xml, "      ", "client", self->client);
  if (self->note != NULL)
    append_element (xml, "      ", "note", self->note);

  g_string_append (xml, "      <items>\n");
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      append_item (xml, item);
    }
  g_string_append (xml,
                   "      </items>\n"
                   "    </routine>\n"
                   "  </routines>\n"
                   "</unknot>\n");

  return g_string_free (g_steal_pointer (&xml), FALSE);
}

/**
 * unknot_routine_get_note:
 * @self: a routine
 *
 * Returns: (nullable): the trainer's note on the whole routine, or %NULL
 */
const char *
unknot_routine_get_note (UnknotRoutine *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), NULL);

  return self->note;
}

static void
set_optional_text (UnknotRoutine  *self,
                   char          **field,
                   const char     *text,
                   GParamSpec     *pspec)
{
  g_autofree char *normal = _unknot_text_normalize_nullable (text);

  if (g_strcmp0 (*field, normal) == 0)
    return;

  g_free (*field);
  *field = g_steal_pointer (&normal);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/**
 * unknot_routine_set_note:
 * @self: a routine
 * @note: (nullable): the trainer's note; white space is collapsed as the
 *   loader does, and an empty note is %NULL
 */
void
unknot_routine_set_note (UnknotRoutine *self,
                         const char    *note)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE (self));
  g_return_if_fail (note == NULL || g_utf8_validate (note, -1, NULL));

  set_optional_text (self, &self->note, note, properties[PROP_NOTE]);
}

/**
 * unknot_routine_get_client:
 * @self: a routine
 *
 * Returns: (nullable): the name of the client the routine is for, or %NULL
 */
const char *
unknot_routine_get_client (UnknotRoutine *self)
{
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), NULL);

  return self->client;
}

/**
 * unknot_routine_set_client:
 * @self: a routine
 * @client: (nullable): the client's name, or %NULL
 */
void
unknot_routine_set_client (UnknotRoutine *self,
                           const char    *client)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE (self));
  g_return_if_fail (client == NULL || g_utf8_validate (client, -1, NULL));

  set_optional_text (self, &self->client, client, properties[PROP_CLIENT]);
}

static void
set_required_text (UnknotRoutine  *self,
                   char          **field,
                   const char     *text,
                   GParamSpec     *pspec)
{
  g_autofree char *normal = _unknot_text_normalize (text);

  if (g_strcmp0 (*field, normal) == 0)
    return;

  g_free (*field);
  *field = g_steal_pointer (&normal);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
unknot_routine_set_name (UnknotRoutine *self,
                         const char    *name)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE (self));
  g_return_if_fail (name != NULL && g_utf8_validate (name, -1, NULL));

  set_required_text (self, &self->name, name, properties[PROP_NAME]);
}

void
unknot_routine_set_goal (UnknotRoutine *self,
                         const char    *goal)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE (self));
  g_return_if_fail (goal != NULL && g_utf8_validate (goal, -1, NULL));

  set_required_text (self, &self->goal, goal, properties[PROP_GOAL]);
}

/**
 * unknot_routine_copy:
 * @self: a routine
 * @id: the copy's id
 *
 * The copy is nobody's file yet: it becomes the user's when it is saved.
 *
 * Returns: (transfer full): a routine with the same text and copies of the
 *   items, to change without touching @self
 */
UnknotRoutine *
unknot_routine_copy (UnknotRoutine *self,
                     const char    *id)
{
  UnknotRoutine *copy;
  guint n_items;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  copy = unknot_routine_new (id, self->name, self->goal, self->summary);
  copy->note = g_strdup (self->note);
  copy->client = g_strdup (self->client);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      g_autoptr(UnknotRoutineItem) item_copy = unknot_routine_item_copy (item);

      g_list_store_append (copy->items, item_copy);
    }

  return copy;
}

/**
 * unknot_routine_insert_item:
 * @self: a routine
 * @position: where the item goes; past the end appends
 * @item: an item, such as one unknot_routine_remove_item() returned
 */
void
unknot_routine_insert_item (UnknotRoutine     *self,
                            guint              position,
                            UnknotRoutineItem *item)
{
  g_return_if_fail (UNKNOT_IS_ROUTINE (self));
  g_return_if_fail (UNKNOT_IS_ROUTINE_ITEM (item));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->items)));
  g_list_store_insert (self->items, position, item);
}

/**
 * unknot_routine_remove_item:
 * @self: a routine
 * @position: the item's position
 *
 * Returns: (transfer full) (nullable): the removed item, to put back with
 *   unknot_routine_insert_item(), or %NULL when there is no such item
 */
UnknotRoutineItem *
unknot_routine_remove_item (UnknotRoutine *self,
                            guint          position)
{
  UnknotRoutineItem *item;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  if (item != NULL)
    g_list_store_remove (self->items, position);

  return item;
}

/**
 * unknot_routine_move_item:
 * @self: a routine
 * @from: the item's position
 * @to: its new position, counted after it is taken out
 *
 * Returns: %TRUE when the item moved
 */
gboolean
unknot_routine_move_item (UnknotRoutine *self,
                          guint          from,
                          guint          to)
{
  g_autoptr(UnknotRoutineItem) item = NULL;
  guint n_items;

  g_return_val_if_fail (UNKNOT_IS_ROUTINE (self), FALSE);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  if (from >= n_items || to >= n_items || from == to)
    return FALSE;

  item = unknot_routine_remove_item (self, from);
  g_list_store_insert (self->items, to, item);
  return TRUE;
}
