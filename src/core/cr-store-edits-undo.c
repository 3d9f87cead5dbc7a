/* cr-store-edits-undo.c: undo, redo and re-extraction that keeps edits
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
      sqlite3_stmt *stmt = _cr_store_prepare (self, "SELECT id FROM articles WHERE source_key = ?1", error);

      if (stmt == NULL)
        return FALSE;
      _cr_store_bind_text (stmt, 1, edit->key.article_key);
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
    _cr_edit_key_from_json (json_object_get_object_member (p, "other"), &other);
  if (edit->op == CR_EDIT_SPLIT && json_object_has_member (p, "mention"))
    _cr_edit_key_from_json (json_object_get_object_member (p, "mention"), &other);
  keys[1] = other;

  /* Whatever kind the edit gave them, the events that hold the key's
   * mention, and every article linked to those events. */
  for (guint i = 0; ok && i < G_N_ELEMENTS (keys); i++)
    {
      sqlite3_stmt *stmt;

      if (keys[i].article_key == NULL)
        continue;
      stmt = _cr_store_prepare (self,
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
      _cr_store_bind_text (stmt, 1, keys[i].article_key);
      _cr_store_bind_text (stmt, 2, keys[i].sentence_hash);
      _cr_store_bind_text (stmt, 3, keys[i].value);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (articles, id);
        }
      sqlite3_finalize (stmt);
    }
  _cr_edit_key_clear (&other);
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

  if (is_date && previous != NULL && !_cr_edit_parse_value (previous, &first, &last, &g, error))
    return FALSE;
  stmt = _cr_store_prepare (self, is_date
                  ? "UPDATE articles SET pub_value = ?2, pub_first_day = ?3, pub_last_day = ?4,"
                    " pub_granularity = ?5 WHERE source_key = ?1"
                  : "UPDATE articles SET language = coalesce (?2, language) WHERE source_key = ?1",
                  error);
  if (stmt == NULL)
    return FALSE;
  _cr_store_bind_text (stmt, 1, edit->key.article_key);
  _cr_store_bind_text (stmt, 2, previous);
  if (is_date && previous != NULL)
    {
      sqlite3_bind_int64 (stmt, 3, first);
      sqlite3_bind_int64 (stmt, 4, last);
      _cr_store_bind_text (stmt, 5, cr_granularity_to_string (g));
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

  edits = _cr_edit_load (self, FALSE, error);
  if (edits == NULL)
    return FALSE;
  if (edits->len == 0)
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND, _("There is nothing to undo."));
      return FALSE;
    }
  last = &g_array_index (edits, Edit, edits->len - 1);

  if (!_cr_edit_begin (self, error))
    return FALSE;
  ok = collect_articles (self, last, articles, error) &&
       _cr_store_run (self, "UPDATE edits SET undone = 1 WHERE seq = ?1", last->seq, 0, 0, error);
  if (ok && last->op == CR_EDIT_ADD)
    ok = _cr_store_run (self, "DELETE FROM events WHERE edit_seq = ?1", last->seq, 0, 0, error);
  if (ok && (last->op == CR_EDIT_ARTICLE_DATE || last->op == CR_EDIT_ARTICLE_LANGUAGE))
    ok = restore_article (self, last, error);
  if (ok && last->op == CR_EDIT_REMOVE_ARTICLE)
    {
      gint64 restored = 0;

      ok = _cr_edit_restore_removed (self, last, &restored, error);
      if (ok && restored > 0)
        g_array_append_val (articles, restored);
    }
  /* Rebuild what the edit touched from the articles, then apply the
   * edits that remain. */
  ok = ok && _cr_edit_reextract_articles (self, articles, NULL, NULL, error);
  ok = ok && _cr_store_replay_edits (self, error);
  if (ok && op)
    *op = last->op;
  return _cr_edit_finish (self, ok, error);
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

  edits = _cr_edit_load (self, TRUE, error);
  if (edits == NULL)
    return FALSE;
  if (edits->len == 0)
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND, _("There is nothing to redo."));
      return FALSE;
    }
  next = &g_array_index (edits, Edit, 0);

  if (!_cr_edit_begin (self, error))
    return FALSE;
  ok = _cr_store_run (self, "UPDATE edits SET undone = 0 WHERE seq = ?1", next->seq, 0, 0, error) &&
       _cr_edit_apply (self, next, error);
  if (ok && op)
    *op = next->op;
  return _cr_edit_finish (self, ok, error);
}

guint
cr_store_count_edits (CrStore   *self,
                      gboolean   undone,
                      GError   **error)
{
  gint64 n;

  g_return_val_if_fail (CR_IS_STORE (self), 0);

  n = _cr_store_query_int (self, undone ? "SELECT count (*) FROM edits WHERE undone = 1"
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

  stmt = _cr_store_prepare (self, "SELECT id FROM articles ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);

  if (!_cr_edit_begin (self, error))
    return FALSE;
  ok = _cr_edit_reextract_articles (self, ids, progress, user_data, error) &&
       _cr_store_replay_edits (self, error);
  return _cr_edit_finish (self, ok, error);
}
