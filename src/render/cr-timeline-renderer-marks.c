/* cr-timeline-renderer-marks.c: events, clusters and their labels
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-timeline-renderer"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "cr-timeline-renderer-private.h"

static const CrColor *
mark_color (CrPainter    *p,
            const CrMark *m)
{
  if (m->type == CR_MARK_OVERFLOW || m->mixed_kinds)
    return &p->palette->dim_foreground;
  return cr_palette_get_kind (p->palette, m->kind);
}

/* Text on a badge: dark on light kind colours (the dark palette), white
 * on saturated ones. */
const CrColor *
_cr_painter_badge_text_color (const CrColor *fill)
{
  static const CrColor white = { 1, 1, 1, 1 };
  static const CrColor ink = { 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0, 1 };

  return cr_color_luminance (fill) > 0.35 ? &ink : &white;
}

static void
mark_path (CrPainter    *p,
           const CrMark *m,
           double        grow)
{
  cairo_t *cr = p->cr;

  switch (m->type)
    {
    case CR_MARK_POINT:
      cairo_new_sub_path (cr);
      cairo_arc (cr, (m->x0 + m->x1) / 2, m->y, CR_LAYOUT_POINT_RADIUS + grow, 0, 2 * G_PI);
      break;
    case CR_MARK_SPAN:
      {
        /* Clip long bars just outside the view so rounded ends never show
         * where the period continues. */
        double x0 = MAX (m->x0, -8) - grow;
        double x1 = MIN (m->x1, p->width + 8) + grow;

        _cr_painter_rounded_rect (cr, x0, m->y - m->height / 2 - grow, x1 - x0, m->height + 2 * grow, 4 + grow);
      }
      break;
    case CR_MARK_CLUSTER:
    case CR_MARK_OVERFLOW:
    default:
      _cr_painter_rounded_rect (cr, m->x0 - grow, m->y - m->height / 2 - grow,
                    m->x1 - m->x0 + 2 * grow, m->height + 2 * grow, m->height / 2 + grow);
      break;
    }
}

static cairo_pattern_t *
span_source (CrPainter     *p,
             const CrMark  *m,
             const CrColor *color,
             double         alpha)
{
  cairo_pattern_t *pattern;
  double fade;

  if (!(m->flags & (CR_ITEM_FLAG_OPEN_END | CR_ITEM_FLAG_OPEN_START)))
    return cairo_pattern_create_rgba (color->red, color->green, color->blue, alpha);

  /* An open end fades over the last part of the bar: we know it began,
   * not when it stopped. */
  fade = MIN (0.6, MAX (0.25, 48.0 / MAX (m->x1 - m->x0, 1)));
  pattern = cairo_pattern_create_linear (m->x0, 0, m->x1, 0);
  if (m->flags & CR_ITEM_FLAG_OPEN_START)
    {
      cairo_pattern_add_color_stop_rgba (pattern, 0, color->red, color->green, color->blue, 0);
      cairo_pattern_add_color_stop_rgba (pattern, fade, color->red, color->green, color->blue, alpha);
    }
  else
    cairo_pattern_add_color_stop_rgba (pattern, 0, color->red, color->green, color->blue, alpha);
  if (m->flags & CR_ITEM_FLAG_OPEN_END)
    {
      cairo_pattern_add_color_stop_rgba (pattern, 1 - fade, color->red, color->green, color->blue, alpha);
      cairo_pattern_add_color_stop_rgba (pattern, 1, color->red, color->green, color->blue, 0);
    }
  else
    cairo_pattern_add_color_stop_rgba (pattern, 1, color->red, color->green, color->blue, alpha);
  return pattern;
}

/* Clusters are filled at a few strengths, by weight, so they still batch. */
#define N_WEIGHT_LEVELS 4

static guint
weight_level (const CrMark *m)
{
  return MIN ((guint) (m->weight * N_WEIGHT_LEVELS), N_WEIGHT_LEVELS - 1);
}

static double
weight_alpha (guint level)
{
  return 0.4 + 0.6 * level / (N_WEIGHT_LEVELS - 1);
}

/* The opaque colour a cluster shows: its kind at its strength over the
 * background. Its count is written in ink or white by that colour. */
static CrColor
cluster_fill (CrPainter    *p,
              const CrMark *m)
{
  const CrColor *kind = mark_color (p, m);
  const CrColor *bg = &p->palette->background;
  double a = weight_alpha (weight_level (m));

  return (CrColor) {
    a * kind->red + (1 - a) * bg->red,
    a * kind->green + (1 - a) * bg->green,
    a * kind->blue + (1 - a) * bg->blue,
    1.0,
  };
}

static gboolean
is_selected (CrPainter    *p,
             const CrMark *m)
{
  return m->state == CR_ITEM_STATE_SELECTED ||
         (m->type <= CR_MARK_SPAN && m->item == p->options->selected_item);
}

/* Plain points and badges are drawn in batches, one fill per colour:
 * a zoomed-out frame has hundreds and each fill costs a rasterisation. */
static gboolean
is_batched (CrPainter    *p,
            guint         index,
            const CrMark *m)
{
  if (m->type == CR_MARK_SPAN && (m->flags & (CR_ITEM_FLAG_OPEN_END | CR_ITEM_FLAG_OPEN_START)))
    return FALSE;
  return m->state == CR_ITEM_STATE_NORMAL &&
         index != p->options->hover_mark &&
         !is_selected (p, m);
}

gboolean
_cr_painter_is_visible (CrPainter    *p,
                        const CrMark *m)
{
  return m->x1 >= -8 && m->x0 <= p->width + 8;
}

static void
draw_mark (CrPainter    *p,
           guint         index,
           const CrMark *m)
{
  cairo_t *cr = p->cr;
  const CrColor *color = mark_color (p, m);
  gboolean hover = index == p->options->hover_mark;
  double alpha = m->state == CR_ITEM_STATE_DIMMED ? 0.3 : 1.0;

  if (m->state == CR_ITEM_STATE_HIGHLIGHTED || hover)
    {
      mark_path (p, m, 4);
      _cr_painter_set_color (cr, color, hover ? 0.22 : 0.35);
      cairo_fill (cr);
    }

  switch (m->type)
    {
    case CR_MARK_POINT:
      mark_path (p, m, 1.5);
      _cr_painter_set_color (cr, &p->palette->background, 1.0);
      cairo_fill (cr);
      mark_path (p, m, 0);
      _cr_painter_set_color (cr, color, alpha);
      cairo_fill (cr);
      break;
    case CR_MARK_SPAN:
      {
        cairo_pattern_t *fill = span_source (p, m, color, 0.25 * alpha);
        cairo_pattern_t *stroke = span_source (p, m, color, alpha);

        mark_path (p, m, -0.75);
        cairo_set_source (cr, fill);
        cairo_fill_preserve (cr);
        cairo_set_source (cr, stroke);
        cairo_set_line_width (cr, 1.5);
        cairo_stroke (cr);
        cairo_pattern_destroy (fill);
        cairo_pattern_destroy (stroke);
      }
      break;
    case CR_MARK_CLUSTER:
      mark_path (p, m, 0);
      _cr_painter_set_color (cr, color, weight_alpha (weight_level (m)) * alpha);
      cairo_fill (cr);
      break;
    case CR_MARK_OVERFLOW:
    default:
      mark_path (p, m, -0.5);
      _cr_painter_set_color (cr, &p->palette->grid, alpha);
      cairo_fill_preserve (cr);
      _cr_painter_set_color (cr, &p->palette->dim_foreground, 0.6 * alpha);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      break;
    }

  if (is_selected (p, m))
    {
      mark_path (p, m, m->type == CR_MARK_POINT ? 3 : 2.5);
      _cr_painter_set_color (cr, &p->palette->selection, 1.0);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
}

static void
draw_label (CrPainter    *p,
            const CrMark *m)
{
  double alpha = m->state == CR_ITEM_STATE_DIMMED ? 0.3 : 1.0;

  if (m->label == NULL)
    return;
  if (m->type == CR_MARK_CLUSTER)
    {
      CrColor fill = cluster_fill (p, m);

      _cr_painter_show_text (p, m->label, m->label_x, m->label_y, _cr_painter_badge_text_color (&fill), alpha);
    }
  else if (m->type == CR_MARK_OVERFLOW)
    _cr_painter_show_text (p, m->label, m->label_x, m->label_y, &p->palette->foreground, alpha);
  else
    _cr_painter_show_text (p, m->label, m->label_x, m->label_y, &p->palette->foreground,
               m->state == CR_ITEM_STATE_DIMMED ? 0.45 : 1.0);
}

/* Adds the path of every batched mark of @type (and @color, unless NULL)
 * to the current path. */
static gboolean
add_batch (CrPainter     *p,
           CrMarkType     type,
           const CrColor *color,
           double         grow)
{
  CrTimelineLayout *layout = p->layout;
  gboolean any = FALSE;

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);

      if (m->type == type && is_batched (p, i, m) && _cr_painter_is_visible (p, m) &&
          (color == NULL || mark_color (p, m) == color))
        {
          mark_path (p, m, grow);
          any = TRUE;
        }
    }
  return any;
}

static gboolean
add_cluster_batch (CrPainter     *p,
                   const CrColor *color,
                   guint          level)
{
  CrTimelineLayout *layout = p->layout;
  gboolean any = FALSE;

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);

      if (m->type == CR_MARK_CLUSTER && is_batched (p, i, m) && _cr_painter_is_visible (p, m) &&
          mark_color (p, m) == color && weight_level (m) == level)
        {
          mark_path (p, m, 0);
          any = TRUE;
        }
    }
  return any;
}

/* Counts of badges without a Pango label, from the layout's digit
 * glyphs: one cairo_show_glyphs() per text colour for the whole frame. */
static void
draw_badge_counts (CrPainter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;
  static const CrColor white = { 1, 1, 1, 1 };
  const CrColor *colors[3];
  GArray *batches[3];

  if (layout->badge_glyphs.font == NULL)
    return;
  colors[0] = &white;
  colors[1] = NULL;
  colors[2] = &p->palette->foreground;
  for (guint b = 0; b < 3; b++)
    batches[b] = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);
      cairo_glyph_t glyphs[12];
      double width;
      guint n, batch;

      if ((m->type != CR_MARK_CLUSTER && m->type != CR_MARK_OVERFLOW) ||
          m->label != NULL || !_cr_painter_is_visible (p, m))
        continue;
      n = cr_timeline_layout_badge_glyphs (layout, m->count, m->type == CR_MARK_OVERFLOW,
                                           0, m->y + layout->badge_glyphs.baseline, glyphs, &width);
      for (guint g = 0; g < n; g++)
        glyphs[g].x += (m->x0 + m->x1 - width) / 2;
      if (m->type == CR_MARK_OVERFLOW)
        batch = 2;
      else
        {
          CrColor fill = cluster_fill (p, m);
          const CrColor *text = _cr_painter_badge_text_color (&fill);

          batch = text->red == 1 && text->green == 1 && text->blue == 1 ? 0 : 1;
          colors[batch] = text;
        }
      g_array_append_vals (batches[batch], glyphs, n);
    }

  cairo_set_scaled_font (cr, layout->badge_glyphs.font);
  for (guint b = 0; b < 3; b++)
    if (batches[b]->len > 0 && colors[b] != NULL)
      {
        _cr_painter_set_color (cr, colors[b], 1.0);
        cairo_show_glyphs (cr, (cairo_glyph_t *) batches[b]->data, batches[b]->len);
      }
  for (guint b = 0; b < 3; b++)
    g_array_unref (batches[b]);
}

void
_cr_painter_draw_marks (CrPainter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;
  const CrColor *colors[CR_N_EVENT_KINDS + 1];
  guint n_colors = 0;

  for (guint k = 0; k < CR_N_EVENT_KINDS; k++)
    colors[n_colors++] = cr_palette_get_kind (p->palette, k);
  colors[n_colors++] = &p->palette->dim_foreground;

  /* Bars under everything: they are long and dots sit on them. */
  cairo_set_line_width (cr, 1.5);
  for (guint c = 0; c < n_colors; c++)
    if (add_batch (p, CR_MARK_SPAN, colors[c], -0.75))
      {
        _cr_painter_set_color (cr, colors[c], 0.25);
        cairo_fill_preserve (cr);
        _cr_painter_set_color (cr, colors[c], 1.0);
        cairo_stroke (cr);
      }
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);

      if (m->type == CR_MARK_SPAN && !is_batched (p, i, m) && _cr_painter_is_visible (p, m))
        draw_mark (p, i, m);
    }

  /* Rings that keep neighbouring dots apart. */
  if (add_batch (p, CR_MARK_POINT, NULL, 1.5))
    {
      _cr_painter_set_color (cr, &p->palette->background, 1.0);
      cairo_fill (cr);
    }
  for (guint c = 0; c < n_colors; c++)
    {
      if (add_batch (p, CR_MARK_POINT, colors[c], 0))
        {
          _cr_painter_set_color (cr, colors[c], 1.0);
          cairo_fill (cr);
        }
      for (guint level = 0; level < N_WEIGHT_LEVELS; level++)
        if (add_cluster_batch (p, colors[c], level))
          {
            _cr_painter_set_color (cr, colors[c], weight_alpha (level));
            cairo_fill (cr);
          }
    }
  if (add_batch (p, CR_MARK_OVERFLOW, NULL, -0.5))
    {
      _cr_painter_set_color (cr, &p->palette->grid, 1.0);
      cairo_fill_preserve (cr);
      _cr_painter_set_color (cr, &p->palette->dim_foreground, 0.6);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);

      if (m->type != CR_MARK_SPAN && !is_batched (p, i, m) && _cr_painter_is_visible (p, m))
        draw_mark (p, i, m);
    }

  draw_badge_counts (p);
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);

      if (_cr_painter_is_visible (p, m))
        draw_label (p, m);
    }
}

/* The keyboard cursor: a dashed ring in the text colour, distinct from
 * the selection's solid accent ring so both can show at once. */
void
_cr_painter_draw_cursor (CrPainter *p)
{
  const CrMark *m;
  static const double dashes[] = { 2.0, 2.0 };

  if (p->options->cursor_item == G_MAXSIZE)
    return;
  m = cr_timeline_layout_find_item (p->layout, p->options->cursor_item);
  if (m == NULL || !_cr_painter_is_visible (p, m))
    return;
  mark_path (p, m, m->type == CR_MARK_POINT ? 6 : 5);
  cairo_set_dash (p->cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (p->cr, 1.0);
  _cr_painter_set_color (p->cr, &p->palette->foreground, 0.8);
  cairo_stroke (p->cr);
  cairo_set_dash (p->cr, NULL, 0, 0);
}

