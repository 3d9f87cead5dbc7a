/* cr-library-view.h: a library's articles, timeline and texts, linked
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-article-list.h"
#include "cr-article-pane.h"
#include "cr-events-list.h"
#include "cr-library-filter.h"
#include "cr-event-details.h"
#include "cr-store.h"
#include "cr-timeline-view.h"

G_BEGIN_DECLS

#define CR_TYPE_LIBRARY_VIEW (cr_library_view_get_type ())
G_DECLARE_FINAL_TYPE (CrLibraryView, cr_library_view, CR, LIBRARY_VIEW, GtkWidget)

GtkWidget      *cr_library_view_new               (void);
/* Shows the library of @store (a read-only connection is enough): the
 * articles in the sidebar, their events on the timeline. */
gboolean        cr_library_view_set_store         (CrLibraryView  *self,
                                                   CrStore        *store,
                                                   GError        **error);
/* Reads the library again, after an import or an edit. */
gboolean        cr_library_view_reload            (CrLibraryView  *self,
                                                   GError        **error);
/* The same, with the reading spread over the next main loop iterations
 * (one view at a time, the sidebar's articles a few dozen at a time, one
 * part per frame while the view is shown), so that a big library never
 * freezes the window: after an import. */
void            cr_library_view_set_store_in_parts (CrLibraryView *self,
                                                    CrStore       *store);
void            cr_library_view_reload_in_parts   (CrLibraryView  *self);
/* Whether a reload in parts is still under way. */
gboolean        cr_library_view_is_loading        (CrLibraryView  *self);
/* Selects @event_id on the timeline and shows its articles. */
void            cr_library_view_select_event      (CrLibraryView  *self,
                                                   gint64          event_id);
gint64          cr_library_view_get_selected_event (CrLibraryView *self);

CrArticleList  *cr_library_view_get_article_list  (CrLibraryView  *self);
CrTimelineView *cr_library_view_get_timeline_view (CrLibraryView  *self);
CrArticlePane  *cr_library_view_get_article_pane  (CrLibraryView  *self);
CrEventDetails *cr_library_view_get_event_details (CrLibraryView  *self);
/* The ids (gint64) of the events the view shows, in date order (first
 * day, then id): what presentation mode walks through. */
GArray         *cr_library_view_get_visible_events (CrLibraryView *self);
/* What the sidebar, the timeline and the events list show: the search
 * and the filter bar edit it. */
CrLibraryFilter *cr_library_view_get_filter      (CrLibraryView *self);
CrEventsList   *cr_library_view_get_events_list  (CrLibraryView *self);
/* Draws the events of article @article_id highlighted and the others
 * dimmed (0: none); selecting an article in the sidebar does it. */
void            cr_library_view_highlight_article (CrLibraryView *self,
                                                   gint64         article_id);
/* Zooms the timeline to the highlighted article's events (the action
 * "library.zoom-to-article"). */
void            cr_library_view_zoom_to_article  (CrLibraryView *self);
/* The timeline's lanes, kept across libraries. */
void            cr_library_view_set_lane_grouping (CrLibraryView  *self,
                                                   CrLaneGrouping  grouping);
/* The split between the timeline and the article pane: its orientation
 * puts the pane below or beside. */
GtkPaned       *cr_library_view_get_paned        (CrLibraryView *self);
/* Shows the sidebar and focuses the search. */
void            cr_library_view_focus_search     (CrLibraryView *self);
/* The events as a table ("events") or as the timeline ("timeline"). */
GtkStack       *cr_library_view_get_view_stack   (CrLibraryView *self);
/* The article selected in the sidebar, or 0. */
gint64          cr_library_view_get_selected_article (CrLibraryView *self);
/* The sidebar's list of articles (a GtkSingleSelection of CrArticleRow),
 * for the editor's context menu. */
GtkListView    *cr_library_view_get_article_list_view (CrLibraryView *self);
/* Opens @article_id beside the article pane (0 closes it): the dates of
 * the events both articles report are marked in both. */
void            cr_library_view_compare_article  (CrLibraryView *self,
                                                  gint64         article_id);
CrArticlePane  *cr_library_view_get_compare_pane (CrLibraryView *self);

G_END_DECLS
