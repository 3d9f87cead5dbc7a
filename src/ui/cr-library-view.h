/* cr-library-view.h: a library's articles, timeline and texts, linked
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-article-list.h"
#include "cr-article-pane.h"
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

G_END_DECLS
