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

gboolean
_cr_edit_record (CrStore     *self,
                 CrEditOp     op,
                 const Key   *key,
                 JsonObject  *payload,
                 gint64      *seq_out,
                 GError     **error)
{
  return record (self, op, key, payload, seq_out, error);
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


void
cr_edit_record_free (CrEditRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->op);
  g_free (record->article_key);
  g_free (record->sentence_hash);
  g_free (record->value);
  g_free (record->payload);
  g_free (record);
}

GPtrArray *
cr_store_dup_edit_records (CrStore  *self,
                           GError  **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_edit_record_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CR_IS_STORE (self), NULL);

  stmt = _cr_store_prepare (self, "SELECT op, article_key, sentence_hash, value, payload, undone, seq"
                                  " FROM edits ORDER BY seq", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrEditRecord *r = g_new0 (CrEditRecord, 1);

      r->op = _cr_store_column_dup (stmt, 0);
      r->article_key = _cr_store_column_dup (stmt, 1);
      r->sentence_hash = _cr_store_column_dup (stmt, 2);
      r->value = _cr_store_column_dup (stmt, 3);
      r->payload = _cr_store_column_dup (stmt, 4);
      r->undone = sqlite3_column_int (stmt, 5) != 0;
      r->seq = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (records, r);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "edits");
      return NULL;
    }
  return g_steal_pointer (&records);
}

/* A manual event is named by the number of the edit that added it
 * ("edit" in a key): follow the edits to their new numbers. */
static void
renumber_key (JsonObject *key,
              GPtrArray  *records,
              gint64      base)
{
  gint64 old;

  if (key == NULL || !json_object_has_member (key, "edit"))
    return;
  old = json_object_get_int_member (key, "edit");
  for (guint i = 0; i < records->len; i++)
    if (((CrEditRecord *) g_ptr_array_index (records, i))->seq == old)
      {
        json_object_set_int_member (key, "edit", base + i + 1);
        return;
      }
}

static char *
renumber_payload (const char *payload,
                  GPtrArray  *records,
                  gint64      base)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  JsonObject *o;

  if (!json_parser_load_from_data (parser, payload, -1, NULL))
    return g_strdup (payload);
  o = json_node_get_object (json_parser_get_root (parser));
  if (json_object_has_member (o, "key"))
    renumber_key (json_object_get_object_member (o, "key"), records, base);
  if (json_object_has_member (o, "other"))
    renumber_key (json_object_get_object_member (o, "other"), records, base);
  json_generator_set_root (gen, json_parser_get_root (parser));
  return json_generator_to_data (gen, NULL);
}

gboolean
cr_store_add_edit_records (CrStore    *self,
                           GPtrArray  *records,
                           GError    **error)
{
  gboolean ok = TRUE;
  gint64 seq;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  for (guint i = 0; i < records->len; i++)
    {
      CrEditRecord *r = g_ptr_array_index (records, i);
      g_autoptr(JsonParser) parser = json_parser_new ();
      CrEditOp op;

      if (!_cr_edit_op_from_string (r->op, &op) ||
          r->payload == NULL || !json_parser_load_from_data (parser, r->payload, -1, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        {
          g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_FAILED,
                       _("Edit %u of the library is not one Cronista knows (“%s”)."),
                       i + 1, r->op ? r->op : "");
          return FALSE;
        }
    }

  if (!_cr_edit_begin (self, error))
    return FALSE;
  seq = _cr_store_query_int (self, "SELECT coalesce (max (seq), 0) FROM edits", 0, error);
  ok = seq >= 0;
  for (guint i = 0; ok && i < records->len; i++)
    {
      CrEditRecord *r = g_ptr_array_index (records, i);
      g_autofree char *payload = renumber_payload (r->payload, records, seq);
      sqlite3_stmt *stmt = _cr_store_prepare (self, "INSERT INTO edits (seq, op, article_key, sentence_hash,"
                                                    " value, payload, undone, created_at)"
                                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);

      if (stmt == NULL)
        {
          ok = FALSE;
          break;
        }
      sqlite3_bind_int64 (stmt, 1, seq + i + 1);
      _cr_store_bind_text (stmt, 2, r->op);
      _cr_store_bind_text (stmt, 3, r->article_key ? r->article_key : "");
      _cr_store_bind_text (stmt, 4, r->sentence_hash);
      _cr_store_bind_text (stmt, 5, r->value);
      _cr_store_bind_text (stmt, 6, payload);
      sqlite3_bind_int (stmt, 7, r->undone ? 1 : 0);
      sqlite3_bind_int64 (stmt, 8, g_get_real_time () / G_USEC_PER_SEC);
      ok = _cr_store_step_done (self, stmt, error);
      sqlite3_finalize (stmt);
    }
  /* Manual events belong to the edit that added them: renumbered edits
   * keep their payload, so the replay adds them again under new numbers. */
  ok = ok && _cr_store_replay_edits (self, error);
  return _cr_edit_finish (self, ok, error);
}
