/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-basics-view.h"
#include "unknot-body-map.h"
#include "unknot-column-layout.h"
#include "unknot-muscle-page.h"

/* "Foam Rolling Basics" to read at leisure: every page of the <basics>
 * section, one after the other, in one scrolling column. */
struct _UnknotBasicsView
{
  AdwBin             parent_instance;

  UnknotLibrary     *library;
  /* The page to scroll to once the column has its size */
  char              *pending_page;

  GtkScrolledWindow *scroller;
  GtkBox            *pages_box;
};

G_DEFINE_FINAL_TYPE (UnknotBasicsView, unknot_basics_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LIBRARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
unknot_basics_view_new (void)
{
  return g_object_new (UNKNOT_TYPE_BASICS_VIEW, NULL);
}

static GtkWidget *
create_text_label (const char        *text,
                   const char        *css_class,
                   GtkAccessibleRole  role)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "label", text, "accessible-role", role, NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* A width in characters spares the measuring a search for one */
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

/* The dot is laid over the text's margin rather than beside it in a box:
 * a box allocating its children asks each for its width at the box's
 * height, which wrapping text answers by laying itself out at width after
 * width. */
static GtkWidget *
create_bullet (const char *text)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *dot = gtk_label_new ("•");
  GtkWidget *label = create_text_label (text, "basics-text", GTK_ACCESSIBLE_ROLE_LABEL);

  gtk_widget_set_halign (dot, GTK_ALIGN_START);
  gtk_widget_set_valign (dot, GTK_ALIGN_START);
  gtk_widget_add_css_class (dot, "basics-bullet");
  gtk_accessible_update_state (GTK_ACCESSIBLE (dot), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_margin_start (label, 22);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), label);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), dot);

  return overlay;
}

/* A column of text beside an illustration needs the same width whatever
 * its height: the row would otherwise ask it for its width at the row's
 * height, and each label in it would search for one. */
static GtkWidget *
create_column (GtkWidget *child)
{
  GtkWidget *column = adw_bin_new ();

  gtk_widget_set_layout_manager (column, unknot_column_layout_new ());
  gtk_widget_set_hexpand (column, TRUE);
  adw_bin_set_child (ADW_BIN (column), child);

  return column;
}

/* The contraindications a page names are shown as on the safety sheet. */
static GtkWidget *
create_contraindications (UnknotBasicsPage *page)
{
  GListModel *references = unknot_basics_page_get_references (page);
  GtkWidget *list = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr(GObject) target = g_list_model_get_item (references, i);

      if (!UNKNOT_IS_CAUTION (target) ||
          unknot_caution_get_kind (UNKNOT_CAUTION (target)) != UNKNOT_CAUTION_KIND_CONTRAINDICATION)
        continue;

      if (list == NULL)
        {
          list = gtk_list_box_new ();
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (list, "boxed-list");
          gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Ask a doctor first"), -1);
        }
      gtk_list_box_append (GTK_LIST_BOX (list), unknot_caution_row_new (UNKNOT_CAUTION (target), NULL));
    }

  return list;
}

/* The page's title, paragraphs, bullet lines and, when it names any, its
 * contraindications */
static GtkWidget *
create_section (UnknotBasicsPage *page)
{
  const char * const *paragraphs = unknot_basics_page_get_paragraphs (page);
  const char * const *bullets = unknot_basics_page_get_bullets (page);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *title = create_text_label (unknot_basics_page_get_title (page), "title-1",
                                        GTK_ACCESSIBLE_ROLE_HEADING);
  GtkWidget *contraindications;

  gtk_widget_add_css_class (box, "basics-section");
  gtk_box_append (GTK_BOX (box), title);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    gtk_box_append (GTK_BOX (box), create_text_label (paragraphs[i], "basics-text",
                                                      GTK_ACCESSIBLE_ROLE_LABEL));

  for (guint i = 0; bullets[i] != NULL; i++)
    gtk_box_append (GTK_BOX (box), create_bullet (bullets[i]));

  if ((contraindications = create_contraindications (page)) != NULL)
    gtk_box_append (GTK_BOX (box), contraindications);

  return box;
}

static void
on_front_toggled (UnknotBodyMap   *map,
                  GtkToggleButton *front)
{
  unknot_body_map_set_view (map, gtk_toggle_button_get_active (front) ? UNKNOT_VIEW_FRONT
                                                                      : UNKNOT_VIEW_BACK);
}

/* Beside the text the map shows one side of the body at a time.  Not
 * "Back": in the welcome that is the button to the previous page. */
static GtkWidget *
create_view_switch (UnknotBodyMap *map)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *front = gtk_toggle_button_new_with_label (_("Front View"));
  GtkWidget *back = gtk_toggle_button_new_with_label (_("Back View"));

  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (back), GTK_TOGGLE_BUTTON (front));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (front), TRUE);
  g_signal_connect_object (front, "toggled", G_CALLBACK (on_front_toggled), map,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (box, "linked");
  gtk_box_append (GTK_BOX (box), front);
  gtk_box_append (GTK_BOX (box), back);

  return box;
}

/* PICTURES: the technique pictures (data/techniques/<id>.svg and
 * UnknotTechniquePicture) go here when they land: "how-to-roll" would show
 * a technique with its rolling path (calves-roller), "choosing-tools" the
 * roller, the ball and the stick.  Until then those pages are text only. */
static GtkWidget *
create_illustration (UnknotBasicsPage *page,
                     UnknotLibrary    *library,
                     gboolean         *beside)
{
  const char *id = unknot_basics_page_get_id (page);
  GtkWidget *clamp;
  GtkWidget *box;
  GtkWidget *map;

  *beside = FALSE;

  if (g_str_equal (id, "what-it-is"))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("unknot-welcome");

      gtk_image_set_pixel_size (GTK_IMAGE (icon), 128);
      gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      return icon;
    }

  if (!g_str_equal (id, "never-roll-here"))
    return NULL;

  /* The map as in the main window, striped where one never rolls, but
   * only to look at; beside the text, where it can be tall */
  map = unknot_body_map_new ();
  unknot_body_map_set_library (UNKNOT_BODY_MAP (map), library);
  unknot_body_map_set_show_zones (UNKNOT_BODY_MAP (map), TRUE);
  gtk_widget_set_can_target (map, FALSE);
  gtk_widget_set_focusable (map, FALSE);
  /* Tall enough for one side of the body at a time, as the switch says */
  gtk_widget_set_size_request (map, -1, 440);
  gtk_widget_set_vexpand (map, TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), map);
  gtk_box_append (GTK_BOX (box), create_view_switch (UNKNOT_BODY_MAP (map)));

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 260);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 260);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  *beside = TRUE;

  return clamp;
}

/**
 * unknot_basics_page_view_new:
 * @page: a Basics page
 * @library: the library @page belongs to
 *
 * The page as the welcome and the Basics view show it: its picture, if it
 * has one, above or beside its text.
 *
 * Returns: (transfer floating): a new widget named after the page's id
 */
GtkWidget *
unknot_basics_page_view_new (UnknotBasicsPage *page,
                             UnknotLibrary    *library)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *row = box;
  GtkWidget *illustration;
  gboolean beside;

  g_return_val_if_fail (UNKNOT_IS_BASICS_PAGE (page), NULL);
  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), NULL);

  gtk_widget_set_name (box, unknot_basics_page_get_id (page));
  illustration = create_illustration (page, library, &beside);
  if (beside)
    {
      row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
      gtk_box_append (GTK_BOX (box), row);
    }
  if (illustration != NULL)
    gtk_box_append (GTK_BOX (row), illustration);
  gtk_box_append (GTK_BOX (row), beside ? create_column (create_section (page))
                                        : create_section (page));

  return box;
}

static void
unknot_basics_view_fill (UnknotBasicsView *self)
{
  GListModel *basics = unknot_library_get_basics (self->library);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box))) != NULL)
    gtk_box_remove (self->pages_box, child);

  for (guint i = 0; i < g_list_model_get_n_items (basics); i++)
    {
      g_autoptr(UnknotBasicsPage) page = g_list_model_get_item (basics, i);

      gtk_box_append (self->pages_box, unknot_basics_page_view_new (page, self->library));
    }
}

static GtkWidget *
find_section (UnknotBasicsView *self,
              const char       *page_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->pages_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_widget_get_name (child), page_id) == 0)
      return child;

  return NULL;
}

/* Scrolls once the sections have their heights, so on the first frame of
 * a new window too. */
static void
unknot_basics_view_scroll_to_pending (UnknotBasicsView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *section;
  double x, y;

  if (self->pending_page == NULL)
    return;

  section = find_section (self, self->pending_page);
  if (section == NULL ||
      gtk_widget_get_height (section) == 0 ||
      !gtk_widget_translate_coordinates (section, GTK_WIDGET (self->pages_box), 0, 0, &x, &y))
    return;

  g_clear_pointer (&self->pending_page, g_free);
  gtk_adjustment_set_value (adjustment, MAX (y - 12, 0));
  gtk_widget_child_focus (section, GTK_DIR_TAB_FORWARD);
}

void
unknot_basics_view_show_page (UnknotBasicsView *self,
                              const char       *page_id)
{
  g_return_if_fail (UNKNOT_IS_BASICS_VIEW (self));
  g_return_if_fail (page_id != NULL);

  if (page_id[0] == '\0')
    {
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
      return;
    }

  g_free (self->pending_page);
  self->pending_page = g_strdup (page_id);
  unknot_basics_view_scroll_to_pending (self);
}

UnknotLibrary *
unknot_basics_view_get_library (UnknotBasicsView *self)
{
  g_return_val_if_fail (UNKNOT_IS_BASICS_VIEW (self), NULL);

  return self->library;
}

void
unknot_basics_view_set_library (UnknotBasicsView *self,
                                UnknotLibrary    *library)
{
  g_return_if_fail (UNKNOT_IS_BASICS_VIEW (self));
  g_return_if_fail (!library || UNKNOT_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  if (library != NULL)
    unknot_basics_view_fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
}

static void
unknot_basics_view_dispose (GObject *object)
{
  UnknotBasicsView *self = UNKNOT_BASICS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_BASICS_VIEW);
  g_clear_object (&self->library);
  g_clear_pointer (&self->pending_page, g_free);

  G_OBJECT_CLASS (unknot_basics_view_parent_class)->dispose (object);
}

static void
unknot_basics_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  UnknotBasicsView *self = UNKNOT_BASICS_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_basics_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  UnknotBasicsView *self = UNKNOT_BASICS_VIEW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      unknot_basics_view_set_library (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_basics_view_class_init (UnknotBasicsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_basics_view_dispose;
  object_class->get_property = unknot_basics_view_get_property;
  object_class->set_property = unknot_basics_view_set_property;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, UNKNOT_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-basics-view.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotBasicsView, pages_box);
}

static void
unknot_basics_view_init (UnknotBasicsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Not a template child: AdwBin unparents its child itself */
  self->scroller = GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)));

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (unknot_basics_view_scroll_to_pending), self,
                           G_CONNECT_SWAPPED);
}
