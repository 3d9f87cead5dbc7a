/* cr-timeline-renderer.c: draws a timeline layout on any cairo_t
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-timeline-renderer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "cr-timeline-renderer.h"

typedef struct {
  CrTimelineLayout      *layout;
  cairo_t               *cr;
  const CrRenderOptions *options;
  const CrPalette       *palette;
  double                 scale;
  double                 width;
  double                 height;
} Painter;

void
cr_render_options_init (CrRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  options->palette = cr_palette_get (CR_PALETTE_LIGHT);
  options->today = CR_DAY_UNKNOWN;
  options->hover_mark = G_MAXUINT;
  options->selected_item = G_MAXSIZE;
  options->cursor_item = G_MAXSIZE;
  options->background = TRUE;
}

static void
set_color (cairo_t       *cr,
           const CrColor *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* The centre of a 1 px line that covers whole device pixels. */
static double
snap (Painter *p,
      double   x)
{
  double s = p->scale;

  return (round (x * s - s / 2) + s / 2) / s;
}

static void
hline (Painter *p,
       double   x0,
       double   x1,
       double   y)
{
  cairo_move_to (p->cr, x0, snap (p, y));
  cairo_line_to (p->cr, x1, snap (p, y));
}

static void
vline (Painter *p,
       double   x,
       double   y0,
       double   y1)
{
  cairo_move_to (p->cr, snap (p, x), y0);
  cairo_line_to (p->cr, snap (p, x), y1);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
show_text (Painter       *p,
           PangoLayout   *text,
           double         x,
           double         y,
           const CrColor *color,
           double         alpha)
{
  set_color (p->cr, color, alpha);
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, text);
}

static void
draw_ruler (Painter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;
  double top = layout->ruler_y;
  double bottom = top + CR_LAYOUT_RULER_HEIGHT;
  double mid = top + CR_LAYOUT_RULER_MAJOR;

  /* The ruler sits on a faint band so it reads as chrome, not data. */
  set_color (cr, &p->palette->foreground, 0.04);
  cairo_rectangle (cr, 0, top, p->width, CR_LAYOUT_RULER_HEIGHT);
  cairo_fill (cr);

  /* One path per line style: a ruler has up to a hundred lines and each
   * stroke is a separate rasterisation. */
  cairo_set_line_width (cr, 1.0);
  for (guint pass = 0; pass < 3; pass++)
    {
      for (guint i = 0; i < layout->ticks->len; i++)
        {
          const CrTick *tick = &g_array_index (layout->ticks, CrTick, i);

          if (tick->x < 0 || tick->x > p->width)
            continue;
          if (pass == 0 && tick->level == CR_TICK_MAJOR)
            vline (p, tick->x, top, layout->lanes_bottom);
          else if (pass == 1 && tick->level == CR_TICK_MINOR)
            vline (p, tick->x, bottom, layout->lanes_bottom);
          else if (pass == 2 && tick->level == CR_TICK_MINOR)
            vline (p, tick->x, bottom - 6, bottom);
        }
      if (pass == 0)
        set_color (cr, &p->palette->grid, 1.0);
      else if (pass == 1)
        set_color (cr, &p->palette->grid, 0.45);
      else
        set_color (cr, &p->palette->dim_foreground, 0.8);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const CrTick *tick = &g_array_index (layout->ticks, CrTick, i);
      int w, h;

      if (tick->label == NULL)
        continue;
      pango_layout_get_size (tick->label, &w, &h);
      if (tick->level == CR_TICK_MAJOR)
        show_text (p, tick->label, tick->label_x, top + (CR_LAYOUT_RULER_MAJOR - (double) h / PANGO_SCALE) / 2 + 1,
                   &p->palette->foreground, 1.0);
      else
        show_text (p, tick->label, tick->label_x, mid + (CR_LAYOUT_RULER_HEIGHT - CR_LAYOUT_RULER_MAJOR - 6 - (double) h / PANGO_SCALE) / 2,
                   &p->palette->dim_foreground, 1.0);
    }

  hline (p, 0, p->width, bottom);
  set_color (cr, &p->palette->grid, 1.0);
  cairo_stroke (cr);
}

static void
draw_lanes (Painter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;

  for (guint i = 0; i < layout->lanes->len; i++)
    {
      const CrLaneBox *box = &g_array_index (layout->lanes, CrLaneBox, i);

      if (i % 2 == 1)
        {
          set_color (cr, &p->palette->foreground, 0.025);
          cairo_rectangle (cr, 0, box->y, p->width, box->height);
          cairo_fill (cr);
        }
      if (i > 0)
        {
          hline (p, 0, p->width, box->y);
          set_color (cr, &p->palette->grid, 1.0);
          cairo_set_line_width (cr, 1.0);
          cairo_stroke (cr);
        }
    }
}

static const CrColor *
lane_color (Painter         *p,
            const CrLaneBox *box)
{
  if (cr_timeline_index_get_lane_mode (p->layout->index) != CR_LANE_MODE_KIND)
    return &p->palette->dim_foreground;
  return cr_palette_get_kind (p->palette, cr_timeline_index_get_lane_key (p->layout->index, box->lane));
}

/* A lane's events per few pixels, as a translucent area along its
 * bottom: where clusters only give totals, this shows the shape of a
 * crisis. Scaled to the busiest bucket in view, so lanes compare. */
static void
draw_density (Painter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;

  if (layout->max_density == 0)
    return;
  for (guint i = 0; i < layout->lanes->len; i++)
    {
      const CrLaneBox *box = &g_array_index (layout->lanes, CrLaneBox, i);
      const guint *counts = &g_array_index (layout->density, guint, box->first_density);
      double base = box->y + box->height - 1;
      double scale = MIN (box->height - CR_LAYOUT_LANE_HEADER - 4, 72) / layout->max_density;
      const CrColor *color = lane_color (p, box);

      if (box->n_density == 0)
        continue;
      /* Whole device pixels: Cairo fills pixel-aligned boxes on its fast
       * path, and the strip looks crisp. */
      for (guint k = 0; k < box->n_density; k++)
        {
          double h;

          if (counts[k] == 0)
            continue;
          h = MAX (round (counts[k] * scale * p->scale), 1) / p->scale;
          cairo_rectangle (cr, k * CR_LAYOUT_DENSITY_STEP, round (base * p->scale) / p->scale - h,
                           CR_LAYOUT_DENSITY_STEP, h);
        }
      set_color (cr, color, 0.25);
      cairo_fill (cr);
    }
}

static void
draw_lane_headers (Painter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;

  for (guint i = 0; i < layout->lanes->len; i++)
    {
      const CrLaneBox *box = &g_array_index (layout->lanes, CrLaneBox, i);
      double x = 12;
      int w, h;

      if (box->label == NULL)
        continue;
      pango_layout_get_size (box->label, &w, &h);
      /* A chip of the lane's own background keeps the name readable over
       * grid lines. */
      rounded_rect (cr, 4, box->y + 3, (double) w / PANGO_SCALE + 26, (double) h / PANGO_SCALE + 4, 6);
      set_color (cr, &p->palette->background, 1.0);
      cairo_fill_preserve (cr);
      if (i % 2 == 1)
        {
          set_color (cr, &p->palette->foreground, 0.025);
          cairo_fill_preserve (cr);
        }
      cairo_new_path (cr);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + 3.5, box->y + 5 + (double) h / PANGO_SCALE / 2, 3.5, 0, 2 * G_PI);
      set_color (cr, lane_color (p, box), 1.0);
      cairo_fill (cr);
      show_text (p, box->label, x + 11, box->y + 5, &p->palette->dim_foreground, 1.0);
    }
}

static const CrColor *
mark_color (Painter      *p,
            const CrMark *m)
{
  if (m->type == CR_MARK_OVERFLOW || m->mixed_kinds)
    return &p->palette->dim_foreground;
  return cr_palette_get_kind (p->palette, m->kind);
}

/* Text on a badge: dark on light kind colours (the dark palette), white
 * on saturated ones. */
static const CrColor *
badge_text_color (const CrColor *fill)
{
  static const CrColor white = { 1, 1, 1, 1 };
  static const CrColor ink = { 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0, 1 };

  return cr_color_luminance (fill) > 0.35 ? &ink : &white;
}

static void
mark_path (Painter      *p,
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

        rounded_rect (cr, x0, m->y - m->height / 2 - grow, x1 - x0, m->height + 2 * grow, 4 + grow);
      }
      break;
    case CR_MARK_CLUSTER:
    case CR_MARK_OVERFLOW:
    default:
      rounded_rect (cr, m->x0 - grow, m->y - m->height / 2 - grow,
                    m->x1 - m->x0 + 2 * grow, m->height + 2 * grow, m->height / 2 + grow);
      break;
    }
}

static cairo_pattern_t *
span_source (Painter       *p,
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
cluster_fill (Painter      *p,
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
is_selected (Painter      *p,
             const CrMark *m)
{
  return m->state == CR_ITEM_STATE_SELECTED ||
         (m->type <= CR_MARK_SPAN && m->item == p->options->selected_item);
}

/* Plain points and badges are drawn in batches, one fill per colour:
 * a zoomed-out frame has hundreds and each fill costs a rasterisation. */
static gboolean
is_batched (Painter      *p,
            guint         index,
            const CrMark *m)
{
  if (m->type == CR_MARK_SPAN && (m->flags & (CR_ITEM_FLAG_OPEN_END | CR_ITEM_FLAG_OPEN_START)))
    return FALSE;
  return m->state == CR_ITEM_STATE_NORMAL &&
         index != p->options->hover_mark &&
         !is_selected (p, m);
}

static gboolean
is_visible (Painter      *p,
            const CrMark *m)
{
  return m->x1 >= -8 && m->x0 <= p->width + 8;
}

static void
draw_mark (Painter      *p,
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
      set_color (cr, color, hover ? 0.22 : 0.35);
      cairo_fill (cr);
    }

  switch (m->type)
    {
    case CR_MARK_POINT:
      mark_path (p, m, 1.5);
      set_color (cr, &p->palette->background, 1.0);
      cairo_fill (cr);
      mark_path (p, m, 0);
      set_color (cr, color, alpha);
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
      set_color (cr, color, weight_alpha (weight_level (m)) * alpha);
      cairo_fill (cr);
      break;
    case CR_MARK_OVERFLOW:
    default:
      mark_path (p, m, -0.5);
      set_color (cr, &p->palette->grid, alpha);
      cairo_fill_preserve (cr);
      set_color (cr, &p->palette->dim_foreground, 0.6 * alpha);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
      break;
    }

  if (is_selected (p, m))
    {
      mark_path (p, m, m->type == CR_MARK_POINT ? 3 : 2.5);
      set_color (cr, &p->palette->selection, 1.0);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
}

static void
draw_label (Painter      *p,
            const CrMark *m)
{
  double alpha = m->state == CR_ITEM_STATE_DIMMED ? 0.3 : 1.0;

  if (m->label == NULL)
    return;
  if (m->type == CR_MARK_CLUSTER)
    {
      CrColor fill = cluster_fill (p, m);

      show_text (p, m->label, m->label_x, m->label_y, badge_text_color (&fill), alpha);
    }
  else if (m->type == CR_MARK_OVERFLOW)
    show_text (p, m->label, m->label_x, m->label_y, &p->palette->foreground, alpha);
  else
    show_text (p, m->label, m->label_x, m->label_y, &p->palette->foreground,
               m->state == CR_ITEM_STATE_DIMMED ? 0.45 : 1.0);
}

/* Adds the path of every batched mark of @type (and @color, unless NULL)
 * to the current path. */
static gboolean
add_batch (Painter       *p,
           CrMarkType     type,
           const CrColor *color,
           double         grow)
{
  CrTimelineLayout *layout = p->layout;
  gboolean any = FALSE;

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);

      if (m->type == type && is_batched (p, i, m) && is_visible (p, m) &&
          (color == NULL || mark_color (p, m) == color))
        {
          mark_path (p, m, grow);
          any = TRUE;
        }
    }
  return any;
}

static gboolean
add_cluster_batch (Painter       *p,
                   const CrColor *color,
                   guint          level)
{
  CrTimelineLayout *layout = p->layout;
  gboolean any = FALSE;

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);

      if (m->type == CR_MARK_CLUSTER && is_batched (p, i, m) && is_visible (p, m) &&
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
draw_badge_counts (Painter *p)
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
          m->label != NULL || !is_visible (p, m))
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
          const CrColor *text = badge_text_color (&fill);

          batch = text->red == 1 && text->green == 1 && text->blue == 1 ? 0 : 1;
          colors[batch] = text;
        }
      g_array_append_vals (batches[batch], glyphs, n);
    }

  cairo_set_scaled_font (cr, layout->badge_glyphs.font);
  for (guint b = 0; b < 3; b++)
    if (batches[b]->len > 0 && colors[b] != NULL)
      {
        set_color (cr, colors[b], 1.0);
        cairo_show_glyphs (cr, (cairo_glyph_t *) batches[b]->data, batches[b]->len);
      }
  for (guint b = 0; b < 3; b++)
    g_array_unref (batches[b]);
}

static void
draw_marks (Painter *p)
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
        set_color (cr, colors[c], 0.25);
        cairo_fill_preserve (cr);
        set_color (cr, colors[c], 1.0);
        cairo_stroke (cr);
      }
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);

      if (m->type == CR_MARK_SPAN && !is_batched (p, i, m) && is_visible (p, m))
        draw_mark (p, i, m);
    }

  /* Rings that keep neighbouring dots apart. */
  if (add_batch (p, CR_MARK_POINT, NULL, 1.5))
    {
      set_color (cr, &p->palette->background, 1.0);
      cairo_fill (cr);
    }
  for (guint c = 0; c < n_colors; c++)
    {
      if (add_batch (p, CR_MARK_POINT, colors[c], 0))
        {
          set_color (cr, colors[c], 1.0);
          cairo_fill (cr);
        }
      for (guint level = 0; level < N_WEIGHT_LEVELS; level++)
        if (add_cluster_batch (p, colors[c], level))
          {
            set_color (cr, colors[c], weight_alpha (level));
            cairo_fill (cr);
          }
    }
  if (add_batch (p, CR_MARK_OVERFLOW, NULL, -0.5))
    {
      set_color (cr, &p->palette->grid, 1.0);
      cairo_fill_preserve (cr);
      set_color (cr, &p->palette->dim_foreground, 0.6);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);

      if (m->type != CR_MARK_SPAN && !is_batched (p, i, m) && is_visible (p, m))
        draw_mark (p, i, m);
    }

  draw_badge_counts (p);
  for (guint i = 0; i < layout->marks->len; i++)
    {
      const CrMark *m = &g_array_index (layout->marks, CrMark, i);

      if (is_visible (p, m))
        draw_label (p, m);
    }
}

/* The keyboard cursor: a dashed ring in the text colour, distinct from
 * the selection's solid accent ring so both can show at once. */
static void
draw_cursor (Painter *p)
{
  const CrMark *m;
  static const double dashes[] = { 2.0, 2.0 };

  if (p->options->cursor_item == G_MAXSIZE)
    return;
  m = cr_timeline_layout_find_item (p->layout, p->options->cursor_item);
  if (m == NULL || !is_visible (p, m))
    return;
  mark_path (p, m, m->type == CR_MARK_POINT ? 6 : 5);
  cairo_set_dash (p->cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (p->cr, 1.0);
  set_color (p->cr, &p->palette->foreground, 0.8);
  cairo_stroke (p->cr);
  cairo_set_dash (p->cr, NULL, 0, 0);
}

/* Lanes that did not fit are not silently dropped: say how many. */
static void
draw_hidden_lanes (Painter *p)
{
  CrTimelineLayout *layout = p->layout;
  g_autoptr(PangoLayout) label = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  g_autofree char *text = NULL;
  double w, h, x, y;
  int iw, ih;

  if (layout->n_hidden_lanes == 0)
    return;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more lane below",
                                       "%u more lanes below", layout->n_hidden_lanes),
                          layout->n_hidden_lanes);
  label = pango_layout_new (layout->context);
  font = pango_font_description_from_string ("Cantarell, DejaVu Sans, Sans Bold 8");
  pango_layout_set_font_description (label, font);
  pango_layout_set_text (label, text, -1);
  pango_layout_get_size (label, &iw, &ih);
  w = (double) iw / PANGO_SCALE + 16;
  h = (double) ih / PANGO_SCALE + 4;
  x = p->width - w - 8;
  y = layout->lanes_bottom - h - 4;
  rounded_rect (p->cr, x, y, w, h, h / 2);
  set_color (p->cr, &p->palette->foreground, 0.75);
  cairo_fill (p->cr);
  show_text (p, label, x + 8, y + 2, &p->palette->background, 1.0);
}

static void
draw_today (Painter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;
  double x, top;
  g_autoptr(PangoLayout) label = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  int w, h;

  if (p->options->today == CR_DAY_UNKNOWN)
    return;
  x = cr_time_scale_x_for_day (&layout->scale, p->options->today) +
      cr_time_scale_pixels_per_day (&layout->scale) / 2;
  if (x < 0 || x > p->width)
    return;

  top = layout->ruler_y + CR_LAYOUT_RULER_MAJOR;
  set_color (cr, &p->palette->today, 0.9);
  cairo_set_line_width (cr, 2.0);
  cairo_move_to (cr, round (x), top);
  cairo_line_to (cr, round (x), layout->lanes_bottom);
  cairo_stroke (cr);

  label = pango_layout_new (layout->context);
  font = pango_font_description_from_string ("Cantarell, DejaVu Sans, Sans Bold 8");
  pango_layout_set_font_description (label, font);
  /* Translators: the marker of the current day on the timeline. */
  pango_layout_set_text (label, _("Today"), -1);
  pango_layout_get_size (label, &w, &h);
  {
    double tw = (double) w / PANGO_SCALE + 12;
    double th = (double) h / PANGO_SCALE + 2;
    double tx = CLAMP (x - tw / 2, 0, p->width - tw);
    double ty = top + 2;

    rounded_rect (cr, tx, ty, tw, th, th / 2);
    set_color (cr, &p->palette->today, 1.0);
    cairo_fill (cr);
    show_text (p, label, tx + 6, ty + 1, badge_text_color (&p->palette->today), 1.0);
  }
}

static void
draw_legend (Painter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;
  double cy = layout->legend_y + CR_LAYOUT_LEGEND_HEIGHT / 2;

  if (layout->legend->len == 0)
    return;
  hline (p, 0, p->width, layout->legend_y);
  set_color (cr, &p->palette->grid, 1.0);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  for (guint i = 0; i < layout->legend->len; i++)
    {
      const CrLegendEntry *entry = &g_array_index (layout->legend, CrLegendEntry, i);
      int w, h;

      cairo_new_sub_path (cr);
      cairo_arc (cr, entry->x, cy, CR_LAYOUT_POINT_RADIUS, 0, 2 * G_PI);
      set_color (cr, cr_palette_get_kind (p->palette, entry->kind), 1.0);
      cairo_fill (cr);
      pango_layout_get_size (entry->label, &w, &h);
      show_text (p, entry->label, entry->x + CR_LAYOUT_POINT_RADIUS + 6,
                 cy - (double) h / PANGO_SCALE / 2, &p->palette->foreground, 1.0);
    }
}

void
cr_timeline_render (CrTimelineLayout      *layout,
                    cairo_t               *cr,
                    const CrRenderOptions *options)
{
  CrRenderOptions defaults;
  Painter p = { 0 };

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);

  if (options == NULL)
    {
      cr_render_options_init (&defaults);
      options = &defaults;
    }

  p.layout = layout;
  p.cr = cr;
  p.options = options;
  p.palette = options->palette ? options->palette : cr_palette_get (CR_PALETTE_LIGHT);
  p.scale = layout->params.scale_factor > 0 ? layout->params.scale_factor : 1;
  p.width = layout->params.width;
  p.height = layout->params.height;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, p.width, p.height);
  cairo_clip (cr);
  /* Marks are a few pixels wide: a quarter-pixel flattening tolerance is
   * invisible on them and makes far fewer edges to rasterise. */
  cairo_set_tolerance (cr, 0.25);

  if (options->background)
    {
      set_color (cr, &p.palette->background, 1.0);
      cairo_paint (cr);
    }

  if (layout->title != NULL)
    {
      int w, h;

      pango_layout_get_size (layout->title, &w, &h);
      show_text (&p, layout->title, 16, (CR_LAYOUT_TITLE_HEIGHT - (double) h / PANGO_SCALE) / 2,
                 &p.palette->foreground, 1.0);
    }

  draw_lanes (&p);
  draw_density (&p);
  draw_ruler (&p);
  draw_lane_headers (&p);

  cairo_save (cr);
  cairo_rectangle (cr, 0, layout->lanes_y, p.width, layout->lanes_bottom - layout->lanes_y);
  cairo_clip (cr);
  draw_marks (&p);
  draw_cursor (&p);
  cairo_restore (cr);
  draw_hidden_lanes (&p);

  draw_today (&p);
  draw_legend (&p);

  cairo_restore (cr);
}
