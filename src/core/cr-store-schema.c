/* cr-store-schema.c: the library's schema as a ladder of versions
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-store-private.h"

/* Step N turns a version N-1 library into version N, in one transaction
 * together with the user_version bump. Never edit a released step: add
 * the next one. */

static const char schema_v1[] =
  "CREATE TABLE articles ("
  "  id INTEGER PRIMARY KEY,"
  "  source_key TEXT NOT NULL UNIQUE,"        /* URL, else entry id, else path */
  "  content_hash TEXT NOT NULL,"             /* SHA-256 of the normalized text */
  "  title TEXT NOT NULL,"
  "  standfirst TEXT,"
  "  body TEXT NOT NULL,"
  "  language TEXT NOT NULL CHECK (language IN ('es', 'en', '')),"
  "  language_declared INTEGER NOT NULL DEFAULT 0,"
  "  pub_value TEXT,"                         /* TIMEX3 day, month or year */
  "  pub_first_day INTEGER,"
  "  pub_last_day INTEGER,"
  "  pub_granularity TEXT,"
  "  pub_source TEXT NOT NULL DEFAULT 'none',"
  "  place TEXT,"
  "  author TEXT,"
  "  source_name TEXT,"
  "  source_url TEXT,"
  "  entry_id TEXT,"
  "  file_path TEXT,"
  "  format TEXT NOT NULL,"
  "  imported_at INTEGER NOT NULL,"
  "  updated_at INTEGER NOT NULL"
  ") STRICT;"
  "CREATE INDEX articles_by_day ON articles (pub_first_day);"
  "CREATE INDEX articles_by_hash ON articles (content_hash);"
  /* Offsets are code points into exactly the stored text of @field. */
  "CREATE TABLE mentions ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  field TEXT NOT NULL CHECK (field IN ('title', 'standfirst', 'body')),"
  "  start_char INTEGER NOT NULL,"
  "  end_char INTEGER NOT NULL CHECK (end_char >= start_char),"
  "  text TEXT NOT NULL,"
  "  value TEXT NOT NULL,"
  "  granularity TEXT NOT NULL,"
  "  mod TEXT NOT NULL DEFAULT '',"
  "  anchor TEXT NOT NULL,"
  "  is_dateline INTEGER NOT NULL DEFAULT 0,"
  "  first_day INTEGER,"
  "  last_day INTEGER,"
  "  sentence_hash TEXT NOT NULL,"            /* ties user edits to the sentence */
  "  extractor_version INTEGER NOT NULL"
  ") STRICT;"
  /* No index by day here: the timeline reads events by day, and every
   * index on this, the busiest table, slows each import down. */
  "CREATE INDEX mentions_by_article ON mentions (article_id, field, start_char);"
  /* A separate FTS table (not external content) so that the indexed body
   * can include the standfirst; triggers keep it in step. */
  "CREATE VIRTUAL TABLE articles_fts USING fts5 ("
  "  title, body, tokenize = 'unicode61 remove_diacritics 2');"
  "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
  "  INSERT INTO articles_fts (rowid, title, body)"
  "  VALUES (new.id, new.title, coalesce (new.standfirst || char(10), '') || new.body);"
  "END;"
  "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
  "  DELETE FROM articles_fts WHERE rowid = old.id;"
  "END;"
  "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, standfirst, body ON articles BEGIN"
  "  DELETE FROM articles_fts WHERE rowid = old.id;"
  "  INSERT INTO articles_fts (rowid, title, body)"
  "  VALUES (new.id, new.title, coalesce (new.standfirst || char(10), '') || new.body);"
  "END;";

static const char schema_v2[] =
  /* Events are what the timeline draws: mentions grouped by what
   * happened. Filled by the event issue; designed here. */
  "CREATE TABLE events ("
  "  id INTEGER PRIMARY KEY,"
  "  value TEXT NOT NULL,"
  "  first_day INTEGER,"
  "  last_day INTEGER,"
  "  granularity TEXT NOT NULL,"
  "  kind TEXT NOT NULL DEFAULT 'other',"
  "  title TEXT NOT NULL DEFAULT '',"
  "  confidence REAL NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 1),"
  "  extractor_version INTEGER NOT NULL,"
  "  created_at INTEGER NOT NULL"
  ") STRICT;"
  "CREATE INDEX events_by_day ON events (first_day, last_day);"
  "CREATE TABLE event_mentions ("
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (event_id, mention_id)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX event_mentions_by_mention ON event_mentions (mention_id);"
  "CREATE INDEX event_mentions_by_article ON event_mentions (article_id, event_id);"
  "CREATE TABLE entities ("
  "  id INTEGER PRIMARY KEY,"
  "  canonical_key TEXT NOT NULL UNIQUE,"
  "  name_es TEXT,"
  "  name_en TEXT,"
  "  type TEXT NOT NULL"
  ") STRICT;"
  "CREATE TABLE event_entities ("
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,"
  "  role TEXT NOT NULL DEFAULT '',"
  "  PRIMARY KEY (event_id, entity_id)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX event_entities_by_entity ON event_entities (entity_id);"
  /* User edits survive re-extraction and article updates because they
   * point at (article source key, sentence hash, value), never at row
   * ids that an update replaces. */
  "CREATE TABLE edits ("
  "  id INTEGER PRIMARY KEY,"
  "  seq INTEGER NOT NULL UNIQUE,"
  "  op TEXT NOT NULL,"
  "  article_key TEXT NOT NULL,"
  "  sentence_hash TEXT,"
  "  value TEXT,"
  "  payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid (payload)),"
  "  undone INTEGER NOT NULL DEFAULT 0,"
  "  created_at INTEGER NOT NULL"
  ") STRICT;"
  "CREATE INDEX edits_by_target ON edits (article_key, sentence_hash, value);";

static const char schema_v3[] =
  /* Edits hide events and add manual ones; a manual event belongs to the
   * edit that made it, so re-extraction never deletes it. */
  "ALTER TABLE events ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE events ADD COLUMN edit_seq INTEGER;"
  "CREATE INDEX events_by_edit ON events (edit_seq) WHERE edit_seq IS NOT NULL;"
  /* Who and what each article names, dated or not: for the entity list
   * and filters. */
  "CREATE TABLE article_entities ("
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,"
  "  mentions INTEGER NOT NULL,"
  "  PRIMARY KEY (article_id, entity_id)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX article_entities_by_entity ON article_entities (entity_id);";

static const char schema_v4[] =
  /* Merging an imported event looks for stored events of its kind, on
   * nearby days, that share an actor or a place with it. Each link to an
   * entity carries its event's kind and days, so that lookup is one range
   * of an index per entity, whatever the library's size. A trigger keeps
   * the copies equal to the event's own when it changes; whatever inserts
   * a link fills them itself (a trigger on that insert would give every
   * link a statement journal, and the import makes many). */
  "ALTER TABLE event_entities ADD COLUMN event_kind TEXT;"
  "ALTER TABLE event_entities ADD COLUMN event_first_day INTEGER;"
  "ALTER TABLE event_entities ADD COLUMN event_last_day INTEGER;"
  "UPDATE event_entities SET (event_kind, event_first_day, event_last_day) ="
  "  (SELECT kind, first_day, last_day FROM events WHERE id = event_id);"
  "DROP INDEX event_entities_by_entity;"
  "CREATE INDEX event_entities_by_entity"
  "  ON event_entities (entity_id, event_kind, event_first_day, event_last_day);"
  /* Most events last a day: those that hold others have their own. */
  "CREATE INDEX event_entities_spans"
  "  ON event_entities (entity_id, event_kind, event_first_day, event_last_day)"
  "  WHERE event_last_day > event_first_day;"
  "CREATE TRIGGER events_dates_to_entities AFTER UPDATE OF kind, first_day, last_day ON events BEGIN"
  "  UPDATE event_entities SET event_kind = new.kind, event_first_day = new.first_day,"
  "    event_last_day = new.last_day WHERE event_id = new.id;"
  "END;";

static const char schema_v5[] =
  /* A new article's full-text row is written by the store, for a whole
   * import batch in one statement just before its commit: a row per
   * article in a trigger made FTS5 write a segment per article (see
   * STMT_INDEX_ARTICLES). Updates and deletes keep their triggers. */
  "DROP TRIGGER IF EXISTS articles_fts_insert;";

static const char schema_v6[] =
  /* The same mentions with the same ids, their field checked by
   * comparisons: SQLite 3.40 checks a constant IN list in a CHECK
   * constraint with a temporary b-tree that it builds again for every
   * row inserted, a good part of an import's time. A table's checks only
   * change by copying it; foreign keys are off while this step runs (see
   * _cr_store_migrate()), so dropping the old table takes no event link
   * with it, and they are all checked before the commit. */
  "CREATE TABLE mentions_v6 ("
  "  id INTEGER PRIMARY KEY,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  field TEXT NOT NULL"
  "    CHECK (field = 'body' OR field = 'title' OR field = 'standfirst'),"
  "  start_char INTEGER NOT NULL,"
  "  end_char INTEGER NOT NULL CHECK (end_char >= start_char),"
  "  text TEXT NOT NULL,"
  "  value TEXT NOT NULL,"
  "  granularity TEXT NOT NULL,"
  "  mod TEXT NOT NULL DEFAULT '',"
  "  anchor TEXT NOT NULL,"
  "  is_dateline INTEGER NOT NULL DEFAULT 0,"
  "  first_day INTEGER,"
  "  last_day INTEGER,"
  "  sentence_hash TEXT NOT NULL,"
  "  extractor_version INTEGER NOT NULL"
  ") STRICT;"
  "INSERT INTO mentions_v6 (id, article_id, field, start_char, end_char, text, value,"
  "  granularity, mod, anchor, is_dateline, first_day, last_day, sentence_hash,"
  "  extractor_version)"
  "  SELECT id, article_id, field, start_char, end_char, text, value, granularity, mod,"
  "  anchor, is_dateline, first_day, last_day, sentence_hash, extractor_version"
  "  FROM mentions ORDER BY id;"
  "DROP TABLE mentions;"
  "ALTER TABLE mentions_v6 RENAME TO mentions;"
  "CREATE INDEX mentions_by_article ON mentions (article_id, field, start_char);";

static const char schema_v7[] =
  /* The links of events to mentions, copied without the foreign key on
   * their article: a link goes with its mention, and the mention with its
   * article, so that key only made every link an import writes look the
   * article up once more. The column stays (the mention's article: links
   * by article without a join), so do the indexes. */
  "CREATE TABLE event_mentions_v7 ("
  "  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  "  mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,"
  "  article_id INTEGER NOT NULL,"
  "  PRIMARY KEY (event_id, mention_id)"
  ") STRICT, WITHOUT ROWID;"
  "INSERT INTO event_mentions_v7 (event_id, mention_id, article_id)"
  "  SELECT event_id, mention_id, article_id FROM event_mentions;"
  "DROP TABLE event_mentions;"
  "ALTER TABLE event_mentions_v7 RENAME TO event_mentions;"
  "CREATE INDEX event_mentions_by_mention ON event_mentions (mention_id);"
  "CREATE INDEX event_mentions_by_article ON event_mentions (article_id, event_id);";

typedef struct {
  const char *sql;
  /* Copies a table that others refer to: runs with foreign keys off and
   * checks them all before its commit. */
  gboolean    copies_tables;
} Step;

static const Step ladder[] = {
  { schema_v1, FALSE },
  { schema_v2, FALSE },
  { schema_v3, FALSE },
  { schema_v4, FALSE },
  { schema_v5, FALSE },
  { schema_v6, TRUE },
  { schema_v7, TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (ladder) == CR_STORE_SCHEMA_VERSION);

/* A copy next to the library before its schema changes, so that a bad
 * upgrade can be undone by hand. VACUUM INTO gives a consistent file even
 * with a WAL. */
static gboolean
backup_before_migration (CrStore  *self,
                         int       from_version,
                         GError  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = g_strdup_printf ("%s.v%d-%s.bak", self->path, from_version, stamp);
  g_autofree char *sql = NULL;
  char *quoted;

  for (guint n = 2; g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.v%d-%s-%u.bak", self->path, from_version, stamp, n);
    }

  quoted = sqlite3_mprintf ("VACUUM INTO %Q", target);
  sql = g_strdup (quoted);
  sqlite3_free (quoted);
  if (!_cr_store_exec (self, sql, error))
    {
      g_prefix_error (error, _("Could not back up the library before upgrading it: "));
      return FALSE;
    }
  g_debug ("Backed up %s to %s", self->path, target);
  return TRUE;
}

/* Every reference between rows still holds (after a step that copied
 * tables with foreign keys off). */
static gboolean
check_foreign_keys (CrStore  *self,
                    GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL) != SQLITE_OK)
    {
      _cr_store_set_error (self, error, "foreign_key_check");
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_FAILED,
                 "a row of %s refers to a missing row of %s",
                 (const char *) sqlite3_column_text (stmt, 0),
                 (const char *) sqlite3_column_text (stmt, 2));
  else if (rc != SQLITE_DONE)
    _cr_store_set_error (self, error, "foreign_key_check");
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

/* Runs step @version (0 for the first) in one transaction with the bump
 * of user_version; does nothing when another process ran it meanwhile. */
static gboolean
run_step (CrStore  *self,
          int      *version,
          GError  **error)
{
  const Step *step = &ladder[*version];
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", *version + 1);
  sqlite3_stmt *stmt = NULL;
  int current = *version;

  if (!_cr_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  /* Another process may have upgraded it while we waited for the lock. */
  if (sqlite3_prepare_v2 (self->db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    current = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (current > *version)
    {
      _cr_store_exec (self, "ROLLBACK", NULL);
      *version = current - 1;
      return TRUE;
    }
  if (!_cr_store_exec (self, step->sql, error) ||
      (step->copies_tables && !check_foreign_keys (self, error)) ||
      !_cr_store_exec (self, bump, error) ||
      !_cr_store_exec (self, "COMMIT", error))
    {
      g_prefix_error (error, _("Could not upgrade the library to version %d: "), *version + 1);
      _cr_store_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }
  return TRUE;
}

gboolean
_cr_store_migrate (CrStore  *self,
                   GError  **error)
{
  int version = self->schema_version;

  if (version == CR_STORE_SCHEMA_VERSION)
    return TRUE;

  if (version > 0 && !backup_before_migration (self, version, error))
    return FALSE;

  for (; version < CR_STORE_SCHEMA_VERSION; version++)
    {
      gboolean copies_tables = ladder[version].copies_tables;
      gboolean ok;

      /* With foreign keys on, dropping a copied table would delete what
       * refers to it. Set outside the transaction: inside one the pragma
       * does nothing. */
      if (copies_tables && !_cr_store_exec (self, "PRAGMA foreign_keys = OFF", error))
        return FALSE;
      ok = run_step (self, &version, error);
      if (copies_tables && !_cr_store_exec (self, "PRAGMA foreign_keys = ON", ok ? error : NULL))
        ok = FALSE;
      if (!ok)
        return FALSE;
    }
  self->schema_version = CR_STORE_SCHEMA_VERSION;
  return TRUE;
}
