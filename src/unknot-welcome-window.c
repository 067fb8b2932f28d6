/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "unknot-basics-view.h"
#include "unknot-column-layout.h"
#include "unknot-welcome-window.h"

/* The first launch: the Basics pages as a carousel, ending with the
 * safety sheet, whose "I Understand" is what lets the first session
 * start.  A page's widgets are built only when it or a neighbour is
 * shown, and the neighbours of the first page only once it is on screen,
 * so the first frame costs one page. */
struct _UnknotWelcomeWindow
{
  AdwWindow      parent_instance;

  UnknotLibrary *library;
  /* The pages in carousel order; the safety page is last (NULL when the
   * content has none, and only the acknowledgement is shown) */
  GPtrArray     *pages;
  /* One AdwBin per page, filled on demand */
  GPtrArray     *slots;
  guint          n_built;
  /* Neighbours are built once the first frame is on screen */
  gboolean       painted;
  guint          neighbours_id;
  /* Where the carousel is going, so that keys pressed during an animation add up */
  guint          target;

  AdwCarousel   *carousel;
  GtkWidget     *skip_button;
  GtkWidget     *next_button;
  GtkWidget     *acknowledge_button;
};

G_DEFINE_FINAL_TYPE (UnknotWelcomeWindow, unknot_welcome_window, ADW_TYPE_WINDOW)

enum {
  ACKNOWLEDGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define SAFETY_PAGE_ID "safety"

static void
on_acknowledge_clicked (UnknotWelcomeWindow *self)
{
  g_signal_emit (self, signals[ACKNOWLEDGED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

/* The button itself stays in view below the pages */
static GtkWidget *
create_acknowledgement (void)
{
  GtkWidget *label;

  label = gtk_label_new (_("Never roll a joint, your low back, your neck or your belly. "
                           "Stop if you feel sharp or shooting pain, numbness or tingling."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "basics-text");

  return label;
}

static GtkWidget *
create_page (UnknotWelcomeWindow *self,
             guint                index)
{
  UnknotBasicsPage *page = g_ptr_array_index (self->pages, index);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *column = adw_bin_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  /* Centred, the text is asked for its width at its height */
  gtk_widget_set_layout_manager (column, unknot_column_layout_new ());
  gtk_widget_set_valign (column, GTK_ALIGN_CENTER);
  adw_bin_set_child (ADW_BIN (column), box);

  if (page != NULL)
    gtk_box_append (GTK_BOX (box), unknot_basics_page_view_new (page, self->library));
  if (index == self->pages->len - 1)
    gtk_box_append (GTK_BOX (box), create_acknowledgement ());

  /* No tightening: the clamp measures and allocates the same width, so
   * the text is laid out for one width, not two */
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 700);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 700);
  adw_clamp_set_child (ADW_CLAMP (clamp), column);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_hexpand (scroller, TRUE);
  gtk_widget_set_vexpand (scroller, TRUE);

  return scroller;
}

static void
unknot_welcome_window_ensure_page (UnknotWelcomeWindow *self,
                                   guint                index)
{
  AdwBin *slot = g_ptr_array_index (self->slots, index);

  if (adw_bin_get_child (slot) != NULL)
    return;

  adw_bin_set_child (slot, create_page (self, index));
  self->n_built++;
}

/* The page in view and its neighbours, also while a swipe is between two */
static void
on_carousel_position (UnknotWelcomeWindow *self)
{
  double position = adw_carousel_get_position (self->carousel);
  guint first = position >= 1 ? (guint) floor (position) - 1 : 0;
  guint last = MIN ((guint) ceil (MAX (position, 0)) + 1, self->slots->len - 1);

  if (!self->painted)
    first = last = unknot_welcome_window_get_page (self);

  for (guint i = first; i <= last; i++)
    unknot_welcome_window_ensure_page (self, i);
}

static gboolean
unknot_welcome_window_build_neighbours (gpointer data)
{
  UnknotWelcomeWindow *self = data;

  self->neighbours_id = 0;
  on_carousel_position (self);

  return G_SOURCE_REMOVE;
}

static void
on_first_paint (GdkFrameClock       *clock,
                UnknotWelcomeWindow *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, self);
  self->painted = TRUE;
  if (self->neighbours_id == 0)
    self->neighbours_id = g_idle_add (unknot_welcome_window_build_neighbours, self);
}

static void
unknot_welcome_window_map (GtkWidget *widget)
{
  UnknotWelcomeWindow *self = UNKNOT_WELCOME_WINDOW (widget);

  GTK_WIDGET_CLASS (unknot_welcome_window_parent_class)->map (widget);

  if (!self->painted)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (on_first_paint), self, 0);
}

static void
unknot_welcome_window_update (UnknotWelcomeWindow *self)
{
  guint index = unknot_welcome_window_get_page (self);
  guint n_pages = self->slots->len;
  UnknotBasicsPage *page = g_ptr_array_index (self->pages, index);
  gboolean last = index + 1 >= n_pages;
  g_autofree char *title = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.previous", index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.next", !last);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.skip", !last);
  gtk_widget_set_visible (self->next_button, !last);
  gtk_widget_set_visible (self->skip_button, !last);
  gtk_widget_set_visible (self->acknowledge_button, last);

  /* Translators: the welcome window's title for window lists and screen
   * readers, e.g. "How to roll — Welcome to Unknot" */
  title = g_strdup_printf (_("%s — Welcome to Unknot"),
                           page != NULL ? unknot_basics_page_get_title (page) : _("Safety"));
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (last)
    gtk_widget_grab_focus (self->acknowledge_button);
}

static void
on_carousel_page_changed (UnknotWelcomeWindow *self,
                          guint                index)
{
  self->target = index;
  unknot_welcome_window_update (self);
}

static void
unknot_welcome_window_go_to (UnknotWelcomeWindow *self,
                             guint                index,
                             gboolean             animate)
{
  if (index >= self->slots->len)
    return;

  self->target = index;
  unknot_welcome_window_ensure_page (self, index);
  adw_carousel_scroll_to (self->carousel, g_ptr_array_index (self->slots, index), animate);
  if (!animate)
    unknot_welcome_window_update (self);
}

static void
unknot_welcome_window_next_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  UnknotWelcomeWindow *self = UNKNOT_WELCOME_WINDOW (widget);

  unknot_welcome_window_go_to (self, self->target + 1, TRUE);
}

static void
unknot_welcome_window_previous_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  UnknotWelcomeWindow *self = UNKNOT_WELCOME_WINDOW (widget);

  if (self->target > 0)
    unknot_welcome_window_go_to (self, self->target - 1, TRUE);
}

/* Straight to the safety page, without building the pages on the way */
static void
unknot_welcome_window_skip_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  unknot_welcome_window_show_safety (UNKNOT_WELCOME_WINDOW (widget));
}

void
unknot_welcome_window_show_safety (UnknotWelcomeWindow *self)
{
  g_return_if_fail (UNKNOT_IS_WELCOME_WINDOW (self));

  unknot_welcome_window_go_to (self, self->slots->len - 1, FALSE);
}

guint
unknot_welcome_window_get_page (UnknotWelcomeWindow *self)
{
  double position;

  g_return_val_if_fail (UNKNOT_IS_WELCOME_WINDOW (self), 0);

  position = round (adw_carousel_get_position (self->carousel));
  return (guint) CLAMP (position, 0, self->slots->len - 1);
}

guint
unknot_welcome_window_get_n_pages (UnknotWelcomeWindow *self)
{
  g_return_val_if_fail (UNKNOT_IS_WELCOME_WINDOW (self), 0);

  return self->slots->len;
}

/* How many pages have widgets: the start-up cost, for tests */
guint
unknot_welcome_window_get_n_built (UnknotWelcomeWindow *self)
{
  g_return_val_if_fail (UNKNOT_IS_WELCOME_WINDOW (self), 0);

  return self->n_built;
}

static void
unknot_welcome_window_set_library (UnknotWelcomeWindow *self,
                                   UnknotLibrary       *library)
{
  GListModel *basics = unknot_library_get_basics (library);
  UnknotBasicsPage *safety = unknot_library_get_basics_page (library, SAFETY_PAGE_ID);

  self->library = g_object_ref (library);

  for (guint i = 0; i < g_list_model_get_n_items (basics); i++)
    {
      g_autoptr(UnknotBasicsPage) page = g_list_model_get_item (basics, i);

      if (page != safety)
        g_ptr_array_add (self->pages, g_steal_pointer (&page));
    }
  g_ptr_array_add (self->pages, safety != NULL ? g_object_ref (safety) : NULL);

  for (guint i = 0; i < self->pages->len; i++)
    {
      GtkWidget *slot = adw_bin_new ();

      /* The carousel asks each page for its width at its height */
      gtk_widget_set_layout_manager (slot, unknot_column_layout_new ());
      gtk_widget_set_hexpand (slot, TRUE);
      gtk_widget_set_vexpand (slot, TRUE);
      adw_carousel_append (self->carousel, slot);
      g_ptr_array_add (self->slots, slot);
    }

  on_carousel_position (self);
  unknot_welcome_window_update (self);
}

UnknotWelcomeWindow *
unknot_welcome_window_new (GtkWindow     *transient_for,
                           UnknotLibrary *library)
{
  UnknotWelcomeWindow *self;

  g_return_val_if_fail (!transient_for || GTK_IS_WINDOW (transient_for), NULL);
  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), NULL);

  self = g_object_new (UNKNOT_TYPE_WELCOME_WINDOW, "transient-for", transient_for, NULL);
  unknot_welcome_window_set_library (self, library);

  return self;
}

static void
unknot_welcome_window_dispose (GObject *object)
{
  UnknotWelcomeWindow *self = UNKNOT_WELCOME_WINDOW (object);

  g_clear_handle_id (&self->neighbours_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), UNKNOT_TYPE_WELCOME_WINDOW);
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (unknot_welcome_window_parent_class)->dispose (object);
}

static void
add_key (GtkShortcutController *controller,
         guint                  keyval,
         const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                                          gtk_named_action_new (action)));
}

/* Left, Right and the page keys turn pages wherever the focus is, before
 * a button could take them to move the focus instead. */
static void
unknot_welcome_window_add_keys (UnknotWelcomeWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_key (shortcuts, GDK_KEY_Right, "welcome.next");
  add_key (shortcuts, GDK_KEY_Page_Down, "welcome.next");
  add_key (shortcuts, GDK_KEY_Left, "welcome.previous");
  add_key (shortcuts, GDK_KEY_Page_Up, "welcome.previous");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
unknot_welcome_window_class_init (UnknotWelcomeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_welcome_window_dispose;
  widget_class->map = unknot_welcome_window_map;

  signals[ACKNOWLEDGED] =
    g_signal_new ("acknowledged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/unknot-welcome-window.ui");
  gtk_widget_class_bind_template_child (widget_class, UnknotWelcomeWindow, carousel);
  gtk_widget_class_bind_template_child (widget_class, UnknotWelcomeWindow, skip_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotWelcomeWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, UnknotWelcomeWindow, acknowledge_button);
  gtk_widget_class_bind_template_callback (widget_class, on_acknowledge_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_carousel_position);
  gtk_widget_class_bind_template_callback (widget_class, on_carousel_page_changed);

  gtk_widget_class_install_action (widget_class, "welcome.next", NULL,
                                   unknot_welcome_window_next_action);
  gtk_widget_class_install_action (widget_class, "welcome.previous", NULL,
                                   unknot_welcome_window_previous_action);
  gtk_widget_class_install_action (widget_class, "welcome.skip", NULL,
                                   unknot_welcome_window_skip_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
unknot_welcome_window_init (UnknotWelcomeWindow *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_object_unref);
  self->slots = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  unknot_welcome_window_add_keys (self);
}
