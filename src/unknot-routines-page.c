/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-muscle.h"
#include "unknot-routine-item.h"
#include "unknot-routine-row.h"
#include "unknot-routines-page.h"

/* The built-in routines and the user's own, each opening to its items
 * and a Start button. */
struct _UnknotRoutinesPage
{
  AdwBin                parent_instance;

  UnknotLibrary        *library;
  gboolean              bound;

  GtkListBox           *builtin_list;
  GtkListBox           *user_list;
  AdwPreferencesGroup  *user_group;
};

G_DEFINE_FINAL_TYPE (UnknotRoutinesPage, unknot_routines_page, ADW_TYPE_BIN)

enum {
  ROUTINE_SELECTED,
  START_ROUTINE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
unknot_routines_page_new (void)
{
  return g_object_new (UNKNOT_TYPE_ROUTINES_PAGE, NULL);
}

/* The muscles a routine works, in order and once each. */
GStrv
unknot_routine_dup_muscle_ids (UnknotRoutine *routine)
{
  GListModel *items = unknot_routine_get_items (routine);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (items, i);
      UnknotTechnique *technique = unknot_routine_item_get_technique (item);
      const char *id = unknot_muscle_get_id (unknot_technique_get_muscle (technique));

      if (g_hash_table_add (seen, (gpointer) id))
        g_strv_builder_add (builder, id);
    }

  return g_strv_builder_end (builder);
}

static void
on_expanded (UnknotRoutineRow   *row,
             GParamSpec         *pspec,
             UnknotRoutinesPage *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    g_signal_emit (self, signals[ROUTINE_SELECTED], 0, unknot_routine_row_get_routine (row));
}

static GtkWidget *
create_routine_row (gpointer item,
                    gpointer user_data)
{
  UnknotRoutinesPage *self = user_data;
  GtkWidget *row = unknot_routine_row_new (UNKNOT_ROUTINE (item));

  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_expanded), self, 0);

  return row;
}

/* Start buttons name their routine by id: routines.start::warm-up */
static void
unknot_routines_page_start_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (widget);
  UnknotRoutine *routine;

  if (self->library == NULL)
    return;

  routine = unknot_library_get_routine (self->library, g_variant_get_string (parameter, NULL));
  if (routine != NULL)
    g_signal_emit (self, signals[START_ROUTINE], 0, routine);
}

static gboolean
routine_is_user (gpointer item,
                 gpointer user_data)
{
  return unknot_routine_get_is_user (item) == GPOINTER_TO_INT (user_data);
}

static GListModel *
filter_routines (UnknotLibrary *library,
                 gboolean       user)
{
  GtkFilter *filter = GTK_FILTER (gtk_custom_filter_new (routine_is_user,
                                                         GINT_TO_POINTER (user), NULL));
  GListModel *routines = g_object_ref (unknot_library_get_routines (library));

  return G_LIST_MODEL (gtk_filter_list_model_new (routines, filter));
}

static GtkWidget *
create_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("Make a routine on the body map, or import a file"));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);

  return label;
}

/* The rows are made when the page is first shown, not at start-up. */
static void
unknot_routines_page_bind (UnknotRoutinesPage *self)
{
  g_autoptr(GListModel) builtin = NULL;
  g_autoptr(GListModel) user = NULL;

  if (self->bound || self->library == NULL)
    return;

  self->bound = TRUE;
  builtin = filter_routines (self->library, FALSE);
  user = filter_routines (self->library, TRUE);
  gtk_list_box_bind_model (self->builtin_list, builtin, create_routine_row, self, NULL);
  gtk_list_box_bind_model (self->user_list, user, create_routine_row, self, NULL);
  gtk_list_box_set_placeholder (self->user_list, create_placeholder ());
}

void
unknot_routines_page_set_library (UnknotRoutinesPage *self,
                                  UnknotLibrary      *library)
{
  g_return_if_fail (UNKNOT_IS_ROUTINES_PAGE (self));
  g_return_if_fail (UNKNOT_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  self->bound = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    unknot_routines_page_bind (self);
}

static void
unknot_routines_page_dispose (GObject *object)
{
  UnknotRoutinesPage *self = UNKNOT_ROUTINES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_ROUTINES_PAGE);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (unknot_routines_page_parent_class)->dispose (object);
}

static void
unknot_routines_page_class_init (UnknotRoutinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_routines_page_dispose;

  signals[ROUTINE_SELECTED] =
    g_signal_new ("routine-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, UNKNOT_TYPE_ROUTINE);
  signals[START_ROUTINE] =
    g_signal_new ("start-routine", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, UNKNOT_TYPE_ROUTINE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-routines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, builtin_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, user_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotRoutinesPage, user_group);

  gtk_widget_class_install_action (widget_class, "routines.start", "s",
                                   unknot_routines_page_start_action);
}

static void
unknot_routines_page_init (UnknotRoutinesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (unknot_routines_page_bind), NULL);
}
