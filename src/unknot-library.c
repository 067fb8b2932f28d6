/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "unknot-content-loader.h"
#include "unknot-library-private.h"
#include "unknot-muscle-private.h"
#include "unknot-routine-private.h"

struct _UnknotLibrary
{
  GObject     parent_instance;

  GPtrArray  *muscles;
  GPtrArray  *techniques;
  GListStore *tools;
  GListStore *cautions;
  GListStore *zones;
  GListStore *routines;
  GListStore *regions;
  /* id → borrowed object, one table per UnknotContentKind */
  GHashTable *ids[UNKNOT_N_CONTENT_KINDS];
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (UnknotLibrary, unknot_library, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_ZONES,
  PROP_ROUTINES,
  PROP_CAUTIONS,
  PROP_TOOLS,
  PROP_REGIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
unknot_library_get_item_type (GListModel *model)
{
  return UNKNOT_TYPE_MUSCLE;
}

static guint
unknot_library_get_n_items (GListModel *model)
{
  return UNKNOT_LIBRARY (model)->muscles->len;
}

static gpointer
unknot_library_get_item (GListModel *model,
                         guint       position)
{
  UnknotLibrary *self = UNKNOT_LIBRARY (model);

  if (position >= self->muscles->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->muscles, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = unknot_library_get_item_type;
  iface->get_n_items = unknot_library_get_n_items;
  iface->get_item = unknot_library_get_item;
}

static void
unknot_library_dispose (GObject *object)
{
  UnknotLibrary *self = (UnknotLibrary *) object;

  for (guint i = 0; i < UNKNOT_N_CONTENT_KINDS; i++)
    g_clear_pointer (&self->ids[i], g_hash_table_unref);

  g_clear_pointer (&self->techniques, g_ptr_array_unref);
  g_clear_pointer (&self->muscles, g_ptr_array_unref);
  g_clear_object (&self->tools);
  g_clear_object (&self->cautions);
  g_clear_object (&self->zones);
  g_clear_object (&self->routines);
  g_clear_object (&self->regions);

  G_OBJECT_CLASS (unknot_library_parent_class)->dispose (object);
}

static void
unknot_library_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  UnknotLibrary *self = UNKNOT_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_ZONES:
      g_value_set_object (value, self->zones);
      break;

    case PROP_ROUTINES:
      g_value_set_object (value, self->routines);
      break;

    case PROP_CAUTIONS:
      g_value_set_object (value, self->cautions);
      break;

    case PROP_TOOLS:
      g_value_set_object (value, self->tools);
      break;

    case PROP_REGIONS:
      g_value_set_object (value, self->regions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
list_pspec (const char *name)
{
  return g_param_spec_object (name, NULL, NULL,
                              G_TYPE_LIST_MODEL,
                              (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
}

static void
unknot_library_class_init (UnknotLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_library_dispose;
  object_class->get_property = unknot_library_get_property;

  properties[PROP_ZONES] = list_pspec ("zones");
  properties[PROP_ROUTINES] = list_pspec ("routines");
  properties[PROP_CAUTIONS] = list_pspec ("cautions");
  properties[PROP_TOOLS] = list_pspec ("tools");
  properties[PROP_REGIONS] = list_pspec ("regions");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
unknot_library_init (UnknotLibrary *self)
{
  self->muscles = g_ptr_array_new_with_free_func (g_object_unref);
  self->techniques = g_ptr_array_new_with_free_func (g_object_unref);
  self->tools = g_list_store_new (UNKNOT_TYPE_TOOL);
  self->cautions = g_list_store_new (UNKNOT_TYPE_CAUTION);
  self->zones = g_list_store_new (UNKNOT_TYPE_ZONE);
  self->routines = g_list_store_new (UNKNOT_TYPE_ROUTINE);
  self->regions = g_list_store_new (UNKNOT_TYPE_REGION);

  for (guint i = 0; i < UNKNOT_N_CONTENT_KINDS; i++)
    self->ids[i] = g_hash_table_new (g_str_hash, g_str_equal);
}

UnknotLibrary *
unknot_library_new (void)
{
  return g_object_new (UNKNOT_TYPE_LIBRARY, NULL);
}

static const char *
content_get_id (UnknotContentKind  kind,
                gpointer           object)
{
  switch (kind)
    {
    case UNKNOT_CONTENT_TOOL:
      return unknot_tool_get_id (object);
    case UNKNOT_CONTENT_CAUTION:
      return unknot_caution_get_id (object);
    case UNKNOT_CONTENT_ZONE:
      return unknot_zone_get_id (object);
    case UNKNOT_CONTENT_MUSCLE:
      return unknot_muscle_get_id (object);
    case UNKNOT_CONTENT_TECHNIQUE:
      return unknot_technique_get_id (object);
    case UNKNOT_CONTENT_ROUTINE:
      return unknot_routine_get_id (object);
    case UNKNOT_CONTENT_REGION:
      return unknot_region_get_id (object);
    case UNKNOT_N_CONTENT_KINDS:
    default:
      g_assert_not_reached ();
    }
}

gpointer
_unknot_library_lookup (UnknotLibrary     *self,
                        UnknotContentKind  kind,
                        const char        *id)
{
  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (kind < UNKNOT_N_CONTENT_KINDS, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->ids[kind], id);
}

static void
append_to_store (GListStore *store,
                 GPtrArray  *added)
{
  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                       added->pdata, added->len);
}

/* Takes everything a loader checked in one go, so that a file either adds
 * all of its content or nothing.
 */
void
_unknot_library_commit (UnknotLibrary     *self,
                        GPtrArray * const *added)
{
  guint n_muscles;

  g_return_if_fail (UNKNOT_IS_LIBRARY (self));
  g_return_if_fail (added != NULL);

  for (guint kind = 0; kind < UNKNOT_N_CONTENT_KINDS; kind++)
    for (guint i = 0; i < added[kind]->len; i++)
      {
        gpointer object = g_ptr_array_index (added[kind], i);

        g_hash_table_insert (self->ids[kind], (gpointer) content_get_id (kind, object), object);
      }

  for (guint i = 0; i < added[UNKNOT_CONTENT_TECHNIQUE]->len; i++)
    {
      UnknotTechnique *technique = g_ptr_array_index (added[UNKNOT_CONTENT_TECHNIQUE], i);

      _unknot_muscle_add_technique (unknot_technique_get_muscle (technique), technique);
      g_ptr_array_add (self->techniques, g_object_ref (technique));
    }

  n_muscles = self->muscles->len;
  for (guint i = 0; i < added[UNKNOT_CONTENT_MUSCLE]->len; i++)
    {
      UnknotMuscle *muscle = g_ptr_array_index (added[UNKNOT_CONTENT_MUSCLE], i);

      g_ptr_array_add (self->muscles, g_object_ref (muscle));
    }

  append_to_store (self->tools, added[UNKNOT_CONTENT_TOOL]);
  append_to_store (self->cautions, added[UNKNOT_CONTENT_CAUTION]);
  append_to_store (self->zones, added[UNKNOT_CONTENT_ZONE]);
  append_to_store (self->routines, added[UNKNOT_CONTENT_ROUTINE]);
  append_to_store (self->regions, added[UNKNOT_CONTENT_REGION]);

  if (self->muscles->len > n_muscles)
    g_list_model_items_changed (G_LIST_MODEL (self), n_muscles, 0, self->muscles->len - n_muscles);
}

gboolean
unknot_library_load_builtin (UnknotLibrary  *self,
                             GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = g_resources_lookup_data (RESOURCE_PATH "/content/unknot-content.xml",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  return unknot_content_load_bytes (self, bytes, "unknot-content.xml", NULL,
                                    UNKNOT_CONTENT_LOAD_DEFAULT, error);
}

gboolean
unknot_library_load_file (UnknotLibrary  *self,
                          GFile          *file,
                          GError        **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_parse_name (file);
  return unknot_content_load_file (self, file, name, UNKNOT_CONTENT_LOAD_USER, error);
}

static GFile *
get_user_routines_dir (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "unknot", "routines", NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
list_routine_files (GFile      *dir,
                    GPtrArray  *names,
                    GError    **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (dir,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE, NULL, error);
  if (children == NULL)
    return FALSE;

  while (g_file_enumerator_iterate (children, &info, NULL, NULL, error) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
          g_str_has_suffix (name, ".xml"))
        g_ptr_array_add (names, g_strdup (name));
    }

  g_ptr_array_sort (names, compare_names);
  return error == NULL || *error == NULL;
}

static void
add_dir_error (GPtrArray *errors,
               GFile     *dir,
               GError    *error)
{
  g_autofree char *name = g_file_get_parse_name (dir);

  g_ptr_array_add (errors,
                   g_error_new (UNKNOT_CONTENT_ERROR, UNKNOT_CONTENT_ERROR_IO,
                                _("%s:1: The folder of your routines could not be read: %s"),
                                name, error->message));
}

/**
 * unknot_library_load_user_routines:
 * @self: a library with its built-in content
 * @errors: (out) (optional) (element-type GError) (transfer full): the
 *   reason each file that was skipped could not be read
 *
 * Loads every routine file in the user's data folder, in name order.
 *
 * Returns: how many files were loaded
 */
guint
unknot_library_load_user_routines (UnknotLibrary  *self,
                                   GPtrArray     **errors)
{
  g_autoptr(GPtrArray) failed = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  guint n_loaded = 0;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), 0);

  failed = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  names = g_ptr_array_new_with_free_func (g_free);
  dir = get_user_routines_dir ();

  if (!list_routine_files (dir, names, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    add_dir_error (failed, dir, error);

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_get_child (dir, g_ptr_array_index (names, i));
      GError *file_error = NULL;

      if (unknot_library_load_file (self, file, &file_error))
        n_loaded++;
      else
        g_ptr_array_add (failed, file_error);
    }

  if (errors != NULL)
    *errors = g_steal_pointer (&failed);

  return n_loaded;
}

static void
put_user_routine (UnknotLibrary *self,
                  UnknotRoutine *routine)
{
  UnknotRoutine *old = _unknot_library_lookup (self, UNKNOT_CONTENT_ROUTINE,
                                               unknot_routine_get_id (routine));
  guint position;

  if (old == routine)
    return;

  /* Replace the key too: the old one is the old routine's, about to go. */
  g_hash_table_replace (self->ids[UNKNOT_CONTENT_ROUTINE],
                        (gpointer) unknot_routine_get_id (routine), routine);

  if (old != NULL && g_list_store_find (self->routines, old, &position))
    g_list_store_splice (self->routines, position, 1, (gpointer *) &routine, 1);
  else
    g_list_store_append (self->routines, routine);
}

static gboolean
ensure_dir (GFile   *dir,
            GError **error)
{
  g_autofree char *path = g_file_get_path (dir);
  int saved_errno;

  if (g_mkdir_with_parents (path, 0700) == 0)
    return TRUE;

  saved_errno = errno;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not create the folder %s: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

/**
 * unknot_library_save_user_routine:
 * @self: a library with its built-in content
 * @routine: a routine someone built or changed
 * @error: where to put a problem
 *
 * Writes the routine to the user's data folder, replacing any earlier
 * version in one step, and adds it to the routines when it is new.  The
 * file is checked the way it will be read back before it is written, so a
 * routine saved today cannot fail to load tomorrow.
 *
 * Returns: %TRUE when the routine was saved
 */
gboolean
unknot_library_save_user_routine (UnknotLibrary  *self,
                                  UnknotRoutine  *routine,
                                  GError        **error)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *basename = NULL;
  char *xml;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (routine), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  xml = unknot_routine_to_xml (routine);
  bytes = g_bytes_new_take (xml, strlen (xml));
  basename = g_strconcat (unknot_routine_get_id (routine), ".xml", NULL);
  dir = get_user_routines_dir ();
  file = g_file_get_child (dir, basename);

  if (!unknot_content_load_bytes (self, bytes, basename, file,
                                  (UNKNOT_CONTENT_LOAD_USER |
                                   UNKNOT_CONTENT_LOAD_DRY_RUN |
                                   UNKNOT_CONTENT_LOAD_REPLACE_USER),
                                  error))
    return FALSE;

  if (!ensure_dir (dir, error) ||
      !g_file_replace_contents (file,
                                g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, NULL, error))
    return FALSE;

  _unknot_routine_set_user_file (routine, file);
  put_user_routine (self, routine);
  return TRUE;
}

/**
 * unknot_library_delete_user_routine:
 * @self: a library
 * @routine: one of the user's routines
 * @error: where to put a problem
 *
 * Deletes the routine's file and takes it out of the routines.  Saving the
 * same routine again with unknot_library_save_user_routine() undoes it.
 *
 * Returns: %TRUE when the routine is gone
 */
gboolean
unknot_library_delete_user_routine (UnknotLibrary  *self,
                                    UnknotRoutine  *routine,
                                    GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *id;
  GFile *file;
  guint position;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (routine), FALSE);
  g_return_val_if_fail (unknot_routine_get_is_user (routine), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = unknot_routine_get_file (routine);
  if (file != NULL && !g_file_delete (file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  id = unknot_routine_get_id (routine);
  if (_unknot_library_lookup (self, UNKNOT_CONTENT_ROUTINE, id) == routine)
    g_hash_table_remove (self->ids[UNKNOT_CONTENT_ROUTINE], id);
  if (g_list_store_find (self->routines, routine, &position))
    g_list_store_remove (self->routines, position);

  return TRUE;
}

/**
 * unknot_library_save_routine_as:
 * @self: a library
 * @routine: any routine, built-in or the user's
 * @file: where to write, usually a `.unknot` file the user chose
 * @error: where to put a problem
 *
 * Writes @routine alone to a routine file, to hand to a client; importing
 * that file gives the same routine.  The library does not change.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
unknot_library_save_routine_as (UnknotLibrary  *self,
                                UnknotRoutine  *routine,
                                GFile          *file,
                                GError        **error)
{
  g_autofree char *xml = NULL;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (routine), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  xml = unknot_routine_to_xml (routine);
  return g_file_replace_contents (file, xml, strlen (xml), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

/**
 * unknot_library_get_muscle:
 * @self: a library
 * @id: a muscle id
 *
 * Like the other lookups, returns an object the library keeps alive.
 *
 * Returns: (nullable) (transfer none): the muscle, or %NULL
 */
UnknotMuscle *
unknot_library_get_muscle (UnknotLibrary *self,
                           const char    *id)
{
  return _unknot_library_lookup (self, UNKNOT_CONTENT_MUSCLE, id);
}

UnknotZone *
unknot_library_get_zone (UnknotLibrary *self,
                         const char    *id)
{
  return _unknot_library_lookup (self, UNKNOT_CONTENT_ZONE, id);
}

UnknotTechnique *
unknot_library_get_technique (UnknotLibrary *self,
                              const char    *id)
{
  return _unknot_library_lookup (self, UNKNOT_CONTENT_TECHNIQUE, id);
}

UnknotTool *
unknot_library_get_tool (UnknotLibrary *self,
                         const char    *id)
{
  return _unknot_library_lookup (self, UNKNOT_CONTENT_TOOL, id);
}

UnknotCaution *
unknot_library_get_caution (UnknotLibrary *self,
                            const char    *id)
{
  return _unknot_library_lookup (self, UNKNOT_CONTENT_CAUTION, id);
}

UnknotRoutine *
unknot_library_get_routine (UnknotLibrary *self,
                            const char    *id)
{
  return _unknot_library_lookup (self, UNKNOT_CONTENT_ROUTINE, id);
}

UnknotRegion *
unknot_library_get_region (UnknotLibrary *self,
                           const char    *svg_id)
{
  return _unknot_library_lookup (self, UNKNOT_CONTENT_REGION, svg_id);
}

GListModel *
unknot_library_get_zones (UnknotLibrary *self)
{
  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), NULL);

  return G_LIST_MODEL (self->zones);
}

GListModel *
unknot_library_get_routines (UnknotLibrary *self)
{
  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), NULL);

  return G_LIST_MODEL (self->routines);
}

GListModel *
unknot_library_get_cautions (UnknotLibrary *self)
{
  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), NULL);

  return G_LIST_MODEL (self->cautions);
}

GListModel *
unknot_library_get_tools (UnknotLibrary *self)
{
  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), NULL);

  return G_LIST_MODEL (self->tools);
}

GListModel *
unknot_library_get_regions (UnknotLibrary *self)
{
  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), NULL);

  return G_LIST_MODEL (self->regions);
}
