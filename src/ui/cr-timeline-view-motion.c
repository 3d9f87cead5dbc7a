/* cr-timeline-view-motion.c: eased zooms and kinetic panning
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both kinds of motion only move the CrViewport, one frame at a time from
 * a tick callback; anything else that moves it (a drag, a scroll, another
 * view) stops them. With gtk-enable-animations off, transitions jump to
 * their end and flings stop where the finger left.
 */

#define G_LOG_DOMAIN "cr-timeline-view"

#include "config.h"

#include <math.h>

#include "cr-timeline-view-private.h"

#define EASE_DURATION_US  (250 * G_TIME_SPAN_MILLISECOND)
/* Kinetic panning loses speed as exp(-FRICTION t): a fling travels
 * velocity / FRICTION pixels in all. */
#define FRICTION          4.0
#define MIN_FLING         60.0   /* pixels per second */
#define STOP_VELOCITY     15.0

gboolean
_cr_timeline_view_animations_enabled (CrTimelineView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled, NULL);
  return enabled && gtk_widget_get_mapped (GTK_WIDGET (self));
}

static double
ease_out_cubic (double t)
{
  double u = 1 - t;

  return 1 - u * u * u;
}

/* Moves the viewport without stopping the motion that moves it. */
static void
set_visible (CrTimelineView *self,
             gint64          start,
             gint64          span)
{
  self->in_tick = TRUE;
  cr_viewport_set_visible (self->viewport, start, span);
  self->in_tick = FALSE;
}

/* The view at @e (0..1) of the way. Spans change geometrically, so each
 * frame zooms by the same factor; when a point of the view keeps its
 * instant at both ends (a zoom under the pointer), it keeps it all the
 * way, else the centre glides. */
static void
interpolate (CrTimelineView *self,
             double          e,
             gint64         *start,
             gint64         *span)
{
  double s0 = (double) self->from_span;
  double s1 = (double) self->to_span;
  double s = exp (log (s0) + (log (s1) - log (s0)) * e);
  double a0 = (double) self->from_start;
  double a1 = (double) self->to_start;

  *span = (gint64) llround (s);
  if (self->from_span != self->to_span)
    {
      double f = (a1 - a0) / (s0 - s1);

      if (f >= 0 && f <= 1)
        {
          *start = (gint64) llround (a0 + f * s0 - f * s);
          return;
        }
    }
  *start = (gint64) llround (a0 + s0 / 2 + (a1 + s1 / 2 - a0 - s0 / 2) * e - s / 2);
}

static void
finish_ease (CrTimelineView *self)
{
  if (self->to_fit)
    _cr_timeline_view_set_zoom_span (self, 0);
  else if (self->to_span != self->from_span)
    _cr_timeline_view_set_zoom_span (self, self->to_span);
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  if (self->motion == MOTION_EASE)
    {
      double t;
      gint64 start, span;

      if (self->motion_begin == 0)
        self->motion_begin = now;
      t = CLAMP ((double) (now - self->motion_begin) / EASE_DURATION_US, 0, 1);
      if (t >= 1)
        {
          set_visible (self, self->to_start, self->to_span);
          finish_ease (self);
          self->motion = MOTION_NONE;
          self->tick_id = 0;
          return G_SOURCE_REMOVE;
        }
      interpolate (self, ease_out_cubic (t), &start, &span);
      set_visible (self, start, span);
      return G_SOURCE_CONTINUE;
    }

  if (self->motion == MOTION_KINETIC)
    {
      double dt = self->motion_last != 0 ? (double) (now - self->motion_last) / G_USEC_PER_SEC : 0;
      double dx, width = _cr_timeline_view_view_width (self);
      gint64 before = cr_viewport_get_start (self->viewport);
      gint64 span = cr_viewport_get_span (self->viewport);
      gint64 seconds;

      self->motion_last = now;
      /* The distance of this frame is the integral of the decaying
       * velocity over it, so the path does not depend on the frame rate. */
      dx = self->velocity * (1 - exp (-FRICTION * dt)) / FRICTION + self->carry;
      self->velocity *= exp (-FRICTION * dt);
      seconds = (gint64) (dx / width * (double) span);
      self->carry = dx - (double) seconds / (double) span * width;
      /* Content follows the finger: a fling to the right goes back in time. */
      set_visible (self, before - seconds, span);
      if (fabs (self->velocity) >= STOP_VELOCITY &&
          (dt == 0 || cr_viewport_get_start (self->viewport) != before || seconds == 0))
        return G_SOURCE_CONTINUE;
    }

  self->motion = MOTION_NONE;
  self->tick_id = 0;
  return G_SOURCE_REMOVE;
}

static void
start_ticking (CrTimelineView *self)
{
  self->motion_begin = 0;
  self->motion_last = 0;
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_tick, NULL, NULL);
}

void
_cr_timeline_view_stop_motion (CrTimelineView *self)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  if (self->motion == MOTION_EASE && self->to_fit == FALSE && self->to_span != self->from_span)
    /* Interrupted half-way: what is on screen is the user's zoom. */
    _cr_timeline_view_set_zoom_span (self, cr_viewport_get_span (self->viewport));
  self->motion = MOTION_NONE;
  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
}

void
_cr_timeline_view_get_target (CrTimelineView *self,
                              gint64         *start,
                              gint64         *span)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  if (self->motion == MOTION_EASE)
    {
      *start = self->to_start;
      *span = self->to_span;
    }
  else
    {
      *start = cr_viewport_get_start (self->viewport);
      *span = cr_viewport_get_span (self->viewport);
    }
}

void
_cr_timeline_view_animate_to (CrTimelineView *self,
                              gint64          start,
                              gint64          span,
                              gboolean        fit)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  cr_viewport_constrain (self->viewport, &start, &span);
  if (self->motion == MOTION_KINETIC)
    _cr_timeline_view_stop_motion (self);

  self->from_start = cr_viewport_get_start (self->viewport);
  self->from_span = cr_viewport_get_span (self->viewport);
  self->to_start = start;
  self->to_span = span;
  self->to_fit = fit;

  if (!_cr_timeline_view_animations_enabled (self) ||
      (start == self->from_start && span == self->from_span))
    {
      if (self->tick_id != 0)
        {
          gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
          self->tick_id = 0;
        }
      self->motion = MOTION_NONE;
      set_visible (self, start, span);
      finish_ease (self);
      return;
    }

  self->motion = MOTION_EASE;
  start_ticking (self);
}

void
_cr_timeline_view_fling (CrTimelineView *self,
                         double          velocity)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  _cr_timeline_view_stop_motion (self);
  if (!_cr_timeline_view_animations_enabled (self) || fabs (velocity) < MIN_FLING)
    return;
  self->motion = MOTION_KINETIC;
  self->velocity = velocity;
  self->carry = 0;
  start_ticking (self);
}
