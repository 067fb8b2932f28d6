/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-content-loader.h"
#include "unknot-basics-view.h"
#include "unknot-basics-window.h"
#include "unknot-body-map.h"
#include "unknot-column-layout.h"
#include "unknot-muscle-page.h"
#include "unknot-welcome-window.h"
#include "test-utils.h"

/* The carousel's page animation, with room for a slow machine */
#define TURN_MSEC 700

typedef struct {
  UnknotLibrary       *library;
  UnknotWelcomeWindow *window;
  guint                n_acknowledged;
} Fixture;

static void
on_acknowledged (Fixture *f)
{
  f->n_acknowledged++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->library = unknot_library_new ();
  g_assert_true (unknot_content_load_builtin (f->library, &error));
  g_assert_no_error (error);

  f->window = unknot_welcome_window_new (NULL, f->library);
  g_object_ref_sink (f->window);
  g_signal_connect_swapped (f->window, "acknowledged", G_CALLBACK (on_acknowledged), f);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (f->window)));
  test_iterate (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->window);
  test_iterate (50);
  g_assert_finalize_object (f->library);
}

static gboolean
has_body_map (Fixture *f)
{
  return test_find_widget (GTK_WIDGET (f->window), UNKNOT_TYPE_BODY_MAP, NULL) != NULL;
}

static GtkWidget *
acknowledge_button (Fixture *f)
{
  GtkWidget *button = test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_BUTTON,
                                        "_I Understand");

  g_assert_nonnull (button);
  return button;
}

/* Only the first page and its neighbour exist at first: the start-up cost
 * of the first launch is two pages of labels, not a body map. */
static void
test_lazy_pages (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_cmpuint (unknot_welcome_window_get_n_pages (f->window), ==, 6);
  g_assert_cmpuint (unknot_welcome_window_get_page (f->window), ==, 0);
  g_assert_cmpuint (unknot_welcome_window_get_n_built (f->window), ==, 2);
  g_assert_false (has_body_map (f));
  g_assert_false (gtk_widget_get_visible (acknowledge_button (f)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==,
                   "What foam rolling is — Welcome to Unknot");
}

/* The first frame lays out the first page alone; its neighbour follows
 * once that frame is on screen. */
static void
test_neighbours_after_first_frame (void)
{
  g_autoptr(GError) error = NULL;
  UnknotLibrary *library = unknot_library_new ();
  UnknotWelcomeWindow *window;

  g_assert_true (unknot_content_load_builtin (library, &error));
  window = unknot_welcome_window_new (NULL, library);
  g_assert_cmpuint (unknot_welcome_window_get_n_built (window), ==, 1);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpuint (unknot_welcome_window_get_n_built (window), ==, 1);

  g_assert_true (test_wait_for_mapped (GTK_WIDGET (window)));
  test_iterate (100);
  g_assert_cmpuint (unknot_welcome_window_get_n_built (window), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
  test_iterate (50);
  g_assert_finalize_object (library);
}

static GtkWidget *
wrapping_label (void)
{
  GtkWidget *label = gtk_label_new ("Roll slowly along the muscle, stop on a tender spot and "
                                    "breathe out while you hold it.");

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);

  return label;
}

/* A column of wrapping text is as wide at any height as it is at none,
 * where the text on its own would search for the width that fits it in
 * that height. */
static void
test_column_width_alone (void)
{
  GtkWidget *column = adw_bin_new ();
  GtkWidget *label = wrapping_label ();
  GtkWindow *window;
  int min, nat, min_at, nat_at;

  g_object_ref_sink (label);
  gtk_widget_set_layout_manager (column, unknot_column_layout_new ());
  adw_bin_set_child (ADW_BIN (column), wrapping_label ());
  window = test_window_new_for (column, 400, 300);

  g_assert_cmpint (gtk_widget_get_request_mode (column), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  gtk_widget_measure (column, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  gtk_widget_measure (column, GTK_ORIENTATION_HORIZONTAL, 30, &min_at, &nat_at, NULL, NULL);
  g_assert_cmpint (min, >, 0);
  g_assert_cmpint (min_at, ==, min);
  g_assert_cmpint (nat_at, ==, nat);

  /* The text alone, asked the same, answers with the width of one line */
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, 30, &min_at, NULL, NULL, NULL);
  g_assert_cmpint (min_at, >, min);

  /* It still lays out its child at its own size, and is as tall as the
   * text at that width */
  gtk_widget_measure (column, GTK_ORIENTATION_VERTICAL, min, &min_at, NULL, NULL, NULL);
  gtk_widget_measure (adw_bin_get_child (ADW_BIN (column)), GTK_ORIENTATION_VERTICAL, min,
                      &nat_at, NULL, NULL, NULL);
  g_assert_cmpint (min_at, ==, nat_at);
  g_assert_cmpint (gtk_widget_get_width (adw_bin_get_child (ADW_BIN (column))), ==,
                   gtk_widget_get_width (column));

  gtk_window_destroy (window);
  g_object_unref (label);
}

static void
press (Fixture    *f,
       const char *key)
{
  test_key (GTK_WIDGET (f->window), key);
  test_iterate (TURN_MSEC);
}

static void
test_keys_turn_pages (Fixture       *f,
                      gconstpointer  data)
{
  /* The no-roll page, and its map, are built once its neighbour is in view */
  press (f, "Right");
  g_assert_cmpuint (unknot_welcome_window_get_page (f->window), ==, 1);
  g_assert_true (has_body_map (f));
  g_assert_cmpuint (unknot_welcome_window_get_n_built (f->window), ==, 3);

  press (f, "Page_Down");
  g_assert_cmpuint (unknot_welcome_window_get_page (f->window), ==, 2);
  g_assert_cmpuint (unknot_welcome_window_get_n_built (f->window), ==, 4);

  press (f, "Left");
  g_assert_cmpuint (unknot_welcome_window_get_page (f->window), ==, 1);
  press (f, "Page_Up");
  g_assert_cmpuint (unknot_welcome_window_get_page (f->window), ==, 0);
  press (f, "Left");
  g_assert_cmpuint (unknot_welcome_window_get_page (f->window), ==, 0);

  /* Keys pressed faster than the animation still count */
  test_key (GTK_WIDGET (f->window), "Right Right Right");
  test_iterate (TURN_MSEC);
  g_assert_cmpuint (unknot_welcome_window_get_page (f->window), ==, 3);
}

/* Skip: to the sheet, building nothing on the way; only its button tells
 * the window the sheet was acknowledged. */
static void
test_skip_to_safety (Fixture       *f,
                     gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "welcome.skip", NULL);
  test_iterate (100);

  g_assert_cmpuint (unknot_welcome_window_get_page (f->window), ==, 5);
  g_assert_false (has_body_map (f));
  g_assert_cmpuint (unknot_welcome_window_get_n_built (f->window), ==, 4);
  g_assert_nonnull (test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL,
                                      "Congestive heart failure"));
  g_assert_true (gtk_widget_get_visible (acknowledge_button (f)));
  g_assert_false (gtk_widget_get_visible (test_find_widget (GTK_WIDGET (f->window),
                                                            GTK_TYPE_BUTTON, "_Next")));
  g_assert_cmpuint (f->n_acknowledged, ==, 0);

  press (f, "Right");
  g_assert_cmpuint (unknot_welcome_window_get_page (f->window), ==, 5);

  g_signal_emit_by_name (acknowledge_button (f), "clicked");
  test_iterate (50);
  g_assert_cmpuint (f->n_acknowledged, ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window)));
}

static void
test_escape_does_not_acknowledge (Fixture       *f,
                                  gconstpointer  data)
{
  press (f, "Escape");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_cmpuint (f->n_acknowledged, ==, 0);
}

/* The Basics window opens at the page a "Learn More" asks for. */
static void
test_basics_window_pages (void)
{
  g_autoptr(GError) error = NULL;
  UnknotLibrary *library = unknot_library_new ();
  UnknotBasicsWindow *window;
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  UnknotBodyMap *map;

  g_assert_true (unknot_content_load_builtin (library, &error));
  window = unknot_basics_window_new (NULL, library);
  unknot_basics_window_show_page (window, "choosing-tools");
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (window)));
  test_iterate (200);

  scroller = GTK_SCROLLED_WINDOW (test_find_widget (GTK_WIDGET (window),
                                                    GTK_TYPE_SCROLLED_WINDOW, NULL));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 400);
  g_assert_nonnull (test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Choosing a tool"));

  unknot_basics_window_show_page (window, "");
  test_iterate (50);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  /* The no-roll page's map shows the back when asked to */
  map = UNKNOT_BODY_MAP (test_find_widget (GTK_WIDGET (window), UNKNOT_TYPE_BODY_MAP, NULL));
  g_assert_nonnull (map);
  g_assert_cmpint (unknot_body_map_get_view (map), ==, UNKNOT_VIEW_FRONT);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (test_find_widget (GTK_WIDGET (window),
                                                                     GTK_TYPE_TOGGLE_BUTTON,
                                                                     "Back View")), TRUE);
  g_assert_cmpint (unknot_body_map_get_view (map), ==, UNKNOT_VIEW_BACK);

  gtk_window_destroy (GTK_WINDOW (window));
  test_iterate (50);
  g_assert_finalize_object (library);
}

/* Every caution on a muscle page links to the page that explains it. */
static void
test_learn_more (void)
{
  g_autoptr(GError) error = NULL;
  UnknotLibrary *library = unknot_library_new ();
  UnknotMusclePage *page;
  GtkWindow *window;
  GtkWidget *list;
  guint n_links = 0;

  g_assert_true (unknot_content_load_builtin (library, &error));
  page = UNKNOT_MUSCLE_PAGE (unknot_muscle_page_new ());
  unknot_muscle_page_set_library (page, library);
  unknot_muscle_page_set_muscle (page, unknot_library_get_muscle (library, "calves"),
                                 UNKNOT_SIDE_BOTH);
  window = test_window_new_for (GTK_WIDGET (page), 600, 800);

  list = gtk_widget_get_parent (gtk_widget_get_ancestor (
                                  test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                                    "Roll slowly"),
                                  GTK_TYPE_LIST_BOX_ROW));
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row), n_links++)
    {
      GtkWidget *button = test_find_widget (row, GTK_TYPE_BUTTON, "_Learn More");
      GVariant *target;

      g_assert_nonnull (button);
      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                       "win.basics");
      target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
      g_assert_nonnull (unknot_library_get_basics_page (library,
                                                        g_variant_get_string (target, NULL)));
      if (test_find_widget (row, GTK_TYPE_LABEL, "Roll slowly") != NULL)
        g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "how-to-roll");
      if (test_find_widget (row, GTK_TYPE_LABEL, "Don’t roll over your knee") != NULL)
        g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "never-roll-here");
    }
  g_assert_cmpuint (n_links, ==, g_list_model_get_n_items (unknot_technique_get_cautions (
                                   unknot_library_get_technique (library, "calves-roller"))));

  gtk_window_destroy (window);
  test_iterate (50);
  g_assert_finalize_object (library);
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/welcome/lazy-pages", test_lazy_pages);
  ADD ("/welcome/keys-turn-pages", test_keys_turn_pages);
  ADD ("/welcome/skip-to-safety", test_skip_to_safety);
  ADD ("/welcome/escape-does-not-acknowledge", test_escape_does_not_acknowledge);
  g_test_add_func ("/welcome/neighbours-after-first-frame", test_neighbours_after_first_frame);
  g_test_add_func ("/welcome/column-width-alone", test_column_width_alone);
  g_test_add_func ("/basics/window-pages", test_basics_window_pages);
  g_test_add_func ("/basics/learn-more", test_learn_more);

  return g_test_run ();
}
