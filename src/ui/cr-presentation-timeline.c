/* cr-presentation-timeline.c: the presentation's timeline and its flights
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing goes straight through the render layer (the code of the
 * window's timeline and of the exports), laid out small and scaled up so
 * that every label grows with the screen. Going to an event is a flight:
 * the centre eases along a line, the zoom along a curve in log space that
 * backs out when the two events are far apart.
 */

#define G_LOG_DOMAIN "cr-presentation-window"

#include "config.h"

#include <math.h>

#include "cr-presentation-window-private.h"
#include "cr-timeline-renderer.h"
#include "cr-viewport.h"

/* How long the timeline takes to reach the next event. */
#define FLIGHT_USEC        (900 * G_TIME_SPAN_MILLISECOND)

static void
item_bundle_free (gpointer data)
{
  ItemBundle *bundle = data;

  g_free (bundle->items);
  g_clear_pointer (&bundle->source, cr_timeline_index_unref);
  g_free (bundle);
}

/* The type scale: everything in proportion to the screen. */
int
_cr_presentation_type_base (int width,
              int height)
{
  return MAX (240, MIN (height, width * 3 / 4));
}

static double
timeline_zoom (int base)
{
  return CLAMP (base / 540.0, 1.0, 2.5);
}

CrTimelineIndex *
_cr_presentation_build_index (CrTimelineIndex *source,
             GArray          *event_ids)
{
  const CrTimelineItem *items = NULL;
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  ItemBundle *bundle = g_new0 (ItemBundle, 1);
  gsize n_items = 0, n = 0;

  if (source != NULL)
    items = cr_timeline_index_get_items (source, &n_items);
  for (guint i = 0; i < event_ids->len; i++)
    g_hash_table_add (wanted, &g_array_index (event_ids, gint64, i));

  bundle->items = g_new0 (CrTimelineItem, MAX (n_items, 1));
  for (gsize i = 0; i < n_items; i++)
    if (g_hash_table_contains (wanted, &items[i].id))
      bundle->items[n++] = items[i];
  bundle->source = source ? cr_timeline_index_ref (source) : NULL;

  return cr_timeline_index_new_full (bundle->items, n, CR_LANE_MODE_SINGLE, item_bundle_free, bundle);
}

gsize
_cr_presentation_find_item (CrPresentationWindow *self,
           gint64                id)
{
  gsize n_items;
  const CrTimelineItem *items = cr_timeline_index_get_items (self->index, &n_items);

  for (gsize i = 0; i < n_items; i++)
    if (items[i].id == id)
      return i;
  return G_MAXSIZE;
}

/* Lays out the timeline area at @center and @span as draw_timeline()
 * does; NULL before the area has a size. */
static CrTimelineLayout *
layout_at (CrPresentationWindow *self,
           double                center,
           double                span)
{
  GtkWidget *area = GTK_WIDGET (self->timeline_area);
  CrLayoutParams params = { 0 };
  int width = gtk_widget_get_width (area);
  int height = gtk_widget_get_height (area);
  double zoom = timeline_zoom (_cr_presentation_type_base (gtk_widget_get_width (GTK_WIDGET (self)),
                                             gtk_widget_get_height (GTK_WIDGET (self))));
  gint64 s = (gint64) CLAMP (span, CR_VIEWPORT_MIN_SPAN, CR_VIEWPORT_MAX_SPAN);

  if (width <= 0 || height <= 0)
    return NULL;
  /* Laid out at a fraction of the size and drawn scaled up: every label,
   * mark and tick grows alike. */
  params.width = MAX (1, (int) (width / zoom));
  params.height = MAX (1, (int) (height / zoom));
  params.start = (gint64) center - s / 2;
  params.span = s;
  params.scale_factor = zoom * gtk_widget_get_scale_factor (area);
  params.legend = TRUE;
  return cr_timeline_layout_new (self->index, &params, self->context);
}

void
_cr_presentation_draw_timeline (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  CrPresentationWindow *self = user_data;
  g_autoptr(CrTimelineLayout) layout = layout_at (self, self->center, self->span);
  CrRenderOptions options;
  double zoom;

  if (layout == NULL)
    return;
  zoom = layout->params.scale_factor / gtk_widget_get_scale_factor (GTK_WIDGET (area));
  cr_render_options_init (&options);
  options.palette = cr_palette_get (CR_PALETTE_HIGH_CONTRAST);
  options.selected_item = self->current_item;

  cairo_save (cr);
  cairo_scale (cr, zoom, zoom);
  cr_timeline_render (layout, cr, &options);

  /* The event's days as a band across the lanes, so that it stands out
   * even inside a cluster. */
  if (self->current_item != G_MAXSIZE)
    {
      const CrTimelineItem *item = &cr_timeline_index_get_items (self->index, NULL)[self->current_item];
      CrDay last = item->last_day == CR_DAY_UNKNOWN ? item->first_day : item->last_day;
      double x0 = cr_time_scale_x_for_day (&layout->scale, item->first_day);
      double x1 = cr_time_scale_x_for_day (&layout->scale, last + 1);

      if (x1 - x0 < 4)
        {
          x0 = (x0 + x1) / 2 - 2;
          x1 = x0 + 4;
        }
      cairo_set_source_rgba (cr, 0x0b / 255.0, 0x3d / 255.0, 0x91 / 255.0, 0.14);
      cairo_rectangle (cr, x0, layout->ruler_y, x1 - x0, layout->lanes_bottom - layout->ruler_y);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

/* Where the timeline goes for an event: its days in the middle, with room
 * around them for its neighbours, but close enough that it is drawn as a
 * mark of its own rather than inside a cluster. */
static void
target_of (CrPresentationWindow *self,
           gsize                 item_index,
           double               *center,
           double               *span)
{
  const CrTimelineItem *item = &cr_timeline_index_get_items (self->index, NULL)[item_index];
  CrDay last = item->last_day == CR_DAY_UNKNOWN ? item->first_day : item->last_day;
  double days = (double) (last - item->first_day + 1);
  double min_span = MAX (days * 1.5, 4) * CR_SECONDS_PER_DAY;

  *center = ((double) item->first_day + days / 2) * CR_SECONDS_PER_DAY;
  *span = CLAMP (MAX (days * 4, 90) * CR_SECONDS_PER_DAY,
                 (double) CR_VIEWPORT_MIN_SPAN, (double) CR_VIEWPORT_MAX_SPAN);
  while (*span / 2 >= min_span)
    {
      g_autoptr(CrTimelineLayout) layout = layout_at (self, *center, *span);

      if (layout == NULL || cr_timeline_layout_find_item (layout, item_index) != NULL)
        break;
      *span /= 2;
    }
}

static double
ease_in_out (double t)
{
  return t < 0.5 ? 4 * t * t * t : 1 - pow (-2 * t + 2, 3) / 2;
}

/* One frame of the flight: the centre moves on an eased line, the zoom on
 * a quadratic Bézier in log space that backs out far enough to show both
 * ends when they are apart. */
static gboolean
flight_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  CrPresentationWindow *self = user_data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t, e, u;

  if (self->flight_start == 0)
    self->flight_start = now;
  t = CLAMP ((double) (now - self->flight_start) / FLIGHT_USEC, 0, 1);
  e = ease_in_out (t);
  u = 1 - e;
  self->center = self->from_center + (self->to_center - self->from_center) * e;
  self->span = exp (u * u * self->from_log_span + 2 * u * e * self->peak_log_span + e * e * self->to_log_span);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline_area));

  if (t >= 1)
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

void
_cr_presentation_fly_to_item (CrPresentationWindow *self,
             gboolean              animate)
{
  double center, span, needed, mid;

  if (self->current_item == G_MAXSIZE)
    return;
  target_of (self, self->current_item, &center, &span);

  if (animate && self->span > 0)
    g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animate, NULL);
  if (!animate || self->span <= 0)
    {
      if (self->tick_id != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (self->timeline_area), self->tick_id);
      self->tick_id = 0;
      self->center = center;
      self->span = span;
      gtk_widget_queue_draw (GTK_WIDGET (self->timeline_area));
      return;
    }

  self->from_center = self->center;
  self->from_log_span = log (self->span);
  self->to_center = center;
  self->to_log_span = log (span);
  /* At the middle of the flight the view should hold both ends. */
  needed = fabs (center - self->center) * 1.2 + MIN (span, self->span);
  mid = MAX (self->from_log_span, self->to_log_span);
  if (log (needed) > mid)
    mid = log (MIN (needed, (double) CR_VIEWPORT_MAX_SPAN));
  self->peak_log_span = 2 * mid - (self->from_log_span + self->to_log_span) / 2;
  self->flight_start = 0;
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->timeline_area), flight_tick, self, NULL);
}
