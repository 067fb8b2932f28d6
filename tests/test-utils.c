/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk/x11/gdkx.h>

#include "unknot-routines-page.h"
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

/* The library the app's windows show, with its built-in content */
UnknotLibrary *
test_app_get_library (UnknotApplication *app)
{
  UnknotStore *store = unknot_application_get_store (app);
  g_autoptr(GError) error = NULL;

  g_assert_true (unknot_store_load_builtin (store, &error));
  g_assert_no_error (error);

  return unknot_store_get_library (store);
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

static gboolean
widget_is_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* Stack transitions keep the old page mapped until they end. */
gboolean
test_wait_for_unmapped (GtkWidget *widget)
{
  return test_wait_until (widget_is_unmapped, widget);
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

GtkWindow *
test_window_new_for (GtkWidget *child,
                     int        width,
                     int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (window)));
  test_iterate (100);

  return window;
}

/* Lets the main loop run for a while, e.g. for input from xdotool. */
void
test_iterate (guint msec)
{
  gint64 end = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
run_xdotool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Real input through the X server, the way a user's pointer would come,
 * at (x, y) in @widget's coordinates. */
static void
widget_to_surface (GtkWidget *widget,
                   double     x,
                   double     y,
                   char     **xid,
                   char     **sx,
                   char     **sy)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t point;
  double offset_x, offset_y;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (native, &offset_x, &offset_y);
  g_assert_true (GDK_IS_X11_SURFACE (gtk_native_get_surface (native)));

  *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (gtk_native_get_surface (native)));
  *sx = g_strdup_printf ("%d", (int) (point.x + offset_x));
  *sy = g_strdup_printf ("%d", (int) (point.y + offset_y));
}

void
test_pointer_move (GtkWidget *widget,
                   double     x,
                   double     y)
{
  g_autofree char *xid = NULL, *sx = NULL, *sy = NULL;

  widget_to_surface (widget, x, y, &xid, &sx, &sy);
  run_xdotool ((const char *[]) { "xdotool", "mousemove", "--window", xid, sx, sy,
                                  NULL });
  test_iterate (150);
}

void
test_pointer_click (GtkWidget *widget,
                    double     x,
                    double     y)
{
  test_pointer_move (widget, x, y);
  run_xdotool ((const char *[]) { "xdotool", "click", "1", NULL });
  test_iterate (150);
}

/* Keys go to the window under the pointer, so the pointer is moved
 * over @widget first. */
void
test_key (GtkWidget  *widget,
          const char *keys)
{
  g_auto(GStrv) names = g_strsplit (keys, " ", -1);

  test_pointer_move (widget, 1, 1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      run_xdotool ((const char *[]) { "xdotool", "key", names[i], NULL });
      test_iterate (100);
    }
}

static gboolean
widget_has_label (GtkWidget  *widget,
                  const char *label)
{
  if (label == NULL)
    return TRUE;
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return g_str_equal (gtk_button_get_label (GTK_BUTTON (widget)), label);
  if (GTK_IS_LABEL (widget))
    return g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), label);
  if (GTK_IS_SEARCH_ENTRY (widget))
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      return g_strcmp0 (placeholder, label) == 0;
    }
  if (ADW_IS_PREFERENCES_ROW (widget))
    return g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), label);

  return FALSE;
}

/* The first widget of @type in @root's tree, depth first, whose label
 * (button, label, row title or search placeholder) is @label when that
 * is given. */
GtkWidget *
test_find_widget (GtkWidget  *root,
                  GType       type,
                  const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && widget_has_label (root, label))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = test_find_widget (child, type, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether @node or a node under it (through containers, transforms and
 * clips) is of @type and covers at least @min_area square pixels. */
gboolean
test_node_has (GskRenderNode     *node,
               GskRenderNodeType  type,
               double             min_area)
{
  GskRenderNodeType node_type = gsk_render_node_get_node_type (node);
  graphene_rect_t bounds;

  gsk_render_node_get_bounds (node, &bounds);
  if (node_type == type && bounds.size.width * bounds.size.height >= min_area)
    return TRUE;

  switch ((int) node_type)
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        if (test_node_has (gsk_container_node_get_child (node, i), type, min_area))
          return TRUE;
      return FALSE;
    case GSK_TRANSFORM_NODE:
      return test_node_has (gsk_transform_node_get_child (node), type, min_area);
    case GSK_CLIP_NODE:
      return test_node_has (gsk_clip_node_get_child (node), type, min_area);
    default:
      return FALSE;
    }
}

/* The main window's Routines page, built the first time it is shown */
GtkWidget *
test_show_routines (GtkWindow *window)
{
  AdwViewStack *stack = ADW_VIEW_STACK (test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK,
                                                          NULL));
  GtkWidget *page;

  g_assert_nonnull (stack);
  adw_view_stack_set_visible_child_name (stack, "routines");
  page = test_find_widget (GTK_WIDGET (window), UNKNOT_TYPE_ROUTINES_PAGE, NULL);
  g_assert_nonnull (page);

  return page;
}
