/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-cues.h"
#include "unknot-window.h"
#include "test-utils.h"

/* The desktop's session manager and notification server, played on the
 * test bus by a thread of our own: the app calls the session manager
 * synchronously, so the answer cannot come from the main thread. */
static const char fake_desktop_xml[] =
  "<node>"
  "  <interface name='org.gnome.SessionManager'>"
  "    <method name='Inhibit'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='Uninhibit'><arg type='u' direction='in'/></method>"
  "  </interface>"
  "  <interface name='org.gtk.Notifications'>"
  "    <method name='AddNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/>"
  "    </method>"
  "    <method name='RemoveNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

typedef struct {
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  gint          names_owned;
  gint          inhibitions;       /* held now */
  gint          idle_inhibitions;  /* held now, with the idle flag */
  gint          notifications;     /* sent in all */
} FakeDesktop;

static FakeDesktop fake;

static void
on_fake_method_call (GDBusConnection       *connection,
                     const char            *sender,
                     const char            *path,
                     const char            *interface,
                     const char            *method,
                     GVariant              *parameters,
                     GDBusMethodInvocation *invocation,
                     gpointer               user_data)
{
  static guint next_cookie = 1;

  if (g_str_equal (method, "Inhibit"))
    {
      guint flags;

      g_variant_get (parameters, "(&su&su)", NULL, NULL, NULL, &flags);
      g_atomic_int_inc (&fake.inhibitions);
      /* GTK_APPLICATION_INHIBIT_IDLE; the cookie remembers it */
      if (flags & 8)
        g_atomic_int_inc (&fake.idle_inhibitions);
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(u)",
                                                            (next_cookie++ << 4) | (flags & 8)));
      return;
    }

  if (g_str_equal (method, "Uninhibit"))
    {
      guint cookie;

      g_variant_get (parameters, "(u)", &cookie);
      g_atomic_int_add (&fake.inhibitions, -1);
      if (cookie & 8)
        g_atomic_int_add (&fake.idle_inhibitions, -1);
    }
  else if (g_str_equal (method, "AddNotification"))
    {
      g_atomic_int_inc (&fake.notifications);
    }

  g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
on_fake_name_acquired (GDBusConnection *connection,
                       const char      *name,
                       gpointer         user_data)
{
  g_atomic_int_inc (&fake.names_owned);
}

static gpointer
fake_desktop_run (gpointer data)
{
  static const GDBusInterfaceVTable vtable = { on_fake_method_call, NULL, NULL, { 0 } };
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (fake_desktop_xml, NULL);
  g_autoptr(GDBusConnection) connection = NULL;
  g_autofree char *address = NULL;

  g_main_context_push_thread_default (fake.context);
  address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  connection = g_dbus_connection_new_for_address_sync (
    address, G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
             | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION, NULL, NULL, NULL);
  g_assert_nonnull (connection);
  g_dbus_connection_register_object (connection, "/org/gnome/SessionManager",
                                     info->interfaces[0], &vtable, NULL, NULL, NULL);
  g_dbus_connection_register_object (connection, "/org/gtk/Notifications",
                                     info->interfaces[1], &vtable, NULL, NULL, NULL);
  g_bus_own_name_on_connection (connection, "org.gnome.SessionManager", 0,
                                on_fake_name_acquired, NULL, NULL, NULL);
  g_bus_own_name_on_connection (connection, "org.gtk.Notifications", 0,
                                on_fake_name_acquired, NULL, NULL, NULL);
  g_main_loop_run (fake.loop);
  g_main_context_pop_thread_default (fake.context);

  return NULL;
}

static gboolean
fake_desktop_is_up (gpointer data)
{
  return g_atomic_int_get (&fake.names_owned) == 2;
}

static void
fake_desktop_start (void)
{
  fake.context = g_main_context_new ();
  fake.loop = g_main_loop_new (fake.context, FALSE);
  fake.thread = g_thread_new ("fake-desktop", fake_desktop_run, NULL);
  g_assert_true (test_wait_until (fake_desktop_is_up, NULL));
}

typedef struct {
  UnknotApplication *app;
  GSettings         *settings;
  UnknotClock       *clock;
  UnknotHoldTimer   *timer;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->app = test_app_new ();
  f->settings = g_object_ref (unknot_application_get_settings (f->app));
  g_settings_set_boolean (f->settings, "sound-cues", FALSE);
  g_settings_set_boolean (f->settings, "notifications", FALSE);
  f->clock = unknot_clock_new_manual (0);
  f->timer = unknot_hold_timer_new (f->clock);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->timer);
  g_clear_object (&f->clock);
  g_clear_object (&f->settings);
  test_app_quit (f->app);
}

/* Moves the timer on by one phase: each is a cue. */
static void
next_phase (Fixture *f)
{
  UnknotHoldPhase before = unknot_hold_timer_get_phase (f->timer);

  if (before == UNKNOT_HOLD_PHASE_IDLE)
    unknot_hold_timer_start (f->timer);
  else
    unknot_hold_timer_skip (f->timer);
  g_assert_cmpint (unknot_hold_timer_get_phase (f->timer), !=, before);
}

static void
test_sound_follows_setting (Fixture       *f,
                            gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(UnknotCues) cues = unknot_cues_new (window, f->settings);

  unknot_cues_follow (cues, f->timer);
  next_phase (f);
  g_assert_cmpuint (unknot_cues_get_n_played (cues), ==, 0);

  g_settings_set_boolean (f->settings, "sound-cues", TRUE);
  next_phase (f);
  next_phase (f);
  g_assert_cmpuint (unknot_cues_get_n_played (cues), ==, 2);

  g_settings_set_boolean (f->settings, "sound-cues", FALSE);
  next_phase (f);
  g_assert_cmpuint (unknot_cues_get_n_played (cues), ==, 2);

  /* Going back to idle is no phase to announce. */
  g_settings_set_boolean (f->settings, "sound-cues", TRUE);
  unknot_hold_timer_stop (f->timer);
  g_assert_cmpuint (unknot_cues_get_n_played (cues), ==, 2);

  gtk_window_destroy (window);
}

static gboolean
window_is_active (gpointer data)
{
  return gtk_window_is_active (data);
}

static void
wait_for_notifications (gint expected)
{
  /* Sent asynchronously: let both main loops run a little. */
  test_iterate (200);
  g_assert_cmpint (g_atomic_int_get (&fake.notifications), ==, expected);
}

/* Notified only while the person cannot see the window, and only when
 * they asked for it. */
static void
test_notification_only_in_background (Fixture       *f,
                                      gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  g_autoptr(UnknotCues) cues = unknot_cues_new (window, f->settings);
  gint sent = g_atomic_int_get (&fake.notifications);

  gtk_window_set_application (window, GTK_APPLICATION (f->app));
  unknot_cues_follow (cues, f->timer);
  g_settings_set_boolean (f->settings, "notifications", TRUE);

  /* Not shown yet, so not active: the cue reaches the desktop. */
  g_assert_false (gtk_window_is_active (window));
  next_phase (f);
  wait_for_notifications (++sent);

  g_settings_set_boolean (f->settings, "notifications", FALSE);
  next_phase (f);
  wait_for_notifications (sent);

  g_settings_set_boolean (f->settings, "notifications", TRUE);
  gtk_window_present (window);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (window)));
  if (!test_wait_until (window_is_active, window))
    {
      g_test_skip ("the X server gives the window no focus");
      gtk_window_destroy (window);
      return;
    }
  next_phase (f);
  wait_for_notifications (sent);

  gtk_window_destroy (window);
}

static void
start_quadriceps (GtkWindow *window)
{
  GtkWidget *entry = test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY,
                                       "Search muscles and areas");

  gtk_editable_set_text (GTK_EDITABLE (entry), "quadriceps");
  g_signal_emit_by_name (entry, "search-changed");
  test_iterate (50);
  g_signal_emit_by_name (entry, "activate");
  test_iterate (50);
  g_signal_emit_by_name (test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Start"),
                         "clicked");
  test_iterate (50);
}

static gboolean
idle_inhibited_is (gpointer data)
{
  return g_atomic_int_get (&fake.idle_inhibitions) == GPOINTER_TO_INT (data);
}

/* The screen stays on while someone rolls, and only then. */
static void
test_idle_inhibited_during_session (Fixture       *f,
                                    gconstpointer  data)
{
  GtkWindow *window;
  UnknotSession *session;

  g_settings_set_boolean (f->settings, "safety-acknowledged", TRUE);
  window = test_app_get_window (f->app);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (window)));
  test_iterate (100);
  g_assert_cmpint (g_atomic_int_get (&fake.idle_inhibitions), ==, 0);

  start_quadriceps (window);
  session = unknot_window_get_session (UNKNOT_WINDOW (window));
  g_assert_true (unknot_hold_timer_get_running (unknot_session_get_timer (session)));
  g_assert_true (test_wait_until (idle_inhibited_is, GINT_TO_POINTER (1)));

  /* Paused is still a session: someone is lying on the roller. */
  unknot_hold_timer_pause (unknot_session_get_timer (session));
  test_iterate (50);
  g_assert_cmpint (g_atomic_int_get (&fake.idle_inhibitions), ==, 1);

  gtk_widget_activate_action (test_find_widget (GTK_WIDGET (window),
                                                g_type_from_name ("UnknotSessionView"), NULL),
                              "session.end", NULL);
  g_assert_true (test_wait_until (idle_inhibited_is, GINT_TO_POINTER (0)));
  g_assert_cmpint (g_atomic_int_get (&fake.inhibitions), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);
  /* GLib's notification backend that talks to org.gtk.Notifications */
  g_setenv ("GNOTIFICATION_BACKEND", "gtk", TRUE);
  fake_desktop_start ();

  g_test_add ("/cues/sound-follows-setting", Fixture, NULL,
              fixture_set_up, test_sound_follows_setting, fixture_tear_down);
  g_test_add ("/cues/notification-only-in-background", Fixture, NULL,
              fixture_set_up, test_notification_only_in_background, fixture_tear_down);
  g_test_add ("/cues/idle-inhibited-during-session", Fixture, NULL,
              fixture_set_up, test_idle_inhibited_during_session, fixture_tear_down);

  return g_test_run ();
}
