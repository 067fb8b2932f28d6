/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-body-map.h"
#include "unknot-history-csv.h"
#include "unknot-muscle.h"
#include "unknot-progress-chart.h"
#include "unknot-progress-view.h"
#include "unknot-region.h"
#include "unknot-tool.h"

#define CHART_DAYS    56
#define LIST_SESSIONS 60
#define SESSIONS_PER_STEP 6

/* The Progress view: this week against the goal, eight weeks of minutes,
 * the body map tinted by what was rolled, and the sessions day by day. */
struct _UnknotProgressView
{
  AdwBin                 parent_instance;

  UnknotHistory         *history;
  UnknotLibrary         *library;
  GCancellable          *cancellable;
  UnknotHistoryProgress *progress;
  gboolean               dirty;
  guint                  n_loading;

  GtkStack              *stack;
  GtkLabel              *days_label;
  GtkLabel              *days_caption;
  GtkLabel              *today_label;
  GtkLabel              *today_caption;
  GtkLabel              *streak_label;
  GtkLabel              *streak_caption;
  GtkLabel              *sentence_label;
  UnknotProgressChart   *chart;
  GtkToggleButton       *week_button;
  AdwBin                *map_bin;
  UnknotBodyMap         *body_map;
  GtkLabel              *heat_label;
  AdwBin                *sessions_bin;
  GtkBox                *sessions_box;
  GtkWidget             *old_box;

  /* The sessions listed, and how far the rows have got */
  GPtrArray             *sessions;
  char                  *signature;
  guint                  n_shown;
  guint                  add_id;
  gulong                 paint_id;
  GdkFrameClock         *paint_clock;
  GtkWidget             *last_list;
  gint64                 last_day;
};

G_DEFINE_FINAL_TYPE (UnknotProgressView, unknot_progress_view, ADW_TYPE_BIN)

enum {
  TOAST,
  LOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
unknot_progress_view_new (void)
{
  return g_object_new (UNKNOT_TYPE_PROGRESS_VIEW, NULL);
}

static void
progress_view_toast (UnknotProgressView *self,
                     AdwToast           *toast)
{
  g_signal_emit (self, signals[TOAST], 0, toast);
}

static void
progress_view_toast_text (UnknotProgressView *self,
                          const char         *text)
{
  g_autoptr(AdwToast) toast = adw_toast_new (text);

  progress_view_toast (self, toast);
}

/* ---- This week ------------------------------------------------------- */

static char *
week_sentence (UnknotHistoryProgress *progress)
{
  g_autoptr(GDateTime) today = g_date_time_new_from_unix_local (progress->today);
  guint days_left = 8 - g_date_time_get_day_of_week (today);  /* today included */
  guint days = progress->days_this_week;
  guint needed = days < UNKNOT_HISTORY_GOAL_DAYS ? UNKNOT_HISTORY_GOAL_DAYS - days : 0;
  gboolean rolled_today = progress->seconds_today > 0;

  if (needed == 0 && days >= UNKNOT_HISTORY_GOAL_DAYS + 1)
    /* Translators: %u is a number of days, 4 or more */
    return g_strdup_printf (_("%u days this week: the goal is met. Rest days help too."), days);
  if (needed == 0)
    /* Translators: the goal is 3 to 4 days; %u is 3 */
    return g_strdup_printf (_("%u of %u days this week: the goal is met. One more day is fine "
                              "if you feel like it."), days, UNKNOT_HISTORY_GOAL_DAYS);
  if (needed > days_left - (rolled_today ? 1 : 0))
    return g_strdup_printf (_("%u of %u days this week. A new week starts on Monday."),
                            days, UNKNOT_HISTORY_GOAL_DAYS);
  if (needed == 1)
    /* Translators: "2 of 3 days this week; roll once more by Sunday" */
    return g_strdup_printf (_("%u of %u days this week; roll once more by Sunday."),
                            days, UNKNOT_HISTORY_GOAL_DAYS);

  /* Translators: "0 of 3 days this week; roll on 3 more days by Sunday" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u days this week; roll on %u more day by Sunday.",
                                       "%u of %u days this week; roll on %u more days by Sunday.",
                                       needed),
                          days, UNKNOT_HISTORY_GOAL_DAYS, needed);
}

static void
progress_view_show_week (UnknotProgressView    *self,
                         UnknotHistoryProgress *progress)
{
  guint minutes = (progress->seconds_today + 30) / 60;
  g_autofree char *days = NULL;
  g_autofree char *today = g_strdup_printf ("%u", minutes);
  g_autofree char *streak = g_strdup_printf ("%u", progress->week_streak);
  g_autofree char *sentence = week_sentence (progress);

  /* Translators: days rolled this week against the goal, e.g. "2 of 3" */
  days = g_strdup_printf (_("%u of %u"), progress->days_this_week, UNKNOT_HISTORY_GOAL_DAYS);
  gtk_label_set_text (self->days_label, days);
  gtk_label_set_text (self->days_caption, _("days this week"));
  gtk_label_set_text (self->today_label, today);
  gtk_label_set_text (self->today_caption,
                      g_dngettext (GETTEXT_PACKAGE, "minute today", "minutes today", minutes));
  gtk_label_set_text (self->streak_label, streak);
  gtk_label_set_text (self->streak_caption,
                      g_dngettext (GETTEXT_PACKAGE, "week in a row at the goal",
                                   "weeks in a row at the goal", progress->week_streak));
  gtk_label_set_text (self->sentence_label, sentence);
}

/* ---- The heat map ---------------------------------------------------- */

static guint
heat_seconds (GHashTable   *seconds,
              UnknotRegion *region)
{
  const char *muscle = unknot_region_get_target_id (region);
  g_autofree char *own = g_strdup_printf ("%s-%s", muscle,
                                          unknot_side_to_string (unknot_region_get_side (region)));
  g_autofree char *none = g_strconcat (muscle, "-none", NULL);
  g_autofree char *both = g_strconcat (muscle, "-both", NULL);

  /* A midline hold rolls both halves of the muscle */
  return GPOINTER_TO_UINT (g_hash_table_lookup (seconds, own))
         + GPOINTER_TO_UINT (g_hash_table_lookup (seconds, none))
         + GPOINTER_TO_UINT (g_hash_table_lookup (seconds, both));
}

static char *
region_name (UnknotProgressView *self,
             UnknotRegion       *region)
{
  UnknotMuscle *muscle = unknot_library_get_muscle (self->library,
                                                    unknot_region_get_target_id (region));
  const char *side;

  if (muscle == NULL)
    return g_strdup (unknot_region_get_target_id (region));

  side = unknot_region_get_side (region) == UNKNOT_SIDE_LEFT ? _("left") : _("right");
  /* Translators: a muscle and a side, e.g. "Calves, left" */
  return g_strdup_printf (_("%s, %s"), unknot_muscle_get_name (muscle), side);
}

/* The map's art is rendered only once somebody opens the view */
static void
progress_view_ensure_map (UnknotProgressView *self)
{
  if (self->body_map != NULL || self->library == NULL)
    return;

  self->body_map = UNKNOT_BODY_MAP (unknot_body_map_new ());
  gtk_widget_set_can_target (GTK_WIDGET (self->body_map), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self->body_map), FALSE);
  unknot_body_map_set_show_zones (self->body_map, FALSE);
  unknot_body_map_set_library (self->body_map, self->library);
  adw_bin_set_child (self->map_bin, GTK_WIDGET (self->body_map));
}

static void
progress_view_show_heat (UnknotProgressView *self)
{
  GHashTable *seconds;
  g_autoptr(GHashTable) heat = NULL;
  g_autoptr(GPtrArray) unrolled = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *most = NULL;
  GListModel *regions;
  guint top = 0;
  GString *text;

  if (self->progress == NULL || self->library == NULL)
    return;

  progress_view_ensure_map (self);
  seconds = gtk_toggle_button_get_active (self->week_button) ? self->progress->seconds_7
                                                             : self->progress->seconds_30;
  heat = g_hash_table_new (g_str_hash, g_str_equal);
  regions = unknot_library_get_regions (self->library);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
      {
        g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);
        guint value;

        if (unknot_region_is_zone (region))
          continue;

        value = heat_seconds (seconds, region);
        if (pass == 0 && value > top)
          {
            top = value;
            g_free (most);
            most = region_name (self, region);
          }
        else if (pass == 1 && value > 0)
          g_hash_table_insert (heat, (gpointer) unknot_region_get_id (region),
                               GUINT_TO_POINTER (MAX (1, value * 100 / top)));
        else if (pass == 1)
          {
            g_autofree char *name = region_name (self, region);

            if (!g_ptr_array_find_with_equal_func (unrolled, name, g_str_equal, NULL))
              g_ptr_array_add (unrolled, g_steal_pointer (&name));
          }
      }

  unknot_body_map_set_heat (self->body_map, heat);

  text = g_string_new (_("The darker the blue, the longer you rolled there; muscles without "
                         "blue were not rolled."));
  g_string_append_c (text, ' ');
  if (top == 0)
    g_string_append (text, _("Nothing rolled in these days."));
  else
    {
      g_autofree char *amount = top < 60 ? g_strdup_printf (_("%u s"), top)
                                         : g_strdup_printf (_("%u min"), (top + 30) / 60);

      /* Translators: the muscle and side rolled most, then how long: "Calves, left: 4 min" */
      g_string_append_printf (text, _("Rolled most: %s: %s."), most, amount);
    }
  if (top > 0 && unrolled->len > 0)
    {
      g_autofree char *list = NULL;

      guint n_more = unrolled->len > 6 ? unrolled->len - 6 : 0;

      g_ptr_array_set_size (unrolled, unrolled->len - n_more);
      g_ptr_array_add (unrolled, NULL);
      list = g_strjoinv ("; ", (char **) unrolled->pdata);
      if (n_more > 0)
        {
          /* Translators: ends a shortened list of muscles, e.g. "…; and 5 more" */
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; and %u more",
                                                                "%s; and %u more", n_more),
                                                   list, n_more);

          g_free (list);
          list = g_steal_pointer (&more);
        }
      g_string_append_c (text, ' ');
      /* Translators: a list of muscles and sides never rolled in the range */
      g_string_append_printf (text, _("Not rolled: %s."), list);
    }
  gtk_label_set_text (self->heat_label, text->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->body_map),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
  g_string_free (text, TRUE);
}

static void
on_range_toggled (UnknotProgressView *self)
{
  progress_view_show_heat (self);
}

/* ---- Sessions -------------------------------------------------------- */

static char *
format_clock (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_time);

  /* Translators: a time of day, see the GDateTime formats */
  return g_date_time_format (time, _("%H:%M"));
}

static char *
describe_session (UnknotHistorySession *session)
{
  g_autofree char *start = format_clock (session->start_time);
  guint minutes = (session->rolled_seconds + 30) / 60;
  const char *state = session->completed ? _("completed") : _("ended early");
  const char *feeling = NULL;
  g_autofree char *rolled = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute",
                                                          "%u minutes", minutes), minutes);

  switch (session->feeling)
    {
    case UNKNOT_FEELING_LOOSER:
      feeling = _("felt looser");
      break;
    case UNKNOT_FEELING_SAME:
      feeling = _("felt the same");
      break;
    case UNKNOT_FEELING_TIGHTER:
      feeling = _("felt tighter");
      break;
    case UNKNOT_FEELING_NONE:
    default:
      break;
    }

  if (feeling != NULL)
    /* Translators: start time, duration, how it ended, how it felt: "09:14 · 12 minutes ·
     * completed · felt looser" */
    return g_strdup_printf (_("%s · %s · %s · %s"), start, rolled, state, feeling);

  /* Translators: start time, duration, how it ended: "09:14 · 12 minutes · completed" */
  return g_strdup_printf (_("%s · %s · %s"), start, rolled, state);
}

static GtkWidget *
hold_row_new (UnknotProgressView *self,
              UnknotHistoryHold  *hold)
{
  UnknotMuscle *muscle = self->library != NULL
                         ? unknot_library_get_muscle (self->library, hold->muscle_id) : NULL;
  UnknotTool *tool = self->library != NULL && hold->tool_id != NULL
                     ? unknot_library_get_tool (self->library, hold->tool_id) : NULL;
  const char *name = muscle != NULL ? unknot_muscle_get_name (muscle) : hold->muscle_id;
  UnknotSide side = UNKNOT_SIDE_NONE;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  unknot_side_from_string (hold->side, &side);
  if (side == UNKNOT_SIDE_LEFT || side == UNKNOT_SIDE_RIGHT)
    /* Translators: a muscle and its side, e.g. "Calves, Left side" */
    title = g_strdup_printf (_("%s, %s"), name, unknot_side_get_label (side));
  else
    title = g_strdup (name);

  if (hold->skipped)
    /* Translators: a hold cut short: tool, then seconds held of planned */
    subtitle = g_strdup_printf (_("%s · ended after %u of %u seconds"),
                                tool != NULL ? unknot_tool_get_name (tool) : hold->tool_id,
                                hold->actual_seconds, hold->planned_seconds);
  else
    /* Translators: a hold: tool, then seconds held */
    subtitle = g_strdup_printf (_("%s · held %u seconds"),
                                tool != NULL ? unknot_tool_get_name (tool) : hold->tool_id,
                                hold->actual_seconds);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

/* Hold rows are made the first time a session is opened: a long history
 * would otherwise build hundreds of rows nobody looks at. */
static void
on_session_row_expanded (AdwExpanderRow       *row,
                         GParamSpec           *pspec,
                         UnknotHistorySession *session)
{
  UnknotProgressView *self;

  if (!adw_expander_row_get_expanded (row))
    return;

  self = UNKNOT_PROGRESS_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (row),
                                                        UNKNOT_TYPE_PROGRESS_VIEW));
  g_signal_handlers_disconnect_by_func (row, on_session_row_expanded, session);
  for (guint i = 0; self != NULL && i < session->holds->len; i++)
    adw_expander_row_add_row (row, hold_row_new (self, g_ptr_array_index (session->holds, i)));
}

static GtkWidget *
session_row_new (UnknotHistorySession *session)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *subtitle = describe_session (session);
  const char *title = session->routine_name != NULL ? session->routine_name : _("Session");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _("Delete Session"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete Session"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "progress.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x", session->id);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), delete);

  g_signal_connect_data (row, "notify::expanded", G_CALLBACK (on_session_row_expanded),
                         unknot_history_session_ref (session),
                         (GClosureNotify) unknot_history_session_unref, 0);

  return row;
}

static char *
format_day (gint64 day)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (day);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int days_ago = g_date_time_get_day_of_year (now) - g_date_time_get_day_of_year (date);

  if (g_date_time_get_year (now) == g_date_time_get_year (date) && days_ago == 0)
    return g_strdup (_("Today"));
  if (g_date_time_get_year (now) == g_date_time_get_year (date) && days_ago == 1)
    return g_strdup (_("Yesterday"));

  /* Translators: a day heading in the session list, as in "Tuesday 24 November" */
  return g_date_time_format (date, _("%A %-d %B"));
}

/* What the list shows of each session, to leave an unchanged list alone */
static char *
sessions_signature (GPtrArray *sessions)
{
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < sessions->len; i++)
    {
      UnknotHistorySession *session = g_ptr_array_index (sessions, i);

      g_string_append_printf (signature, "%" G_GINT64_FORMAT ":%u:%d:%d:%u;", session->id,
                              session->rolled_seconds, session->completed, session->feeling,
                              session->holds->len);
    }

  return g_string_free (signature, FALSE);
}

/* Rows are made a few at a time: the first ones before the frame that
 * shows the view, the rest (below the fold) in idle time after it. */
/* The old list goes a few days at a time too: taking dozens of rows
 * apart at once would hold up the frames after the first. */
static gboolean
progress_view_drop_old_rows (UnknotProgressView *self)
{
  GtkWidget *child;

  for (guint i = 0; i < 2 * SESSIONS_PER_STEP && self->old_box != NULL; i++)
    {
      child = gtk_widget_get_first_child (self->old_box);
      if (child == NULL)
        g_clear_object (&self->old_box);
      else
        gtk_box_remove (GTK_BOX (self->old_box), child);
    }

  return self->old_box != NULL;
}

static gboolean
progress_view_add_sessions (gpointer data)
{
  UnknotProgressView *self = data;
  guint end;

  if (self->old_box != NULL && self->n_shown > 0 && progress_view_drop_old_rows (self))
    return G_SOURCE_CONTINUE;

  end = MIN (self->n_shown + SESSIONS_PER_STEP, self->sessions->len);

  for (; self->n_shown < end; self->n_shown++)
    {
      UnknotHistorySession *session = g_ptr_array_index (self->sessions, self->n_shown);
      gint64 day = unknot_history_session_get_day (session);
      GtkWidget *list = self->last_list;

      if (list == NULL || day != self->last_day)
        {
          g_autofree char *heading = format_day (day);
          GtkWidget *label = gtk_label_new (heading);

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (self->sessions_box, label);
          list = gtk_list_box_new ();
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (list, "boxed-list");
          gtk_box_append (self->sessions_box, list);
          self->last_list = list;
          self->last_day = day;
        }
      gtk_list_box_append (GTK_LIST_BOX (list), session_row_new (session));
    }

  if (self->n_shown < self->sessions->len || self->old_box != NULL)
    return G_SOURCE_CONTINUE;

  self->add_id = 0;
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock      *clock,
                UnknotProgressView *self)
{
  g_clear_signal_handler (&self->paint_id, clock);
  g_clear_weak_pointer (&self->paint_clock);
  if (self->add_id == 0 && self->sessions != NULL
      && (self->n_shown < self->sessions->len || self->old_box != NULL))
    self->add_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, progress_view_add_sessions, self,
                                    NULL);
}

/* Idle time comes before the frame too, while the frame clock waits */
static void
progress_view_add_after_paint (UnknotProgressView *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL)
    {
      self->add_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, progress_view_add_sessions, self,
                                      NULL);
      return;
    }

  /* The clock goes with the window; a weak pointer tells when it has */
  if (self->paint_clock == NULL)
    self->paint_id = 0;
  if (self->paint_id == 0)
    {
      g_set_weak_pointer (&self->paint_clock, clock);
      self->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint),
                                         self);
    }
}

static void
progress_view_show_sessions (UnknotProgressView *self,
                             GPtrArray          *sessions)
{
  g_autofree char *signature = sessions_signature (sessions);

  if (g_strcmp0 (signature, self->signature) == 0)
    return;

  g_free (self->signature);
  self->signature = g_steal_pointer (&signature);
  /* The old rows are let go after the next frame: taking dozens of rows
   * apart costs more than building the few new ones on screen */
  g_clear_handle_id (&self->add_id, g_source_remove);
  if (self->sessions_box != NULL && self->old_box == NULL)
    self->old_box = g_object_ref (GTK_WIDGET (self->sessions_box));
  self->sessions_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  adw_bin_set_child (self->sessions_bin, GTK_WIDGET (self->sessions_box));

  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  self->sessions = g_ptr_array_ref (sessions);
  self->n_shown = 0;
  self->last_list = NULL;
  if (progress_view_add_sessions (self) || self->old_box != NULL)
    progress_view_add_after_paint (self);
}

/* ---- Loading ----------------------------------------------------------- */

static void
progress_view_loaded_one (UnknotProgressView *self)
{
  g_assert (self->n_loading > 0);

  if (--self->n_loading == 0)
    g_signal_emit (self, signals[LOADED], 0);
}

static void
on_progress_queried (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  UnknotProgressView *self;
  g_autoptr(GError) error = NULL;
  UnknotHistoryProgress *progress;
  gint64 first_day;

  /* Cancelled by dispose, so the view is alive unless this says CANCELLED */
  progress = unknot_history_query_progress_finish (UNKNOT_HISTORY (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = user_data;
  if (progress == NULL)
    {
      progress_view_toast_text (self, error->message);
      progress_view_loaded_one (self);
      return;
    }

  g_clear_pointer (&self->progress, unknot_history_progress_unref);
  self->progress = progress;
  gtk_stack_set_visible_child_name (self->stack, progress->n_sessions > 0 ? "progress" : "empty");

  {
    g_autoptr(GDateTime) today = g_date_time_new_from_unix_local (progress->today);
    g_autoptr(GDateTime) first = g_date_time_add_days (today, 1 - (int) progress->n_days);

    first_day = g_date_time_to_unix (first);
  }
  unknot_progress_chart_set_days (self->chart, first_day, progress->day_seconds,
                                  progress->n_days);
  progress_view_show_week (self, progress);
  progress_view_show_heat (self);
  progress_view_loaded_one (self);
}

static void
on_sessions_listed (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  UnknotProgressView *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;

  sessions = unknot_history_list_sessions_finish (UNKNOT_HISTORY (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = user_data;
  if (sessions == NULL)
    {
      progress_view_loaded_one (self);
      return;
    }

  progress_view_show_sessions (self, sessions);
  progress_view_loaded_one (self);
}

/* Reads the history again; a view not on screen waits until it is. */
void
unknot_progress_view_reload (UnknotProgressView *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) since = NULL;

  g_return_if_fail (UNKNOT_IS_PROGRESS_VIEW (self));

  if (self->history == NULL)
    return;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }

  self->dirty = FALSE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_loading = 2;

  now = g_date_time_new_now_local ();
  since = g_date_time_add_days (now, -CHART_DAYS);
  unknot_history_query_progress_async (self->history, now, CHART_DAYS, self->cancellable,
                                       on_progress_queried, self);
  unknot_history_list_sessions_async (self->history, g_date_time_to_unix (since), LIST_SESSIONS,
                                      self->cancellable, on_sessions_listed, self);
}

static void
on_map (UnknotProgressView *self)
{
  if (self->dirty)
    unknot_progress_view_reload (self);
}

void
unknot_progress_view_set_history (UnknotProgressView *self,
                                  UnknotHistory      *history)
{
  g_return_if_fail (UNKNOT_IS_PROGRESS_VIEW (self));
  g_return_if_fail (!history || UNKNOT_IS_HISTORY (history));

  if (self->history == history)
    return;

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_set_object (&self->history, history);
  if (history != NULL)
    g_signal_connect_object (history, "changed", G_CALLBACK (unknot_progress_view_reload), self,
                             G_CONNECT_SWAPPED);
  unknot_progress_view_reload (self);
}

void
unknot_progress_view_set_library (UnknotProgressView *self,
                                  UnknotLibrary      *library)
{
  g_return_if_fail (UNKNOT_IS_PROGRESS_VIEW (self));

  if (!g_set_object (&self->library, library))
    return;

  if (self->body_map != NULL)
    unknot_body_map_set_library (self->body_map, library);
  progress_view_show_heat (self);
}

UnknotProgressChart *
unknot_progress_view_get_chart (UnknotProgressView *self)
{
  g_return_val_if_fail (UNKNOT_IS_PROGRESS_VIEW (self), NULL);

  return self->chart;
}

/* ---- Delete, undo, export -------------------------------------------- */

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(UnknotProgressView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!unknot_history_write_finish (UNKNOT_HISTORY (source), result, &error))
    progress_view_toast_text (self, error->message);
}

typedef struct
{
  UnknotProgressView   *self;
  UnknotHistorySession *session;
} UndoData;

static void
undo_data_free (gpointer data,
                GClosure *closure)
{
  UndoData *undo = data;

  g_object_unref (undo->self);
  unknot_history_session_unref (undo->session);
  g_free (undo);
}

static void
on_undo_clicked (AdwToast *toast,
                 UndoData *undo)
{
  if (undo->self->history != NULL)
    unknot_history_restore_session_async (undo->self->history, undo->session, NULL, on_restored,
                                          g_object_ref (undo->self));
}

static void
on_deleted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(UnknotProgressView) self = user_data;
  g_autoptr(UnknotHistorySession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  UndoData *undo;

  session = unknot_history_delete_session_finish (UNKNOT_HISTORY (source), result, &error);
  if (session == NULL)
    {
      progress_view_toast_text (self, error->message);
      return;
    }

  toast = adw_toast_new (_("Session deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (UndoData, 1);
  undo->self = g_object_ref (self);
  undo->session = g_steal_pointer (&session);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked), undo,
                         undo_data_free, 0);
  progress_view_toast (self, toast);
}

static void
unknot_progress_view_delete_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  UnknotProgressView *self = UNKNOT_PROGRESS_VIEW (widget);

  if (self->history != NULL)
    unknot_history_delete_session_async (self->history, g_variant_get_int64 (parameter), NULL,
                                         on_deleted, g_object_ref (self));
}

typedef struct
{
  UnknotProgressView *self;
  GFile              *file;
  char               *csv;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->file);
  g_free (data->csv);
  g_free (data);
}

static void
on_export_written (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ExportData *data = user_data;
  g_autoptr(GError) error = NULL;

  if (g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    progress_view_toast_text (data->self, _("History exported"));
  else
    progress_view_toast_text (data->self, error->message);
  export_data_free (data);
}

static void
on_export_listed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ExportData *data = user_data;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;

  sessions = unknot_history_list_sessions_finish (UNKNOT_HISTORY (source), result, &error);
  if (sessions == NULL)
    {
      progress_view_toast_text (data->self, error->message);
      export_data_free (data);
      return;
    }

  data->csv = unknot_history_format_csv (sessions);
  g_file_replace_contents_async (data->file, data->csv, strlen (data->csv), NULL, FALSE,
                                 G_FILE_CREATE_REPLACE_DESTINATION, NULL, on_export_written,
                                 data);
}

static void
on_export_response (GtkNativeDialog    *dialog,
                    int                 response,
                    UnknotProgressView *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  ExportData *data;

  if (response == GTK_RESPONSE_ACCEPT && file != NULL && self->history != NULL)
    {
      data = g_new0 (ExportData, 1);
      data->self = g_object_ref (self);
      data->file = g_steal_pointer (&file);
      unknot_history_list_sessions_async (self->history, 0, 0, NULL, on_export_listed, data);
    }

  g_object_unref (dialog);
}

static void
unknot_progress_view_export_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Export History"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "unknot-history.csv");
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- The object ------------------------------------------------------- */

static void
unknot_progress_view_dispose (GObject *object)
{
  UnknotProgressView *self = UNKNOT_PROGRESS_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_object (&self->library);
  g_clear_pointer (&self->progress, unknot_history_progress_unref);
  g_clear_handle_id (&self->add_id, g_source_remove);
  if (self->paint_clock != NULL)
    g_clear_signal_handler (&self->paint_id, self->paint_clock);
  g_clear_weak_pointer (&self->paint_clock);
  g_clear_object (&self->old_box);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->signature, g_free);
  /* The bin's child is a template child too: let the bin drop it first */
  adw_bin_set_child (ADW_BIN (self), NULL);
  self->body_map = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_PROGRESS_VIEW);

  G_OBJECT_CLASS (unknot_progress_view_parent_class)->dispose (object);
}

static void
unknot_progress_view_class_init (UnknotProgressViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_progress_view_dispose;

  /* The window has the toast overlay; the view says what to show */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
  /* Both queries are in and shown; the benchmark and tests wait for it */
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (UNKNOT_TYPE_PROGRESS_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-progress-view.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, stack);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, days_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, days_caption);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, today_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, today_caption);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, streak_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, streak_caption);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, sentence_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, chart);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, week_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, map_bin);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, heat_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotProgressView, sessions_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_range_toggled);

  gtk_widget_class_install_action (widget_class, "progress.delete", "x",
                                   unknot_progress_view_delete_action);
  gtk_widget_class_install_action (widget_class, "progress.export", NULL,
                                   unknot_progress_view_export_action);
  gtk_widget_class_set_css_name (widget_class, "progressview");
}

static void
unknot_progress_view_init (UnknotProgressView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->dirty = TRUE;
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}
