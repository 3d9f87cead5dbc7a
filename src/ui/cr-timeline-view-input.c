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

  g_assert (CR_IS_TIMELINE_VIEW (self));

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  if (state & GDK_CONTROL_MASK)
    cr_viewport_zoom (self->viewport, pow (SCROLL_ZOOM, -dy), _cr_timeline_view_anchor_x (self), _cr_timeline_view_view_width (self));
  else
    cr_viewport_pan_pixels (self->viewport, (dx != 0 ? dx : dy) * SCROLL_PAN, _cr_timeline_view_view_width (self));
  return TRUE;
}

static void
on_drag_begin (CrTimelineView *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  self->drag_start = cr_viewport_get_start (self->viewport);
}

static void
on_drag_update (CrTimelineView *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  gint64 span;

  g_assert (CR_IS_TIMELINE_VIEW (self));

  span = cr_viewport_get_span (self->viewport);
  cr_viewport_set_visible (self->viewport,
                           self->drag_start - (gint64) llround (offset_x / _cr_timeline_view_view_width (self) * (double) span),
                           span);
}

static void
on_pinch_begin (CrTimelineView   *self,
                GdkEventSequence *sequence,
                GtkGesture       *gesture)
{
  double x, y;

  g_assert (CR_IS_TIMELINE_VIEW (self));

  if (!gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    x = _cr_timeline_view_view_width (self) / 2;
  self->pinch_x = x;
  self->pinch_start = cr_viewport_get_start (self->viewport);
  self->pinch_span = cr_viewport_get_span (self->viewport);
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
  g_assert (CR_IS_TIMELINE_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  cr_timeline_view_activate_at (self, x, y);
}

static char *
describe_days (CrDay first,
               CrDay last)
{
  char a[16], b[16];

  cr_day_format_iso (first, a, sizeof a);
  if (last <= first)
    return g_strdup (a);
  cr_day_format_iso (last, b, sizeof b);
  /* Translators: a range of two ISO dates. */
  return g_strdup_printf (_("%s to %s"), a, b);
}

static gboolean
on_query_tooltip (CrTimelineView *self,
                  int             x,
                  int             y,
                  gboolean        keyboard,
                  GtkTooltip     *tooltip,
                  gpointer        user_data)
{
  CrTimelineLayout *layout = cr_timeline_view_get_layout (self);
  const CrMark *mark;
  g_autofree char *days = NULL;
  g_autofree char *text = NULL;

  g_assert (CR_IS_TIMELINE_VIEW (self));

  if (layout == NULL || keyboard || (mark = cr_timeline_layout_hit_test (layout, x, y)) == NULL)
    return FALSE;
  days = describe_days (mark->first_day, mark->last_day);
  if (mark->type == CR_MARK_POINT || mark->type == CR_MARK_SPAN)
    {
      const CrTimelineItem *items = cr_timeline_index_get_items (self->index, NULL);

      text = g_strdup_printf ("%s\n%s", items[mark->item].title ? items[mark->item].title : "", days);
    }
  else
    /* Translators: a cluster of events on the timeline, then its dates. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event, %s", "%u events, %s", mark->count),
                            mark->count, days);
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

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (on_drag_update), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (gesture, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect_swapped (gesture, "scale-changed", G_CALLBACK (on_pinch_scale), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  g_signal_connect_swapped (gesture, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
}
