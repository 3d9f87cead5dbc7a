/* cr-timeline-view-private.h: what the files of CrTimelineView share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-timeline-view.h"

G_BEGIN_DECLS

/* One keyboard or button zoom step; Ctrl+scroll uses its own. */
#define ZOOM_STEP   1.5
#define SCROLL_ZOOM 1.2
#define SCROLL_PAN  48.0

typedef enum {
  MOTION_NONE = 0,
  MOTION_EASE,     /* zoom, fit, go to: from one span to another */
  MOTION_KINETIC,  /* a flung drag or touchpad scroll slowing down */
} MotionKind;

struct _CrTimelineView
{
  GtkWidget         parent_instance;

  CrViewport       *viewport;
  CrTimelineIndex  *index;
  CrTimelineLayout *layout;
  PangoContext     *context;

  gsize             selected_item;
  gsize             cursor_item;
  guint             hover_mark;
  double            pointer_x;
  gboolean          has_pointer;
  gboolean          fitted;

  /* The span the user chose, 0 for "fit"; see the zoom-span property. */
  gint64            zoom_span;

  /* Vertical scrolling, in lanes, when they do not all fit. */
  guint             first_lane;
  double            lane_scroll;
  gboolean          scroll_pans_time;

  gint64            drag_start;
  guint             drag_first_lane;
  gint64            pinch_start;
  gint64            pinch_span;
  double            pinch_x;
  gboolean          pinching;

  /* Animation: one tick callback for both kinds of motion. */
  MotionKind        motion;
  guint             tick_id;
  gboolean          in_tick;
  gint64            motion_begin;     /* frame time, µs */
  gint64            motion_last;
  gint64            from_start;
  gint64            from_span;
  gint64            to_start;
  gint64            to_span;
  gboolean          to_fit;
  double            velocity;         /* kinetic: pixels per second */
  double            carry;            /* kinetic: sub-pixel remainder */
};

/* cr-timeline-view.c */
CrDay    _cr_timeline_view_today             (void);
void     _cr_timeline_view_invalidate_layout (CrTimelineView *self);
double   _cr_timeline_view_view_width        (CrTimelineView *self);
double   _cr_timeline_view_anchor_x          (CrTimelineView *self);
gsize    _cr_timeline_view_find_item         (CrTimelineView *self,
                                              gint64          id);
void     _cr_timeline_view_update_actions    (CrTimelineView *self);
CrTimelineLayout *_cr_timeline_view_layout_at (CrTimelineView *self,
                                              gint64          start,
                                              gint64          span);
void     _cr_timeline_view_set_zoom_span     (CrTimelineView *self,
                                              gint64          span);
void     _cr_timeline_view_scroll_lanes      (CrTimelineView *self,
                                              int             delta);
gboolean _cr_timeline_view_lanes_overflow    (CrTimelineView *self);
void     _cr_timeline_view_emit_activated    (CrTimelineView *self,
                                              gint64          event_id);

/* cr-timeline-view-actions.c: actions and keys */
void     _cr_timeline_view_class_init_actions (GtkWidgetClass *widget_class);
void     _cr_timeline_view_update_accessible  (CrTimelineView *self);
void     _cr_timeline_view_reveal_item        (CrTimelineView *self,
                                               gsize           item);

/* cr-timeline-view-input.c: pointer, touchpad and tooltips */
void     _cr_timeline_view_init_input        (CrTimelineView *self);
char    *_cr_timeline_view_describe_at       (CrTimelineView *self,
                                              double          x,
                                              double          y);

/* cr-timeline-view-motion.c: eased transitions and kinetic panning */
gboolean _cr_timeline_view_animations_enabled (CrTimelineView *self);
void     _cr_timeline_view_animate_to        (CrTimelineView *self,
                                              gint64          start,
                                              gint64          span,
                                              gboolean        fit);
void     _cr_timeline_view_fling             (CrTimelineView *self,
                                              double          velocity);
void     _cr_timeline_view_stop_motion       (CrTimelineView *self);
/* Where the view is going: the target of an eased transition, else the
 * viewport as it is. */
void     _cr_timeline_view_get_target        (CrTimelineView *self,
                                              gint64         *start,
                                              gint64         *span);

G_END_DECLS
