/* cr-timeline-view.c: the interactive timeline widget
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget only renders and translates input: time state lives in its
 * CrViewport, layout and drawing in src/render/ (the same code as the
 * exports). A layout is computed once per size, zoom, pan or data change
 * and reused for hover and redraws.
 */

#define G_LOG_DOMAIN "cr-timeline-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "cr-calendar.h"
#include "cr-timeline-renderer.h"
#include "cr-timeline-view-private.h"


G_DEFINE_FINAL_TYPE (CrTimelineView, cr_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VIEWPORT,
  PROP_INDEX,
  PROP_ZOOM_SPAN,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];



CrDay
_cr_timeline_view_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return cr_day_from_ymd (g_date_time_get_year (now),
                          g_date_time_get_month (now),
                          g_date_time_get_day_of_month (now));
}

void
_cr_timeline_view_invalidate_layout (CrTimelineView *self)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  g_clear_pointer (&self->layout, cr_timeline_layout_unref);
  self->hover_mark = G_MAXUINT;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Ids to positions in the items: only when the selection or cursor
 * changes, never per frame. */
gsize
_cr_timeline_view_find_item (CrTimelineView *self,
                             gint64          id)
{
  const CrTimelineItem *items;
  gsize n_items;

  if (self->index == NULL || id < 0)
    return G_MAXSIZE;
  items = cr_timeline_index_get_items (self->index, &n_items);
  for (gsize i = 0; i < n_items; i++)
    if (items[i].id == id)
      return i;
  return G_MAXSIZE;
}

static void
on_viewport_notify (CrTimelineView *self,
                    GParamSpec     *pspec,
                    CrViewport     *viewport)
{
  const char *name = g_param_spec_get_name (pspec);

  g_assert (CR_IS_TIMELINE_VIEW (self));
  g_assert (CR_IS_VIEWPORT (viewport));

  if (g_str_equal (name, "selection"))
    {
      self->selected_item = _cr_timeline_view_find_item (self, cr_viewport_get_selection (viewport));
      _cr_timeline_view_update_actions (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else if (g_str_equal (name, "cursor"))
    {
      self->cursor_item = _cr_timeline_view_find_item (self, cr_viewport_get_cursor (viewport));
      _cr_timeline_view_update_actions (self);
      _cr_timeline_view_update_accessible (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else if (g_str_equal (name, "start") || g_str_equal (name, "span"))
    {
      /* Someone else moved the view (a drag, another pane): what was
       * animating gives way. */
      if (!self->in_tick && self->motion != MOTION_NONE)
        _cr_timeline_view_stop_motion (self);
      _cr_timeline_view_invalidate_layout (self);
    }
}

void
_cr_timeline_view_set_zoom_span (CrTimelineView *self,
                                 gint64          span)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  if (span == self->zoom_span)
    return;
  self->zoom_span = span;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM_SPAN]);
}

void
_cr_timeline_view_emit_activated (CrTimelineView *self,
                                  gint64          event_id)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event_id);
}

/* Lanes that do not fit scroll; the layout says how many are shown. */
gboolean
_cr_timeline_view_lanes_overflow (CrTimelineView *self)
{
  CrTimelineLayout *layout = cr_timeline_view_get_layout (self);

  return layout != NULL && (layout->n_hidden_lanes > 0 || self->first_lane > 0);
}

void
_cr_timeline_view_scroll_lanes (CrTimelineView *self,
                                int             delta)
{
  CrTimelineLayout *layout = cr_timeline_view_get_layout (self);
  guint n_lanes, shown, max_first, first;

  g_assert (CR_IS_TIMELINE_VIEW (self));

  if (layout == NULL)
    return;
  n_lanes = cr_timeline_index_get_n_lanes (self->index);
  shown = MAX (layout->lanes->len, 1);
  max_first = n_lanes > shown ? n_lanes - shown : 0;
  first = (guint) CLAMP ((gint64) self->first_lane + delta, 0, (gint64) max_first);
  if (first == self->first_lane)
    return;
  self->first_lane = first;
  _cr_timeline_view_invalidate_layout (self);
}

double
_cr_timeline_view_view_width (CrTimelineView *self)
{
  return MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);
}

double
_cr_timeline_view_anchor_x (CrTimelineView *self)
{
  return self->has_pointer ? self->pointer_x : _cr_timeline_view_view_width (self) / 2;
}

static void
on_style_changed (CrTimelineView *self)
{
  g_assert (CR_IS_TIMELINE_VIEW (self));

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
cr_timeline_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (widget);

  if (self->layout == NULL ||
      self->layout->params.width != width ||
      self->layout->params.height != height ||
      self->layout->params.scale_factor != gtk_widget_get_scale_factor (widget))
    _cr_timeline_view_invalidate_layout (self);
}

static void
cr_timeline_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  /* Room for the ruler and one lane; natural sizes come from the parent. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 480;
}

static void
cr_timeline_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (widget);
  CrTimelineLayout *layout = cr_timeline_view_get_layout (self);
  AdwStyleManager *style = adw_style_manager_get_default ();
  CrRenderOptions options;
  cairo_t *cr;

  if (layout == NULL)
    return;

  cr_render_options_init (&options);
  if (adw_style_manager_get_high_contrast (style))
    options.palette = cr_palette_get (CR_PALETTE_HIGH_CONTRAST);
  else if (adw_style_manager_get_dark (style))
    options.palette = cr_palette_get (CR_PALETTE_DARK);
  options.today = _cr_timeline_view_today ();
  options.hover_mark = self->hover_mark;
  options.selected_item = self->selected_item;
  if (gtk_widget_has_focus (widget))
    options.cursor_item = self->cursor_item;

  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0,
                                                       gtk_widget_get_width (widget),
                                                       gtk_widget_get_height (widget)));
  cr_timeline_render (layout, cr, &options);
  cairo_destroy (cr);
}

static void
cr_timeline_view_dispose (GObject *object)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (object);

  _cr_timeline_view_stop_motion (self);
  if (self->viewport != NULL)
    g_signal_handlers_disconnect_by_data (self->viewport, self);
  g_clear_object (&self->viewport);
  g_clear_pointer (&self->layout, cr_timeline_layout_unref);
  g_clear_pointer (&self->index, cr_timeline_index_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cr_timeline_view_parent_class)->dispose (object);
}

static void
cr_timeline_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_VIEWPORT:
      g_value_set_object (value, self->viewport);
      break;
    case PROP_INDEX:
      g_value_set_boxed (value, self->index);
      break;
    case PROP_ZOOM_SPAN:
      g_value_set_int64 (value, self->zoom_span);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_timeline_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CrTimelineView *self = CR_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_VIEWPORT:
      cr_timeline_view_set_viewport (self, g_value_get_object (value));
      break;
    case PROP_INDEX:
      cr_timeline_view_set_index (self, g_value_get_boxed (value));
      break;
    case PROP_ZOOM_SPAN:
      cr_timeline_view_set_zoom_span (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_timeline_view_class_init (CrTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_timeline_view_dispose;
  object_class->get_property = cr_timeline_view_get_property;
  object_class->set_property = cr_timeline_view_set_property;

  widget_class->measure = cr_timeline_view_measure;
  widget_class->size_allocate = cr_timeline_view_size_allocate;
  widget_class->snapshot = cr_timeline_view_snapshot;

  properties[PROP_VIEWPORT] =
    g_param_spec_object ("viewport", NULL, NULL,
                         CR_TYPE_VIEWPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INDEX] =
    g_param_spec_boxed ("index", NULL, NULL,
                        CR_TYPE_TIMELINE_INDEX,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * CrTimelineView:zoom-span:
   *
   * The visible span the user chose, in seconds, or 0 for "zoom to fit".
   * It changes when a zoom ends (not at every frame of its animation),
   * so it can be bound to a setting; set before the first events arrive,
   * it replaces zooming to fit, showing the latest events.
   */
  properties[PROP_ZOOM_SPAN] =
    g_param_spec_int64 ("zoom-span", NULL, NULL,
                        0, CR_VIEWPORT_MAX_SPAN, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrTimelineView::event-activated:
   * @event_id: the event's id
   *
   * An event was opened: double-clicked, or Enter on the keyboard cursor.
   * It is selected first.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  _cr_timeline_view_class_init_actions (widget_class);
}

static void
cr_timeline_view_init (CrTimelineView *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  self->selected_item = G_MAXSIZE;
  self->cursor_item = G_MAXSIZE;
  self->hover_mark = G_MAXUINT;
  self->context = cr_timeline_layout_create_context ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  _cr_timeline_view_update_accessible (self);

  _cr_timeline_view_init_input (self);
  g_signal_connect_swapped (self, "notify::scale-factor", G_CALLBACK (_cr_timeline_view_invalidate_layout), self);
  g_signal_connect_object (style, "notify::dark", G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);

  cr_timeline_view_set_viewport (self, NULL);
  _cr_timeline_view_update_actions (self);
}

GtkWidget *
cr_timeline_view_new (void)
{
  return g_object_new (CR_TYPE_TIMELINE_VIEW, NULL);
}

CrViewport *
cr_timeline_view_get_viewport (CrTimelineView *self)
{
  g_return_val_if_fail (CR_IS_TIMELINE_VIEW (self), NULL);

  return self->viewport;
}

void
cr_timeline_view_set_viewport (CrTimelineView *self,
                               CrViewport     *viewport)
{
  g_autoptr(CrViewport) owned = NULL;

  g_return_if_fail (CR_IS_TIMELINE_VIEW (self));
  g_return_if_fail (viewport == NULL || CR_IS_VIEWPORT (viewport));

  if (viewport == NULL)
    viewport = owned = cr_viewport_new ();
  if (viewport == self->viewport)
    return;

  if (self->viewport != NULL)
    {
      /* A glide or a fling belongs to the viewport it started on. */
      _cr_timeline_view_stop_motion (self);
      g_signal_handlers_disconnect_by_data (self->viewport, self);
    }
  g_set_object (&self->viewport, viewport);
  g_signal_connect_swapped (viewport, "notify", G_CALLBACK (on_viewport_notify), self);
  self->selected_item = _cr_timeline_view_find_item (self, cr_viewport_get_selection (viewport));
  self->cursor_item = _cr_timeline_view_find_item (self, cr_viewport_get_cursor (viewport));
  _cr_timeline_view_invalidate_layout (self);
  _cr_timeline_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEWPORT]);
}

/* The first events: at the zoom the user chose last time, showing the
 * latest of them (news are read from the end), else zoomed to fit. */
static void
show_first_view (CrTimelineView *self)
{
  gint64 fit_start, fit_span;

  if (!cr_viewport_plan_fit (self->viewport, &fit_start, &fit_span))
    return;
  if (self->zoom_span <= 0 || self->zoom_span >= fit_span)
    cr_viewport_set_visible (self->viewport, fit_start, fit_span);
  else
    cr_viewport_set_visible (self->viewport,
                             cr_viewport_get_extent_end (self->viewport) + self->zoom_span / 20 - self->zoom_span,
                             self->zoom_span);
}

CrTimelineIndex *
cr_timeline_view_get_index (CrTimelineView *self)
{
  g_return_val_if_fail (CR_IS_TIMELINE_VIEW (self), NULL);

  return self->index;
}

void
cr_timeline_view_set_index (CrTimelineView  *self,
                            CrTimelineIndex *index)
{
  CrDay first, last;
  guint old_n_lanes;

  g_return_if_fail (CR_IS_TIMELINE_VIEW (self));

  /* The same index again: its lane names may have changed. */
  if (index == self->index)
    {
      _cr_timeline_view_invalidate_layout (self);
      return;
    }
  old_n_lanes = self->index != NULL ? cr_timeline_index_get_n_lanes (self->index) : 0;
  g_clear_pointer (&self->index, cr_timeline_index_unref);
  if (index != NULL)
    self->index = cr_timeline_index_ref (index);

  if (self->index != NULL && cr_timeline_index_get_extent (self->index, &first, &last))
    {
      cr_viewport_set_extent_days (self->viewport, first, last);
      if (!self->fitted)
        {
          show_first_view (self);
          self->fitted = TRUE;
        }
    }
  /* Other lanes (another grouping, a filter): from the top again. */
  if (self->index == NULL || cr_timeline_index_get_n_lanes (self->index) != old_n_lanes)
    self->first_lane = 0;
  self->selected_item = _cr_timeline_view_find_item (self, cr_viewport_get_selection (self->viewport));
  self->cursor_item = _cr_timeline_view_find_item (self, cr_viewport_get_cursor (self->viewport));
  _cr_timeline_view_invalidate_layout (self);
  _cr_timeline_view_update_actions (self);
  _cr_timeline_view_update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEX]);
}

/* What the widget would draw at @start and @span, or NULL before it has
 * a size or events. */
CrTimelineLayout *
_cr_timeline_view_layout_at (CrTimelineView *self,
                             gint64          start,
                             gint64          span)
{
  CrLayoutParams params = { 0 };
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->index == NULL || width <= 0 || height <= 0)
    return NULL;

  params.start = start;
  params.span = span;
  params.width = width;
  params.height = height;
  params.scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  params.legend = TRUE;
  params.first_lane = self->first_lane;
  return cr_timeline_layout_new (self->index, &params, self->context);
}

CrTimelineLayout *
cr_timeline_view_get_layout (CrTimelineView *self)
{
  g_return_val_if_fail (CR_IS_TIMELINE_VIEW (self), NULL);

  if (self->layout == NULL)
    self->layout = _cr_timeline_view_layout_at (self, cr_viewport_get_start (self->viewport),
                                                cr_viewport_get_span (self->viewport));
  return self->layout;
}

gboolean
cr_timeline_view_activate_at (CrTimelineView *self,
                              double          x,
                              double          y)
{
  CrTimelineLayout *layout;
  const CrMark *mark;
  const CrTimelineItem *items;

  g_return_val_if_fail (CR_IS_TIMELINE_VIEW (self), FALSE);

  layout = cr_timeline_view_get_layout (self);
  if (layout == NULL || (mark = cr_timeline_layout_hit_test (layout, x, y)) == NULL)
    return FALSE;

  if (mark->type == CR_MARK_POINT || mark->type == CR_MARK_SPAN)
    {
      items = cr_timeline_index_get_items (self->index, NULL);
      cr_viewport_set_cursor (self->viewport, items[mark->item].id);
      cr_viewport_set_selection (self->viewport, items[mark->item].id);
    }
  else
    {
      /* A cluster opens up: zoom to the days it covers, with a margin so
       * its first and last events are not on the edges. */
      CrDay margin = MAX (1, (mark->last_day - mark->first_day) / 10);
      gint64 start, span;

      cr_viewport_plan_range (self->viewport, (gint64) (mark->first_day - margin) * 86400,
                              (gint64) (mark->last_day + margin + 1) * 86400, &start, &span);
      _cr_timeline_view_animate_to (self, start, span, FALSE);
    }
  return TRUE;
}

gint64
cr_timeline_view_get_zoom_span (CrTimelineView *self)
{
  g_return_val_if_fail (CR_IS_TIMELINE_VIEW (self), 0);

  return self->zoom_span;
}

void
cr_timeline_view_set_zoom_span (CrTimelineView *self,
                                gint64          span)
{
  g_return_if_fail (CR_IS_TIMELINE_VIEW (self));
  g_return_if_fail (span >= 0);

  if (span == self->zoom_span)
    return;
  self->zoom_span = span;
  if (self->fitted)
    {
      _cr_timeline_view_stop_motion (self);
      if (span == 0)
        cr_viewport_zoom_to_fit (self->viewport);
      else
        cr_viewport_zoom (self->viewport, (double) cr_viewport_get_span (self->viewport) / (double) span,
                          _cr_timeline_view_view_width (self) / 2, _cr_timeline_view_view_width (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM_SPAN]);
}

void
cr_timeline_view_reveal_event (CrTimelineView *self,
                               gint64          event_id)
{
  g_return_if_fail (CR_IS_TIMELINE_VIEW (self));

  _cr_timeline_view_reveal_item (self, _cr_timeline_view_find_item (self, event_id));
}
