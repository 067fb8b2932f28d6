/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <gio/gunixfdlist.h>
#include <glib/gstdio.h>

#include "unknot-content-loader.h"
#include "unknot-send.h"

/* "Send to Client…" against a fake e-mail portal on the test's session
 * bus: it owns org.freedesktop.portal.Desktop on a connection of its
 * own, reads the attachments from the file descriptors it is given and
 * answers the request like xdg-desktop-portal. */

static const char email_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Email'>"
  "    <method name='ComposeEmail'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

typedef struct
{
  GDBusConnection *portal_bus;   /* the fake portal's own connection */
  GDBusConnection *bus;          /* the app's */
  guint            registration;
  guint            name_id;
  guint32          response;     /* what the fake answers */
  GPtrArray       *attachments;  /* GBytes read from each fd */
  char            *subject;
  GAsyncResult    *result;
  UnknotLibrary   *library;
  UnknotRoutine   *routine;
  GFile           *routine_file;
  GFile           *pdf_file;
} Fixture;

static GBytes *
read_fd (int fd)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[4096];
  gssize n;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_byte_array_append (data, buffer, n);
  g_assert_cmpint (n, ==, 0);
  close (fd);

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static void
on_portal_method_call (GDBusConnection       *connection,
                       const char            *sender,
                       const char            *path,
                       const char            *interface,
                       const char            *method,
                       GVariant              *parameters,
                       GDBusMethodInvocation *invocation,
                       gpointer               user_data)
{
  Fixture *f = user_data;
  GUnixFDList *fds = g_dbus_message_get_unix_fd_list (g_dbus_method_invocation_get_message (
                                                        invocation));
  g_autoptr(GVariant) options = NULL;
  g_autoptr(GVariant) handles = NULL;
  g_autofree char *sender_part = g_strdup (sender + 1);
  g_autofree char *request = NULL;
  const char *token = "none";

  g_assert_cmpstr (method, ==, "ComposeEmail");
  g_variant_get (parameters, "(&s@a{sv})", NULL, &options);
  g_variant_lookup (options, "handle_token", "&s", &token);
  g_variant_lookup (options, "subject", "s", &f->subject);
  handles = g_variant_lookup_value (options, "attachment_fds", G_VARIANT_TYPE ("ah"));
  g_assert_nonnull (handles);
  g_assert_nonnull (fds);

  for (gsize i = 0; i < g_variant_n_children (handles); i++)
    {
      gint32 handle;
      g_autoptr(GError) error = NULL;
      int fd;

      g_variant_get_child (handles, i, "h", &handle);
      fd = g_unix_fd_list_get (fds, handle, &error);
      g_assert_no_error (error);
      g_ptr_array_add (f->attachments, read_fd (fd));
    }

  g_strdelimit (sender_part, ".", '_');
  request = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", sender_part, token);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", request));
  g_dbus_connection_emit_signal (connection, sender, request, "org.freedesktop.portal.Request",
                                 "Response",
                                 g_variant_new ("(u@a{sv})", f->response,
                                                g_variant_new_array (G_VARIANT_TYPE ("{sv}"),
                                                                     NULL, 0)),
                                 NULL);
}

static gboolean
name_is_owned (gpointer data)
{
  Fixture *f = data;
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (f->bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", "org.freedesktop.portal.Desktop"),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                       NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);

  return owned;
}

static void
start_fake_portal (Fixture *f)
{
  static const GDBusInterfaceVTable vtable = { on_portal_method_call, NULL, NULL, { 0 } };
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (email_xml, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  GDBusConnectionFlags flags = G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                               G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION;

  g_assert_no_error (error);
  f->portal_bus = g_dbus_connection_new_for_address_sync (address, flags, NULL, NULL, &error);
  g_assert_no_error (error);
  f->registration = g_dbus_connection_register_object (f->portal_bus,
                                                       "/org/freedesktop/portal/desktop",
                                                       info->interfaces[0], &vtable, f, NULL,
                                                       &error);
  g_assert_no_error (error);
  f->name_id = g_bus_own_name_on_connection (f->portal_bus, "org.freedesktop.portal.Desktop",
                                             G_BUS_NAME_OWNER_FLAGS_NONE, NULL, NULL, NULL,
                                             NULL);
  while (!name_is_owned (f))
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  f->attachments = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  f->library = unknot_library_new ();
  unknot_content_load_builtin (f->library, &error);
  g_assert_no_error (error);
  f->routine = g_object_ref (unknot_library_get_routine (f->library, "runners-legs"));

  unknot_send_write_attachments (f->library, f->routine, UNKNOT_PAPER_A4, &f->routine_file,
                                 &f->pdf_file, &error);
  g_assert_no_error (error);
}

static void
delete_with_parent (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);

  g_file_delete (file, NULL, NULL);
  g_file_delete (parent, NULL, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->name_id != 0)
    g_bus_unown_name (f->name_id);
  if (f->registration != 0)
    g_dbus_connection_unregister_object (f->portal_bus, f->registration);
  if (f->portal_bus != NULL)
    g_dbus_connection_close_sync (f->portal_bus, NULL, NULL);
  g_clear_object (&f->portal_bus);
  g_clear_object (&f->bus);
  g_clear_object (&f->result);
  g_clear_pointer (&f->attachments, g_ptr_array_unref);
  g_clear_pointer (&f->subject, g_free);
  g_file_delete (f->routine_file, NULL, NULL);
  delete_with_parent (f->pdf_file);
  g_clear_object (&f->routine_file);
  g_clear_object (&f->pdf_file);
  g_clear_object (&f->routine);
  g_clear_object (&f->library);
}

static gboolean
have_bus (Fixture *f)
{
  if (f->bus == NULL)
    g_test_skip ("No session bus (run under dbus-run-session)");

  return f->bus != NULL;
}

static void
on_composed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Fixture *f = user_data;

  f->result = g_object_ref (result);
}

static gboolean
compose (Fixture  *f,
         GError  **error)
{
  unknot_send_compose_async (f->bus, "", f->routine, f->routine_file, f->pdf_file, NULL,
                             on_composed, f);
  while (f->result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return unknot_send_compose_finish (f->result, error);
}

/* The routine file the client gets: a valid routine file for Unknot. */
static void
assert_routine_file (Fixture *f,
                     GBytes  *bytes)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (unknot_content_load_bytes (f->library, bytes, "attachment.unknot", NULL,
                                            UNKNOT_CONTENT_LOAD_USER |
                                            UNKNOT_CONTENT_LOAD_DRY_RUN, &error));
  g_assert_no_error (error);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "<name>Runner’s legs</name>"));
}

/* The PDF: a header, an end and pages poppler can read. */
static void
assert_pdf (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autoptr(GError) error = NULL;
  int fd, status;

  g_assert_cmpuint (size, >, 1000);
  g_assert_true (memcmp (data, "%PDF-", 5) == 0);
  g_assert_nonnull (g_strstr_len (data + size - 32, 32, "%%EOF"));

  fd = g_file_open_tmp ("unknot-attachment-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (write (fd, data, size), ==, (gssize) size);
  close (fd);
  if (pdfinfo != NULL)
    {
      const char *argv[] = { "pdfinfo", path, NULL };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, &out, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (out, "Pages:"));
    }
  g_unlink (path);
}

static void
test_send_portal (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *shared = g_build_filename (g_get_user_runtime_dir (), "app", APPLICATION_ID,
                                              NULL);
  g_autofree char *path = g_file_get_path (f->pdf_file);
  GBytes *routine_bytes, *pdf_bytes;

  if (!have_bus (f))
    return;

  /* Where a Flatpak shares files with the host's mail program */
  g_assert_true (g_str_has_prefix (path, shared));

  f->response = 0;
  start_fake_portal (f);
  g_assert_true (compose (f, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (f->attachments->len, ==, 2);
  routine_bytes = g_ptr_array_index (f->attachments, 0);
  pdf_bytes = g_ptr_array_index (f->attachments, 1);
  assert_routine_file (f, routine_bytes);
  assert_pdf (pdf_bytes);
  g_assert_nonnull (strstr (f->subject, "Runner’s legs"));
}

/* The person closed the mail window: nothing more to do. */
static void
test_send_portal_cancelled (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!have_bus (f))
    return;

  f->response = 1;
  start_fake_portal (f);
  g_assert_false (compose (f, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (unknot_send_should_fall_back (error));
}

static void
assert_saved_to_folder (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("unknot-send-test-XXXXXX", &error);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *routine_name = g_file_get_basename (f->routine_file);
  g_autofree char *pdf_name = g_file_get_basename (f->pdf_file);
  g_autoptr(GFile) routine_copy = g_file_get_child (folder, routine_name);
  g_autoptr(GFile) pdf_copy = g_file_get_child (folder, pdf_name);
  g_autoptr(GBytes) routine_bytes = NULL;
  g_autoptr(GBytes) pdf_bytes = NULL;

  g_assert_true (unknot_send_save_to_folder (f->routine_file, f->pdf_file, folder, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (routine_name, ==, "Runner’s legs.unknot");
  routine_bytes = g_file_load_bytes (routine_copy, NULL, NULL, &error);
  g_assert_no_error (error);
  pdf_bytes = g_file_load_bytes (pdf_copy, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_routine_file (f, routine_bytes);
  assert_pdf (pdf_bytes);

  /* A second save never overwrites what is there. */
  g_assert_false (unknot_send_save_to_folder (f->routine_file, f->pdf_file, folder, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);

  g_file_delete (routine_copy, NULL, NULL);
  g_file_delete (pdf_copy, NULL, NULL);
  g_file_delete (folder, NULL, NULL);
}

/* Nobody owns the portal's name: save the files instead. */
static void
test_send_no_portal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!have_bus (f))
    return;

  /* The last test's fake may still be letting go of the name. */
  for (guint i = 0; i < 200 && name_is_owned (f); i++)
    g_usleep (10000);
  g_assert_false (name_is_owned (f));
  g_assert_false (compose (f, &error));
  g_assert_nonnull (error);
  g_assert_true (unknot_send_should_fall_back (error));
  assert_saved_to_folder (f);
}

/* A portal that cannot find a mail program: save the files instead. */
static void
test_send_portal_fails (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!have_bus (f))
    return;

  f->response = 2;
  start_fake_portal (f);
  g_assert_false (compose (f, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_true (unknot_send_should_fall_back (error));
  assert_saved_to_folder (f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/send/portal", Fixture, NULL, fixture_set_up, test_send_portal,
              fixture_tear_down);
  g_test_add ("/send/portal-cancelled", Fixture, NULL, fixture_set_up,
              test_send_portal_cancelled, fixture_tear_down);
  g_test_add ("/send/no-portal", Fixture, NULL, fixture_set_up, test_send_no_portal,
              fixture_tear_down);
  g_test_add ("/send/portal-fails", Fixture, NULL, fixture_set_up, test_send_portal_fails,
              fixture_tear_down);

  return g_test_run ();
}
