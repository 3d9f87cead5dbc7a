/* cr-events-list.h: the timeline's events as a sortable table
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-store.h"
#include "cr-timeline-model.h"
#include "cr-viewport.h"

G_BEGIN_DECLS

/* One row: an event as the table shows it. */
#define CR_TYPE_EVENT_ROW (cr_event_row_get_type ())
G_DECLARE_FINAL_TYPE (CrEventRow, cr_event_row, CR, EVENT_ROW, GObject)

gint64       cr_event_row_get_id           (CrEventRow *self);
const char  *cr_event_row_get_title        (CrEventRow *self);
/* The date in the interface language, at the event's granularity. */
const char  *cr_event_row_get_date         (CrEventRow *self);
const char  *cr_event_row_get_participants (CrEventRow *self);

/* A GtkColumnView of the events of a timeline model (so it shows what
 * the timeline shows, filters included): date, title, kind, participants
 * and sources, each column sortable. Its selection is the viewport's,
 * both ways. */
#define CR_TYPE_EVENTS_LIST (cr_events_list_get_type ())
G_DECLARE_FINAL_TYPE (CrEventsList, cr_events_list, CR, EVENTS_LIST, GtkWidget)

GtkWidget   *cr_events_list_new            (void);
void         cr_events_list_set_model      (CrEventsList    *self,
                                            CrTimelineModel *model,
                                            CrStore         *store);
void         cr_events_list_set_viewport   (CrEventsList    *self,
                                            CrViewport      *viewport);
/* The rows in the order shown (sorted), as a GListModel of CrEventRow. */
GListModel  *cr_events_list_get_rows       (CrEventsList    *self);
/* The position of the selected row in that order, or
 * GTK_INVALID_LIST_POSITION. */
guint        cr_events_list_get_selected   (CrEventsList    *self);
void         cr_events_list_select         (CrEventsList    *self,
                                            guint            position);

G_END_DECLS
