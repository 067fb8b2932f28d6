/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "unknot-plan-private.h"
#include "unknot-planner.h"

/* The content's rules, as the routine checker enforces them: seconds on
 * one muscle group and one side, and the shortest time worth rolling it.
 */
#define GROUP_MAX_SECONDS  90
#define GROUP_MIN_SECONDS  30
#define HOLD_MIN_SECONDS   20
#define HOLD_MAX_SECONDS   60
#define N_GROUPS           (UNKNOT_BODY_GROUP_CHEST_SHOULDERS + 1)
#define MAX_LEVELS         4

/* How long to hold and how often, from the least to the most time */
typedef struct
{
  guint hold;
  guint reps;
} Level;

/* One muscle to roll, in the order the person picked it */
typedef struct
{
  UnknotMuscle    *muscle;
  UnknotTechnique *technique;
  UnknotSide       sides;
  Level            levels[MAX_LEVELS];
  guint            n_levels;
  guint            level;
  gboolean         planned;
} Entry;

struct _UnknotPlanner
{
  GObject        parent_instance;

  UnknotLibrary *library;
};

G_DEFINE_QUARK (unknot-planner-error-quark, unknot_planner_error)

G_DEFINE_FINAL_TYPE (UnknotPlanner, unknot_planner, G_TYPE_OBJECT)

/* The planner */

static void
unknot_planner_dispose (GObject *object)
{
  UnknotPlanner *self = UNKNOT_PLANNER (object);

  g_clear_object (&self->library);

  G_OBJECT_CLASS (unknot_planner_parent_class)->dispose (object);
}

static void
unknot_planner_class_init (UnknotPlannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_planner_dispose;
}

static void
unknot_planner_init (UnknotPlanner *self)
{
}

UnknotPlanner *
unknot_planner_new (UnknotLibrary *library)
{
  UnknotPlanner *self;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), NULL);

  self = g_object_new (UNKNOT_TYPE_PLANNER, NULL);
  self->library = g_object_ref (library);

  return self;
}

/**
 * unknot_planner_parse_area:
 * @area: a muscle or zone id, optionally followed by ":left" or ":right"
 * @id: (out) (transfer full): the id
 * @side: (out): %UNKNOT_SIDE_LEFT, %UNKNOT_SIDE_RIGHT or %UNKNOT_SIDE_BOTH
 *
 * Returns: %FALSE when the side is not "left" or "right"
 */
gboolean
unknot_planner_parse_area (const char  *area,
                           char       **id,
                           UnknotSide  *side)
{
  const char *colon;

  g_return_val_if_fail (area != NULL, FALSE);
  g_return_val_if_fail (id != NULL && side != NULL, FALSE);

  colon = strchr (area, ':');
  if (colon == NULL)
    {
      *id = g_strdup (area);
      *side = UNKNOT_SIDE_BOTH;
      return TRUE;
    }

  if (strcmp (colon + 1, "left") == 0)
    *side = UNKNOT_SIDE_LEFT;
  else if (strcmp (colon + 1, "right") == 0)
    *side = UNKNOT_SIDE_RIGHT;
  else
    return FALSE;

  *id = g_strndup (area, colon - area);
  return TRUE;
}

/**
 * unknot_planner_dup_area_ids:
 * @self: a planner
 *
 * Returns: (transfer full): every muscle id, then every no-roll zone id
 */
char **
unknot_planner_dup_area_ids (UnknotPlanner *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *muscles;
  GListModel *zones;

  g_return_val_if_fail (UNKNOT_IS_PLANNER (self), NULL);

  muscles = G_LIST_MODEL (self->library);
  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr(UnknotMuscle) muscle = g_list_model_get_item (muscles, i);

      g_strv_builder_add (builder, unknot_muscle_get_id (muscle));
    }

  zones = unknot_library_get_zones (self->library);
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(UnknotZone) zone = g_list_model_get_item (zones, i);

      g_strv_builder_add (builder, unknot_zone_get_id (zone));
    }

  return g_strv_builder_end (builder);
}

/**
 * unknot_planner_dup_tool_ids:
 * @self: a planner
 *
 * Returns: (transfer full): every tool id
 */
char **
unknot_planner_dup_tool_ids (UnknotPlanner *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *tools;

  g_return_val_if_fail (UNKNOT_IS_PLANNER (self), NULL);

  tools = unknot_library_get_tools (self->library);
  for (guint i = 0; i < g_list_model_get_n_items (tools); i++)
    {
      g_autoptr(UnknotTool) tool = g_list_model_get_item (tools, i);

      g_strv_builder_add (builder, unknot_tool_get_id (tool));
    }

  return g_strv_builder_end (builder);
}

/* Choosing what to roll */

static UnknotSide
merge_sides (UnknotSide a,
             UnknotSide b)
{
  return a == b ? a : UNKNOT_SIDE_BOTH;
}

static void
add_entry (GArray       *entries,
           UnknotMuscle *muscle,
           UnknotSide    side)
{
  Entry entry = { .muscle = muscle, .sides = side };

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *existing = &g_array_index (entries, Entry, i);

      if (existing->muscle == muscle)
        {
          existing->sides = merge_sides (existing->sides, side);
          return;
        }
    }

  g_array_append_val (entries, entry);
}

static gboolean
tool_is_owned (UnknotTool         *tool,
               const char * const *tools)
{
  return tools == NULL || g_strv_contains (tools, unknot_tool_get_id (tool));
}

static UnknotTechnique *
find_technique (UnknotMuscle       *muscle,
                const char * const *tools)
{
  GListModel *techniques = unknot_muscle_get_techniques (muscle);

  for (guint i = 0; i < g_list_model_get_n_items (techniques); i++)
    {
      g_autoptr(UnknotTechnique) technique = g_list_model_get_item (techniques, i);

      if (tool_is_owned (unknot_technique_get_tool (technique), tools))
        return technique;
    }

  return NULL;
}

/* "a roller or a ball", for the tools a muscle could be rolled with */
static char *
dup_tool_names (UnknotMuscle *muscle)
{
  GListModel *techniques = unknot_muscle_get_techniques (muscle);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (techniques); i++)
    {
      g_autoptr(UnknotTechnique) technique = g_list_model_get_item (techniques, i);
      const char *name = unknot_tool_get_name (unknot_technique_get_tool (technique));

      if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, (gpointer) name);
    }
  g_ptr_array_add (names, NULL);

  /* TRANSLATORS: the glue between tool names, as in "foam roller or ball" */
  return g_strjoinv (_(" or "), (char **) names->pdata);
}

/* Holds of about 30 seconds before a workout, up to 60 after, each level
 * within the technique's own range and 30 to 90 seconds a side.
 */
static void
entry_set_levels (Entry          *entry,
                  UnknotPlanWhen  when)
{
  static const Level levels[][MAX_LEVELS] = {
    [UNKNOT_PLAN_WHEN_ANY] = { { 30, 1 }, { 30, 2 }, { 45, 2 }, { 0, 0 } },
    [UNKNOT_PLAN_WHEN_BEFORE] = { { 30, 1 }, { 30, 2 }, { 30, 3 }, { 0, 0 } },
    [UNKNOT_PLAN_WHEN_AFTER] = { { 30, 1 }, { 45, 1 }, { 60, 1 }, { 0, 0 } },
  };
  guint hold_min = MAX (unknot_technique_get_hold_min (entry->technique), HOLD_MIN_SECONDS);
  guint hold_max = MIN (unknot_technique_get_hold_max (entry->technique), HOLD_MAX_SECONDS);
  guint reps_min = unknot_technique_get_reps_min (entry->technique);
  guint reps_max = unknot_technique_get_reps_max (entry->technique);

  entry->n_levels = 0;
  for (guint i = 0; i < MAX_LEVELS && levels[when][i].reps > 0; i++)
    {
      Level level = {
        CLAMP (levels[when][i].hold, hold_min, hold_max),
        CLAMP (levels[when][i].reps, reps_min, reps_max),
      };
      guint seconds = level.hold * level.reps;

      if (seconds < GROUP_MIN_SECONDS || seconds > GROUP_MAX_SECONDS)
        continue;
      if (entry->n_levels > 0 &&
          seconds <= entry->levels[entry->n_levels - 1].hold *
                     entry->levels[entry->n_levels - 1].reps)
        continue;

      entry->levels[entry->n_levels++] = level;
    }
}

static gboolean
entry_covers (const Entry *entry,
              UnknotSide   side)
{
  return entry->sides == UNKNOT_SIDE_BOTH || entry->sides == side ||
         !unknot_technique_get_per_side (entry->technique);
}

static guint
level_seconds (const Entry *entry,
               guint        level)
{
  const UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  const Level *l = &entry->levels[level];
  guint n_sides = (entry->sides == UNKNOT_SIDE_BOTH &&
                   unknot_technique_get_per_side (entry->technique)) ? 2 : 1;

  return n_sides * (times.position_seconds +
                    l->reps * (times.search_seconds + times.release_seconds + l->hold));
}

/* What a plan has used so far: seconds in all, and holding seconds per
 * muscle group on each side.
 */
typedef struct
{
  guint budget;
  guint seconds;
  guint group[N_GROUPS][2];
} Usage;

static gboolean
usage_fits (const Usage *usage,
            const Entry *entry,
            guint        from,
            guint        to,
            gboolean    *group_full)
{
  UnknotBodyGroup group = unknot_muscle_get_group (entry->muscle);
  guint hold_from = from == G_MAXUINT ? 0 : entry->levels[from].hold * entry->levels[from].reps;
  guint time_from = from == G_MAXUINT ? 0 : level_seconds (entry, from);
  guint hold_to = entry->levels[to].hold * entry->levels[to].reps;

  *group_full = FALSE;
  for (guint s = 0; s < 2; s++)
    {
      if (entry_covers (entry, s == 0 ? UNKNOT_SIDE_LEFT : UNKNOT_SIDE_RIGHT) &&
          usage->group[group][s] - hold_from + hold_to > GROUP_MAX_SECONDS)
        *group_full = TRUE;
    }

  return !*group_full && usage->seconds - time_from + level_seconds (entry, to) <= usage->budget;
}

static void
usage_move (Usage       *usage,
            const Entry *entry,
            guint        from,
            guint        to)
{
  UnknotBodyGroup group = unknot_muscle_get_group (entry->muscle);
  guint hold_from = from == G_MAXUINT ? 0 : entry->levels[from].hold * entry->levels[from].reps;
  guint time_from = from == G_MAXUINT ? 0 : level_seconds (entry, from);

  for (guint s = 0; s < 2; s++)
    {
      if (entry_covers (entry, s == 0 ? UNKNOT_SIDE_LEFT : UNKNOT_SIDE_RIGHT))
        usage->group[group][s] += entry->levels[to].hold * entry->levels[to].reps - hold_from;
    }
  usage->seconds += level_seconds (entry, to) - time_from;
}

static void
leave_out (UnknotPlan  *plan,
           const Entry *entry,
           char        *text)
{
  _unknot_plan_add_note (plan->left_out, unknot_muscle_get_id (entry->muscle), entry->sides,
            unknot_muscle_get_name (entry->muscle), text);
}

/* Everything picked gets its shortest useful time, first come first
 * served; what does not fit is left out with the reason.
 */
static void
admit_entries (UnknotPlan         *plan,
               GArray             *entries,
               Usage              *usage,
               UnknotPlanWhen      when,
               const char * const *tools)
{
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      gboolean group_full;

      entry->technique = find_technique (entry->muscle, tools);
      if (entry->technique == NULL)
        {
          g_autofree char *names = dup_tool_names (entry->muscle);

          leave_out (plan, entry,
                     g_strdup_printf (_("%s: you have none of the tools it needs (%s)."),
                                      unknot_muscle_get_name (entry->muscle), names));
          continue;
        }

      entry_set_levels (entry, when);
      g_assert (entry->n_levels > 0);

      if (usage_fits (usage, entry, G_MAXUINT, 0, &group_full))
        {
          usage_move (usage, entry, G_MAXUINT, 0);
          entry->planned = TRUE;
        }
      else if (group_full)
        leave_out (plan, entry,
                   g_strdup_printf (_("%s: its muscle group (%s) already gets 90 seconds "
                                      "a side, the most for one group."),
                                    unknot_muscle_get_name (entry->muscle),
                                    unknot_body_group_get_label (
                                      unknot_muscle_get_group (entry->muscle))));
      else
        leave_out (plan, entry,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%s: does not fit in %u minute.",
                                                 "%s: does not fit in %u minutes.",
                                                 plan->minutes),
                                    unknot_muscle_get_name (entry->muscle), plan->minutes));
    }
}

/* The time left goes round in the order of picking, one step at a time,
 * so the first areas get more when there is not enough for all.
 */
static void
grow_entries (GArray *entries,
              Usage  *usage)
{
  gboolean grown = TRUE;

  while (grown)
    {
      grown = FALSE;
      for (guint i = 0; i < entries->len; i++)
        {
          Entry *entry = &g_array_index (entries, Entry, i);
          gboolean group_full;

          if (!entry->planned || entry->level + 1 >= entry->n_levels)
            continue;
          if (!usage_fits (usage, entry, entry->level, entry->level + 1, &group_full))
            continue;

          usage_move (usage, entry, entry->level, entry->level + 1);
          entry->level++;
          grown = TRUE;
        }
    }
}

static char *
dup_muscle_list (GListModel *muscles)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (muscles); i++)
    {
      g_autoptr(UnknotMuscle) muscle = g_list_model_get_item (muscles, i);

      g_ptr_array_add (names, (gpointer) unknot_muscle_get_name (muscle));
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **) names->pdata);
}

static void
replace_zone (UnknotPlan *plan,
              GArray     *entries,
              UnknotZone *zone,
              UnknotSide  side)
{
  GListModel *instead = unknot_zone_get_instead (zone);
  UnknotCaution *caution = unknot_zone_get_caution (zone);
  g_autofree char *names = dup_muscle_list (instead);

  for (guint i = 0; i < g_list_model_get_n_items (instead); i++)
    {
      g_autoptr(UnknotMuscle) muscle = g_list_model_get_item (instead, i);

      add_entry (entries, muscle, side);
    }

  _unknot_plan_add_note (plan->replaced, unknot_zone_get_id (zone), side, unknot_zone_get_name (zone),
            g_strdup_printf (_("%s is never rolled. Rolled instead: %s. %s"),
                             unknot_zone_get_name (zone), names,
                             caution != NULL ? unknot_caution_get_text (caution) : ""));
}

static gboolean
collect_entries (UnknotPlanner       *self,
                 UnknotPlan          *plan,
                 const char * const  *areas,
                 GArray              *entries,
                 GError             **error)
{
  for (guint i = 0; areas != NULL && areas[i] != NULL; i++)
    {
      g_autofree char *id = NULL;
      UnknotSide side;
      UnknotMuscle *muscle;
      UnknotZone *zone;

      if (!unknot_planner_parse_area (areas[i], &id, &side))
        {
          g_set_error (error, UNKNOT_PLANNER_ERROR, UNKNOT_PLANNER_ERROR_UNKNOWN_AREA,
                       _("“%s” names no side: write “left” or “right” after the colon."),
                       areas[i]);
          return FALSE;
        }

      if ((muscle = unknot_library_get_muscle (self->library, id)) != NULL)
        add_entry (entries, muscle, side);
      else if ((zone = unknot_library_get_zone (self->library, id)) != NULL)
        replace_zone (plan, entries, zone, side);
      else
        {
          g_set_error (error, UNKNOT_PLANNER_ERROR, UNKNOT_PLANNER_ERROR_UNKNOWN_AREA,
                       _("There is no muscle or no-roll zone with the id “%s”."), id);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_tools (UnknotPlanner       *self,
             const char * const  *tools,
             GError             **error)
{
  for (guint i = 0; tools != NULL && tools[i] != NULL; i++)
    {
      if (unknot_library_get_tool (self->library, tools[i]) == NULL)
        {
          g_set_error (error, UNKNOT_PLANNER_ERROR, UNKNOT_PLANNER_ERROR_UNKNOWN_TOOL,
                       _("There is no tool with the id “%s”."), tools[i]);
          return FALSE;
        }
    }

  return TRUE;
}

static const char *
when_get_goal (UnknotPlanWhen when)
{
  switch (when)
    {
    case UNKNOT_PLAN_WHEN_BEFORE:
      return _("Before a workout");
    case UNKNOT_PLAN_WHEN_AFTER:
      return _("After a workout");
    case UNKNOT_PLAN_WHEN_ANY:
    default:
      return _("Any time");
    }
}

static void
build_routine (UnknotPlan     *plan,
               GArray         *entries,
               UnknotPlanWhen  when)
{
  const UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *list = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      if (entry->planned)
        g_ptr_array_add (names, (gpointer) unknot_muscle_get_name (entry->muscle));
    }
  g_ptr_array_add (names, NULL);
  list = g_strjoinv (", ", (char **) names->pdata);
  summary = g_strdup_printf (_("Planned for %u minutes: %s."), plan->minutes,
                             names->len > 1 ? list : _("nothing yet"));

  plan->routine = unknot_routine_new ("planned-session", _("Planned Session"),
                                      when_get_goal (when), summary);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      const Level *level;

      if (!entry->planned)
        continue;

      level = &entry->levels[entry->level];
      unknot_routine_append_item (plan->routine, entry->technique, entry->sides,
                                  level->hold, level->reps);
      _unknot_plan_add_note (plan->stretches, unknot_muscle_get_id (entry->muscle), entry->sides,
                unknot_muscle_get_name (entry->muscle),
                g_strdup (unknot_technique_get_stretch (entry->technique)));
    }

  plan->seconds = unknot_routine_estimate_seconds (plan->routine, &times);
}

/**
 * unknot_planner_plan:
 * @self: a planner
 * @areas: (nullable) (array zero-terminated=1): the areas that feel tight,
 *   most important first: muscle or zone ids, optionally with ":left" or
 *   ":right"
 * @minutes: the time there is, 5 to 30
 * @when: before or after a workout, or any time
 * @tools: (nullable) (array zero-terminated=1): the tool ids the person
 *   owns, or %NULL for all
 * @error: an %UNKNOT_PLANNER_ERROR for an unknown area or tool, or minutes
 *   out of range
 *
 * Plans a session that passes unknot_routine_check(): no-roll zones become
 * the muscles to roll instead, and what does not fit is reported.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
UnknotPlan *
unknot_planner_plan (UnknotPlanner       *self,
                     const char * const  *areas,
                     guint                minutes,
                     UnknotPlanWhen       when,
                     const char * const  *tools,
                     GError             **error)
{
  g_autoptr(UnknotPlan) plan = NULL;
  g_autoptr(GArray) entries = NULL;
  Usage usage = { 0 };

  g_return_val_if_fail (UNKNOT_IS_PLANNER (self), NULL);
  g_return_val_if_fail (when <= UNKNOT_PLAN_WHEN_AFTER, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (minutes < UNKNOT_PLAN_MINUTES_MIN || minutes > UNKNOT_PLAN_MINUTES_MAX)
    {
      g_set_error (error, UNKNOT_PLANNER_ERROR, UNKNOT_PLANNER_ERROR_MINUTES,
                   _("Plan for 5 to 30 minutes, not %u."), minutes);
      return NULL;
    }

  if (!check_tools (self, tools, error))
    return NULL;

  plan = _unknot_plan_new (minutes);
  entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  if (!collect_entries (self, plan, areas, entries, error))
    return NULL;

  usage.budget = minutes * 60;
  admit_entries (plan, entries, &usage, when, tools);
  grow_entries (entries, &usage);
  build_routine (plan, entries, when);
  g_assert (plan->seconds == usage.seconds);

  return g_steal_pointer (&plan);
}
