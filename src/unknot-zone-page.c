/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-caution.h"
#include "unknot-muscle.h"
#include "unknot-zone-page.h"

/* Why an area is never rolled, and what to roll around it instead. */
struct _UnknotZonePage
{
  AdwBin         parent_instance;

  UnknotZone    *zone;

  GtkListBox    *instead_list;
};

G_DEFINE_FINAL_TYPE (UnknotZonePage, unknot_zone_page, ADW_TYPE_BIN)

enum {
  MUSCLE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
unknot_zone_page_new (void)
{
  return g_object_new (UNKNOT_TYPE_ZONE_PAGE, NULL);
}

static GtkWidget *
create_instead_row (gpointer item,
                    gpointer user_data)
{
  UnknotMuscle *muscle = item;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unknot_muscle_get_name (muscle));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), unknot_muscle_get_anatomical_name (muscle));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
on_instead_row_activated (UnknotZonePage *self,
                          GtkListBoxRow  *row)
{
  /* The rows are bound to the zone's list, in its order */
  g_autoptr(UnknotMuscle) muscle = g_list_model_get_item (unknot_zone_get_instead (self->zone),
                                                          gtk_list_box_row_get_index (row));

  g_return_if_fail (muscle != NULL);
  g_signal_emit (self, signals[MUSCLE_CHOSEN], 0, muscle);
}

UnknotZone *
unknot_zone_page_get_zone (UnknotZonePage *self)
{
  g_return_val_if_fail (UNKNOT_IS_ZONE_PAGE (self), NULL);

  return self->zone;
}

void
unknot_zone_page_set_zone (UnknotZonePage *self,
                           UnknotZone     *zone)
{
  g_autofree char *description = NULL;
  AdwStatusPage *status_page;
  UnknotCaution *caution;

  g_return_if_fail (UNKNOT_IS_ZONE_PAGE (self));
  g_return_if_fail (UNKNOT_IS_ZONE (zone));

  if (!g_set_object (&self->zone, zone))
    return;

  caution = unknot_zone_get_caution (zone);
  description = g_markup_printf_escaped ("<b>%s</b>\n%s", _("Never roll here."),
                                        unknot_caution_get_text (caution));
  /* The bin's own child is not bound: AdwBin unparents it itself. */
  status_page = ADW_STATUS_PAGE (adw_bin_get_child (ADW_BIN (self)));
  adw_status_page_set_title (status_page, unknot_zone_get_name (zone));
  adw_status_page_set_description (status_page, description);
  gtk_list_box_bind_model (self->instead_list, unknot_zone_get_instead (zone),
                           create_instead_row, NULL, NULL);
}

static void
unknot_zone_page_dispose (GObject *object)
{
  UnknotZonePage *self = UNKNOT_ZONE_PAGE (object);

  g_clear_object (&self->zone);
  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_ZONE_PAGE);

  G_OBJECT_CLASS (unknot_zone_page_parent_class)->dispose (object);
}

static void
unknot_zone_page_class_init (UnknotZonePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_zone_page_dispose;

  signals[MUSCLE_CHOSEN] =
    g_signal_new ("muscle-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, UNKNOT_TYPE_MUSCLE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-zone-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotZonePage, instead_list);
  gtk_widget_class_bind_template_callback (widget_class, on_instead_row_activated);
}

static void
unknot_zone_page_init (UnknotZonePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
