/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "unknot-window.h"
#include "test-utils.h"

/* With LANGUAGE=de the UI, the menus and the content speak German,
 * from the catalogue built in this build tree. */
/* The primary menu's button (F10), not a menu button in a list row */
static GtkWidget *
find_main_menu_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (root)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_main_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_german (void)
{
  UnknotApplication *app = test_app_new ();
  GtkWindow *window = test_app_get_window (app);
  UnknotLibrary *library = test_app_get_library (app);
  GtkWidget *search;
  GtkWidget *button;
  GMenuModel *menu;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (test_wait_for_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (unknot_muscle_get_name (unknot_library_get_muscle (library, "quadriceps")),
                   ==, "Quadrizeps");
  g_assert_cmpstr (unknot_muscle_get_name (unknot_library_get_muscle (library, "calves")), ==,
                   "Waden");

  search = test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY,
                             _("Search muscles and areas"));
  g_assert_nonnull (search);
  g_assert_cmpstr (_("Search muscles and areas"), !=, "Search muscles and areas");
  gtk_editable_set_text (GTK_EDITABLE (search), "oberschenkel");
  g_signal_emit_by_name (search, "search-changed");
  g_signal_emit_by_name (search, "activate");
  test_iterate (50);
  g_assert_true (g_str_has_suffix (gtk_window_get_title (window), " — Unknot"));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (window), "Hamstrings"));

  /* The menu is built when it first opens */
  button = find_main_menu_button (GTK_WIDGET (window));
  g_assert_null (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  g_assert_true (test_wait_for_mapped (GTK_WIDGET (gtk_menu_button_get_popover (
                                                     GTK_MENU_BUTTON (button)))));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_nonnull (menu);
  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      GMenuModel *section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          char *label = NULL;

          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
          g_ptr_array_add (labels, label);
        }
      g_clear_object (&section);
    }
  g_assert_true (g_ptr_array_find_with_equal_func (labels, "_Einstellungen", g_str_equal, NULL));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  test_app_quit (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *podir = NULL;

  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "");
  test_init (&argc, &argv);

  podir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, podir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/i18n/german", test_german);

  return g_test_run ();
}
