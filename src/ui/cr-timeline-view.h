/* cr-timeline-view.h: the interactive timeline widget
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-timeline-index.h"
#include "cr-timeline-layout.h"
#include "cr-viewport.h"

G_BEGIN_DECLS

#define CR_TYPE_TIMELINE_VIEW (cr_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (CrTimelineView, cr_timeline_view, CR, TIMELINE_VIEW, GtkWidget)

GtkWidget        *cr_timeline_view_new          (void);
/* The time state: zoom, pan, selection and cursor. Never NULL. */
CrViewport       *cr_timeline_view_get_viewport (CrTimelineView  *self);
void              cr_timeline_view_set_viewport (CrTimelineView  *self,
                                                 CrViewport      *viewport);
/* What to draw; the index's items must outlive it. Sets the viewport's
 * extent and, the first time, zooms to fit. */
CrTimelineIndex  *cr_timeline_view_get_index    (CrTimelineView  *self);
void              cr_timeline_view_set_index    (CrTimelineView  *self,
                                                 CrTimelineIndex *index);
/* The layout of the last frame, or NULL before the first allocation. */
CrTimelineLayout *cr_timeline_view_get_layout   (CrTimelineView  *self);
/* What a click at (@x, @y) does: selects the event there, or zooms into
 * the cluster there. Returns TRUE if something was there. */
gboolean          cr_timeline_view_activate_at  (CrTimelineView  *self,
                                                 double           x,
                                                 double           y);

G_END_DECLS
