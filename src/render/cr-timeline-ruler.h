/* cr-timeline-ruler.h: ruler ticks from a ladder of nice intervals
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "cr-time-scale.h"

G_BEGIN_DECLS

typedef enum {
  CR_TICK_MINOR = 0,   /* days, months, years: the lower band */
  CR_TICK_MAJOR,       /* the period around them: the upper band */
} CrTickLevel;

typedef enum {
  CR_RULER_UNIT_DAY = 0,
  CR_RULER_UNIT_WEEK,
  CR_RULER_UNIT_MONTH,
  CR_RULER_UNIT_YEAR,
} CrRulerUnit;

typedef struct {
  gint64       time;         /* seconds since 1970-01-01 UTC */
  double       x;
  CrTickLevel  level;
  PangoLayout *label;        /* NULL when skipped to avoid a collision */
  double       label_x;
  double       label_width;
} CrTick;

typedef struct {
  CrRulerUnit unit;
  int         count;         /* e.g. 3 months, 5 years */
} CrRulerStep;

/* Fills @ticks (a GArray of CrTick with a clear function, see
 * cr_ruler_ticks_new()) with the major and minor ticks of @scale. The minor
 * step is the finest rung of the ladder whose labels fit; labels that
 * would still touch a neighbour are dropped. Returns the minor step. */
CrRulerStep  cr_ruler_compute        (const CrTimeScale          *scale,
                                      PangoContext               *context,
                                      const PangoFontDescription *font,
                                      GArray                     *ticks);
GArray      *cr_ruler_ticks_new      (void);
/* The localized label of the period starting at @day, as the ruler shows
 * it for a step of @unit ("septiembre de 2025" for a month in Spanish). */
char        *cr_ruler_format_period  (CrDay                       day,
                                      CrRulerUnit                 unit,
                                      gboolean                    major);

G_END_DECLS
