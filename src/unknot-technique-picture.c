/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>
#include <librsvg/rsvg.h>

#include "unknot-body-art.h"
#include "unknot-image.h"
#include "unknot-technique-picture.h"

/* The pictures' contract: data/techniques/<technique-id>.svg with only
 * viewBox="0 0 800 500"; top-level groups floor, pose-end, pose-start,
 * path and an optional zone, none transformed; colours only through the
 * classes skin, outline, tool, target, path, zone and floor, which the
 * stylesheet below paints (fill for skin, tool and target, stroke for
 * outline and floor, both for the path's lines and heads; zones are
 * hatched from their shape). The art shows the person's right side. */
#define CANVAS_WIDTH     800
#define CANVAS_HEIGHT    500
#define END_POSE_OPACITY 0.35
#define MAX_PICTURES     48
#define MAX_ZOOM         2.0
#define FRAME_MARGIN     32.0

struct _UnknotTechniquePicture
{
  GtkWidget          parent_instance;

  UnknotTechnique   *technique;
  UnknotPicturePose  pose;
  gboolean           mirrored;
  int                natural_width;
  GBytes            *svg;

  /* The colours of the current style, as a user stylesheet for librsvg,
   * and the one rendering made with them for one size and pose. */
  char              *stylesheet;
  GdkRGBA            zone_color;
  GdkTexture        *texture;
  cairo_surface_t   *surface;   /* the texture's pixels, for software rendering */
  int                texture_width;
  int                texture_height;
  int                texture_scale;
  UnknotPicturePose  texture_pose;
};

G_DEFINE_ENUM_TYPE (UnknotPicturePose, unknot_picture_pose,
                    G_DEFINE_ENUM_VALUE (UNKNOT_PICTURE_POSE_START, "start"),
                    G_DEFINE_ENUM_VALUE (UNKNOT_PICTURE_POSE_ROLLING, "rolling"))

G_DEFINE_FINAL_TYPE (UnknotTechniquePicture, unknot_technique_picture, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TECHNIQUE,
  PROP_POSE,
  PROP_MIRRORED,
  PROP_NATURAL_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A parsed picture and the part of its canvas that is shown */
typedef struct
{
  RsvgHandle    *handle;
  RsvgRectangle  frame;
} Picture;

/* Parsed pictures shared by every widget, one per technique and
 * stylesheet: librsvg adds each stylesheet to those a handle has. */
static GHashTable *pictures;

/* The content's alt text for the picture */
static const char *
technique_picture_description (UnknotTechnique *technique)
{
  return unknot_technique_get_picture_description (technique);
}

static GBytes *
lookup_svg (const char *technique_id)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PATH "/techniques/%s.svg", technique_id);

  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

gboolean
unknot_technique_has_picture (const char *technique_id)
{
  g_autoptr(GBytes) svg = NULL;

  g_return_val_if_fail (technique_id != NULL, FALSE);

  svg = lookup_svg (technique_id);

  return svg != NULL;
}

void
unknot_technique_picture_drop_cache (void)
{
  g_clear_pointer (&pictures, g_hash_table_unref);
}

static void
picture_free (gpointer data)
{
  Picture *picture = data;

  g_object_unref (picture->handle);
  g_free (picture);
}

/* The art draws everyone at one human scale, which leaves a lying
 * figure small on the canvas. The part of the canvas the poses, the
 * path and the zones fill is shown instead, in the canvas's shape and
 * at most MAX_ZOOM times larger. The logical boxes leave out strokes,
 * which the margin covers: librsvg 2.54's ink boxes reach to 0,0. */
static RsvgRectangle
find_frame (RsvgHandle *handle)
{
  static const char * const layers[] = { "#pose-start", "#pose-end", "#path", "#zone" };
  RsvgRectangle canvas = { 0, 0, CANVAS_WIDTH, CANVAS_HEIGHT };
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double w, h;

  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    {
      RsvgRectangle ink, logical;

      if (!rsvg_handle_has_sub (handle, layers[i])
          || !rsvg_handle_get_geometry_for_layer (handle, layers[i], &canvas, &ink, &logical,
                                                  NULL)
          || logical.width <= 0 || logical.height <= 0)
        continue;

      x0 = MIN (x0, logical.x);
      y0 = MIN (y0, logical.y);
      x1 = MAX (x1, logical.x + logical.width);
      y1 = MAX (y1, logical.y + logical.height);
    }
  if (x1 <= x0 || y1 <= y0)
    return canvas;

  w = MAX (x1 - x0, (y1 - y0) * CANVAS_WIDTH / CANVAS_HEIGHT) + 2 * FRAME_MARGIN;
  w = CLAMP (w, CANVAS_WIDTH / MAX_ZOOM, CANVAS_WIDTH);
  h = w * CANVAS_HEIGHT / CANVAS_WIDTH;

  return (RsvgRectangle) {
    .x = CLAMP ((x0 + x1 - w) / 2, 0, CANVAS_WIDTH - w),
    /* Standing on the bottom margin, as a scene stands on its floor */
    .y = MIN ((y0 + y1 - h) / 2, y1 + FRAME_MARGIN - h),
    .width = w,
    .height = h,
  };
}

static const Picture *
lookup_picture (const char *technique_id,
                GBytes     *svg,
                const char *stylesheet)
{
  g_autofree char *key = g_strconcat (technique_id, "\n", stylesheet, NULL);
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;
  Picture *picture;
  gsize size;
  const guint8 *data;

  if (pictures == NULL)
    pictures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, picture_free);

  picture = g_hash_table_lookup (pictures, key);
  if (picture != NULL)
    return picture;

  data = g_bytes_get_data (svg, &size);
  handle = rsvg_handle_new_from_data (data, size, &error);
  if (handle == NULL
      || !rsvg_handle_set_stylesheet (handle, (const guint8 *) stylesheet, strlen (stylesheet),
                                      &error))
    {
      g_warning ("Could not load the picture of %s: %s", technique_id, error->message);
      g_clear_object (&handle);
      return NULL;
    }

  picture = g_new0 (Picture, 1);
  picture->handle = handle;
  picture->frame = find_frame (handle);

  /* Style changes are rare; a bound keeps a long session from hoarding. */
  if (g_hash_table_size (pictures) >= MAX_PICTURES)
    g_hash_table_remove_all (pictures);
  g_hash_table_insert (pictures, g_steal_pointer (&key), picture);

  return picture;
}

static void
append_paint (GString       *css,
              const char    *selector,
              const char    *property,
              const GdkRGBA *color)
{
  char opacity[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (opacity, sizeof opacity, "%.3f", color->alpha);
  g_string_append_printf (css, "%s{%s:#%02x%02x%02x !important;%s-opacity:%s !important}",
                          selector, property, (int) round (color->red * 255),
                          (int) round (color->green * 255), (int) round (color->blue * 255),
                          property, opacity);
}

static void
parse_color (GdkRGBA    *color,
             const char *light,
             const char *dark,
             gboolean    is_dark)
{
  gdk_rgba_parse (color, is_dark ? dark : light);
}

static gboolean
is_high_contrast (void)
{
  return adw_is_initialized ()
         && adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
}

/* The body map's skin and outline, its selection colour for the target
 * and its no-roll colour for the zones, so a picture sits beside the map
 * in every style. Zones are drawn black here: they become a mask that
 * is hatched in their colour. */
static char *
build_stylesheet (UnknotTechniquePicture *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean dark = unknot_body_art_is_dark_style (widget);
  GString *css = g_string_new (".zone{fill:#000 !important;fill-opacity:1 !important}");
  GdkRGBA fg, color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);

  parse_color (&color, "#f2e0d4", "#5e514c", dark);
  append_paint (css, ".skin", "fill", &color);
  parse_color (&color, "#5a4038", "#cdbbb3", dark);
  append_paint (css, ".outline", "stroke", is_high_contrast () ? &fg : &color);
  parse_color (&color, "#8c9bb0", "#8795aa", dark);
  append_paint (css, ".tool", "fill", &color);
  unknot_body_art_lookup_color (widget, "bodymap_selected_color", &color);
  append_paint (css, ".target", "fill", &color);
  unknot_body_art_lookup_color (widget, "technique_path_color", &color);
  append_paint (css, ".path", "stroke", &color);
  append_paint (css, ".path", "fill", &color);
  color = fg;
  color.alpha *= 0.35;
  append_paint (css, ".floor", "stroke", &color);

  unknot_body_art_lookup_color (widget, "bodymap_zone_color", &self->zone_color);

  return g_string_free (css, FALSE);
}

static void
unknot_technique_picture_drop_texture (UnknotTechniquePicture *self)
{
  g_clear_object (&self->texture);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
}

/* The canvas fitted into the widget, its aspect ratio kept, centred on
 * whole pixels so that a mirrored picture is an exact flip. */
static void
place (int              width,
       int              height,
       graphene_rect_t *rect)
{
  double s = MIN ((double) width / CANVAS_WIDTH, (double) height / CANVAS_HEIGHT);
  double w = floor (CANVAS_WIDTH * s);
  double h = floor (CANVAS_HEIGHT * s);

  graphene_rect_init (rect, floor ((width - w) / 2), floor ((height - h) / 2), w, h);
}

static void
render_layer (RsvgHandle          *handle,
              cairo_t             *cr,
              const char          *id,
              const RsvgRectangle *viewport)
{
  g_autoptr(GError) error = NULL;

  if (rsvg_handle_has_sub (handle, id)
      && !rsvg_handle_render_layer (handle, cr, id, viewport, &error))
    g_warning ("Could not draw %s of a technique picture: %s", id, error->message);
}

/* A tile of the body map's hatching: a faint wash and one diagonal
 * stroke, repeated over the zones. */
static cairo_pattern_t *
create_hatching (const GdkRGBA *color,
                 int            spacing)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, spacing, spacing);
  cairo_t *cr = cairo_create (tile);
  GdkRGBA wash = *color;
  cairo_pattern_t *pattern;

  wash.alpha *= 0.25;
  gdk_cairo_set_source_rgba (cr, &wash);
  cairo_paint (cr);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, spacing * 0.3);
  for (int offset = -spacing; offset <= spacing; offset += spacing)
    {
      cairo_move_to (cr, offset - 1, spacing + 1);
      cairo_line_to (cr, offset + spacing + 1, -1);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);

  return pattern;
}

/* The no-roll zones hatched as the body map hatches them, whatever the
 * art filled them with, and only where they lie. */
static void
render_zones (RsvgHandle          *handle,
              cairo_t             *cr,
              const RsvgRectangle *viewport,
              int                  spacing,
              const GdkRGBA       *color)
{
  RsvgRectangle ink, logical;
  cairo_pattern_t *mask, *hatching;

  if (!rsvg_handle_has_sub (handle, "#zone")
      || !rsvg_handle_get_geometry_for_layer (handle, "#zone", viewport, &ink, &logical, NULL))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, floor (ink.x) - 1, floor (ink.y) - 1, ceil (ink.width) + 3,
                   ceil (ink.height) + 3);
  cairo_clip (cr);
  cairo_push_group (cr);
  render_layer (handle, cr, "#zone", viewport);
  mask = cairo_pop_group (cr);

  hatching = create_hatching (color, spacing);
  cairo_set_source (cr, hatching);
  cairo_mask (cr, mask);
  cairo_restore (cr);
  cairo_pattern_destroy (hatching);
  cairo_pattern_destroy (mask);
}

static void
free_surface (gpointer data)
{
  cairo_surface_destroy (data);
}

static GdkTexture *
render (const Picture     *picture,
        int                width,
        int                height,
        UnknotPicturePose  pose,
        const GdkRGBA     *zone_color,
        cairo_surface_t  **pixels)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  RsvgHandle *handle = picture->handle;
  double s = width / picture->frame.width;
  RsvgRectangle viewport = {
    -picture->frame.x * s, -picture->frame.y * s, CANVAS_WIDTH * s, CANVAS_HEIGHT * s
  };
  g_autoptr(GBytes) bytes = NULL;
  cairo_t *cr = cairo_create (surface);

  render_layer (handle, cr, "#floor", &viewport);
  if (pose == UNKNOT_PICTURE_POSE_ROLLING)
    {
      cairo_push_group (cr);
      render_layer (handle, cr, "#pose-end", &viewport);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, END_POSE_OPACITY);
    }
  render_layer (handle, cr, "#pose-start", &viewport);
  if (pose == UNKNOT_PICTURE_POSE_ROLLING)
    render_layer (handle, cr, "#path", &viewport);
  render_zones (handle, cr, &viewport, MAX (4, (int) round (width / 90.0)), zone_color);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  *pixels = cairo_surface_reference (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) height * cairo_image_surface_get_stride (surface),
                                      free_surface, surface);

  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}

/* The rendering for the widget's size, scale, style and pose, made once
 * and kept until one of them changes. */
static GdkTexture *
unknot_technique_picture_ensure_texture (UnknotTechniquePicture *self,
                                         graphene_rect_t        *rect)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  const Picture *picture;

  place (gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)),
         rect);
  if (self->svg == NULL || rect->size.width < 1 || rect->size.height < 1)
    return NULL;

  if (self->texture != NULL && self->texture_width == (int) rect->size.width
      && self->texture_height == (int) rect->size.height && self->texture_scale == scale
      && self->texture_pose == self->pose)
    return self->texture;

  if (self->stylesheet == NULL)
    self->stylesheet = build_stylesheet (self);
  picture = lookup_picture (unknot_technique_get_id (self->technique), self->svg,
                            self->stylesheet);
  if (picture == NULL)
    return NULL;

  unknot_technique_picture_drop_texture (self);
  self->texture = render (picture, (int) rect->size.width * scale,
                          (int) rect->size.height * scale, self->pose, &self->zone_color,
                          &self->surface);
  self->texture_width = (int) rect->size.width;
  self->texture_height = (int) rect->size.height;
  self->texture_scale = scale;
  self->texture_pose = self->pose;

  return self->texture;
}

GdkTexture *
unknot_technique_picture_get_texture (UnknotTechniquePicture *self)
{
  graphene_rect_t rect;

  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE_PICTURE (self), NULL);

  return unknot_technique_picture_ensure_texture (self, &rect);
}

static void
unknot_technique_picture_snapshot (GtkWidget   *widget,
                                   GtkSnapshot *snapshot)
{
  UnknotTechniquePicture *self = UNKNOT_TECHNIQUE_PICTURE (widget);
  graphene_rect_t rect;
  GdkTexture *texture = unknot_technique_picture_ensure_texture (self, &rect);

  if (texture == NULL)
    return;

  /* The art shows the right side; the left is its mirror image, which
   * costs no rendering of its own. */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &rect.origin);
  if (self->mirrored)
    {
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (rect.size.width, 0));
      gtk_snapshot_scale (snapshot, -1, 1);
    }
  unknot_image_append (snapshot, widget, self->surface, &self->texture,
                       &GRAPHENE_RECT_INIT (0, 0, rect.size.width, rect.size.height));
  gtk_snapshot_restore (snapshot);
}

static void
unknot_technique_picture_measure (GtkWidget      *widget,
                                  GtkOrientation  orientation,
                                  int             for_size,
                                  int            *minimum,
                                  int            *natural,
                                  int            *minimum_baseline,
                                  int            *natural_baseline)
{
  UnknotTechniquePicture *self = UNKNOT_TECHNIQUE_PICTURE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Not narrowed for a given height: a vertical box asks with its
       * children's minimum heights, and the picture would vanish. */
      *minimum = 48;
      *natural = MAX (self->natural_width, *minimum);
    }
  else
    {
      int width = for_size > 0 ? for_size : self->natural_width;

      /* Less height than the width asks for makes it smaller, not cut. */
      *natural = width * CANVAS_HEIGHT / CANVAS_WIDTH;
      *minimum = MIN (*natural, 30);
    }
}

static GtkSizeRequestMode
unknot_technique_picture_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
unknot_technique_picture_css_changed (GtkWidget         *widget,
                                      GtkCssStyleChange *change)
{
  UnknotTechniquePicture *self = UNKNOT_TECHNIQUE_PICTURE (widget);
  g_autofree char *stylesheet = NULL;

  GTK_WIDGET_CLASS (unknot_technique_picture_parent_class)->css_changed (widget, change);

  stylesheet = build_stylesheet (self);
  if (g_strcmp0 (stylesheet, self->stylesheet) == 0)
    return;

  g_free (self->stylesheet);
  self->stylesheet = g_steal_pointer (&stylesheet);
  unknot_technique_picture_drop_texture (self);
  gtk_widget_queue_draw (widget);
}

static void
unknot_technique_picture_update_accessible (UnknotTechniquePicture *self)
{
  g_autofree char *label = NULL;

  if (self->technique == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  /* Translators: a picture's accessible name: a muscle, then a tool,
   * e.g. "Position: Quadriceps, Foam roller" */
  label = g_strdup_printf (_("Position: %s, %s"),
                           unknot_muscle_get_name (unknot_technique_get_muscle (self->technique)),
                           unknot_tool_get_name (unknot_technique_get_tool (self->technique)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  technique_picture_description (self->technique),
                                  -1);
}

GtkWidget *
unknot_technique_picture_new (void)
{
  return g_object_new (UNKNOT_TYPE_TECHNIQUE_PICTURE, NULL);
}

/* A small start pose for a row that already names the muscle and the
 * tool, so it is hidden from screen readers. */
GtkWidget *
unknot_technique_picture_new_thumbnail (UnknotTechnique *technique)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE (technique), NULL);

  return g_object_new (UNKNOT_TYPE_TECHNIQUE_PICTURE,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       "natural-width", 96,
                       "valign", GTK_ALIGN_CENTER,
                       "technique", technique,
                       NULL);
}

UnknotTechnique *
unknot_technique_picture_get_technique (UnknotTechniquePicture *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE_PICTURE (self), NULL);

  return self->technique;
}

/* A technique without a picture hides the widget: an empty frame would
 * only push the words down. */
void
unknot_technique_picture_set_technique (UnknotTechniquePicture *self,
                                        UnknotTechnique        *technique)
{
  g_return_if_fail (UNKNOT_IS_TECHNIQUE_PICTURE (self));
  g_return_if_fail (technique == NULL || UNKNOT_IS_TECHNIQUE (technique));

  if (!g_set_object (&self->technique, technique))
    return;

  g_clear_pointer (&self->svg, g_bytes_unref);
  if (technique != NULL)
    self->svg = lookup_svg (unknot_technique_get_id (technique));
  unknot_technique_picture_drop_texture (self);
  unknot_technique_picture_update_accessible (self);
  gtk_widget_set_visible (GTK_WIDGET (self), self->svg != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TECHNIQUE]);
}

gboolean
unknot_technique_picture_has_picture (UnknotTechniquePicture *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE_PICTURE (self), FALSE);

  return self->svg != NULL;
}

const char *
unknot_technique_picture_get_description (UnknotTechniquePicture *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE_PICTURE (self), NULL);

  return self->technique != NULL ? technique_picture_description (self->technique) : NULL;
}

UnknotPicturePose
unknot_technique_picture_get_pose (UnknotTechniquePicture *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE_PICTURE (self), UNKNOT_PICTURE_POSE_START);

  return self->pose;
}

void
unknot_technique_picture_set_pose (UnknotTechniquePicture *self,
                                   UnknotPicturePose       pose)
{
  g_return_if_fail (UNKNOT_IS_TECHNIQUE_PICTURE (self));

  if (self->pose == pose)
    return;

  self->pose = pose;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSE]);
}

gboolean
unknot_technique_picture_get_mirrored (UnknotTechniquePicture *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE_PICTURE (self), FALSE);

  return self->mirrored;
}

void
unknot_technique_picture_set_mirrored (UnknotTechniquePicture *self,
                                       gboolean                mirrored)
{
  g_return_if_fail (UNKNOT_IS_TECHNIQUE_PICTURE (self));

  mirrored = !!mirrored;
  if (self->mirrored == mirrored)
    return;

  self->mirrored = mirrored;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRRORED]);
}

int
unknot_technique_picture_get_natural_width (UnknotTechniquePicture *self)
{
  g_return_val_if_fail (UNKNOT_IS_TECHNIQUE_PICTURE (self), 0);

  return self->natural_width;
}

void
unknot_technique_picture_set_natural_width (UnknotTechniquePicture *self,
                                            int                     width)
{
  g_return_if_fail (UNKNOT_IS_TECHNIQUE_PICTURE (self));

  if (self->natural_width == width)
    return;

  self->natural_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATURAL_WIDTH]);
}

static void
unknot_technique_picture_dispose (GObject *object)
{
  UnknotTechniquePicture *self = UNKNOT_TECHNIQUE_PICTURE (object);

  unknot_technique_picture_drop_texture (self);
  g_clear_object (&self->technique);
  g_clear_pointer (&self->svg, g_bytes_unref);

  G_OBJECT_CLASS (unknot_technique_picture_parent_class)->dispose (object);
}

static void
unknot_technique_picture_finalize (GObject *object)
{
  UnknotTechniquePicture *self = UNKNOT_TECHNIQUE_PICTURE (object);

  g_free (self->stylesheet);

  G_OBJECT_CLASS (unknot_technique_picture_parent_class)->finalize (object);
}

static void
unknot_technique_picture_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  UnknotTechniquePicture *self = UNKNOT_TECHNIQUE_PICTURE (object);

  switch (prop_id)
    {
    case PROP_TECHNIQUE:
      g_value_set_object (value, self->technique);
      break;

    case PROP_POSE:
      g_value_set_enum (value, self->pose);
      break;

    case PROP_MIRRORED:
      g_value_set_boolean (value, self->mirrored);
      break;

    case PROP_NATURAL_WIDTH:
      g_value_set_int (value, self->natural_width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_technique_picture_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  UnknotTechniquePicture *self = UNKNOT_TECHNIQUE_PICTURE (object);

  switch (prop_id)
    {
    case PROP_TECHNIQUE:
      unknot_technique_picture_set_technique (self, g_value_get_object (value));
      break;

    case PROP_POSE:
      unknot_technique_picture_set_pose (self, g_value_get_enum (value));
      break;

    case PROP_MIRRORED:
      unknot_technique_picture_set_mirrored (self, g_value_get_boolean (value));
      break;

    case PROP_NATURAL_WIDTH:
      unknot_technique_picture_set_natural_width (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
unknot_technique_picture_class_init (UnknotTechniquePictureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = unknot_technique_picture_dispose;
  object_class->finalize = unknot_technique_picture_finalize;
  object_class->get_property = unknot_technique_picture_get_property;
  object_class->set_property = unknot_technique_picture_set_property;

  widget_class->snapshot = unknot_technique_picture_snapshot;
  widget_class->measure = unknot_technique_picture_measure;
  widget_class->get_request_mode = unknot_technique_picture_get_request_mode;
  widget_class->css_changed = unknot_technique_picture_css_changed;

  properties[PROP_TECHNIQUE] =
    g_param_spec_object ("technique", NULL, NULL, UNKNOT_TYPE_TECHNIQUE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSE] =
    g_param_spec_enum ("pose", NULL, NULL, UNKNOT_TYPE_PICTURE_POSE, UNKNOT_PICTURE_POSE_START,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MIRRORED] =
    g_param_spec_boolean ("mirrored", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NATURAL_WIDTH] =
    g_param_spec_int ("natural-width", NULL, NULL, 48, G_MAXINT, 480,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "techniquepicture");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
unknot_technique_picture_init (UnknotTechniquePicture *self)
{
  self->natural_width = 480;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
