/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <librsvg/rsvg.h>

#include "unknot-body-art.h"
#include "unknot-image.h"

#define PADDING       8
#define CAPTION_SPACE 26      /* below the figures, for "Front" and "Back" */
#define MAX_REGIONS   254
#define HIT_MARKER    0x0080  /* green 0x80, red 0: no art colour is exactly this */
#define HATCH_SPACING 9.0

/* Front figure on the left half, back figure on the right half. The
 * layout depends only on this shape, so it is computed without the art. */
static const RsvgRectangle body_viewbox = { 0, 0, 900, 1000 };

/* Colours of the art on a dark window; the light ones live in the SVG. */
static const char dark_stylesheet[] =
  ".skin{fill:#5e514c !important}"
  ".muscle{fill:#b9705f !important}"
  ".zone{fill:#8d9cb8 !important;fill-opacity:0.5 !important}"
  ".shade{stroke:#1e1412 !important;stroke-opacity:0.45 !important}"
  ".outline{stroke:#cdbbb3 !important}";

/* High contrast: outlines and the shading that parts the muscles drawn
 * as strong lines, and the no-roll areas filled more solidly. Added to
 * the light or the dark colours above. */
static const char high_contrast_stylesheet[] =
  ".outline{stroke:#000000 !important;stroke-width:4 !important}"
  ".shade{stroke:#000000 !important;stroke-opacity:0.8 !important;stroke-width:1.8 !important}"
  ".zone{fill-opacity:0.85 !important}";
static const char high_contrast_dark_stylesheet[] =
  ".outline{stroke:#ffffff !important;stroke-width:4 !important}"
  ".shade{stroke:#000000 !important;stroke-opacity:0.9 !important;stroke-width:1.8 !important}"
  ".zone{fill-opacity:0.85 !important}";

struct _UnknotBodyHitMap
{
  graphene_rect_t  visible;
  int              scale;
  int              width;
  int              height;
  guint8          *pixels;
  GStrv            ids;
  struct {
    double sum_x;
    double sum_y;
    guint  count;
    int    x0, y0, x1, y1;
  }               *stats;
};

struct _UnknotBodyArt
{
  GObject          parent_instance;

  GBytes          *svg;
  GStrv            region_ids;
  RsvgRectangle    viewbox;
  RsvgHandle      *light;
  RsvgHandle      *dark;
  RsvgHandle      *hits;
  RsvgHandle      *high_contrast[2];  /* light, dark */
  gboolean         use_high_contrast;

  /* Region masks for tinting, valid for one frame */
  UnknotBodyFrame  mask_frame;
  GHashTable      *masks;
};

typedef struct
{
  cairo_surface_t *surface;
  graphene_rect_t  bounds;
  GHashTable      *tints;    /* "colour hatch contrast" → GdkTexture */
} RegionMask;

G_DEFINE_FINAL_TYPE (UnknotBodyArt, unknot_body_art, G_TYPE_OBJECT)

/* A fresh handle per stylesheet: librsvg adds each stylesheet to the
 * ones a handle already has. */
static RsvgHandle *
load_handle (GBytes      *svg,
             const char  *stylesheet,
             GError     **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (svg, &size);
  RsvgHandle *handle = rsvg_handle_new_from_data (data, size, error);

  if (handle != NULL && stylesheet != NULL
      && !rsvg_handle_set_stylesheet (handle, (const guint8 *) stylesheet, strlen (stylesheet),
                                      error))
    g_clear_object (&handle);

  return handle;
}

static char *
build_hit_stylesheet (const char * const *ids)
{
  GString *css = g_string_new ("#regions path{fill:none !important;stroke:none !important}");

  for (guint i = 0; ids[i] != NULL; i++)
    g_string_append_printf (css,
                            "#regions #%s{fill:#00%04x !important;fill-opacity:1 !important;"
                            "shape-rendering:crispEdges !important}",
                            ids[i], (HIT_MARKER << 8 | (i + 1)) & 0xffff);

  return g_string_free (css, FALSE);
}

UnknotBodyArt *
unknot_body_art_new (GBytes              *svg,
                     const char * const  *region_ids,
                     GError             **error)
{
  g_autoptr(UnknotBodyArt) self = NULL;
  gboolean has_viewbox = FALSE;

  g_return_val_if_fail (svg != NULL, NULL);
  g_return_val_if_fail (region_ids != NULL, NULL);
  g_return_val_if_fail (g_strv_length ((GStrv) region_ids) <= MAX_REGIONS, NULL);

  self = g_object_new (UNKNOT_TYPE_BODY_ART, NULL);
  self->svg = g_bytes_ref (svg);
  self->region_ids = g_strdupv ((GStrv) region_ids);

  self->light = load_handle (svg, NULL, error);
  if (self->light == NULL)
    return NULL;

  rsvg_handle_get_intrinsic_dimensions (self->light, NULL, NULL, NULL, NULL,
                                        &has_viewbox, &self->viewbox);
  if (!has_viewbox || self->viewbox.width != body_viewbox.width
      || self->viewbox.height != body_viewbox.height)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The body map must have the viewBox 0 0 %g %g",
                   body_viewbox.width, body_viewbox.height);
      return NULL;
    }

  return g_steal_pointer (&self);
}

UnknotBodyArt *
unknot_body_art_new_from_resource (const char * const  *region_ids,
                                   GError             **error)
{
  g_autoptr(GBytes) svg = g_resources_lookup_data (RESOURCE_PATH "/bodymap/unknot-body.svg",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (svg == NULL)
    return NULL;

  return unknot_body_art_new (svg, region_ids, error);
}

/* A hash of the built-in SVG and the styles it is drawn in, for pictures
 * of it kept between launches */
guint
unknot_body_art_get_source_hash (void)
{
  static guint hash;

  if (hash == 0)
    {
      g_autoptr(GBytes) svg = g_resources_lookup_data (RESOURCE_PATH "/bodymap/unknot-body.svg",
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

      hash = (svg != NULL ? g_bytes_hash (svg) : 0) ^ g_str_hash (dark_stylesheet)
             ^ (g_str_hash (high_contrast_stylesheet) * 31)
             ^ (g_str_hash (high_contrast_dark_stylesheet) * 961);
      hash |= 1;
    }

  return hash;
}

guint
unknot_body_art_get_n_regions (UnknotBodyArt *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), 0);

  return g_strv_length (self->region_ids);
}

const char *
unknot_body_art_get_region_id (UnknotBodyArt *self,
                               guint          index)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), NULL);
  g_return_val_if_fail (index < g_strv_length (self->region_ids), NULL);

  return self->region_ids[index];
}

gboolean
unknot_body_art_has_element (UnknotBodyArt *self,
                             const char    *id)
{
  g_autofree char *ref = g_strconcat ("#", id, NULL);

  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), FALSE);

  return rsvg_handle_has_sub (self->light, ref);
}

/* Both figures when they can be nearly as large as one figure alone
 * would be; a narrow pane shows one and offers a switch. */
UnknotBodyShow
unknot_body_art_choose_show (int      width,
                             int      height,
                             gboolean prefer_back)
{
  double both = MIN (width / body_viewbox.width, height / body_viewbox.height);
  double single = MIN (2 * width / body_viewbox.width, height / body_viewbox.height);

  if (both >= 0.8 * single)
    return UNKNOT_BODY_SHOW_BOTH;

  return prefer_back ? UNKNOT_BODY_SHOW_BACK : UNKNOT_BODY_SHOW_FRONT;
}

/* The whole document's viewport and the part of it that is visible,
 * fitted into the frame with the aspect ratio kept and centred. */
static void
place (const UnknotBodyFrame *frame,
       RsvgRectangle         *document,
       graphene_rect_t       *visible)
{
  const RsvgRectangle *viewbox = &body_viewbox;
  double cw = frame->show == UNKNOT_BODY_SHOW_BOTH ? viewbox->width : viewbox->width / 2;
  double avail_height = frame->height - 2 * PADDING - CAPTION_SPACE;
  double s = MIN ((frame->width - 2 * PADDING) / cw, avail_height / viewbox->height);
  double w, h;

  s = MAX (s, 0.01);
  w = round (cw * s);
  h = round (viewbox->height * s);
  graphene_rect_init (visible, floor ((frame->width - w) / 2),
                      PADDING + floor ((avail_height - h) / 2), w, h);

  document->x = visible->origin.x;
  document->y = visible->origin.y;
  document->width = frame->show == UNKNOT_BODY_SHOW_BOTH ? w : 2 * w;
  document->height = h;
  if (frame->show == UNKNOT_BODY_SHOW_BACK)
    document->x -= w;
}

void
unknot_body_art_get_visible_rect (const UnknotBodyFrame *frame,
                                  graphene_rect_t       *rect)
{
  RsvgRectangle document;

  place (frame, &document, rect);
}

void
unknot_body_art_svg_to_widget (const UnknotBodyFrame *frame,
                               double                 svg_x,
                               double                 svg_y,
                               double                *x,
                               double                *y)
{
  RsvgRectangle document;
  graphene_rect_t visible;

  place (frame, &document, &visible);
  *x = document.x + svg_x * document.width / body_viewbox.width;
  *y = document.y + svg_y * document.height / body_viewbox.height;
}

/* A cairo context drawing the visible rect of @frame at device scale. */
static cairo_t *
create_context (cairo_surface_t       *surface,
                const UnknotBodyFrame *frame,
                const graphene_rect_t *origin)
{
  cairo_t *cr = cairo_create (surface);

  cairo_set_tolerance (cr, 0.5);
  cairo_scale (cr, frame->scale, frame->scale);
  cairo_translate (cr, -origin->origin.x, -origin->origin.y);

  return cr;
}

static cairo_surface_t *
render_layer (RsvgHandle            *handle,
              const UnknotBodyFrame *frame,
              const char            *layer,
              const graphene_rect_t *area,
              cairo_format_t         format)
{
  RsvgRectangle document;
  graphene_rect_t visible;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  place (frame, &document, &visible);
  surface = cairo_image_surface_create (format,
                                        ceil (area->size.width * frame->scale),
                                        ceil (area->size.height * frame->scale));
  cr = create_context (surface, frame, area);
  if (!rsvg_handle_render_layer (handle, cr, layer, &document, &error))
    g_warning ("Could not draw the body map: %s", error->message);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static RsvgHandle *
ensure_high_contrast_handle (UnknotBodyArt *self,
                             gboolean       dark,
                             RsvgHandle    *fallback)
{
  if (self->high_contrast[dark] == NULL)
    {
      g_autofree char *css = g_strconcat (dark ? dark_stylesheet : "",
                                          dark ? high_contrast_dark_stylesheet
                                               : high_contrast_stylesheet, NULL);

      self->high_contrast[dark] = load_handle (self->svg, css, NULL);
    }

  return self->high_contrast[dark] != NULL ? self->high_contrast[dark] : fallback;
}

/* Whether the art is drawn for high contrast: the maps showing it follow
 * the style manager and render their base again when this changes. */
void
unknot_body_art_set_high_contrast (UnknotBodyArt *self,
                                   gboolean       high_contrast)
{
  g_return_if_fail (UNKNOT_IS_BODY_ART (self));

  self->use_high_contrast = !!high_contrast;
}

gboolean
unknot_body_art_get_high_contrast (UnknotBodyArt *self)
{
  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), FALSE);

  return self->use_high_contrast;
}

/* The art of the figures shown, at the frame's size and scale, as an
 * ARGB32 image of unknot_body_art_get_visible_rect() */
cairo_surface_t *
unknot_body_art_render_base_surface (UnknotBodyArt         *self,
                                     const UnknotBodyFrame *frame,
                                     gboolean               dark)
{
  graphene_rect_t visible;
  RsvgHandle *handle;

  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), NULL);

  if (dark && self->dark == NULL)
    self->dark = load_handle (self->svg, dark_stylesheet, NULL);
  handle = dark && self->dark != NULL ? self->dark : self->light;
  if (self->use_high_contrast)
    handle = ensure_high_contrast_handle (self, dark, handle);

  unknot_body_art_get_visible_rect (frame, &visible);

  return render_layer (handle, frame, NULL, &visible, CAIRO_FORMAT_ARGB32);
}

GdkTexture *
unknot_body_art_render_base (UnknotBodyArt         *self,
                             const UnknotBodyFrame *frame,
                             gboolean               dark)
{
  cairo_surface_t *surface = unknot_body_art_render_base_surface (self, frame, dark);
  GdkTexture *texture = unknot_image_to_texture (surface);

  cairo_surface_destroy (surface);

  return texture;
}

/* An alpha mask of one region, cropped to it, for tinting on hover,
 * selection and highlights. */
cairo_surface_t *
unknot_body_art_render_region (UnknotBodyArt         *self,
                               const UnknotBodyFrame *frame,
                               const char            *id,
                               graphene_rect_t       *bounds)
{
  g_autofree char *ref = g_strconcat ("#", id, NULL);
  RsvgRectangle document, ink, logical;
  graphene_rect_t visible;

  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), NULL);

  place (frame, &document, &visible);
  if (!rsvg_handle_get_geometry_for_layer (self->light, ref, &document, &ink, &logical, NULL))
    return NULL;

  graphene_rect_init (bounds, floor (ink.x) - 1, floor (ink.y) - 1,
                      ceil (ink.width) + 3, ceil (ink.height) + 3);

  return render_layer (self->light, frame, ref, bounds, CAIRO_FORMAT_A8);
}

static void
hit_map_collect (UnknotBodyHitMap *map,
                 cairo_surface_t  *surface)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n_ids = g_strv_length (map->ids);

  for (int y = 0; y < map->height; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);

      for (int x = 0; x < map->width; x++)
        {
          guint32 p = row[x];
          guint index = p & 0xff;

          if ((p >> 24) != 0xff || ((p >> 8) & 0xffff) != HIT_MARKER
              || index == 0 || index > n_ids)
            continue;

          map->pixels[(gsize) y * map->width + x] = index;
          map->stats[index - 1].sum_x += x;
          map->stats[index - 1].sum_y += y;
          if (map->stats[index - 1].count++ == 0)
            {
              map->stats[index - 1].x0 = map->stats[index - 1].x1 = x;
              map->stats[index - 1].y0 = map->stats[index - 1].y1 = y;
            }
          map->stats[index - 1].x0 = MIN (map->stats[index - 1].x0, x);
          map->stats[index - 1].x1 = MAX (map->stats[index - 1].x1, x);
          map->stats[index - 1].y0 = MIN (map->stats[index - 1].y0, y);
          map->stats[index - 1].y1 = MAX (map->stats[index - 1].y1, y);
        }
    }
}

/* One render with a colour per region and no antialiasing: afterwards
 * every pointer position costs one array read. */
UnknotBodyHitMap *
unknot_body_art_render_hit_map (UnknotBodyArt         *self,
                                const UnknotBodyFrame *frame)
{
  UnknotBodyHitMap *map;
  cairo_surface_t *surface;

  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), NULL);
  g_return_val_if_fail (frame->scale >= 1, NULL);

  map = g_new0 (UnknotBodyHitMap, 1);
  unknot_body_art_get_visible_rect (frame, &map->visible);
  map->scale = frame->scale;
  map->ids = g_strdupv (self->region_ids);
  map->stats = g_malloc0_n (g_strv_length (map->ids) + 1, sizeof *map->stats);

  /* Parsed on first use: the first frame needs only the picture. It
   * parses, since the same bytes did without the stylesheet. */
  if (self->hits == NULL)
    {
      g_autofree char *hit_css = build_hit_stylesheet ((const char * const *) self->region_ids);

      self->hits = load_handle (self->svg, hit_css, NULL);
      g_assert (self->hits != NULL);
    }

  surface = render_layer (self->hits, frame, "#regions", &map->visible, CAIRO_FORMAT_ARGB32);
  map->width = cairo_image_surface_get_width (surface);
  map->height = cairo_image_surface_get_height (surface);
  map->pixels = g_malloc0 ((gsize) map->width * map->height);
  hit_map_collect (map, surface);
  cairo_surface_destroy (surface);

  return map;
}

const char *
unknot_body_hit_map_lookup (const UnknotBodyHitMap *map,
                            double                  x,
                            double                  y)
{
  int px, py;
  guint index;

  g_return_val_if_fail (map != NULL, NULL);

  px = (int) floor ((x - map->visible.origin.x) * map->scale);
  py = (int) floor ((y - map->visible.origin.y) * map->scale);
  if (px < 0 || py < 0 || px >= map->width || py >= map->height)
    return NULL;

  index = map->pixels[(gsize) py * map->width + px];

  return index == 0 ? NULL : map->ids[index - 1];
}

static int
hit_map_find (const UnknotBodyHitMap *map,
              const char             *id)
{
  for (guint i = 0; map->ids[i] != NULL; i++)
    if (g_str_equal (map->ids[i], id))
      return map->stats[i].count > 0 ? (int) i : -1;

  return -1;
}

gboolean
unknot_body_hit_map_get_center (const UnknotBodyHitMap *map,
                                const char             *id,
                                double                 *x,
                                double                 *y)
{
  int i = hit_map_find (map, id);

  if (i < 0)
    return FALSE;

  *x = map->visible.origin.x + (map->stats[i].sum_x / map->stats[i].count + 0.5) / map->scale;
  *y = map->visible.origin.y + (map->stats[i].sum_y / map->stats[i].count + 0.5) / map->scale;

  return TRUE;
}

gboolean
unknot_body_hit_map_get_bounds (const UnknotBodyHitMap *map,
                                const char             *id,
                                graphene_rect_t        *bounds)
{
  int i = hit_map_find (map, id);

  if (i < 0)
    return FALSE;

  graphene_rect_init (bounds,
                      map->visible.origin.x + (double) map->stats[i].x0 / map->scale,
                      map->visible.origin.y + (double) map->stats[i].y0 / map->scale,
                      (double) (map->stats[i].x1 - map->stats[i].x0 + 1) / map->scale,
                      (double) (map->stats[i].y1 - map->stats[i].y0 + 1) / map->scale);

  return TRUE;
}

void
unknot_body_hit_map_free (UnknotBodyHitMap *map)
{
  if (map == NULL)
    return;

  g_free (map->pixels);
  g_free (map->stats);
  g_strfreev (map->ids);
  g_free (map);
}

/* Chamfer distance to the nearest pixel outside the shape, two passes. */
static guint16 *
distance_to_edge (const guint8 *alpha,
                  int           stride,
                  int           width,
                  int           height)
{
  guint16 *d = g_new (guint16, (gsize) width * height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint16 v = 0;

        if (alpha[(gsize) y * stride + x] >= 128 && x > 0 && y > 0)
          v = MIN (d[(gsize) y * width + x - 1], d[(gsize) (y - 1) * width + x]) + 1;
        d[(gsize) y * width + x] = v;
      }

  for (int y = height - 1; y >= 0; y--)
    for (int x = width - 1; x >= 0; x--)
      {
        guint16 *v = &d[(gsize) y * width + x];

        if (*v == 0)
          continue;
        *v = MIN (*v, x + 1 < width ? d[(gsize) y * width + x + 1] + 1 : 0);
        *v = MIN (*v, y + 1 < height ? d[(gsize) (y + 1) * width + x] + 1 : 0);
      }

  return d;
}

/* The point of a region farthest from its edges, from the region's own
 * rendering: where a careful user would click. */
gboolean
unknot_body_art_get_inner_point (UnknotBodyArt         *self,
                                 const UnknotBodyFrame *frame,
                                 const char            *id,
                                 double                *x,
                                 double                *y)
{
  graphene_rect_t bounds;
  cairo_surface_t *mask = unknot_body_art_render_region (self, frame, id, &bounds);
  g_autofree guint16 *d = NULL;
  int width, height, best = -1;
  guint16 best_d = 0;

  if (mask == NULL)
    return FALSE;

  width = cairo_image_surface_get_width (mask);
  height = cairo_image_surface_get_height (mask);
  d = distance_to_edge (cairo_image_surface_get_data (mask), cairo_image_surface_get_stride (mask),
                        width, height);
  cairo_surface_destroy (mask);

  for (int i = 0; i < width * height; i++)
    if (d[i] > best_d)
      best_d = d[best = i];

  if (best < 0)
    return FALSE;

  *x = bounds.origin.x + (best % width + 0.5) / frame->scale;
  *y = bounds.origin.y + (best / width + 0.5) / frame->scale;

  return TRUE;
}

static void
region_mask_free (gpointer data)
{
  RegionMask *mask = data;

  cairo_surface_destroy (mask->surface);
  g_hash_table_unref (mask->tints);
  g_free (mask);
}

static RegionMask *
unknot_body_art_ensure_mask (UnknotBodyArt         *self,
                             const UnknotBodyFrame *frame,
                             const char            *id)
{
  RegionMask *mask;

  if (memcmp (frame, &self->mask_frame, sizeof *frame) != 0)
    {
      g_hash_table_remove_all (self->masks);
      self->mask_frame = *frame;
    }

  mask = g_hash_table_lookup (self->masks, id);
  if (mask == NULL)
    {
      mask = g_new0 (RegionMask, 1);
      mask->surface = unknot_body_art_render_region (self, frame, id, &mask->bounds);
      if (mask->surface == NULL)
        {
          g_free (mask);
          return NULL;
        }
      mask->tints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_hash_table_insert (self->masks, g_strdup (id), mask);
    }

  return mask;
}

/* Stripes across the whole mask as one repeating gradient along their
 * normal, with a pixel's ramp at each edge for antialiasing: stroking
 * each stripe cost more than the rest of the tint together. */
static cairo_pattern_t *
create_hatching (const GdkRGBA *color,
                 double         line_width,
                 int            scale)
{
  /* Stripes run from bottom left to top right, HATCH_SPACING apart along x */
  double period = HATCH_SPACING / G_SQRT2;
  double half = line_width / period / 2;
  double ramp = 0.5 / (period * scale);
  cairo_pattern_t *pattern = cairo_pattern_create_linear (0, 0, HATCH_SPACING * scale / 2.0,
                                                          HATCH_SPACING * scale / 2.0);
  const double stops[][2] = {
    { 0, 1 }, { half - ramp, 1 }, { half + ramp, 0 }, { 1 - half - ramp, 0 },
    { 1 - half + ramp, 1 }, { 1, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (stops); i++)
    cairo_pattern_add_color_stop_rgba (pattern, stops[i][0], color->red, color->green,
                                       color->blue, color->alpha * stops[i][1]);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);

  return pattern;
}

static GdkTexture *
render_tint (RegionMask    *mask,
             const GdkRGBA *color,
             gboolean       hatch,
             gboolean       high_contrast,
             int            scale)
{
  int width = cairo_image_surface_get_width (mask->surface);
  int height = cairo_image_surface_get_height (mask->surface);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  GdkTexture *texture;

  if (hatch)
    {
      cairo_pattern_t *hatching = create_hatching (color, high_contrast ? 4.0 : 2.4, scale);

      cairo_set_source (cr, hatching);
      cairo_pattern_destroy (hatching);
    }
  else
    gdk_cairo_set_source_rgba (cr, color);
  cairo_mask_surface (cr, mask->surface, 0, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  texture = unknot_image_to_texture (surface);
  cairo_surface_destroy (surface);

  return texture;
}

/* Tints one region, or hatches it for a no-roll zone, through its mask.
 * Each tint is a texture made once: the frame after a hover repaints
 * only what changed, never the art.  Returns (transfer none) the tint
 * and sets @bounds to where it goes, or returns %NULL. */
GdkTexture *
unknot_body_art_get_tint (UnknotBodyArt         *self,
                          const UnknotBodyFrame *frame,
                          const char            *id,
                          const GdkRGBA         *color,
                          gboolean               hatch,
                          graphene_rect_t       *bounds)
{
  g_autofree char *key = NULL;
  g_autofree char *rgba = NULL;
  RegionMask *mask;
  GdkTexture *tint;

  g_return_val_if_fail (UNKNOT_IS_BODY_ART (self), NULL);

  if ((mask = unknot_body_art_ensure_mask (self, frame, id)) == NULL)
    return NULL;

  rgba = gdk_rgba_to_string (color);
  key = g_strdup_printf ("%s %d %d", rgba, hatch, self->use_high_contrast);
  tint = g_hash_table_lookup (mask->tints, key);
  if (tint == NULL)
    {
      tint = render_tint (mask, color, hatch, self->use_high_contrast, frame->scale);
      g_hash_table_insert (mask->tints, g_steal_pointer (&key), tint);
    }
  *bounds = mask->bounds;

  return tint;
}

void
unknot_body_art_snapshot_region (UnknotBodyArt         *self,
                                 GtkSnapshot           *snapshot,
                                 const UnknotBodyFrame *frame,
                                 const char            *id,
                                 const GdkRGBA         *color,
                                 gboolean               hatch)
{
  graphene_rect_t bounds;
  GdkTexture *tint = unknot_body_art_get_tint (self, frame, id, color, hatch, &bounds);

  if (tint != NULL)
    gtk_snapshot_append_texture (snapshot, tint, &bounds);
}

/* A light text colour means a dark window, whatever the theme. */
gboolean
unknot_body_art_is_dark_style (GtkWidget *widget)
{
  GdkRGBA fg;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);

  return 0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue > 0.5;
}

/* The map's tints are named colours in the app's CSS, so they follow
 * the accent, dark style and high contrast. */
void
unknot_body_art_lookup_color (GtkWidget  *widget,
                              const char *name,
                              GdkRGBA    *color)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    gdk_rgba_parse (color, "rgba(53, 132, 228, 0.5)");
}

/* How far @b lies beyond @a along one axis (0 when they overlap). */
static double
gap (double a0,
     double a1,
     double b0,
     double b1)
{
  return b0 > a1 ? b0 - a1 : a0 > b1 ? a0 - b1 : 0;
}

/* Distance ahead and sideways between the shapes' boxes, so that a
 * narrow region between two wide ones is reached on the way across. */
static gboolean
measure_step (const graphene_rect_t *from,
              const graphene_rect_t *to,
              double                 dx,
              double                 dy,
              double                *along,
              double                *across)
{
  graphene_point_t a, b;

  graphene_rect_get_center (from, &a);
  graphene_rect_get_center (to, &b);

  /* Ahead means its near edge is past our middle: a long neighbour
   * alongside (the IT band beside the quadriceps) is not below us. */
  if ((dx > 0 && to->origin.x < a.x) || (dx < 0 && to->origin.x + to->size.width > a.x)
      || (dy > 0 && to->origin.y < a.y) || (dy < 0 && to->origin.y + to->size.height > a.y))
    return FALSE;

  if (dx != 0)
    {
      *along = gap (from->origin.x, from->origin.x + from->size.width,
                    to->origin.x, to->origin.x + to->size.width);
      *across = gap (from->origin.y, from->origin.y + from->size.height,
                     to->origin.y, to->origin.y + to->size.height);
    }
  else
    {
      *along = gap (from->origin.y, from->origin.y + from->size.height,
                    to->origin.y, to->origin.y + to->size.height);
      *across = gap (from->origin.x, from->origin.x + from->size.width,
                     to->origin.x, to->origin.x + to->size.width);
    }

  /* Centres break ties between regions that touch the same edge. */
  *along += 0.01 * fabs ((b.x - a.x) * dx + (b.y - a.y) * dy);
  *across += 0.01 * fabs ((b.x - a.x) * dy - (b.y - a.y) * dx);

  return TRUE;
}

/* The region an arrow key leads to from @from: the nearest one ahead,
 * with sideways distance counting double. */
const char *
unknot_body_hit_map_find_neighbour (const UnknotBodyHitMap *map,
                                    const char             *from,
                                    double                  dx,
                                    double                  dy)
{
  graphene_rect_t here;
  const char *best = NULL;
  double best_score = G_MAXDOUBLE;

  g_return_val_if_fail (map != NULL, NULL);
  g_return_val_if_fail (from != NULL, NULL);

  if (!unknot_body_hit_map_get_bounds (map, from, &here))
    return NULL;

  for (guint i = 0; map->ids[i] != NULL; i++)
    {
      graphene_rect_t there;
      double along, across;

      if (g_str_equal (map->ids[i], from)
          || !unknot_body_hit_map_get_bounds (map, map->ids[i], &there)
          || !measure_step (&here, &there, dx, dy, &along, &across))
        continue;

      if (along + 2 * across < best_score)
        {
          best_score = along + 2 * across;
          best = map->ids[i];
        }
    }

  return best;
}

static void
unknot_body_art_finalize (GObject *object)
{
  UnknotBodyArt *self = UNKNOT_BODY_ART (object);

  g_clear_pointer (&self->masks, g_hash_table_unref);
  g_clear_object (&self->light);
  g_clear_object (&self->dark);
  g_clear_object (&self->hits);
  g_clear_object (&self->high_contrast[0]);
  g_clear_object (&self->high_contrast[1]);
  g_clear_pointer (&self->svg, g_bytes_unref);
  g_clear_pointer (&self->region_ids, g_strfreev);

  G_OBJECT_CLASS (unknot_body_art_parent_class)->finalize (object);
}

static void
unknot_body_art_class_init (UnknotBodyArtClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = unknot_body_art_finalize;
}

static void
unknot_body_art_init (UnknotBodyArt *self)
{
  self->masks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, region_mask_free);
}

/* library → its art, for as long as the library lives */
static GHashTable *arts;

static void
forget_art (gpointer  data,
            GObject  *library)
{
  g_hash_table_remove (arts, library);
}

/* The art knows only the regions the content names. One art serves every
 * map of a library: parsing the SVG twice would cost start-up and memory. */
/**
 * unknot_body_art_get_for_library:
 * @library: a library with its regions
 *
 * Returns: (transfer full) (nullable): the art of @library's regions
 */
UnknotBodyArt *
unknot_body_art_get_for_library (UnknotLibrary *library)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) region_ids = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *regions = unknot_library_get_regions (library);
  UnknotBodyArt *art;

  if (arts == NULL)
    arts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  if ((art = g_hash_table_lookup (arts, library)) != NULL)
    return g_object_ref (art);

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(UnknotRegion) region = g_list_model_get_item (regions, i);

      g_strv_builder_add (ids, unknot_region_get_id (region));
    }
  region_ids = g_strv_builder_end (ids);

  art = unknot_body_art_new_from_resource ((const char * const *) region_ids, &error);
  if (art == NULL)
    g_critical ("Could not load the body map: %s", error->message);
  else
    {
      g_hash_table_insert (arts, library, g_object_ref (art));
      g_object_weak_ref (G_OBJECT (library), forget_art, NULL);
    }

  return art;
}
