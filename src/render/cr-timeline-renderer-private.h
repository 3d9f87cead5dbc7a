/* cr-timeline-renderer-private.h: shared by the renderer's files
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-timeline-renderer.h"

G_BEGIN_DECLS

typedef struct {
  CrTimelineLayout      *layout;
  cairo_t               *cr;
  const CrRenderOptions *options;
  const CrPalette       *palette;
  double                 scale;
  double                 width;
  double                 height;
} CrPainter;

void           _cr_painter_set_color        (cairo_t               *cr,
                                             const CrColor         *color,
                                             double                 alpha);
double         _cr_painter_snap             (CrPainter               *p,
                                             double                 x);
void           _cr_painter_hline            (CrPainter               *p,
                                             double                 x0,
                                             double                 x1,
                                             double                 y);
void           _cr_painter_vline            (CrPainter               *p,
                                             double                 x,
                                             double                 y0,
                                             double                 y1);
void           _cr_painter_rounded_rect     (cairo_t               *cr,
                                             double                 x,
                                             double                 y,
                                             double                 w,
                                             double                 h,
                                             double                 r);
void           _cr_painter_show_text        (CrPainter               *p,
                                             PangoLayout           *text,
                                             double                 x,
                                             double                 y,
                                             const CrColor         *color,
                                             double                 alpha);
const CrColor *_cr_painter_badge_text_color (const CrColor         *fill);
gboolean       _cr_painter_is_visible       (CrPainter               *p,
                                             const CrMark          *m);
/* Marks, their labels and badge counts (cr-timeline-renderer-marks.c). */
void           _cr_painter_draw_marks       (CrPainter               *p);
void           _cr_painter_draw_cursor      (CrPainter               *p);

G_END_DECLS
