/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-timer-view.h"
#include "test-utils.h"

typedef struct {
  UnknotClock     *clock;
  UnknotHoldTimer *timer;
  UnknotTimerView *view;
  GtkWindow       *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->clock = unknot_clock_new_manual (0);
  f->timer = unknot_hold_timer_new (f->clock);
  unknot_hold_timer_set_plan (f->timer, &(UnknotHoldPlan) {
                                .position_seconds = 3,
                                .search_seconds = 5,
                                .hold_seconds = 10,
                                .release_seconds = 2,
                                .reps = 2,
                                .extend_seconds = 15,
                                .sides = UNKNOT_SIDE_BOTH,
                              });
  f->view = UNKNOT_TIMER_VIEW (unknot_timer_view_new ());
  unknot_timer_view_set_timer (f->view, f->timer);
  f->window = test_window_new_for (GTK_WIDGET (f->view), 500, 500);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->timer);
  g_assert_finalize_object (f->clock);
}

/* What the view shows, read from its labels the way a user reads them. */
static const char *
shown (Fixture    *f,
       const char *css_class)
{
  for (GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (f->view)); box != NULL;
       box = gtk_widget_get_next_sibling (box))
    for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (gtk_widget_has_css_class (child, css_class))
        return gtk_widget_get_visible (child) ? gtk_label_get_text (GTK_LABEL (child)) : "";

  g_assert_not_reached ();
}

static void
advance (Fixture *f,
         double   seconds)
{
  unknot_clock_advance (f->clock, (gint64) (seconds * G_USEC_PER_SEC));
  test_iterate (20);
}

static void
test_follows_engine (Fixture       *f,
                     gconstpointer  data)
{
  unknot_hold_timer_start (f->timer);
  test_iterate (20);
  g_assert_cmpstr (shown (f, "phase"), ==, "Get into position");
  g_assert_cmpstr (shown (f, "digits"), ==, "3");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->view), "position"));

  advance (f, 3);
  g_assert_cmpstr (shown (f, "phase"), ==, "Find a tender spot");
  g_assert_cmpstr (shown (f, "digits"), ==, "5");
  g_assert_cmpstr (shown (f, "progress"), ==, "Rep 1 of 2 · Left side");

  advance (f, 5);
  g_assert_cmpstr (shown (f, "phase"), ==, "Hold");
  g_assert_cmpstr (shown (f, "digits"), ==, "10");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->view), "hold"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->view), "flash"));

  advance (f, 4.5);
  g_assert_cmpstr (shown (f, "digits"), ==, "6");

  advance (f, 5.5 + 2 + 5 + 10 + 2);
  g_assert_cmpstr (shown (f, "phase"), ==, "Switch sides");
  advance (f, 3 + 5);
  g_assert_cmpstr (shown (f, "progress"), ==, "Rep 1 of 2 · Right side");
}

static void
test_no_ticks_when_paused_or_hidden (Fixture       *f,
                                     gconstpointer  data)
{
  g_assert_false (unknot_timer_view_is_animating (f->view));

  unknot_hold_timer_start (f->timer);
  g_assert_true (unknot_timer_view_is_animating (f->view));

  unknot_hold_timer_pause (f->timer);
  g_assert_false (unknot_timer_view_is_animating (f->view));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->view), "paused"));

  unknot_hold_timer_resume (f->timer);
  g_assert_true (unknot_timer_view_is_animating (f->view));

  gtk_widget_set_visible (GTK_WIDGET (f->window), FALSE);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->view)));
  g_assert_false (unknot_timer_view_is_animating (f->view));

  gtk_window_present (f->window);
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (f->view)));
  g_assert_true (unknot_timer_view_is_animating (f->view));

  g_object_set (gtk_widget_get_settings (GTK_WIDGET (f->view)),
                "gtk-enable-animations", FALSE, NULL);
  g_assert_false (unknot_timer_view_is_animating (f->view));
  g_object_set (gtk_widget_get_settings (GTK_WIDGET (f->view)),
                "gtk-enable-animations", TRUE, NULL);
}

static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  gtk_widget_grab_focus (GTK_WIDGET (f->view));

  test_key (GTK_WIDGET (f->view), "space");
  g_assert_cmpint (unknot_hold_timer_get_phase (f->timer), ==, UNKNOT_HOLD_PHASE_POSITION);
  g_assert_true (unknot_hold_timer_get_running (f->timer));

  test_key (GTK_WIDGET (f->view), "Page_Down");
  g_assert_cmpint (unknot_hold_timer_get_phase (f->timer), ==, UNKNOT_HOLD_PHASE_SEARCH);

  test_key (GTK_WIDGET (f->view), "Return");
  g_assert_cmpint (unknot_hold_timer_get_phase (f->timer), ==, UNKNOT_HOLD_PHASE_HOLD);

  test_key (GTK_WIDGET (f->view), "space");
  g_assert_true (unknot_hold_timer_get_paused (f->timer));
  test_key (GTK_WIDGET (f->view), "space");
  g_assert_false (unknot_hold_timer_get_paused (f->timer));

  test_key (GTK_WIDGET (f->view), "Left");
  g_assert_cmpint (unknot_hold_timer_get_phase (f->timer), ==, UNKNOT_HOLD_PHASE_SEARCH);

  test_key (GTK_WIDGET (f->view), "Escape");
  g_assert_cmpint (unknot_hold_timer_get_phase (f->timer), ==, UNKNOT_HOLD_PHASE_IDLE);
}

static void
test_format_remaining (void)
{
  static const struct {
    guint       seconds;
    const char *text;
  } cases[] = {
    { 0, "0" }, { 9, "9" }, { 59, "59" }, { 60, "1:00" }, { 95, "1:35" }, { 600, "10:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = unknot_timer_view_format_remaining (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);
  gtk_init ();

  g_test_add ("/timer-view/follows-engine", Fixture, NULL,
              fixture_set_up, test_follows_engine, fixture_tear_down);
  g_test_add ("/timer-view/no-ticks-when-paused-or-hidden", Fixture, NULL,
              fixture_set_up, test_no_ticks_when_paused_or_hidden, fixture_tear_down);
  g_test_add ("/timer-view/keys", Fixture, NULL,
              fixture_set_up, test_keys, fixture_tear_down);
  g_test_add_func ("/timer-view/format-remaining", test_format_remaining);

  return g_test_run ();
}
