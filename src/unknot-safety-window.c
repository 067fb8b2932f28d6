/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-caution.h"
#include "unknot-muscle-page.h"
#include "unknot-safety-window.h"

/* The contraindications and "not medical advice", shown before the
 * first session and from the main menu. */
struct _UnknotSafetyWindow
{
  AdwWindow   parent_instance;

  GtkListBox *cautions_list;
};

G_DEFINE_FINAL_TYPE (UnknotSafetyWindow, unknot_safety_window, ADW_TYPE_WINDOW)

enum {
  ACKNOWLEDGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_contraindication (gpointer item,
                     gpointer user_data)
{
  return unknot_caution_get_kind (item) == UNKNOT_CAUTION_KIND_CONTRAINDICATION;
}

static GtkWidget *
create_caution_row (gpointer item,
                    gpointer user_data)
{
  return unknot_caution_row_new (UNKNOT_CAUTION (item), NULL);
}

UnknotSafetyWindow *
unknot_safety_window_new (GtkWindow     *transient_for,
                          UnknotLibrary *library)
{
  UnknotSafetyWindow *self;
  g_autoptr(GtkFilterListModel) contraindications = NULL;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), NULL);

  self = g_object_new (UNKNOT_TYPE_SAFETY_WINDOW, "transient-for", transient_for, NULL);
  contraindications = gtk_filter_list_model_new (
    g_object_ref (unknot_library_get_cautions (library)),
    GTK_FILTER (gtk_custom_filter_new (is_contraindication, NULL, NULL)));
  gtk_list_box_bind_model (self->cautions_list, G_LIST_MODEL (contraindications),
                           create_caution_row, NULL, NULL);

  return self;
}

static void
on_acknowledge_clicked (UnknotSafetyWindow *self)
{
  g_signal_emit (self, signals[ACKNOWLEDGED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
unknot_safety_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_SAFETY_WINDOW);

  G_OBJECT_CLASS (unknot_safety_window_parent_class)->dispose (object);
}

static void
unknot_safety_window_class_init (UnknotSafetyWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_safety_window_dispose;

  signals[ACKNOWLEDGED] =
    g_signal_new ("acknowledged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-safety-window.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotSafetyWindow, cautions_list);
  gtk_widget_class_bind_template_callback (widget_class, on_acknowledge_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
unknot_safety_window_init (UnknotSafetyWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
