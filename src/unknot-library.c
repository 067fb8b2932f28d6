/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"


#include "unknot-library-private.h"
#include "unknot-muscle-private.h"

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
  GListStore *basics;
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

/* Everything is freed in finalize: until then the list models answer,
 * even to a caller that ran dispose. */
static void
unknot_library_finalize (GObject *object)
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
  g_clear_object (&self->basics);

  G_OBJECT_CLASS (unknot_library_parent_class)->finalize (object);
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

  object_class->finalize = unknot_library_finalize;
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
  self->basics = g_list_store_new (UNKNOT_TYPE_BASICS_PAGE);

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
    case UNKNOT_CONTENT_BASICS_PAGE:
      return unknot_basics_page_get_id (object);
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
  append_to_store (self->basics, added[UNKNOT_CONTENT_BASICS_PAGE]);

  if (self->muscles->len > n_muscles)
    g_list_model_items_changed (G_LIST_MODEL (self), n_muscles, 0, self->muscles->len - n_muscles);
}

/**
 * unknot_library_put_routine:
 * @self: a library
 * @routine: one of the person's routines, already saved
 *
 * Adds @routine, or puts it in the place of the routine with its id.
 */
void
unknot_library_put_routine (UnknotLibrary *self,
                            UnknotRoutine *routine)
{
  UnknotRoutine *old;
  guint position;

  g_return_if_fail (UNKNOT_IS_LIBRARY (self));
  g_return_if_fail (UNKNOT_IS_ROUTINE (routine));

  old = _unknot_library_lookup (self, UNKNOT_CONTENT_ROUTINE, unknot_routine_get_id (routine));
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

/**
 * unknot_library_remove_routine:
 * @self: a library
 * @routine: a routine of the library
 *
 * Takes @routine out of the library; nothing happens on the disk.
 */
void
unknot_library_remove_routine (UnknotLibrary *self,
                               UnknotRoutine *routine)
{
  guint position;

  g_return_if_fail (UNKNOT_IS_LIBRARY (self));
  g_return_if_fail (UNKNOT_IS_ROUTINE (routine));

  if (_unknot_library_lookup (self, UNKNOT_CONTENT_ROUTINE,
                              unknot_routine_get_id (routine)) != routine)
    return;

  g_hash_table_remove (self->ids[UNKNOT_CONTENT_ROUTINE], unknot_routine_get_id (routine));
  if (g_list_store_find (self->routines, routine, &position))
    g_list_store_remove (self->routines, position);
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

/**
 * unknot_library_get_basics:
 *
 * Returns: (transfer none): the pages of "Foam Rolling Basics", in order
 */
GListModel *
unknot_library_get_basics (UnknotLibrary *self)
{
  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), NULL);

  return G_LIST_MODEL (self->basics);
}

UnknotBasicsPage *
unknot_library_get_basics_page (UnknotLibrary *self,
                                const char    *id)
{
  return _unknot_library_lookup (self, UNKNOT_CONTENT_BASICS_PAGE, id);
}

/* The first Basics page that explains @caution, or NULL */
UnknotBasicsPage *
unknot_library_find_basics_page (UnknotLibrary *self,
                                 UnknotCaution *caution)
{
  GListModel *basics;

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (UNKNOT_IS_CAUTION (caution), NULL);

  basics = G_LIST_MODEL (self->basics);
  for (guint i = 0; i < g_list_model_get_n_items (basics); i++)
    {
      g_autoptr(UnknotBasicsPage) page = g_list_model_get_item (basics, i);

      if (unknot_basics_page_explains (page, caution))
        return page;
    }

  return NULL;
}
