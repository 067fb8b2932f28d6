/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "unknot-timer-view.h"

#define FLASH_MSEC       700
#define RING_STEP_MIN_US (200 * 1000)  /* at most 5 steps a second */
#define RING_WIDTH       0.055  /* of the ring's diameter */
#define TEXT_FILL        0.66   /* how much of the inner circle the text may span */
#define N_PIECES         48     /* the ring is drawn in pieces of 7.5° */

struct _UnknotTimerView
{
  GtkWidget        parent_instance;

  UnknotHoldTimer *timer;
  GtkSettings     *gtk_settings;
  GSource         *step_source;  /* wakes for the ring's next step */
  guint            tick_id;      /* the frame that draws it */
  guint            flash_id;
  const char      *phase_class;

  GtkWidget       *box;
  GtkLabel        *phase_label;
  GtkLabel        *digits_label;
  GtkLabel        *progress_label;
  GtkLabel        *instruction_label;

  /* The track and the whole pieces of the arc, kept from frame to frame
   * while size and colour stay: a step then repaints only the piece at
   * the arc's end (the renderer redraws what differs between frames). */
  GskRenderNode   *track;
  GskRenderNode   *pieces[N_PIECES];
  GdkRGBA          pieces_color;
  int              pieces_width;
  int              pieces_height;
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

static void unknot_timer_view_schedule_step (UnknotTimerView *self);

static gboolean
unknot_timer_view_tick (GtkWidget     *widget,
                        GdkFrameClock *frame_clock,
                        gpointer       user_data)
{
  UnknotTimerView *self = UNKNOT_TIMER_VIEW (widget);

  self->tick_id = 0;
  gtk_widget_queue_draw (widget);
  unknot_timer_view_schedule_step (self);

  return G_SOURCE_REMOVE;
}

static gboolean
on_step_due (gpointer data)
{
  UnknotTimerView *self = data;

  g_clear_pointer (&self->step_source, g_source_unref);
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), unknot_timer_view_tick,
                                                  NULL, NULL);

  return G_SOURCE_REMOVE;
}

/* How long the arc's end takes to move one device pixel at the ring's
 * size: a step any shorter would draw the same picture again. */
static gint64
unknot_timer_view_get_us_per_pixel (UnknotTimerView *self)
{
  double diameter = MIN (gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)));
  double circumference = G_PI * diameter * (1 - RING_WIDTH)
                         * gtk_widget_get_scale_factor (GTK_WIDGET (self));
  gint64 duration = unknot_hold_timer_get_phase_duration_us (self->timer);

  if (circumference < 1.0 || duration <= 0)
    return G_USEC_PER_SEC;

  return (gint64) (duration / circumference);
}

/* The next step comes when the arc has moved a pixel, at most ten times
 * a second, and never later than the next whole second: then the
 * engine's own wake-up changes the digits, and the ring's step shares
 * that wake-up and that frame instead of costing its own. */
static void
unknot_timer_view_schedule_step (UnknotTimerView *self)
{
  gint64 remaining = unknot_hold_timer_get_remaining_us (self->timer);
  gint64 to_second = remaining % G_USEC_PER_SEC;
  gint64 delay = MAX (unknot_timer_view_get_us_per_pixel (self), RING_STEP_MIN_US);

  /* An untimed phase (the search until "Found it") shows a still ring. */
  if (self->step_source != NULL || self->tick_id != 0
      || unknot_hold_timer_get_phase_duration_us (self->timer) <= 0)
    return;

  if (to_second > 0)
    delay = MIN (delay, to_second);
  self->step_source = g_timeout_source_new (0);
  g_source_set_ready_time (self->step_source, g_get_monotonic_time () + delay);
  g_source_set_static_name (self->step_source, "[unknot] ring step");
  g_source_set_callback (self->step_source, on_step_due, self, NULL);
  g_source_attach (self->step_source, NULL);
}

static void
unknot_timer_view_stop_steps (UnknotTimerView *self)
{
  if (self->step_source != NULL)
    {
      g_source_destroy (self->step_source);
      g_clear_pointer (&self->step_source, g_source_unref);
    }
  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
}

/* The ring moves only while someone can see it move, a step when its
 * end has moved a pixel; paused, hidden or with reduced motion it follows
 * the digits, once a second. Nothing runs between steps: each is one
 * timed wake-up and one frame (tests/bench/bench-timer-view). */
static void
unknot_timer_view_update_ticking (UnknotTimerView *self)
{
  if (unknot_timer_view_should_animate (self))
    unknot_timer_view_schedule_step (self);
  else
    unknot_timer_view_stop_steps (self);
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

  if (!unknot_timer_view_is_animating (self))
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
  unknot_timer_view_update_ticking (self);
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

  return self->step_source != NULL || self->tick_id != 0;
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

  if (!unknot_timer_view_is_animating (self))
    return CLAMP ((double) unknot_hold_timer_get_remaining (self->timer) * G_USEC_PER_SEC
                  / duration, 0.0, 1.0);

  return CLAMP ((double) unknot_hold_timer_get_remaining_us (self->timer) / duration, 0.0, 1.0);
}

typedef struct
{
  double cx, cy, radius, line;
} RingShape;

static void
ring_shape_init (RingShape *ring,
                 int        width,
                 int        height)
{
  double diameter = MIN (width, height);

  ring->line = diameter * RING_WIDTH;
  ring->cx = width / 2.0;
  ring->cy = height / 2.0;
  ring->radius = (diameter - ring->line) / 2.0;
}

/* The box around the ring between two angles, measured clockwise from
 * twelve o'clock, with room for the line and its caps. */
static graphene_rect_t
ring_bounds (const RingShape *ring,
             double           from,
             double           to)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double margin = ring->line / 2.0 + 1.0;

  for (int i = 0; i <= 8; i++)
    {
      double angle = -G_PI / 2 + from + (to - from) * i / 8.0;
      double x = ring->cx + ring->radius * cos (angle);
      double y = ring->cy + ring->radius * sin (angle);

      x0 = MIN (x0, x);
      y0 = MIN (y0, y);
      x1 = MAX (x1, x);
      y1 = MAX (y1, y);
    }

  /* The sagitta of an eighth of the arc stays under the margin's slack
   * only for small pieces; add it for the partial piece's sake. */
  margin += ring->radius * (1 - cos ((to - from) / 16.0));

  return GRAPHENE_RECT_INIT (floor (x0 - margin), floor (y0 - margin),
                             ceil (x1 - x0 + 2 * margin) + 1, ceil (y1 - y0 + 2 * margin) + 1);
}

/* Part of the arc, from @from to @to (radians clockwise from twelve),
 * with a round cap at the start of the ring and one at its moving end. */
static GskRenderNode *
arc_node (const RingShape *ring,
          const GdkRGBA   *color,
          double           from,
          double           to,
          gboolean         start_cap,
          gboolean         end_cap)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  graphene_rect_t bounds = ring_bounds (ring, from, to);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, ring->line);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_arc (cr, ring->cx, ring->cy, ring->radius, -G_PI / 2 + from, -G_PI / 2 + to);
  cairo_stroke (cr);

  for (int cap = 0; cap < 2; cap++)
    {
      double angle = -G_PI / 2 + (cap == 0 ? from : to);

      if (!(cap == 0 ? start_cap : end_cap))
        continue;
      cairo_arc (cr, ring->cx + ring->radius * cos (angle), ring->cy + ring->radius * sin (angle),
                 ring->line / 2.0, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_destroy (cr);

  return gtk_snapshot_free_to_node (snapshot);
}

static GskRenderNode *
track_node (const RingShape *ring,
            const GdkRGBA   *color,
            int              width,
            int              height)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * 0.15);
  cairo_set_line_width (cr, ring->line);
  cairo_arc (cr, ring->cx, ring->cy, ring->radius, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_destroy (cr);

  return gtk_snapshot_free_to_node (snapshot);
}

static void
unknot_timer_view_drop_pieces (UnknotTimerView *self)
{
  g_clear_pointer (&self->track, gsk_render_node_unref);
  for (guint i = 0; i < N_PIECES; i++)
    g_clear_pointer (&self->pieces[i], gsk_render_node_unref);
}

/* The ring empties clockwise from twelve o'clock as the phase runs out:
 * whole pieces come from the cache, the one at the end is drawn new. */
static void
unknot_timer_view_snapshot_ring (UnknotTimerView *self,
                                 GtkSnapshot     *snapshot,
                                 const GdkRGBA   *color,
                                 int              width,
                                 int              height)
{
  double piece = 2 * G_PI / N_PIECES;
  /* Whole pieces overlap their successor a little: no seam between them. */
  double overlap = piece / 8;
  double end = unknot_timer_view_get_fraction (self) * 2 * G_PI;
  guint whole = MIN ((guint) floor (end / piece), N_PIECES);
  RingShape ring;

  ring_shape_init (&ring, width, height);
  if (!gdk_rgba_equal (color, &self->pieces_color) || width != self->pieces_width
      || height != self->pieces_height)
    {
      unknot_timer_view_drop_pieces (self);
      self->pieces_color = *color;
      self->pieces_width = width;
      self->pieces_height = height;
    }

  if (self->track == NULL)
    self->track = track_node (&ring, color, width, height);
  gtk_snapshot_append_node (snapshot, self->track);

  if (end <= 0.0)
    return;

  /* A colour that is not opaque would show the overlaps: one piece. */
  if (color->alpha < 1.0)
    {
      g_autoptr(GskRenderNode) arc = arc_node (&ring, color, 0, end, TRUE, TRUE);

      gtk_snapshot_append_node (snapshot, arc);
      return;
    }

  for (guint i = 0; i < whole; i++)
    {
      if (self->pieces[i] == NULL)
        self->pieces[i] = arc_node (&ring, color, i * piece,
                                    MIN ((i + 1) * piece + overlap, 2 * G_PI), i == 0, FALSE);
      gtk_snapshot_append_node (snapshot, self->pieces[i]);
    }

  /* Even when it ends on a piece's edge: the round cap at the end. */
    {
      g_autoptr(GskRenderNode) tail = arc_node (&ring, color, MIN (whole, N_PIECES - 1) * piece,
                                                end, whole == 0, TRUE);

      gtk_snapshot_append_node (snapshot, tail);
    }
}

static void
unknot_timer_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  UnknotTimerView *self = UNKNOT_TIMER_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA color;

  if (MIN (width, height) <= 2 * MIN (width, height) * RING_WIDTH)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  unknot_timer_view_snapshot_ring (self, snapshot, &color, width, height);
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
  unknot_timer_view_stop_steps (self);
  unknot_timer_view_drop_pieces (self);
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
