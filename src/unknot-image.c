/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "unknot-image.h"

/* Images the app renders itself with cairo, drawn the way the window's
 * renderer draws them best. */

/**
 * unknot_image_to_texture:
 * @surface: an ARGB32 image
 *
 * Returns: (transfer full): a texture with a copy of @surface's pixels
 */
GdkTexture *
unknot_image_to_texture (cairo_surface_t *surface)
{
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                                         (gsize) height * stride);

  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 GDK_MEMORY_DEFAULT, bytes, stride);
}

/**
 * unknot_image_append:
 * @snapshot: where to draw
 * @widget: the widget drawing
 * @surface: an ARGB32 image
 * @texture: (inout): the same image as a texture, made when first needed
 * @bounds: where, in @widget's coordinates
 *
 * The software renderer of GTK 4.8 converts a texture to a cairo image
 * pixel by pixel on every frame, so it gets the cairo image itself; the
 * GPU renderers get a texture, which they upload once and keep.
 */
void
unknot_image_append (GtkSnapshot            *snapshot,
                     GtkWidget              *widget,
                     cairo_surface_t        *surface,
                     GdkTexture            **texture,
                     const graphene_rect_t  *bounds)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

  if (renderer != NULL && GSK_IS_CAIRO_RENDERER (renderer))
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, bounds);

      cairo_translate (cr, bounds->origin.x, bounds->origin.y);
      cairo_scale (cr, bounds->size.width / cairo_image_surface_get_width (surface),
                   bounds->size.height / cairo_image_surface_get_height (surface));
      cairo_set_source_surface (cr, surface, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      return;
    }

  if (*texture == NULL)
    *texture = unknot_image_to_texture (surface);
  gtk_snapshot_append_texture (snapshot, *texture, bounds);
}
