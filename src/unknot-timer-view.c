/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "unknot-timer-view.h"

#define FLASH_MSEC       700
#define RING_STEP_MSEC   100
#define RING_WIDTH       0.055  /* of the ring's diameter */
#define TEXT_FILL        0.66   /* how much of the inner circle the text may span */

struct _UnknotTimerView
{
  GtkWidget        parent_instance;

  UnknotHoldTimer *timer;
  GtkSettings     *gtk_settings;
  guint            tick_id;
  guint            flash_id;
  const char      *phase_class;

  GtkWidget       *box;
  GtkLabel        *phase_label;
  GtkLabel        *digits_label;
  GtkLabel        *progress_label;
  GtkLabel        *instruction_label;
};

G_DEFINE_FINAL_TYPE (UnknotTimerView, unknot_timer_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIMER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
unknot_timer_view_new (void)
{
  return g_object_new (UNKNOT_TYPE_TIMER_VIEW, NULL);
}

/* Seconds under a minute stay bare so they read from the floor. */
char *
unknot_timer_view_format_remaining (guint seconds)
{
  if (seconds < 60)
    return g_strdup_printf ("%u", seconds);

  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

static char *
format_progress (UnknotHoldTimer *timer)
{
  UnknotHoldPhase phase = unknot_hold_timer_get_phase (timer);
  UnknotSide side = unknot_hold_timer_get_side (timer);
  guint reps = unknot_hold_timer_get_plan (timer)->reps;
  guint rep = MAX (unknot_hold_timer_get_rep (timer), 1);
  g_autofree char *rep_text = NULL;

  if (phase == UNKNOT_HOLD_PHASE_IDLE || phase == UNKNOT_HOLD_PHASE_DONE)
    return g_strdup ("");

  /* Translators: "Rep 1 of 2" counts the holds on one side */
  rep_text = g_strdup_printf (_("Rep %u of %u"), rep, reps);
  if (side == UNKNOT_SIDE_LEFT)
    /* Translators: the rep count, then the person's own side */
    return g_strdup_printf (_("%s · Left side"), rep_text);
  if (side == UNKNOT_SIDE_RIGHT)
    return g_strdup_printf (_("%s · Right side"), rep_text);

  return g_steal_pointer (&rep_text);
}

static gboolean
unknot_timer_view_should_animate (UnknotTimerView *self)
{
  gboolean animations = TRUE;

  if (self->timer == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return FALSE;

  g_object_get (self->gtk_settings, "gtk-enable-animations", &animations, NULL);

  return animations && unknot_hold_timer_get_running (self->timer);
}

static gboolean
unknot_timer_view_step (gpointer data)
{
  gtk_widget_queue_draw (GTK_WIDGET (data));

  return G_SOURCE_CONTINUE;
}

/* The ring moves in small steps, and only while someone can see it move;
 * paused, hidden or with reduced motion it follows the digits, once a
 * second. Redrawing at 60 fps cost about a quarter of a core in software
 * rendering (tests/bench/bench-timer-view), 10 steps a second a quarter
 * of that, and still reads as motion. */
static void
unknot_timer_view_update_ticking (UnknotTimerView *self)
{
  gboolean animate = unknot_timer_view_should_animate (self);

  if (animate && self->tick_id == 0)
    self->tick_id = g_timeout_add (RING_STEP_MSEC, unknot_timer_view_step, self);
  else if (!animate)
    g_clear_handle_id (&self->tick_id, g_source_remove);
}

static void
unknot_timer_view_update_accessible (UnknotTimerView *self)
{
  g_autofree char *label = NULL;
  g_autofree char *left = NULL;
  const char *progress = gtk_label_get_text (self->progress_label);
  guint remaining;

  if (self->timer == NULL)
    return;

  remaining = unknot_hold_timer_get_remaining (self->timer);
  left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second left", "%u seconds left",
                                       remaining),
                          remaining);
  /* Translators: the phase, the time left ("30 seconds left"), then
   * the rep and side, e.g. "Rep 1 of 2 · Left side" */
  label = g_strdup_printf (_("%s, %s. %s"), gtk_label_get_text (self->phase_label), left,
                           progress);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, g_strstrip (label),
                                  -1);
}

static void
unknot_timer_view_update_digits (UnknotTimerView *self)
{
  g_autofree char *digits = NULL;

  digits = unknot_timer_view_format_remaining (unknot_hold_timer_get_remaining (self->timer));
  gtk_label_set_text (self->digits_label, digits);
  unknot_timer_view_update_accessible (self);

  if (self->tick_id == 0)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
unknot_timer_view_set_phase_class (UnknotTimerView *self,
                                   UnknotHoldPhase  phase)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (UNKNOT_TYPE_HOLD_PHASE);
  GEnumValue *value = g_enum_get_value (enum_class, phase);

  if (self->phase_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->phase_class);
  self->phase_class = value->value_nick;
  gtk_widget_add_css_class (GTK_WIDGET (self), self->phase_class);
}

static gboolean
unknot_timer_view_end_flash (gpointer user_data)
{
  UnknotTimerView *self = user_data;

  self->flash_id = 0;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "flash");

  return G_SOURCE_REMOVE;
}

/* A visible cue at each phase change for someone who cannot hear one. */
static void
unknot_timer_view_flash (UnknotTimerView *self)
{
  g_clear_handle_id (&self->flash_id, g_source_remove);
  gtk_widget_add_css_class (GTK_WIDGET (self), "flash");
  self->flash_id = g_timeout_add (FLASH_MSEC, unknot_timer_view_end_flash, self);
}

static void
unknot_timer_view_update_actions (UnknotTimerView *self)
{
  UnknotHoldPhase phase = UNKNOT_HOLD_PHASE_IDLE;
  gboolean active;

  if (self->timer != NULL)
    phase = unknot_hold_timer_get_phase (self->timer);
  active = phase != UNKNOT_HOLD_PHASE_IDLE && phase != UNKNOT_HOLD_PHASE_DONE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timer.toggle", self->timer != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timer.found-it",
                                 phase == UNKNOT_HOLD_PHASE_SEARCH);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timer.extend",
                                 self->timer != NULL
                                 && unknot_hold_timer_get_can_extend (self->timer));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timer.skip", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timer.back", active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timer.stop", active);
}

static void
unknot_timer_view_update_phase (UnknotTimerView *self)
{
  UnknotHoldPhase phase = unknot_hold_timer_get_phase (self->timer);
  g_autofree char *progress = format_progress (self->timer);

  gtk_label_set_text (self->phase_label, unknot_hold_phase_get_title (phase));
  gtk_label_set_text (self->instruction_label, unknot_hold_phase_get_instruction (phase));
  gtk_label_set_text (self->progress_label, progress);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), progress[0] != '\0');
  unknot_timer_view_set_phase_class (self, phase);
  unknot_timer_view_update_digits (self);
  unknot_timer_view_update_actions (self);
}

static void
on_timer_phase_changed (UnknotTimerView *self,
                        UnknotHoldPhase  phase,
                        UnknotHoldTimer *timer)
{
  unknot_timer_view_update_phase (self);
  if (phase != UNKNOT_HOLD_PHASE_IDLE)
    unknot_timer_view_flash (self);
}

static void
on_timer_state_changed (UnknotTimerView *self)
{
  if (unknot_hold_timer_get_paused (self->timer))
    gtk_widget_add_css_class (GTK_WIDGET (self), "paused");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "paused");

  unknot_timer_view_update_ticking (self);
  unknot_timer_view_update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

UnknotHoldTimer *
unknot_timer_view_get_timer (UnknotTimerView *self)
{
  g_return_val_if_fail (UNKNOT_IS_TIMER_VIEW (self), NULL);

  return self->timer;
}

void
unknot_timer_view_set_timer (UnknotTimerView *self,
                             UnknotHoldTimer *timer)
{
  g_return_if_fail (UNKNOT_IS_TIMER_VIEW (self));
  g_return_if_fail (!timer || UNKNOT_IS_HOLD_TIMER (timer));

  if (self->timer == timer)
    return;

  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  g_set_object (&self->timer, timer);

  if (timer != NULL)
    {
      g_signal_connect_object (timer, "phase-changed",
                               G_CALLBACK (on_timer_phase_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (timer, "notify::remaining",
                               G_CALLBACK (unknot_timer_view_update_digits), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (timer, "notify::rep",
                               G_CALLBACK (unknot_timer_view_update_phase), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (timer, "notify::running",
                               G_CALLBACK (on_timer_state_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (timer, "notify::can-extend",
                               G_CALLBACK (unknot_timer_view_update_actions), self,
                               G_CONNECT_SWAPPED);
      unknot_timer_view_update_phase (self);
      on_timer_state_changed (self);
    }

  unknot_timer_view_update_ticking (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMER]);
}

gboolean
unknot_timer_view_is_animating (UnknotTimerView *self)
{
  g_return_val_if_fail (UNKNOT_IS_TIMER_VIEW (self), FALSE);

  return self->tick_id != 0;
}

static double
unknot_timer_view_get_fraction (UnknotTimerView *self)
{
  gint64 duration;

  if (self->timer == NULL)
    return 0.0;

  duration = unknot_hold_timer_get_phase_duration_us (self->timer);
  if (duration <= 0)
    return unknot_hold_timer_get_phase (self->timer) == UNKNOT_HOLD_PHASE_SEARCH ? 1.0 : 0.0;

  if (self->tick_id == 0)
    return CLAMP ((double) unknot_hold_timer_get_remaining (self->timer) * G_USEC_PER_SEC
                  / duration, 0.0, 1.0);

  return CLAMP ((double) unknot_hold_timer_get_remaining_us (self->timer) / duration, 0.0, 1.0);
}

static void
draw_ring (cairo_t       *cr,
           const GdkRGBA *color,
           double         cx,
           double         cy,
           double         radius,
           double         width,
           double         fraction)
{
  cairo_set_line_width (cr, width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * 0.15);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  cairo_stroke (cr);

  if (fraction <= 0.0)
    return;

  /* The ring empties clockwise from twelve o'clock as the phase runs out. */
  gdk_cairo_set_source_rgba (cr, color);
  cairo_arc (cr, cx, cy, radius, -G_PI / 2, -G_PI / 2 + fraction * 2 * G_PI);
  cairo_stroke (cr);
}

static void
unknot_timer_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  UnknotTimerView *self = UNKNOT_TIMER_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double diameter = MIN (width, height);
  double line = diameter * RING_WIDTH;
  GdkRGBA color;
  cairo_t *cr;

  if (diameter <= 2 * line)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw_ring (cr, &color, width / 2.0, height / 2.0, (diameter - line) / 2.0, line,
             unknot_timer_view_get_fraction (self));
  cairo_destroy (cr);

  gtk_widget_snapshot_child (widget, self->box, snapshot);
}

static void
unknot_timer_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = 160;
  *natural = 420;
}

/* The text keeps its natural layout and is scaled to fill the ring, so
 * the countdown grows with the window up to full screen. */
static void
unknot_timer_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  UnknotTimerView *self = UNKNOT_TIMER_VIEW (widget);
  double inner = (MIN (width, height) * (1 - 2 * RING_WIDTH)) * TEXT_FILL;
  int box_width, box_height;
  double scale;
  GskTransform *transform;

  gtk_widget_measure (self->box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &box_width, NULL, NULL);
  gtk_widget_measure (self->box, GTK_ORIENTATION_VERTICAL, box_width, NULL, &box_height,
                      NULL, NULL);
  box_width = MAX (box_width, 1);
  box_height = MAX (box_height, 1);

  scale = inner / hypot (box_width, box_height);
  transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width / 2.0, height / 2.0));
  transform = gsk_transform_scale (transform, scale, scale);
  transform = gsk_transform_translate (transform,
                                       &GRAPHENE_POINT_INIT (-box_width / 2.0,
                                                             -box_height / 2.0));
  gtk_widget_allocate (self->box, box_width, box_height, -1, transform);
}

static void
unknot_timer_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (unknot_timer_view_parent_class)->map (widget);
  unknot_timer_view_update_ticking (UNKNOT_TIMER_VIEW (widget));
}

static void
unknot_timer_view_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (unknot_timer_view_parent_class)->unmap (widget);
  unknot_timer_view_update_ticking (UNKNOT_TIMER_VIEW (widget));
}

static void
unknot_timer_view_root (GtkWidget *widget)
{
  UnknotTimerView *self = UNKNOT_TIMER_VIEW (widget);

  GTK_WIDGET_CLASS (unknot_timer_view_parent_class)->root (widget);

  self->gtk_settings = gtk_widget_get_settings (widget);
  g_signal_connect_object (self->gtk_settings, "notify::gtk-enable-animations",
                           G_CALLBACK (unknot_timer_view_update_ticking), self,
                           G_CONNECT_SWAPPED);
}

static void
unknot_timer_view_unroot (GtkWidget *widget)
{
  UnknotTimerView *self = UNKNOT_TIMER_VIEW (widget);

  g_signal_handlers_disconnect_by_data (self->gtk_settings, self);
  self->gtk_settings = NULL;

  GTK_WIDGET_CLASS (unknot_timer_view_parent_class)->unroot (widget);
}

static void
unknot_timer_view_activate_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  static const struct {
    const char *name;
    void (*func) (UnknotHoldTimer *timer);
  } actions[] = {
    { "timer.toggle", unknot_hold_timer_toggle },
    { "timer.found-it", unknot_hold_timer_found_it },
    { "timer.extend", unknot_hold_timer_extend },
    { "timer.skip", unknot_hold_timer_skip },
    { "timer.back", unknot_hold_timer_back },
    { "timer.stop", unknot_hold_timer_stop },
  };
  UnknotTimerView *self = UNKNOT_TIMER_VIEW (widget);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_str_equal (action_name, actions[i].name))
      actions[i].func (self->timer);
}

static void
unknot_timer_view_dispose (GObject *object)
{
  UnknotTimerView *self = UNKNOT_TIMER_VIEW (object);

  g_clear_handle_id (&self->flash_id, g_source_remove);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_object (&self->timer);
  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_TIMER_VIEW);

  G_OBJECT_CLASS (unknot_timer_view_parent_class)->dispose (object);
}

static void
unknot_timer_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  UnknotTimerView *self = UNKNOT_TIMER_VIEW (object);

  switch (prop_id)
    {
    case PROP_TIMER:
      g_value_set_object (value, self->timer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_timer_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  UnknotTimerView *self = UNKNOT_TIMER_VIEW (object);

  switch (prop_id)
    {
    case PROP_TIMER:
      unknot_timer_view_set_timer (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_timer_view_install_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    const char *action;
    guint       keys[2];
  } bindings[] = {
    { "timer.toggle", { GDK_KEY_space, GDK_KEY_KP_Space } },
    { "timer.found-it", { GDK_KEY_Return, GDK_KEY_KP_Enter } },
    { "timer.skip", { GDK_KEY_Right, GDK_KEY_Page_Down } },
    { "timer.back", { GDK_KEY_Left, GDK_KEY_Page_Up } },
    { "timer.stop", { GDK_KEY_Escape, 0 } },
    { "timer.extend", { GDK_KEY_plus, GDK_KEY_KP_Add } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    {
      gtk_widget_class_install_action (widget_class, bindings[i].action, NULL,
                                       unknot_timer_view_activate_action);
      for (guint k = 0; k < G_N_ELEMENTS (bindings[i].keys) && bindings[i].keys[k]; k++)
        gtk_widget_class_add_binding_action (widget_class, bindings[i].keys[k], 0,
                                             bindings[i].action, NULL);
    }
}

static void
unknot_timer_view_class_init (UnknotTimerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_timer_view_dispose;
  object_class->get_property = unknot_timer_view_get_property;
  object_class->set_property = unknot_timer_view_set_property;

  widget_class->snapshot = unknot_timer_view_snapshot;
  widget_class->measure = unknot_timer_view_measure;
  widget_class->size_allocate = unknot_timer_view_size_allocate;
  widget_class->map = unknot_timer_view_map;
  widget_class->unmap = unknot_timer_view_unmap;
  widget_class->root = unknot_timer_view_root;
  widget_class->unroot = unknot_timer_view_unroot;

  properties[PROP_TIMER] =
    g_param_spec_object ("timer", NULL, NULL,
                         UNKNOT_TYPE_HOLD_TIMER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-timer-view.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotTimerView, box);
  gtk_widget_class_bind_template_child (widget_class, UnknotTimerView, phase_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotTimerView, digits_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotTimerView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotTimerView, instruction_label);

  gtk_widget_class_set_css_name (widget_class, "holdtimer");
  unknot_timer_view_install_actions (widget_class);
}

static void
unknot_timer_view_init (UnknotTimerView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  unknot_timer_view_update_actions (self);
}
