/* cr-store-events.h: the library's events, entities and their links
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-event-extract.h"
#include "cr-store.h"

G_BEGIN_DECLS

/* An event as the library keeps it: merged from every mention of it. */
typedef struct {
  gint64          id;
  char           *value;
  CrDay           first_day;
  CrDay           last_day;
  CrGranularity   granularity;
  CrEventKind     kind;
  char           *title;
  double          confidence;
  GPtrArray      *participants;   /* CrEventEntity* */
  CrEventEntity  *place;          /* or NULL */
  guint           n_articles;
  guint           n_mentions;
  gboolean        hidden;
} CrStoreEvent;

/* One report of an event: the article, the mention and its sentence. */
typedef struct {
  gint64        article_id;
  char         *article_title;
  char         *language;
  gint64        mention_id;
  CrStoreField  field;
  gsize         start_char;       /* the date expression, in the field */
  gsize         end_char;
  char         *text;
  gsize         sentence_start;   /* the sentence, code points in the field */
  gsize         sentence_end;
  char         *sentence;
} CrStoreEventMention;

/* Filters of cr_store_list_events(); zeroed means "everything". */
typedef struct {
  CrDay        from;              /* CR_DAY_UNKNOWN: no lower bound */
  CrDay        to;                /* CR_DAY_UNKNOWN: no upper bound */
  gboolean     has_kind;
  CrEventKind  kind;
  const char  *entity;            /* canonical id or a name in either language */
  gint64       article_id;        /* 0: any */
  const char  *language;          /* names of entities: "es" or "en" (default) */
  gboolean     include_hidden;    /* hidden by an edit */
} CrStoreEventFilter;

void       cr_store_event_filter_init     (CrStoreEventFilter *filter);

/* Events that overlap the filter's day range, by first day then id. */
GPtrArray *cr_store_list_events           (CrStore                  *self,
                                           const CrStoreEventFilter *filter,
                                           GError                  **error);
CrStoreEvent *cr_store_get_event          (CrStore                  *self,
                                           gint64                    id,
                                           GError                  **error);
/* CrStoreEventMention of one event, by article then position. */
GPtrArray *cr_store_get_event_mentions    (CrStore                  *self,
                                           gint64                    event_id,
                                           GError                  **error);
/* Entities that events or articles name, as CrEventEntity with the name
 * in @language, most named first; @n_events and @n_articles (parallel
 * GArrays of guint) if not NULL. */
GPtrArray *cr_store_list_entities         (CrStore                  *self,
                                           const char               *language,
                                           GArray                  **n_events,
                                           GArray                  **n_articles,
                                           GError                  **error);
gint64     cr_store_count_events          (CrStore                  *self,
                                           GError                  **error);
/* The event a date mention belongs to (the first, when it dates several),
 * or 0. */
gint64     cr_store_get_mention_event     (CrStore                  *self,
                                           gint64                    mention_id);
/* The name in @language ("es" or "en") of the entity with row id @id (the
 * entity lane keys of CrEventSummary), or NULL. */
char      *cr_store_dup_entity_name       (CrStore                  *self,
                                           gint64                    id,
                                           const char               *language);

void       cr_store_event_free            (CrStoreEvent        *event);
void       cr_store_event_mention_free    (CrStoreEventMention *mention);

/* For the store's own files: link the candidates of one article field to
 * events, merging with the events already in the library. @mention_ids
 * gives the row id of each timex. Deterministic: candidates in text
 * order join the lowest-numbered matching event. */
gboolean   _cr_store_add_event_candidates (CrStore          *self,
                                           gint64            article_id,
                                           GPtrArray        *candidates,
                                           const gint64     *mention_ids,
                                           GError          **error);
typedef struct {
  gint64 entity_id;
  guint  n;
} CrStoreEntityCount;

/* Counts in @tally (a GArray of CrStoreEntityCount) who and what a field
 * of an article names: @matches as cr_event_candidates_find_full() found
 * them. Their entities get rows at once. */
gboolean   _cr_store_add_article_entities (CrStore         *self,
                                           GArray          *tally,
                                           GArray          *matches,
                                           GError         **error);
/* Records the counts of all the fields of an article, which has none
 * recorded yet. */
gboolean   _cr_store_store_article_entities (CrStore       *self,
                                             gint64         article_id,
                                             GArray        *tally,
                                             GError       **error);
/* Drops an article's links and named entities (before its mentions are
 * replaced) and the extracted events left without any mention. */
gboolean   _cr_store_forget_article_events (CrStore         *self,
                                            gint64           article_id,
                                            GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrStoreEvent, cr_store_event_free)

G_END_DECLS
