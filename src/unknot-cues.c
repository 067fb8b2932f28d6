/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-cues.h"

/* What tells someone lying on a roller that a phase has changed when
 * they are not looking: a short sound, and a notification when the
 * window is in the background. The flash is the timer view's. */
struct _UnknotCues
{
  GObject         parent_instance;

  GtkWindow      *window;
  GSettings      *settings;
  GtkMediaStream *sound;
  guint           n_played;
};

G_DEFINE_FINAL_TYPE (UnknotCues, unknot_cues, G_TYPE_OBJECT)

UnknotCues *
unknot_cues_new (GtkWindow *window,
                 GSettings *settings)
{
  UnknotCues *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (UNKNOT_TYPE_CUES, NULL);
  g_set_weak_pointer (&self->window, window);
  self->settings = g_object_ref (settings);

  return self;
}

static void
unknot_cues_play_sound (UnknotCues *self)
{
  if (!g_settings_get_boolean (self->settings, "sound-cues"))
    return;

  /* Loaded on first use: most sessions start long after the window. */
  if (self->sound == NULL)
    self->sound = gtk_media_file_new_for_resource (RESOURCE_PATH "/sounds/phase-cue.oga");

  gtk_media_stream_seek (self->sound, 0);
  gtk_media_stream_play (self->sound);
  self->n_played++;
}

static void
unknot_cues_notify (UnknotCues      *self,
                    UnknotHoldPhase  phase)
{
  GtkApplication *app;
  g_autoptr(GNotification) notification = NULL;

  if (self->window == NULL || gtk_window_is_active (self->window)
      || !g_settings_get_boolean (self->settings, "notifications"))
    return;

  app = gtk_window_get_application (self->window);
  if (app == NULL)
    return;

  notification = g_notification_new (unknot_hold_phase_get_title (phase));
  g_notification_set_body (notification, unknot_hold_phase_get_instruction (phase));
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_application_send_notification (G_APPLICATION (app), "phase", notification);
}

static void
on_phase_changed (UnknotCues      *self,
                  UnknotHoldPhase  phase)
{
  if (phase == UNKNOT_HOLD_PHASE_IDLE)
    return;

  unknot_cues_play_sound (self);
  unknot_cues_notify (self, phase);
}

void
unknot_cues_follow (UnknotCues      *self,
                    UnknotHoldTimer *timer)
{
  g_return_if_fail (UNKNOT_IS_CUES (self));
  g_return_if_fail (UNKNOT_IS_HOLD_TIMER (timer));

  g_signal_connect_object (timer, "phase-changed", G_CALLBACK (on_phase_changed), self,
                           G_CONNECT_SWAPPED);
}

guint
unknot_cues_get_n_played (UnknotCues *self)
{
  g_return_val_if_fail (UNKNOT_IS_CUES (self), 0);

  return self->n_played;
}

static void
unknot_cues_dispose (GObject *object)
{
  UnknotCues *self = UNKNOT_CUES (object);

  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->sound);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (unknot_cues_parent_class)->dispose (object);
}

static void
unknot_cues_class_init (UnknotCuesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = unknot_cues_dispose;
}

static void
unknot_cues_init (UnknotCues *self)
{
}
