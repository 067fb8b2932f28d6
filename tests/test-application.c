/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-application.h"
#include "unknot-window.h"
#include "test-utils.h"

static void
test_window_opens (void)
{
  UnknotApplication *app = test_app_new ();
  GtkWindow *window = test_app_get_window (app);

  g_assert_true (UNKNOT_IS_WINDOW (window));
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Unknot");

  test_app_quit (app);
}

static void
test_actions_and_accels (void)
{
  static const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "quit", "<Control>q" },
    { "preferences", "<Control>comma" },
    { "about", NULL },
  };
  UnknotApplication *app = test_app_new ();

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *detailed = g_strconcat ("app.", expected[i].action, NULL);
      g_auto(GStrv) accels = NULL;

      g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), expected[i].action));
      accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), detailed);
      if (expected[i].accel != NULL)
        g_assert_true (g_strv_contains ((const char * const *) accels, expected[i].accel));
    }

  test_app_quit (app);
}

static guint
count_widgets (GtkWidget *root,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, type);

  return n;
}

/* How many shortcuts unknot-shortcuts.ui lists */
static guint
shortcuts_in_file (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/unknot/Unknot/unknot-shortcuts.ui",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_auto(GStrv) parts = NULL;

  g_assert_nonnull (bytes);
  parts = g_strsplit (g_bytes_get_data (bytes, NULL), "class=\"GtkShortcutsShortcut\"", -1);
  g_assert_cmpuint (g_strv_length (parts), >, 20);

  return g_strv_length (parts) - 1;
}

static gboolean
overlay_has_section (gpointer data)
{
  return test_find_widget (data, GTK_TYPE_SHORTCUTS_SECTION, NULL) != NULL;
}

/* The shortcuts in the window's section, not the search page's copies */
static guint
overlay_shortcuts (GtkShortcutsWindow *overlay)
{
  GtkWidget *section = test_find_widget (GTK_WIDGET (overlay), GTK_TYPE_SHORTCUTS_SECTION, NULL);

  g_assert_nonnull (section);

  return count_widgets (section, GTK_TYPE_SHORTCUTS_SHORTCUT);
}

/* GTK adds the shortcuts window from gtk/help-overlay.ui in the
 * resources, with its action and Ctrl+? on every window.  Its shortcuts
 * come once the window's first frame is painted, not before it. */
static void
test_help_overlay (void)
{
  UnknotApplication *app = test_app_new ();
  GtkWindow *window = test_app_get_window (app);
  g_auto(GStrv) accels = NULL;
  GtkShortcutsWindow *overlay;

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                  "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == window);

  g_assert_false (overlay_has_section (overlay));
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (window)));
  g_assert_true (test_wait_until (overlay_has_section, overlay));
  g_assert_cmpuint (overlay_shortcuts (overlay), ==, shortcuts_in_file ());
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));

  test_app_quit (app);
}

/* Shows the shortcuts window, right away or once the window has painted,
 * and gives its size once it is on screen. */
static void
show_help_overlay (gboolean  at_once,
                   int      *width,
                   int      *height)
{
  UnknotApplication *app = test_app_new ();
  GtkWindow *window = test_app_get_window (app);
  GtkShortcutsWindow *overlay;

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_false (overlay_has_section (overlay));
  if (!at_once)
    g_assert_true (test_wait_until (overlay_has_section, overlay));

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_cmpuint (overlay_shortcuts (overlay), ==, shortcuts_in_file ());

  g_assert_true (test_wait_for_mapped (GTK_WIDGET (overlay)));
  test_iterate (200);
  g_assert_cmpuint (overlay_shortcuts (overlay), ==, shortcuts_in_file ());
  *width = gtk_widget_get_width (GTK_WIDGET (overlay));
  *height = gtk_widget_get_height (GTK_WIDGET (overlay));
  gtk_widget_hide (GTK_WIDGET (overlay));

  test_app_quit (app);
}

/* Asked for before the window has painted, the shortcuts window comes
 * with all its shortcuts all the same, at the size it has when they were
 * there before it was shown. */
static void
test_help_overlay_at_once (void)
{
  int width, height, early_width, early_height;

  show_help_overlay (FALSE, &width, &height);
  show_help_overlay (TRUE, &early_width, &early_height);
  g_assert_cmpint (height, >, 400);
  g_assert_cmpint (early_width, ==, width);
  g_assert_cmpint (early_height, ==, height);
}

static void
test_preferences_opens (void)
{
  UnknotApplication *app = test_app_new ();
  GtkWindow *window = test_app_get_window (app);
  GtkWindow *prefs;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  prefs = test_find_toplevel ("UnknotPreferencesWindow");
  g_assert_nonnull (prefs);
  g_assert_true (gtk_window_get_transient_for (prefs) == window);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (prefs)));
  gtk_window_destroy (prefs);

  test_app_quit (app);
}

static void
test_window_size_is_remembered (void)
{
  UnknotApplication *app = test_app_new ();
  GSettings *settings = unknot_application_get_settings (app);
  GtkWindow *window = test_app_get_window (app);

  gtk_window_set_default_size (window, 812, 633);
  gtk_window_close (window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 812);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 633);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  test_app_quit (app);
}

static void
on_activate_count (GApplication *app,
                   guint        *count)
{
  (*count)++;
}

/* The installed binary registers the same app id, finds us, asks us to
 * activate and exits; we must still have exactly one window. */
static void
test_second_launch_presents_window (void)
{
  UnknotApplication *app;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  guint activations = 0;

  app = test_app_new_with_id (APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);
  window = test_app_get_window (app);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_count), &activations);

  second = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, g_getenv ("UNKNOT_BIN"), NULL);
  g_assert_no_error (error);
  while (activations == 0)
    g_main_context_iteration (NULL, TRUE);
  test_wait_for_subprocess (second);

  g_assert_cmpint (g_subprocess_get_exit_status (second), ==, 0);
  g_assert_cmpuint (activations, ==, 1);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (app)) == window);

  test_app_quit (app);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);

  g_test_add_func ("/application/window-opens", test_window_opens);
  g_test_add_func ("/application/actions-and-accels", test_actions_and_accels);
  g_test_add_func ("/application/help-overlay", test_help_overlay);
  g_test_add_func ("/application/help-overlay-at-once", test_help_overlay_at_once);
  g_test_add_func ("/application/preferences-opens", test_preferences_opens);
  g_test_add_func ("/application/window-size-is-remembered", test_window_size_is_remembered);
  g_test_add_func ("/application/second-launch-presents-window",
                   test_second_launch_presents_window);

  return g_test_run ();
}
