/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-basics-window.h"
#include "unknot-print.h"
#include "unknot-send.h"
#include "unknot-tool.h"
#include "unknot-window-private.h"

/* What the main menu and the window's shortcuts do. */

static void
on_import_response (UnknotWindow    *self,
                    int              response,
                    GtkNativeDialog *dialog)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (file != NULL)
    unknot_window_import_file (self, file);
}

/* The window keeps the chooser, so closing the window closes it too and
 * no answer can arrive for a window that is gone. */
static void
unknot_window_import_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  UnknotWindow *self = UNKNOT_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import Routine"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_filter_set_name (filter, _("Unknot routines"));
  gtk_file_filter_add_mime_type (filter, "application/x-unknot-routine+xml");
  gtk_file_filter_add_suffix (filter, "unknot");
  gtk_file_filter_add_suffix (filter, "xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_response), self,
                           G_CONNECT_SWAPPED);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
unknot_window_new_routine_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  UnknotWindow *self = UNKNOT_WINDOW (widget);

  if (!_unknot_window_ensure_content (self))
    return;

  self->building = TRUE;
  unknot_body_map_select (self->body_map, NULL, UNKNOT_SIDE_NONE);
  unknot_body_map_set_highlighted (self->body_map, NULL);
  unknot_routine_editor_start (_unknot_window_get_routine_editor (self));
  _unknot_window_set_subject (self, _("New Routine"));
  _unknot_window_show_detail (self, "editor");
}

/* The map picks areas for the plan beside it until planning is done. */
static void
unknot_window_plan_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  UnknotWindow *self = UNKNOT_WINDOW (widget);

  if (!_unknot_window_ensure_content (self))
    return;

  self->building = FALSE;
  _unknot_window_get_plan_panel (self);
  unknot_body_map_select (self->body_map, NULL, UNKNOT_SIDE_NONE);
  unknot_body_map_set_highlighted (self->body_map, NULL);
  unknot_body_map_set_picked (self->body_map, NULL);
  _unknot_window_set_subject (self, _("Plan a Session"));
  _unknot_window_show_detail (self, "plan");
  /* Picking comes first; a narrow window shows the map with "Show Plan" */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_map));
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
  UnknotWindow *self = UNKNOT_WINDOW (widget);

  if (!_unknot_window_ensure_content (self))
    return;

  self->safety_shown = TRUE;
  unknot_session_launcher_show_safety (self->launcher, FALSE);
}

UnknotRoutine *
_unknot_window_routine_for_page (UnknotWindow *self)
{
  UnknotMusclePage *page = _unknot_window_get_muscle_page (self);
  UnknotTechnique *technique = unknot_muscle_page_get_technique (page);
  UnknotMuscle *muscle = unknot_muscle_page_get_muscle (page);
  UnknotRoutine *routine;

  routine = unknot_routine_new ("single", unknot_muscle_get_name (muscle),
                                unknot_tool_get_name (unknot_technique_get_tool (technique)), "");
  unknot_routine_append_item (routine, technique, unknot_muscle_page_get_sides (page),
                              unknot_muscle_page_get_hold (page),
                              unknot_muscle_page_get_reps (page));

  return routine;
}

/* What Print, Export PDF and Send act on: the routine named, else the
 * routine open in Routines, else the technique on the muscle's page. */
static UnknotRoutine *
dup_handout_routine (UnknotWindow *self,
                     const char   *id)
{
  const char *page = adw_view_stack_get_visible_child_name (self->right_stack);

  if (!_unknot_window_ensure_content (self))
    return NULL;

  if (id != NULL && id[0] != '\0')
    {
      UnknotRoutine *routine = unknot_library_get_routine (self->library, id);

      return routine != NULL ? g_object_ref (routine) : NULL;
    }
  if (g_strcmp0 (page, "routines") == 0 && self->selected_routine != NULL)
    return g_object_ref (self->selected_routine);
  if (g_strcmp0 (page, "muscle") == 0
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "muscle") == 0
      && self->muscle_page != NULL
      && unknot_muscle_page_get_technique (self->muscle_page) != NULL)
    return _unknot_window_routine_for_page (self);

  return NULL;
}

static void
unknot_window_handout_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  UnknotWindow *self = UNKNOT_WINDOW (widget);
  g_autoptr(UnknotRoutine) routine = NULL;

  routine = dup_handout_routine (self, g_variant_get_string (parameter, NULL));
  if (routine == NULL)
    {
      _unknot_window_toast (self, _("Choose a muscle or open a routine first"));
      return;
    }

  if (g_str_equal (action_name, "win.print"))
    unknot_print_routine (GTK_WINDOW (self), self->library, routine);
  else if (g_str_equal (action_name, "win.export-pdf"))
    unknot_print_export_pdf (GTK_WINDOW (self), self->library, routine);
  else
    unknot_send_to_client (GTK_WINDOW (self), self->library, routine);
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
      unknot_session_launcher_set_presentation (
        self->launcher, !unknot_session_launcher_get_presentation (self->launcher));
      return;
    }

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "muscle") != 0)
    {
      _unknot_window_toast (self, _("Choose a muscle or a routine to present"));
      return;
    }

  routine = _unknot_window_routine_for_page (self);
  _unknot_window_get_session_view (self);
  unknot_session_launcher_request (self->launcher, routine, TRUE);
}

/* "" opens Foam Rolling Basics at the top, a page id at that page */
static void
unknot_window_basics_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  UnknotWindow *self = UNKNOT_WINDOW (widget);

  if (!_unknot_window_ensure_content (self))
    return;

  if (self->basics == NULL)
    g_set_weak_pointer (&self->basics,
                        GTK_WINDOW (unknot_basics_window_new (GTK_WINDOW (self), self->library)));

  unknot_basics_window_show_page (UNKNOT_BASICS_WINDOW (self->basics),
                                  g_variant_get_string (parameter, NULL));
  gtk_window_present (self->basics);
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

/* GTK builds the shortcuts window from gtk/help-overlay.ui with every
 * window, before the window's first frame, and gives it its action and
 * Ctrl+?.  Building its two dozen shortcuts costs more than a twentieth of
 * everything up to the map's first frame, so that file holds only the
 * window: its section comes from unknot-shortcuts.ui at idle once the
 * first frame is painted, or as the window is shown if that comes first. */
static void
fill_help_overlay (UnknotWindow *self)
{
  GtkShortcutsWindow *overlay;
  g_autoptr(GtkBuilder) builder = NULL;

  g_clear_handle_id (&self->help_overlay_id, g_source_remove);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));
  if (overlay == NULL || self->help_overlay_filled)
    return;

  self->help_overlay_filled = TRUE;
  builder = gtk_builder_new_from_resource ("/io/github/unknot/Unknot/unknot-shortcuts.ui");
  /* What a <child> in the window's own file does (public API from GTK 4.14
   * as gtk_shortcuts_window_add_section) */
  GTK_BUILDABLE_GET_IFACE (overlay)->add_child (GTK_BUILDABLE (overlay), builder,
                                               gtk_builder_get_object (builder, "section"),
                                               NULL);
}

static gboolean
fill_help_overlay_at_idle (gpointer data)
{
  UnknotWindow *self = data;

  self->help_overlay_id = 0;
  fill_help_overlay (self);
  return G_SOURCE_REMOVE;
}

void
_unknot_window_watch_help_overlay (UnknotWindow *self)
{
  GtkShortcutsWindow *overlay;

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));
  if (overlay == NULL || self->help_overlay_filled ||
      g_signal_handler_find (overlay, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA, 0, 0, NULL,
                             fill_help_overlay, self) != 0)
    return;

  g_signal_connect_object (overlay, "show", G_CALLBACK (fill_help_overlay), self,
                           G_CONNECT_SWAPPED);
}

void
_unknot_window_fill_help_overlay_later (UnknotWindow *self)
{
  if (self->help_overlay_filled || self->help_overlay_id != 0)
    return;

  self->help_overlay_id = g_idle_add_full (G_PRIORITY_LOW, fill_help_overlay_at_idle,
                                           g_object_ref (self), g_object_unref);
}

void
_unknot_window_install_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    const char                 *name;
    GtkWidgetActionActivateFunc activate;
    guint                       key;
    GdkModifierType             mods;
  } actions[] = {
    { "win.back", unknot_window_back_action, GDK_KEY_Left, GDK_ALT_MASK },
    { "win.search", unknot_window_search_action, GDK_KEY_f, GDK_CONTROL_MASK },
    { "win.presentation", unknot_window_presentation_action, GDK_KEY_F5, 0 },
    { "win.fullscreen", unknot_window_fullscreen_action, GDK_KEY_F11, 0 },
    { "win.import", unknot_window_import_action, GDK_KEY_o, GDK_CONTROL_MASK },
    { "win.safety", unknot_window_safety_action, 0, 0 },
    { "win.new-routine", unknot_window_new_routine_action, GDK_KEY_n, GDK_CONTROL_MASK },
    { "win.plan", unknot_window_plan_action, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      gtk_widget_class_install_action (widget_class, actions[i].name, NULL, actions[i].activate);
      if (actions[i].key != 0)
        gtk_widget_class_add_binding_action (widget_class, actions[i].key, actions[i].mods,
                                             actions[i].name, NULL);
    }

  gtk_widget_class_install_action (widget_class, "win.basics", "s", unknot_window_basics_action);

  /* Handouts take a routine id; "" means what is on screen. */
  gtk_widget_class_install_action (widget_class, "win.print", "s", unknot_window_handout_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", "s",
                                   unknot_window_handout_action);
  gtk_widget_class_install_action (widget_class, "win.send-to-client", "s",
                                   unknot_window_handout_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print",
                                       "s", "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F1, 0, "win.basics", "s", "");
}
