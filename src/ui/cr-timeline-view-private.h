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

  gint64            drag_start;
  gint64            pinch_start;
  gint64            pinch_span;
  double            pinch_x;
};

/* cr-timeline-view.c */
void     _cr_timeline_view_invalidate_layout (CrTimelineView *self);
double   _cr_timeline_view_view_width        (CrTimelineView *self);
double   _cr_timeline_view_anchor_x          (CrTimelineView *self);
gsize    _cr_timeline_view_find_item         (CrTimelineView *self,
                                              gint64          id);
void     _cr_timeline_view_update_actions    (CrTimelineView *self);

/* cr-timeline-view-input.c: pointer, touchpad and tooltips */
void     _cr_timeline_view_init_input        (CrTimelineView *self);

G_END_DECLS
