/* cr-store-edits.c: user edits of events, with undo and redo
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-store-edits.h"
#include "cr-store-events.h"
#include "cr-store-private.h"

static const char * const op_names[CR_N_EDITS] = {
  "rename", "redate", "kind", "hide", "merge", "split", "add",
  "article-date", "article-language",
};

/* What an edit points at; see the header. A manual event is named by the
 * edit that added it (@edit_seq), an article by its source key alone. */
typedef struct {
  char   *article_key;
  char   *sentence_hash;
  char   *value;
  char   *kind;
  gint64  edit_seq;
} Key;

typedef struct {
  gint64    seq;
  CrEditOp  op;
  Key       key;
  JsonNode *payload;
} Edit;

static void
key_clear (Key *key)
{
  g_clear_pointer (&key->article_key, g_free);
  g_clear_pointer (&key->sentence_hash, g_free);
  g_clear_pointer (&key->value, g_free);
  g_clear_pointer (&key->kind, g_free);
  key->edit_seq = 0;
}

static void
edit_clear (Edit *edit)
{
  key_clear (&edit->key);
  g_clear_pointer (&edit->payload, json_node_unref);
}

const char *
cr_edit_op_to_string (CrEditOp op)
{
  g_return_val_if_fail (op < CR_N_EDITS, NULL);

  return op_names[op];
}

static gboolean
op_from_string (const char *str,
                CrEditOp   *op)
{
  for (guint i = 0; i < CR_N_EDITS; i++)
    if (g_strcmp0 (str, op_names[i]) == 0)
      {
        *op = i;
        return TRUE;
      }
  return FALSE;
}

/* Small helpers: these statements run once per edit, not per article,
 * so they are prepared on the spot. */
static sqlite3_stmt *
prepare (CrStore     *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _cr_store_set_error (self, error, "prepare");
      return NULL;
    }
  return stmt;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           col)
{
  const unsigned char *text = sqlite3_column_text (stmt, col);

  return text ? g_strdup ((const char *) text) : NULL;
}

/* Runs @sql with up to three int64 parameters (0 binds NULL). */
static gboolean
run (CrStore     *self,
     const char  *sql,
     gint64       a,
     gint64       b,
     gint64       c,
     GError     **error)
{
  sqlite3_stmt *stmt = prepare (self, sql, error);
  gint64 params[] = { a, b, c };
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  for (int i = 0; i < sqlite3_bind_parameter_count (stmt) && i < 3; i++)
    sqlite3_bind_int64 (stmt, i + 1, params[i]);
  ok = _cr_store_step_done (self, stmt, error);
  sqlite3_finalize (stmt);
  return ok;
}

static gint64
query_int (CrStore    *self,
           const char *sql,
           gint64      a,
           GError    **error)
{
  sqlite3_stmt *stmt = prepare (self, sql, error);
  gint64 ret = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, a);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    ret = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "query");
      ret = -1;
    }
  sqlite3_finalize (stmt);
  return ret;
}

/* The key of a stored event: its first mention, or the edit that made it. */
static gboolean
key_of_event (CrStore  *self,
              gint64    event_id,
              Key      *key,
              GError  **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT edit_seq, kind FROM events WHERE id = ?1", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    {
      key->edit_seq = sqlite3_column_int64 (stmt, 0);
      key->kind = column_dup (stmt, 1);
    }
  sqlite3_finalize (stmt);
  if (!found)
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND,
                   _("There is no event %lld in the library."), (long long) event_id);
      return FALSE;
    }
  if (key->edit_seq != 0)
    return TRUE;

  stmt = prepare (self,
                  "SELECT a.source_key, m.sentence_hash, m.value FROM event_mentions em"
                  " JOIN mentions m ON m.id = em.mention_id JOIN articles a ON a.id = em.article_id"
                  " WHERE em.event_id = ?1 ORDER BY a.source_key, m.field, m.start_char LIMIT 1",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      key->article_key = column_dup (stmt, 0);
      key->sentence_hash = column_dup (stmt, 1);
      key->value = column_dup (stmt, 2);
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

/* The event a key names now, 0 when it is gone. */
static gint64
resolve (CrStore    *self,
         const Key  *key,
         GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (key->edit_seq != 0)
    return query_int (self, "SELECT id FROM events WHERE edit_seq = ?1", key->edit_seq, error);
  if (key->article_key == NULL)
    return 0;

  stmt = prepare (self,
                  "SELECT em.event_id FROM mentions m JOIN articles a ON a.id = m.article_id"
                  " JOIN event_mentions em ON em.mention_id = m.id"
                  " JOIN events e ON e.id = em.event_id"
                  " WHERE a.source_key = ?1 AND m.sentence_hash = ?2 AND m.value = ?3"
                  " AND e.kind = ?4 ORDER BY em.event_id LIMIT 1",
                  error);
  if (stmt == NULL)
    return -1;
  bind_text (stmt, 1, key->article_key);
  bind_text (stmt, 2, key->sentence_hash);
  bind_text (stmt, 3, key->value);
  bind_text (stmt, 4, key->kind);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

/* A mention named like a key, without the kind. */
static gint64
resolve_mention (CrStore    *self,
                 JsonObject *mention,
                 GError    **error)
{
  sqlite3_stmt *stmt = prepare (self,
                                "SELECT m.id FROM mentions m JOIN articles a ON a.id = m.article_id"
                                " WHERE a.source_key = ?1 AND m.sentence_hash = ?2 AND m.value = ?3"
                                " ORDER BY m.field, m.start_char LIMIT 1",
                                error);
  gint64 id = 0;

  if (stmt == NULL)
    return -1;
  bind_text (stmt, 1, json_object_get_string_member_with_default (mention, "article", NULL));
  bind_text (stmt, 2, json_object_get_string_member_with_default (mention, "sentence", NULL));
  bind_text (stmt, 3, json_object_get_string_member_with_default (mention, "value", NULL));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

static JsonNode *
key_to_json (const Key *key)
{
  JsonObject *o = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  if (key->article_key)
    json_object_set_string_member (o, "article", key->article_key);
  if (key->sentence_hash)
    json_object_set_string_member (o, "sentence", key->sentence_hash);
  if (key->value)
    json_object_set_string_member (o, "value", key->value);
  if (key->kind)
    json_object_set_string_member (o, "kind", key->kind);
  if (key->edit_seq)
    json_object_set_int_member (o, "edit", key->edit_seq);
  json_node_take_object (node, o);
  return node;
}

static void
key_from_json (JsonObject *o,
               Key        *key)
{
  key->article_key = g_strdup (json_object_get_string_member_with_default (o, "article", NULL));
  key->sentence_hash = g_strdup (json_object_get_string_member_with_default (o, "sentence", NULL));
  key->value = g_strdup (json_object_get_string_member_with_default (o, "value", NULL));
  key->kind = g_strdup (json_object_get_string_member_with_default (o, "kind", NULL));
  key->edit_seq = json_object_get_int_member_with_default (o, "edit", 0);
}

/* Parses a TIMEX3 day, month or year. */
static gboolean
parse_value (const char    *value,
             CrDay         *first,
             CrDay         *last,
             CrGranularity *granularity,
             GError       **error)
{
  if (value == NULL || !cr_day_range_parse (value, first, last))
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_FAILED,
                   _("“%s” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD."),
                   value ? value : "");
      return FALSE;
    }
  *granularity = strlen (value) == 4 ? CR_GRANULARITY_YEAR
                 : strlen (value) == 7 ? CR_GRANULARITY_MONTH : CR_GRANULARITY_DAY;
  return TRUE;
}

static gboolean
reextract_article (CrStore  *self,
                   gint64    article_id,
                   GError  **error)
{
  g_autoptr(CrArticle) article = cr_store_get_article (self, article_id, error);

  return article != NULL && _cr_store_extract_article (self, article, TRUE, error);
}

/* Re-extracts a set of articles from scratch: all of them are forgotten
 * first, so that no event survives on another one's mention and pulls
 * the fresh candidates back into its old shape. */
static gboolean
reextract_articles (CrStore  *self,
                    GArray   *ids,
                    void    (*progress) (guint done, guint total, gpointer user_data),
                    gpointer  user_data,
                    GError  **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (!_cr_store_forget_article_events (self, id, error) ||
          !run (self, "DELETE FROM mentions WHERE article_id = ?1", id, 0, 0, error))
        return FALSE;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(CrArticle) article = cr_store_get_article (self, g_array_index (ids, gint64, i), error);

      if (article == NULL || !_cr_store_extract_article (self, article, FALSE, error))
        return FALSE;
      if (progress)
        progress (i + 1, ids->len, user_data);
    }
  return TRUE;
}

static gboolean
mention_in_event (CrStore *self,
                  gint64   mention_id,
                  gint64   event_id)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT 1 FROM event_mentions WHERE mention_id = ?1 AND event_id = ?2", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mention_id);
  sqlite3_bind_int64 (stmt, 2, event_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
}

/* Applies one edit over the current events; an edit whose event is gone
 * does nothing. Applying twice is the same as once. */
static gboolean
apply (CrStore     *self,
       const Edit  *edit,
       GError     **error)
{
  JsonObject *p = json_node_get_object (edit->payload);
  gint64 event_id = 0;

  if (edit->op != CR_EDIT_ADD && edit->op != CR_EDIT_ARTICLE_DATE &&
      edit->op != CR_EDIT_ARTICLE_LANGUAGE)
    {
      event_id = resolve (self, &edit->key, error);
      if (event_id < 0)
        return FALSE;
      if (event_id == 0)
        return TRUE;
    }

  switch (edit->op)
    {
    case CR_EDIT_RENAME:
    case CR_EDIT_KIND:
      {
        sqlite3_stmt *stmt = prepare (self, edit->op == CR_EDIT_RENAME
                                            ? "UPDATE events SET title = ?2 WHERE id = ?1"
                                            : "UPDATE events SET kind = ?2 WHERE id = ?1", error);
        gboolean ok;

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, event_id);
        bind_text (stmt, 2, json_object_get_string_member_with_default (p, edit->op == CR_EDIT_RENAME ? "title" : "kind", ""));
        ok = _cr_store_step_done (self, stmt, error);
        sqlite3_finalize (stmt);
        return ok;
      }

    case CR_EDIT_REDATE:
      {
        const char *value = json_object_get_string_member_with_default (p, "value", NULL);
        CrDay first, last;
        CrGranularity g;
        sqlite3_stmt *stmt;
        gboolean ok;

        if (!parse_value (value, &first, &last, &g, error))
          return FALSE;
        stmt = prepare (self, "UPDATE events SET value = ?2, first_day = ?3, last_day = ?4,"
                              " granularity = ?5 WHERE id = ?1", error);
        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, event_id);
        bind_text (stmt, 2, value);
        sqlite3_bind_int64 (stmt, 3, first);
        sqlite3_bind_int64 (stmt, 4, last);
        bind_text (stmt, 5, cr_granularity_to_string (g));
        ok = _cr_store_step_done (self, stmt, error);
        sqlite3_finalize (stmt);
        return ok;
      }

    case CR_EDIT_HIDE:
      return run (self, "UPDATE events SET hidden = 1 WHERE id = ?1", event_id, 0, 0, error);

    case CR_EDIT_MERGE:
      {
        Key other = { 0 };
        gint64 other_id;

        if (!json_object_has_member (p, "other"))
          return TRUE;
        key_from_json (json_object_get_object_member (p, "other"), &other);
        other_id = resolve (self, &other, error);
        key_clear (&other);
        if (other_id < 0)
          return FALSE;
        if (other_id == 0 || other_id == event_id)
          return TRUE;
        return run (self, "UPDATE OR IGNORE event_mentions SET event_id = ?1 WHERE event_id = ?2",
                    event_id, other_id, 0, error) &&
               run (self, "INSERT OR IGNORE INTO event_entities (event_id, entity_id, role)"
                          " SELECT ?1, entity_id, role FROM event_entities"
                          " WHERE event_id = ?2 AND role = 'participant'",
                    event_id, other_id, 0, error) &&
               run (self, "DELETE FROM events WHERE id = ?1", other_id, 0, 0, error);
      }

    case CR_EDIT_SPLIT:
      {
        gint64 mention_id, n, new_id;

        if (!json_object_has_member (p, "mention"))
          return TRUE;
        mention_id = resolve_mention (self, json_object_get_object_member (p, "mention"), error);
        if (mention_id <= 0)
          return mention_id == 0;
        n = query_int (self, "SELECT count (*) FROM event_mentions WHERE event_id = ?1", event_id, error);
        if (n < 0)
          return FALSE;
        /* Already on its own, or not in that event any more. */
        if (n <= 1 || !mention_in_event (self, mention_id, event_id))
          return TRUE;
        if (!run (self, "INSERT INTO events (value, first_day, last_day, granularity, kind,"
                        " title, confidence, extractor_version, created_at)"
                        " SELECT m.value, m.first_day, m.last_day, m.granularity, e.kind, e.title,"
                        " e.confidence, m.extractor_version, e.created_at"
                        " FROM mentions m, events e WHERE m.id = ?1 AND e.id = ?2",
                  mention_id, event_id, 0, error))
          return FALSE;
        new_id = sqlite3_last_insert_rowid (self->db);
        return run (self, "UPDATE event_mentions SET event_id = ?1 WHERE event_id = ?2 AND mention_id = ?3",
                    new_id, event_id, mention_id, error) &&
               run (self, "INSERT INTO event_entities (event_id, entity_id, role)"
                          " SELECT ?1, entity_id, role FROM event_entities WHERE event_id = ?2",
                    new_id, event_id, 0, error);
      }

    case CR_EDIT_ADD:
      {
        const char *value = json_object_get_string_member_with_default (p, "value", NULL);
        CrDay first, last;
        CrGranularity g;
        sqlite3_stmt *stmt;
        gboolean ok;

        if (query_int (self, "SELECT count (*) FROM events WHERE edit_seq = ?1", edit->seq, error) != 0)
          return TRUE;
        if (!parse_value (value, &first, &last, &g, error))
          return FALSE;
        stmt = prepare (self, "INSERT INTO events (value, first_day, last_day, granularity, kind,"
                              " title, confidence, extractor_version, created_at, edit_seq)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1.0, 0, ?7, ?8)", error);
        if (stmt == NULL)
          return FALSE;
        bind_text (stmt, 1, value);
        sqlite3_bind_int64 (stmt, 2, first);
        sqlite3_bind_int64 (stmt, 3, last);
        bind_text (stmt, 4, cr_granularity_to_string (g));
        bind_text (stmt, 5, json_object_get_string_member_with_default (p, "kind", "other"));
        bind_text (stmt, 6, json_object_get_string_member_with_default (p, "title", ""));
        sqlite3_bind_int64 (stmt, 7, g_get_real_time () / G_USEC_PER_SEC);
        sqlite3_bind_int64 (stmt, 8, edit->seq);
        ok = _cr_store_step_done (self, stmt, error);
        sqlite3_finalize (stmt);
        return ok;
      }

    case CR_EDIT_ARTICLE_DATE:
    case CR_EDIT_ARTICLE_LANGUAGE:
      {
        const char *value = json_object_get_string_member_with_default (p, "value", NULL);
        gboolean is_date = edit->op == CR_EDIT_ARTICLE_DATE;
        sqlite3_stmt *stmt = prepare (self, is_date
                                      ? "SELECT id, pub_value IS ?2 FROM articles WHERE source_key = ?1"
                                      : "SELECT id, language IS ?2 FROM articles WHERE source_key = ?1",
                                      error);
        gint64 article_id = 0;
        gboolean same = TRUE;
        CrDay first = 0, last = 0;
        CrGranularity g = CR_GRANULARITY_DAY;

        if (stmt == NULL)
          return FALSE;
        bind_text (stmt, 1, edit->key.article_key);
        bind_text (stmt, 2, value);
        if (sqlite3_step (stmt) == SQLITE_ROW)
          {
            article_id = sqlite3_column_int64 (stmt, 0);
            same = sqlite3_column_int (stmt, 1) != 0;
          }
        sqlite3_finalize (stmt);
        if (article_id == 0 || same)
          return TRUE;
        if (is_date && !parse_value (value, &first, &last, &g, error))
          return FALSE;

        stmt = prepare (self, is_date
                        ? "UPDATE articles SET pub_value = ?2, pub_first_day = ?3, pub_last_day = ?4,"
                          " pub_granularity = ?5, pub_source = 'user' WHERE id = ?1"
                        : "UPDATE articles SET language = ?2, language_declared = 1 WHERE id = ?1",
                        error);
        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, article_id);
        bind_text (stmt, 2, value);
        if (is_date)
          {
            sqlite3_bind_int64 (stmt, 3, first);
            sqlite3_bind_int64 (stmt, 4, last);
            bind_text (stmt, 5, cr_granularity_to_string (g));
          }
        if (!_cr_store_step_done (self, stmt, error))
          {
            sqlite3_finalize (stmt);
            return FALSE;
          }
        sqlite3_finalize (stmt);
        /* Relative dates are resolved against the corrected date. */
        return reextract_article (self, article_id, error);
      }

    case CR_N_EDITS:
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

static GArray *
load_edits (CrStore  *self,
            gboolean  undone,
            GError  **error)
{
  g_autoptr(GArray) edits = g_array_new (FALSE, TRUE, sizeof (Edit));
  sqlite3_stmt *stmt = prepare (self,
                                "SELECT seq, op, article_key, sentence_hash, value, payload"
                                " FROM edits WHERE undone = ?1 ORDER BY seq", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  g_array_set_clear_func (edits, (GDestroyNotify) edit_clear);
  sqlite3_bind_int (stmt, 1, undone ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Edit edit = { 0 };
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *p;

      edit.seq = sqlite3_column_int64 (stmt, 0);
      if (!op_from_string ((const char *) sqlite3_column_text (stmt, 1), &edit.op) ||
          !json_parser_load_from_data (parser, (const char *) sqlite3_column_text (stmt, 5), -1, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        continue; /* written by a newer Cronista: leave it alone */
      edit.payload = json_node_copy (json_parser_get_root (parser));
      p = json_node_get_object (edit.payload);
      if (json_object_has_member (p, "key"))
        key_from_json (json_object_get_object_member (p, "key"), &edit.key);
      else
        edit.key.article_key = column_dup (stmt, 2);
      g_array_append_val (edits, edit);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "edits");
      return NULL;
    }
  return g_steal_pointer (&edits);
}

gboolean
_cr_store_replay_edits (CrStore  *self,
                        GError  **error)
{
  g_autoptr(GArray) edits = NULL;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);

  if (query_int (self, "SELECT count (*) FROM edits WHERE undone = 0", 0, error) == 0)
    return TRUE;
  edits = load_edits (self, FALSE, error);
  if (edits == NULL)
    return FALSE;
  for (guint i = 0; i < edits->len; i++)
    if (!apply (self, &g_array_index (edits, Edit, i), error))
      return FALSE;
  return TRUE;
}

/* Every edit runs in a savepoint: all of it or nothing. */
static gboolean
begin (CrStore  *self,
       GError  **error)
{
  return _cr_store_exec (self, "SAVEPOINT cr_edit", error);
}

static gboolean
finish (CrStore   *self,
        gboolean   ok,
        GError   **error)
{
  if (ok)
    return _cr_store_exec (self, "RELEASE cr_edit", error);
  _cr_store_exec (self, "ROLLBACK TO cr_edit", NULL);
  _cr_store_exec (self, "RELEASE cr_edit", NULL);
  return FALSE;
}

/* Records a new edit (dropping what could have been redone), then
 * applies it. @payload is taken. */
static gboolean
record (CrStore     *self,
        CrEditOp     op,
        const Key   *key,
        JsonObject  *payload,
        gint64      *seq_out,
        GError     **error)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt;
  Edit edit = { 0 };
  gint64 seq;
  gboolean ok;

  json_object_set_member (payload, "key", key_to_json (key));
  json_node_take_object (node, payload);
  json_generator_set_root (gen, node);
  text = json_generator_to_data (gen, NULL);

  if (!begin (self, error))
    return FALSE;
  ok = run (self, "DELETE FROM edits WHERE undone = 1", 0, 0, 0, error);
  seq = ok ? query_int (self, "SELECT coalesce (max (seq), 0) + 1 FROM edits", 0, error) : -1;
  ok = ok && seq > 0;
  if (ok && (stmt = prepare (self, "INSERT INTO edits (seq, op, article_key, sentence_hash, value,"
                                   " payload, undone, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)",
                             error)) != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, seq);
      bind_text (stmt, 2, op_names[op]);
      bind_text (stmt, 3, key->article_key ? key->article_key : "");
      bind_text (stmt, 4, key->sentence_hash);
      bind_text (stmt, 5, key->value);
      bind_text (stmt, 6, text);
      sqlite3_bind_int64 (stmt, 7, g_get_real_time () / G_USEC_PER_SEC);
      ok = _cr_store_step_done (self, stmt, error);
      sqlite3_finalize (stmt);
    }
  else
    ok = FALSE;

  if (ok)
    {
      edit.seq = seq;
      edit.op = op;
      edit.key = *key;
      edit.payload = node;
      ok = apply (self, &edit, error);
    }
  if (ok && seq_out)
    *seq_out = seq;
  return finish (self, ok, error);
}

static gboolean
event_edit (CrStore     *self,
            gint64       event_id,
            CrEditOp     op,
            JsonObject  *payload,
            GError     **error)
{
  Key key = { 0 };
  gboolean ok;

  if (!key_of_event (self, event_id, &key, error))
    {
      json_object_unref (payload);
      return FALSE;
    }
  ok = record (self, op, &key, payload, NULL, error);
  key_clear (&key);
  return ok;
}

gboolean
cr_store_rename_event (CrStore     *self,
                       gint64       event_id,
                       const char  *title,
                       GError     **error)
{
  JsonObject *p;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  p = json_object_new ();
  json_object_set_string_member (p, "title", title);
  return event_edit (self, event_id, CR_EDIT_RENAME, p, error);
}

gboolean
cr_store_redate_event (CrStore     *self,
                       gint64       event_id,
                       const char  *value,
                       GError     **error)
{
  CrDay first, last;
  CrGranularity g;
  JsonObject *p;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);

  if (!parse_value (value, &first, &last, &g, error))
    return FALSE;
  p = json_object_new ();
  json_object_set_string_member (p, "value", value);
  return event_edit (self, event_id, CR_EDIT_REDATE, p, error);
}

gboolean
cr_store_set_event_kind (CrStore      *self,
                         gint64        event_id,
                         CrEventKind   kind,
                         GError      **error)
{
  JsonObject *p;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind < CR_N_EVENT_KINDS, FALSE);

  p = json_object_new ();
  json_object_set_string_member (p, "kind", cr_event_kind_to_string (kind));
  return event_edit (self, event_id, CR_EDIT_KIND, p, error);
}

gboolean
cr_store_hide_event (CrStore  *self,
                     gint64    event_id,
                     GError  **error)
{
  g_return_val_if_fail (CR_IS_STORE (self), FALSE);

  return event_edit (self, event_id, CR_EDIT_HIDE, json_object_new (), error);
}

gboolean
cr_store_merge_events (CrStore  *self,
                       gint64    event_id,
                       gint64    other_id,
                       GError  **error)
{
  Key other = { 0 };
  JsonObject *p;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);

  if (event_id == other_id)
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_FAILED,
                   _("An event cannot be merged with itself."));
      return FALSE;
    }
  if (!key_of_event (self, other_id, &other, error))
    return FALSE;
  p = json_object_new ();
  json_object_set_member (p, "other", key_to_json (&other));
  key_clear (&other);
  return event_edit (self, event_id, CR_EDIT_MERGE, p, error);
}

gboolean
cr_store_split_mention (CrStore  *self,
                        gint64    event_id,
                        gint64    mention_id,
                        gint64   *new_event_id,
                        GError  **error)
{
  sqlite3_stmt *stmt;
  JsonObject *p, *m;
  gboolean found = FALSE;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);

  stmt = prepare (self, "SELECT a.source_key, m.sentence_hash, m.value FROM event_mentions em"
                        " JOIN mentions m ON m.id = em.mention_id JOIN articles a ON a.id = em.article_id"
                        " WHERE em.event_id = ?1 AND em.mention_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, mention_id);
  p = json_object_new ();
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      m = json_object_new ();
      json_object_set_string_member (m, "article", (const char *) sqlite3_column_text (stmt, 0));
      json_object_set_string_member (m, "sentence", (const char *) sqlite3_column_text (stmt, 1));
      json_object_set_string_member (m, "value", (const char *) sqlite3_column_text (stmt, 2));
      json_object_set_object_member (p, "mention", m);
      found = TRUE;
    }
  sqlite3_finalize (stmt);
  if (!found)
    {
      json_object_unref (p);
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND,
                   _("Mention %lld is not part of event %lld."),
                   (long long) mention_id, (long long) event_id);
      return FALSE;
    }
  if (!event_edit (self, event_id, CR_EDIT_SPLIT, p, error))
    return FALSE;
  if (new_event_id)
    *new_event_id = query_int (self, "SELECT event_id FROM event_mentions WHERE mention_id = ?1"
                                     " ORDER BY event_id DESC LIMIT 1", mention_id, NULL);
  return TRUE;
}

gboolean
cr_store_add_event (CrStore      *self,
                    const char   *value,
                    CrEventKind   kind,
                    const char   *title,
                    gint64       *new_event_id,
                    GError      **error)
{
  Key key = { 0 };
  CrDay first, last;
  CrGranularity g;
  JsonObject *p;
  gint64 seq = 0;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  if (!parse_value (value, &first, &last, &g, error))
    return FALSE;
  p = json_object_new ();
  json_object_set_string_member (p, "value", value);
  json_object_set_string_member (p, "kind", cr_event_kind_to_string (kind));
  json_object_set_string_member (p, "title", title);
  if (!record (self, CR_EDIT_ADD, &key, p, &seq, error))
    return FALSE;
  if (new_event_id)
    *new_event_id = query_int (self, "SELECT id FROM events WHERE edit_seq = ?1", seq, NULL);
  return TRUE;
}

static gboolean
article_edit (CrStore     *self,
              gint64       article_id,
              CrEditOp     op,
              const char  *value,
              GError     **error)
{
  Key key = { 0 };
  sqlite3_stmt *stmt = prepare (self, "SELECT source_key, pub_value, language FROM articles WHERE id = ?1", error);
  JsonObject *p;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  p = json_object_new ();
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      key.article_key = column_dup (stmt, 0);
      /* What to go back to on undo. */
      if (sqlite3_column_type (stmt, op == CR_EDIT_ARTICLE_DATE ? 1 : 2) != SQLITE_NULL)
        json_object_set_string_member (p, "previous",
                                       (const char *) sqlite3_column_text (stmt, op == CR_EDIT_ARTICLE_DATE ? 1 : 2));
    }
  sqlite3_finalize (stmt);
  if (key.article_key == NULL)
    {
      json_object_unref (p);
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND,
                   _("There is no article %lld in the library."), (long long) article_id);
      return FALSE;
    }
  json_object_set_string_member (p, "value", value);
  ok = record (self, op, &key, p, NULL, error);
  key_clear (&key);
  return ok;
}

gboolean
cr_store_set_article_date (CrStore     *self,
                           gint64       article_id,
                           const char  *value,
                           GError     **error)
{
  CrDay first, last;
  CrGranularity g;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);

  if (!parse_value (value, &first, &last, &g, error))
    return FALSE;
  return article_edit (self, article_id, CR_EDIT_ARTICLE_DATE, value, error);
}

gboolean
cr_store_set_article_language (CrStore     *self,
                               gint64       article_id,
                               CrLanguage   language,
                               GError     **error)
{
  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  g_return_val_if_fail (language != CR_LANGUAGE_AUTO, FALSE);

  return article_edit (self, article_id, CR_EDIT_ARTICLE_LANGUAGE,
                       cr_language_to_string (language), error);
}

/* Articles whose events an edit touches now: re-extracting them (and
 * replaying the other edits) takes the edit's effect away. */
static gboolean
collect_articles (CrStore     *self,
                  const Edit  *edit,
                  GArray      *articles,
                  GError     **error)
{
  JsonObject *p = json_node_get_object (edit->payload);
  Key keys[2];
  Key other = { 0 };
  gboolean ok = TRUE;

  if (edit->op == CR_EDIT_ARTICLE_DATE || edit->op == CR_EDIT_ARTICLE_LANGUAGE)
    {
      sqlite3_stmt *stmt = prepare (self, "SELECT id FROM articles WHERE source_key = ?1", error);

      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, edit->key.article_key);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (articles, id);
        }
      sqlite3_finalize (stmt);
      return TRUE;
    }

  keys[0] = edit->key;
  if (edit->op == CR_EDIT_MERGE && json_object_has_member (p, "other"))
    key_from_json (json_object_get_object_member (p, "other"), &other);
  if (edit->op == CR_EDIT_SPLIT && json_object_has_member (p, "mention"))
    key_from_json (json_object_get_object_member (p, "mention"), &other);
  keys[1] = other;

  /* Whatever kind the edit gave them, the events that hold the key's
   * mention, and every article linked to those events. */
  for (guint i = 0; ok && i < G_N_ELEMENTS (keys); i++)
    {
      sqlite3_stmt *stmt;

      if (keys[i].article_key == NULL)
        continue;
      stmt = prepare (self,
                      "SELECT DISTINCT em2.article_id FROM mentions m"
                      " JOIN articles a ON a.id = m.article_id"
                      " JOIN event_mentions em ON em.mention_id = m.id"
                      " JOIN event_mentions em2 ON em2.event_id = em.event_id"
                      " WHERE a.source_key = ?1 AND m.sentence_hash = ?2 AND m.value = ?3",
                      error);
      if (stmt == NULL)
        {
          ok = FALSE;
          break;
        }
      bind_text (stmt, 1, keys[i].article_key);
      bind_text (stmt, 2, keys[i].sentence_hash);
      bind_text (stmt, 3, keys[i].value);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (articles, id);
        }
      sqlite3_finalize (stmt);
    }
  key_clear (&other);
  return ok;
}

static gboolean
restore_article (CrStore     *self,
                 const Edit  *edit,
                 GError     **error)
{
  JsonObject *p = json_node_get_object (edit->payload);
  const char *previous = json_object_get_string_member_with_default (p, "previous", NULL);
  gboolean is_date = edit->op == CR_EDIT_ARTICLE_DATE;
  CrDay first = 0, last = 0;
  CrGranularity g = CR_GRANULARITY_DAY;
  sqlite3_stmt *stmt;
  gboolean ok;

  if (is_date && previous != NULL && !parse_value (previous, &first, &last, &g, error))
    return FALSE;
  stmt = prepare (self, is_date
                  ? "UPDATE articles SET pub_value = ?2, pub_first_day = ?3, pub_last_day = ?4,"
                    " pub_granularity = ?5 WHERE source_key = ?1"
                  : "UPDATE articles SET language = coalesce (?2, language) WHERE source_key = ?1",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, edit->key.article_key);
  bind_text (stmt, 2, previous);
  if (is_date && previous != NULL)
    {
      sqlite3_bind_int64 (stmt, 3, first);
      sqlite3_bind_int64 (stmt, 4, last);
      bind_text (stmt, 5, cr_granularity_to_string (g));
    }
  ok = _cr_store_step_done (self, stmt, error);
  sqlite3_finalize (stmt);
  return ok;
}

gboolean
cr_store_undo (CrStore   *self,
               CrEditOp  *op,
               GError   **error)
{
  g_autoptr(GArray) edits = NULL;
  g_autoptr(GArray) articles = g_array_new (FALSE, FALSE, sizeof (gint64));
  const Edit *last;
  gboolean ok;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);

  edits = load_edits (self, FALSE, error);
  if (edits == NULL)
    return FALSE;
  if (edits->len == 0)
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND, _("There is nothing to undo."));
      return FALSE;
    }
  last = &g_array_index (edits, Edit, edits->len - 1);

  if (!begin (self, error))
    return FALSE;
  ok = collect_articles (self, last, articles, error) &&
       run (self, "UPDATE edits SET undone = 1 WHERE seq = ?1", last->seq, 0, 0, error);
  if (ok && last->op == CR_EDIT_ADD)
    ok = run (self, "DELETE FROM events WHERE edit_seq = ?1", last->seq, 0, 0, error);
  if (ok && (last->op == CR_EDIT_ARTICLE_DATE || last->op == CR_EDIT_ARTICLE_LANGUAGE))
    ok = restore_article (self, last, error);
  /* Rebuild what the edit touched from the articles, then apply the
   * edits that remain. */
  ok = ok && reextract_articles (self, articles, NULL, NULL, error);
  ok = ok && _cr_store_replay_edits (self, error);
  if (ok && op)
    *op = last->op;
  return finish (self, ok, error);
}

gboolean
cr_store_redo (CrStore   *self,
               CrEditOp  *op,
               GError   **error)
{
  g_autoptr(GArray) edits = NULL;
  const Edit *next;
  gboolean ok;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);

  edits = load_edits (self, TRUE, error);
  if (edits == NULL)
    return FALSE;
  if (edits->len == 0)
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND, _("There is nothing to redo."));
      return FALSE;
    }
  next = &g_array_index (edits, Edit, 0);

  if (!begin (self, error))
    return FALSE;
  ok = run (self, "UPDATE edits SET undone = 0 WHERE seq = ?1", next->seq, 0, 0, error) &&
       apply (self, next, error);
  if (ok && op)
    *op = next->op;
  return finish (self, ok, error);
}

guint
cr_store_count_edits (CrStore   *self,
                      gboolean   undone,
                      GError   **error)
{
  gint64 n;

  g_return_val_if_fail (CR_IS_STORE (self), 0);

  n = query_int (self, undone ? "SELECT count (*) FROM edits WHERE undone = 1"
                              : "SELECT count (*) FROM edits WHERE undone = 0", 0, error);
  return n < 0 ? 0 : (guint) n;
}

gboolean
cr_store_reextract (CrStore   *self,
                    void     (*progress) (guint done, guint total, gpointer user_data),
                    gpointer   user_data,
                    GError   **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);

  stmt = prepare (self, "SELECT id FROM articles ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);

  if (!begin (self, error))
    return FALSE;
  ok = reextract_articles (self, ids, progress, user_data, error) &&
       _cr_store_replay_edits (self, error);
  return finish (self, ok, error);
}
