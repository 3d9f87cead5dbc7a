/* cr-store.c: the SQLite library: connections, pragmas, statements
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cr-store-private.h"

G_DEFINE_FINAL_TYPE (CrStore, cr_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (cr-store-error-quark, cr_store_error)

/* A writer holds the lock for a whole batch; a reader never waits (WAL),
 * but a second writer (another cronista-cli) should wait, not fail. */
#define BUSY_TIMEOUT_MS 10000

/* The writing connection's page cache, in KiB. */
#ifndef WRITER_CACHE_KB
#define WRITER_CACHE_KB 65536
#endif
/* WAL pages between checkpoints (SQLite's default: 1000). */
#ifndef WRITER_CHECKPOINT_PAGES
#define WRITER_CHECKPOINT_PAGES 8192
#endif

static const char * const stmt_sql[N_STMTS] = {
  [STMT_FIND_BY_KEY] =
    "SELECT id, content_hash FROM articles WHERE source_key = ?1",
  [STMT_FIND_BY_HASH] =
    "SELECT id FROM articles WHERE content_hash = ?1 LIMIT 1",
  [STMT_INSERT_ARTICLE] =
    "INSERT INTO articles (source_key, content_hash, title, standfirst, body,"
    " language, language_declared, pub_value, pub_first_day, pub_last_day,"
    " pub_granularity, pub_source, place, author, source_name, source_url,"
    " entry_id, file_path, format, imported_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
    " ?15, ?16, ?17, ?18, ?19, ?20, ?20)",
  [STMT_UPDATE_ARTICLE] =
    "UPDATE articles SET content_hash = ?2, title = ?3, standfirst = ?4,"
    " body = ?5, language = ?6, language_declared = ?7, pub_value = ?8,"
    " pub_first_day = ?9, pub_last_day = ?10, pub_granularity = ?11,"
    " pub_source = ?12, place = ?13, author = ?14, source_name = ?15,"
    " source_url = ?16, entry_id = ?17, file_path = ?18, format = ?19,"
    " updated_at = ?20 WHERE id = ?21",
  [STMT_DELETE_MENTIONS] =
    "DELETE FROM mentions WHERE article_id = ?1",
  /* Each mention gets the id SQLite would give it, the largest plus one:
   * a field's mentions are written several to a statement, and their
   * events need their ids. */
#define MENTION_ROW "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
#define MENTION_ROWS_4 MENTION_ROW ", " MENTION_ROW ", " MENTION_ROW ", " MENTION_ROW
#define INSERT_MENTIONS \
    "INSERT INTO mentions (id, article_id, field, start_char, end_char, text," \
    " value, granularity, mod, anchor, is_dateline, first_day, last_day," \
    " sentence_hash, extractor_version) VALUES "
  [STMT_INSERT_MENTION] = INSERT_MENTIONS MENTION_ROW,
  [STMT_INSERT_MENTIONS] =
    INSERT_MENTIONS MENTION_ROWS_4 ", " MENTION_ROWS_4 ", " MENTION_ROWS_4 ", " MENTION_ROWS_4,
#undef INSERT_MENTIONS
#undef MENTION_ROWS_4
#undef MENTION_ROW
  [STMT_LAST_MENTION_ID] =
    "SELECT max (id) FROM mentions",
  [STMT_GET_ARTICLE] =
    "SELECT id, title, standfirst, body, language, language_declared,"
    " pub_value, pub_source, place, author, source_name, source_url,"
    " entry_id, file_path, format, content_hash, imported_at"
    " FROM articles WHERE id = ?1",
  [STMT_LIST_ARTICLES] =
    "SELECT id, title, NULL, '', language, language_declared,"
    " pub_value, pub_source, place, author, source_name, source_url,"
    " entry_id, file_path, format, content_hash, imported_at"
    " FROM articles ORDER BY pub_first_day IS NULL, pub_first_day, id",
  [STMT_GET_MENTIONS] =
    "SELECT id, field, start_char, end_char, text, value, granularity, mod,"
    " anchor, is_dateline, first_day, last_day, extractor_version"
    " FROM mentions WHERE article_id = ?1 ORDER BY"
    " CASE field WHEN 'title' THEN 0 WHEN 'standfirst' THEN 1 ELSE 2 END,"
    " start_char",
  [STMT_COUNT_ARTICLES] = "SELECT count(*) FROM articles",
  [STMT_COUNT_MENTIONS] = "SELECT count(*) FROM mentions",
  /* ORDER BY the FTS5 rank column (bm25 with the title weighted up), not
   * by a bm25() expression: FTS5 then returns rows already ranked, so the
   * LIMIT stops early and snippets are made for the hits shown only. */
  [STMT_SEARCH] =
    "SELECT a.id, a.title, a.pub_value, a.language,"
    " snippet(articles_fts, 1, ?2, ?3, '…', 16), articles_fts.rank"
    " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
    " WHERE articles_fts MATCH ?1 AND articles_fts.rank MATCH 'bm25(8.0, 1.0)'"
    " ORDER BY articles_fts.rank LIMIT ?4",
  [STMT_SAVEPOINT] = "SAVEPOINT cr_file",
  [STMT_RELEASE] = "RELEASE cr_file",
  [STMT_ROLLBACK_TO] = "ROLLBACK TO cr_file",
  [STMT_BEGIN] = "BEGIN IMMEDIATE",
  [STMT_COMMIT] = "COMMIT",
  [STMT_ROLLBACK] = "ROLLBACK",
  /* Asked after every article an import adds. */
  [STMT_COUNT_LIVE_EDITS] = "SELECT count (*) FROM edits WHERE undone = 0",
  /* ?1: a JSON array of article ids, ascending. One statement for a
   * whole batch: FTS5 writes what it holds to disk at every statement
   * journal after the first change of a transaction, so a row per
   * statement (as the trigger of schema versions 1-4 did) made a segment
   * per article. An article that already has its row (an update in the
   * same batch, by the update trigger) keeps it. */
  [STMT_INDEX_ARTICLES] =
    "INSERT INTO articles_fts (rowid, title, body)"
    " SELECT a.id, a.title, coalesce (a.standfirst || char(10), '') || a.body"
    " FROM json_each (?1) j JOIN articles a ON a.id = j.value"
    " WHERE NOT EXISTS (SELECT 1 FROM articles_fts f WHERE f.rowid = a.id)"
    " ORDER BY a.id",
};

static const char * const field_names[] = { "title", "standfirst", "body" };

void
_cr_store_forget_entity_ids (CrStore *self)
{
  if (self->entity_ids != NULL)
    g_hash_table_remove_all (self->entity_ids);
}

/* Any rollback, ours or one SQLite does on its own after an error. */
static void
on_rollback (void *data)
{
  CrStore *self = data;

  _cr_store_forget_entity_ids (self);
  if (self->fts_pending != NULL)
    g_array_set_size (self->fts_pending, 0);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Indexes the pending articles that are still there (a file rolled back
 * took its own with it), once each. */
static gboolean
index_pending (CrStore  *self,
               GError  **error)
{
  GArray *ids = self->fts_pending;
  g_autoptr(GString) json = NULL;
  sqlite3_stmt *stmt;
  guint n = 0;

  if (ids->len == 0)
    return TRUE;
  /* A rolled-back file's ids are given again to the next file's. */
  g_array_sort (ids, compare_ids);
  json = g_string_sized_new (ids->len * 8);
  g_string_append_c (json, '[');
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (n > 0 && id == g_array_index (ids, gint64, i - 1))
        continue;
      g_string_append_printf (json, "%s%" G_GINT64_FORMAT, n++ > 0 ? "," : "", id);
    }
  g_string_append_c (json, ']');
  g_array_set_size (ids, 0);

  if ((stmt = _cr_store_stmt (self, STMT_INDEX_ARTICLES, error)) == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, json->str, json->len, SQLITE_STATIC);
  return _cr_store_step_done (self, stmt, error);
}

gboolean
_cr_store_index_article (CrStore   *self,
                         gint64     article_id,
                         GError   **error)
{
  g_array_append_val (self->fts_pending, article_id);
  if (!sqlite3_get_autocommit (self->db))
    return TRUE;
  return index_pending (self, error);
}

void
_cr_store_set_error (CrStore     *self,
                     GError     **error,
                     const char  *what)
{
  int code = sqlite3_errcode (self->db);
  int primary = code & 0xff;

  /* What failed may have been undone with the ids it made. */
  _cr_store_forget_entity_ids (self);

  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_CORRUPT,
                 _("The library “%s” is damaged (%s). It was left untouched; run “cronista-cli --db %s repair” to move it aside and start a new one."),
                 self->path, sqlite3_errmsg (self->db), self->path);
  else if (primary == SQLITE_READONLY)
    g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_READ_ONLY,
                 _("The library “%s” cannot be written: %s"),
                 self->path, sqlite3_errmsg (self->db));
  else
    g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_FAILED,
                 "%s: %s", what, sqlite3_errmsg (self->db));
}

sqlite3_stmt *
_cr_store_stmt (CrStore      *self,
                CrStoreStmt   which,
                GError      **error)
{
  sqlite3_stmt *stmt = self->stmts[which];

  if (stmt == NULL)
    {
      if (sqlite3_prepare_v3 (self->db, stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
                              &self->stmts[which], NULL) != SQLITE_OK)
        {
          _cr_store_set_error (self, error, "prepare");
          return NULL;
        }
      return self->stmts[which];
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return stmt;
}

gboolean
_cr_store_step_done (CrStore       *self,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _cr_store_set_error (self, error, sqlite3_sql (stmt));
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
_cr_store_exec (CrStore     *self,
                const char  *sql,
                GError     **error)
{
  char *msg = NULL;

  if (sqlite3_exec (self->db, sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      _cr_store_set_error (self, error, "exec");
      sqlite3_free (msg);
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_stmt (CrStore      *self,
          CrStoreStmt   which,
          GError      **error)
{
  sqlite3_stmt *stmt = _cr_store_stmt (self, which, error);

  return stmt != NULL && _cr_store_step_done (self, stmt, error);
}

static void
cr_store_finalize (GObject *object)
{
  CrStore *self = CR_STORE (object);

  for (guint i = 0; i < N_STMTS; i++)
    g_clear_pointer (&self->stmts[i], sqlite3_finalize);
  if (self->db != NULL)
    {
      /* A clean close checkpoints the WAL into the main file. _v2: the
       * connection closes once the last statement is finalized, even one
       * that a sibling module caches on this object and frees later. */
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_free (self->path);
  g_clear_pointer (&self->entity_ids, g_hash_table_unref);
  g_clear_pointer (&self->fts_pending, g_array_unref);

  G_OBJECT_CLASS (cr_store_parent_class)->finalize (object);
}

static void
cr_store_class_init (CrStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cr_store_finalize;

  /* Nothing reads SQLite's memory statistics, and keeping them takes a
   * global mutex at every allocation (this build of SQLite has no
   * lookaside: a few for every statement). Only possible before SQLite
   * starts; when something else in the process started it first, they
   * stay on. */
  sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
}

static void
cr_store_init (CrStore *self)
{
  self->entity_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->fts_pending = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* Reads the header-level facts before anything may write to the file:
 * garbage and newer versions must be refused untouched. */
static gboolean
read_user_version (CrStore  *self,
                   int      *version,
                   GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK)
    {
      _cr_store_set_error (self, error, "user_version");
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _cr_store_set_error (self, error, "user_version");
      sqlite3_finalize (stmt);
      return FALSE;
    }
  *version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

static CrStore *
open_internal (const char  *path,
               gboolean     read_only,
               GError     **error)
{
  g_autoptr(CrStore) self = g_object_new (CR_TYPE_STORE, NULL);
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int version = 0;

  self->path = g_strdup (path);
  self->read_only = read_only;

  if (!read_only)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_OPEN,
                       _("Cannot create the folder “%s” for the library: %s"),
                       dir, g_strerror (saved_errno));
          return NULL;
        }
    }

  /* NOMUTEX: a connection belongs to one thread at a time (the import
   * worker or the main thread), never shared concurrently. */
  if (sqlite3_open_v2 (path, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_OPEN,
                   _("Cannot open the library “%s”: %s"), path,
                   self->db ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_rollback_hook (self->db, on_rollback, self);

  if (!read_user_version (self, &version, error))
    return NULL;
  if (version > CR_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_TOO_NEW,
                   _("The library “%s” was written by a newer version of Cronista (library version %d, this version reads up to %d). It was not modified."),
                   path, version, CR_STORE_SCHEMA_VERSION);
      return NULL;
    }
  self->schema_version = version;

  if (!_cr_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;

  if (read_only)
    {
      if (version < CR_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_READ_ONLY,
                       _("The library “%s” needs an upgrade; open it for writing first."),
                       path);
          return NULL;
        }
      if (!_cr_store_exec (self, "PRAGMA query_only = ON", error))
        return NULL;
      return g_steal_pointer (&self);
    }

  if (!_cr_store_exec (self,
                       "PRAGMA journal_mode = WAL;"
                       /* WAL + NORMAL is durable across application
                        * crashes; only a power cut can lose the last
                        * commits, never consistency. */
                       "PRAGMA synchronous = NORMAL;"
                       "PRAGMA temp_store = MEMORY;"
                       /* The writer's page cache holds a whole import
                        * batch: with SQLite's 2 MB default it spilled
                        * dirty pages into the WAL before the commit and
                        * read the indexes back through the kernel. */
                       "PRAGMA cache_size = -" G_STRINGIFY (WRITER_CACHE_KB) ";"
                       /* Checkpoint every few batches, not after each:
                        * the pages every batch touches (index interiors,
                        * the full-text segments) are copied once. */
                       "PRAGMA wal_autocheckpoint = " G_STRINGIFY (WRITER_CHECKPOINT_PAGES) ";",
                       error))
    return NULL;

  if (!_cr_store_migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

CrStore *
cr_store_open (const char  *path,
               GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_internal (path, FALSE, error);
}

CrStore *
cr_store_open_read_only (const char  *path,
                         GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND,
                   _("There is no library at “%s” yet."), path);
      return NULL;
    }
  return open_internal (path, TRUE, error);
}

const char *
cr_store_get_path (CrStore *self)
{
  g_return_val_if_fail (CR_IS_STORE (self), NULL);
  return self->path;
}

gboolean
cr_store_is_read_only (CrStore *self)
{
  g_return_val_if_fail (CR_IS_STORE (self), TRUE);
  return self->read_only;
}

int
cr_store_get_schema_version (CrStore *self)
{
  g_return_val_if_fail (CR_IS_STORE (self), 0);
  return self->schema_version;
}

gboolean
cr_store_begin (CrStore  *self,
                GError  **error)
{
  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  return run_stmt (self, STMT_BEGIN, error);
}

gboolean
cr_store_commit (CrStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  return index_pending (self, error) && run_stmt (self, STMT_COMMIT, error);
}

void
cr_store_rollback (CrStore *self)
{
  g_return_if_fail (CR_IS_STORE (self));
  if (!sqlite3_get_autocommit (self->db))
    run_stmt (self, STMT_ROLLBACK, NULL);
}

gboolean
cr_store_savepoint (CrStore  *self,
                    GError  **error)
{
  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  return run_stmt (self, STMT_SAVEPOINT, error);
}

gboolean
cr_store_release (CrStore  *self,
                  GError  **error)
{
  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  return run_stmt (self, STMT_RELEASE, error);
}

void
cr_store_rollback_to (CrStore *self)
{
  g_return_if_fail (CR_IS_STORE (self));
  _cr_store_forget_entity_ids (self);
  /* ROLLBACK TO keeps the savepoint open; release it so the next file
   * starts a fresh one. */
  if (run_stmt (self, STMT_ROLLBACK_TO, NULL))
    run_stmt (self, STMT_RELEASE, NULL);
}

void
cr_store_shrink (CrStore *self)
{
  g_return_if_fail (CR_IS_STORE (self));
  sqlite3_db_release_memory (self->db);
}

gboolean
cr_store_check (CrStore  *self,
                GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  int rc;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);

  if (sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK)
    {
      _cr_store_set_error (self, error, "integrity_check");
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        {
          if (report->len)
            g_string_append (report, "; ");
          g_string_append (report, line ? line : "?");
        }
    }
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "integrity_check");
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);
  if (report->len)
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_CORRUPT,
                   _("The library “%s” is damaged: %s"), self->path, report->str);
      return FALSE;
    }
  return TRUE;
}

char *
cr_store_move_aside (const char  *path,
                     GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = g_strdup_printf ("%s.damaged-%s", path, stamp);
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  g_return_val_if_fail (path != NULL, NULL);

  for (guint n = 2; g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);
    }

  if (g_rename (path, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_FAILED,
                   _("Cannot move the library “%s” aside: %s"), path, g_strerror (saved_errno));
      return NULL;
    }
  /* The side files belong to the damaged file: keep them with it. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }
  return g_steal_pointer (&target);
}

const char *
cr_store_field_to_string (CrStoreField field)
{
  g_return_val_if_fail ((guint) field < G_N_ELEMENTS (field_names), "body");
  return field_names[field];
}

void
cr_store_mention_free (CrStoreMention *mention)
{
  if (mention == NULL)
    return;
  g_free (mention->text);
  g_free (mention->value);
  g_free (mention->mod);
  g_free (mention->anchor);
  g_free (mention);
}

void
cr_store_hit_free (CrStoreHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->title);
  g_free (hit->date_value);
  g_free (hit->language);
  g_free (hit->snippet);
  g_free (hit);
}
