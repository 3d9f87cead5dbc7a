/* cr-store-private.h: what the files of CrStore share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "cr-store.h"

G_BEGIN_DECLS

/* Every statement the store runs, prepared once on first use. */
typedef enum {
  STMT_FIND_BY_KEY,
  STMT_FIND_BY_HASH,
  STMT_INSERT_ARTICLE,
  STMT_UPDATE_ARTICLE,
  STMT_DELETE_MENTIONS,
  STMT_INSERT_MENTION,
  STMT_INSERT_MENTIONS,
  STMT_LAST_MENTION_ID,
  STMT_GET_ARTICLE,
  STMT_LIST_ARTICLES,
  STMT_GET_MENTIONS,
  STMT_COUNT_ARTICLES,
  STMT_COUNT_MENTIONS,
  STMT_SEARCH,
  STMT_SAVEPOINT,
  STMT_RELEASE,
  STMT_ROLLBACK_TO,
  STMT_BEGIN,
  STMT_COMMIT,
  STMT_ROLLBACK,
  STMT_COUNT_LIVE_EDITS,
  STMT_INDEX_ARTICLES,
  N_STMTS
} CrStoreStmt;

/* Rows of STMT_INSERT_MENTIONS (its SQL writes them out). */
#define STMT_INSERT_MENTIONS_N 16

struct _CrStore
{
  GObject       parent_instance;
  sqlite3      *db;
  char         *path;
  gboolean      read_only;
  int           schema_version;
  sqlite3_stmt *stmts[N_STMTS];
  /* Entity canonical key -> row id, for the writer: entities are never
   * deleted, so an id stays right unless a rollback undoes the insert
   * that made it; every rollback and every error empties it. */
  GHashTable   *entity_ids;
  /* Articles added in the open transaction, not yet in the full-text
   * index: they are indexed together just before it commits. */
  GArray       *fts_pending;
  /* The statements of cr-store-events*.c: owned by the object's data
   * there, kept here too so that finding one costs no lookup. */
  sqlite3_stmt **ev_stmts;
};

/* Returns the cached statement, reset and with its bindings cleared. */
sqlite3_stmt *_cr_store_stmt        (CrStore      *self,
                                     CrStoreStmt   which,
                                     GError      **error);
gboolean      _cr_store_exec        (CrStore      *self,
                                     const char   *sql,
                                     GError      **error);
/* Turns the connection's last error into a GError with @what as context. */
void          _cr_store_set_error   (CrStore      *self,
                                     GError      **error,
                                     const char   *what);
gboolean      _cr_store_step_done   (CrStore      *self,
                                     sqlite3_stmt *stmt,
                                     GError      **error);
/* Puts the article @article_id into the full-text index: at once
 * outside a transaction, else together with the transaction's others
 * just before it commits. */
gboolean      _cr_store_index_article (CrStore   *self,
                                       gint64     article_id,
                                       GError   **error);
/* Empties the cache of entity ids: after any rollback. */
void          _cr_store_forget_entity_ids (CrStore *self);

/* cr-store-articles.c: (re)runs date and event extraction over a stored
 * article; with @replace, its old mentions and event links go first. */
gboolean      _cr_store_extract_article (CrStore    *self,
                                         CrArticle  *article,
                                         gboolean    replace,
                                         GError    **error);

/* cr-store-util.c: helpers for statements prepared on the spot */
sqlite3_stmt *_cr_store_prepare     (CrStore      *self,
                                     const char   *sql,
                                     GError      **error);
/* Binds @text, or NULL when @text is NULL. */
void          _cr_store_bind_text   (sqlite3_stmt *stmt,
                                     int           index,
                                     const char   *text);
char         *_cr_store_column_dup  (sqlite3_stmt *stmt,
                                     int           col);
/* Runs @sql binding up to three integer parameters. */
gboolean      _cr_store_run         (CrStore      *self,
                                     const char   *sql,
                                     gint64        a,
                                     gint64        b,
                                     gint64        c,
                                     GError      **error);
/* The first column of the first row, 0 without rows, -1 on error. */
gint64        _cr_store_query_int   (CrStore      *self,
                                     const char   *sql,
                                     gint64        a,
                                     GError      **error);

/* cr-store-schema.c */
gboolean      _cr_store_migrate     (CrStore      *self,
                                     GError      **error);

G_END_DECLS
