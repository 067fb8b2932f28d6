/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-clock.h"

typedef struct
{
  UnknotClock     *clock;
  GSource         *source;
  gint64           deadline_us;
  guint            id;
  UnknotClockFunc  func;
  gpointer         user_data;
} ClockEntry;

struct _UnknotClock
{
  GObject  parent_instance;

  /* ClockEntry, earliest deadline first; equal deadlines in the order scheduled */
  GQueue   pending;
  gint64   now_us;
  guint    last_id;
  gboolean manual;
};

G_DEFINE_FINAL_TYPE (UnknotClock, unknot_clock, G_TYPE_OBJECT)

static void
clock_entry_free (ClockEntry *entry)
{
  if (entry->source != NULL)
    {
      g_source_destroy (entry->source);
      g_clear_pointer (&entry->source, g_source_unref);
    }

  g_free (entry);
}

static int
clock_entry_compare (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data G_GNUC_UNUSED)
{
  const ClockEntry *entry_a = a;
  const ClockEntry *entry_b = b;

  if (entry_a->deadline_us != entry_b->deadline_us)
    return entry_a->deadline_us < entry_b->deadline_us ? -1 : 1;

  return entry_a->id < entry_b->id ? -1 : entry_a->id > entry_b->id;
}

/* The entry is freed before its function runs, so the function may
 * schedule, cancel or even drop the last reference to the clock.
 */
static void
clock_entry_fire (UnknotClock *self,
                  ClockEntry  *entry)
{
  UnknotClockFunc func = entry->func;
  gpointer user_data = entry->user_data;

  g_queue_remove (&self->pending, entry);
  clock_entry_free (entry);
  func (user_data);
}

static gboolean
clock_source_dispatch (GSource     *source G_GNUC_UNUSED,
                       GSourceFunc  callback,
                       gpointer     user_data)
{
  return callback (user_data);
}

/* Only a ready time: the main context sleeps until the deadline itself
 * (give or take poll()'s slack, about 0.1% of the wait), with no interval
 * to round or drift.
 */
static GSourceFuncs clock_source_funcs = {
  .dispatch = clock_source_dispatch,
};

static void clock_run_until (UnknotClock *self,
                             gint64       target_us);

/* Sources that fall due in the same main-loop iteration (a loop that was
 * busy or asleep past several deadlines) would dispatch in the order they
 * were attached; the first of them fires everything due, earliest first,
 * and destroys the others' sources.
 */
static gboolean
clock_source_cb (gpointer user_data)
{
  ClockEntry *entry = user_data;

  clock_run_until (entry->clock, MAX (entry->deadline_us, g_get_monotonic_time ()));

  return G_SOURCE_REMOVE;
}

static void
clock_entry_attach (ClockEntry *entry)
{
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();

  entry->source = g_source_new (&clock_source_funcs, sizeof (GSource));
  g_source_set_static_name (entry->source, "[unknot] clock deadline");
  g_source_set_priority (entry->source, G_PRIORITY_DEFAULT);
  g_source_set_ready_time (entry->source, entry->deadline_us);
  g_source_set_callback (entry->source, clock_source_cb, entry, NULL);
  g_source_attach (entry->source, context);
}

static void
clock_run_until (UnknotClock *self,
                 gint64       target_us)
{
  ClockEntry *entry;

  g_object_ref (self);

  while ((entry = g_queue_peek_head (&self->pending)) != NULL &&
         entry->deadline_us <= target_us)
    {
      self->now_us = MAX (self->now_us, entry->deadline_us);
      clock_entry_fire (self, entry);
    }

  self->now_us = MAX (self->now_us, target_us);
  g_object_unref (self);
}

static void
unknot_clock_dispose (GObject *object)
{
  UnknotClock *self = (UnknotClock *)object;

  g_queue_clear_full (&self->pending, (GDestroyNotify) clock_entry_free);

  G_OBJECT_CLASS (unknot_clock_parent_class)->dispose (object);
}

static void
unknot_clock_class_init (UnknotClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_clock_dispose;
}

static void
unknot_clock_init (UnknotClock *self)
{
  g_queue_init (&self->pending);
}

/**
 * unknot_clock_new:
 *
 * Returns: a clock that follows g_get_monotonic_time() and fires its
 *   callbacks from the thread-default main context
 */
UnknotClock *
unknot_clock_new (void)
{
  return g_object_new (UNKNOT_TYPE_CLOCK, NULL);
}

/**
 * unknot_clock_new_manual:
 * @start_us: the initial time, in microseconds
 *
 * Returns: a clock whose time only moves with unknot_clock_advance() and
 *   unknot_clock_set_time(), which also fire the callbacks that fall due
 */
UnknotClock *
unknot_clock_new_manual (gint64 start_us)
{
  UnknotClock *self = g_object_new (UNKNOT_TYPE_CLOCK, NULL);

  self->manual = TRUE;
  self->now_us = start_us;

  return self;
}

gboolean
unknot_clock_is_manual (UnknotClock *self)
{
  g_return_val_if_fail (UNKNOT_IS_CLOCK (self), FALSE);

  return self->manual;
}

gint64
unknot_clock_get_time (UnknotClock *self)
{
  g_return_val_if_fail (UNKNOT_IS_CLOCK (self), 0);

  if (self->manual)
    return self->now_us;

  return g_get_monotonic_time ();
}

/**
 * unknot_clock_schedule:
 * @self: a clock
 * @deadline_us: when to call @func, in the clock's time
 * @func: called once, at or after @deadline_us
 * @user_data: passed to @func
 *
 * Returns: an id for unknot_clock_cancel(), never 0
 */
guint
unknot_clock_schedule (UnknotClock     *self,
                       gint64           deadline_us,
                       UnknotClockFunc  func,
                       gpointer         user_data)
{
  ClockEntry *entry;

  g_return_val_if_fail (UNKNOT_IS_CLOCK (self), 0);
  g_return_val_if_fail (func != NULL, 0);

  if (++self->last_id == 0)
    self->last_id = 1;

  entry = g_new0 (ClockEntry, 1);
  entry->clock = self;
  entry->deadline_us = deadline_us;
  entry->id = self->last_id;
  entry->func = func;
  entry->user_data = user_data;

  g_queue_insert_sorted (&self->pending, entry, clock_entry_compare, NULL);

  if (!self->manual)
    clock_entry_attach (entry);

  return entry->id;
}

/**
 * unknot_clock_cancel:
 * @self: a clock
 * @id: an id from unknot_clock_schedule()
 *
 * Cancels a scheduled callback. Ids that already fired are ignored.
 */
void
unknot_clock_cancel (UnknotClock *self,
                     guint        id)
{
  g_return_if_fail (UNKNOT_IS_CLOCK (self));

  for (GList *l = self->pending.head; l != NULL; l = l->next)
    {
      ClockEntry *entry = l->data;

      if (entry->id == id)
        {
          g_queue_delete_link (&self->pending, l);
          clock_entry_free (entry);
          return;
        }
    }
}

guint
unknot_clock_get_n_pending (UnknotClock *self)
{
  g_return_val_if_fail (UNKNOT_IS_CLOCK (self), 0);

  return self->pending.length;
}

/**
 * unknot_clock_advance:
 * @self: a manual clock
 * @delta_us: how far to move the time, >= 0
 *
 * Fires, in deadline order, every callback due by the new time. The time
 * is set to each deadline before its callback runs, so callbacks scheduled
 * from a callback also fire if they fall within the span.
 */
void
unknot_clock_advance (UnknotClock *self,
                      gint64       delta_us)
{
  g_return_if_fail (UNKNOT_IS_CLOCK (self));
  g_return_if_fail (self->manual);
  g_return_if_fail (delta_us >= 0);

  clock_run_until (self, self->now_us + delta_us);
}

/**
 * unknot_clock_set_time:
 * @self: a manual clock
 * @time_us: the new time; a monotonic clock never goes back
 *
 * Like unknot_clock_advance() with an absolute time.
 */
void
unknot_clock_set_time (UnknotClock *self,
                       gint64       time_us)
{
  g_return_if_fail (UNKNOT_IS_CLOCK (self));
  g_return_if_fail (self->manual);
  g_return_if_fail (time_us >= self->now_us);

  clock_run_until (self, time_us);
}
