/* cr-store-search.c: ranked full-text search over the library
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-store"

#include "config.h"

#include <string.h>

#include "cr-store-private.h"

/* Users type words, not FTS5 syntax: quote every word so that "AND",
 * a stray quote or a hyphen can never be an operator or a syntax error.
 * A trailing '*' on a word keeps its meaning as a prefix search. */
static char *
build_match (const char *query)
{
  g_autoptr(GString) match = g_string_new (NULL);
  g_auto(GStrv) words = g_strsplit_set (query, " \t\n\r", -1);

  for (guint i = 0; words[i]; i++)
    {
      const char *w = words[i];
      gsize len = strlen (w);
      gboolean prefix = len > 1 && w[len - 1] == '*';

      if (len == 0 || (len == 1 && w[0] == '*'))
        continue;
      if (match->len)
        g_string_append_c (match, ' ');
      g_string_append_c (match, '"');
      for (gsize j = 0; j < len - (prefix ? 1 : 0); j++)
        {
          if (w[j] == '"')
            g_string_append_c (match, '"');
          g_string_append_c (match, w[j]);
        }
      g_string_append_c (match, '"');
      if (prefix)
        g_string_append_c (match, '*');
    }
  return match->len ? g_strdup (match->str) : NULL;
}

GPtrArray *
cr_store_search (CrStore     *self,
                 const char  *query,
                 guint        limit,
                 const char  *mark_start,
                 const char  *mark_end,
                 GError     **error)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_store_hit_free);
  g_autofree char *match = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CR_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  match = build_match (query);
  if (match == NULL)
    return g_steal_pointer (&hits);

  if ((stmt = _cr_store_stmt (self, STMT_SEARCH, error)) == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, mark_start ? mark_start : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, mark_end ? mark_end : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, limit ? (int) MIN (limit, G_MAXINT) : 50);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrStoreHit *hit = g_new0 (CrStoreHit, 1);
      const char *s;

      hit->article_id = sqlite3_column_int64 (stmt, 0);
      hit->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      s = (const char *) sqlite3_column_text (stmt, 2);
      hit->date_value = s ? g_strdup (s) : NULL;
      hit->language = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      hit->snippet = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      hit->rank = sqlite3_column_double (stmt, 5);
      g_ptr_array_add (hits, hit);
    }
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "search");
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&hits);
}
