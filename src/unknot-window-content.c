/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "unknot-window-private.h"

/* What the window takes from the store: the content once the first frame
 * is up, the person's routines from the disk, and the files they import;
 * and the start-up around it. */

static void
on_history_moved_aside (UnknotWindow *self,
                        const char   *path)
{
  g_autofree char *name = g_path_get_basename (path);
  /* Translators: %s is the name the unreadable file was given */
  g_autofree char *text = g_strdup_printf (_("Your progress could not be read, so it starts "
                                             "again. The old file is kept as %s."), name);

  _unknot_window_toast (self, text);
}

/* The history is opened when Progress is first shown or the first session
 * starts, whichever comes first. */
void
_unknot_window_attach_history (UnknotWindow *self)
{
  UnknotHistory *history;

  if (self->history_attached || !_unknot_window_ensure_content (self))
    return;

  self->history_attached = TRUE;
  history = unknot_store_get_history (self->store);
  if (self->progress_view != NULL)
    unknot_progress_view_set_history (self->progress_view, history);
  unknot_session_launcher_set_history (self->launcher, history);
  g_signal_connect_object (history, "moved-aside", G_CALLBACK (on_history_moved_aside), self,
                           G_CONNECT_SWAPPED);
  if (unknot_history_get_moved_aside (history) != NULL)
    on_history_moved_aside (self, unknot_history_get_moved_aside (history));
}

static void
on_store_problems (UnknotWindow *self)
{
  const char * const *problems = unknot_store_get_problems (self->store);

  for (guint i = 0; problems != NULL && problems[i] != NULL; i++)
    {
      g_autofree char *text = g_strdup_printf (_("A routine file was skipped: %s"), problems[i]);

      _unknot_window_toast (self, text);
    }
}

static void
on_user_routines_loaded (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Problems with single files arrive as UnknotStore:problems; only a
   * cancelled load ends here, when the window is closing. */
  unknot_store_load_finish (UNKNOT_STORE (object), result, &error);
}

/* The map at rest, for the next launch's first frame */
#define BODY_MAP_PICTURE "body-map-at-rest"

static void
on_rest_picture_saved (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Only a cost at the next start: nothing to tell anyone */
  if (!unknot_store_save_cache_finish (UNKNOT_STORE (object), result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("The body map's picture was not kept: %s", error->message);
}

static void
on_rest_picture_ready (UnknotWindow *self,
                       GBytes       *picture)
{
  if (self->store != NULL)  /* NULL once the window is closing */
    unknot_store_save_cache_async (self->store, BODY_MAP_PICTURE, picture, self->cancellable,
                                   on_rest_picture_saved, NULL);
}

/* The content and the art are loaded when the window is mapped, so that
 * its first frame already shows the map (a frame without it would be one
 * more to lay out and draw before the person sees anything useful), or
 * sooner when something asks for them.  The built-in content is in the
 * GResource; the person's routines follow from the disk in the background. */
gboolean
_unknot_window_ensure_content (UnknotWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) picture = NULL;

  if (self->library != NULL)
    return TRUE;
  if (self->store == NULL)  /* the window is closing */
    return FALSE;

  if (!unknot_store_load_builtin (self->store, &error))
    g_error ("The built-in content does not load: %s", error->message);

  self->library = g_object_ref (unknot_store_get_library (self->store));
  unknot_body_map_set_library (self->body_map, self->library);
  picture = unknot_store_load_cache (self->store, BODY_MAP_PICTURE);
  unknot_body_map_set_rest_picture (self->body_map, picture);
  g_signal_connect_object (self->body_map, "rest-picture-ready",
                           G_CALLBACK (on_rest_picture_ready), self, G_CONNECT_SWAPPED);
  if (self->session_view != NULL)
    unknot_session_view_set_library (self->session_view, self->library);
  if (self->muscle_page != NULL)
    unknot_muscle_page_set_library (self->muscle_page, self->library);
  if (self->plan_panel != NULL)
    unknot_plan_panel_set_library (self->plan_panel, self->library);
  unknot_session_launcher_set_library (self->launcher, self->library);
  if (self->routines_page != NULL)
    unknot_routines_page_set_store (self->routines_page, self->store);
  if (self->progress_view != NULL)
    unknot_progress_view_set_library (self->progress_view, self->library);

  g_signal_connect_object (self->store, "notify::problems", G_CALLBACK (on_store_problems),
                           self, G_CONNECT_SWAPPED);
  unknot_store_load_async (self->store, self->cancellable, on_user_routines_loaded, NULL);

  return TRUE;
}

static void
on_import_finished (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(UnknotWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint imported;

  imported = unknot_store_import_finish (UNKNOT_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      _unknot_window_toast (self, error->message);
      if (imported == 0)
        return;
    }
  else
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u routine",
                                              "Imported %u routines", imported), imported);
      _unknot_window_toast (self, message);
    }

  adw_view_stack_set_visible_child_name (self->right_stack, "routines");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/**
 * unknot_window_import_file:
 * @self: a window
 * @file: a trainer's routine file
 *
 * Checks the file like the built-in content and keeps each of its
 * routines among the person's own once it is saved; a toast says how
 * many were imported, or why not.
 */
void
unknot_window_import_file (UnknotWindow *self,
                           GFile        *file)
{
  g_return_if_fail (UNKNOT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (!_unknot_window_ensure_content (self))
    return;

  unknot_store_import_async (self->store, file, self->cancellable, on_import_finished,
                             g_object_ref (self));
}

static void print_bench_mark (const char *mark);

static void
on_welcome_painted (GdkFrameClock *clock,
                    gpointer       data)
{
  g_signal_handlers_disconnect_by_func (clock, on_welcome_painted, data);
  print_bench_mark ("welcome-shown");
  if (g_strcmp0 (g_getenv ("UNKNOT_BENCH_MARKS"), "exit") == 0)
    exit (EXIT_SUCCESS);
}

static void
on_welcome_mapped (GtkWidget *welcome)
{
  g_signal_connect (gtk_widget_get_frame_clock (welcome), "after-paint",
                    G_CALLBACK (on_welcome_painted), NULL);
}

/* The welcome comes at idle priority, once the window's first frame is
 * painted behind it. */
static gboolean
unknot_window_after_first_frame (gpointer data)
{
  UnknotWindow *self = data;

  self->first_frame_id = 0;
  _unknot_window_fill_help_overlay_later (self);
  if (!self->safety_shown && !g_settings_get_boolean (self->settings, "safety-acknowledged"))
    {
      GtkWindow *welcome;

      self->safety_shown = TRUE;
      unknot_session_launcher_show_safety (self->launcher, TRUE);
      welcome = unknot_session_launcher_get_safety (self->launcher);
      if (welcome != NULL && g_getenv ("UNKNOT_BENCH_MARKS") != NULL)
        {
          if (gtk_widget_get_mapped (GTK_WIDGET (welcome)))
            on_welcome_mapped (GTK_WIDGET (welcome));
          else
            g_signal_connect (welcome, "map", G_CALLBACK (on_welcome_mapped), NULL);
        }
    }

  return G_SOURCE_REMOVE;
}

static void
on_window_mapped (UnknotWindow *self)
{
  _unknot_window_watch_help_overlay (self);
  if (!_unknot_window_ensure_content (self))
    return;

  if (self->first_frame_id == 0 && !self->safety_shown)
    self->first_frame_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE,
                                            unknot_window_after_first_frame, self, NULL);
}

/* UNKNOT_BENCH_MARKS=print|exit: the start-up benchmark's marks, the
 * monotonic time and the resident memory when the map is first on screen
 * and, at a first launch, when the welcome is; "exit" ends at the last. */
static void
print_bench_mark (const char *mark)
{
  g_autofree char *status = NULL;
  const char *rss;

  g_file_get_contents ("/proc/self/status", &status, NULL, NULL);
  rss = status != NULL ? strstr (status, "VmRSS:") : NULL;
  g_print ("%s %" G_GINT64_FORMAT " %ld\n", mark, g_get_monotonic_time (),
           rss != NULL ? strtol (rss + strlen ("VmRSS:"), NULL, 10) : 0L);
}

static void
on_map_art_shown (UnknotWindow *self)
{
  print_bench_mark ("map-shown");
  if (g_strcmp0 (g_getenv ("UNKNOT_BENCH_MARKS"), "exit") == 0 &&
      g_settings_get_boolean (self->settings, "safety-acknowledged"))
    exit (EXIT_SUCCESS);
}

void
_unknot_window_watch_start_up (UnknotWindow *self)
{
  g_signal_connect (self, "map", G_CALLBACK (on_window_mapped), NULL);
  if (g_getenv ("UNKNOT_BENCH_MARKS") != NULL)
    g_signal_connect_object (self->body_map, "art-shown", G_CALLBACK (on_map_art_shown), self,
                             G_CONNECT_SWAPPED);
}
