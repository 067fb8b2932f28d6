/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-utils.h"
#include "unknot-content-loader.h"
#include "unknot-progress-view.h"

/* The Progress view in a real window, over a history in a temporary dir */
typedef struct
{
  char               *dir;
  UnknotHistory      *history;
  UnknotLibrary      *library;
  UnknotProgressView *view;
  GtkWindow          *window;
  AdwToast           *toast;
  guint               n_loaded;
} Fixture;

static void
on_loaded (Fixture *f)
{
  f->n_loaded++;
}

static void
on_toast (UnknotProgressView *view,
          AdwToast           *toast,
          Fixture            *f)
{
  g_set_object (&f->toast, toast);
}

static void
store_result (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* A session @days_ago at 9:00 that rolled @minutes, with two holds */
static void
add_session (Fixture *f,
             gint64   id,
             int      days_ago,
             guint    minutes)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -days_ago);
  g_autoptr(GDateTime) start = g_date_time_new_local (g_date_time_get_year (day),
                                                      g_date_time_get_month (day),
                                                      g_date_time_get_day_of_month (day),
                                                      0, 5, 0);
  g_autoptr(UnknotHistorySession) session = unknot_history_session_new ();
  g_autoptr(GAsyncResult) result = NULL;

  session->id = id;
  session->start_time = g_date_time_to_unix (start);
  session->end_time = session->start_time + minutes * 60;
  session->routine_id = g_strdup ("warm-up");
  session->routine_name = g_strdup ("Warm-up");
  session->completed = TRUE;
  session->rolled_seconds = minutes * 60;
  for (guint i = 0; i < 2; i++)
    {
      UnknotHistoryHold *hold = unknot_history_hold_new ();

      hold->end_time = session->start_time + 60 * (i + 1);
      hold->muscle_id = g_strdup ("calves");
      hold->side = g_strdup (i == 0 ? "left" : "right");
      hold->tool_id = g_strdup ("roller");
      hold->technique_id = g_strdup ("calves-roller");
      hold->planned_seconds = 30;
      hold->actual_seconds = 30;
      g_ptr_array_add (session->holds, hold);
    }

  unknot_history_restore_session_async (f->history, session, NULL, store_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (unknot_history_write_finish (f->history, result, NULL));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("unknot-progress-XXXXXX", NULL);
  path = g_build_filename (f->dir, "history.db", NULL);
  f->history = unknot_history_new (path);
  f->library = unknot_library_new ();
  g_assert_true (unknot_content_load_builtin (f->library, NULL));
  f->view = UNKNOT_PROGRESS_VIEW (unknot_progress_view_new ());
  g_signal_connect_swapped (f->view, "loaded", G_CALLBACK (on_loaded), f);
  g_signal_connect (f->view, "toast", G_CALLBACK (on_toast), f);
  unknot_progress_view_set_library (f->view, f->library);
}

static void
show (Fixture *f)
{
  guint loaded = f->n_loaded;

  f->window = test_window_new_for (GTK_WIDGET (f->view), 700, 900);
  unknot_progress_view_set_history (f->view, f->history);
  while (f->n_loaded == loaded)
    g_main_context_iteration (NULL, TRUE);
  test_iterate (50);
}

static void
reload (Fixture *f)
{
  guint loaded = f->n_loaded;

  unknot_progress_view_reload (f->view);
  while (f->n_loaded == loaded)
    g_main_context_iteration (NULL, TRUE);
  test_iterate (50);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  g_clear_object (&f->toast);
  test_iterate (50);
  g_object_add_weak_pointer (G_OBJECT (f->history), (gpointer *) &f->history);
  g_object_unref (f->history);
  while (f->history != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_object_unref (f->library);
  g_free (f->dir);
}

static GtkWidget *
find_label (Fixture    *f,
            const char *text)
{
  return test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_LABEL, text);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *status;

  show (f);
  status = test_find_widget (GTK_WIDGET (f->view), ADW_TYPE_STATUS_PAGE, NULL);
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "No Sessions Yet");
}

static void
test_week_and_chart (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  UnknotProgressChart *chart;
  int today_weekday = g_date_time_get_day_of_week (now);

  add_session (f, 1, 0, 12);
  add_session (f, 2, 0, 3);
  add_session (f, 3, 20, 25);
  show (f);

  g_assert_nonnull (find_label (f, "15"));
  g_assert_nonnull (find_label (f, "minutes today"));
  g_assert_nonnull (find_label (f, "1 of 3"));
  g_assert_true (find_label (f, "1 of 3 days this week; roll on 2 more days by Sunday.") != NULL
                 || today_weekday > 5);

  chart = unknot_progress_view_get_chart (f->view);
  g_assert_cmpuint (unknot_progress_chart_get_n_days (chart), ==, 56);
  g_assert_cmpint (unknot_progress_chart_get_selected (chart), ==, -1);

  /* The keyboard picks a day: today first, then the day before */
  gtk_widget_grab_focus (GTK_WIDGET (chart));
  test_iterate (50);
  g_assert_cmpint (unknot_progress_chart_get_selected (chart), ==, 55);
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.move", "i", -1);
  g_assert_cmpint (unknot_progress_chart_get_selected (chart), ==, 54);
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.move", "i", -1000);
  g_assert_cmpint (unknot_progress_chart_get_selected (chart), ==, 0);

  /* The pointer picks the bar under it */
  test_pointer_move (GTK_WIDGET (chart), gtk_widget_get_width (GTK_WIDGET (chart)) - 2, 100);
  g_assert_cmpint (unknot_progress_chart_get_selected (chart), ==, 55);

}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  add_session (f, 41, 1, 12);
  add_session (f, 42, 0, 8);
  show (f);
  g_assert_nonnull (find_label (f, "Today"));
  g_assert_nonnull (find_label (f, "Yesterday"));

  gtk_widget_activate_action (GTK_WIDGET (f->view), "progress.delete", "x", (gint64) 42);
  while (f->toast == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (adw_toast_get_title (f->toast), ==, "Session deleted");
  reload (f);
  g_assert_null (find_label (f, "Today"));
  g_assert_true (find_label (f, "0 of 3") != NULL || find_label (f, "1 of 3") != NULL);

  g_signal_emit_by_name (f->toast, "button-clicked");
  for (guint i = 0; i < 100 && find_label (f, "Today") == NULL; i++)
    test_iterate (20);
  g_assert_nonnull (find_label (f, "Today"));
}

int
main (int   argc,
      char *argv[])
{
  test_init (&argc, &argv);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/progress-view/empty", test_empty);
  ADD ("/progress-view/week-and-chart", test_week_and_chart);
  ADD ("/progress-view/delete-and-undo", test_delete_and_undo);
#undef ADD

  return g_test_run ();
}
