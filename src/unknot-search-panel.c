/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-muscle.h"
#include "unknot-search-panel.h"
#include "unknot-search-row.h"
#include "unknot-zone.h"

/* The searchable list beside the map: every muscle, then every no-roll
 * zone, filtered by everyday words as the person types. */
struct _UnknotSearchPanel
{
  AdwBin              parent_instance;

  char               *query;
  GtkCustomFilter    *filter;
  GtkFilterListModel *results;
  gboolean            bound;

  GtkListBox         *list;
};

G_DEFINE_FINAL_TYPE (UnknotSearchPanel, unknot_search_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_QUERY,
  N_PROPS
};

enum {
  CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
matches_query (gpointer item,
               gpointer user_data)
{
  UnknotSearchPanel *self = user_data;
  const char *query = self->query != NULL ? self->query : "";

  if (UNKNOT_IS_MUSCLE (item))
    return unknot_muscle_matches (item, query);

  return unknot_zone_matches (item, query);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return unknot_search_row_new (item);
}

/* Rows are made when the results are first shown, not at start-up. */
static void
unknot_search_panel_bind (UnknotSearchPanel *self)
{
  if (self->bound || self->results == NULL)
    return;

  self->bound = TRUE;
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->results), create_row, NULL, NULL);
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
}

void
unknot_search_panel_set_library (UnknotSearchPanel *self,
                                 UnknotLibrary     *library)
{
  g_autoptr(GListStore) sections = NULL;
  GtkFlattenListModel *all;

  g_return_if_fail (UNKNOT_IS_SEARCH_PANEL (self));
  g_return_if_fail (UNKNOT_IS_LIBRARY (library));

  sections = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (sections, library);
  g_list_store_append (sections, unknot_library_get_zones (library));
  all = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&sections)));

  g_clear_object (&self->results);
  self->results = gtk_filter_list_model_new (G_LIST_MODEL (all),
                                             GTK_FILTER (g_object_ref (self->filter)));
  self->bound = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    unknot_search_panel_bind (self);
}

const char *
unknot_search_panel_get_query (UnknotSearchPanel *self)
{
  g_return_val_if_fail (UNKNOT_IS_SEARCH_PANEL (self), NULL);

  return self->query != NULL ? self->query : "";
}

/* The best match stays selected, so Enter opens it. */
void
unknot_search_panel_set_query (UnknotSearchPanel *self,
                               const char        *query)
{
  g_return_if_fail (UNKNOT_IS_SEARCH_PANEL (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

guint
unknot_search_panel_get_n_results (UnknotSearchPanel *self)
{
  g_return_val_if_fail (UNKNOT_IS_SEARCH_PANEL (self), 0);

  return self->results != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->results)) : 0;
}

static void
on_row_activated (UnknotSearchPanel *self,
                  GtkListBoxRow     *row)
{
  g_autoptr(GObject) item = g_object_ref (unknot_search_row_get_item (UNKNOT_SEARCH_ROW (row)));

  g_signal_emit (self, signals[CHOSEN], 0, item);
}

/**
 * unknot_search_panel_activate_current:
 * @self: a search panel
 *
 * Chooses the selected result, or the first one.
 *
 * Returns: whether there was a result to choose
 */
gboolean
unknot_search_panel_activate_current (UnknotSearchPanel *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (UNKNOT_IS_SEARCH_PANEL (self), FALSE);

  unknot_search_panel_bind (self);
  row = gtk_list_box_get_selected_row (self->list);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list, 0);
  if (row == NULL)
    return FALSE;

  on_row_activated (self, row);
  return TRUE;
}

static void
unknot_search_panel_dispose (GObject *object)
{
  UnknotSearchPanel *self = UNKNOT_SEARCH_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_SEARCH_PANEL);
  g_clear_object (&self->results);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (unknot_search_panel_parent_class)->dispose (object);
}

static void
unknot_search_panel_finalize (GObject *object)
{
  UnknotSearchPanel *self = UNKNOT_SEARCH_PANEL (object);

  g_free (self->query);

  G_OBJECT_CLASS (unknot_search_panel_parent_class)->finalize (object);
}

static void
unknot_search_panel_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  UnknotSearchPanel *self = UNKNOT_SEARCH_PANEL (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_string (value, unknot_search_panel_get_query (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_search_panel_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  UnknotSearchPanel *self = UNKNOT_SEARCH_PANEL (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      unknot_search_panel_set_query (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_search_panel_class_init (UnknotSearchPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_search_panel_dispose;
  object_class->finalize = unknot_search_panel_finalize;
  object_class->get_property = unknot_search_panel_get_property;
  object_class->set_property = unknot_search_panel_set_property;

  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * UnknotSearchPanel::chosen:
   * @item: the #UnknotMuscle or #UnknotZone the person chose
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-search-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotSearchPanel, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
unknot_search_panel_init (UnknotSearchPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filter = gtk_custom_filter_new (matches_query, self, NULL);
  g_signal_connect (self, "map", G_CALLBACK (unknot_search_panel_bind), NULL);
}
