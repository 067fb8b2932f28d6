/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gunixfdlist.h>
#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "unknot-print.h"
#include "unknot-send.h"

/* "Send to Client…": an e-mail with the routine file and its handout
 * attached, composed through the desktop's e-mail portal (a direct D-Bus
 * call, so the Flatpak needs nothing new).  Where no portal answers, the
 * two files are saved to a folder the trainer picks instead. */

#define PORTAL_NAME      "org.freedesktop.portal.Desktop"
#define PORTAL_PATH      "/org/freedesktop/portal/desktop"
#define EMAIL_INTERFACE  "org.freedesktop.portal.Email"
#define REQUEST_IFACE    "org.freedesktop.portal.Request"

/* A built-in routine's id belongs to the built-in content: the copy the
 * client imports gets one of its own. */
static UnknotRoutine *
routine_for_file (UnknotRoutine *routine)
{
  GListModel *items = unknot_routine_get_items (routine);
  g_autofree char *id = NULL;
  UnknotRoutine *copy;

  if (unknot_routine_get_is_user (routine))
    return g_object_ref (routine);

  id = g_strconcat (unknot_routine_get_id (routine), "-for-client", NULL);
  copy = unknot_routine_new (id, unknot_routine_get_name (routine),
                             unknot_routine_get_goal (routine),
                             unknot_routine_get_summary (routine));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(UnknotRoutineItem) item = g_list_model_get_item (items, i);

      unknot_routine_append_item (copy, unknot_routine_item_get_technique (item),
                                  unknot_routine_item_get_sides (item),
                                  unknot_routine_item_get_hold (item),
                                  unknot_routine_item_get_reps (item));
    }

  return copy;
}

/* In a Flatpak, $XDG_RUNTIME_DIR/app/<app-id> is where the sandbox
 * and the host share files: the mail program must read them too. */
static char *
make_attachment_dir (GError **error)
{
  g_autofree char *base = g_build_filename (g_get_user_runtime_dir (), "app", APPLICATION_ID,
                                            NULL);
  g_autofree char *dir = g_build_filename (base, "send-XXXXXX", NULL);

  if (g_mkdir_with_parents (base, 0700) != 0 || g_mkdtemp (dir) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", base,
                   g_strerror (saved_errno));
      return NULL;
    }

  return g_steal_pointer (&dir);
}

/* Both files in a new private folder, named after the routine. */
gboolean
unknot_send_write_attachments (UnknotLibrary  *library,
                               UnknotRoutine  *routine,
                               UnknotPaper     paper,
                               GFile         **routine_file,
                               GFile         **pdf_file,
                               GError        **error)
{
  g_autoptr(UnknotRoutine) copy = NULL;
  g_autoptr(UnknotHandout) handout = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *routine_name = NULL;
  g_autofree char *pdf_name = NULL;
  g_autofree char *routine_path = NULL;
  g_autofree char *pdf_path = NULL;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (routine), FALSE);

  dir = make_attachment_dir (error);
  if (dir == NULL)
    return FALSE;

  copy = routine_for_file (routine);
  xml = unknot_routine_to_xml (copy);
  routine_name = unknot_print_file_name (routine, ".unknot");
  pdf_name = unknot_print_file_name (routine, ".pdf");
  routine_path = g_build_filename (dir, routine_name, NULL);
  pdf_path = g_build_filename (dir, pdf_name, NULL);

  if (!g_file_set_contents (routine_path, xml, -1, error))
    return FALSE;
  handout = unknot_handout_new (library, routine);
  if (!unknot_handout_write_pdf (handout, pdf_path, paper, error))
    return FALSE;

  *routine_file = g_file_new_for_path (routine_path);
  *pdf_file = g_file_new_for_path (pdf_path);
  return TRUE;
}

typedef struct
{
  GDBusConnection *bus;
  char            *request_path;
  guint            response_id;
} ComposeData;

static void
compose_data_free (ComposeData *data)
{
  if (data->response_id != 0)
    g_dbus_connection_signal_unsubscribe (data->bus, data->response_id);
  g_clear_object (&data->bus);
  g_free (data->request_path);
  g_free (data);
}

static void
on_request_response (GDBusConnection *bus,
                     const char      *sender,
                     const char      *path,
                     const char      *interface,
                     const char      *signal,
                     GVariant        *parameters,
                     gpointer         user_data)
{
  g_autoptr(GTask) task = g_object_ref (user_data);
  ComposeData *data = g_task_get_task_data (task);
  guint32 response = 2;

  if (g_task_get_completed (task))
    return;

  g_dbus_connection_signal_unsubscribe (bus, data->response_id);
  data->response_id = 0;
  if (g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ua{sv})")))
    g_variant_get (parameters, "(u@a{sv})", &response, NULL);

  if (response == 0)
    g_task_return_boolean (task, TRUE);
  else if (response == 1)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             _("The e-mail was cancelled"));
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                             _("No e-mail program could write the message"));
}

static void
subscribe_response (GTask      *task,
                    const char *request_path)
{
  ComposeData *data = g_task_get_task_data (task);

  if (data->response_id != 0)
    g_dbus_connection_signal_unsubscribe (data->bus, data->response_id);
  data->response_id = g_dbus_connection_signal_subscribe (data->bus, NULL, REQUEST_IFACE,
                                                          "Response", request_path, NULL,
                                                          G_DBUS_SIGNAL_FLAGS_NONE,
                                                          on_request_response,
                                                          g_object_ref (task), g_object_unref);
}

static void
on_compose_called (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ComposeData *data = g_task_get_task_data (task);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = NULL;

  reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (source), NULL,
                                                           result, &error);
  if (reply == NULL)
    {
      g_dbus_connection_signal_unsubscribe (data->bus, data->response_id);
      data->response_id = 0;
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* An older portal answers on a path of its own choosing. */
  g_variant_get (reply, "(&o)", &path);
  if (!g_task_get_completed (task) && !g_str_equal (path, data->request_path))
    subscribe_response (task, path);
}

static gboolean
add_attachment (GUnixFDList      *fds,
                GVariantBuilder  *handles,
                GFile            *file,
                GError          **error)
{
  g_autofree char *path = g_file_get_path (file);
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int index;

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", path,
                   g_strerror (saved_errno));
      return FALSE;
    }

  index = g_unix_fd_list_append (fds, fd, error);
  g_close (fd, NULL);
  if (index < 0)
    return FALSE;

  g_variant_builder_add (handles, "h", index);
  return TRUE;
}

static char *
request_path_for (GDBusConnection *bus,
                  const char      *token)
{
  g_autofree char *sender = g_strdup (g_dbus_connection_get_unique_name (bus) + 1);

  g_strdelimit (sender, ".", '_');
  return g_strdup_printf (PORTAL_PATH "/request/%s/%s", sender, token);
}

/* Asks the e-mail portal for a new message with both files attached;
 * finishes when the portal says whether the message was written. */
void
unknot_send_compose_async (GDBusConnection     *bus,
                           const char          *parent_window,
                           UnknotRoutine       *routine,
                           GFile               *routine_file,
                           GFile               *pdf_file,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GUnixFDList) fds = g_unix_fd_list_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *token = g_strdup_printf ("unknot%u", g_random_int ());
  g_autofree char *subject = NULL;
  GVariantBuilder options, handles;
  ComposeData *data;

  g_return_if_fail (G_IS_DBUS_CONNECTION (bus));
  g_return_if_fail (UNKNOT_IS_ROUTINE (routine));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, unknot_send_compose_async);
  data = g_new0 (ComposeData, 1);
  data->bus = g_object_ref (bus);
  g_task_set_task_data (task, data, (GDestroyNotify) compose_data_free);

  g_variant_builder_init (&handles, G_VARIANT_TYPE ("ah"));
  if (!add_attachment (fds, &handles, routine_file, &error)
      || !add_attachment (fds, &handles, pdf_file, &error))
    {
      g_variant_builder_clear (&handles);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Translators: the subject of the e-mail to a client; %s is the routine's name */
  subject = g_strdup_printf (_("Your foam rolling routine: %s"),
                             unknot_routine_get_name (routine));
  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_variant_builder_add (&options, "{sv}", "subject", g_variant_new_string (subject));
  g_variant_builder_add (&options, "{sv}", "body",
                         g_variant_new_string (_("Here is your routine. Print the PDF handout "
                                                 "or keep it on your phone. To follow it with "
                                                 "the hold timer, open the .unknot file in "
                                                 "Unknot.")));
  g_variant_builder_add (&options, "{sv}", "attachment_fds", g_variant_builder_end (&handles));

  /* Listen before calling: the answer may come before the reply. */
  data->request_path = request_path_for (bus, token);
  subscribe_response (task, data->request_path);
  g_dbus_connection_call_with_unix_fd_list (bus, PORTAL_NAME, PORTAL_PATH, EMAIL_INTERFACE,
                                            "ComposeEmail",
                                            g_variant_new ("(sa{sv})",
                                                           parent_window != NULL
                                                           ? parent_window : "",
                                                           &options),
                                            G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE,
                                            -1, fds, cancellable, on_compose_called,
                                            g_steal_pointer (&task));
}

gboolean
unknot_send_compose_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Anything but the trainer's own "Cancel" falls back to saving. */
gboolean
unknot_send_should_fall_back (const GError *error)
{
  return error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

gboolean
unknot_send_save_to_folder (GFile   *routine_file,
                            GFile   *pdf_file,
                            GFile   *folder,
                            GError **error)
{
  GFile *files[] = { routine_file, pdf_file };

  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *name = g_file_get_basename (files[i]);
      g_autoptr(GFile) target = g_file_get_child (folder, name);

      if (!g_file_copy (files[i], target, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  GtkWindow *parent;
  GFile     *routine_file;
  GFile     *pdf_file;
} SendData;

static void
send_data_free (SendData *data)
{
  g_clear_object (&data->parent);
  g_clear_object (&data->routine_file);
  g_clear_object (&data->pdf_file);
  g_free (data);
}

static void
on_folder_response (GtkNativeDialog *chooser,
                    int              response,
                    SendData        *data)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (folder != NULL && !unknot_send_save_to_folder (data->routine_file, data->pdf_file, folder,
                                                     &error))
    unknot_print_show_error (data->parent, _("Could Not Save the Files"), error->message);
  else if (folder != NULL)
    unknot_print_show_error (data->parent, _("Files Saved"),
                             _("Attach the routine file and the PDF handout to an e-mail "
                               "to your client."));

  send_data_free (data);
  g_object_unref (chooser);
}

static void
save_instead (SendData *data)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save the Routine File and Handout"), data->parent,
                                         GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Save"),
                                         NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_folder_response), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_composed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  SendData *data = user_data;
  g_autoptr(GError) error = NULL;

  if (!unknot_send_compose_finish (result, &error) && unknot_send_should_fall_back (error))
    {
      g_debug ("No e-mail portal: %s", error->message);
      save_instead (data);
      return;
    }

  send_data_free (data);
}

/* The portal's "parent_window": its dialogs then stay above ours.
 * Wayland needs an exported handle, which is asynchronous; none there. */
static char *
portal_parent_for (GtkWindow *parent)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = parent != NULL ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;

  if (surface != NULL && GDK_IS_X11_SURFACE (surface))
    return g_strdup_printf ("x11:%lx", (unsigned long) gdk_x11_surface_get_xid (surface));
#endif

  return g_strdup ("");
}

void
unknot_send_to_client (GtkWindow     *parent,
                       UnknotLibrary *library,
                       UnknotRoutine *routine)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *handle = NULL;
  SendData *data;

  g_return_if_fail (UNKNOT_IS_LIBRARY (library));
  g_return_if_fail (UNKNOT_IS_ROUTINE (routine));

  data = g_new0 (SendData, 1);
  data->parent = parent != NULL ? g_object_ref (parent) : NULL;
  if (!unknot_send_write_attachments (library, routine, unknot_print_default_paper (),
                                      &data->routine_file, &data->pdf_file, &error))
    {
      unknot_print_show_error (parent, _("Could Not Prepare the E-Mail"), error->message);
      send_data_free (data);
      return;
    }

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL)
    {
      save_instead (data);
      return;
    }

  handle = portal_parent_for (parent);
  unknot_send_compose_async (bus, handle, routine, data->routine_file, data->pdf_file, NULL,
                             on_composed, data);
}
