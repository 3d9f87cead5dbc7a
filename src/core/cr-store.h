/* cr-store.h: the SQLite library of articles, mentions and events
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-article.h"

G_BEGIN_DECLS

/* Version 1: articles, mentions, full-text index.
 * Version 2: events, entities, their links, and user edits.
 * Version 3: hidden and manual events, the entities of each article.
 * Version 4: each event's kind and days on its links to entities, for
 *   merging imported events with stored ones.
 * Version 5: new articles' full-text rows written by the store, a batch
 *   at a time, not by a trigger.
 * Version 6: the mentions table copied with a check SQLite runs without
 *   a temporary b-tree per row.
 * Version 7: the links of events to mentions copied without a foreign key
 *   on their article (their mention's takes them with it). */
#define CR_STORE_SCHEMA_VERSION 7

#define CR_STORE_ERROR (cr_store_error_quark ())

typedef enum {
  CR_STORE_ERROR_OPEN,
  CR_STORE_ERROR_CORRUPT,     /* not a library, or damaged */
  CR_STORE_ERROR_TOO_NEW,     /* written by a newer Cronista */
  CR_STORE_ERROR_READ_ONLY,
  CR_STORE_ERROR_NOT_FOUND,
  CR_STORE_ERROR_FAILED,      /* any other SQLite error */
} CrStoreError;

typedef enum {
  CR_STORE_ADD_IMPORTED,
  CR_STORE_ADD_DUPLICATE,
  CR_STORE_ADD_UPDATED,
} CrStoreAddResult;

typedef enum {
  CR_STORE_FIELD_TITLE,
  CR_STORE_FIELD_STANDFIRST,
  CR_STORE_FIELD_BODY,
} CrStoreField;

/* A temporal expression found in a stored article: offsets are code
 * points into exactly the stored text of @field. */
typedef struct {
  gint64         id;
  CrStoreField   field;
  gsize          start_char;
  gsize          end_char;
  char          *text;
  char          *value;
  CrGranularity  granularity;
  char          *mod;
  char          *anchor;
  gboolean       dateline;
  CrDay          first_day;
  CrDay          last_day;
  guint          extractor_version;
} CrStoreMention;

/* One search result, best first. The snippet marks matches with the
 * markers given to cr_store_search(). */
typedef struct {
  gint64  article_id;
  char   *title;
  char   *date_value;
  char   *language;
  char   *snippet;
  double  rank;               /* bm25: lower is better */
} CrStoreHit;

#define CR_TYPE_STORE (cr_store_get_type ())
G_DECLARE_FINAL_TYPE (CrStore, cr_store, CR, STORE, GObject)

GQuark        cr_store_error_quark       (void);

/* Opens (creating or upgrading) the library at @path for writing: the
 * connection the import worker uses. A library from a newer version, or
 * one that is damaged, is refused and left as it is. */
CrStore      *cr_store_open              (const char  *path,
                                          GError     **error);
/* A read-only connection for the main thread: never waits for an import
 * thanks to WAL. The library must exist and be current. */
CrStore      *cr_store_open_read_only    (const char  *path,
                                          GError     **error);

const char   *cr_store_get_path          (CrStore     *self);
gboolean      cr_store_is_read_only      (CrStore     *self);
int           cr_store_get_schema_version (CrStore    *self);

/* Batches: everything between begin and commit is one transaction;
 * savepoints nest inside it (one per imported file when a batch is
 * redone after a failure). */
gboolean      cr_store_begin             (CrStore     *self,
                                          GError     **error);
gboolean      cr_store_commit            (CrStore     *self,
                                          GError     **error);
void          cr_store_rollback          (CrStore     *self);
gboolean      cr_store_savepoint         (CrStore     *self,
                                          GError     **error);
gboolean      cr_store_release           (CrStore     *self,
                                          GError     **error);
void          cr_store_rollback_to       (CrStore     *self);
/* Gives back the memory of the page cache an import filled (the writer's
 * is large enough for a whole batch). */
void          cr_store_shrink            (CrStore     *self);

/* Adds @article (finished), runs the date extractor over its fields and
 * stores the mentions. An article whose content is already stored is a
 * duplicate; a known source key with new content is an update (mentions
 * re-extracted, user edits kept). Sets article->id. */
gboolean      cr_store_add_article       (CrStore          *self,
                                          CrArticle        *article,
                                          CrStoreAddResult *result,
                                          GError          **error);

CrArticle    *cr_store_get_article       (CrStore     *self,
                                          gint64       id,
                                          GError     **error);
/* All articles by publication date (undated last), without bodies. */
GPtrArray    *cr_store_list_articles     (CrStore     *self,
                                          GError     **error);
/* CrStoreMention of one article, by field then offset. */
GPtrArray    *cr_store_get_mentions      (CrStore     *self,
                                          gint64       article_id,
                                          GError     **error);
gint64        cr_store_count_articles    (CrStore     *self,
                                          GError     **error);
gint64        cr_store_count_mentions    (CrStore     *self,
                                          GError     **error);

/* Full-text search over titles and bodies, accent- and case-insensitive;
 * every word of @query must match. At most @limit hits, ranked. */
GPtrArray    *cr_store_search            (CrStore     *self,
                                          const char  *query,
                                          guint        limit,
                                          const char  *mark_start,
                                          const char  *mark_end,
                                          GError     **error);

/* PRAGMA integrity_check; FALSE with CR_STORE_ERROR_CORRUPT when the
 * library is damaged. */
gboolean      cr_store_check             (CrStore     *self,
                                          GError     **error);

/* Moves a (damaged) library and its -wal/-shm files aside to
 * "PATH.damaged-YYYYMMDD-HHMMSS", never deleting anything; returns the
 * new name. */
char         *cr_store_move_aside        (const char  *path,
                                          GError     **error);

const char   *cr_store_field_to_string   (CrStoreField field);
void          cr_store_mention_free      (CrStoreMention *mention);
void          cr_store_hit_free          (CrStoreHit     *hit);

G_END_DECLS
