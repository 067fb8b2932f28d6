/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-history.h"
#include "unknot-progress-chart.h"

#define LABEL_HEIGHT   22.0
#define READOUT_HEIGHT 24.0
#define BAR_GAP        2.0
#define MIN_SCALE_MIN  15.0
#define GUTTER         52.0

/* Minutes rolled per day as bars, with a line at the 10-minute goal. The
 * pointer or the arrow keys pick a day; its total is drawn above the bars
 * and stated in the accessible description. */
struct _UnknotProgressChart
{
  GtkWidget  parent_instance;

  gint64     first_day;   /* local midnight of the first bar */
  guint     *seconds;
  guint      n_days;
  int        hover;       /* -1 for none */
  int        focus;
};

G_DEFINE_FINAL_TYPE (UnknotProgressChart, unknot_progress_chart, GTK_TYPE_WIDGET)

GtkWidget *
unknot_progress_chart_new (void)
{
  return g_object_new (UNKNOT_TYPE_PROGRESS_CHART, NULL);
}

static guint
day_minutes (UnknotProgressChart *self,
             guint                day)
{
  return (self->seconds[day] + 30) / 60;
}

static GDateTime *
day_date (UnknotProgressChart *self,
          guint                day)
{
  g_autoptr(GDateTime) first = g_date_time_new_from_unix_local (self->first_day);

  return g_date_time_add_days (first, day);
}

/* "Tuesday 24 November: 12 minutes" */
static char *
describe_day (UnknotProgressChart *self,
              guint                day)
{
  g_autoptr(GDateTime) date = day_date (self, day);
  /* Translators: a day in the chart, as in "Tuesday 24 November" */
  g_autofree char *name = g_date_time_format (date, _("%A %-d %B"));
  guint minutes = day_minutes (self, day);

  if (self->seconds[day] == 0)
    /* Translators: a day with nothing rolled, e.g. "Tuesday 24 November: no rolling" */
    return g_strdup_printf (_("%s: no rolling"), name);

  /* Translators: a day and its total, e.g. "Tuesday 24 November: 12 minutes" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u minute", "%s: %u minutes",
                                       minutes),
                          name, minutes);
}

static char *
describe_chart (UnknotProgressChart *self)
{
  guint rolled = 0, met = 0, best = 0, total = 0;
  GString *text;

  for (guint i = 0; i < self->n_days; i++)
    {
      guint minutes = day_minutes (self, i);

      rolled += self->seconds[i] > 0;
      met += minutes >= UNKNOT_HISTORY_GOAL_MINUTES;
      total += minutes;
      if (self->seconds[i] > self->seconds[best])
        best = i;
    }

  text = g_string_new (NULL);
  /* Translators: the chart's accessible description; %u are numbers of days */
  g_string_append_printf (text, _("Last %u days: rolled on %u, %u of them for 10 minutes or "
                                  "more."),
                          self->n_days, rolled, met);
  g_string_append_c (text, ' ');
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u minute in all.",
                                             "%u minutes in all.", total),
                          total);
  if (rolled > 0 && best != self->n_days - 1)
    {
      g_autofree char *most = describe_day (self, best);

      g_string_append_c (text, ' ');
      /* Translators: the day with the most minutes: "Most: Tuesday 24 November: 25 minutes." */
      g_string_append_printf (text, _("Most: %s."), most);
    }
  if (self->n_days > 0)
    {
      g_autofree char *today = describe_day (self, self->n_days - 1);

      g_string_append_printf (text, " %s.", today);
    }

  return g_string_free (text, FALSE);
}

static int
chart_selected (UnknotProgressChart *self)
{
  if (self->hover >= 0)
    return self->hover;
  if (gtk_widget_has_focus (GTK_WIDGET (self)))
    return self->focus;

  return -1;
}

static void
chart_update_accessible (UnknotProgressChart *self)
{
  g_autofree char *description = describe_chart (self);
  int selected = chart_selected (self);

  if (selected >= 0 && (guint) selected < self->n_days)
    {
      g_autofree char *day = describe_day (self, selected);
      g_autofree char *both = g_strconcat (day, ". ", description, NULL);

      g_free (description);
      description = g_steal_pointer (&both);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

/* @seconds: @n_days totals, the first for the local day starting at @first_day */
void
unknot_progress_chart_set_days (UnknotProgressChart *self,
                                gint64               first_day,
                                const guint         *seconds,
                                guint                n_days)
{
  g_return_if_fail (UNKNOT_IS_PROGRESS_CHART (self));
  g_return_if_fail (seconds != NULL || n_days == 0);

  g_free (self->seconds);
  self->seconds = g_memdup2 (seconds, sizeof (guint) * n_days);
  self->first_day = first_day;
  self->n_days = n_days;
  self->hover = -1;
  self->focus = n_days > 0 ? (int) n_days - 1 : 0;

  chart_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
unknot_progress_chart_get_n_days (UnknotProgressChart *self)
{
  g_return_val_if_fail (UNKNOT_IS_PROGRESS_CHART (self), 0);

  return self->n_days;
}

/* The day under the pointer or chosen with the keyboard, or -1 */
int
unknot_progress_chart_get_selected (UnknotProgressChart *self)
{
  g_return_val_if_fail (UNKNOT_IS_PROGRESS_CHART (self), -1);

  return chart_selected (self);
}

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
}

static void
chart_bars_rect (UnknotProgressChart *self,
                 graphene_rect_t     *rect)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  /* The goal line's label sits in a gutter on the left, clear of the bars */
  graphene_rect_init (rect, GUTTER, READOUT_HEIGHT, MAX (1.0, width - GUTTER),
                      MAX (1.0, height - READOUT_HEIGHT - LABEL_HEIGHT));
}

static double
chart_scale_minutes (UnknotProgressChart *self)
{
  double top = MIN_SCALE_MIN;

  for (guint i = 0; i < self->n_days; i++)
    top = MAX (top, self->seconds[i] / 60.0);

  return top;
}

static void
snapshot_text (GtkWidget      *widget,
               GtkSnapshot    *snapshot,
               const char     *text,
               double          x,
               double          y,
               const GdkRGBA  *color,
               gboolean        small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (0.85));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

static void
snapshot_bars (UnknotProgressChart   *self,
               GtkSnapshot           *snapshot,
               const graphene_rect_t *area)
{
  double slot = area->size.width / self->n_days;
  double scale = area->size.height / chart_scale_minutes (self);
  int selected = chart_selected (self);
  GdkRGBA bar, low, picked, empty;

  lookup_color (GTK_WIDGET (self), "chart_bar_color", &bar);
  lookup_color (GTK_WIDGET (self), "chart_bar_low_color", &low);
  lookup_color (GTK_WIDGET (self), "chart_bar_selected_color", &picked);
  lookup_color (GTK_WIDGET (self), "chart_empty_color", &empty);

  for (guint i = 0; i < self->n_days; i++)
    {
      double minutes = self->seconds[i] / 60.0;
      double height = MAX (self->seconds[i] > 0 ? 3.0 : 1.0, minutes * scale);
      double x = area->origin.x + i * slot + BAR_GAP / 2;
      double width = MAX (1.0, slot - BAR_GAP);
      const GdkRGBA *color = &empty;
      GskRoundedRect rounded;

      if ((int) i == selected)
        color = &picked;
      else if (minutes >= UNKNOT_HISTORY_GOAL_MINUTES)
        color = &bar;
      else if (self->seconds[i] > 0)
        color = &low;

      gsk_rounded_rect_init (&rounded,
                             &GRAPHENE_RECT_INIT (x, area->origin.y + area->size.height - height,
                                                  width, height),
                             &GRAPHENE_SIZE_INIT (2, 2), &GRAPHENE_SIZE_INIT (2, 2),
                             &GRAPHENE_SIZE_INIT (0, 0), &GRAPHENE_SIZE_INIT (0, 0));
      gtk_snapshot_push_rounded_clip (snapshot, &rounded);
      gtk_snapshot_append_color (snapshot, color, &rounded.bounds);
      gtk_snapshot_pop (snapshot);
    }
}

static void
snapshot_goal (UnknotProgressChart   *self,
               GtkSnapshot           *snapshot,
               const graphene_rect_t *area)
{
  double y = area->origin.y + area->size.height
             - UNKNOT_HISTORY_GOAL_MINUTES * area->size.height / chart_scale_minutes (self);
  g_autofree char *label = NULL;
  GdkRGBA goal;

  lookup_color (GTK_WIDGET (self), "chart_goal_color", &goal);
  for (double x = area->origin.x; x < area->origin.x + area->size.width; x += 8)
    gtk_snapshot_append_color (snapshot, &goal,
                               &GRAPHENE_RECT_INIT (x, y - 0.5,
                                                    MIN (5, area->origin.x + area->size.width - x),
                                                    1.5));

  /* Translators: the label on the chart's goal line */
  label = g_strdup_printf (_("%u min"), UNKNOT_HISTORY_GOAL_MINUTES);
  snapshot_text (GTK_WIDGET (self), snapshot, label, 0, y - 9, &goal, TRUE);
}

/* A date under the first bar of each week */
static void
snapshot_labels (UnknotProgressChart   *self,
                 GtkSnapshot           *snapshot,
                 const graphene_rect_t *area)
{
  double slot = area->size.width / self->n_days;
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  color.alpha *= 0.65;

  for (guint i = 0; i < self->n_days; i++)
    {
      g_autoptr(GDateTime) date = day_date (self, i);
      g_autofree char *text = NULL;

      if (g_date_time_get_day_of_week (date) != 1 || i * slot + 40 > area->size.width)
        continue;

      /* Translators: a week's first day under the chart, as in "3 Nov" */
      text = g_date_time_format (date, _("%-d %b"));
      snapshot_text (GTK_WIDGET (self), snapshot, text, area->origin.x + i * slot,
                     area->origin.y + area->size.height + 3, &color, TRUE);
    }
}

static void
unknot_progress_chart_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  UnknotProgressChart *self = UNKNOT_PROGRESS_CHART (widget);
  int selected = chart_selected (self);
  graphene_rect_t area;
  GdkRGBA color;

  if (self->n_days == 0)
    return;

  chart_bars_rect (self, &area);
  snapshot_bars (self, snapshot, &area);
  snapshot_goal (self, snapshot, &area);
  snapshot_labels (self, snapshot, &area);

  if (selected >= 0)
    {
      g_autofree char *readout = describe_day (self, selected);

      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
      snapshot_text (widget, snapshot, readout, 0, 0, &color, FALSE);
    }
}

static void
unknot_progress_chart_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 560;
    }
  else
    {
      *minimum = 160;
      *natural = 200;
    }
}

static void
chart_set_hover (UnknotProgressChart *self,
                 int                  hover)
{
  if (self->hover == hover)
    return;

  self->hover = hover;
  chart_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           UnknotProgressChart      *self)
{
  graphene_rect_t area;

  if (self->n_days == 0)
    return;

  chart_bars_rect (self, &area);
  if (x < area.origin.x)
    {
      chart_set_hover (self, -1);
      return;
    }
  chart_set_hover (self, CLAMP ((int) ((x - area.origin.x) / (area.size.width / self->n_days)),
                                0, (int) self->n_days - 1));
}

static void
on_leave (GtkEventControllerMotion *controller,
          UnknotProgressChart      *self)
{
  chart_set_hover (self, -1);
}

static void
on_focus_changed (UnknotProgressChart *self)
{
  chart_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
unknot_progress_chart_move_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  UnknotProgressChart *self = UNKNOT_PROGRESS_CHART (widget);
  int delta = g_variant_get_int32 (parameter);

  if (self->n_days == 0)
    return;

  self->focus = CLAMP (self->focus + delta, 0, (int) self->n_days - 1);
  self->hover = -1;
  chart_update_accessible (self);
  gtk_widget_queue_draw (widget);
}

static void
unknot_progress_chart_finalize (GObject *object)
{
  UnknotProgressChart *self = UNKNOT_PROGRESS_CHART (object);

  g_free (self->seconds);

  G_OBJECT_CLASS (unknot_progress_chart_parent_class)->finalize (object);
}

static void
unknot_progress_chart_class_init (UnknotProgressChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct { guint key; int delta; } keys[] = {
    { GDK_KEY_Left, -1 }, { GDK_KEY_Right, 1 }, { GDK_KEY_KP_Left, -1 }, { GDK_KEY_KP_Right, 1 },
    { GDK_KEY_Home, -1000 }, { GDK_KEY_End, 1000 }, { GDK_KEY_Page_Up, -7 },
    { GDK_KEY_Page_Down, 7 },
  };

  object_class->finalize = unknot_progress_chart_finalize;
  widget_class->snapshot = unknot_progress_chart_snapshot;
  widget_class->measure = unknot_progress_chart_measure;

  gtk_widget_class_install_action (widget_class, "chart.move", "i",
                                   unknot_progress_chart_move_action);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, 0, "chart.move", "i",
                                         keys[i].delta);

  gtk_widget_class_set_css_name (widget_class, "progresschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
unknot_progress_chart_init (UnknotProgressChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->hover = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (on_focus_changed), NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Minutes rolled per day"), -1);
}
