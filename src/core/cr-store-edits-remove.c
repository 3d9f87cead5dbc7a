/* cr-store-edits-remove.c: removing an article, with undo
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "cr-store-edits-private.h"
#include "cr-store-events.h"

/* The edit keeps the whole stored row, so that undo can put it back
 * exactly; dates, events and entities are derived and found again. */
static JsonObject *
row_to_json (sqlite3_stmt *stmt)
{
  JsonObject *row = json_object_new ();

  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    {
      const char *name = sqlite3_column_name (stmt, i);

      if (g_str_equal (name, "id"))
        continue;
      switch (sqlite3_column_type (stmt, i))
        {
        case SQLITE_INTEGER:
          json_object_set_int_member (row, name, sqlite3_column_int64 (stmt, i));
          break;
        case SQLITE_FLOAT:
          json_object_set_double_member (row, name, sqlite3_column_double (stmt, i));
          break;
        case SQLITE_NULL:
          json_object_set_null_member (row, name);
          break;
        default:
          json_object_set_string_member (row, name, (const char *) sqlite3_column_text (stmt, i));
          break;
        }
    }
  return row;
}

gboolean
cr_store_remove_article (CrStore  *self,
                         gint64    article_id,
                         GError  **error)
{
  sqlite3_stmt *stmt;
  JsonObject *payload;
  Key key = { 0 };
  gboolean ok;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);

  if ((stmt = _cr_store_prepare (self, "SELECT * FROM articles WHERE id = ?1", error)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND,
                   _("There is no article %lld in the library."), (long long) article_id);
      return FALSE;
    }
  payload = json_object_new ();
  json_object_set_object_member (payload, "article", row_to_json (stmt));
  for (int i = 0; i < sqlite3_column_count (stmt); i++)
    if (g_str_equal (sqlite3_column_name (stmt, i), "source_key"))
      key.article_key = _cr_store_column_dup (stmt, i);
  sqlite3_finalize (stmt);

  ok = _cr_edit_record (self, CR_EDIT_REMOVE_ARTICLE, &key, payload, NULL, error);
  _cr_edit_key_clear (&key);
  return ok;
}

gboolean
_cr_edit_apply_remove (CrStore     *self,
                       const Edit  *edit,
                       GError     **error)
{
  sqlite3_stmt *stmt = _cr_store_prepare (self, "SELECT id FROM articles WHERE source_key = ?1", error);
  gint64 article_id = 0;

  if (stmt == NULL)
    return FALSE;
  _cr_store_bind_text (stmt, 1, edit->key.article_key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    article_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  /* Gone already: nothing to do. */
  if (article_id == 0)
    return TRUE;

  /* Its links and the events only it reported first; the mentions and
   * the full-text row go with the article. */
  return _cr_store_forget_article_events (self, article_id, error) &&
         _cr_store_run (self, "DELETE FROM articles WHERE id = ?1", article_id, 0, 0, error);
}

/* The columns the articles table has now: the saved row may come from
 * another machine's library, so only these are written back. */
static GHashTable *
article_columns (CrStore  *self,
                 GError  **error)
{
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = _cr_store_prepare (self, "SELECT name FROM pragma_table_info ('articles')", error);

  if (stmt == NULL)
    return NULL;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (columns, _cr_store_column_dup (stmt, 0));
  sqlite3_finalize (stmt);
  return g_steal_pointer (&columns);
}

gboolean
_cr_edit_restore_removed (CrStore     *self,
                          const Edit  *edit,
                          gint64      *article_id,
                          GError     **error)
{
  JsonObject *p = json_node_get_object (edit->payload);
  JsonObject *row;
  g_autoptr(GHashTable) columns = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autoptr(GList) members = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gboolean ok;

  *article_id = 0;
  if (!json_object_has_member (p, "article"))
    return TRUE;
  row = json_object_get_object_member (p, "article");
  if ((columns = article_columns (self, error)) == NULL)
    return FALSE;

  members = json_object_get_members (row);
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_hash_table_contains (columns, l->data) || g_str_equal (l->data, "id"))
        continue;
      g_string_append_printf (names, "%s\"%s\"", kept->len ? ", " : "", (const char *) l->data);
      g_string_append_printf (marks, "%s?%u", kept->len ? ", " : "", kept->len + 1);
      g_ptr_array_add (kept, l->data);
    }
  /* Imported again since the removal: the one there now stays. */
  sql = g_strdup_printf ("INSERT OR IGNORE INTO articles (%s) VALUES (%s)", names->str, marks->str);
  if ((stmt = _cr_store_prepare (self, sql, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < kept->len; i++)
    {
      JsonNode *value = json_object_get_member (row, g_ptr_array_index (kept, i));

      if (JSON_NODE_HOLDS_NULL (value))
        sqlite3_bind_null (stmt, i + 1);
      else if (json_node_get_value_type (value) == G_TYPE_INT64)
        sqlite3_bind_int64 (stmt, i + 1, json_node_get_int (value));
      else if (json_node_get_value_type (value) == G_TYPE_DOUBLE)
        sqlite3_bind_double (stmt, i + 1, json_node_get_double (value));
      else if (json_node_get_value_type (value) == G_TYPE_STRING)
        sqlite3_bind_text (stmt, i + 1, json_node_get_string (value), -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, i + 1);
    }
  ok = _cr_store_step_done (self, stmt, error);
  sqlite3_finalize (stmt);
  if (!ok)
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return TRUE;
  *article_id = sqlite3_last_insert_rowid (self->db);
  /* No trigger indexes a new article (schema version 5): its full-text
   * row goes back with it. */
  return _cr_store_run (self,
                        "INSERT INTO articles_fts (rowid, title, body)"
                        " SELECT id, title, coalesce (standfirst || char(10), '') || body"
                        " FROM articles WHERE id = ?1",
                        *article_id, 0, 0, error);
}
