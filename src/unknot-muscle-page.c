/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-caution.h"
#include "unknot-muscle-page.h"
#include "unknot-technique-picture.h"
#include "unknot-tool.h"

struct _UnknotMusclePage
{
  AdwBin           parent_instance;

  UnknotLibrary   *library;
  UnknotMuscle    *muscle;
  UnknotTechnique *technique;
  guint            preferred_hold;
  guint            preferred_reps;

  GtkLabel        *name_label;
  GtkLabel        *anatomical_label;
  GtkLabel        *about_label;
  GtkBox          *tools_box;
  GtkDropDown     *sides_dropdown;
  GtkButton       *start_button;
  UnknotTechniquePicture *picture;
  GtkLabel        *position_label;
  GtkListBox      *steps_list;
  AdwActionRow    *hold_row;
  AdwActionRow    *reps_row;
  GtkLabel        *hold_value;
  GtkLabel        *reps_value;
  GtkListBox      *cautions_list;
  GtkLabel        *stretch_label;
};

G_DEFINE_FINAL_TYPE (UnknotMusclePage, unknot_muscle_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MUSCLE,
  PROP_TECHNIQUE,
  PROP_PREFERRED_HOLD,
  PROP_PREFERRED_REPS,
  N_PROPS
};

enum {
  START,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkWidget *
unknot_muscle_page_new (void)
{
  return g_object_new (UNKNOT_TYPE_MUSCLE_PAGE, NULL);
}

/* Steps are few, so a row finds its own number in the list. */
static GtkWidget *
create_step_row (gpointer item,
                 gpointer user_data)
{
  GListModel *steps = user_data;
  GtkStringObject *step = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *number;
  g_autofree char *text = NULL;
  guint position = 0;

  while (position < g_list_model_get_n_items (steps))
    {
      g_autoptr(GObject) other = g_list_model_get_item (steps, position);

      if (other == item)
        break;
      position++;
    }

  text = g_strdup_printf ("%u", position + 1);
  number = gtk_label_new (text);

  gtk_widget_add_css_class (number, "step-number");
  gtk_widget_set_valign (number, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_string_object_get_string (step));

  return row;
}

static const struct {
  const char *icon;
  const char *icon_class;
  const char *row_class;
  const char *label;
} severity_looks[] = {
  [UNKNOT_SEVERITY_INFO] = {
    "dialog-information-symbolic", "accent", "severity-info", NC_("severity", "Good to know") },
  [UNKNOT_SEVERITY_WARNING] = {
    "dialog-warning-symbolic", "warning", "severity-warning", NC_("severity", "Take care") },
  [UNKNOT_SEVERITY_STOP] = {
    "action-unavailable-symbolic", "error", "severity-stop", NC_("severity", "Stop") },
};

static GtkWidget *
caution_label_new (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

/* Severity is shown three ways: a coloured icon, a coloured bar and a
 * spoken word; the text stays in the full foreground colour.
 *
 * Not an AdwActionRow: a horizontal GtkBox measures each wrapping label's
 * width for every height it is offered, a binary search that shapes the
 * whole text again at each step. On the safety sheet that was most of
 * the cost of its first frame. The text stands in a vertical box, asked
 * only for its height at a width, with the icon laid over its margin. */
GtkWidget *
unknot_caution_row_new (UnknotCaution *caution,
                        GtkWidget     *extra)
{
  UnknotSeverity severity = unknot_caution_get_severity (caution);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_looks[severity].icon);
  const char *label = g_dpgettext2 (GETTEXT_PACKAGE, "severity", severity_looks[severity].label);

  gtk_widget_add_css_class (icon, severity_looks[severity].icon_class);
  gtk_widget_set_tooltip_text (icon, label);
  gtk_widget_set_halign (icon, GTK_ALIGN_START);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (GTK_BOX (text),
                  caution_label_new (unknot_caution_get_title (caution), "caution-title"));
  gtk_box_append (GTK_BOX (text),
                  caution_label_new (unknot_caution_get_text (caution), "caution-text"));
  if (extra != NULL)
    gtk_box_append (GTK_BOX (text), extra);
  /* The icon's room, on the side where lines start in any direction */
  gtk_widget_set_margin_start (text, 34);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), text);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), icon);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), overlay);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "caution");
  gtk_widget_add_css_class (row, severity_looks[severity].row_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, unknot_caution_get_title (caution),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  unknot_caution_get_text (caution),
                                  -1);

  return row;
}

/* "Learn More" opens the Basics page that explains the caution. */
static GtkWidget *
create_learn_more (UnknotCaution    *caution,
                   UnknotBasicsPage *page)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Learn More"));
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;

  /* Translators: what a screen reader says for "Learn More" beside a caution */
  label = g_strdup_printf (_("Learn more: %s"), unknot_caution_get_title (caution));
  /* Translators: %s is the title of a page of Foam Rolling Basics */
  tooltip = g_strdup_printf (_("Read “%s” in Foam Rolling Basics"),
                             unknot_basics_page_get_title (page));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "learn-more");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.basics");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                    unknot_basics_page_get_id (page));
  return button;
}

static GtkWidget *
create_caution_row (gpointer item,
                    gpointer user_data)
{
  UnknotMusclePage *self = user_data;
  UnknotBasicsPage *page = NULL;

  if (self->library != NULL)
    page = unknot_library_find_basics_page (self->library, UNKNOT_CAUTION (item));

  return unknot_caution_row_new (UNKNOT_CAUTION (item),
                                 page != NULL ? create_learn_more (UNKNOT_CAUTION (item), page)
                                              : NULL);
}


static guint
clamp_to (guint preferred,
          guint min,
          guint max)
{
  return preferred == 0 ? min : CLAMP (preferred, min, max);
}

guint
unknot_muscle_page_get_hold (UnknotMusclePage *self)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE_PAGE (self), 0);
  g_return_val_if_fail (self->technique != NULL, 0);

  return clamp_to (self->preferred_hold, unknot_technique_get_hold_min (self->technique),
                   unknot_technique_get_hold_max (self->technique));
}

guint
unknot_muscle_page_get_reps (UnknotMusclePage *self)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE_PAGE (self), 0);
  g_return_val_if_fail (self->technique != NULL, 0);

  return clamp_to (self->preferred_reps, unknot_technique_get_reps_min (self->technique),
                   unknot_technique_get_reps_max (self->technique));
}

static void
unknot_muscle_page_update_dose (UnknotMusclePage *self)
{
  g_autofree char *hold = NULL;
  g_autofree char *hold_range = NULL;
  g_autofree char *reps = NULL;
  g_autofree char *reps_range = NULL;
  UnknotTechnique *t = self->technique;

  if (t == NULL)
    return;

  /* Translators: a number of seconds */
  hold = g_strdup_printf (_("%u s"), unknot_muscle_page_get_hold (self));
  /* Translators: the range of hold times the guidance gives */
  hold_range = g_strdup_printf (_("Guidance: %u to %u seconds, until the tenderness eases"),
                                unknot_technique_get_hold_min (t),
                                unknot_technique_get_hold_max (t));
  reps = g_strdup_printf ("%u", unknot_muscle_page_get_reps (self));
  reps_range = g_strdup_printf (_("Guidance: %u to %u holds; no more than 90 seconds of "
                                  "holding on one muscle group"),
                                unknot_technique_get_reps_min (t),
                                unknot_technique_get_reps_max (t));

  adw_action_row_set_subtitle (self->hold_row, hold_range);
  adw_action_row_set_subtitle (self->reps_row, reps_range);
  gtk_label_set_text (self->hold_value, hold);
  gtk_label_set_text (self->reps_value, reps);
}

/* The pictures show the right side; "Left side" shows their mirror. */
static void
on_sides_changed (UnknotMusclePage *self)
{
  unknot_technique_picture_set_mirrored (self->picture,
                                         unknot_muscle_page_get_sides (self) == UNKNOT_SIDE_LEFT);
}

static void
unknot_muscle_page_show_technique (UnknotMusclePage *self,
                                   UnknotTechnique  *technique)
{
  g_autoptr(GListModel) steps = NULL;
  const char *stretch;

  if (!g_set_object (&self->technique, technique))
    return;

  steps = G_LIST_MODEL (gtk_string_list_new (unknot_technique_get_steps (technique)));
  unknot_technique_picture_set_technique (self->picture, technique);
  gtk_label_set_text (self->position_label, unknot_technique_get_position (technique));
  gtk_list_box_bind_model (self->steps_list, steps, create_step_row, steps, NULL);
  gtk_list_box_bind_model (self->cautions_list, unknot_technique_get_cautions (technique),
                           create_caution_row, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->sides_dropdown),
                          unknot_technique_get_per_side (technique));

  stretch = unknot_technique_get_stretch (technique);
  gtk_label_set_text (self->stretch_label, stretch != NULL ? stretch : "");
  gtk_widget_set_visible (gtk_widget_get_parent (gtk_widget_get_parent (
                            gtk_widget_get_parent (GTK_WIDGET (self->stretch_label)))),
                          stretch != NULL);

  unknot_muscle_page_update_dose (self);
  on_sides_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TECHNIQUE]);
}

/* The tool buttons are in the order of the muscle's techniques. */
static void
on_tool_toggled (GtkToggleButton  *button,
                 UnknotMusclePage *self)
{
  g_autoptr(UnknotTechnique) technique = NULL;
  guint position = 0;

  if (!gtk_toggle_button_get_active (button))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->tools_box));
       child != GTK_WIDGET (button);
       child = gtk_widget_get_next_sibling (child))
    position++;

  technique = g_list_model_get_item (unknot_muscle_get_techniques (self->muscle), position);
  unknot_muscle_page_show_technique (self, technique);
}

static void
unknot_muscle_page_fill_tools (UnknotMusclePage *self)
{
  GListModel *techniques = unknot_muscle_get_techniques (self->muscle);
  GtkToggleButton *first = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tools_box))) != NULL)
    gtk_box_remove (self->tools_box, child);

  for (guint i = 0; i < g_list_model_get_n_items (techniques); i++)
    {
      g_autoptr(UnknotTechnique) technique = g_list_model_get_item (techniques, i);
      GtkWidget *button;

      button = gtk_toggle_button_new_with_label (
        unknot_tool_get_name (unknot_technique_get_tool (technique)));
      gtk_widget_set_tooltip_text (button, unknot_tool_get_description (
                                     unknot_technique_get_tool (technique)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      unknot_tool_get_name (unknot_technique_get_tool (technique)),
                                      -1);
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      g_signal_connect_object (button, "toggled", G_CALLBACK (on_tool_toggled), self, 0);
      gtk_box_append (self->tools_box, button);
      if (first == NULL)
        first = GTK_TOGGLE_BUTTON (button);
    }

  g_clear_object (&self->technique);
  if (first != NULL)
    gtk_toggle_button_set_active (first, TRUE);
}

UnknotMuscle *
unknot_muscle_page_get_muscle (UnknotMusclePage *self)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE_PAGE (self), NULL);

  return self->muscle;
}

/* Where the cautions' "Learn More" finds its Basics page */
void
unknot_muscle_page_set_library (UnknotMusclePage *self,
                                UnknotLibrary    *library)
{
  g_return_if_fail (UNKNOT_IS_MUSCLE_PAGE (self));
  g_return_if_fail (!library || UNKNOT_IS_LIBRARY (library));

  g_set_object (&self->library, library);
}

void
unknot_muscle_page_set_muscle (UnknotMusclePage *self,
                               UnknotMuscle     *muscle,
                               UnknotSide        side)
{
  GtkScrolledWindow *scroller;

  g_return_if_fail (UNKNOT_IS_MUSCLE_PAGE (self));
  g_return_if_fail (UNKNOT_IS_MUSCLE (muscle));

  /* A click on one side still rolls both by default; the side clicked
   * is what the menu offers first after "Both sides". */
  gtk_drop_down_set_selected (self->sides_dropdown, 0);
  g_set_object (&self->muscle, muscle);

  gtk_label_set_text (self->name_label, unknot_muscle_get_name (muscle));
  if (side == UNKNOT_SIDE_LEFT || side == UNKNOT_SIDE_RIGHT)
    {
      g_autofree char *text = g_strdup_printf ("%s · %s",
                                               unknot_muscle_get_anatomical_name (muscle),
                                               unknot_side_get_label (side));

      gtk_label_set_text (self->anatomical_label, text);
    }
  else
    gtk_label_set_text (self->anatomical_label, unknot_muscle_get_anatomical_name (muscle));
  gtk_label_set_text (self->about_label, unknot_muscle_get_about (muscle));
  gtk_widget_set_visible (GTK_WIDGET (self->about_label),
                          unknot_muscle_get_about (muscle) != NULL);
  unknot_muscle_page_fill_tools (self);
  /* The bin's own child is not bound: AdwBin unparents it itself. */
  scroller = GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUSCLE]);
}

UnknotTechnique *
unknot_muscle_page_get_technique (UnknotMusclePage *self)
{
  g_return_val_if_fail (UNKNOT_IS_MUSCLE_PAGE (self), NULL);

  return self->technique;
}

UnknotSide
unknot_muscle_page_get_sides (UnknotMusclePage *self)
{
  static const UnknotSide choices[] = { UNKNOT_SIDE_BOTH, UNKNOT_SIDE_LEFT, UNKNOT_SIDE_RIGHT };
  guint selected;

  g_return_val_if_fail (UNKNOT_IS_MUSCLE_PAGE (self), UNKNOT_SIDE_BOTH);

  if (self->technique != NULL && !unknot_technique_get_per_side (self->technique))
    return UNKNOT_SIDE_BOTH;

  selected = gtk_drop_down_get_selected (self->sides_dropdown);

  return selected < G_N_ELEMENTS (choices) ? choices[selected] : UNKNOT_SIDE_BOTH;
}

void
unknot_muscle_page_focus_start (UnknotMusclePage *self)
{
  g_return_if_fail (UNKNOT_IS_MUSCLE_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
}

static void
on_start_clicked (UnknotMusclePage *self)
{
  if (self->technique != NULL)
    g_signal_emit (self, signals[START], 0);
}

static void
unknot_muscle_page_dispose (GObject *object)
{
  UnknotMusclePage *self = UNKNOT_MUSCLE_PAGE (object);

  g_clear_object (&self->technique);
  g_clear_object (&self->muscle);
  g_clear_object (&self->library);
  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_MUSCLE_PAGE);

  G_OBJECT_CLASS (unknot_muscle_page_parent_class)->dispose (object);
}

static void
unknot_muscle_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  UnknotMusclePage *self = UNKNOT_MUSCLE_PAGE (object);

  switch (prop_id)
    {
    case PROP_MUSCLE:
      g_value_set_object (value, self->muscle);
      break;

    case PROP_TECHNIQUE:
      g_value_set_object (value, self->technique);
      break;

    case PROP_PREFERRED_HOLD:
      g_value_set_uint (value, self->preferred_hold);
      break;

    case PROP_PREFERRED_REPS:
      g_value_set_uint (value, self->preferred_reps);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_muscle_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  UnknotMusclePage *self = UNKNOT_MUSCLE_PAGE (object);
  guint *field;

  switch (prop_id)
    {
    case PROP_PREFERRED_HOLD:
    case PROP_PREFERRED_REPS:
      field = prop_id == PROP_PREFERRED_HOLD ? &self->preferred_hold : &self->preferred_reps;
      if (*field == g_value_get_uint (value))
        return;
      *field = g_value_get_uint (value);
      unknot_muscle_page_update_dose (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_muscle_page_class_init (UnknotMusclePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_muscle_page_dispose;
  object_class->get_property = unknot_muscle_page_get_property;
  object_class->set_property = unknot_muscle_page_set_property;

  properties[PROP_MUSCLE] =
    g_param_spec_object ("muscle", NULL, NULL, UNKNOT_TYPE_MUSCLE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TECHNIQUE] =
    g_param_spec_object ("technique", NULL, NULL, UNKNOT_TYPE_TECHNIQUE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREFERRED_HOLD] =
    g_param_spec_uint ("preferred-hold", NULL, NULL, 0, 120, 30,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREFERRED_REPS] =
    g_param_spec_uint ("preferred-reps", NULL, NULL, 0, 10, 2,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[START] = g_signal_new ("start", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (UNKNOT_TYPE_TECHNIQUE_PICTURE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-muscle-page.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, anatomical_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, about_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, tools_box);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, sides_dropdown);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, start_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, picture);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, position_label);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, steps_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, hold_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, reps_row);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, hold_value);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, reps_value);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, cautions_list);
  gtk_widget_class_bind_template_child (widget_class, UnknotMusclePage, stretch_label);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_sides_changed);
}

static void
unknot_muscle_page_init (UnknotMusclePage *self)
{
  self->preferred_hold = 30;
  self->preferred_reps = 2;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Natural heights in the scroller, so the picture keeps its aspect */
  gtk_scrollable_set_vscroll_policy (GTK_SCROLLABLE (gtk_scrolled_window_get_child (
                                       GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self))))),
                                     GTK_SCROLL_NATURAL);
}
