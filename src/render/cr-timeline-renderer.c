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

#include "cr-timeline-renderer-private.h"

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

void
_cr_painter_set_color (cairo_t       *cr,
                       const CrColor *color,
                       double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* The centre of a 1 px line that covers whole device pixels. */
double
_cr_painter_snap (CrPainter *p,
                  double     x)
{
  double s = p->scale;

  return (round (x * s - s / 2) + s / 2) / s;
}

void
_cr_painter_hline (CrPainter *p,
                   double     x0,
                   double     x1,
                   double     y)
{
  cairo_move_to (p->cr, x0, _cr_painter_snap (p, y));
  cairo_line_to (p->cr, x1, _cr_painter_snap (p, y));
}

void
_cr_painter_vline (CrPainter *p,
                   double     x,
                   double     y0,
                   double     y1)
{
  cairo_move_to (p->cr, _cr_painter_snap (p, x), y0);
  cairo_line_to (p->cr, _cr_painter_snap (p, x), y1);
}

void
_cr_painter_rounded_rect (cairo_t *cr,
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

void
_cr_painter_show_text (CrPainter     *p,
                       PangoLayout   *text,
                       double         x,
                       double         y,
                       const CrColor *color,
                       double         alpha)
{
  _cr_painter_set_color (p->cr, color, alpha);
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, text);
}

/* Where the "Today" pill goes in the ruler's lower band; FALSE when
 * today is not in view. */
static gboolean
today_pill (CrPainter    *p,
            double       *x,
            double       *pill_x,
            double       *pill_width,
            PangoLayout **label)
{
  CrTimelineLayout *layout = p->layout;
  g_autoptr(PangoFontDescription) font = NULL;
  int w, h;

  if (p->options->today == CR_DAY_UNKNOWN)
    return FALSE;
  *x = cr_time_scale_x_for_day (&layout->scale, p->options->today) +
       cr_time_scale_pixels_per_day (&layout->scale) / 2;
  if (*x < 0 || *x > p->width)
    return FALSE;

  *label = pango_layout_new (layout->context);
  font = pango_font_description_from_string ("Cantarell, DejaVu Sans, Sans Bold 8");
  pango_layout_set_font_description (*label, font);
  /* Translators: the marker of the current day on the timeline. */
  pango_layout_set_text (*label, _("Today"), -1);
  pango_layout_get_size (*label, &w, &h);
  *pill_width = (double) w / PANGO_SCALE + 12;
  *pill_x = CLAMP (*x - *pill_width / 2, 0, p->width - *pill_width);
  return TRUE;
}

static void
draw_today (CrPainter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;
  g_autoptr(PangoLayout) label = NULL;
  double x, top, tx, tw, th;
  int w, h;

  if (!today_pill (p, &x, &tx, &tw, &label))
    return;

  top = layout->ruler_y + CR_LAYOUT_RULER_MAJOR;
  _cr_painter_set_color (cr, &p->palette->today, 0.9);
  cairo_set_line_width (cr, 2.0);
  cairo_move_to (cr, round (x), top);
  cairo_line_to (cr, round (x), layout->lanes_bottom);
  cairo_stroke (cr);

  pango_layout_get_size (label, &w, &h);
  th = (double) h / PANGO_SCALE + 2;
  _cr_painter_rounded_rect (cr, tx, top + 2, tw, th, th / 2);
  _cr_painter_set_color (cr, &p->palette->today, 1.0);
  cairo_fill (cr);
  _cr_painter_show_text (p, label, tx + 6, top + 3, _cr_painter_badge_text_color (&p->palette->today), 1.0);
}

static void
draw_ruler (CrPainter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;
  double top = layout->ruler_y;
  double bottom = top + CR_LAYOUT_RULER_HEIGHT;
  double mid = top + CR_LAYOUT_RULER_MAJOR;
  g_autoptr(PangoLayout) today_label = NULL;
  double today_center, today_x = 0, today_width = 0;
  gboolean has_today = today_pill (p, &today_center, &today_x, &today_width, &today_label);

  /* The ruler sits on a faint band so it reads as chrome, not data. */
  _cr_painter_set_color (cr, &p->palette->foreground, 0.04);
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
            _cr_painter_vline (p, tick->x, top, layout->lanes_bottom);
          else if (pass == 1 && tick->level == CR_TICK_MINOR)
            _cr_painter_vline (p, tick->x, bottom, layout->lanes_bottom);
          else if (pass == 2 && tick->level == CR_TICK_MINOR)
            _cr_painter_vline (p, tick->x, bottom - 6, bottom);
        }
      if (pass == 0)
        _cr_painter_set_color (cr, &p->palette->grid, 1.0);
      else if (pass == 1)
        _cr_painter_set_color (cr, &p->palette->grid, 0.45);
      else
        _cr_painter_set_color (cr, &p->palette->dim_foreground, 0.8);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const CrTick *tick = &g_array_index (layout->ticks, CrTick, i);
      int w, h;

      if (tick->label == NULL)
        continue;
      /* The "Today" pill covers the day labels it sits on. */
      if (has_today && tick->level == CR_TICK_MINOR &&
          tick->label_x < today_x + today_width + 4 &&
          tick->label_x + tick->label_width > today_x - 4)
        continue;
      pango_layout_get_size (tick->label, &w, &h);
      if (tick->level == CR_TICK_MAJOR)
        _cr_painter_show_text (p, tick->label, tick->label_x, top + (CR_LAYOUT_RULER_MAJOR - (double) h / PANGO_SCALE) / 2 + 1,
                   &p->palette->foreground, 1.0);
      else
        _cr_painter_show_text (p, tick->label, tick->label_x, mid + (CR_LAYOUT_RULER_HEIGHT - CR_LAYOUT_RULER_MAJOR - 6 - (double) h / PANGO_SCALE) / 2,
                   &p->palette->dim_foreground, 1.0);
    }

  _cr_painter_hline (p, 0, p->width, bottom);
  _cr_painter_set_color (cr, &p->palette->grid, 1.0);
  cairo_stroke (cr);
}

static void
draw_lanes (CrPainter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;

  for (guint i = 0; i < layout->lanes->len; i++)
    {
      const CrLaneBox *box = &g_array_index (layout->lanes, CrLaneBox, i);

      if (i % 2 == 1)
        {
          _cr_painter_set_color (cr, &p->palette->foreground, 0.025);
          cairo_rectangle (cr, 0, box->y, p->width, box->height);
          cairo_fill (cr);
        }
      if (i > 0)
        {
          _cr_painter_hline (p, 0, p->width, box->y);
          _cr_painter_set_color (cr, &p->palette->grid, 1.0);
          cairo_set_line_width (cr, 1.0);
          cairo_stroke (cr);
        }
    }
}

static const CrColor *
lane_color (CrPainter       *p,
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
draw_density (CrPainter *p)
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
      _cr_painter_set_color (cr, color, 0.25);
      cairo_fill (cr);
    }
}

static void
draw_lane_headers (CrPainter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;

  for (guint i = 0; i < layout->lanes->len; i++)
    {
      const CrLaneBox *box = &g_array_index (layout->lanes, CrLaneBox, i);
      double x = CR_LAYOUT_LANE_LABEL_X - 11;
      int w, h;

      if (box->label == NULL)
        continue;
      pango_layout_get_size (box->label, &w, &h);
      /* A chip of the lane's own background keeps the name readable over
       * grid lines. */
      _cr_painter_rounded_rect (cr, 4, box->y + 3, (double) w / PANGO_SCALE + 26, (double) h / PANGO_SCALE + 4, 6);
      _cr_painter_set_color (cr, &p->palette->background, 1.0);
      cairo_fill_preserve (cr);
      if (i % 2 == 1)
        {
          _cr_painter_set_color (cr, &p->palette->foreground, 0.025);
          cairo_fill_preserve (cr);
        }
      cairo_new_path (cr);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + 3.5, box->y + 5 + (double) h / PANGO_SCALE / 2, 3.5, 0, 2 * G_PI);
      _cr_painter_set_color (cr, lane_color (p, box), 1.0);
      cairo_fill (cr);
      _cr_painter_show_text (p, box->label, x + 11, box->y + 5, &p->palette->dim_foreground, 1.0);
    }
}

/* Lanes that did not fit are not silently dropped: say how many. */
/* A chip at the right end of the lanes' top or bottom edge. */
static void
draw_lanes_chip (CrPainter  *p,
                 const char *text,
                 gboolean    at_top)
{
  CrTimelineLayout *layout = p->layout;
  g_autoptr(PangoLayout) label = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  double w, h, x, y;
  int iw, ih;

  label = pango_layout_new (layout->context);
  font = pango_font_description_from_string ("Cantarell, DejaVu Sans, Sans Bold 8");
  pango_layout_set_font_description (label, font);
  pango_layout_set_text (label, text, -1);
  pango_layout_get_size (label, &iw, &ih);
  w = (double) iw / PANGO_SCALE + 16;
  h = (double) ih / PANGO_SCALE + 4;
  x = p->width - w - 8;
  y = at_top ? layout->lanes_y + 4 : layout->lanes_bottom - h - 4;
  _cr_painter_rounded_rect (p->cr, x, y, w, h, h / 2);
  _cr_painter_set_color (p->cr, &p->palette->foreground, 0.75);
  cairo_fill (p->cr);
  _cr_painter_show_text (p, label, x + 8, y + 2, &p->palette->background, 1.0);
}

static void
draw_hidden_lanes (CrPainter *p)
{
  CrTimelineLayout *layout = p->layout;

  if (layout->n_lanes_above > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more lane above",
                                                            "%u more lanes above", layout->n_lanes_above),
                                               layout->n_lanes_above);

      draw_lanes_chip (p, text, TRUE);
    }
  if (layout->n_hidden_lanes > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more lane below",
                                                            "%u more lanes below", layout->n_hidden_lanes),
                                               layout->n_hidden_lanes);

      draw_lanes_chip (p, text, FALSE);
    }
}

static void
draw_legend (CrPainter *p)
{
  CrTimelineLayout *layout = p->layout;
  cairo_t *cr = p->cr;
  double cy = layout->legend_y + CR_LAYOUT_LEGEND_HEIGHT / 2;

  if (layout->legend->len == 0)
    return;
  _cr_painter_hline (p, 0, p->width, layout->legend_y);
  _cr_painter_set_color (cr, &p->palette->grid, 1.0);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  for (guint i = 0; i < layout->legend->len; i++)
    {
      const CrLegendEntry *entry = &g_array_index (layout->legend, CrLegendEntry, i);
      int w, h;

      cairo_new_sub_path (cr);
      cairo_arc (cr, entry->x, cy, CR_LAYOUT_POINT_RADIUS, 0, 2 * G_PI);
      _cr_painter_set_color (cr, cr_palette_get_kind (p->palette, entry->kind), 1.0);
      cairo_fill (cr);
      pango_layout_get_size (entry->label, &w, &h);
      _cr_painter_show_text (p, entry->label, entry->x + CR_LAYOUT_POINT_RADIUS + 6,
                 cy - (double) h / PANGO_SCALE / 2, &p->palette->foreground, 1.0);
    }
}

void
cr_timeline_render (CrTimelineLayout      *layout,
                    cairo_t               *cr,
                    const CrRenderOptions *options)
{
  CrRenderOptions defaults;
  CrPainter p = { 0 };

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
      _cr_painter_set_color (cr, &p.palette->background, 1.0);
      cairo_paint (cr);
    }

  if (layout->title != NULL)
    {
      int w, h;

      pango_layout_get_size (layout->title, &w, &h);
      _cr_painter_show_text (&p, layout->title, 16, (CR_LAYOUT_TITLE_HEIGHT - (double) h / PANGO_SCALE) / 2,
                 &p.palette->foreground, 1.0);
    }

  draw_lanes (&p);
  draw_density (&p);
  draw_ruler (&p);
  draw_lane_headers (&p);

  cairo_save (cr);
  cairo_rectangle (cr, 0, layout->lanes_y, p.width, layout->lanes_bottom - layout->lanes_y);
  cairo_clip (cr);
  _cr_painter_draw_marks (&p);
  _cr_painter_draw_cursor (&p);
  cairo_restore (cr);
  draw_hidden_lanes (&p);

  draw_today (&p);
  draw_legend (&p);

  cairo_restore (cr);
}
