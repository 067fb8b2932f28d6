/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "unknot-application.h"

G_BEGIN_DECLS

void               test_init                  (int                *argc,
                                               char             ***argv);
UnknotApplication *test_app_new               (void);
UnknotApplication *test_app_new_with_id       (const char         *app_id,
                                               GApplicationFlags   flags);
GtkWindow         *test_app_get_window        (UnknotApplication  *app);
UnknotLibrary     *test_app_get_library       (UnknotApplication  *app);
void               test_app_quit              (UnknotApplication  *app);
gboolean           test_wait_for_mapped       (GtkWidget          *widget);
gboolean           test_wait_for_unmapped     (GtkWidget          *widget);
gboolean           test_wait_until            (gboolean          (*done) (gpointer),
                                               gpointer            data);
void               test_wait_for_subprocess   (GSubprocess        *subprocess);
GtkWindow         *test_find_toplevel         (const char         *type_name);
GtkWindow         *test_window_new_for        (GtkWidget          *child,
                                               int                 width,
                                               int                 height);
void               test_pointer_move          (GtkWidget          *widget,
                                               double              x,
                                               double              y);
void               test_pointer_click         (GtkWidget          *widget,
                                               double              x,
                                               double              y);
void               test_key                   (GtkWidget          *widget,
                                               const char         *keys);
void               test_iterate               (guint               msec);
gboolean           test_node_has              (GskRenderNode      *node,
                                               GskRenderNodeType   type,
                                               double              min_area);
GtkWidget         *test_show_routines         (GtkWindow          *window);
GtkWidget         *test_find_widget           (GtkWidget          *root,
                                               GType               type,
                                               const char         *label);

G_END_DECLS
