/* cr-viewport.c: the visible span, selection and cursor of a timeline
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-viewport"

#include "config.h"

#include <math.h>

#include "cr-viewport.h"

struct _CrViewport
{
  GObject parent_instance;

  gint64  extent_start;
  gint64  extent_end;
  gint64  start;
  gint64  span;
  gint64  selection;
  gint64  cursor;
};

G_DEFINE_FINAL_TYPE (CrViewport, cr_viewport, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EXTENT_START,
  PROP_EXTENT_END,
  PROP_START,
  PROP_SPAN,
  PROP_SELECTION,
  PROP_CURSOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define SECONDS_PER_DAY G_GINT64_CONSTANT (86400)

/* Zoom-to-fit leaves this much air (1/20 of the extent) on each side. */
#define FIT_MARGIN_DIVISOR 20

static gint64
clamp_span (gint64 span)
{
  return CLAMP (span, CR_VIEWPORT_MIN_SPAN, CR_VIEWPORT_MAX_SPAN);
}

/* Panning may leave the extent only by half a screen, so there is always
 * something of the library in view. */
static gint64
clamp_start (CrViewport *self,
             gint64      start,
             gint64      span)
{
  if (self->extent_end <= self->extent_start)
    return start;
  return CLAMP (start, self->extent_start - span / 2, MAX (self->extent_end - span / 2, self->extent_start - span / 2));
}

static void
apply (CrViewport *self,
       gint64      start,
       gint64      span)
{
  span = clamp_span (span);
  start = clamp_start (self, start, span);

  g_object_freeze_notify (G_OBJECT (self));
  if (start != self->start)
    {
      self->start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
    }
  if (span != self->span)
    {
      self->span = span;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAN]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static void
cr_viewport_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CrViewport *self = CR_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_EXTENT_START:
      g_value_set_int64 (value, self->extent_start);
      break;
    case PROP_EXTENT_END:
      g_value_set_int64 (value, self->extent_end);
      break;
    case PROP_START:
      g_value_set_int64 (value, self->start);
      break;
    case PROP_SPAN:
      g_value_set_int64 (value, self->span);
      break;
    case PROP_SELECTION:
      g_value_set_int64 (value, self->selection);
      break;
    case PROP_CURSOR:
      g_value_set_int64 (value, self->cursor);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_viewport_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CrViewport *self = CR_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_START:
      cr_viewport_set_visible (self, g_value_get_int64 (value), self->span);
      break;
    case PROP_SPAN:
      cr_viewport_set_visible (self, self->start, g_value_get_int64 (value));
      break;
    case PROP_SELECTION:
      cr_viewport_set_selection (self, g_value_get_int64 (value));
      break;
    case PROP_CURSOR:
      cr_viewport_set_cursor (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_viewport_class_init (CrViewportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cr_viewport_get_property;
  object_class->set_property = cr_viewport_set_property;

  properties[PROP_EXTENT_START] =
    g_param_spec_int64 ("extent-start", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXTENT_END] =
    g_param_spec_int64 ("extent-end", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] =
    g_param_spec_int64 ("start", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPAN] =
    g_param_spec_int64 ("span", NULL, NULL,
                        CR_VIEWPORT_MIN_SPAN, CR_VIEWPORT_MAX_SPAN, 365 * SECONDS_PER_DAY,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTION] =
    g_param_spec_int64 ("selection", NULL, NULL,
                        -1, G_MAXINT64, -1,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURSOR] =
    g_param_spec_int64 ("cursor", NULL, NULL,
                        -1, G_MAXINT64, -1,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_viewport_init (CrViewport *self)
{
  self->span = 365 * SECONDS_PER_DAY;
  self->selection = -1;
  self->cursor = -1;
}

CrViewport *
cr_viewport_new (void)
{
  return g_object_new (CR_TYPE_VIEWPORT, NULL);
}

void
cr_viewport_set_extent (CrViewport *self,
                        gint64      start,
                        gint64      end)
{
  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (end >= start);

  g_object_freeze_notify (G_OBJECT (self));
  if (start != self->extent_start)
    {
      self->extent_start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTENT_START]);
    }
  if (end != self->extent_end)
    {
      self->extent_end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTENT_END]);
    }
  apply (self, self->start, self->span);
  g_object_thaw_notify (G_OBJECT (self));
}

void
cr_viewport_set_extent_days (CrViewport *self,
                             CrDay       first_day,
                             CrDay       last_day)
{
  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (first_day != CR_DAY_UNKNOWN && last_day >= first_day);

  cr_viewport_set_extent (self, first_day * SECONDS_PER_DAY, (last_day + G_GINT64_CONSTANT (1)) * SECONDS_PER_DAY);
}

gint64
cr_viewport_get_extent_start (CrViewport *self)
{
  g_return_val_if_fail (CR_IS_VIEWPORT (self), 0);

  return self->extent_start;
}

gint64
cr_viewport_get_extent_end (CrViewport *self)
{
  g_return_val_if_fail (CR_IS_VIEWPORT (self), 0);

  return self->extent_end;
}

gint64
cr_viewport_get_start (CrViewport *self)
{
  g_return_val_if_fail (CR_IS_VIEWPORT (self), 0);

  return self->start;
}

gint64
cr_viewport_get_span (CrViewport *self)
{
  g_return_val_if_fail (CR_IS_VIEWPORT (self), CR_VIEWPORT_MIN_SPAN);

  return self->span;
}

gint64
cr_viewport_get_end (CrViewport *self)
{
  g_return_val_if_fail (CR_IS_VIEWPORT (self), 0);

  return self->start + self->span;
}

void
cr_viewport_set_visible (CrViewport *self,
                         gint64      start,
                         gint64      span)
{
  g_return_if_fail (CR_IS_VIEWPORT (self));

  apply (self, start, span);
}

void
cr_viewport_constrain (CrViewport *self,
                       gint64     *start,
                       gint64     *span)
{
  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (start != NULL && span != NULL);

  *span = clamp_span (*span);
  *start = clamp_start (self, *start, *span);
}

gint64
cr_viewport_time_at (CrViewport *self,
                     double      x,
                     double      width)
{
  g_return_val_if_fail (CR_IS_VIEWPORT (self), 0);
  g_return_val_if_fail (width > 0, 0);

  return self->start + (gint64) llround (x / width * (double) self->span);
}

double
cr_viewport_x_at (CrViewport *self,
                  gint64      time,
                  double      width)
{
  g_return_val_if_fail (CR_IS_VIEWPORT (self), 0);
  g_return_val_if_fail (width > 0, 0);

  return (double) (time - self->start) / (double) self->span * width;
}

void
cr_viewport_plan_zoom (CrViewport *self,
                       double      factor,
                       double      anchor_x,
                       double      width,
                       gint64     *start,
                       gint64     *span)
{
  double fraction;
  gint64 anchor, new_span;

  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (factor > 0);
  g_return_if_fail (width > 0);
  g_return_if_fail (start != NULL && span != NULL);

  /* Only the fraction of the view is a double; the instant under the
   * pointer is an integer, and the new start is computed back from it. */
  fraction = CLAMP (anchor_x / width, 0.0, 1.0);
  anchor = self->start + (gint64) llround (fraction * (double) self->span);
  new_span = clamp_span ((gint64) llround ((double) self->span / factor));
  *start = anchor - (gint64) llround (fraction * (double) new_span);
  *span = new_span;
  cr_viewport_constrain (self, start, span);
}

void
cr_viewport_zoom (CrViewport *self,
                  double      factor,
                  double      anchor_x,
                  double      width)
{
  gint64 start, span;

  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (factor > 0);
  g_return_if_fail (width > 0);

  cr_viewport_plan_zoom (self, factor, anchor_x, width, &start, &span);
  apply (self, start, span);
}

void
cr_viewport_pan (CrViewport *self,
                 gint64      seconds)
{
  g_return_if_fail (CR_IS_VIEWPORT (self));

  apply (self, self->start + seconds, self->span);
}

void
cr_viewport_pan_pixels (CrViewport *self,
                        double      dx,
                        double      width)
{
  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (width > 0);

  cr_viewport_pan (self, (gint64) llround (dx / width * (double) self->span));
}

void
cr_viewport_plan_range (CrViewport *self,
                        gint64      range_start,
                        gint64      range_end,
                        gint64     *start,
                        gint64     *span)
{
  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (range_end > range_start);
  g_return_if_fail (start != NULL && span != NULL);

  *span = clamp_span (range_end - range_start);
  /* A range shorter than the minimum is centred in the minimal span. */
  *start = range_start + (range_end - range_start) / 2 - *span / 2;
  cr_viewport_constrain (self, start, span);
}

void
cr_viewport_zoom_to_range (CrViewport *self,
                           gint64      start,
                           gint64      end)
{
  gint64 new_start, new_span;

  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (end > start);

  cr_viewport_plan_range (self, start, end, &new_start, &new_span);
  apply (self, new_start, new_span);
}

void
cr_viewport_zoom_to_days (CrViewport *self,
                          CrDay       first_day,
                          CrDay       last_day)
{
  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (last_day >= first_day);

  cr_viewport_zoom_to_range (self, first_day * SECONDS_PER_DAY,
                             (last_day + G_GINT64_CONSTANT (1)) * SECONDS_PER_DAY);
}

gboolean
cr_viewport_plan_fit (CrViewport *self,
                      gint64     *start,
                      gint64     *span)
{
  gint64 length, margin;

  g_return_val_if_fail (CR_IS_VIEWPORT (self), FALSE);
  g_return_val_if_fail (start != NULL && span != NULL, FALSE);

  length = self->extent_end - self->extent_start;
  if (length <= 0)
    return FALSE;
  margin = MAX (length / FIT_MARGIN_DIVISOR, SECONDS_PER_DAY / 2);
  cr_viewport_plan_range (self, self->extent_start - margin, self->extent_end + margin, start, span);
  return TRUE;
}

void
cr_viewport_zoom_to_fit (CrViewport *self)
{
  gint64 start, span;

  g_return_if_fail (CR_IS_VIEWPORT (self));

  if (cr_viewport_plan_fit (self, &start, &span))
    apply (self, start, span);
}

void
cr_viewport_plan_go_to_date (CrViewport *self,
                             CrDay       day,
                             gint64     *start,
                             gint64     *span)
{
  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (day != CR_DAY_UNKNOWN);
  g_return_if_fail (start != NULL && span != NULL);

  *span = self->span;
  *start = day * SECONDS_PER_DAY + SECONDS_PER_DAY / 2 - self->span / 2;
  cr_viewport_constrain (self, start, span);
}

void
cr_viewport_go_to_date (CrViewport *self,
                        CrDay       day)
{
  gint64 start, span;

  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (day != CR_DAY_UNKNOWN);

  cr_viewport_plan_go_to_date (self, day, &start, &span);
  apply (self, start, span);
}

gint64
cr_viewport_get_selection (CrViewport *self)
{
  g_return_val_if_fail (CR_IS_VIEWPORT (self), -1);

  return self->selection;
}

void
cr_viewport_set_selection (CrViewport *self,
                           gint64      event_id)
{
  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (event_id >= -1);

  if (self->selection == event_id)
    return;
  self->selection = event_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

gint64
cr_viewport_get_cursor (CrViewport *self)
{
  g_return_val_if_fail (CR_IS_VIEWPORT (self), -1);

  return self->cursor;
}

void
cr_viewport_set_cursor (CrViewport *self,
                        gint64      event_id)
{
  g_return_if_fail (CR_IS_VIEWPORT (self));
  g_return_if_fail (event_id >= -1);

  if (self->cursor == event_id)
    return;
  self->cursor = event_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR]);
}
