/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "unknot-content-loader.h"
#include "unknot-store.h"
#include "unknot-library.h"

/* Each hostile input must be refused within a second, even under valgrind */
#define MAX_LOAD_USEC G_USEC_PER_SEC

typedef struct
{
  const char *file;
  int         code;
  long        line;
  /* A whole library loaded into an empty one, or else a routine file */
  gboolean    library;
} BadFile;

static const BadFile bad_files[] = {
  { "bad-malformed.xml", UNKNOT_CONTENT_ERROR_MALFORMED, 8 },
  { "bad-truncated.xml", UNKNOT_CONTENT_ERROR_MALFORMED, 13 },
  { "bad-empty.xml", UNKNOT_CONTENT_ERROR_MALFORMED, 1 },
  { "bad-invalid-utf8.xml", UNKNOT_CONTENT_ERROR_MALFORMED, 7 },
  { "bad-wrong-encoding.xml", UNKNOT_CONTENT_ERROR_MALFORMED, 1 },
  { "bad-wrong-root.xml", UNKNOT_CONTENT_ERROR_INVALID, 4 },
  { "bad-wrong-version.xml", UNKNOT_CONTENT_ERROR_INVALID, 4 },
  { "bad-missing-element.xml", UNKNOT_CONTENT_ERROR_INVALID, 8 },
  { "bad-unknown-reference.xml", UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE, 12 },
  { "bad-duplicate-id.xml", UNKNOT_CONTENT_ERROR_DUPLICATE_ID, 14 },
  { "bad-item-out-of-range.xml", UNKNOT_CONTENT_ERROR_OUT_OF_RANGE, 11 },
  { "bad-item-on-zone.xml", UNKNOT_CONTENT_ERROR_NO_ROLL_ZONE, 12 },
  { "bad-routine-id-taken.xml", UNKNOT_CONTENT_ERROR_NOT_ALLOWED, 6 },
  { "bad-user-file-has-muscles.xml", UNKNOT_CONTENT_ERROR_NOT_ALLOWED, 5 },
  { "good-library-wrong-name.txt", UNKNOT_CONTENT_ERROR_NOT_ALLOWED, 5 },
  { "bad-default-out-of-range.xml", UNKNOT_CONTENT_ERROR_OUT_OF_RANGE, 51, TRUE },
  { "bad-technique-on-zone.xml", UNKNOT_CONTENT_ERROR_NO_ROLL_ZONE, 43, TRUE },
  { "bad-missing-picture-description.xml", UNKNOT_CONTENT_ERROR_INVALID, 45, TRUE },
  { "bad-doctype.xml", UNKNOT_CONTENT_ERROR_FORBIDDEN, 4 },
  { "bad-billion-laughs.xml", UNKNOT_CONTENT_ERROR_FORBIDDEN, 4 },
  { "bad-quadratic-blowup.xml", UNKNOT_CONTENT_ERROR_FORBIDDEN, 4 },
  { "bad-xxe-local-file.xml", UNKNOT_CONTENT_ERROR_FORBIDDEN, 4 },
  { "bad-xinclude.xml", UNKNOT_CONTENT_ERROR_FORBIDDEN, 7 },
  { "bad-basics-unknown-reference.xml", UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE, 22, TRUE },
  { "bad-user-file-has-basics.xml", UNKNOT_CONTENT_ERROR_NOT_ALLOWED, 15 },
  { "bad-basics-wrong-order.xml", UNKNOT_CONTENT_ERROR_INVALID, 29, TRUE },
};

static UnknotLibrary *
load_builtin (void)
{
  UnknotLibrary *library = unknot_library_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (unknot_content_load_builtin (library, &error));
  g_assert_no_error (error);

  return library;
}

/* Everything a failed load must leave alone */
static char *
describe_library (UnknotLibrary *library)
{
  return g_strdup_printf ("%u muscles, %u zones, %u routines, %u cautions, %u tools, %u regions",
                          g_list_model_get_n_items (G_LIST_MODEL (library)),
                          g_list_model_get_n_items (unknot_library_get_zones (library)),
                          g_list_model_get_n_items (unknot_library_get_routines (library)),
                          g_list_model_get_n_items (unknot_library_get_cautions (library)),
                          g_list_model_get_n_items (unknot_library_get_tools (library)),
                          g_list_model_get_n_items (unknot_library_get_regions (library)));
}

/* "FILE:LINE: message" */
static long
get_error_line (const GError *error,
                const char   *name)
{
  g_autofree char *prefix = g_strconcat (name, ":", NULL);
  const char *line;
  char *end;
  long value;

  g_assert_true (g_str_has_prefix (error->message, prefix));
  line = error->message + strlen (prefix);
  value = strtol (line, &end, 10);
  g_assert_true (end > line);
  g_assert_true (g_str_has_prefix (end, ": "));
  g_assert_cmpuint (strlen (end), >, 2);

  return value;
}

static void
assert_refused (UnknotLibrary *library,
                GFile         *file,
                gboolean       as_library,
                int            code,
                long           line)
{
  g_autofree char *before = describe_library (library);
  g_autofree char *after = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gboolean loaded;

  if (as_library)
    loaded = unknot_store_load_file (library, file, NULL, UNKNOT_CONTENT_LOAD_DEFAULT, &error);
  else
    loaded = unknot_store_load_file (library, file, NULL, UNKNOT_CONTENT_LOAD_USER, &error);

  g_assert_cmpint (g_get_monotonic_time () - start, <, MAX_LOAD_USEC);
  g_assert_false (loaded);
  g_assert_error (error, UNKNOT_CONTENT_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_cmpint (get_error_line (error, name), ==, line);

  after = describe_library (library);
  g_assert_cmpstr (before, ==, after);
}

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", bad->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  UnknotLibrary *library = bad->library ? unknot_library_new () : load_builtin ();

  assert_refused (library, file, bad->library, bad->code, bad->line);

  g_assert_finalize_object (library);
}

static GFile *
write_temp_file (const char *basename,
                 const void *data,
                 gsize       size)
{
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), basename, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, data, size, &error));
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
test_good_library_wrong_name (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures",
                                                 "good-library-wrong-name.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  UnknotLibrary *library = unknot_library_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;

  unknot_store_load_file (library, file, NULL, UNKNOT_CONTENT_LOAD_DEFAULT, &error);
  g_assert_no_error (error);

  description = describe_library (library);
  g_assert_cmpstr (description, ==,
                   "1 muscles, 1 zones, 1 routines, 2 cautions, 1 tools, 3 regions");
  g_assert_nonnull (unknot_library_get_technique (library, "calves-roller"));

  g_assert_finalize_object (library);
}

static void
test_builtin_twice (void)
{
  UnknotLibrary *library = load_builtin ();
  g_autofree char *before = describe_library (library);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (unknot_content_load_builtin (library, &error));
  g_assert_error (error, UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_DUPLICATE_ID);
  after = describe_library (library);
  g_assert_cmpstr (before, ==, after);

  g_assert_finalize_object (library);
}

static void
test_dry_run_adds_nothing (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "routine-client.xml",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  UnknotLibrary *library = load_builtin ();
  g_autofree char *before = describe_library (library);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (unknot_store_load_file (library, file, "client.xml",
                                         (UNKNOT_CONTENT_LOAD_USER |
                                          UNKNOT_CONTENT_LOAD_DRY_RUN),
                                         &error));
  g_assert_no_error (error);
  after = describe_library (library);
  g_assert_cmpstr (before, ==, after);

  /* A library on its own, checked without touching this one */
  g_free (path);
  path = g_test_build_filename (G_TEST_DIST, "fixtures", "good-library-wrong-name.txt", NULL);
  g_clear_object (&file);
  file = g_file_new_for_path (path);
  g_assert_true (unknot_store_load_file (library, file, "library.txt",
                                         (UNKNOT_CONTENT_LOAD_USER |
                                          UNKNOT_CONTENT_LOAD_DETECT),
                                         &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = describe_library (library);
  g_assert_cmpstr (before, ==, after);

  g_assert_finalize_object (library);
}

/* What libxml2 says is matched on its wording, never on names from the file */
static void
test_malformed_messages (void)
{
  static const char * const inputs[] = { "<depth", "<Excessive depth", "<UTF-8", "<xml>&Input;" };
  UnknotLibrary *library = load_builtin ();

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (inputs[i], strlen (inputs[i]));
      g_autoptr(GError) error = NULL;

      g_assert_false (unknot_content_load_bytes (library, bytes, "short.xml", NULL,
                                                 UNKNOT_CONTENT_LOAD_USER, &error));
      g_assert_error (error, UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_MALFORMED);
      g_test_message ("%s", error->message);
      g_assert_null (strstr (error->message, "nested too deeply"));
      g_assert_null (strstr (error->message, "not valid UTF-8 text"));
      g_assert_null (strstr (error->message, "written in another"));
    }

  g_assert_finalize_object (library);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_build_filename (g_get_user_cache_dir (), "missing.xml", NULL);
  UnknotLibrary *library = load_builtin ();

  assert_refused (library, file, FALSE, UNKNOT_CONTENT_ERROR_IO, 1);

  g_assert_finalize_object (library);
}

/* A device would feed the parser forever */
static void
test_not_a_regular_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  UnknotLibrary *library = load_builtin ();

  assert_refused (library, file, FALSE, UNKNOT_CONTENT_ERROR_IO, 1);

  g_assert_finalize_object (library);
}

static void
test_gzip (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "routine-client.xml",
                                                 NULL);
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GInputStream) plain = NULL;
  g_autoptr(GInputStream) zipped = NULL;
  g_autoptr(GFile) source = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  UnknotLibrary *library = load_builtin ();

  plain = G_INPUT_STREAM (g_file_read (source, NULL, &error));
  g_assert_no_error (error);
  zipped = g_converter_input_stream_new (plain, G_CONVERTER (compressor));
  bytes = g_input_stream_read_bytes (zipped, 1 << 20, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 2);

  file = write_temp_file ("bad-gzip.xml", g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  assert_refused (library, file, FALSE, UNKNOT_CONTENT_ERROR_MALFORMED, 1);

  g_assert_finalize_object (library);
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) xml = g_string_new ("<unknot version=\"1\">\n");
  g_autoptr(GFile) file = NULL;
  UnknotLibrary *library = load_builtin ();

  for (guint i = 0; i < 100000; i++)
    g_string_append (xml, "<routines>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (xml, "</routines>");
  g_string_append (xml, "\n</unknot>\n");

  file = write_temp_file ("bad-deep-nesting.xml", xml->str, xml->len);
  assert_refused (library, file, FALSE, UNKNOT_CONTENT_ERROR_MALFORMED, 2);

  g_assert_finalize_object (library);
}

/* A valid routine file of exactly @size bytes */
static GString *
new_padded_routine_file (gsize size)
{
  static const char head[] = "<unknot version=\"1\">\n<!--";
  static const char tail[] = "-->\n</unknot>\n";
  GString *xml = g_string_new (head);

  while (xml->len + strlen (tail) < size)
    g_string_append_c (xml, ' ');
  g_string_append (xml, tail);

  return xml;
}

static void
test_too_large (void)
{
  g_autoptr(GString) xml = new_padded_routine_file (UNKNOT_CONTENT_MAX_BYTES + 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  UnknotLibrary *library = load_builtin ();

  g_assert_cmpuint (xml->len, ==, UNKNOT_CONTENT_MAX_BYTES + 1);
  file = write_temp_file ("bad-too-large.xml", xml->str, xml->len);
  assert_refused (library, file, FALSE, UNKNOT_CONTENT_ERROR_TOO_LARGE, 1);

  /* Also when the bytes come from elsewhere, or the file grew after its size was checked */
  bytes = g_bytes_new (xml->str, xml->len);
  g_assert_false (unknot_content_load_bytes (library, bytes, "memory.xml", NULL,
                                             UNKNOT_CONTENT_LOAD_USER, &error));
  g_assert_error (error, UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "memory.xml:1: "));

  g_assert_finalize_object (library);
}

static void
test_largest_file_loads (void)
{
  g_autoptr(GString) xml = new_padded_routine_file (UNKNOT_CONTENT_MAX_BYTES);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  UnknotLibrary *library = load_builtin ();

  g_assert_cmpuint (xml->len, ==, UNKNOT_CONTENT_MAX_BYTES);
  file = write_temp_file ("largest.xml", xml->str, xml->len);

  g_assert_true (unknot_store_load_file (library, file, NULL, UNKNOT_CONTENT_LOAD_USER, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (library);
}

/* libxml2 keeps element lines in 16 bits unless told otherwise */
static void
test_line_past_65535 (void)
{
  g_autoptr(GString) xml = g_string_new ("<unknot version=\"1\">\n<routines>\n");
  g_autoptr(GFile) file = NULL;
  UnknotLibrary *library = load_builtin ();

  for (guint line = 3; line < 70000; line++)
    g_string_append_c (xml, '\n');
  g_string_append (xml,
                   "<routine id=\"far\"><name>Far</name><goal>Goal</goal><summary>S</summary>"
                   "<items><item technique=\"no-such-technique\" sides=\"both\"/></items>"
                   "</routine>\n</routines>\n</unknot>\n");

  file = write_temp_file ("far.xml", xml->str, xml->len);
  assert_refused (library, file, FALSE, UNKNOT_CONTENT_ERROR_UNKNOWN_REFERENCE, 70000);

  g_assert_finalize_object (library);
}

static gboolean
on_incoming (GSocketService    *service,
             GSocketConnection *connection,
             GObject           *source,
             guint             *n_connections)
{
  (*n_connections)++;
  return TRUE;
}

static GSocketService *
start_listener (guint16 *port,
                guint   *n_connections)
{
  g_autoptr(GSocketService) service = g_socket_service_new ();
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) effective = NULL;
  g_autoptr(GError) error = NULL;

  g_socket_listener_add_address (G_SOCKET_LISTENER (service), address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &effective, &error);
  g_assert_no_error (error);
  *port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  g_assert_cmpuint (*port, >, 0);

  g_signal_connect (service, "incoming", G_CALLBACK (on_incoming), n_connections);
  g_socket_service_start (service);

  return g_steal_pointer (&service);
}

static void
drain_main_context (void)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 5;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* Proves the listener would have seen the loader, had it connected */
static void
assert_listener_works (guint16  port,
                       guint   *n_connections)
{
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, port);
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GError) error = NULL;

  /* The proxy resolver would need GSettings schemas the test does not have */
  g_socket_client_set_enable_proxy (client, FALSE);
  connection = g_socket_client_connect (client, G_SOCKET_CONNECTABLE (address), NULL, &error);
  g_assert_no_error (error);
  drain_main_context ();
  g_assert_cmpuint (*n_connections, ==, 1);
}

static void
test_external_dtd (gconstpointer data)
{
  const char *doctype = data;
  g_autoptr(GSocketService) service = NULL;
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autofree char *port_text = NULL;
  g_autoptr(GFile) file = NULL;
  UnknotLibrary *library = load_builtin ();
  guint n_connections = 0;
  guint16 port;

  service = start_listener (&port, &n_connections);
  port_text = g_strdup_printf ("%u", port);
  g_string_append_printf (xml,
                          "<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE unknot %s>\n"
                          "<unknot version=\"1\"><routines><routine id=\"x\"><name>&ext;</name>"
                          "</routine></routines></unknot>\n",
                          doctype);
  g_string_replace (xml, "PORT", port_text, 0);

  file = write_temp_file ("bad-external-dtd.xml", xml->str, xml->len);
  assert_refused (library, file, FALSE, UNKNOT_CONTENT_ERROR_FORBIDDEN, 2);

  drain_main_context ();
  g_assert_cmpuint (n_connections, ==, 0);
  assert_listener_works (port, &n_connections);

  g_socket_service_stop (service);
  g_socket_listener_close (G_SOCKET_LISTENER (service));
  g_assert_finalize_object (library);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *test_path = g_strconcat ("/loader/refuses/", bad_files[i].file, NULL);

      g_test_add_data_func (test_path, &bad_files[i], test_bad_file);
    }

  g_test_add_func ("/loader/good-library-wrong-name", test_good_library_wrong_name);
  g_test_add_func ("/loader/builtin-twice", test_builtin_twice);
  g_test_add_func ("/loader/dry-run-adds-nothing", test_dry_run_adds_nothing);
  g_test_add_func ("/loader/malformed-messages", test_malformed_messages);
  g_test_add_func ("/loader/refuses/missing-file", test_missing_file);
  g_test_add_func ("/loader/refuses/not-a-regular-file", test_not_a_regular_file);
  g_test_add_func ("/loader/refuses/bad-gzip", test_gzip);
  g_test_add_func ("/loader/refuses/bad-deep-nesting", test_deep_nesting);
  g_test_add_func ("/loader/refuses/bad-too-large", test_too_large);
  g_test_add_func ("/loader/largest-file-loads", test_largest_file_loads);
  g_test_add_func ("/loader/line-past-65535", test_line_past_65535);
  g_test_add_data_func ("/loader/refuses/bad-external-dtd",
                        "SYSTEM \"http://127.0.0.1:PORT/unknot.dtd\"", test_external_dtd);
  g_test_add_data_func ("/loader/refuses/bad-external-parameter-entity",
                        "[\n<!ENTITY % ext SYSTEM \"http://127.0.0.1:PORT/unknot.dtd\">\n%ext;\n]",
                        test_external_dtd);

  return g_test_run ();
}
