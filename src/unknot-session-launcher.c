/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-cues.h"
#include "unknot-safety-window.h"
#include "unknot-session-recorder.h"
#include "unknot-session-launcher.h"
#include "unknot-welcome-window.h"

/* Everything between "Start" and the first phase: the safety sheet before
 * a first session, the idle inhibit, presentation and full screen. */
struct _UnknotSessionLauncher
{
  GObject            parent_instance;

  GtkWindow         *window;    /* weak: the window owns the launcher */
  GSettings         *settings;
  UnknotSessionView *view;      /* weak: a child of the window */
  UnknotLibrary     *library;
  UnknotHoldTimer   *timer;
  UnknotSession     *session;
  UnknotCues        *cues;
  UnknotHistory     *history;
  UnknotSessionRecorder *recorder;
  GtkWindow         *safety;    /* weak */
  UnknotRoutine     *pending_routine;
  gboolean           pending_presentation;
  guint              inhibit_cookie;
};

G_DEFINE_FINAL_TYPE (UnknotSessionLauncher, unknot_session_launcher, G_TYPE_OBJECT)

enum {
  STARTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void unknot_session_launcher_apply_phase_times (UnknotSessionLauncher *self);

static void
unknot_session_launcher_set_inhibited (UnknotSessionLauncher *self,
                                       gboolean               inhibit)
{
  GtkApplication *app = self->window != NULL ? gtk_window_get_application (self->window) : NULL;

  if (inhibit && self->inhibit_cookie == 0 && app != NULL)
    self->inhibit_cookie = gtk_application_inhibit (app, self->window,
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("A foam rolling session is running"));
  else if (!inhibit && self->inhibit_cookie != 0)
    {
      if (app != NULL)
        gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

static void
unknot_session_launcher_dispose (GObject *object)
{
  UnknotSessionLauncher *self = UNKNOT_SESSION_LAUNCHER (object);

  unknot_session_launcher_set_inhibited (self, FALSE);
  g_clear_weak_pointer (&self->safety);
  g_clear_weak_pointer (&self->window);
  g_clear_weak_pointer (&self->view);
  g_clear_object (&self->recorder);
  g_clear_object (&self->history);
  g_clear_object (&self->session);
  g_clear_object (&self->timer);
  g_clear_object (&self->cues);
  g_clear_object (&self->pending_routine);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (unknot_session_launcher_parent_class)->dispose (object);
}

static void
unknot_session_launcher_class_init (UnknotSessionLauncherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_session_launcher_dispose;

  /**
   * UnknotSessionLauncher::started:
   *
   * A session has begun: the window shows the session view.
   */
  signals[STARTED] =
    g_signal_new ("started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
unknot_session_launcher_init (UnknotSessionLauncher *self)
{
}

UnknotSessionLauncher *
unknot_session_launcher_new (GtkWindow *window,
                             GSettings *settings)
{
  UnknotSessionLauncher *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (UNKNOT_TYPE_SESSION_LAUNCHER, NULL);
  g_set_weak_pointer (&self->window, window);
  self->settings = g_object_ref (settings);
  self->cues = unknot_cues_new (window, settings);
  for (guint i = 0; i < 4; i++)
    {
      static const char * const changes[] = {
        "changed::position-seconds", "changed::search-seconds",
        "changed::release-seconds", "changed::timed-search",
      };

      g_signal_connect_object (settings, changes[i],
                               G_CALLBACK (unknot_session_launcher_apply_phase_times), self,
                               G_CONNECT_SWAPPED);
    }
  unknot_session_launcher_use_clock (self, NULL);

  return self;
}

/* The view sessions run in; the window makes it before the first one. */
void
unknot_session_launcher_set_view (UnknotSessionLauncher *self,
                                  UnknotSessionView     *view)
{
  g_return_if_fail (UNKNOT_IS_SESSION_LAUNCHER (self));
  g_return_if_fail (view == NULL || UNKNOT_IS_SESSION_VIEW (view));

  g_set_weak_pointer (&self->view, view);
  if (view != NULL)
    unknot_session_view_set_recorder (view, self->recorder);
}

UnknotSession *
unknot_session_launcher_get_session (UnknotSessionLauncher *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_LAUNCHER (self), NULL);

  return self->session;
}

/* The recorder writes each hold of whichever session the launcher runs. */
static void
unknot_session_launcher_follow_session (UnknotSessionLauncher *self)
{
  g_clear_object (&self->recorder);
  if (self->history != NULL && self->session != NULL)
    {
      self->recorder = unknot_session_recorder_new (self->history, self->session);
      g_settings_bind (self->settings, "keep-history", self->recorder, "enabled",
                       G_SETTINGS_BIND_GET);
    }

  if (self->view != NULL)
    unknot_session_view_set_recorder (self->view, self->recorder);
}

/* Where sessions are recorded */
void
unknot_session_launcher_set_history (UnknotSessionLauncher *self,
                                     UnknotHistory         *history)
{
  g_return_if_fail (UNKNOT_IS_SESSION_LAUNCHER (self));
  g_return_if_fail (history == NULL || UNKNOT_IS_HISTORY (history));

  if (g_set_object (&self->history, history))
    unknot_session_launcher_follow_session (self);
}

/* Sessions run on the real clock unless a test brings its own. */
void
unknot_session_launcher_use_clock (UnknotSessionLauncher *self,
                                   UnknotClock           *clock)
{
  g_return_if_fail (UNKNOT_IS_SESSION_LAUNCHER (self));
  g_return_if_fail (clock == NULL || UNKNOT_IS_CLOCK (clock));

  g_clear_object (&self->session);
  g_clear_object (&self->timer);
  self->timer = unknot_hold_timer_new (clock);
  self->session = unknot_session_new (self->timer);
  unknot_cues_follow (self->cues, self->timer);
  unknot_session_launcher_follow_session (self);
}

void
unknot_session_launcher_set_library (UnknotSessionLauncher *self,
                                     UnknotLibrary         *library)
{
  g_return_if_fail (UNKNOT_IS_SESSION_LAUNCHER (self));
  g_return_if_fail (library == NULL || UNKNOT_IS_LIBRARY (library));

  g_set_object (&self->library, library);
}

gboolean
unknot_session_launcher_get_presentation (UnknotSessionLauncher *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_LAUNCHER (self), FALSE);

  return self->view != NULL && unknot_session_view_get_presentation (self->view);
}

void
unknot_session_launcher_set_presentation (UnknotSessionLauncher *self,
                                          gboolean               presentation)
{
  g_return_if_fail (UNKNOT_IS_SESSION_LAUNCHER (self));

  if (self->view != NULL)
    unknot_session_view_set_presentation (self->view, presentation);
  if (self->window == NULL)
    return;

  if (presentation)
    gtk_window_fullscreen (self->window);
  else
    gtk_window_unfullscreen (self->window);
}

gboolean
unknot_session_launcher_get_inhibited (UnknotSessionLauncher *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_LAUNCHER (self), FALSE);

  return self->inhibit_cookie != 0;
}

/* At each start, and on each change of a phase time: a running session
 * takes it from its next muscle on. */
static void
unknot_session_launcher_apply_phase_times (UnknotSessionLauncher *self)
{
  UnknotPhaseTimes times = {
    .position_seconds = g_settings_get_uint (self->settings, "position-seconds"),
    .search_seconds = g_settings_get_uint (self->settings, "search-seconds"),
    .release_seconds = g_settings_get_uint (self->settings, "release-seconds"),
  };

  unknot_session_set_phase_times (self->session, &times,
                                  g_settings_get_boolean (self->settings, "timed-search"));
}

static void
unknot_session_launcher_start (UnknotSessionLauncher *self,
                               UnknotRoutine         *routine,
                               gboolean               presentation)
{
  if (self->view == NULL)
    return;

  unknot_session_launcher_apply_phase_times (self);
  unknot_session_view_set_session (self->view, self->session);
  g_signal_emit (self, signals[STARTED], 0);
  unknot_session_play (self->session, routine);
  unknot_session_launcher_set_inhibited (self, TRUE);
  unknot_session_launcher_set_presentation (self, presentation);
}

static void
on_safety_acknowledged (UnknotSessionLauncher *self)
{
  g_autoptr(UnknotRoutine) routine = g_steal_pointer (&self->pending_routine);

  g_settings_set_boolean (self->settings, "safety-acknowledged", TRUE);
  if (routine != NULL)
    unknot_session_launcher_start (self, routine, self->pending_presentation);
}

/* Until it is acknowledged, the safety sheet is the last page of the
 * welcome; only the first launch starts the welcome from its beginning. */
static GtkWindow *
unknot_session_launcher_create_safety (UnknotSessionLauncher *self,
                                       gboolean               welcome)
{
  UnknotWelcomeWindow *window;

  if (g_settings_get_boolean (self->settings, "safety-acknowledged"))
    return GTK_WINDOW (unknot_safety_window_new (self->window, self->library));

  window = unknot_welcome_window_new (self->window, self->library);
  if (!welcome)
    unknot_welcome_window_show_safety (window);

  return GTK_WINDOW (window);
}

/**
 * unknot_session_launcher_get_safety:
 * @self: a launcher
 *
 * Returns: (transfer none) (nullable): the welcome or the safety sheet, while it is open
 */
GtkWindow *
unknot_session_launcher_get_safety (UnknotSessionLauncher *self)
{
  g_return_val_if_fail (UNKNOT_IS_SESSION_LAUNCHER (self), NULL);

  return self->safety;
}

/**
 * unknot_session_launcher_show_safety:
 * @self: a launcher
 * @welcome: whether a first launch starts the welcome at its beginning
 *   rather than at its safety page
 *
 * Shows the safety sheet: on its own once it was acknowledged, otherwise
 * as the end of the welcome.
 */
void
unknot_session_launcher_show_safety (UnknotSessionLauncher *self,
                                     gboolean               welcome)
{
  g_return_if_fail (UNKNOT_IS_SESSION_LAUNCHER (self));

  if (self->library == NULL || self->window == NULL)
    return;

  if (self->safety == NULL)
    {
      g_set_weak_pointer (&self->safety, unknot_session_launcher_create_safety (self, welcome));
      g_signal_connect_object (self->safety, "acknowledged", G_CALLBACK (on_safety_acknowledged),
                               self, G_CONNECT_SWAPPED);
    }
  else if (!welcome && UNKNOT_IS_WELCOME_WINDOW (self->safety))
    unknot_welcome_window_show_safety (UNKNOT_WELCOME_WINDOW (self->safety));

  gtk_window_present (self->safety);
}

/**
 * unknot_session_launcher_request:
 * @self: a launcher
 * @routine: what to roll
 * @presentation: whether to start in presentation mode
 *
 * Starts the session, or, before the person's first session, shows the
 * safety sheet and starts once it is acknowledged.
 */
void
unknot_session_launcher_request (UnknotSessionLauncher *self,
                                 UnknotRoutine         *routine,
                                 gboolean               presentation)
{
  g_return_if_fail (UNKNOT_IS_SESSION_LAUNCHER (self));
  g_return_if_fail (UNKNOT_IS_ROUTINE (routine));

  if (g_settings_get_boolean (self->settings, "safety-acknowledged"))
    {
      unknot_session_launcher_start (self, routine, presentation);
      return;
    }

  g_set_object (&self->pending_routine, routine);
  self->pending_presentation = presentation;
  unknot_session_launcher_show_safety (self, FALSE);
}

/* The session view is done: back to the ordinary window. */
void
unknot_session_launcher_ended (UnknotSessionLauncher *self)
{
  g_return_if_fail (UNKNOT_IS_SESSION_LAUNCHER (self));

  unknot_session_launcher_set_presentation (self, FALSE);
  unknot_session_launcher_set_inhibited (self, FALSE);
}
