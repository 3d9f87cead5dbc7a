/* cr-store-edits-apply.c: how an edit names its event, and applies over the events
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
#include "cr-store-edits-private.h"
#include "cr-store-events.h"

static const char * const op_names[CR_N_EDITS] = {
  "rename", "redate", "kind", "hide", "merge", "split", "add",
  "article-date", "article-language", "remove-article",
};

void
_cr_edit_key_clear (Key *key)
{
  g_clear_pointer (&key->article_key, g_free);
  g_clear_pointer (&key->sentence_hash, g_free);
  g_clear_pointer (&key->value, g_free);
  g_clear_pointer (&key->kind, g_free);
  key->edit_seq = 0;
}

void
_cr_edit_clear (Edit *edit)
{
  _cr_edit_key_clear (&edit->key);
  g_clear_pointer (&edit->payload, json_node_unref);
}

const char *
cr_edit_op_to_string (CrEditOp op)
{
  g_return_val_if_fail (op < CR_N_EDITS, NULL);

  return op_names[op];
}

gboolean
_cr_edit_op_from_string (const char *str,
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

/* The key of a stored event: its first mention, or the edit that made it. */
gboolean
_cr_edit_key_of_event (CrStore  *self,
                       gint64    event_id,
                       Key      *key,
                       GError  **error)
{
  sqlite3_stmt *stmt = _cr_store_prepare (self, "SELECT edit_seq, kind FROM events WHERE id = ?1", error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    {
      key->edit_seq = sqlite3_column_int64 (stmt, 0);
      key->kind = _cr_store_column_dup (stmt, 1);
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

  stmt = _cr_store_prepare (self,
                  "SELECT a.source_key, m.sentence_hash, m.value FROM event_mentions em"
                  " JOIN mentions m ON m.id = em.mention_id JOIN articles a ON a.id = em.article_id"
                  " WHERE em.event_id = ?1 ORDER BY a.source_key, m.field, m.start_char LIMIT 1",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      key->article_key = _cr_store_column_dup (stmt, 0);
      key->sentence_hash = _cr_store_column_dup (stmt, 1);
      key->value = _cr_store_column_dup (stmt, 2);
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

/* The event a key names now, 0 when it is gone. */
gint64
_cr_edit_resolve (CrStore    *self,
                  const Key  *key,
                  GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (key->edit_seq != 0)
    return _cr_store_query_int (self, "SELECT id FROM events WHERE edit_seq = ?1", key->edit_seq, error);
  if (key->article_key == NULL)
    return 0;

  stmt = _cr_store_prepare (self,
                  "SELECT em.event_id FROM mentions m JOIN articles a ON a.id = m.article_id"
                  " JOIN event_mentions em ON em.mention_id = m.id"
                  " JOIN events e ON e.id = em.event_id"
                  " WHERE a.source_key = ?1 AND m.sentence_hash = ?2 AND m.value = ?3"
                  " AND e.kind = ?4 ORDER BY em.event_id LIMIT 1",
                  error);
  if (stmt == NULL)
    return -1;
  _cr_store_bind_text (stmt, 1, key->article_key);
  _cr_store_bind_text (stmt, 2, key->sentence_hash);
  _cr_store_bind_text (stmt, 3, key->value);
  _cr_store_bind_text (stmt, 4, key->kind);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

/* A mention named like a key, without the kind. */
gint64
_cr_edit_resolve_mention (CrStore    *self,
                          JsonObject *mention,
                          GError    **error)
{
  sqlite3_stmt *stmt = _cr_store_prepare (self,
                                "SELECT m.id FROM mentions m JOIN articles a ON a.id = m.article_id"
                                " WHERE a.source_key = ?1 AND m.sentence_hash = ?2 AND m.value = ?3"
                                " ORDER BY m.field, m.start_char LIMIT 1",
                                error);
  gint64 id = 0;

  if (stmt == NULL)
    return -1;
  _cr_store_bind_text (stmt, 1, json_object_get_string_member_with_default (mention, "article", NULL));
  _cr_store_bind_text (stmt, 2, json_object_get_string_member_with_default (mention, "sentence", NULL));
  _cr_store_bind_text (stmt, 3, json_object_get_string_member_with_default (mention, "value", NULL));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return id;
}

JsonNode *
_cr_edit_key_to_json (const Key *key)
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

void
_cr_edit_key_from_json (JsonObject *o,
                        Key        *key)
{
  key->article_key = g_strdup (json_object_get_string_member_with_default (o, "article", NULL));
  key->sentence_hash = g_strdup (json_object_get_string_member_with_default (o, "sentence", NULL));
  key->value = g_strdup (json_object_get_string_member_with_default (o, "value", NULL));
  key->kind = g_strdup (json_object_get_string_member_with_default (o, "kind", NULL));
  key->edit_seq = json_object_get_int_member_with_default (o, "edit", 0);
}

/* Parses a TIMEX3 day, month or year. */
gboolean
_cr_edit_parse_value (const char    *value,
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

gboolean
_cr_edit_reextract_article (CrStore  *self,
                            gint64    article_id,
                            GError  **error)
{
  g_autoptr(CrArticle) article = cr_store_get_article (self, article_id, error);

  return article != NULL && _cr_store_extract_article (self, article, TRUE, error);
}

/* Re-extracts a set of articles from scratch: all of them are forgotten
 * first, so that no event survives on another one's mention and pulls
 * the fresh candidates back into its old shape. An article listed twice
 * (an undo collects those of two events) is extracted once. */
gboolean
_cr_edit_reextract_articles (CrStore  *self,
                             GArray   *ids,
                             void    (*progress) (guint done, guint total, gpointer user_data),
                             gpointer  user_data,
                             GError  **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) once = g_array_sized_new (FALSE, FALSE, sizeof (gint64), ids->len);

  for (guint i = 0; i < ids->len; i++)
    if (g_hash_table_add (seen, &g_array_index (ids, gint64, i)))
      g_array_append_val (once, g_array_index (ids, gint64, i));
  g_clear_pointer (&seen, g_hash_table_unref);
  ids = once;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (!_cr_store_forget_article_events (self, id, error) ||
          !_cr_store_run (self, "DELETE FROM mentions WHERE article_id = ?1", id, 0, 0, error))
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
  sqlite3_stmt *stmt = _cr_store_prepare (self, "SELECT 1 FROM event_mentions WHERE mention_id = ?1 AND event_id = ?2", NULL);
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
gboolean
_cr_edit_apply (CrStore     *self,
                const Edit  *edit,
                GError     **error)
{
  JsonObject *p = json_node_get_object (edit->payload);
  gint64 event_id = 0;

  if (edit->op == CR_EDIT_REMOVE_ARTICLE)
    return _cr_edit_apply_remove (self, edit, error);
  if (edit->op != CR_EDIT_ADD && edit->op != CR_EDIT_ARTICLE_DATE &&
      edit->op != CR_EDIT_ARTICLE_LANGUAGE)
    {
      event_id = _cr_edit_resolve (self, &edit->key, error);
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
        sqlite3_stmt *stmt = _cr_store_prepare (self, edit->op == CR_EDIT_RENAME
                                            ? "UPDATE events SET title = ?2 WHERE id = ?1"
                                            : "UPDATE events SET kind = ?2 WHERE id = ?1", error);
        gboolean ok;

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, event_id);
        _cr_store_bind_text (stmt, 2, json_object_get_string_member_with_default (p, edit->op == CR_EDIT_RENAME ? "title" : "kind", ""));
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

        if (!_cr_edit_parse_value (value, &first, &last, &g, error))
          return FALSE;
        stmt = _cr_store_prepare (self, "UPDATE events SET value = ?2, first_day = ?3, last_day = ?4,"
                              " granularity = ?5 WHERE id = ?1", error);
        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, event_id);
        _cr_store_bind_text (stmt, 2, value);
        sqlite3_bind_int64 (stmt, 3, first);
        sqlite3_bind_int64 (stmt, 4, last);
        _cr_store_bind_text (stmt, 5, cr_granularity_to_string (g));
        ok = _cr_store_step_done (self, stmt, error);
        sqlite3_finalize (stmt);
        return ok;
      }

    case CR_EDIT_HIDE:
      return _cr_store_run (self, "UPDATE events SET hidden = 1 WHERE id = ?1", event_id, 0, 0, error);

    case CR_EDIT_MERGE:
      {
        Key other = { 0 };
        gint64 other_id;

        if (!json_object_has_member (p, "other"))
          return TRUE;
        _cr_edit_key_from_json (json_object_get_object_member (p, "other"), &other);
        other_id = _cr_edit_resolve (self, &other, error);
        _cr_edit_key_clear (&other);
        if (other_id < 0)
          return FALSE;
        if (other_id == 0 || other_id == event_id)
          return TRUE;
        return _cr_store_run (self, "UPDATE OR IGNORE event_mentions SET event_id = ?1 WHERE event_id = ?2",
                    event_id, other_id, 0, error) &&
               _cr_store_run (self, "INSERT OR IGNORE INTO event_entities (event_id, entity_id, role,"
                          " event_kind, event_first_day, event_last_day)"
                          " SELECT ?1, ee.entity_id, ee.role, ev.kind, ev.first_day, ev.last_day"
                          " FROM event_entities ee, events ev"
                          " WHERE ee.event_id = ?2 AND ee.role = 'participant' AND ev.id = ?1",
                    event_id, other_id, 0, error) &&
               _cr_store_run (self, "DELETE FROM events WHERE id = ?1", other_id, 0, 0, error);
      }

    case CR_EDIT_SPLIT:
      {
        gint64 mention_id, n, new_id;

        if (!json_object_has_member (p, "mention"))
          return TRUE;
        mention_id = _cr_edit_resolve_mention (self, json_object_get_object_member (p, "mention"), error);
        if (mention_id <= 0)
          return mention_id == 0;
        n = _cr_store_query_int (self, "SELECT count (*) FROM event_mentions WHERE event_id = ?1", event_id, error);
        if (n < 0)
          return FALSE;
        /* Already on its own, or not in that event any more. */
        if (n <= 1 || !mention_in_event (self, mention_id, event_id))
          return TRUE;
        if (!_cr_store_run (self, "INSERT INTO events (value, first_day, last_day, granularity, kind,"
                        " title, confidence, extractor_version, created_at)"
                        " SELECT m.value, m.first_day, m.last_day, m.granularity, e.kind, e.title,"
                        " e.confidence, m.extractor_version, e.created_at"
                        " FROM mentions m, events e WHERE m.id = ?1 AND e.id = ?2",
                  mention_id, event_id, 0, error))
          return FALSE;
        new_id = sqlite3_last_insert_rowid (self->db);
        return _cr_store_run (self, "UPDATE event_mentions SET event_id = ?1 WHERE event_id = ?2 AND mention_id = ?3",
                    new_id, event_id, mention_id, error) &&
               _cr_store_run (self, "INSERT INTO event_entities (event_id, entity_id, role,"
                          " event_kind, event_first_day, event_last_day)"
                          " SELECT ?1, ee.entity_id, ee.role, ev.kind, ev.first_day, ev.last_day"
                          " FROM event_entities ee, events ev WHERE ee.event_id = ?2 AND ev.id = ?1",
                    new_id, event_id, 0, error);
      }

    case CR_EDIT_ADD:
      {
        const char *value = json_object_get_string_member_with_default (p, "value", NULL);
        CrDay first, last;
        CrGranularity g;
        sqlite3_stmt *stmt;
        gboolean ok;

        if (_cr_store_query_int (self, "SELECT count (*) FROM events WHERE edit_seq = ?1", edit->seq, error) != 0)
          return TRUE;
        if (!_cr_edit_parse_value (value, &first, &last, &g, error))
          return FALSE;
        stmt = _cr_store_prepare (self, "INSERT INTO events (value, first_day, last_day, granularity, kind,"
                              " title, confidence, extractor_version, created_at, edit_seq)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1.0, 0, ?7, ?8)", error);
        if (stmt == NULL)
          return FALSE;
        _cr_store_bind_text (stmt, 1, value);
        sqlite3_bind_int64 (stmt, 2, first);
        sqlite3_bind_int64 (stmt, 3, last);
        _cr_store_bind_text (stmt, 4, cr_granularity_to_string (g));
        _cr_store_bind_text (stmt, 5, json_object_get_string_member_with_default (p, "kind", "other"));
        _cr_store_bind_text (stmt, 6, json_object_get_string_member_with_default (p, "title", ""));
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
        sqlite3_stmt *stmt = _cr_store_prepare (self, is_date
                                      ? "SELECT id, pub_value IS ?2 FROM articles WHERE source_key = ?1"
                                      : "SELECT id, language IS ?2 FROM articles WHERE source_key = ?1",
                                      error);
        gint64 article_id = 0;
        gboolean same = TRUE;
        CrDay first = 0, last = 0;
        CrGranularity g = CR_GRANULARITY_DAY;

        if (stmt == NULL)
          return FALSE;
        _cr_store_bind_text (stmt, 1, edit->key.article_key);
        _cr_store_bind_text (stmt, 2, value);
        if (sqlite3_step (stmt) == SQLITE_ROW)
          {
            article_id = sqlite3_column_int64 (stmt, 0);
            same = sqlite3_column_int (stmt, 1) != 0;
          }
        sqlite3_finalize (stmt);
        if (article_id == 0 || same)
          return TRUE;
        if (is_date && !_cr_edit_parse_value (value, &first, &last, &g, error))
          return FALSE;

        stmt = _cr_store_prepare (self, is_date
                        ? "UPDATE articles SET pub_value = ?2, pub_first_day = ?3, pub_last_day = ?4,"
                          " pub_granularity = ?5, pub_source = 'user' WHERE id = ?1"
                        : "UPDATE articles SET language = ?2, language_declared = 1 WHERE id = ?1",
                        error);
        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, article_id);
        _cr_store_bind_text (stmt, 2, value);
        if (is_date)
          {
            sqlite3_bind_int64 (stmt, 3, first);
            sqlite3_bind_int64 (stmt, 4, last);
            _cr_store_bind_text (stmt, 5, cr_granularity_to_string (g));
          }
        if (!_cr_store_step_done (self, stmt, error))
          {
            sqlite3_finalize (stmt);
            return FALSE;
          }
        sqlite3_finalize (stmt);
        /* Relative dates are resolved against the corrected date. */
        return _cr_edit_reextract_article (self, article_id, error);
      }

    case CR_N_EDITS:
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

GArray *
_cr_edit_load (CrStore  *self,
               gboolean  undone,
               GError  **error)
{
  g_autoptr(GArray) edits = g_array_new (FALSE, TRUE, sizeof (Edit));
  sqlite3_stmt *stmt = _cr_store_prepare (self,
                                "SELECT seq, op, article_key, sentence_hash, value, payload"
                                " FROM edits WHERE undone = ?1 ORDER BY seq", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  g_array_set_clear_func (edits, (GDestroyNotify) _cr_edit_clear);
  sqlite3_bind_int (stmt, 1, undone ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Edit edit = { 0 };
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *p;

      edit.seq = sqlite3_column_int64 (stmt, 0);
      if (!_cr_edit_op_from_string ((const char *) sqlite3_column_text (stmt, 1), &edit.op) ||
          !json_parser_load_from_data (parser, (const char *) sqlite3_column_text (stmt, 5), -1, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        continue; /* written by a newer Cronista: leave it alone */
      edit.payload = json_node_copy (json_parser_get_root (parser));
      p = json_node_get_object (edit.payload);
      if (json_object_has_member (p, "key"))
        _cr_edit_key_from_json (json_object_get_object_member (p, "key"), &edit.key);
      else
        edit.key.article_key = _cr_store_column_dup (stmt, 2);
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

  {
    sqlite3_stmt *stmt = _cr_store_stmt (self, STMT_COUNT_LIVE_EDITS, error);
    gint64 n;

    if (stmt == NULL)
      return FALSE;
    if (sqlite3_step (stmt) != SQLITE_ROW)
      {
        _cr_store_set_error (self, error, "edits");
        sqlite3_reset (stmt);
        return FALSE;
      }
    n = sqlite3_column_int64 (stmt, 0);
    sqlite3_reset (stmt);
    if (n == 0)
      return TRUE;
  }
  edits = _cr_edit_load (self, FALSE, error);
  if (edits == NULL)
    return FALSE;
  for (guint i = 0; i < edits->len; i++)
    {
      const Edit *edit = &g_array_index (edits, Edit, i);

      /* An article imported again after its removal stays: the user
       * asked for it. */
      if (edit->op == CR_EDIT_REMOVE_ARTICLE)
        continue;
      if (!_cr_edit_apply (self, edit, error))
        return FALSE;
    }
  return TRUE;
}

/* Every edit runs in a savepoint: all of it or nothing. */
gboolean
_cr_edit_begin (CrStore  *self,
                GError  **error)
{
  return _cr_store_exec (self, "SAVEPOINT cr_edit", error);
}

gboolean
_cr_edit_finish (CrStore   *self,
                 gboolean   ok,
                 GError   **error)
{
  if (ok)
    return _cr_store_exec (self, "RELEASE cr_edit", error);
  _cr_store_forget_entity_ids (self);
  _cr_store_exec (self, "ROLLBACK TO cr_edit", NULL);
  _cr_store_exec (self, "RELEASE cr_edit", NULL);
  return FALSE;
}

