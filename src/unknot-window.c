/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-body-map.h"
#include "unknot-cues.h"
#include "unknot-muscle-page.h"
#include "unknot-routine-editor.h"
#include "unknot-routines-page.h"
#include "unknot-safety-window.h"
#include "unknot-session-view.h"
#include "unknot-tool.h"
#include "unknot-window.h"
#include "unknot-zone-page.h"

struct _UnknotWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  UnknotLibrary        *library;
  UnknotHoldTimer      *timer;
  UnknotSession        *session;
  UnknotCues           *cues;
  UnknotRoutine        *pending_routine;
  gboolean              pending_presentation;
  guint                 inhibit_cookie;
  gboolean              safety_shown;
  gboolean              building;
  GtkWindow            *safety;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwLeaflet           *leaflet;
  GtkSearchEntry       *search_entry;
  GtkStack             *left_stack;
  UnknotBodyMap        *body_map;
  GtkToggleButton      *front_button;
  GtkListBox           *results_list;
  GtkWidget            *content;
  AdwViewStack         *right_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkStack             *detail_stack;
  UnknotMusclePage     *muscle_page;
  UnknotZonePage       *zone_page;
  UnknotRoutinesPage   *routines_page;
  UnknotRoutineEditor  *routine_editor;
  UnknotSessionView    *session_view;
};

G_DEFINE_FINAL_TYPE (UnknotWindow, unknot_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

UnknotWindow *
unknot_window_new (UnknotApplication *application)
{
  g_return_val_if_fail (UNKNOT_IS_APPLICATION (application), NULL);

  return g_object_new (UNKNOT_TYPE_WINDOW,
                       "application", application,
                       "settings", unknot_application_get_settings (application),
                       NULL);
}

UnknotSession *
unknot_window_get_session (UnknotWindow *self)
{
  g_return_val_if_fail (UNKNOT_IS_WINDOW (self), NULL);

  return self->session;
}

static void
unknot_window_toast (UnknotWindow *self,
                     const char   *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static gboolean
invert_boolean (gpointer instance,
                gboolean value)
{
  return !value;
}

static void
unknot_window_restore_state (UnknotWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* The default size is the unmaximized one, so a maximized window
 * still comes back at the size the user gave it. */
static void
unknot_window_save_state (UnknotWindow *self)
{
  int width;
  int height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

/* The window's title says what it shows, for window lists and switchers. */
static void
unknot_window_set_subject (UnknotWindow *self,
                           const char   *subject)
{
  g_autofree char *title = NULL;

  /* Translators: the window title, e.g. "Quadriceps — Unknot" */
  title = subject != NULL ? g_strdup_printf (_("%s — Unknot"), subject) : g_strdup (_("Unknot"));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
unknot_window_show_detail (UnknotWindow *self,
                           const char   *page)
{
  gtk_stack_set_visible_child_name (self->detail_stack, page);
  adw_view_stack_set_visible_child_name (self->right_stack, "muscle");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
unknot_window_show_muscle (UnknotWindow *self,
                           UnknotMuscle *muscle,
                           UnknotSide    side)
{
  unknot_muscle_page_set_muscle (self->muscle_page, muscle, side);
  unknot_window_set_subject (self, unknot_muscle_get_name (muscle));
  unknot_body_map_select (self->body_map, unknot_muscle_get_id (muscle), side);
  unknot_body_map_set_highlighted (self->body_map, NULL);
  unknot_window_show_detail (self, "muscle");
}

static void
unknot_window_show_zone (UnknotWindow *self,
                         UnknotZone   *zone)
{
  unknot_zone_page_set_zone (self->zone_page, zone);
  unknot_window_set_subject (self, unknot_zone_get_name (zone));
  unknot_window_show_detail (self, "zone");
}

/* While a routine is being made, a click on the map adds to it. */
static void
on_map_muscle_activated (UnknotWindow *self,
                         const char   *muscle_id,
                         UnknotSide    side)
{
  UnknotMuscle *muscle = unknot_library_get_muscle (self->library, muscle_id);
  g_autoptr(UnknotRoutine) draft = NULL;
  g_auto(GStrv) muscles = NULL;

  if (!self->building)
    {
      unknot_window_show_muscle (self, muscle, side);
      return;
    }

  unknot_routine_editor_add_muscle (self->routine_editor, muscle);
  draft = unknot_routine_editor_build (self->routine_editor);
  muscles = unknot_routine_dup_muscle_ids (draft);
  unknot_body_map_select (self->body_map, NULL, UNKNOT_SIDE_NONE);
  unknot_body_map_set_highlighted (self->body_map, (const char * const *) muscles);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_map_zone_activated (UnknotWindow *self,
                       const char   *zone_id)
{
  unknot_window_show_zone (self, unknot_library_get_zone (self->library, zone_id));
}

static void
on_zone_muscle_chosen (UnknotWindow *self,
                       UnknotMuscle *muscle)
{
  unknot_window_show_muscle (self, muscle, UNKNOT_SIDE_BOTH);
}

static void
on_view_toggled (UnknotWindow *self)
{
  unknot_body_map_set_view (self->body_map, gtk_toggle_button_get_active (self->front_button)
                                            ? UNKNOT_VIEW_FRONT : UNKNOT_VIEW_BACK);
}

/* The searchable list: every muscle, then every no-roll zone. */
static GtkWidget *
create_result_row (const char *title,
                   const char *subtitle,
                   const char *icon_name,
                   GObject    *target)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "target", g_object_ref (target), g_object_unref);

  return row;
}

static void
unknot_window_fill_results (UnknotWindow *self)
{
  GListModel *zones = unknot_library_get_zones (self->library);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->library)); i++)
    {
      g_autoptr(UnknotMuscle) muscle = g_list_model_get_item (G_LIST_MODEL (self->library), i);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s",
                                                   unknot_muscle_get_anatomical_name (muscle),
                                                   unknot_body_group_get_label (
                                                     unknot_muscle_get_group (muscle)));

      gtk_list_box_append (self->results_list,
                           create_result_row (unknot_muscle_get_name (muscle), subtitle,
                                              "find-location-symbolic", G_OBJECT (muscle)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(UnknotZone) zone = g_list_model_get_item (zones, i);

      gtk_list_box_append (self->results_list,
                           create_result_row (unknot_zone_get_name (zone), _("Never roll here"),
                                              "action-unavailable-symbolic", G_OBJECT (zone)));
    }
}

static gboolean
filter_result (GtkListBoxRow *row,
               gpointer       user_data)
{
  UnknotWindow *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GObject *target = g_object_get_data (G_OBJECT (row), "target");

  if (UNKNOT_IS_MUSCLE (target))
    return unknot_muscle_matches (UNKNOT_MUSCLE (target), query);

  return unknot_zone_matches (UNKNOT_ZONE (target), query);
}

static void
unknot_window_report_load_errors (UnknotWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GPtrArray) errors = NULL;

  if (app != NULL)
    errors = unknot_application_take_load_errors (UNKNOT_APPLICATION (app));

  for (guint i = 0; errors != NULL && i < errors->len; i++)
    {
      const GError *error = g_ptr_array_index (errors, i);
      g_autofree char *text = g_strdup_printf (_("A routine file was skipped: %s"),
                                               error->message);

      unknot_window_toast (self, text);
    }
}

/* The content and the art are not needed for the first frame, so they
 * come right after it, or sooner when something asks for them. */
static void
unknot_window_ensure_content (UnknotWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->library != NULL || app == NULL)
    return;

  self->library = g_object_ref (unknot_application_get_library (UNKNOT_APPLICATION (app)));
  unknot_body_map_set_library (self->body_map, self->library);
  unknot_session_view_set_library (self->session_view, self->library);
  unknot_routines_page_set_library (self->routines_page, self->library);
  unknot_routine_editor_set_library (self->routine_editor, self->library);
  unknot_window_fill_results (self);
  gtk_list_box_set_filter_func (self->results_list, filter_result, self, NULL);
  unknot_window_report_load_errors (self);
}

static GtkListBoxRow *
first_visible_result (UnknotWindow *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->results_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_child_visible (row))
      return GTK_LIST_BOX_ROW (row);

  return NULL;
}

static void
on_search_changed (UnknotWindow *self)
{
  const char *query;

  unknot_window_ensure_content (self);
  query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  gtk_list_box_invalidate_filter (self->results_list);
  gtk_stack_set_visible_child_name (self->left_stack, query[0] != '\0' ? "results" : "map");
  gtk_list_box_select_row (self->results_list, first_visible_result (self));
}

/* The search is done: the map comes back with the choice on it, and the
 * keyboard goes on to the page, ready to start. */
static void
on_result_activated (UnknotWindow  *self,
                     GtkListBoxRow *row)
{
  g_autoptr(GObject) target = g_object_ref (g_object_get_data (G_OBJECT (row), "target"));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  on_search_changed (self);

  if (UNKNOT_IS_MUSCLE (target))
    {
      unknot_window_show_muscle (self, UNKNOT_MUSCLE (target), UNKNOT_SIDE_BOTH);
      unknot_muscle_page_focus_start (self->muscle_page);
    }
  else
    unknot_window_show_zone (self, UNKNOT_ZONE (target));
}

/* Enter in the search entry opens the best match. */
static void
on_search_activate (UnknotWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->results_list);

  if (row == NULL || !gtk_widget_get_child_visible (GTK_WIDGET (row)))
    row = first_visible_result (self);
  if (row != NULL)
    on_result_activated (self, row);
}

static void
on_search_stop (UnknotWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
unknot_window_new_routine_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  UnknotWindow *self = UNKNOT_WINDOW (widget);

  unknot_window_ensure_content (self);
  self->building = TRUE;
  unknot_body_map_select (self->body_map, NULL, UNKNOT_SIDE_NONE);
  unknot_body_map_set_highlighted (self->body_map, NULL);
  unknot_routine_editor_start (self->routine_editor);
  unknot_window_set_subject (self, _("New Routine"));
  unknot_window_show_detail (self, "editor");
}

static void
on_editor_finished (UnknotWindow  *self,
                    UnknotRoutine *routine)
{
  self->building = FALSE;
  gtk_stack_set_visible_child_name (self->detail_stack, "empty");
  unknot_window_set_subject (self, NULL);
  adw_view_stack_set_visible_child_name (self->right_stack, "routines");

  if (routine != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: %s is the name of a routine the user made */
      text = g_strdup_printf (_("Saved “%s”"), unknot_routine_get_name (routine));

      unknot_window_toast (self, text);
    }
}

static void
unknot_window_set_inhibited (UnknotWindow *self,
                             gboolean      inhibit)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (inhibit && self->inhibit_cookie == 0 && app != NULL)
    self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self),
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("A foam rolling session is running"));
  else if (!inhibit && self->inhibit_cookie != 0)
    {
      gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

static void
unknot_window_set_presentation (UnknotWindow *self,
                                gboolean      presentation)
{
  unknot_session_view_set_presentation (self->session_view, presentation);
  if (presentation)
    gtk_window_fullscreen (GTK_WINDOW (self));
  else
    gtk_window_unfullscreen (GTK_WINDOW (self));
}

/* Also on each change of a phase time: a running session takes it from
 * its next muscle on. */
static void
unknot_window_apply_phase_times (UnknotWindow *self)
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
unknot_window_start_session (UnknotWindow  *self,
                             UnknotRoutine *routine,
                             gboolean       presentation)
{
  unknot_window_apply_phase_times (self);
  unknot_session_view_set_session (self->session_view, self->session);
  gtk_stack_set_visible_child_name (self->main_stack, "session");
  unknot_session_play (self->session, routine);
  unknot_window_set_inhibited (self, TRUE);
  unknot_window_set_presentation (self, presentation);
}

static void
on_safety_acknowledged (UnknotWindow *self)
{
  g_autoptr(UnknotRoutine) routine = g_steal_pointer (&self->pending_routine);

  g_settings_set_boolean (self->settings, "safety-acknowledged", TRUE);
  if (routine != NULL)
    unknot_window_start_session (self, routine, self->pending_presentation);
}

static void
unknot_window_show_safety (UnknotWindow *self)
{
  unknot_window_ensure_content (self);
  if (self->library == NULL)  /* the window is already closing */
    return;

  self->safety_shown = TRUE;
  if (self->safety == NULL)
    {
      g_set_weak_pointer (&self->safety,
                          GTK_WINDOW (unknot_safety_window_new (GTK_WINDOW (self), self->library)));
      g_signal_connect_object (self->safety, "acknowledged", G_CALLBACK (on_safety_acknowledged),
                               self, G_CONNECT_SWAPPED);
    }

  gtk_window_present (self->safety);
}

/* Nobody starts a first session without having seen the safety sheet. */
static void
unknot_window_request_session (UnknotWindow  *self,
                               UnknotRoutine *routine,
                               gboolean       presentation)
{
  if (g_settings_get_boolean (self->settings, "safety-acknowledged"))
    {
      unknot_window_start_session (self, routine, presentation);
      return;
    }

  g_set_object (&self->pending_routine, routine);
  self->pending_presentation = presentation;
  unknot_window_show_safety (self);
}

static UnknotRoutine *
unknot_window_routine_for_page (UnknotWindow *self)
{
  UnknotTechnique *technique = unknot_muscle_page_get_technique (self->muscle_page);
  UnknotMuscle *muscle = unknot_muscle_page_get_muscle (self->muscle_page);
  UnknotRoutine *routine;

  routine = unknot_routine_new ("single", unknot_muscle_get_name (muscle),
                                unknot_tool_get_name (unknot_technique_get_tool (technique)), "");
  unknot_routine_append_item (routine, technique, unknot_muscle_page_get_sides (self->muscle_page),
                              unknot_muscle_page_get_hold (self->muscle_page),
                              unknot_muscle_page_get_reps (self->muscle_page));

  return routine;
}

static void
on_muscle_page_start (UnknotWindow *self)
{
  g_autoptr(UnknotRoutine) routine = unknot_window_routine_for_page (self);

  unknot_window_request_session (self, routine, FALSE);
}

static void
on_start_routine (UnknotWindow  *self,
                  UnknotRoutine *routine)
{
  unknot_window_request_session (self, routine, FALSE);
}

static void
on_routine_selected (UnknotWindow  *self,
                     UnknotRoutine *routine)
{
  g_auto(GStrv) muscles = unknot_routine_dup_muscle_ids (routine);

  unknot_body_map_select (self->body_map, NULL, UNKNOT_SIDE_NONE);
  unknot_body_map_set_highlighted (self->body_map, (const char * const *) muscles);
}

static void
on_session_ended (UnknotWindow *self)
{
  unknot_window_set_presentation (self, FALSE);
  unknot_window_set_inhibited (self, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "browse");
}

/* A trainer's routine file: checked like the built-in content, kept in
 * the user's routines only when every routine in it is valid. */
void
unknot_window_import_file (UnknotWindow *self,
                           GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GListModel *routines;
  guint before, added;

  g_return_if_fail (UNKNOT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  unknot_window_ensure_content (self);
  routines = unknot_library_get_routines (self->library);
  before = g_list_model_get_n_items (routines);
  if (!unknot_library_load_file (self->library, file, &error))
    {
      unknot_window_toast (self, error->message);
      return;
    }

  added = g_list_model_get_n_items (routines) - before;
  for (guint i = before; i < before + added; i++)
    {
      g_autoptr(UnknotRoutine) routine = g_list_model_get_item (routines, i);

      if (!unknot_library_save_user_routine (self->library, routine, &error))
        {
          unknot_window_toast (self, error->message);
          g_clear_error (&error);
        }
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u routine",
                                          "Imported %u routines", added), added);
  unknot_window_toast (self, message);
  adw_view_stack_set_visible_child_name (self->right_stack, "routines");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_import_response (GtkNativeDialog *dialog,
                    int              response,
                    UnknotWindow    *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    unknot_window_import_file (self, file);

  g_object_unref (dialog);
}

static void
unknot_window_import_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Routine"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_filter_set_name (filter, _("Unknot routines"));
  gtk_file_filter_add_mime_type (filter, "application/x-unknot-routine+xml");
  gtk_file_filter_add_suffix (filter, "unknot");
  gtk_file_filter_add_suffix (filter, "xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
unknot_window_back_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  UnknotWindow *self = UNKNOT_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
unknot_window_search_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  UnknotWindow *self = UNKNOT_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "browse") != 0)
    return;

  adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_parent (
                                   GTK_WIDGET (self->search_entry)));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
unknot_window_safety_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  unknot_window_show_safety (UNKNOT_WINDOW (widget));
}

/* F5 toggles presentation in a session; from a muscle's page it starts
 * one straight into presentation. */
static void
unknot_window_presentation_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  UnknotWindow *self = UNKNOT_WINDOW (widget);
  g_autoptr(UnknotRoutine) routine = NULL;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "session") == 0)
    {
      unknot_window_set_presentation (self,
                                      !unknot_session_view_get_presentation (self->session_view));
      return;
    }

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "muscle") != 0)
    {
      unknot_window_toast (self, _("Choose a muscle or a routine to present"));
      return;
    }

  routine = unknot_window_routine_for_page (self);
  unknot_window_request_session (self, routine, TRUE);
}

static void
unknot_window_fullscreen_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    gtk_window_unfullscreen (GTK_WINDOW (widget));
  else
    gtk_window_fullscreen (GTK_WINDOW (widget));
}

/* Sessions run on the real clock unless a test brings its own. */
void
unknot_window_use_clock (UnknotWindow *self,
                         UnknotClock  *clock)
{
  g_return_if_fail (UNKNOT_IS_WINDOW (self));
  g_return_if_fail (!clock || UNKNOT_IS_CLOCK (clock));

  g_clear_object (&self->session);
  g_clear_object (&self->timer);
  self->timer = unknot_hold_timer_new (clock);
  self->session = unknot_session_new (self->timer);
  unknot_cues_follow (self->cues, self->timer);
}

static gboolean
unknot_window_close_request (GtkWindow *window)
{
  UnknotWindow *self = UNKNOT_WINDOW (window);

  unknot_window_save_state (self);
  unknot_window_set_inhibited (self, FALSE);

  return GTK_WINDOW_CLASS (unknot_window_parent_class)->close_request (window);
}

/* Runs at idle priority, so after the first frame is painted. */
static gboolean
unknot_window_after_first_frame (gpointer data)
{
  UnknotWindow *self = data;

  unknot_window_ensure_content (self);
  if (!self->safety_shown && !g_settings_get_boolean (self->settings, "safety-acknowledged"))
    unknot_window_show_safety (self);

  return G_SOURCE_REMOVE;
}

static void
on_window_mapped (UnknotWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, unknot_window_after_first_frame,
                   g_object_ref (self), g_object_unref);
}

static void
unknot_window_bind_settings (UnknotWindow *self)
{
  g_settings_bind (self->settings, "show-zones", self->body_map, "show-zones",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "hold-seconds", self->muscle_page, "preferred-hold",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "reps", self->muscle_page, "preferred-reps",
                   G_SETTINGS_BIND_GET);
  for (guint i = 0; i < 4; i++)
    {
      static const char * const signals[] = {
        "changed::position-seconds", "changed::search-seconds",
        "changed::release-seconds", "changed::timed-search",
      };

      g_signal_connect_object (self->settings, signals[i],
                               G_CALLBACK (unknot_window_apply_phase_times), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
unknot_window_constructed (GObject *object)
{
  UnknotWindow *self = UNKNOT_WINDOW (object);

  G_OBJECT_CLASS (unknot_window_parent_class)->constructed (object);

  unknot_window_restore_state (self);
  unknot_window_bind_settings (self);

  self->cues = unknot_cues_new (GTK_WINDOW (self), self->settings);
  unknot_window_use_clock (self, NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_window_mapped), NULL);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void
unknot_window_dispose (GObject *object)
{
  UnknotWindow *self = UNKNOT_WINDOW (object);

  /* The switchers must let go of the stack before it goes away. */
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_WINDOW);
  g_clear_weak_pointer (&self->safety);
  g_clear_object (&self->session);
  g_clear_object (&self->timer);
  g_clear_object (&self->cues);
  g_clear_object (&self->pending_routine);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (unknot_window_parent_class)->dispose (object);
}

static void
unknot_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  UnknotWindow *self = UNKNOT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_window_install_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    const char               *name;
    GtkWidgetActionActivateFunc activate;
    guint                     key;
    GdkModifierType           mods;
  } actions[] = {
    { "win.back", unknot_window_back_action, GDK_KEY_Left, GDK_ALT_MASK },
    { "win.search", unknot_window_search_action, GDK_KEY_f, GDK_CONTROL_MASK },
    { "win.presentation", unknot_window_presentation_action, GDK_KEY_F5, 0 },
    { "win.fullscreen", unknot_window_fullscreen_action, GDK_KEY_F11, 0 },
    { "win.import", unknot_window_import_action, GDK_KEY_o, GDK_CONTROL_MASK },
    { "win.safety", unknot_window_safety_action, 0, 0 },
    { "win.new-routine", unknot_window_new_routine_action, GDK_KEY_n, GDK_CONTROL_MASK },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      gtk_widget_class_install_action (widget_class, actions[i].name, NULL, actions[i].activate);
      if (actions[i].key != 0)
        gtk_widget_class_add_binding_action (widget_class, actions[i].key, actions[i].mods,
                                             actions[i].name, NULL);
    }
}

static void
unknot_window_bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/unknot-window.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, left_stack);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, body_map);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, front_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, results_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, content);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, right_stack);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, muscle_page);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, zone_page);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, routines_page);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, routine_editor);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, session_view);
  gtk_widget_class_bind_template_callback (widget_class, invert_boolean);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_map_muscle_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_map_zone_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_zone_muscle_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_muscle_page_start);
  gtk_widget_class_bind_template_callback (widget_class, on_routine_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_start_routine);
  gtk_widget_class_bind_template_callback (widget_class, on_session_ended);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_finished);
}

static void
unknot_window_class_init (UnknotWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = unknot_window_constructed;
  object_class->dispose = unknot_window_dispose;
  object_class->set_property = unknot_window_set_property;
  window_class->close_request = unknot_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (UNKNOT_TYPE_BODY_MAP);
  g_type_ensure (UNKNOT_TYPE_MUSCLE_PAGE);
  g_type_ensure (UNKNOT_TYPE_ZONE_PAGE);
  g_type_ensure (UNKNOT_TYPE_ROUTINES_PAGE);
  g_type_ensure (UNKNOT_TYPE_ROUTINE_EDITOR);
  g_type_ensure (UNKNOT_TYPE_SESSION_VIEW);
  unknot_window_bind_template (widget_class);
  unknot_window_install_actions (widget_class);
}

static void
unknot_window_init (UnknotWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
