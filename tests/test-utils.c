/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-utils.h"

#define WAIT_TIMEOUT_USEC (10 * G_USEC_PER_SEC)

/* G_TEST_OPTION_ISOLATE_DIRS would also hide the system data dirs, and
 * with them the MIME database GTK needs to load SVG icons: isolate only
 * the user's own dirs. */
void
test_init (int    *argc,
           char ***argv)
{
  static const char *user_dirs[] = {
    "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
  };
  g_autofree char *tmp = g_dir_make_tmp ("unknot-test-XXXXXX", NULL);

  g_assert_nonnull (tmp);
  for (guint i = 0; i < G_N_ELEMENTS (user_dirs); i++)
    {
      g_autofree char *dir = g_build_filename (tmp, user_dirs[i], NULL);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_setenv (user_dirs[i], dir, TRUE);
    }

  g_test_init (argc, argv, NULL);
}

UnknotApplication *
test_app_new_with_id (const char        *app_id,
                      GApplicationFlags  flags)
{
  g_autoptr(GError) error = NULL;
  UnknotApplication *app = unknot_application_new (app_id, flags);

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

/* Each test gets its own id, so an app still being torn down never
 * collides with the next one on the session bus. */
UnknotApplication *
test_app_new (void)
{
  static guint counter;
  g_autofree char *app_id = g_strdup_printf ("io.github.unknot.Unknot.Test%u", ++counter);

  return test_app_new_with_id (app_id, G_APPLICATION_NON_UNIQUE);
}

GtkWindow *
test_app_get_window (UnknotApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (app));
      window = gtk_application_get_active_window (GTK_APPLICATION (app));
    }

  g_assert_nonnull (window);

  return window;
}

static gboolean
app_has_no_windows (gpointer data)
{
  return gtk_application_get_windows (GTK_APPLICATION (data)) == NULL;
}

void
test_app_quit (UnknotApplication *app)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);

  g_assert_true (test_wait_until (app_has_no_windows, app));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  /* Without g_application_run() there is no shutdown to drop the D-Bus
   * registration's references, so the app may outlive this call. */
  g_object_unref (app);
}

gboolean
test_wait_until (gboolean (*done) (gpointer),
                 gpointer   data)
{
  gint64 end = g_get_monotonic_time () + WAIT_TIMEOUT_USEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

static gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

gboolean
test_wait_for_mapped (GtkWidget *widget)
{
  return test_wait_until (widget_is_mapped, widget);
}

static void
on_subprocess_waited (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  gboolean *done = user_data;

  g_assert_true (g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL));
  *done = TRUE;
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

void
test_wait_for_subprocess (GSubprocess *subprocess)
{
  gboolean done = FALSE;

  g_subprocess_wait_async (subprocess, NULL, on_subprocess_waited, &done);
  g_assert_true (test_wait_until (flag_is_set, &done));
}

GtkWindow *
test_find_toplevel (const char *type_name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (G_OBJECT_TYPE_NAME (window), type_name) == 0)
        return window;
    }

  return NULL;
}
