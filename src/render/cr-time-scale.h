/* cr-time-scale.h: integer time to pixels
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-types.h"

G_BEGIN_DECLS

#define CR_SECONDS_PER_DAY G_GINT64_CONSTANT (86400)

/* Dates stay integers (seconds since 1970-01-01 UTC, so day * 86400 plus
 * seconds); only the pixel a date lands on is a double. A double would
 * lose whole days after a few hundred zoom steps of accumulated error. */
typedef struct {
  gint64 start;   /* first visible second */
  gint64 span;    /* visible seconds, > 0 */
  double width;   /* logical pixels */
} CrTimeScale;

static inline double
cr_time_scale_x (const CrTimeScale *scale,
                 gint64             t)
{
  return (double) (t - scale->start) * scale->width / (double) scale->span;
}

static inline double
cr_time_scale_x_for_day (const CrTimeScale *scale,
                         CrDay              day)
{
  return cr_time_scale_x (scale, (gint64) day * CR_SECONDS_PER_DAY);
}

/* The second under pixel @x, rounded down. */
static inline gint64
cr_time_scale_time (const CrTimeScale *scale,
                    double             x)
{
  double offset = x * (double) scale->span / scale->width;

  return scale->start + (gint64) (offset < 0 ? offset - 1 : offset);
}

static inline double
cr_time_scale_pixels_per_day (const CrTimeScale *scale)
{
  return (double) CR_SECONDS_PER_DAY * scale->width / (double) scale->span;
}

/* Floor division, so days before 1970 land on the right day. */
static inline CrDay
cr_time_to_day (gint64 t)
{
  return (CrDay) (t >= 0 ? t / CR_SECONDS_PER_DAY : -((-t + CR_SECONDS_PER_DAY - 1) / CR_SECONDS_PER_DAY));
}

G_END_DECLS
