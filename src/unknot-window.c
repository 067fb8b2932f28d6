/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-column-layout.h"
#include "unknot-window-private.h"

G_DEFINE_FINAL_TYPE (UnknotWindow, unknot_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

UnknotWindow *
unknot_window_new (GtkApplication *application,
                   UnknotStore    *store,
                   GSettings      *settings)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (UNKNOT_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (UNKNOT_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "settings", settings,
                       NULL);
}

UnknotSession *
unknot_window_get_session (UnknotWindow *self)
{
  g_return_val_if_fail (UNKNOT_IS_WINDOW (self), NULL);

  return unknot_session_launcher_get_session (self->launcher);
}

/* Sessions run on the real clock unless a test brings its own. */
void
unknot_window_use_clock (UnknotWindow *self,
                         UnknotClock  *clock)
{
  g_return_if_fail (UNKNOT_IS_WINDOW (self));
  g_return_if_fail (clock == NULL || UNKNOT_IS_CLOCK (clock));

  unknot_session_launcher_use_clock (self->launcher, clock);
}

void
_unknot_window_toast (UnknotWindow *self,
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
void
_unknot_window_set_subject (UnknotWindow *self,
                            const char   *subject)
{
  g_autofree char *title = NULL;

  /* Translators: the window title, e.g. "Quadriceps — Unknot" */
  title = subject != NULL ? g_strdup_printf (_("%s — Unknot"), subject) : g_strdup (_("Unknot"));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

void
_unknot_window_show_detail (UnknotWindow *self,
                            const char   *page)
{
  gtk_stack_set_visible_child_name (self->detail_stack, page);
  unknot_body_map_set_multi_select (self->body_map, g_str_equal (page, "plan"));
  adw_view_stack_set_visible_child_name (self->right_stack, "muscle");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

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
      _unknot_window_show_muscle (self, muscle, side);
      return;
    }

  unknot_routine_editor_add_muscle (_unknot_window_get_routine_editor (self), muscle);
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
  _unknot_window_show_zone (self, unknot_library_get_zone (self->library, zone_id));
}

/* The bottom switcher gets its buttons when a narrow window first reveals
 * it; a wide window never lays them out. */
static void
on_switcher_bar_reveal (UnknotWindow *self)
{
  if (adw_view_switcher_bar_get_reveal (self->switcher_bar) &&
      adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->right_stack);
}

/* The main menu's popover is built the first time it opens (click or F10). */
static void
create_main_menu (GtkMenuButton *button,
                  gpointer       user_data)
{
  UnknotWindow *self = user_data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void on_start_routine    (UnknotWindow  *self,
                                UnknotRoutine *routine);
static void on_edit_routine     (UnknotWindow  *self,
                                UnknotRoutine *routine);
static void on_routine_selected (UnknotWindow  *self,
                                UnknotRoutine *routine);

static void
ensure_routines_page (UnknotWindow *self)
{
  if (self->routines_page != NULL)
    return;

  self->routines_page = UNKNOT_ROUTINES_PAGE (unknot_routines_page_new ());
  g_signal_connect_object (self->routines_page, "routine-selected",
                           G_CALLBACK (on_routine_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routines_page, "start-routine",
                           G_CALLBACK (on_start_routine), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routines_page, "edit-routine",
                           G_CALLBACK (on_edit_routine), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->routines_bin, GTK_WIDGET (self->routines_page));
  if (self->library != NULL)
    unknot_routines_page_set_store (self->routines_page, self->store);
}

/* Routines and Progress are built when they are first shown. */
static void
on_right_page_changed (UnknotWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->right_stack);

  if (g_strcmp0 (page, "routines") == 0)
    ensure_routines_page (self);
  else if (g_strcmp0 (page, "progress") == 0)
    _unknot_window_get_progress_view (self);
}

static gboolean
plan_button_visible (gpointer instance,
                     gboolean multi_select,
                     gboolean folded)
{
  return multi_select && folded;
}

static void
on_show_plan_clicked (UnknotWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_view_toggled (UnknotWindow *self)
{
  unknot_body_map_set_view (self->body_map, gtk_toggle_button_get_active (self->front_button)
                                            ? UNKNOT_VIEW_FRONT : UNKNOT_VIEW_BACK);
}

static void on_search_chosen (UnknotWindow *self,
                              GObject      *item);

/* The results are built with the first search. */
static UnknotSearchPanel *
ensure_search_panel (UnknotWindow *self)
{
  if (self->search_panel == NULL)
    {
      self->search_panel = g_object_new (UNKNOT_TYPE_SEARCH_PANEL, NULL);
      unknot_search_panel_set_library (self->search_panel, self->library);
      g_signal_connect_object (self->search_panel, "chosen", G_CALLBACK (on_search_chosen),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->left_stack, GTK_WIDGET (self->search_panel), "results");
    }

  return self->search_panel;
}

static void
on_search_changed (UnknotWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (query[0] == '\0' && self->search_panel == NULL)
    return;
  if (!_unknot_window_ensure_content (self))
    return;

  unknot_search_panel_set_query (ensure_search_panel (self), query);
  gtk_stack_set_visible_child_name (self->left_stack, query[0] != '\0' ? "results" : "map");
}

/* The search is done: the map comes back with the choice on it, and the
 * keyboard goes on to the page, ready to start. */
static void
on_search_chosen (UnknotWindow *self,
                  GObject      *item)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  on_search_changed (self);

  if (UNKNOT_IS_MUSCLE (item))
    {
      _unknot_window_show_muscle (self, UNKNOT_MUSCLE (item), UNKNOT_SIDE_BOTH);
      unknot_muscle_page_focus_start (_unknot_window_get_muscle_page (self));
    }
  else
    _unknot_window_show_zone (self, UNKNOT_ZONE (item));
}

/* Enter in the search entry opens the best match. */
static void
on_search_activate (UnknotWindow *self)
{
  if (_unknot_window_ensure_content (self))
    unknot_search_panel_activate_current (ensure_search_panel (self));
}

static void
on_search_stop (UnknotWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_start_routine (UnknotWindow  *self,
                  UnknotRoutine *routine)
{
  _unknot_window_get_session_view (self);
  unknot_session_launcher_request (self->launcher, routine, FALSE);
}

/* A routine of the user's, or a copy of a built-in one, to change. */
static void
on_edit_routine (UnknotWindow  *self,
                 UnknotRoutine *routine)
{
  g_auto(GStrv) muscles = unknot_routine_dup_muscle_ids (routine);

  if (!_unknot_window_ensure_content (self))
    return;

  self->building = TRUE;
  unknot_body_map_select (self->body_map, NULL, UNKNOT_SIDE_NONE);
  unknot_body_map_set_highlighted (self->body_map, (const char * const *) muscles);
  unknot_routine_editor_edit (_unknot_window_get_routine_editor (self), routine);
  _unknot_window_set_subject (self, unknot_routine_get_name (routine));
  _unknot_window_show_detail (self, "editor");
}

static void
on_routine_selected (UnknotWindow  *self,
                     UnknotRoutine *routine)
{
  g_auto(GStrv) muscles = unknot_routine_dup_muscle_ids (routine);

  g_set_object (&self->selected_routine, routine);
  unknot_body_map_select (self->body_map, NULL, UNKNOT_SIDE_NONE);
  unknot_body_map_set_highlighted (self->body_map, (const char * const *) muscles);
}

static void
on_session_started (UnknotWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "session");
}

static gboolean
unknot_window_close_request (GtkWindow *window)
{
  UnknotWindow *self = UNKNOT_WINDOW (window);

  unknot_window_save_state (self);
  unknot_session_launcher_ended (self->launcher);

  return GTK_WINDOW_CLASS (unknot_window_parent_class)->close_request (window);
}

static void
unknot_window_bind_settings (UnknotWindow *self)
{
  g_settings_bind (self->settings, "show-zones", self->body_map, "show-zones",
                   G_SETTINGS_BIND_GET);
}

static void
unknot_window_constructed (GObject *object)
{
  UnknotWindow *self = UNKNOT_WINDOW (object);

  G_OBJECT_CLASS (unknot_window_parent_class)->constructed (object);

  unknot_window_restore_state (self);
  unknot_window_bind_settings (self);

  self->launcher = unknot_session_launcher_new (GTK_WINDOW (self), self->settings);
  g_signal_connect_object (self->launcher, "started", G_CALLBACK (on_session_started),
                           self, G_CONNECT_SWAPPED);
  _unknot_window_watch_start_up (self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

static void
unknot_window_dispose (GObject *object)
{
  UnknotWindow *self = UNKNOT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->first_frame_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_weak_pointer (&self->basics);
  g_clear_object (&self->selected_routine);

  /* The switchers must let go of the stack before it goes away. */
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_WINDOW);
  g_clear_object (&self->launcher);
  g_clear_object (&self->library);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (unknot_window_parent_class)->dispose (object);
}

static void
unknot_window_finalize (GObject *object)
{
  UnknotWindow *self = UNKNOT_WINDOW (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (unknot_window_parent_class)->finalize (object);
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

    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
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
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, content);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, right_stack);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, routines_bin);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, progress_bin);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, main_menu_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotWindow, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, invert_boolean);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_view_toggled);
  gtk_widget_class_bind_template_callback (widget_class, plan_button_visible);
  gtk_widget_class_bind_template_callback (widget_class, on_right_page_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_switcher_bar_reveal);
  gtk_widget_class_bind_template_callback (widget_class, on_show_plan_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_map_muscle_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_map_zone_activated);
}

static void
unknot_window_class_init (UnknotWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = unknot_window_constructed;
  object_class->dispose = unknot_window_dispose;
  object_class->finalize = unknot_window_finalize;
  object_class->set_property = unknot_window_set_property;
  window_class->close_request = unknot_window_close_request;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, UNKNOT_TYPE_STORE,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (UNKNOT_TYPE_COLUMN_LAYOUT);
  g_type_ensure (UNKNOT_TYPE_BODY_MAP);
  unknot_window_bind_template (widget_class);
  _unknot_window_install_actions (widget_class);
}

static void
unknot_window_init (UnknotWindow *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  on_switcher_bar_reveal (self);
  gtk_menu_button_set_create_popup_func (self->main_menu_button, create_main_menu, self, NULL);
}
