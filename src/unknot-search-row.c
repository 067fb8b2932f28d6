/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-muscle.h"
#include "unknot-search-row.h"
#include "unknot-types.h"
#include "unknot-zone.h"

/* One search result: a muscle, or a no-roll zone. */
struct _UnknotSearchRow
{
  AdwActionRow  parent_instance;

  GObject      *item;
};

G_DEFINE_FINAL_TYPE (UnknotSearchRow, unknot_search_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
unknot_search_row_show_item (UnknotSearchRow *self)
{
  AdwPreferencesRow *row = ADW_PREFERENCES_ROW (self);

  if (UNKNOT_IS_MUSCLE (self->item))
    {
      UnknotMuscle *muscle = UNKNOT_MUSCLE (self->item);
      g_autofree char *subtitle = NULL;

      subtitle = g_strdup_printf ("%s · %s", unknot_muscle_get_anatomical_name (muscle),
                                  unknot_body_group_get_label (unknot_muscle_get_group (muscle)));
      adw_preferences_row_set_title (row, unknot_muscle_get_name (muscle));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (self), "find-location-symbolic");
    }
  else
    {
      adw_preferences_row_set_title (row, unknot_zone_get_name (UNKNOT_ZONE (self->item)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), _("Never roll here"));
      adw_action_row_set_icon_name (ADW_ACTION_ROW (self), "action-unavailable-symbolic");
    }
}

static void
unknot_search_row_constructed (GObject *object)
{
  G_OBJECT_CLASS (unknot_search_row_parent_class)->constructed (object);

  unknot_search_row_show_item (UNKNOT_SEARCH_ROW (object));
}

static void
unknot_search_row_dispose (GObject *object)
{
  UnknotSearchRow *self = UNKNOT_SEARCH_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_SEARCH_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (unknot_search_row_parent_class)->dispose (object);
}

static void
unknot_search_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  UnknotSearchRow *self = UNKNOT_SEARCH_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_search_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  UnknotSearchRow *self = UNKNOT_SEARCH_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_search_row_class_init (UnknotSearchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = unknot_search_row_constructed;
  object_class->dispose = unknot_search_row_dispose;
  object_class->get_property = unknot_search_row_get_property;
  object_class->set_property = unknot_search_row_set_property;

  /* A muscle or a zone */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-search-row.ui");
}

static void
unknot_search_row_init (UnknotSearchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
unknot_search_row_new (GObject *item)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE (item) || UNKNOT_IS_ZONE (item), NULL);

  return g_object_new (UNKNOT_TYPE_SEARCH_ROW, "item", item, NULL);
}

GObject *
unknot_search_row_get_item (UnknotSearchRow *self)
{
  g_return_val_if_fail (UNKNOT_IS_SEARCH_ROW (self), NULL);

  return self->item;
}
