/* test-store-batch.c: a file that fails or is cancelled inside an import
 * batch leaves nothing behind, and only it
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-fs.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cr-importer.h"
#include "cr-store.h"

typedef struct {
  char    *dir;
  char    *db;
  CrStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cronista-batch-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "library.db", NULL);
  f->store = cr_store_open (f->db, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static gint64
query_int (const char *db_path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
exec_sql (const char *db_path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *msg = NULL;

  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("%s: %s", sql, msg);
  sqlite3_close (db);
}

static char *
write_file (const char *dir,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static GPtrArray *
import_paths (CrStore            *store,
              const char * const *paths,
              guint               batch_size)
{
  CrImportOptions options = { CR_LANGUAGE_AUTO, batch_size };
  g_autoptr(GError) error = NULL;
  GPtrArray *results = cr_importer_import_sync (store, paths, &options, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return results;
}

static guint
count_status (GPtrArray      *results,
              CrImportStatus  status)
{
  guint n = 0;

  for (guint i = 0; i < results->len; i++)
    if (((CrImportFileResult *) g_ptr_array_index (results, i))->status == status)
      n++;
  return n;
}

/* A file whose second article the library refuses (a trigger stands in
 * for a full disk): the first must not stay behind. */
static void
test_failed_file_leaves_nothing (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *src = g_build_filename (f->dir, "src", NULL);
  g_autofree char *good = NULL, *bad = NULL, *later = NULL;
  g_autoptr(GPtrArray) results = NULL;
  const char *paths[] = { src, NULL };

  g_mkdir (src, 0700);
  good = write_file (src, "a.txt", "Primera noticia\nTexto de la primera noticia.\n");
  bad = write_file (src, "b.json",
                    "[{\"title\": \"Se queda\", \"body\": \"No debe quedar.\"},"
                    " {\"title\": \"POISON\", \"body\": \"Falla.\"}]");
  later = write_file (src, "c.txt", "Tercera noticia\nTexto de la tercera noticia.\n");
  exec_sql (f->db, "CREATE TRIGGER poison BEFORE INSERT ON articles WHEN new.title = 'POISON'"
                   " BEGIN SELECT RAISE (ABORT, 'disk full'); END;");

  results = import_paths (f->store, paths, 0);
  g_assert_cmpuint (results->len, ==, 3);
  g_assert_cmpint (((CrImportFileResult *) g_ptr_array_index (results, 1))->status, ==, CR_IMPORT_STATUS_FAILED);
  g_assert_error (((CrImportFileResult *) g_ptr_array_index (results, 1))->error,
                  CR_IMPORT_ERROR, CR_IMPORT_ERROR_STORE);
  g_assert_cmpuint (count_status (results, CR_IMPORT_STATUS_IMPORTED), ==, 2);
  g_assert_cmpint (cr_store_count_articles (f->store, NULL), ==, 2);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM articles WHERE title = 'Se queda'"), ==, 0);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM articles_fts"), ==, 2);
  /* The next file takes the failed one's row id; the full-text index,
   * written at the commit, has the one that stayed. */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'tercera'"), ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'queda'"), ==, 0);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM articles a JOIN articles_fts f"
                                     " ON f.rowid = a.id AND f.title = a.title"), ==, 2);
}

/* Cancels when the import reaches file @data->at. */
typedef struct {
  GCancellable *cancellable;
  guint         at;
} CancelAt;

static void
cancel_at_progress (guint       done,
                    guint       total,
                    const char *path,
                    gpointer    data)
{
  CancelAt *c = data;

  if (done == c->at && path != NULL)
    g_cancellable_cancel (c->cancellable);
}

/* A cancel inside a file takes back that file alone, even though files of
 * the same batch were imported before it without a savepoint. */
static void
test_cancel_in_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *src = g_build_filename (f->dir, "src", NULL);
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  const char *paths[] = { src, NULL };
  CancelAt at = { cancellable, 2 };

  g_mkdir (src, 0700);
  a = write_file (src, "a.txt", "Primera noticia\nTexto de la primera noticia.\n");
  b = write_file (src, "b.json",
                  "[{\"title\": \"Segunda\", \"body\": \"Texto segundo.\"},"
                  " {\"title\": \"Segunda bis\", \"body\": \"Texto segundo bis.\"}]");
  c = write_file (src, "c.json",
                  "[{\"title\": \"Tercera\", \"body\": \"No debe quedar.\"},"
                  " {\"title\": \"Tercera bis\", \"body\": \"Tampoco.\"}]");
  d = write_file (src, "d.txt", "Cuarta noticia\nNunca llega.\n");

  results = cr_importer_import_sync (f->store, paths, NULL, cancel_at_progress, &at,
                                     cancellable, &error);
  g_assert_null (results);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (cr_store_count_articles (f->store, NULL), ==, 3);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM articles WHERE title LIKE 'Tercera%'"), ==, 0);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM articles_fts"), ==, 3);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'bis'"), ==, 1);
}

/* The writer remembers the row ids of entities; a failed file takes the
 * entities it added with it, and the next file must not link to them. */
static void
test_failed_file_forgets_entities (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *src = g_build_filename (f->dir, "src", NULL);
  g_autofree char *bad = NULL, *later = NULL;
  g_autoptr(GPtrArray) results = NULL;
  const char *paths[] = { src, NULL };

  g_mkdir (src, 0700);
  bad = write_file (src, "a.json",
                    "[{\"title\": \"Cumbre\", \"lang\": \"es\", \"date\": \"2025-09-03\", \"body\":"
                    " \"Emmanuel Macron se reunió el 3 de septiembre de 2025 con Pedro Sánchez en París.\"},"
                    " {\"title\": \"POISON\", \"body\": \"Falla.\"}]");
  later = write_file (src, "b.json",
                      "{\"title\": \"Otra cumbre\", \"lang\": \"es\", \"date\": \"2025-09-04\", \"body\":"
                      " \"Pedro Sánchez se reunió el 4 de septiembre de 2025 con Emmanuel Macron en Madrid.\"}");
  exec_sql (f->db, "CREATE TRIGGER poison BEFORE INSERT ON articles WHEN new.title = 'POISON'"
                   " BEGIN SELECT RAISE (ABORT, 'disk full'); END;");

  results = import_paths (f->store, paths, 0);
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpint (((CrImportFileResult *) g_ptr_array_index (results, 0))->status, ==, CR_IMPORT_STATUS_FAILED);
  g_assert_no_error (((CrImportFileResult *) g_ptr_array_index (results, 1))->error);
  g_assert_cmpint (((CrImportFileResult *) g_ptr_array_index (results, 1))->status, ==, CR_IMPORT_STATUS_IMPORTED);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM entities WHERE canonical_key LIKE '%macron%'"), ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM event_entities ee"
                                     " JOIN entities en ON en.id = ee.entity_id"
                                     " WHERE en.canonical_key LIKE '%macron%'"), >=, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM article_entities ae"
                                     " JOIN entities en ON en.id = ae.entity_id"
                                     " WHERE en.canonical_key LIKE '%macron%'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store-batch/failed-file-leaves-nothing", test_failed_file_leaves_nothing);
  ADD ("/store-batch/failed-file-forgets-entities", test_failed_file_forgets_entities);
  ADD ("/store-batch/cancel-in-file", test_cancel_in_file);
#undef ADD

  return g_test_run ();
}
