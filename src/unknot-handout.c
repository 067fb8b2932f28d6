/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "unknot-handout-private.h"

/* A home-exercise handout: a routine on paper.  This file builds it and
 * cuts it into pages; unknot-handout-blocks.c lays out and draws what is
 * on them. */

#define SMALLER_TEXT   0.92

/* The routine's muscles stand out; the rest of the figure recedes so
 * the page reads the same in black and white. */
static const char map_stylesheet[] =
  ".skin{fill:#f6eee9 !important}"
  ".muscle{fill:#e6d8d0 !important}"
  ".zone{fill:#9aa6b8 !important;fill-opacity:0.45 !important}"
  ".shade{stroke-opacity:0.2 !important}";
static const char map_tint[] = "#c4452d";

typedef struct
{
  BlockKind kind;
  guint     item;
  double    height;
  guint     page;
  double    y;
} Block;

G_DEFINE_FINAL_TYPE (UnknotHandout, unknot_handout, G_TYPE_OBJECT)

void
unknot_paper_get_size (UnknotPaper  paper,
                       double      *width,
                       double      *height)
{
  *width = paper == UNKNOT_PAPER_LETTER ? 612.0 : 595.2756;
  *height = paper == UNKNOT_PAPER_LETTER ? 792.0 : 841.8898;
}

static RsvgHandle *
load_svg (const char *path,
          const char *stylesheet)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  RsvgHandle *handle;
  gsize size;
  const guint8 *data;

  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  handle = rsvg_handle_new_from_data (data, size, NULL);
  if (handle == NULL)
    return NULL;
  rsvg_handle_set_dpi (handle, 72.0);
  if (stylesheet != NULL
      && !rsvg_handle_set_stylesheet (handle, (const guint8 *) stylesheet, strlen (stylesheet),
                                      NULL))
    g_clear_object (&handle);

  return handle;
}

/* The map regions an item works: the sides it names, and midline areas. */
static void
add_item_regions (UnknotRoutineItem *item,
                  GString           *css)
{
  UnknotSide sides = unknot_routine_item_get_sides (item);
  UnknotMuscle *muscle = unknot_technique_get_muscle (unknot_routine_item_get_technique (item));
  GListModel *regions = unknot_muscle_get_regions (muscle);

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);
      UnknotSide side = unknot_region_get_side (region);

      if (sides == UNKNOT_SIDE_BOTH || sides == UNKNOT_SIDE_NONE
          || side == UNKNOT_SIDE_NONE || side == sides)
        g_string_append_printf (css, "#%s{fill:%s !important}",
                                unknot_region_get_id (region), map_tint);
    }
}

static gboolean
technique_has_caution (UnknotTechnique *technique,
                       UnknotCaution   *caution)
{
  GListModel *cautions = unknot_technique_get_cautions (technique);

  for (guint i = 0; i < g_list_model_get_n_items (cautions); i++)
    {
      g_autoptr(UnknotCaution) other = g_list_model_get_item (cautions, i);

      if (other == caution)
        return TRUE;
    }

  return FALSE;
}

/* Cautions every item shares are printed once, before the items, so the
 * page says each thing once and the items keep what is their own. */
static void
find_shared_cautions (UnknotHandout *self)
{
  guint n_items = _unknot_handout_get_n_items (self);
  GListModel *first;

  if (n_items < 2)
    return;

  first = unknot_technique_get_cautions (unknot_routine_item_get_technique (_unknot_handout_get_item (self, 0)));
  for (guint i = 0; i < g_list_model_get_n_items (first); i++)
    {
      g_autoptr(UnknotCaution) caution = g_list_model_get_item (first, i);
      gboolean shared = TRUE;

      for (guint j = 1; j < n_items && shared; j++)
        shared = technique_has_caution (unknot_routine_item_get_technique (_unknot_handout_get_item (self, j)),
                                        caution);
      if (shared)
        g_ptr_array_add (self->shared_cautions, g_steal_pointer (&caution));
    }
}

static void
create_pango_context (UnknotHandout *self)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the same line breaks on screen, in a PDF and on
   * any printer's resolution. */
  self->context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  pango_context_set_language (self->context, pango_language_get_default ());
  cairo_font_options_destroy (options);
}

UnknotHandout *
unknot_handout_new (UnknotLibrary *library,
                    UnknotRoutine *routine)
{
  UnknotHandout *self;
  g_autoptr(GString) css = g_string_new (map_stylesheet);

  g_return_val_if_fail (UNKNOT_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (UNKNOT_IS_ROUTINE (routine), NULL);

  self = g_object_new (UNKNOT_TYPE_HANDOUT, NULL);
  self->library = g_object_ref (library);
  self->routine = g_object_ref (routine);
  self->date = g_date_time_new_now_local ();
  create_pango_context (self);

  for (guint i = 0; i < _unknot_handout_get_n_items (self); i++)
    {
      UnknotRoutineItem *item = _unknot_handout_get_item (self, i);
      UnknotTechnique *technique = unknot_routine_item_get_technique (item);
      g_autofree char *path = g_strdup_printf (RESOURCE_PATH "/techniques/%s.svg",
                                               unknot_technique_get_id (technique));

      add_item_regions (item, css);
      g_ptr_array_add (self->pictures, load_svg (path, NULL));
    }
  self->map = load_svg (RESOURCE_PATH "/bodymap/unknot-body.svg", css->str);
  find_shared_cautions (self);

  return self;
}

/* A single technique on paper: one item at the technique's defaults. */
UnknotRoutine *
unknot_handout_routine_for_technique (UnknotTechnique *technique)
{
  UnknotMuscle *muscle;
  UnknotRoutine *routine;

  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (technique), NULL);

  muscle = unknot_technique_get_muscle (technique);
  routine = unknot_routine_new (unknot_technique_get_id (technique),
                                unknot_muscle_get_name (muscle),
                                unknot_tool_get_name (unknot_technique_get_tool (technique)),
                                "");
  unknot_routine_append_item (routine, technique,
                              unknot_technique_get_per_side (technique) ? UNKNOT_SIDE_BOTH
                                                                        : UNKNOT_SIDE_NONE,
                              unknot_technique_get_hold_default (technique),
                              unknot_technique_get_reps_default (technique));

  return routine;
}

void
unknot_handout_set_date (UnknotHandout *self,
                         GDateTime     *date)
{
  g_return_if_fail (UNKNOT_IS_HANDOUT (self));
  g_return_if_fail (date != NULL);

  g_date_time_unref (self->date);
  self->date = g_date_time_ref (date);
}

static void
add_block (UnknotHandout *self,
           BlockKind      kind,
           guint          item)
{
  Block block = { kind, item, 0, 0, 0 };

  block.height = _unknot_handout_draw_block (self, NULL, kind, item, 0);
  g_array_append_val (self->blocks, block);
}

static guint
assign_pages (UnknotHandout *self)
{
  double bottom = self->page_height - MARGIN_BOTTOM, y = MARGIN_TOP;
  guint page = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      if (y > MARGIN_TOP && y + block->height > bottom)
        {
          page++;
          y = MARGIN_TOP;
        }
      block->page = page;
      block->y = y;
      y += block->height + BLOCK_GAP;
    }

  return page + 1;
}

/* Measures every block, then cuts pages between blocks: an exercise is
 * never split.  The cautions for every exercise come before the
 * exercises unless they cost a page there; then they close the handout. */
static guint
lay_out_blocks (UnknotHandout *self)
{
  g_array_set_size (self->blocks, 0);
  add_block (self, BLOCK_HEADER, 0);
  add_block (self, BLOCK_SAFETY, 0);
  for (guint i = 0; i < _unknot_handout_get_n_items (self); i++)
    add_block (self, BLOCK_ITEM, i);
  self->n_pages = assign_pages (self);

  if (self->shared_cautions->len > 0)
    {
      Block shared = { BLOCK_SHARED, 0, 0, 0, 0 };
      guint n_pages;

      shared.height = _unknot_handout_draw_block (self, NULL, BLOCK_SHARED, 0, 0);
      g_array_insert_val (self->blocks, 2, shared);
      n_pages = assign_pages (self);
      if (n_pages > self->n_pages)
        {
          g_array_remove_index (self->blocks, 2);
          g_array_append_val (self->blocks, shared);
          n_pages = assign_pages (self);
        }
      self->n_pages = n_pages;
    }

  return self->n_pages;
}

/* Slightly smaller type where that saves a sheet of paper, as a longer
 * translation may need. */
guint
unknot_handout_paginate (UnknotHandout *self,
                         double         page_width,
                         double         page_height)
{
  guint n_pages;

  g_return_val_if_fail (UNKNOT_IS_HANDOUT (self), 0);
  g_return_val_if_fail (page_width > 2 * MARGIN_SIDE && page_height > MARGIN_TOP + MARGIN_BOTTOM,
                        0);

  self->page_width = page_width;
  self->page_height = page_height;
  self->text_scale = 1.0;
  n_pages = lay_out_blocks (self);
  if (n_pages > 1)
    {
      self->text_scale = SMALLER_TEXT;
      if (lay_out_blocks (self) >= n_pages)
        {
          self->text_scale = 1.0;
          lay_out_blocks (self);
        }
    }

  return self->n_pages;
}

void
unknot_handout_draw_page (UnknotHandout *self,
                          cairo_t       *cr,
                          guint          page)
{
  g_return_if_fail (UNKNOT_IS_HANDOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if (block->page == page)
        _unknot_handout_draw_block (self, cr, block->kind, block->item, block->y);
    }
  _unknot_handout_draw_footer (self, cr, page);
  cairo_restore (cr);
}

typedef struct
{
  GOutputStream *stream;
  GError        *error;
} PdfSink;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  PdfSink *sink = closure;

  if (sink->error != NULL
      || !g_output_stream_write_all (sink->stream, data, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
draw_handouts (UnknotHandout * const *handouts,
               guint                  n_handouts,
               cairo_surface_t       *surface,
               double                 width,
               double                 height)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  for (guint i = 0; i < n_handouts; i++)
    {
      guint n_pages = unknot_handout_paginate (handouts[i], width, height);

      for (guint page = 0; page < n_pages && cairo_status (cr) == CAIRO_STATUS_SUCCESS; page++)
        {
          unknot_handout_draw_page (handouts[i], cr, page);
          cairo_show_page (cr);
        }
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  return status;
}

/* Several handouts, one after the other, in one PDF: a client's file may
 * hold more than one routine.  Written through GIO, so a problem with
 * the file is found before any drawing and reported in GIO's words; the
 * file appears only when whole. */
gboolean
unknot_handout_write_pdf_many (UnknotHandout * const  *handouts,
                               guint                   n_handouts,
                               const char             *path,
                               UnknotPaper             paper,
                               GError                **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  PdfSink sink = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;

  g_return_val_if_fail (handouts != NULL && n_handouts > 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;
  sink.stream = G_OUTPUT_STREAM (stream);

  unknot_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &sink, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  unknot_routine_get_name (handouts[0]->routine));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Unknot");
  status = draw_handouts (handouts, n_handouts, surface, width, height);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();
      g_autofree char *name = g_filename_display_name (path);

      /* Closing a replaced file cancelled leaves what was there before. */
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      if (sink.error != NULL)
        g_propagate_error (error, sink.error);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: cannot write the handout: %s"),
                     name, cairo_status_to_string (status));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

gboolean
unknot_handout_write_pdf (UnknotHandout  *self,
                          const char     *path,
                          UnknotPaper     paper,
                          GError        **error)
{
  g_return_val_if_fail (UNKNOT_IS_HANDOUT (self), FALSE);

  return unknot_handout_write_pdf_many (&self, 1, path, paper, error);
}

static void
unknot_handout_dispose (GObject *object)
{
  UnknotHandout *self = UNKNOT_HANDOUT (object);

  g_clear_object (&self->library);
  g_clear_object (&self->routine);
  g_clear_object (&self->context);
  g_clear_object (&self->map);
  g_clear_pointer (&self->pictures, g_ptr_array_unref);
  g_clear_pointer (&self->shared_cautions, g_ptr_array_unref);

  G_OBJECT_CLASS (unknot_handout_parent_class)->dispose (object);
}

static void
unknot_handout_finalize (GObject *object)
{
  UnknotHandout *self = UNKNOT_HANDOUT (object);

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->blocks, g_array_unref);

  G_OBJECT_CLASS (unknot_handout_parent_class)->finalize (object);
}

static void
unknot_handout_class_init (UnknotHandoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = unknot_handout_dispose;
  object_class->finalize = unknot_handout_finalize;
}

static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
unknot_handout_init (UnknotHandout *self)
{
  self->pictures = g_ptr_array_new_with_free_func (unref_if_set);
  self->shared_cautions = g_ptr_array_new_with_free_func (g_object_unref);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  self->text_scale = 1.0;
}
