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

/*
 * Actions ("timeline." prefix, for buttons and menus of the window):
 *
 *   timeline.zoom-in, timeline.zoom-out   zoom by 1.5 under the pointer, or
 *                                         around the centre (Ctrl+plus,
 *                                         Ctrl+minus, plus, minus)
 *   timeline.zoom-fit                     show every event (Ctrl+0)
 *   timeline.zoom-selection               show the selected event with the
 *                                         days around it
 *   timeline.go-to-date (s)               show a date typed in words or ISO:
 *                                         "3 de septiembre de 2025",
 *                                         "June 2024", "2024"; see
 *                                         cr_timeline_view_go_to_date()
 *   timeline.go-today                     centre today
 *   timeline.pan-left, timeline.pan-right an eighth of the view (Ctrl or
 *                                         Shift + Left, Right)
 *   timeline.lanes-up, timeline.lanes-down  scroll lanes that do not fit
 *                                         (Page Up, Page Down)
 *   timeline.previous-event, timeline.next-event,
 *   timeline.first-event, timeline.last-event
 *                                         move the keyboard cursor (Left,
 *                                         Right, Home, End)
 *   timeline.select-cursor                select the cursor's event (Space)
 *   timeline.activate-cursor              select and open it (Enter):
 *                                         emits ::event-activated
 *
 * Moves animate unless gtk-enable-animations is off; drags and touchpad
 * scrolls carry on kinetically.
 */

#define CR_TYPE_TIMELINE_VIEW (cr_timeline_view_get_type ())
#define CR_TIMELINE_VIEW_ERROR (cr_timeline_view_error_quark ())

typedef enum {
  CR_TIMELINE_VIEW_ERROR_NOT_A_DATE,
} CrTimelineViewError;

GQuark cr_timeline_view_error_quark (void);

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
/* The span the user chose, 0 for "fit" (the zoom-span property: bind it
 * to a setting to remember the zoom). */
gint64            cr_timeline_view_get_zoom_span (CrTimelineView *self);
void              cr_timeline_view_set_zoom_span (CrTimelineView *self,
                                                  gint64          span);
/* Glides to event @event_id (and its lane) if it is out of view. */
void              cr_timeline_view_reveal_event (CrTimelineView  *self,
                                                 gint64           event_id);
gboolean          cr_timeline_view_go_to_date   (CrTimelineView  *self,
                                                 const char      *text,
                                                 GError         **error);

G_END_DECLS
