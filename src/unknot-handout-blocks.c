/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "unknot-handout-private.h"

/* The blocks of a handout page: the header with the body map and the
 * week's tick boxes, the safety notice, the cautions for every exercise,
 * one block per exercise, and the footer.  Each is laid out by one
 * function that measures when it has no cairo context and draws when it
 * has one, so the pages are cut exactly where the drawing will fall. */

#define ITEM_INDENT    32.0
#define PICTURE_WIDTH  112.0

#define FONT_TITLE     "Cantarell Bold 22"
#define FONT_SUBTITLE  "Cantarell 12.5"
#define FONT_HEADING   "Cantarell Bold 14"
#define FONT_LABEL     "Cantarell Bold 10"
#define FONT_BODY      "Cantarell 10"
#define FONT_SMALL     "Cantarell 9"
#define FONT_CAPTION   "Cantarell 8"

typedef struct
{
  double r, g, b;
} Rgb;

static const Rgb ink = { 0.14, 0.12, 0.19 };
static const Rgb muted = { 0.37, 0.36, 0.39 };
static const Rgb accent = { 0.10, 0.40, 0.44 };
static const Rgb accent_light = { 0.89, 0.94, 0.94 };
static const Rgb stop_red = { 0.70, 0.10, 0.14 };
static const Rgb stop_light = { 0.99, 0.93, 0.93 };
static const Rgb rule_grey = { 0.80, 0.80, 0.82 };
static const Rgb white = { 1, 1, 1 };

typedef struct
{
  UnknotHandout *self;
  cairo_t       *cr;     /* NULL while measuring */
  double         x;
  double         y;
  double         width;
} Pen;

/* The trainer's notes and the client's name, when the routine has them */
static const char *
handout_routine_note (UnknotRoutine *routine)
{
  return unknot_routine_get_note (routine);
}

static const char *
handout_routine_client (UnknotRoutine *routine)
{
  return unknot_routine_get_client (routine);
}

static const char *
handout_item_note (UnknotRoutineItem *item)
{
  return unknot_routine_item_get_note (item);
}

static void
set_color (cairo_t   *cr,
           const Rgb *color)
{
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
}

static PangoLayout *
create_layout (UnknotHandout *self,
               const char    *font,
               double         width,
               const char    *markup)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  if (self->text_scale != 1.0)
    pango_font_description_set_size (desc, pango_font_description_get_size (desc) *
                                           self->text_scale);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, 1.1);
  if (width > 0)
    pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static int
measure_width (UnknotHandout *self,
               const char    *font,
               const char    *markup)
{
  g_autoptr(PangoLayout) layout = create_layout (self, font, -1, markup);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return logical.width;
}

/* Draws one paragraph at x, y, or only measures it; returns its height. */
static double
show_text (Pen        *pen,
           double      x,
           double      y,
           double      width,
           const char *font,
           const Rgb  *color,
           const char *markup)
{
  g_autoptr(PangoLayout) layout = create_layout (pen->self, font, width, markup);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (pen->cr != NULL)
    {
      set_color (pen->cr, color);
      cairo_move_to (pen->cr, x, y);
      pango_cairo_show_layout (pen->cr, layout);
    }

  return pango_units_to_double (logical.height);
}

static double
show_caption (Pen        *pen,
              double      x,
              double      y,
              double      width,
              const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) layout = create_layout (pen->self, FONT_CAPTION, width - 4, markup);
  PangoRectangle logical;

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_extents (layout, NULL, &logical);
  if (pen->cr != NULL)
    {
      set_color (pen->cr, &muted);
      cairo_move_to (pen->cr, x + 2, y);
      pango_cairo_show_layout (pen->cr, layout);
    }

  return pango_units_to_double (logical.height);
}

static void
pen_paragraph (Pen        *pen,
               const char *font,
               const Rgb  *color,
               const char *markup,
               double      space_after)
{
  pen->y += show_text (pen, pen->x, pen->y, pen->width, font, color, markup) + space_after;
}

static void
fill_rect (Pen       *pen,
           double     x,
           double     y,
           double     width,
           double     height,
           const Rgb *color)
{
  if (pen->cr == NULL)
    return;

  set_color (pen->cr, color);
  cairo_rectangle (pen->cr, x, y, width, height);
  cairo_fill (pen->cr);
}

static void
stroke_line (Pen       *pen,
             double     x0,
             double     y0,
             double     x1,
             double     y1,
             double     line_width,
             const Rgb *color)
{
  if (pen->cr == NULL)
    return;

  set_color (pen->cr, color);
  cairo_set_line_width (pen->cr, line_width);
  cairo_move_to (pen->cr, x0, y0);
  cairo_line_to (pen->cr, x1, y1);
  cairo_stroke (pen->cr);
}

static guint
minutes_for_seconds (guint64 seconds)
{
  return MAX (1, (guint) ((seconds + 30) / 60));
}

static guint64
item_seconds (UnknotRoutineItem *item)
{
  UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  guint64 rep = (guint64) times.search_seconds + times.release_seconds +
                unknot_routine_item_get_hold (item);

  return unknot_routine_item_get_n_sides (item) *
         (times.position_seconds + unknot_routine_item_get_reps (item) * rep);
}

/* The body map, both figures, as vectors, with its captions and key. */
static double
draw_map (Pen    *pen,
          double  x,
          double  y,
          double  width)
{
  double height = width * 1000.0 / 900.0;
  double half = width / 2;
  double front_height, back_height, caption_height, key_y;
  g_autofree char *key = NULL;

  if (pen->cr != NULL && pen->self->map != NULL)
    {
      RsvgRectangle viewport = { x, y, width, height };

      rsvg_handle_render_document (pen->self->map, pen->cr, &viewport, NULL);
    }

  /* Not inside MAX (): each caption must be drawn once. */
  front_height = show_caption (pen, x, y + height, half, _("Front · your left is on the right"));
  back_height = show_caption (pen, x + half, y + height, half,
                              _("Back · your left is on the left"));
  caption_height = MAX (front_height, back_height);
  key_y = y + height + caption_height + 6;
  if (pen->cr != NULL)
    {
      cairo_set_source_rgb (pen->cr, 0xc4 / 255.0, 0x45 / 255.0, 0x2d / 255.0);
      cairo_rectangle (pen->cr, x, key_y + 2, 9, 9);
      cairo_fill (pen->cr);
      cairo_set_source_rgba (pen->cr, 0x9a / 255.0, 0xa6 / 255.0, 0xb8 / 255.0, 0.6);
      cairo_rectangle (pen->cr, x + half, key_y + 2, 9, 9);
      cairo_fill (pen->cr);
    }
  key = g_markup_escape_text (_("Muscles you roll"), -1);
  show_text (pen, x + 13, key_y, half - 13, FONT_CAPTION, &ink, key);
  g_free (key);
  key = g_markup_escape_text (_("Never roll here"), -1);

  return key_y + show_text (pen, x + half + 13, key_y, half - 13, FONT_CAPTION, &ink, key) - y;
}

/* A week per row, a box per day: the client ticks the days they rolled. */
static void
draw_week_table (Pen *pen)
{
  const char *days[] = {
    C_("weekday", "Mon"), C_("weekday", "Tue"), C_("weekday", "Wed"), C_("weekday", "Thu"),
    C_("weekday", "Fri"), C_("weekday", "Sat"), C_("weekday", "Sun"),
  };
  double label_width = 52, cell = 21, box = 12;
  g_autofree char *intro = g_markup_printf_escaped ("<b>%s</b>  %s", _("Your week"),
                                                    _("Roll on 3 or 4 days a week, about "
                                                      "10 minutes each time. Tick a box "
                                                      "each day you roll."));

  pen_paragraph (pen, FONT_SMALL, &ink, intro, 6);
  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    {
      g_autofree char *day = g_markup_escape_text (days[d], -1);
      g_autoptr(PangoLayout) layout = create_layout (pen->self, FONT_CAPTION, cell, day);

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      if (pen->cr != NULL)
        {
          set_color (pen->cr, &muted);
          cairo_move_to (pen->cr, pen->x + label_width + d * cell, pen->y);
          pango_cairo_show_layout (pen->cr, layout);
        }
    }
  pen->y += 13;
  for (guint w = 1; w <= 4; w++)
    {
      g_autofree char *label = g_strdup_printf (_("Week %u"), w);

      show_text (pen, pen->x, pen->y + 1, label_width, FONT_CAPTION, &muted, label);
      for (guint d = 0; d < G_N_ELEMENTS (days) && pen->cr != NULL; d++)
        {
          set_color (pen->cr, &muted);
          cairo_set_line_width (pen->cr, 0.8);
          cairo_rectangle (pen->cr, pen->x + label_width + d * cell + (cell - box) / 2,
                           pen->y, box, box);
          cairo_stroke (pen->cr);
        }
      pen->y += 17;
    }
}

static void
draw_meta_line (Pen        *pen,
                const char *label,
                const char *value)
{
  g_autofree char *markup = g_markup_printf_escaped ("%s", label);
  double label_width = 64;
  double height = show_text (pen, pen->x, pen->y, label_width, FONT_SMALL, &muted, markup);

  if (value != NULL)
    {
      g_autofree char *text = g_markup_printf_escaped ("<b>%s</b>", value);

      double value_height = show_text (pen, pen->x + label_width, pen->y,
                                       pen->width - label_width, FONT_BODY, &ink, text);

      height = MAX (height, value_height);
    }
  else
    {
      /* A line to write the name on by hand. */
      height += 2;
      stroke_line (pen, pen->x + label_width, pen->y + height, pen->x + pen->width - 8,
                   pen->y + height, 0.6, &muted);
    }
  pen->y += height + 5;
}

static void
draw_note (Pen        *pen,
           const char *label,
           const char *note)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>  %s", label, note);
  double y0 = pen->y;
  Pen inner = *pen;
  double height;

  inner.x += 8;
  inner.width -= 16;
  inner.y += 6;
  inner.cr = NULL;
  height = show_text (&inner, inner.x, inner.y, inner.width, FONT_BODY, &ink, markup) + 12;
  fill_rect (pen, pen->x, y0, pen->width, height, &accent_light);
  fill_rect (pen, pen->x, y0, 3, height, &accent);
  show_text (pen, inner.x, inner.y, inner.width, FONT_BODY, &ink, markup);
  pen->y += height + 8;
}

static double
draw_header (Pen *pen)
{
  UnknotHandout *self = pen->self;
  UnknotRoutine *routine = self->routine;
  const char *summary = unknot_routine_get_summary (routine);
  const char *note = handout_routine_note (routine);
  double y0 = pen->y, map_width = floor (pen->width * 0.36), map_bottom;
  g_autofree char *title = g_markup_escape_text (unknot_routine_get_name (routine), -1);
  g_autofree char *goal = g_markup_escape_text (unknot_routine_get_goal (routine), -1);
  /* Translators: the date on a handout, as strftime() takes it; a numeric
   * date such as "%d.%m.%Y" avoids month names from another language. */
  g_autofree char *date = g_date_time_format (self->date, _("%B %-d, %Y"));
  g_autofree char *length = NULL;
  UnknotPhaseTimes times = UNKNOT_PHASE_TIMES_DEFAULT;
  guint n_items = _unknot_handout_get_n_items (self);
  guint minutes = minutes_for_seconds (unknot_routine_estimate_seconds (routine, &times));
  Pen left = *pen;

  pen_paragraph (pen, FONT_TITLE, &accent, title, 2);
  if (goal[0] != '\0')
    pen_paragraph (pen, FONT_SUBTITLE, &muted, goal, 0);
  pen->y += 14;

  map_bottom = pen->y + draw_map (pen, pen->x + pen->width - map_width, pen->y, map_width);

  left.y = pen->y;
  left.width = pen->width - map_width - 24;
  if (summary != NULL && summary[0] != '\0')
    {
      g_autofree char *text = g_markup_escape_text (summary, -1);

      pen_paragraph (&left, FONT_BODY, &ink, text, 12);
    }
  length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise, about %u min",
                                         "%u exercises, about %u min", n_items),
                            n_items, minutes);
  draw_meta_line (&left, _("For"), handout_routine_client (routine));
  draw_meta_line (&left, _("Date"), date);
  draw_meta_line (&left, _("Time"), length);
  left.y += 8;
  if (note != NULL && note[0] != '\0')
    draw_note (&left, _("From your trainer"), note);
  draw_week_table (&left);

  pen->y = MAX (left.y, map_bottom);
  return pen->y - y0;
}

static char *
caution_markup (UnknotCaution *caution)
{
  return g_markup_printf_escaped ("<b>%s.</b> %s", unknot_caution_get_title (caution),
                                  unknot_caution_get_text (caution));
}

static char *
contraindication_list (UnknotHandout *self)
{
  GListModel *cautions = unknot_library_get_cautions (self->library);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cautions); i++)
    {
      g_autoptr(UnknotCaution) caution = g_list_model_get_item (cautions, i);

      if (unknot_caution_get_kind (caution) != UNKNOT_CAUTION_KIND_CONTRAINDICATION
          || unknot_caution_get_severity (caution) == UNKNOT_SEVERITY_INFO)
        continue;
      if (list->len > 0)
        g_string_append (list, " · ");
      g_string_append (list, unknot_caution_get_title (caution));
    }

  return g_string_free (g_steal_pointer (&list), FALSE);
}

/* The stop rule, "not medical advice" and who should ask a doctor first. */
static double
draw_safety (Pen *pen)
{
  UnknotHandout *self = pen->self;
  UnknotCaution *stop = unknot_library_get_caution (self->library, "stop-if-sharp");
  UnknotCaution *advice = unknot_library_get_caution (self->library, "not-medical-advice");
  g_autofree char *list = contraindication_list (self);
  g_autofree char *doctor = g_markup_printf_escaped ("<b>%s</b> %s",
                                                     _("Ask a doctor before you roll if any "
                                                       "of these apply to you:"), list);
  g_autofree char *heading = g_markup_escape_text (_("Before you start"), -1);
  Pen inner = *pen;
  double y0 = pen->y, height;

  for (int pass = 0; pass < 2; pass++)
    {
      inner.cr = pass == 0 ? NULL : pen->cr;
      inner.x = pen->x + 14;
      inner.width = pen->width - 26;
      inner.y = y0 + 10;
      if (pass == 1)
        {
          fill_rect (pen, pen->x, y0, pen->width, height, &stop_light);
          fill_rect (pen, pen->x, y0, 4, height, &stop_red);
        }
      pen_paragraph (&inner, FONT_LABEL, &stop_red, heading, 4);
      if (stop != NULL)
        {
          g_autofree char *text = caution_markup (stop);

          pen_paragraph (&inner, FONT_SMALL, &ink, text, 4);
        }
      if (advice != NULL)
        {
          g_autofree char *text = caution_markup (advice);

          pen_paragraph (&inner, FONT_SMALL, &ink, text, 4);
        }
      pen_paragraph (&inner, FONT_SMALL, &ink, doctor, 0);
      height = inner.y + 10 - y0;
    }

  pen->y += height;
  return height;
}

static double
draw_caution (Pen           *pen,
              UnknotCaution *caution,
              double         x,
              double         y,
              double         width,
              gboolean       bullet)
{
  g_autofree char *text = caution_markup (caution);
  double indent = bullet ? 10 : 0;

  if (bullet && pen->cr != NULL)
    {
      set_color (pen->cr, unknot_caution_get_severity (caution) != UNKNOT_SEVERITY_INFO
                          ? &stop_red : &accent);
      cairo_new_sub_path (pen->cr);
      cairo_arc (pen->cr, x + 3, y + 6, 2.2, 0, 2 * G_PI);
      cairo_fill (pen->cr);
    }

  return show_text (pen, x + indent, y, width - indent, FONT_SMALL, &ink, text) + 3;
}

/* Cautions as a list, read down two columns when there are many: a
 * single technique's handout stays short. */
static void
draw_caution_list (Pen       *pen,
                   GPtrArray *cautions,
                   gboolean   bullets)
{
  guint n_columns = cautions->len > 4 ? 2 : 1;
  double gap = 18, column_width = (pen->width - (n_columns - 1) * gap) / n_columns;
  double total = 0, column_y[2] = { pen->y, pen->y };
  Pen measure = *pen;
  guint column = 0;

  measure.cr = NULL;
  for (guint i = 0; i < cautions->len && n_columns == 2; i++)
    total += draw_caution (&measure, g_ptr_array_index (cautions, i), 0, 0, column_width,
                           bullets);

  for (guint i = 0; i < cautions->len; i++)
    {
      UnknotCaution *caution = g_ptr_array_index (cautions, i);
      double height = draw_caution (&measure, caution, 0, 0, column_width, bullets);

      if (n_columns == 2 && column == 0 && column_y[0] > pen->y
          && column_y[0] - pen->y + height / 2 > total / 2)
        column = 1;
      column_y[column] += draw_caution (pen, caution, pen->x + column * (column_width + gap),
                                        column_y[column], column_width, bullets);
    }

  pen->y = MAX (column_y[0], column_y[1]);
}

/* Cautions for every exercise, printed once. */
static double
draw_shared (Pen *pen)
{
  g_autofree char *heading = g_markup_escape_text (_("For every exercise"), -1);
  double y0 = pen->y;

  pen_paragraph (pen, FONT_HEADING, &accent, heading, 6);
  draw_caution_list (pen, pen->self->shared_cautions, FALSE);
  return pen->y - y0;
}

static char *
dose_text (UnknotRoutineItem *item)
{
  guint reps = unknot_routine_item_get_reps (item);
  g_autofree char *rounds = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u round",
                                                          "%u rounds", reps), reps);
  g_autofree char *dose = NULL;
  const char *sides = NULL;

  if (unknot_routine_item_get_n_sides (item) == 2)
    sides = _("both sides");
  else if (unknot_routine_item_get_sides (item) == UNKNOT_SIDE_LEFT)
    sides = _("left side");
  else if (unknot_routine_item_get_sides (item) == UNKNOT_SIDE_RIGHT)
    sides = _("right side");

  if (sides != NULL)
    /* Translators: hold seconds, rounds and sides: "Hold 30 s × 2 rounds × both sides" */
    dose = g_strdup_printf (_("Hold %u s × %s × %s"), unknot_routine_item_get_hold (item),
                            rounds, sides);
  else
    dose = g_strdup_printf (_("Hold %u s × %s"), unknot_routine_item_get_hold (item), rounds);

  /* Translators: the dose, then the time it takes: "Hold 30 s × 2 rounds · about 2 min" */
  return g_strdup_printf (_("%s · about %u min"), dose,
                          minutes_for_seconds (item_seconds (item)));
}

static void
draw_item_heading (Pen               *pen,
                   guint              index,
                   UnknotRoutineItem *item)
{
  UnknotTechnique *technique = unknot_routine_item_get_technique (item);
  UnknotMuscle *muscle = unknot_technique_get_muscle (technique);
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  g_autofree char *heading = NULL;
  g_autofree char *dose = dose_text (item);
  g_autofree char *dose_markup = g_markup_escape_text (dose, -1);
  g_autoptr(PangoLayout) badge = create_layout (pen->self, FONT_LABEL, 22, number);
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;
  double dose_width, dose_height, dose_x, dose_y, heading_width, height;

  heading = g_markup_printf_escaped ("%s  <span size=\"smaller\" weight=\"normal\" "
                                     "foreground=\"#5e5c64\">%s</span>",
                                     unknot_muscle_get_name (muscle),
                                     unknot_tool_get_name (unknot_technique_get_tool (technique)));
  if (pen->cr != NULL)
    {
      set_color (pen->cr, &accent);
      cairo_new_sub_path (pen->cr);
      cairo_arc (pen->cr, pen->x + 11, pen->y + 11, 11, 0, 2 * G_PI);
      cairo_fill (pen->cr);
      pango_layout_set_alignment (badge, PANGO_ALIGN_CENTER);
      set_color (pen->cr, &white);
      cairo_move_to (pen->cr, pen->x, pen->y + 3);
      pango_cairo_show_layout (pen->cr, badge);
    }
  layout = create_layout (pen->self, FONT_LABEL, -1, dose_markup);
  pango_layout_get_extents (layout, NULL, &logical);
  dose_width = pango_units_to_double (logical.width) + 14;
  dose_height = pango_units_to_double (logical.height) + 6;
  heading_width = pango_units_to_double (measure_width (pen->self, FONT_HEADING, heading));

  /* The dose beside the name when both fit on the line. */
  if (ITEM_INDENT + heading_width + 16 + dose_width <= pen->width)
    {
      dose_x = pen->x + pen->width - dose_width;
      dose_y = pen->y + 2;
      height = show_text (pen, pen->x + ITEM_INDENT, pen->y, -1, FONT_HEADING, &ink, heading);
      height = MAX (height, dose_height + 2) + 6;
    }
  else
    {
      height = show_text (pen, pen->x + ITEM_INDENT, pen->y, pen->width - ITEM_INDENT,
                          FONT_HEADING, &ink, heading) + 3;
      dose_x = pen->x + ITEM_INDENT;
      dose_y = pen->y + height;
      height += dose_height + 6;
    }
  if (pen->cr != NULL)
    {
      fill_rect (pen, dose_x, dose_y, dose_width, dose_height, &accent_light);
      set_color (pen->cr, &accent);
      cairo_move_to (pen->cr, dose_x + 7, dose_y + 3);
      pango_cairo_show_layout (pen->cr, layout);
    }
  pen->y += height;
}

static void
draw_steps (Pen             *pen,
            UnknotTechnique *technique)
{
  const char * const *steps = unknot_technique_get_steps (technique);

  for (guint i = 0; steps != NULL && steps[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      g_autofree char *text = g_markup_escape_text (steps[i], -1);

      show_text (pen, pen->x, pen->y, 16, FONT_BODY, &accent, number);
      pen->y += show_text (pen, pen->x + 16, pen->y, pen->width - 16, FONT_BODY, &ink,
                           text) + 1.5;
    }
  pen->y += 4;
}

static void
draw_item_cautions (Pen             *pen,
                    UnknotTechnique *technique)
{
  GListModel *cautions = unknot_technique_get_cautions (technique);
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *label = g_markup_escape_text (_("Take care"), -1);

  for (guint i = 0; i < g_list_model_get_n_items (cautions); i++)
    {
      g_autoptr(UnknotCaution) caution = g_list_model_get_item (cautions, i);

      if (!g_ptr_array_find (pen->self->shared_cautions, caution, NULL))
        g_ptr_array_add (own, g_steal_pointer (&caution));
    }
  if (own->len == 0)
    return;

  pen_paragraph (pen, FONT_LABEL, &ink, label, 2);
  draw_caution_list (pen, own, TRUE);
  pen->y += 3;
}

static double
draw_item (Pen   *pen,
           guint  index)
{
  UnknotHandout *self = pen->self;
  UnknotRoutineItem *item = _unknot_handout_get_item (self, index);
  UnknotTechnique *technique = unknot_routine_item_get_technique (item);
  RsvgHandle *picture = g_ptr_array_index (self->pictures, index);
  const char *stretch = unknot_technique_get_stretch (technique);
  const char *note = handout_item_note (item);
  double y0 = pen->y, picture_bottom = 0;
  g_autofree char *position = g_markup_printf_escaped ("<b>%s</b>  %s", _("Position"),
                                                       unknot_technique_get_position (technique));
  g_autofree char *stop = g_markup_escape_text (_("Stop at once if you feel sharp pain, "
                                                  "numbness or tingling."), -1);
  Pen text = *pen;

  stroke_line (pen, pen->x, pen->y, pen->x + pen->width, pen->y, 0.6, &rule_grey);
  pen->y += 9;
  draw_item_heading (pen, index, item);

  text.y = pen->y;
  text.x = pen->x + ITEM_INDENT;
  text.width = pen->width - ITEM_INDENT;
  if (picture != NULL)
    {
      double width = PICTURE_WIDTH, height = PICTURE_WIDTH;
      gboolean has_size;

      rsvg_handle_get_intrinsic_size_in_pixels (picture, &width, &height);
      has_size = width > 0 && height > 0;
      height = has_size ? PICTURE_WIDTH * height / width : PICTURE_WIDTH;
      if (pen->cr != NULL)
        rsvg_handle_render_document (picture, pen->cr,
                                     &(RsvgRectangle) { text.x, text.y, PICTURE_WIDTH, height },
                                     NULL);
      picture_bottom = text.y + height;
      text.x += PICTURE_WIDTH + 14;
      text.width -= PICTURE_WIDTH + 14;
    }

  pen_paragraph (&text, FONT_BODY, &ink, position, 5);
  draw_steps (&text, technique);
  draw_item_cautions (&text, technique);
  if (stretch != NULL && stretch[0] != '\0')
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>  %s", _("Then stretch"),
                                                         stretch);

      pen_paragraph (&text, FONT_SMALL, &ink, markup, 5);
    }
  if (note != NULL && note[0] != '\0')
    draw_note (&text, _("From your trainer"), note);
  pen_paragraph (&text, FONT_SMALL, &stop_red, stop, 0);

  pen->y = MAX (text.y, picture_bottom);
  return pen->y - y0;
}

/* Lays one block out at y, drawing it when cr is given; returns its height. */
double
_unknot_handout_draw_block (UnknotHandout *self,
                            cairo_t       *cr,
                            BlockKind      kind,
                            guint          item,
                            double         y)
{
  Pen pen = { self, cr, MARGIN_SIDE, y, self->page_width - 2 * MARGIN_SIDE };

  switch (kind)
    {
    case BLOCK_HEADER:
      return draw_header (&pen);
    case BLOCK_SAFETY:
      return draw_safety (&pen);
    case BLOCK_SHARED:
      return draw_shared (&pen);
    case BLOCK_ITEM:
    default:
      return draw_item (&pen, item);
    }
}

void
_unknot_handout_draw_footer (UnknotHandout *self,
                             cairo_t       *cr,
                             guint          page)
{
  Pen pen = { self, cr, MARGIN_SIDE, self->page_height - MARGIN_BOTTOM + 22,
              self->page_width - 2 * MARGIN_SIDE };
  g_autofree char *left = g_markup_printf_escaped ("%s  ·  %s",
                                                   unknot_routine_get_name (self->routine),
                                                   _("Unknot · not medical advice"));
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  g_autoptr(PangoLayout) layout = create_layout (self, FONT_CAPTION, pen.width, number);

  stroke_line (&pen, pen.x, pen.y - 6, pen.x + pen.width, pen.y - 6, 0.5, &rule_grey);
  show_text (&pen, pen.x, pen.y, pen.width * 0.75, FONT_CAPTION, &muted, left);
  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  set_color (cr, &muted);
  cairo_move_to (cr, pen.x, pen.y);
  pango_cairo_show_layout (cr, layout);
}
