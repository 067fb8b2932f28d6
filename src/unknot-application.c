/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-application.h"
#include "unknot-export-command.h"
#include "unknot-plan-command.h"
#include "unknot-handout-command.h"
#include "unknot-preferences-window.h"
#include "unknot-validate.h"
#include "unknot-window.h"

struct _UnknotApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  UnknotStore    *store;
};

G_DEFINE_FINAL_TYPE (UnknotApplication, unknot_application, ADW_TYPE_APPLICATION)

UnknotApplication *
unknot_application_new (const char        *application_id,
                        GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (UNKNOT_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

/* The one owner of the app's settings; windows and dialogs borrow it. */
GSettings *
unknot_application_get_settings (UnknotApplication *self)
{
  g_return_val_if_fail (UNKNOT_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (BASE_ID);

  return self->settings;
}

/* The one owner of the person's data; windows borrow it. */
UnknotStore *
unknot_application_get_store (UnknotApplication *self)
{
  g_return_val_if_fail (UNKNOT_IS_APPLICATION (self), NULL);

  if (self->store == NULL)
    self->store = unknot_store_new (NULL);

  return self->store;
}

static UnknotWindow *
unknot_application_ensure_window (UnknotApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (unknot_window_new (GTK_APPLICATION (self),
                                            unknot_application_get_store (self),
                                            unknot_application_get_settings (self)));

  return UNKNOT_WINDOW (window);
}

static void
unknot_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (unknot_application_ensure_window (UNKNOT_APPLICATION (app))));
}

static void
unknot_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  UnknotWindow *window = unknot_application_ensure_window (UNKNOT_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < n_files; i++)
    unknot_window_import_file (window, files[i]);
}

static void
unknot_application_quit_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  UnknotApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing lets each window save its state before the app goes away. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
unknot_application_about_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  static const char *developers[] = { "The Unknot developers", NULL };
  UnknotApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Unknot"),
                        "developer-name", _("The Unknot developers"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/unknot/unknot",
                        "issue-url", "https://github.com/unknot/unknot/issues",
                        "comments", _("Learn to foam roll safely and time every hold. "
                                      "Unknot is not medical advice."),
                        "copyright", "© 2026 The Unknot developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
unknot_application_preferences_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  UnknotApplication *self = user_data;
  GtkWindow *window = GTK_WINDOW (unknot_application_ensure_window (self));
  UnknotPreferencesWindow *prefs;

  prefs = unknot_preferences_window_new (window, unknot_application_get_settings (self));
  /* So that its buttons reach app actions such as app.clear-history */
  gtk_window_set_application (GTK_WINDOW (prefs), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
on_clear_history_response (AdwMessageDialog  *dialog,
                           const char        *response,
                           UnknotApplication *self)
{
  if (g_strcmp0 (response, "clear") == 0)
    unknot_history_clear_async (unknot_store_get_history (unknot_application_get_store (self)),
                                NULL, NULL, NULL);
}

static void
unknot_application_clear_history_action (GSimpleAction *action,
                                         GVariant      *parameter,
                                         gpointer       user_data)
{
  UnknotApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Clear History?"),
                                                       _("Every saved session and hold will "
                                                         "be deleted from this computer. This "
                                                         "cannot be undone.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "clear", _("_Clear"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "clear", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_clear_history_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry app_actions[] = {
  { "quit", unknot_application_quit_action },
  { "about", unknot_application_about_action },
  { "preferences", unknot_application_preferences_action },
  { "clear-history", unknot_application_clear_history_action },
};

static const struct {
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

static void
unknot_application_startup (GApplication *app)
{
  UnknotApplication *self = UNKNOT_APPLICATION (app);

  G_APPLICATION_CLASS (unknot_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           app_accels[i].action,
                                           app_accels[i].accels);
}

static const GOptionEntry main_entries[] = {
  { "export-history", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write every hold in the history to FILE as CSV (- for standard output) and exit"),
    N_("FILE") },
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check routine or content files, print each problem and exit"), NULL },
  { "handout", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write a printable handout for a routine, a technique or a routine file"),
    N_("ROUTINE") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("The PDF file --handout writes"),
    N_("FILE.pdf") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Paper size of the handout: a4 or letter"),
    N_("SIZE") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

/* --validate runs here, in the launching process: it needs no display,
 * no D-Bus name and no window. */
static int
unknot_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  g_autofree const char **files = NULL;
  g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const char *export_to = NULL;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (g_variant_dict_lookup (options, "export-history", "^&ay", &export_to))
    return unknot_export_command_run (NULL, export_to);

  if (g_variant_dict_contains (options, "validate"))
    return unknot_validate_run (files);

  if (unknot_plan_command_is_wanted (options))
    return unknot_plan_command_run (options);

  if (g_variant_dict_contains (options, "handout") || g_variant_dict_contains (options, "output")
      || g_variant_dict_contains (options, "paper"))
    {
      const char *routine = NULL, *output = NULL, *paper = NULL;

      g_variant_dict_lookup (options, "handout", "&s", &routine);
      g_variant_dict_lookup (options, "output", "^&ay", &output);
      g_variant_dict_lookup (options, "paper", "&s", &paper);
      return unknot_handout_command_run (routine, output, paper, files);
    }

  if (files == NULL || files[0] == NULL)
    return -1;

  /* The files were taken as options, so they are handed on here, to
   * this instance or to the one already running. */
  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));
  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_application_open (app, (GFile **) gfiles->pdata, gfiles->len, "");

  return g_application_get_is_remote (app) ? EXIT_SUCCESS : -1;
}

static void
unknot_application_dispose (GObject *object)
{
  UnknotApplication *self = UNKNOT_APPLICATION (object);

  g_clear_object (&self->settings);
  /* Writes still queued (the last hold, the session's end) reach the disk */
  if (self->store != NULL)
    unknot_store_sync (self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (unknot_application_parent_class)->dispose (object);
}

static void
unknot_application_class_init (UnknotApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = unknot_application_dispose;

  app_class->activate = unknot_application_activate;
  app_class->open = unknot_application_open;
  app_class->handle_local_options = unknot_application_handle_local_options;
  app_class->startup = unknot_application_startup;
}

static void
unknot_application_init (UnknotApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), unknot_plan_command_options);
}
