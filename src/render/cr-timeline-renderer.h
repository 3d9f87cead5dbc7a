/* cr-timeline-renderer.h: draws a timeline layout on any cairo_t
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "cr-palette.h"
#include "cr-timeline-layout.h"

G_BEGIN_DECLS

typedef struct {
  const CrPalette *palette;        /* NULL: the light palette */
  CrDay            today;          /* CR_DAY_UNKNOWN: no marker */
  guint            hover_mark;     /* index into layout->marks, or G_MAXUINT */
  gsize            selected_item;  /* index into the items, or G_MAXSIZE */
  gsize            cursor_item;    /* keyboard focus, or G_MAXSIZE */
  gboolean         background;     /* FALSE to draw on what is there */
} CrRenderOptions;

/* Sets the defaults: light palette, no today marker, no hover, no
 * selection, no cursor, background drawn. */
void cr_render_options_init (CrRenderOptions        *options);

/* Draws @layout in user space units of logical pixels at (0, 0). The same
 * calls serve the widget and the PNG, SVG and PDF exports; lines are
 * snapped to device pixels using layout->params.scale_factor. */
void cr_timeline_render     (CrTimelineLayout       *layout,
                             cairo_t                *cr,
                             const CrRenderOptions  *options);

G_END_DECLS
