/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-window-private.h"

/* The pages the window builds on first use: a muscle's, a zone's, the
 * routine editor, the planner, the session view and Progress. */

void
_unknot_window_show_muscle (UnknotWindow *self,
                            UnknotMuscle *muscle,
                            UnknotSide    side)
{
  unknot_muscle_page_set_muscle (_unknot_window_get_muscle_page (self), muscle, side);
  _unknot_window_set_subject (self, unknot_muscle_get_name (muscle));
  unknot_body_map_select (self->body_map, unknot_muscle_get_id (muscle), side);
  unknot_body_map_set_highlighted (self->body_map, NULL);
  _unknot_window_show_detail (self, "muscle");
}

void
_unknot_window_show_zone (UnknotWindow *self,
                          UnknotZone   *zone)
{
  unknot_zone_page_set_zone (_unknot_window_get_zone_page (self), zone);
  _unknot_window_set_subject (self, unknot_zone_get_name (zone));
  _unknot_window_show_detail (self, "zone");
}

/* While a routine is being made, a click on the map adds to it. */
static void
on_zone_muscle_chosen (UnknotWindow *self,
                       UnknotMuscle *muscle)
{
  _unknot_window_show_muscle (self, muscle, UNKNOT_SIDE_BOTH);
}

static void
on_editor_finished (UnknotWindow  *self,
                    UnknotRoutine *routine)
{
  self->building = FALSE;
  gtk_stack_set_visible_child_name (self->detail_stack, "empty");
  _unknot_window_set_subject (self, NULL);
  adw_view_stack_set_visible_child_name (self->right_stack, "routines");

  if (routine != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: %s is the name of a routine the user made */
      text = g_strdup_printf (_("Saved “%s”"), unknot_routine_get_name (routine));

      _unknot_window_toast (self, text);
    }
}

static void
on_muscle_page_start (UnknotWindow *self)
{
  g_autoptr(UnknotRoutine) routine = _unknot_window_routine_for_page (self);

  _unknot_window_get_session_view (self);
  unknot_session_launcher_request (self->launcher, routine, FALSE);
}

static void
on_session_ended (UnknotWindow *self)
{
  unknot_session_launcher_ended (self->launcher);
  gtk_stack_set_visible_child_name (self->main_stack, "browse");
}

UnknotMusclePage *
_unknot_window_get_muscle_page (UnknotWindow *self)
{
  if (self->muscle_page == NULL)
    {
      self->muscle_page = UNKNOT_MUSCLE_PAGE (unknot_muscle_page_new ());
      if (self->library != NULL)
        unknot_muscle_page_set_library (self->muscle_page, self->library);
      g_settings_bind (self->settings, "hold-seconds", self->muscle_page, "preferred-hold",
                       G_SETTINGS_BIND_GET);
      g_settings_bind (self->settings, "reps", self->muscle_page, "preferred-reps",
                       G_SETTINGS_BIND_GET);
      g_signal_connect_object (self->muscle_page, "start", G_CALLBACK (on_muscle_page_start),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->detail_stack, GTK_WIDGET (self->muscle_page), "muscle");
    }

  return self->muscle_page;
}

UnknotZonePage *
_unknot_window_get_zone_page (UnknotWindow *self)
{
  if (self->zone_page == NULL)
    {
      self->zone_page = UNKNOT_ZONE_PAGE (unknot_zone_page_new ());
      g_signal_connect_object (self->zone_page, "muscle-chosen",
                               G_CALLBACK (on_zone_muscle_chosen), self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->detail_stack, GTK_WIDGET (self->zone_page), "zone");
    }

  return self->zone_page;
}

/* The map shows the muscles of the routine being made, as it changes. */
static void
on_editor_changed (UnknotWindow *self)
{
  g_autoptr(UnknotRoutine) draft = NULL;
  g_auto(GStrv) muscles = NULL;

  if (!self->building)
    return;

  draft = unknot_routine_editor_build (self->routine_editor);
  muscles = unknot_routine_dup_muscle_ids (draft);
  unknot_body_map_set_highlighted (self->body_map, (const char * const *) muscles);
}

UnknotRoutineEditor *
_unknot_window_get_routine_editor (UnknotWindow *self)
{
  if (self->routine_editor == NULL)
    {
      self->routine_editor = UNKNOT_ROUTINE_EDITOR (unknot_routine_editor_new ());
      unknot_routine_editor_set_store (self->routine_editor, self->store);
      g_signal_connect_object (self->routine_editor, "finished",
                               G_CALLBACK (on_editor_finished), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->routine_editor, "changed",
                               G_CALLBACK (on_editor_changed), self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->detail_stack, GTK_WIDGET (self->routine_editor), "editor");
    }

  return self->routine_editor;
}

static void
on_plan_start (UnknotWindow  *self,
               UnknotRoutine *routine)
{
  _unknot_window_get_session_view (self);
  unknot_session_launcher_request (self->launcher, routine, FALSE);
}

static void
on_plan_finished (UnknotWindow  *self,
                  UnknotRoutine *routine)
{
  unknot_body_map_set_multi_select (self->body_map, FALSE);
  on_editor_finished (self, routine);
}

UnknotPlanPanel *
_unknot_window_get_plan_panel (UnknotWindow *self)
{
  if (self->plan_panel == NULL)
    {
      self->plan_panel = UNKNOT_PLAN_PANEL (unknot_plan_panel_new ());
      if (self->library != NULL)
        unknot_plan_panel_set_library (self->plan_panel, self->library);
      unknot_plan_panel_set_store (self->plan_panel, self->store);
      g_settings_bind (self->settings, "tools", self->plan_panel, "tools", G_SETTINGS_BIND_GET);
      g_object_bind_property (self->body_map, "picked", self->plan_panel, "picked",
                              G_BINDING_SYNC_CREATE);
      g_signal_connect_object (self->plan_panel, "start-routine", G_CALLBACK (on_plan_start),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->plan_panel, "finished", G_CALLBACK (on_plan_finished),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->detail_stack, GTK_WIDGET (self->plan_panel), "plan");
    }

  return self->plan_panel;
}

UnknotSessionView *
_unknot_window_get_session_view (UnknotWindow *self)
{
  if (self->session_view == NULL)
    {
      self->session_view = UNKNOT_SESSION_VIEW (unknot_session_view_new ());
      if (self->library != NULL)
        unknot_session_view_set_library (self->session_view, self->library);
      g_signal_connect_object (self->session_view, "ended", G_CALLBACK (on_session_ended),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->session_view), "session");
      unknot_session_launcher_set_view (self->launcher, self->session_view);
      _unknot_window_attach_history (self);
    }

  return self->session_view;
}

static void
on_progress_toast (UnknotWindow *self,
                   AdwToast     *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

/* Showing Progress opens the history, if a session has not already. */
UnknotProgressView *
_unknot_window_get_progress_view (UnknotWindow *self)
{
  if (self->progress_view == NULL)
    {
      self->progress_view = UNKNOT_PROGRESS_VIEW (unknot_progress_view_new ());
      g_signal_connect_object (self->progress_view, "toast", G_CALLBACK (on_progress_toast),
                               self, G_CONNECT_SWAPPED);
      adw_bin_set_child (self->progress_bin, GTK_WIDGET (self->progress_view));
      if (self->library != NULL)
        unknot_progress_view_set_library (self->progress_view, self->library);
      if (self->history_attached)
        unknot_progress_view_set_history (self->progress_view,
                                          unknot_store_get_history (self->store));
      else
        _unknot_window_attach_history (self);
    }

  return self->progress_view;
}
