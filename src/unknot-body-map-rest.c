/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-body-map-private.h"
#include "unknot-image.h"
#include "unknot-rest-picture.h"

/* The map at rest, nothing hovered, chosen or highlighted, is the same
 * picture every time the window opens at the same size: the art with
 * its no-roll zones hatched.  The window keeps that picture between
 * launches; while it matches, the first frame shows it instead of
 * parsing and rendering the SVG, which is done after that frame, before
 * the pointer needs it.  The captions are drawn as always. */

static gboolean
unknot_body_map_at_rest (UnknotBodyMap *self)
{
  return self->show_zones && !self->multi_select && self->selected_muscle == NULL
         && (self->highlighted == NULL || self->highlighted[0] == NULL)
         && self->heat == NULL && self->hover_region == NULL
         && (self->focus_region == NULL || !gtk_widget_has_visible_focus (GTK_WIDGET (self)));
}

/* Everything the picture depends on besides the map being at rest */
static char *
unknot_body_map_rest_key (UnknotBodyMap *self)
{
  GListModel *regions = unknot_library_get_regions (self->library);
  g_autofree char *zone = NULL;
  guint zones = 0;
  GdkRGBA color;

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);

      if (unknot_region_is_zone (region))
        zones = zones * 31 + g_str_hash (unknot_region_get_id (region));
    }
  unknot_body_art_lookup_color (GTK_WIDGET (self), "bodymap_zone_color", &color);
  zone = gdk_rgba_to_string (&color);

  return g_strdup_printf ("%s svg=%08x zones=%08x %dx%d@%d show=%d dark=%d hc=%d zone=%s",
                          PACKAGE_VERSION, unknot_body_art_get_source_hash (), zones,
                          self->frame.width, self->frame.height, self->frame.scale,
                          self->frame.show, self->dark, self->high_contrast, zone);
}

/**
 * unknot_body_map_set_rest_picture:
 * @self: a map
 * @picture: (nullable): the picture an earlier launch's map offered with
 *   #UnknotBodyMap::rest-picture-ready, or %NULL if there is none
 *
 * Asks the map to stand @picture in for its art at first, if it was made
 * for exactly the map's frame and style, and to offer a picture of its
 * own when it has none that matches.
 */
void
unknot_body_map_set_rest_picture (UnknotBodyMap *self,
                                  GBytes        *picture)
{
  g_return_if_fail (UNKNOT_IS_BODY_MAP (self));

  _unknot_body_map_drop_rest (self);
  self->rest_wanted = TRUE;
  self->rest_kept = FALSE;
  self->rest_picture = picture != NULL ? g_bytes_ref (picture) : NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Draws the picture if it stands in for the art in this frame */
gboolean
_unknot_body_map_snapshot_rest (UnknotBodyMap *self,
                                GtkSnapshot   *snapshot)
{
  g_autofree char *key = NULL;
  graphene_rect_t visible;

  if (self->base_surface != NULL || self->rest_picture == NULL || !unknot_body_map_at_rest (self))
    return FALSE;

  key = unknot_body_map_rest_key (self);
  if (g_strcmp0 (key, self->rest_key) != 0)
    {
      g_clear_pointer (&self->rest_surface, cairo_surface_destroy);
      g_clear_object (&self->rest_texture);
      self->rest_surface = unknot_rest_picture_decode (self->rest_picture, key);
      g_free (self->rest_key);
      self->rest_key = g_steal_pointer (&key);
    }
  if (self->rest_surface == NULL)
    return FALSE;

  unknot_body_art_get_visible_rect (&self->frame, &visible);
  unknot_image_append (snapshot, GTK_WIDGET (self), self->rest_surface, &self->rest_texture,
                       &visible);
  self->rest_kept = TRUE;

  return TRUE;
}

/* The zones' hatching over a copy of the art, as a frame at rest draws it */
static cairo_surface_t *
unknot_body_map_compose_rest (UnknotBodyMap *self)
{
  GListModel *regions = unknot_library_get_regions (self->library);
  int width = cairo_image_surface_get_width (self->base_surface);
  int height = cairo_image_surface_get_height (self->base_surface);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  graphene_rect_t visible;
  GdkRGBA zone;

  unknot_body_art_get_visible_rect (&self->frame, &visible);
  unknot_body_art_lookup_color (GTK_WIDGET (self), "bodymap_zone_color", &zone);
  cairo_set_source_surface (cr, self->base_surface, 0, 0);
  cairo_paint (cr);

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);
      const char *id = unknot_region_get_id (region);
      cairo_surface_t *pixels;
      graphene_rect_t bounds;
      GdkTexture *tint;

      if (!unknot_region_is_zone (region) || !_unknot_body_map_region_visible (self, id))
        continue;
      tint = unknot_body_art_get_tint (self->art, &self->frame, id, &zone, TRUE, &bounds);
      if (tint == NULL)
        continue;

      pixels = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gdk_texture_get_width (tint),
                                           gdk_texture_get_height (tint));
      gdk_texture_download (tint, cairo_image_surface_get_data (pixels),
                            cairo_image_surface_get_stride (pixels));
      cairo_surface_mark_dirty (pixels);
      cairo_set_source_surface (cr, pixels,
                                (bounds.origin.x - visible.origin.x) * self->frame.scale,
                                (bounds.origin.y - visible.origin.y) * self->frame.scale);
      cairo_paint (cr);
      cairo_surface_destroy (pixels);
    }
  cairo_destroy (cr);

  return surface;
}

/* After the first frame: the art the picture stood in for is rendered,
 * and a picture is offered if the one kept is not for this frame. */
void
_unknot_body_map_keep_rest (UnknotBodyMap *self)
{
  g_autoptr(GBytes) picture = NULL;
  g_autofree char *key = NULL;
  cairo_surface_t *surface;
  graphene_rect_t bounds;
  GdkRGBA zone;

  /* The picture was for the first frame only */
  _unknot_body_map_drop_rest (self);
  if (!self->rest_wanted || self->library == NULL || self->frame.width <= 0
      || _unknot_body_map_ensure_art (self) == NULL || !unknot_body_map_at_rest (self))
    return;

  unknot_body_art_set_high_contrast (self->art, self->high_contrast);
  if (self->base_surface == NULL)
    self->base_surface = unknot_body_art_render_base_surface (self->art, &self->frame, self->dark);
  if (self->rest_kept)
    {
      GListModel *regions = unknot_library_get_regions (self->library);

      /* The zones' hatching, and the masks the pointer's tints are cut from */
      unknot_body_art_lookup_color (GTK_WIDGET (self), "bodymap_zone_color", &zone);
      for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
        {
          g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);
          const char *id = unknot_region_get_id (region);

          if (unknot_region_is_zone (region) && _unknot_body_map_region_visible (self, id))
            unknot_body_art_get_tint (self->art, &self->frame, id, &zone, TRUE, &bounds);
        }
      return;
    }

  key = unknot_body_map_rest_key (self);
  surface = unknot_body_map_compose_rest (self);
  picture = unknot_rest_picture_encode (key, surface);
  cairo_surface_destroy (surface);
  self->rest_kept = TRUE;
  if (picture != NULL)
    g_signal_emit (self, _unknot_body_map_signals[REST_PICTURE_READY], 0, picture);
}

void
_unknot_body_map_drop_rest (UnknotBodyMap *self)
{
  g_clear_pointer (&self->rest_picture, g_bytes_unref);
  g_clear_pointer (&self->rest_key, g_free);
  g_clear_pointer (&self->rest_surface, cairo_surface_destroy);
  g_clear_object (&self->rest_texture);
}

void
_unknot_body_map_class_init_rest (GObjectClass *object_class)
{
  /**
   * UnknotBodyMap::rest-picture-ready:
   * @map: the map
   * @picture: the map at rest, for unknot_body_map_set_rest_picture()
   *   at the next launch
   */
  _unknot_body_map_signals[REST_PICTURE_READY] =
    g_signal_new ("rest-picture-ready", G_TYPE_FROM_CLASS (object_class), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BYTES);
}
