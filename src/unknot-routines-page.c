/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-muscle.h"
#include "unknot-routine-item.h"
#include "unknot-routines-page.h"
#include "unknot-tool.h"

/* The built-in routines and the user's own, each opening to its items
 * and a Start button. */
struct _UnknotRoutinesPage
{
  AdwBin                parent_instance;

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

static GtkWidget *
create_item_row (UnknotRoutineItem *item)
{
  UnknotTechnique *technique = unknot_routine_item_get_technique (item);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;
  const char *sides;

  sides = unknot_routine_item_get_n_sides (item) == 2 ? _("both sides")
          : unknot_routine_item_get_sides (item) == UNKNOT_SIDE_LEFT ? _("left side")
          : unknot_routine_item_get_sides (item) == UNKNOT_SIDE_RIGHT ? _("right side")
          : _("once");
  /* Translators: tool, sides, hold seconds and repetitions, e.g.
   * "Foam roller, both sides, 30 s × 2" */
  subtitle = g_strdup_printf (_("%s, %s, %u s × %u"),
                              unknot_tool_get_name (unknot_technique_get_tool (technique)),
                              sides, unknot_routine_item_get_hold (item),
                              unknot_routine_item_get_reps (item));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 unknot_muscle_get_name (unknot_technique_get_muscle (technique)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  return row;
}

static void
on_start_clicked (GtkButton          *button,
                  UnknotRoutinesPage *self)
{
  g_signal_emit (self, signals[START_ROUTINE], 0,
                 g_object_get_data (G_OBJECT (button), "routine"));
}

static void
on_expanded (AdwExpanderRow     *row,
             GParamSpec         *pspec,
             UnknotRoutinesPage *self)
{
  if (adw_expander_row_get_expanded (row))
    g_signal_emit (self, signals[ROUTINE_SELECTED], 0,
                   g_object_get_data (G_OBJECT (row), "routine"));
}

/* Print, Export PDF and Send to Client for this routine, acting by id. */
static GtkWidget *
create_handout_button (UnknotRoutine *routine)
{
  static const struct {
    const char *label;
    const char *action;
  } entries[] = {
    { N_("_Print Handout…"), "win.print" },
    { N_("_Export Handout as PDF…"), "win.export-pdf" },
    { N_("Send to _Client…"), "win.send-to-client" },
  };
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();
  g_autofree char *label = g_strdup_printf (_("Handout for %s"),
                                            unknot_routine_get_name (routine));
  g_autoptr(GVariant) id = g_variant_ref_sink (g_variant_new_string (unknot_routine_get_id (
                                                 routine)));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(entries[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, entries[i].action, id);
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "printer-symbolic");
  gtk_widget_set_tooltip_text (button, _("Print, export or send a handout"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static GtkWidget *
create_start_row (UnknotRoutinesPage *self,
                  UnknotRoutine      *routine)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Start Routine"));
  g_autofree char *label = g_strdup_printf (_("Start %s"), unknot_routine_get_name (routine));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unknot_routine_get_summary (routine));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_add_css_class (button, "pill");
  g_object_set_data_full (G_OBJECT (button), "routine", g_object_ref (routine), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_start_clicked), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_handout_button (routine));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static GtkWidget *
create_routine_row (gpointer item,
                    gpointer user_data)
{
  UnknotRoutinesPage *self = user_data;
  UnknotRoutine *routine = item;
  UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  GListModel *items = unknot_routine_get_items (routine);
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *subtitle = NULL;
  guint minutes = (unknot_routine_estimate_seconds (routine, &times) + 30) / 60;

  /* Translators: a routine's goal, then its length, e.g. "Before a workout · about 5 min" */
  subtitle = g_strdup_printf (_("%s · about %u min"), unknot_routine_get_goal (routine),
                              MAX (minutes, 1));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unknot_routine_get_name (routine));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "routine", g_object_ref (routine), g_object_unref);
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_expanded), self, 0);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_start_row (self, routine));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(UnknotRoutineItem) routine_item = g_list_model_get_item (items, i);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_item_row (routine_item));
    }

  return row;
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

void
unknot_routines_page_set_library (UnknotRoutinesPage *self,
                                  UnknotLibrary      *library)
{
  g_autoptr(GListModel) builtin = NULL;
  g_autoptr(GListModel) user = NULL;

  g_return_if_fail (UNKNOT_IS_ROUTINES_PAGE (self));
  g_return_if_fail (UNKNOT_IS_LIBRARY (library));

  builtin = filter_routines (library, FALSE);
  user = filter_routines (library, TRUE);
  gtk_list_box_bind_model (self->builtin_list, builtin, create_routine_row, self, NULL);
  gtk_list_box_bind_model (self->user_list, user, create_routine_row, self, NULL);
  gtk_list_box_set_placeholder (self->user_list, create_placeholder ());
}

static void
unknot_routines_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), UNKNOT_TYPE_ROUTINES_PAGE);

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
}

static void
unknot_routines_page_init (UnknotRoutinesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
