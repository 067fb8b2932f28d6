/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "unknot-content-loader.h"
#include "unknot-library.h"
#include "unknot-plan-command.h"
#include "unknot-planner.h"

#define EXIT_UNKNOWN_AREA    1
#define EXIT_NOTHING_PLANNED 1
#define EXIT_USAGE           2

/* Added to the application's own options; all strings, so that a wrong
 * value is a usage error of ours (exit 2) rather than GOption's.
 */
const GOptionEntry unknot_plan_command_options[] = {
  { "plan", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Plan a session for these muscles or zones and print it as a routine file"),
    N_("AREA[,AREA…]") },
  { "minutes", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Minutes for --plan, 5 to 30"), N_("N") },
  { "when", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("For --plan: before or after a workout, or any time"), N_("before|after|any") },
  { "tools", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("For --plan: the tools you own (default: all)"), N_("roller,ball,stick") },
  { NULL }
};

/* Raw UTF-8, as --validate prints: see unknot-validate.c */
static void
print_line (const char *text)
{
  fprintf (stderr, "%s\n", text);
}

static void
print_usage (void)
{
  print_line (_("Usage: unknot --plan AREA[,AREA…] --minutes N [--when before|after|any] "
                "[--tools roller,ball,stick]"));
}

/* The one place this command gets the built-in content */
static UnknotLibrary *
load_library (GError **error)
{
  g_autoptr(UnknotLibrary) library = unknot_library_new ();

  if (!unknot_content_load_builtin (library, error))
    return NULL;

  return g_steal_pointer (&library);
}

static void
print_ids (const char  *intro,
           char       **ids)
{
  g_autofree char *list = g_strjoinv (", ", ids);
  g_autofree char *line = g_strdup_printf ("%s %s", intro, list);

  print_line (line);
}

static gboolean
parse_minutes (const char *text,
               guint      *minutes)
{
  guint64 value;

  if (text == NULL ||
      !g_ascii_string_to_unsigned (text, 10, UNKNOT_PLAN_MINUTES_MIN, UNKNOT_PLAN_MINUTES_MAX,
                                   &value, NULL))
    return FALSE;

  *minutes = (guint) value;
  return TRUE;
}

static char **
split_list (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

/* The problem, then the ids that would have worked */
static int
report_plan_error (UnknotPlanner *planner,
                   const GError  *error)
{
  gboolean unknown_area = g_error_matches (error, UNKNOT_PLANNER_ERROR,
                                           UNKNOT_PLANNER_ERROR_UNKNOWN_AREA);
  g_auto(GStrv) ids = unknown_area ? unknot_planner_dup_area_ids (planner)
                                   : unknot_planner_dup_tool_ids (planner);

  print_line (error->message);
  print_ids (unknown_area ? _("Areas:") : _("Tools:"), ids);

  return unknown_area ? EXIT_UNKNOWN_AREA : EXIT_USAGE;
}

static int
report_nothing_planned (UnknotPlan *plan)
{
  GPtrArray *left_out = unknot_plan_get_left_out (plan);

  print_line (_("Nothing could be planned:"));
  for (guint i = 0; i < left_out->len; i++)
    print_line (((UnknotPlanNote *) g_ptr_array_index (left_out, i))->text);

  return EXIT_NOTHING_PLANNED;
}

gboolean
unknot_plan_command_is_wanted (GVariantDict *options)
{
  for (guint i = 0; unknot_plan_command_options[i].long_name != NULL; i++)
    {
      if (g_variant_dict_contains (options, unknot_plan_command_options[i].long_name))
        return TRUE;
    }

  return FALSE;
}

/* Prints a plan as a routine file on stdout and a one-line summary on
 * stderr.  Exits 1 for an unknown area or when nothing can be planned
 * (no tool for any of the areas), 2 for any other mistake in the command
 * line.
 */
int
unknot_plan_command_run (GVariantDict *options)
{
  const char *areas = NULL;
  const char *minutes_text = NULL;
  const char *when_text = NULL;
  const char *tools_text = NULL;
  g_autoptr(UnknotLibrary) library = NULL;
  g_autoptr(UnknotPlanner) planner = NULL;
  g_autoptr(UnknotPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) area_list = NULL;
  g_auto(GStrv) tool_list = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *summary = NULL;
  UnknotPlanWhen when = UNKNOT_PLAN_WHEN_ANY;
  guint minutes;

  g_variant_dict_lookup (options, "plan", "&s", &areas);
  g_variant_dict_lookup (options, "minutes", "&s", &minutes_text);
  g_variant_dict_lookup (options, "when", "&s", &when_text);
  g_variant_dict_lookup (options, "tools", "&s", &tools_text);
  area_list = areas != NULL ? split_list (areas) : NULL;

  if (area_list == NULL || area_list[0] == NULL || !parse_minutes (minutes_text, &minutes) ||
      (when_text != NULL && !unknot_plan_when_from_string (when_text, &when)))
    {
      print_usage ();
      if (minutes_text != NULL && !parse_minutes (minutes_text, &minutes))
        print_line (_("Plan for 5 to 30 minutes."));
      return EXIT_USAGE;
    }

  library = load_library (&error);
  if (library == NULL)
    {
      print_line (error->message);
      return EXIT_FAILURE;
    }

  planner = unknot_planner_new (library);
  tool_list = tools_text != NULL ? split_list (tools_text) : NULL;
  plan = unknot_planner_plan (planner, (const char * const *) area_list, minutes, when,
                              (const char * const *) tool_list, &error);
  if (plan == NULL)
    return report_plan_error (planner, error);

  /* An empty routine is no routine file: say why instead */
  if (g_list_model_get_n_items (unknot_routine_get_items (unknot_plan_get_routine (plan))) == 0)
    return report_nothing_planned (plan);

  xml = unknot_routine_to_xml (unknot_plan_get_routine (plan));
  fputs (xml, stdout);
  fflush (stdout);

  summary = unknot_plan_dup_summary (plan);
  print_line (summary);

  return EXIT_SUCCESS;
}
