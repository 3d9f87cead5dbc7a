/* cr-store-edits.c: user edits of events, recorded in the library
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

  json_object_set_member (payload, "key", _cr_edit_key_to_json (key));
  json_node_take_object (node, payload);
  json_generator_set_root (gen, node);
  text = json_generator_to_data (gen, NULL);

  if (!_cr_edit_begin (self, error))
    return FALSE;
  ok = _cr_store_run (self, "DELETE FROM edits WHERE undone = 1", 0, 0, 0, error);
  seq = ok ? _cr_store_query_int (self, "SELECT coalesce (max (seq), 0) + 1 FROM edits", 0, error) : -1;
  ok = ok && seq > 0;
  if (ok && (stmt = _cr_store_prepare (self, "INSERT INTO edits (seq, op, article_key, sentence_hash, value,"
                                   " payload, undone, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)",
                             error)) != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, seq);
      _cr_store_bind_text (stmt, 2, cr_edit_op_to_string (op));
      _cr_store_bind_text (stmt, 3, key->article_key ? key->article_key : "");
      _cr_store_bind_text (stmt, 4, key->sentence_hash);
      _cr_store_bind_text (stmt, 5, key->value);
      _cr_store_bind_text (stmt, 6, text);
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
      ok = _cr_edit_apply (self, &edit, error);
    }
  if (ok && seq_out)
    *seq_out = seq;
  return _cr_edit_finish (self, ok, error);
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

  if (!_cr_edit_key_of_event (self, event_id, &key, error))
    {
      json_object_unref (payload);
      return FALSE;
    }
  ok = record (self, op, &key, payload, NULL, error);
  _cr_edit_key_clear (&key);
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

  if (!_cr_edit_parse_value (value, &first, &last, &g, error))
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
  if (!_cr_edit_key_of_event (self, other_id, &other, error))
    return FALSE;
  p = json_object_new ();
  json_object_set_member (p, "other", _cr_edit_key_to_json (&other));
  _cr_edit_key_clear (&other);
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

  stmt = _cr_store_prepare (self, "SELECT a.source_key, m.sentence_hash, m.value FROM event_mentions em"
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
    *new_event_id = _cr_store_query_int (self, "SELECT event_id FROM event_mentions WHERE mention_id = ?1"
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

  if (!_cr_edit_parse_value (value, &first, &last, &g, error))
    return FALSE;
  p = json_object_new ();
  json_object_set_string_member (p, "value", value);
  json_object_set_string_member (p, "kind", cr_event_kind_to_string (kind));
  json_object_set_string_member (p, "title", title);
  if (!record (self, CR_EDIT_ADD, &key, p, &seq, error))
    return FALSE;
  if (new_event_id)
    *new_event_id = _cr_store_query_int (self, "SELECT id FROM events WHERE edit_seq = ?1", seq, NULL);
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
  sqlite3_stmt *stmt = _cr_store_prepare (self, "SELECT source_key, pub_value, language FROM articles WHERE id = ?1", error);
  JsonObject *p;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  p = json_object_new ();
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      key.article_key = _cr_store_column_dup (stmt, 0);
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
  _cr_edit_key_clear (&key);
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

  if (!_cr_edit_parse_value (value, &first, &last, &g, error))
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

