/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-body-map.h"
#include "unknot-muscle.h"
#include "unknot-session-view.h"
#include "unknot-technique-picture.h"
#include "unknot-tool.h"

struct _UnknotSessionView
{
  AdwBin           parent_instance;

  UnknotSession   *session;
  GSignalGroup    *session_signals;
  GSignalGroup    *timer_signals;
  GBindingGroup   *timer_bindings;
  gboolean         presentation;
  gboolean         blanked;

  AdwHeaderBar    *header_bar;
  AdwWindowTitle  *window_title;
  GtkStack        *stack;
  GtkLabel        *muscle_label;
  GtkLabel        *detail_label;
  UnknotBodyMap   *body_map;
  UnknotTechniquePicture *picture;
  GtkLabel        *side_label;
  GtkLabel        *step_label;
  GtkLabel        *next_label;
  UnknotTimerView *timer_view;
  GtkWidget       *controls_box;
  GtkButton       *pause_button;
  GtkWidget       *found_button;
  GtkWidget       *extend_button;
  AdwStatusPage   *summary_page;
  GtkWidget       *saved_box;
  GtkToggleButton *looser_button;
  GtkToggleButton *same_button;
  GtkToggleButton *tighter_button;

  UnknotSessionRecorder *recorder;
};

G_DEFINE_FINAL_TYPE (UnknotSessionView, unknot_session_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PRESENTATION,
  PROP_BLANKED,
  N_PROPS
};

enum {
  ENDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
unknot_session_view_new (void)
{
  return g_object_new (UNKNOT_TYPE_SESSION_VIEW, NULL);
}

void
unknot_session_view_set_library (UnknotSessionView *self,
                                 UnknotLibrary     *library)
{
  g_return_if_fail (UNKNOT_IS_SESSION_VIEW (self));

  unknot_body_map_set_library (self->body_map, library);
}

static UnknotTechnique *
current_technique (UnknotSessionView *self)
{
  UnknotRoutineItem *item = unknot_session_get_current_item (self->session);

  return item != NULL ? unknot_routine_item_get_technique (item) : NULL;
}

static const char *
sides_label (UnknotRoutineItem *item)
{
  if (!unknot_technique_get_per_side (unknot_routine_item_get_technique (item)))
    return NULL;

  switch (unknot_routine_item_get_sides (item))
    {
    case UNKNOT_SIDE_LEFT:
      return _("Left side");
    case UNKNOT_SIDE_RIGHT:
      return _("Right side");
    case UNKNOT_SIDE_BOTH:
    case UNKNOT_SIDE_NONE:
    default:
      return _("Both sides");
    }
}

static char *
describe_item (UnknotRoutineItem *item)
{
  UnknotTechnique *technique = unknot_routine_item_get_technique (item);
  const char *tool = unknot_tool_get_name (unknot_technique_get_tool (technique));
  const char *sides = sides_label (item);

  if (sides == NULL)
    return g_strdup (tool);

  /* Translators: a tool, then which sides, e.g. "Foam roller · Both sides" */
  return g_strdup_printf (_("%s · %s"), tool, sides);
}

static void
unknot_session_view_update_next (UnknotSessionView *self)
{
  UnknotRoutineItem *next = unknot_session_get_next_item (self->session);
  g_autofree char *text = NULL;
  g_autofree char *detail = NULL;

  if (next == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->next_label), FALSE);
      return;
    }

  detail = describe_item (next);
  /* Translators: the next muscle, then its tool and sides */
  text = g_strdup_printf (_("Next up: %s, %s"),
                          unknot_muscle_get_name (unknot_technique_get_muscle (
                                                    unknot_routine_item_get_technique (next))),
                          detail);
  gtk_label_set_text (self->next_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->next_label), TRUE);
}

/* The picture follows the item, the phase and the side: where to lie
 * while getting into position, the roll after that, mirrored for the
 * left side, with a caption saying which side it shows. */
static void
unknot_session_view_update_picture (UnknotSessionView *self)
{
  UnknotHoldTimer *timer = unknot_session_get_timer (self->session);
  UnknotHoldPhase phase = unknot_hold_timer_get_phase (timer);
  UnknotTechnique *technique = current_technique (self);
  UnknotSide side = unknot_hold_timer_get_side (timer);
  gboolean one_side = technique != NULL && unknot_technique_get_per_side (technique)
                      && (side == UNKNOT_SIDE_LEFT || side == UNKNOT_SIDE_RIGHT);

  unknot_technique_picture_set_technique (self->picture, technique);
  unknot_technique_picture_set_pose (self->picture,
                                     phase == UNKNOT_HOLD_PHASE_POSITION
                                     || phase == UNKNOT_HOLD_PHASE_SWITCH_SIDE
                                     ? UNKNOT_PICTURE_POSE_START : UNKNOT_PICTURE_POSE_ROLLING);
  unknot_technique_picture_set_mirrored (self->picture, one_side && side == UNKNOT_SIDE_LEFT);
  gtk_label_set_text (self->side_label,
                      side == UNKNOT_SIDE_LEFT ? _("Left side") : _("Right side"));
  gtk_widget_set_visible (GTK_WIDGET (self->side_label),
                          one_side && unknot_technique_picture_has_picture (self->picture));
}

static void
unknot_session_view_update_item (UnknotSessionView *self)
{
  UnknotRoutineItem *item = unknot_session_get_current_item (self->session);
  UnknotRoutine *routine = unknot_session_get_routine (self->session);
  g_autofree char *detail = NULL;
  g_autofree char *position = NULL;
  UnknotMuscle *muscle;
  guint n_items;

  if (item == NULL || routine == NULL)
    return;

  n_items = g_list_model_get_n_items (unknot_routine_get_items (routine));
  muscle = unknot_technique_get_muscle (unknot_routine_item_get_technique (item));
  detail = describe_item (item);
  gtk_label_set_text (self->muscle_label, unknot_muscle_get_name (muscle));
  gtk_label_set_text (self->detail_label, detail);

  /* Translators: how far a routine has come, e.g. "2 of 5" */
  position = n_items > 1 ? g_strdup_printf (_("%u of %u"),
                                            unknot_session_get_position (self->session) + 1,
                                            n_items)
                         : NULL;
  adw_window_title_set_title (self->window_title, unknot_routine_get_name (routine));
  adw_window_title_set_subtitle (self->window_title, position);
  unknot_session_view_update_next (self);
  unknot_session_view_update_picture (self);
}

/* The step in large type: where to put the roller while getting into
 * position, otherwise what to do in this phase. */
static void
unknot_session_view_update_step (UnknotSessionView *self)
{
  UnknotHoldTimer *timer = unknot_session_get_timer (self->session);
  UnknotHoldPhase phase = unknot_hold_timer_get_phase (timer);
  UnknotTechnique *technique = current_technique (self);

  if (technique != NULL
      && (phase == UNKNOT_HOLD_PHASE_POSITION || phase == UNKNOT_HOLD_PHASE_SWITCH_SIDE))
    gtk_label_set_text (self->step_label, unknot_technique_get_position (technique));
  else
    gtk_label_set_text (self->step_label, unknot_hold_phase_get_instruction (phase));

  gtk_widget_set_visible (self->found_button, phase == UNKNOT_HOLD_PHASE_SEARCH);
  unknot_session_view_update_picture (self);
}

static void
unknot_session_view_update_side (UnknotSessionView *self)
{
  UnknotHoldTimer *timer = unknot_session_get_timer (self->session);
  UnknotTechnique *technique = current_technique (self);

  if (technique != NULL)
    unknot_body_map_select (self->body_map,
                            unknot_muscle_get_id (unknot_technique_get_muscle (technique)),
                            unknot_hold_timer_get_side (timer));
  unknot_session_view_update_picture (self);
}

static void
unknot_session_view_update_running (UnknotSessionView *self)
{
  UnknotHoldTimer *timer = unknot_session_get_timer (self->session);
  gboolean running = unknot_hold_timer_get_running (timer);

  gtk_button_set_icon_name (self->pause_button, running ? "media-playback-pause-symbolic"
                                                        : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button),
                               running ? _("Pause (Space)") : _("Continue (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  running ? _("Pause") : _("Continue"), -1);
}

static char *
format_duration (guint seconds)
{
  if (seconds < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", seconds),
                            seconds);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes",
                                       (seconds + 30) / 60),
                          (seconds + 30) / 60);
}

static void
unknot_session_view_reset_feeling (UnknotSessionView *self)
{
  GtkToggleButton *buttons[] = { self->looser_button, self->same_button, self->tighter_button };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    gtk_toggle_button_set_active (buttons[i], FALSE);
}

static void
on_session_finished (UnknotSessionView *self)
{
  UnknotTechnique *technique = current_technique (self);
  g_autofree char *duration = format_duration (unknot_session_get_seconds_rolled (self->session));
  g_autofree char *description = NULL;
  const char *stretch = technique != NULL ? unknot_technique_get_stretch (technique) : NULL;

  /* Translators: %s is a duration such as "6 minutes" */
  description = g_strdup_printf (_("You rolled for %s. Stretch now, while the muscles are warm."),
                                 duration);
  if (stretch != NULL)
    {
      g_autofree char *with_stretch = g_strconcat (description, "\n\n", stretch, NULL);

      g_free (description);
      description = g_steal_pointer (&with_stretch);
    }
  adw_status_page_set_description (self->summary_page, description);
  unknot_session_view_reset_feeling (self);
  gtk_widget_set_visible (self->saved_box, self->recorder != NULL
                                           && unknot_session_recorder_get_saved (self->recorder));
  gtk_stack_set_visible_child_name (self->stack, "summary");
}

/* The summary says the session was saved and asks how the muscle feels */
void
unknot_session_view_set_recorder (UnknotSessionView     *self,
                                  UnknotSessionRecorder *recorder)
{
  g_return_if_fail (UNKNOT_IS_SESSION_VIEW (self));
  g_return_if_fail (!recorder || UNKNOT_IS_SESSION_RECORDER (recorder));

  g_set_object (&self->recorder, recorder);
}

static void
on_feeling_toggled (UnknotSessionView *self,
                    GtkToggleButton   *button)
{
  UnknotFeeling feeling = UNKNOT_FEELING_NONE;

  if (!gtk_toggle_button_get_active (button) || self->recorder == NULL)
    return;

  if (button == self->looser_button)
    feeling = UNKNOT_FEELING_LOOSER;
  else if (button == self->same_button)
    feeling = UNKNOT_FEELING_SAME;
  else if (button == self->tighter_button)
    feeling = UNKNOT_FEELING_TIGHTER;
  unknot_session_recorder_set_feeling (self->recorder, feeling);
}

UnknotSession *
unknot_session_view_get_session (UnknotSessionView *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_VIEW (self), NULL);

  return self->session;
}

void
unknot_session_view_set_session (UnknotSessionView *self,
                                 UnknotSession     *session)
{
  UnknotHoldTimer *timer;

  g_return_if_fail (UNKNOT_IS_SESSION_VIEW (self));
  g_return_if_fail (UNKNOT_IS_SESSION (session));

  /* The window sets its session at every start: the groups make setting
   * the same one again cost nothing, and a new one move every handler. */
  g_set_object (&self->session, session);
  timer = unknot_session_get_timer (session);
  g_signal_group_set_target (self->session_signals, session);
  g_signal_group_set_target (self->timer_signals, timer);
  g_binding_group_set_source (self->timer_bindings, timer);

  unknot_timer_view_set_timer (self->timer_view, timer);
  gtk_stack_set_visible_child_name (self->stack, "running");
  unknot_session_view_update_item (self);
  unknot_session_view_update_step (self);
  unknot_session_view_update_side (self);
  unknot_session_view_update_running (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->timer_view));
}

UnknotTimerView *
unknot_session_view_get_timer_view (UnknotSessionView *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_VIEW (self), NULL);

  return self->timer_view;
}

gboolean
unknot_session_view_get_presentation (UnknotSessionView *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_VIEW (self), FALSE);

  return self->presentation;
}

/* Presentation mode keeps what a client across the room needs: the
 * muscle on the map, the countdown and the step, all large. */
void
unknot_session_view_set_presentation (UnknotSessionView *self,
                                      gboolean           presentation)
{
  g_return_if_fail (UNKNOT_IS_SESSION_VIEW (self));

  presentation = !!presentation;
  if (self->presentation == presentation)
    return;

  self->presentation = presentation;
  if (presentation)
    gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
  gtk_widget_set_visible (GTK_WIDGET (self->header_bar), !presentation);
  gtk_widget_set_visible (self->controls_box, !presentation);
  gtk_widget_grab_focus (GTK_WIDGET (self->timer_view));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTATION]);
}

gboolean
unknot_session_view_get_blanked (UnknotSessionView *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_VIEW (self), FALSE);

  return self->blanked;
}

/* Presentation clickers have a "blank screen" key: the trainer can turn
 * the clients' attention back to the room without stopping the timer. */
static void
unknot_session_view_blank_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  UnknotSessionView *self = UNKNOT_SESSION_VIEW (widget);

  self->blanked = !self->blanked;
  if (self->blanked)
    gtk_widget_add_css_class (widget, "blanked");
  else
    gtk_widget_remove_css_class (widget, "blanked");
  gtk_widget_set_opacity (gtk_widget_get_first_child (widget), self->blanked ? 0.0 : 1.0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANKED]);
}

static void
unknot_session_view_timer_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  UnknotSessionView *self = UNKNOT_SESSION_VIEW (widget);
  g_autofree char *timer_action = g_strconcat ("timer.", strchr (action_name, '.') + 1, NULL);

  gtk_widget_activate_action (GTK_WIDGET (self->timer_view), timer_action, NULL);
}

/* Escape first leaves presentation mode, then ends the session. */
static void
unknot_session_view_escape_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  UnknotSessionView *self = UNKNOT_SESSION_VIEW (widget);

  if (self->blanked)
    unknot_session_view_blank_action (widget, NULL, NULL);
  else if (self->presentation)
    gtk_widget_activate_action (widget, "win.presentation", NULL);
  else
    gtk_widget_activate_action (widget, "session.end", NULL);
}

static void
unknot_session_view_end_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  UnknotSessionView *self = UNKNOT_SESSION_VIEW (widget);

  if (self->session != NULL)
    unknot_session_stop (self->session);
  if (self->blanked)
    unknot_session_view_blank_action (widget, NULL, NULL);
  g_signal_emit (self, signals[ENDED], 0);
}

static void
unknot_session_view_dispose (GObject *object)
{
  UnknotSessionView *self = UNKNOT_SESSION_VIEW (object);

  g_clear_object (&self->session_signals);
  g_clear_object (&self->timer_signals);
  g_clear_object (&self->timer_bindings);
  g_clear_object (&self->session);
  g_clear_object (&self->recorder);
  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_SESSION_VIEW);

  G_OBJECT_CLASS (unknot_session_view_parent_class)->dispose (object);
}

static void
unknot_session_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  UnknotSessionView *self = UNKNOT_SESSION_VIEW (object);

  switch (prop_id)
    {
    case PROP_PRESENTATION:
      g_value_set_boolean (value, self->presentation);
      break;

    case PROP_BLANKED:
      g_value_set_boolean (value, self->blanked);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_session_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_PRESENTATION:
      unknot_session_view_set_presentation (UNKNOT_SESSION_VIEW (object),
                                            g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The keys of a presentation clicker and of a keyboard on the floor;
 * they work wherever the focus is inside the session. */
static void
unknot_session_view_install_actions (GtkWidgetClass *widget_class)
{
  static const char * const timer_actions[] = {
    "session.toggle", "session.found-it", "session.extend", "session.skip", "session.back",
  };
  static const struct {
    guint       key;
    const char *action;
  } bindings[] = {
    { GDK_KEY_space, "session.toggle" }, { GDK_KEY_KP_Space, "session.toggle" },
    { GDK_KEY_Return, "session.found-it" }, { GDK_KEY_KP_Enter, "session.found-it" },
    { GDK_KEY_plus, "session.extend" }, { GDK_KEY_KP_Add, "session.extend" },
    { GDK_KEY_Right, "session.skip" }, { GDK_KEY_Page_Down, "session.skip" },
    { GDK_KEY_Left, "session.back" }, { GDK_KEY_Page_Up, "session.back" },
    { GDK_KEY_b, "session.blank" }, { GDK_KEY_B, "session.blank" },
    { GDK_KEY_period, "session.blank" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (timer_actions); i++)
    gtk_widget_class_install_action (widget_class, timer_actions[i], NULL,
                                     unknot_session_view_timer_action);
  gtk_widget_class_install_action (widget_class, "session.blank", NULL,
                                   unknot_session_view_blank_action);
  gtk_widget_class_install_action (widget_class, "session.escape", NULL,
                                   unknot_session_view_escape_action);
  gtk_widget_class_install_action (widget_class, "session.end", NULL,
                                   unknot_session_view_end_action);

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    gtk_widget_class_add_binding_action (widget_class, bindings[i].key, 0, bindings[i].action,
                                         NULL);
}

static void
unknot_session_view_class_init (UnknotSessionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_session_view_dispose;
  object_class->get_property = unknot_session_view_get_property;
  object_class->set_property = unknot_session_view_set_property;

  properties[PROP_PRESENTATION] =
    g_param_spec_boolean ("presentation", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BLANKED] =
    g_param_spec_boolean ("blanked", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ENDED] = g_signal_new ("ended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (UNKNOT_TYPE_BODY_MAP);
  g_type_ensure (UNKNOT_TYPE_TIMER_VIEW);
  g_type_ensure (UNKNOT_TYPE_TECHNIQUE_PICTURE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-session-view.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, header_bar);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, window_title);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, stack);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, muscle_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, detail_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, body_map);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, picture);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, side_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, step_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, next_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, timer_view);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, controls_box);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, pause_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, found_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, extend_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, summary_page);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, saved_box);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, looser_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, same_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotSessionView, tighter_button);
  gtk_widget_class_bind_template_callback (widget_class, on_feeling_toggled);

  unknot_session_view_install_actions (widget_class);
  gtk_widget_class_set_css_name (widget_class, "sessionview");
}

static void
unknot_session_view_init (UnknotSessionView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->session_signals = g_signal_group_new (UNKNOT_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::position",
                                  G_CALLBACK (unknot_session_view_update_item), self);
  g_signal_group_connect_swapped (self->session_signals, "finished",
                                  G_CALLBACK (on_session_finished), self);
  self->timer_signals = g_signal_group_new (UNKNOT_TYPE_HOLD_TIMER);
  g_signal_group_connect_swapped (self->timer_signals, "phase-changed",
                                  G_CALLBACK (unknot_session_view_update_step), self);
  g_signal_group_connect_swapped (self->timer_signals, "notify::side",
                                  G_CALLBACK (unknot_session_view_update_side), self);
  g_signal_group_connect_swapped (self->timer_signals, "notify::running",
                                  G_CALLBACK (unknot_session_view_update_running), self);
  self->timer_bindings = g_binding_group_new ();
  g_binding_group_bind (self->timer_bindings, "can-extend", self->extend_button, "visible",
                        G_BINDING_SYNC_CREATE);

  /* Escape is caught before the timer view's own binding, which would
   * stop the timer while presentation mode is still on. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_named_action_new ("session.escape")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
