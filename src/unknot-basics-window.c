/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-basics-view.h"
#include "unknot-basics-window.h"

/* "Foam Rolling Basics" from the main menu (F1) and from a caution's
 * "Learn More". */
struct _UnknotBasicsWindow
{
  AdwWindow         parent_instance;

  UnknotBasicsView *view;
};

G_DEFINE_FINAL_TYPE (UnknotBasicsWindow, unknot_basics_window, ADW_TYPE_WINDOW)

UnknotBasicsWindow *
unknot_basics_window_new (GtkWindow     *transient_for,
                          UnknotLibrary *library)
{
  UnknotBasicsWindow *self;

  g_return_val_if_fail (!transient_for || GTK_IS_WINDOW (transient_for), NULL);
  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), NULL);

  self = g_object_new (UNKNOT_TYPE_BASICS_WINDOW, "transient-for", transient_for, NULL);
  unknot_basics_view_set_library (self->view, library);

  return self;
}

/* "" is the top of the first page */
void
unknot_basics_window_show_page (UnknotBasicsWindow *self,
                                const char         *page_id)
{
  g_return_if_fail (UNKNOT_IS_BASICS_WINDOW (self));

  unknot_basics_view_show_page (self->view, page_id != NULL ? page_id : "");
}

static void
unknot_basics_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_BASICS_WINDOW);

  G_OBJECT_CLASS (unknot_basics_window_parent_class)->dispose (object);
}

static void
unknot_basics_window_class_init (UnknotBasicsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_basics_window_dispose;

  g_type_ensure (UNKNOT_TYPE_BASICS_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-basics-window.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotBasicsWindow, view);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
unknot_basics_window_init (UnknotBasicsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
