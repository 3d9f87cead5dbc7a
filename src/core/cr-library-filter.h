/* cr-library-filter.h: what the user narrowed the library down to
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-store.h"
#include "cr-types.h"

G_BEGIN_DECLS

/* The filters of the main window — event kinds, an entity, a language, a
 * source, a date range and a full-text query — combined with AND. The
 * sidebar, the timeline and the events list all follow the same filter;
 * "changed" is emitted once for each setter call that changes something. */
#define CR_TYPE_LIBRARY_FILTER (cr_library_filter_get_type ())
G_DECLARE_FINAL_TYPE (CrLibraryFilter, cr_library_filter, CR, LIBRARY_FILTER, GObject)

CrLibraryFilter *cr_library_filter_new            (void);

/* A bit per CrEventKind (1 << kind); 0 means every kind. */
guint            cr_library_filter_get_kinds      (CrLibraryFilter *self);
void             cr_library_filter_set_kinds      (CrLibraryFilter *self,
                                                   guint            kinds);
/* An entity's canonical id ("country:cl", see cr_store_list_entities()),
 * or NULL for any. */
const char      *cr_library_filter_get_entity     (CrLibraryFilter *self);
void             cr_library_filter_set_entity     (CrLibraryFilter *self,
                                                   const char      *entity);
/* "es" or "en", or NULL for any. */
const char      *cr_library_filter_get_language   (CrLibraryFilter *self);
void             cr_library_filter_set_language   (CrLibraryFilter *self,
                                                   const char      *language);
/* A source as the sidebar shows it (its name, else URL, else path). */
const char      *cr_library_filter_get_source     (CrLibraryFilter *self);
void             cr_library_filter_set_source     (CrLibraryFilter *self,
                                                   const char      *source);
/* Events overlapping [@first, @last]; CR_DAY_UNKNOWN leaves a side open. */
void             cr_library_filter_get_range      (CrLibraryFilter *self,
                                                   CrDay           *first,
                                                   CrDay           *last);
void             cr_library_filter_set_range      (CrLibraryFilter *self,
                                                   CrDay            first,
                                                   CrDay            last);
/* Words that every matching article contains (full text), or NULL. */
const char      *cr_library_filter_get_query      (CrLibraryFilter *self);
void             cr_library_filter_set_query      (CrLibraryFilter *self,
                                                   const char      *query);
/* Drops every condition. */
void             cr_library_filter_clear          (CrLibraryFilter *self);
gboolean         cr_library_filter_is_empty       (CrLibraryFilter *self);

/* The ids of the visible events of @store that pass, as a set (keys are
 * gint64 pointers); *@ids is NULL when the filter restricts nothing. */
gboolean         cr_library_filter_match_events   (CrLibraryFilter *self,
                                                   CrStore         *store,
                                                   GHashTable     **ids,
                                                   GError         **error);
/* The ids of the articles that pass: their own language, source, text
 * and entities, and — when kinds or a range are set — reporting at least
 * one event that passes. *@ids is NULL when nothing is restricted. */
gboolean         cr_library_filter_match_articles (CrLibraryFilter *self,
                                                   CrStore         *store,
                                                   GHashTable     **ids,
                                                   GError         **error);

/* The sources of @store's articles as the sidebar names them, sorted. */
GPtrArray       *cr_library_list_sources          (CrStore         *store,
                                                   GError         **error);

/* The participants of every visible event of @store, named in @language
 * ("es" or "en") and joined with ", ": a table from gint64 event id to
 * string, for lists that show and sort by them. */
GHashTable      *cr_library_list_participants     (CrStore         *store,
                                                   const char      *language,
                                                   GError         **error);

/* Turns the words a user typed into an FTS5 query where every word must
 * match, each quoted so that punctuation is never FTS syntax; NULL when
 * there is no word. */
char            *cr_fts_match_all_words           (const char      *query);

G_END_DECLS
