/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "unknot-body-art.h"

/* Each caption keeps to its own figure's width, wrapping if it must. */
static void
snapshot_caption (GtkWidget   *widget,
                  GtkSnapshot *snapshot,
                  const char  *text,
                  double       center_x,
                  double       width,
                  double       top)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  GdkRGBA color;

  pango_layout_set_width (layout, (int) (width - 8) * PANGO_SCALE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  color.alpha *= 0.7;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (center_x - (width - 8) / 2.0),
                                                          top));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

/* Below each figure, in @widget's font and colour. The sides are the
 * person's own: their left is on the viewer's right in front. */
void
unknot_body_art_snapshot_captions (const UnknotBodyFrame *frame,
                                   GtkSnapshot           *snapshot,
                                   GtkWidget             *widget)
{
  graphene_rect_t visible;
  double bottom, half, x;

  unknot_body_art_get_visible_rect (frame, &visible);
  bottom = visible.origin.y + visible.size.height + 4;
  half = frame->show == UNKNOT_BODY_SHOW_BOTH ? visible.size.width / 2 : visible.size.width;
  x = visible.origin.x;

  if (frame->show != UNKNOT_BODY_SHOW_BACK)
    {
      snapshot_caption (widget, snapshot, _("Front · your left is on the right"), x + half / 2,
                        half, bottom);
      x += half;
    }
  if (frame->show != UNKNOT_BODY_SHOW_FRONT)
    snapshot_caption (widget, snapshot, _("Back · your left is on the left"), x + half / 2,
                      half, bottom);
}
