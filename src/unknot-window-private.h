/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "unknot-body-map.h"
#include "unknot-muscle-page.h"
#include "unknot-plan-panel.h"
#include "unknot-progress-view.h"
#include "unknot-routine-editor.h"
#include "unknot-routines-page.h"
#include "unknot-search-panel.h"
#include "unknot-session-launcher.h"
#include "unknot-session-view.h"
#include "unknot-window.h"
#include "unknot-zone-page.h"

G_BEGIN_DECLS

/* Shared by unknot-window.c (the window and its pages) and
 * unknot-window-actions.c (what the menu and the shortcuts do). */
struct _UnknotWindow
{
  AdwApplicationWindow   parent_instance;

  GSettings             *settings;
  UnknotStore           *store;
  UnknotLibrary         *library;   /* once the content is loaded */
  GCancellable          *cancellable;
  UnknotSessionLauncher *launcher;
  GtkNativeDialog       *chooser;
  GtkWindow             *basics;    /* weak */
  UnknotRoutine         *selected_routine;
  gboolean               building;
  gboolean               safety_shown;
  guint                  first_frame_id;
  guint                  help_overlay_id;
  gboolean               help_overlay_filled;

  AdwToastOverlay       *toast_overlay;
  GtkStack              *main_stack;
  AdwLeaflet            *leaflet;
  GtkSearchEntry        *search_entry;
  GtkStack              *left_stack;
  UnknotBodyMap         *body_map;
  GtkToggleButton       *front_button;
  GtkWidget             *content;
  AdwViewStack          *right_stack;
  AdwViewSwitcherTitle  *switcher_title;
  AdwViewSwitcherBar    *switcher_bar;
  GtkStack              *detail_stack;
  AdwBin                *routines_bin;
  AdwBin                *progress_bin;
  GtkMenuButton         *main_menu_button;
  GMenuModel            *primary_menu;
  gboolean               history_attached;

  /* Built on first use, so start-up neither makes nor styles them */
  UnknotMusclePage      *muscle_page;
  UnknotZonePage        *zone_page;
  UnknotRoutineEditor   *routine_editor;
  UnknotSessionView     *session_view;
  UnknotPlanPanel       *plan_panel;
  UnknotProgressView    *progress_view;
  UnknotRoutinesPage    *routines_page;
  UnknotSearchPanel     *search_panel;
};

void           _unknot_window_toast            (UnknotWindow   *self,
                                                const char     *text);
gboolean       _unknot_window_ensure_content   (UnknotWindow   *self);
void           _unknot_window_set_subject      (UnknotWindow   *self,
                                                const char     *subject);
void           _unknot_window_show_detail      (UnknotWindow   *self,
                                                const char     *page);
UnknotRoutine *_unknot_window_routine_for_page (UnknotWindow   *self);
void           _unknot_window_install_actions  (GtkWidgetClass *widget_class);
void           _unknot_window_show_muscle      (UnknotWindow   *self,
                                                UnknotMuscle   *muscle,
                                                UnknotSide      side);
void           _unknot_window_show_zone        (UnknotWindow   *self,
                                                UnknotZone     *zone);
UnknotMusclePage    *_unknot_window_get_muscle_page    (UnknotWindow *self);
UnknotZonePage      *_unknot_window_get_zone_page      (UnknotWindow *self);
UnknotRoutineEditor *_unknot_window_get_routine_editor (UnknotWindow *self);
UnknotSessionView   *_unknot_window_get_session_view   (UnknotWindow *self);
UnknotPlanPanel     *_unknot_window_get_plan_panel     (UnknotWindow *self);
UnknotProgressView  *_unknot_window_get_progress_view  (UnknotWindow *self);
void           _unknot_window_watch_start_up   (UnknotWindow   *self);
void           _unknot_window_watch_help_overlay      (UnknotWindow *self);
void           _unknot_window_fill_help_overlay_later (UnknotWindow *self);
void           _unknot_window_attach_history   (UnknotWindow   *self);

G_END_DECLS
