/* cr-store-util.c: small SQLite helpers the store's files share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-store"

#include "config.h"

#include "cr-store-private.h"

/* For statements that run once per edit, not once per article: prepared
 * on the spot and finalized by the caller. */
sqlite3_stmt *
_cr_store_prepare (CrStore     *self,
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

void
_cr_store_bind_text (sqlite3_stmt *stmt,
                     int           index,
                     const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

char *
_cr_store_column_dup (sqlite3_stmt *stmt,
                      int           col)
{
  const unsigned char *text = sqlite3_column_text (stmt, col);

  return text ? g_strdup ((const char *) text) : NULL;
}

/* Runs @sql with up to three int64 parameters (0 binds NULL). */
gboolean
_cr_store_run (CrStore     *self,
               const char  *sql,
               gint64       a,
               gint64       b,
               gint64       c,
               GError     **error)
{
  sqlite3_stmt *stmt = _cr_store_prepare (self, sql, error);
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

gint64
_cr_store_query_int (CrStore    *self,
                     const char *sql,
                     gint64      a,
                     GError    **error)
{
  sqlite3_stmt *stmt = _cr_store_prepare (self, sql, error);
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

