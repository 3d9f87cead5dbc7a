/* cr-timeline-view-input.c: the timeline under the pointer and the fingers
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-timeline-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "cr-calendar.h"
#include "cr-handout.h"
#include "cr-timeline-view-private.h"

static void
on_motion (CrTimelineView           *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  CrTimelineLayout *layout;
  const CrMark *mark;
  guint hover = G_MAXUINT;

  g_assert (CR_IS_TIMELINE_VIEW (self));

  self->pointer_x = x;
  self->has_pointer = TRUE;
  layout = cr_timeline_view_get_layout (self);
  if (layout != NULL && (mark = cr_timeline_layout_hit_test (layout, x, y)) != NULL)
    hover = (guint) (mark - (const CrMark *) (gpointer) layout->marks->data);
  if (hover != self->hover_mark)
    {
      self->hover_mark = hover;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
on_leave (CrTimelineView           *self,
          GtkEventControllerMotion *controller)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  self->has_pointer = FALSE;
  if (self->hover_mark != G_MAXUINT)
    {
      self->hover_mark = G_MAXUINT;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
on_scroll (CrTimelineView           *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state;
  double width = _cr_timeline_view_view_width (self);

  g_assert (CR_IS_TIMELINE_VIEW (self));

  _cr_timeline_view_stop_motion (self);
  self->scroll_pans_time = FALSE;
  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  if (state & GDK_CONTROL_MASK)
    {
      cr_viewport_zoom (self->viewport, pow (SCROLL_ZOOM, -dy), _cr_timeline_view_anchor_x (self), width);
      _cr_timeline_view_set_zoom_span (self, cr_viewport_get_span (self->viewport));
      return TRUE;
    }

  /* Shift turns a wheel sideways. */
  if ((state & GDK_SHIFT_MASK) && dx == 0)
    {
      dx = dy;
      dy = 0;
    }
  /* Up and down scroll the lanes when they do not all fit, else time. */
  if (dy != 0 && _cr_timeline_view_lanes_overflow (self))
    {
      int steps;

      self->lane_scroll += dy;
      steps = (int) self->lane_scroll;
      self->lane_scroll -= steps;
      _cr_timeline_view_scroll_lanes (self, steps);
      dy = 0;
    }
  if (dx == 0)
    dx = dy;
  if (dx != 0)
    {
      cr_viewport_pan_pixels (self->viewport, dx * SCROLL_PAN, width);
      self->scroll_pans_time = TRUE;
    }
  return TRUE;
}

/* A touchpad scroll let go of while moving: it carries on. */
static void
on_scroll_decelerate (CrTimelineView           *self,
                      double                    velocity_x,
                      double                    velocity_y,
                      GtkEventControllerScroll *controller)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  if (self->scroll_pans_time)
    _cr_timeline_view_fling (self, -(velocity_x != 0 ? velocity_x : velocity_y) * SCROLL_PAN);
}

static void
on_drag_begin (CrTimelineView *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  _cr_timeline_view_stop_motion (self);
  self->drag_start = cr_viewport_get_start (self->viewport);
  self->drag_first_lane = self->first_lane;
}

static void
on_drag_update (CrTimelineView *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  CrTimelineLayout *layout;
  gint64 span;

  g_assert (CR_IS_TIMELINE_VIEW (self));

  span = cr_viewport_get_span (self->viewport);
  cr_viewport_set_visible (self->viewport,
                           self->drag_start - (gint64) llround (offset_x / _cr_timeline_view_view_width (self) * (double) span),
                           span);

  /* Lanes that overflow follow the pointer up and down, a lane at a time. */
  layout = cr_timeline_view_get_layout (self);
  if (layout != NULL && layout->lanes->len > 0 && _cr_timeline_view_lanes_overflow (self))
    {
      double lane_height = g_array_index (layout->lanes, CrLaneBox, 0).height;
      gint64 wanted = (gint64) self->drag_first_lane - (gint64) llround (offset_y / MAX (lane_height, 1));

      _cr_timeline_view_scroll_lanes (self, (int) (MAX (wanted, 0) - (gint64) self->first_lane));
    }
}

static void
on_swipe (CrTimelineView  *self,
          double           velocity_x,
          double           velocity_y,
          GtkGestureSwipe *gesture)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  _cr_timeline_view_fling (self, velocity_x);
}

static void
on_pinch_begin (CrTimelineView   *self,
                GdkEventSequence *sequence,
                GtkGesture       *gesture)
{
  double x, y;

  g_assert (CR_IS_TIMELINE_VIEW (self));

  _cr_timeline_view_stop_motion (self);
  if (!gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    x = _cr_timeline_view_view_width (self) / 2;
  self->pinch_x = x;
  self->pinch_start = cr_viewport_get_start (self->viewport);
  self->pinch_span = cr_viewport_get_span (self->viewport);
  self->pinching = TRUE;
}

static void
on_pinch_end (CrTimelineView   *self,
              GdkEventSequence *sequence,
              GtkGesture       *gesture)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  if (!self->pinching)
    return;
  self->pinching = FALSE;
  if (cr_viewport_get_span (self->viewport) != self->pinch_span)
    _cr_timeline_view_set_zoom_span (self, cr_viewport_get_span (self->viewport));
}

static void
on_pinch_scale (CrTimelineView *self,
                double          scale,
                GtkGestureZoom *gesture)
{
  double fraction;
  gint64 anchor, span;

  g_assert (CR_IS_TIMELINE_VIEW (self));

  if (scale <= 0)
    return;
  /* From the span at the start of the pinch, so steps do not compound. */
  fraction = CLAMP (self->pinch_x / _cr_timeline_view_view_width (self), 0, 1);
  anchor = self->pinch_start + (gint64) llround (fraction * (double) self->pinch_span);
  span = CLAMP ((gint64) llround ((double) self->pinch_span / scale), CR_VIEWPORT_MIN_SPAN, CR_VIEWPORT_MAX_SPAN);
  cr_viewport_set_visible (self->viewport, anchor - (gint64) llround (fraction * (double) span), span);
}

static void
on_click_released (CrTimelineView  *self,
                   int              n_press,
                   double           x,
                   double           y,
                   GtkGestureClick *gesture)
{
  CrTimelineLayout *layout;
  const CrMark *mark;

  g_assert (CR_IS_TIMELINE_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 1)
    {
      cr_timeline_view_activate_at (self, x, y);
      return;
    }

  /* A double click opens the event the first click selected; on a
   * cluster the first click already zoomed in, and what is under the
   * pointer now was never clicked. */
  layout = cr_timeline_view_get_layout (self);
  if (layout != NULL && (mark = cr_timeline_layout_hit_test (layout, x, y)) != NULL &&
      (mark->type == CR_MARK_POINT || mark->type == CR_MARK_SPAN) && mark->item == self->selected_item)
    _cr_timeline_view_emit_activated (self, cr_viewport_get_selection (self->viewport));
}

/* The tooltip of what is at (@x, @y): an event's title, date and
 * number of sources, or a cluster's count and days; NULL over nothing. */
char *
_cr_timeline_view_describe_at (CrTimelineView *self,
                               double          x,
                               double          y)
{
  CrTimelineLayout *layout = cr_timeline_view_get_layout (self);
  const CrMark *mark;
  g_autofree char *days = NULL;

  g_assert (CR_IS_TIMELINE_VIEW (self));

  if (layout == NULL || (mark = cr_timeline_layout_hit_test (layout, x, y)) == NULL)
    return NULL;
  if (mark->type == CR_MARK_POINT || mark->type == CR_MARK_SPAN)
    {
      const CrTimelineItem *it = &cr_timeline_index_get_items (self->index, NULL)[mark->item];
      g_autofree char *sources = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources",
                                                               it->n_sources),
                                                  it->n_sources);

      days = cr_handout_format_date (it->first_day, it->last_day, it->granularity);
      return g_strdup_printf ("%s\n%s · %s", it->title ? it->title : "", days, sources);
    }

  days = cr_handout_format_date (mark->first_day, mark->last_day,
                                 mark->first_day == mark->last_day ? CR_GRANULARITY_DAY : CR_GRANULARITY_WEEK);
  /* Translators: a cluster of events on the timeline, then its dates. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event, %s", "%u events, %s", mark->count),
                          mark->count, days);
}

static gboolean
on_query_tooltip (CrTimelineView *self,
                  int             x,
                  int             y,
                  gboolean        keyboard,
                  GtkTooltip     *tooltip,
                  gpointer        user_data)
{
  g_autofree char *text = NULL;

  g_assert (CR_IS_TIMELINE_VIEW (self));

  if (keyboard || (text = _cr_timeline_view_describe_at (self, x, y)) == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
_cr_timeline_view_init_input (CrTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES |
                                                GTK_EVENT_CONTROLLER_SCROLL_KINETIC);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (on_scroll), self);
  g_signal_connect_swapped (controller, "decelerate", G_CALLBACK (on_scroll_decelerate), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (on_drag_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_swipe_new ();
  g_signal_connect_swapped (gesture, "swipe", G_CALLBACK (on_swipe), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (gesture, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect_swapped (gesture, "scale-changed", G_CALLBACK (on_pinch_scale), self);
  g_signal_connect_swapped (gesture, "end", G_CALLBACK (on_pinch_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  g_signal_connect_swapped (gesture, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
}
