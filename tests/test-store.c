/* test-store.c: the library: dedup, updates, search, versions, damage,
 * a process killed mid-import (failures inside a batch: test-store-batch.c)
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-fs.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

  f->dir = g_dir_make_tmp ("cronista-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "lib", "library.db", NULL);
  f->store = cr_store_open (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_store_get_schema_version (f->store), ==, CR_STORE_SCHEMA_VERSION);
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

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

static CrArticle *
parse_one (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = cr_importer_parse_file (path, NULL, &error);

  g_assert_no_error (error);
  return cr_article_ref (g_ptr_array_index (articles, 0));
}

static CrArticle *
make_article (const char *url,
              const char *title,
              const char *body)
{
  CrArticle *a = cr_article_new ();

  g_free (a->title);
  a->title = g_strdup (title);
  g_free (a->body);
  a->body = g_strdup (body);
  a->source_url = g_strdup (url);
  a->format = g_strdup ("text");
  cr_article_set_date_value (a, "2025-09-03", CR_DATE_SOURCE_METADATA);
  cr_article_finish (a);
  return a;
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

/* Mention offsets are code points into exactly the stored field. */
static void
assert_mentions_match_text (CrStore *store,
                            gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrArticle) a = cr_store_get_article (store, id, &error);
  g_autoptr(GPtrArray) mentions = cr_store_get_mentions (store, id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < mentions->len; i++)
    {
      CrStoreMention *m = g_ptr_array_index (mentions, i);
      const char *field = m->field == CR_STORE_FIELD_TITLE ? a->title
                        : m->field == CR_STORE_FIELD_STANDFIRST ? a->standfirst : a->body;
      const char *start = g_utf8_offset_to_pointer (field, m->start_char);
      const char *end = g_utf8_offset_to_pointer (field, m->end_char);
      g_autofree char *slice = g_strndup (start, end - start);

      g_assert_cmpstr (slice, ==, m->text);
      g_assert_cmpuint (m->extractor_version, >, 0);
    }
}

static void
test_add_and_duplicate (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CrArticle) a = parse_one ("es-desk.txt");
  g_autoptr(CrArticle) again = parse_one ("es-desk.txt");
  g_autoptr(CrArticle) stored = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GError) error = NULL;
  CrStoreAddResult result;

  g_assert_true (cr_store_add_article (f->store, a, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, CR_STORE_ADD_IMPORTED);
  g_assert_cmpint (a->id, >, 0);

  g_assert_true (cr_store_add_article (f->store, again, &result, &error));
  g_assert_cmpint (result, ==, CR_STORE_ADD_DUPLICATE);
  g_assert_cmpint (again->id, ==, a->id);
  g_assert_cmpint (cr_store_count_articles (f->store, NULL), ==, 1);

  stored = cr_store_get_article (f->store, a->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->title, ==, a->title);
  g_assert_cmpstr (stored->standfirst, ==, a->standfirst);
  g_assert_cmpstr (stored->body, ==, a->body);
  g_assert_cmpstr (stored->date_value, ==, "2024-06-19");
  g_assert_cmpint (stored->date_source, ==, CR_DATE_SOURCE_DATELINE);
  g_assert_cmpstr (stored->place, ==, "Pyongyang, Corea del Norte");
  g_assert_cmpstr (stored->author, ==, "Redacción");
  g_assert_cmpint (stored->language, ==, CR_LANGUAGE_ES);

  /* "este miércoles" at least: the extractor ran on import. */
  mentions = cr_store_get_mentions (f->store, a->id, &error);
  g_assert_cmpuint (mentions->len, >, 0);
  assert_mentions_match_text (f->store, a->id);

  g_assert_null (cr_store_get_article (f->store, 999, &error));
  g_assert_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND);
}

static void
test_update_keeps_edits (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CrArticle) v1 = make_article ("https://example.org/a", "Cumbre en Pekín",
                                          "La cumbre empezó el 3 de septiembre de 2025.");
  g_autoptr(CrArticle) v2 = make_article ("https://example.org/a", "Cumbre en Pekín",
                                          "La cumbre empezó el 3 de septiembre de 2025 y terminó el 5 de septiembre de 2025.");
  g_autoptr(CrArticle) other_key = make_article ("https://mirror.example.org/a", "Cumbre en Pekín",
                                                 "La cumbre empezó el 3 de septiembre de 2025 y terminó el 5 de septiembre de 2025.");
  g_autoptr(GError) error = NULL;
  CrStoreAddResult result;
  gint64 before, after;

  g_assert_true (cr_store_add_article (f->store, v1, &result, &error));
  before = cr_store_count_mentions (f->store, NULL);

  exec_sql (f->db, "INSERT INTO edits (seq, op, article_key, sentence_hash, value, payload, created_at)"
                   " VALUES (1, 'hide', 'https://example.org/a', 'abc', '2025-09-03', '{}', 0)");

  g_assert_true (cr_store_add_article (f->store, v2, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, CR_STORE_ADD_UPDATED);
  g_assert_cmpint (v2->id, ==, v1->id);
  g_assert_cmpint (cr_store_count_articles (f->store, NULL), ==, 1);
  after = cr_store_count_mentions (f->store, NULL);
  g_assert_cmpint (after, >, before);
  assert_mentions_match_text (f->store, v2->id);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM edits"), ==, 1);

  /* The same text under another key is still the same article. */
  g_assert_true (cr_store_add_article (f->store, other_key, &result, &error));
  g_assert_cmpint (result, ==, CR_STORE_ADD_DUPLICATE);
  g_assert_cmpint (cr_store_count_articles (f->store, NULL), ==, 1);
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

static void
test_import_folder (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "import", NULL);
  const char *paths[] = { dir, NULL };
  g_autoptr(GPtrArray) first = import_paths (f->store, paths, 0);
  g_autoptr(GPtrArray) second = NULL;
  gint64 n = cr_store_count_articles (f->store, NULL);

  g_assert_cmpuint (count_status (first, CR_IMPORT_STATUS_SKIPPED), ==, 1);   /* notes.csv */
  g_assert_cmpuint (count_status (first, CR_IMPORT_STATUS_FAILED), ==, 4);
  g_assert_cmpuint (count_status (first, CR_IMPORT_STATUS_IMPORTED), ==, 14);
  g_assert_cmpint (n, ==, 18);

  /* Nothing duplicated on a second pass. */
  second = import_paths (f->store, paths, 3);
  g_assert_cmpuint (count_status (second, CR_IMPORT_STATUS_DUPLICATE), ==, 14);
  g_assert_cmpuint (count_status (second, CR_IMPORT_STATUS_IMPORTED), ==, 0);
  g_assert_cmpint (cr_store_count_articles (f->store, NULL), ==, n);
  g_assert_true (cr_store_check (f->store, NULL));
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "import", NULL);
  const char *paths[] = { dir, NULL };
  g_autoptr(GPtrArray) results = import_paths (f->store, paths, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  g_autoptr(GPtrArray) odd = NULL;
  g_autoptr(GPtrArray) none = NULL;
  CrStoreHit *top;

  /* Accent- and case-insensitive: "PEKIN" finds "Pekín". */
  hits = cr_store_search (f->store, "PEKIN", 10, "[", "]", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, >=, 2);
  for (guint i = 0; i < hits->len; i++)
    {
      CrStoreHit *hit = g_ptr_array_index (hits, i);
      /* The snippet is from the body; a title-only match has none. */
      g_assert_true (strstr (hit->snippet, "[Pekín]") != NULL || strstr (hit->title, "Pekín") != NULL);
      g_assert_null (strstr (hit->snippet, "[Pekin]"));
    }

  /* A title match ranks above a body mention. */
  ranked = cr_store_search (f->store, "telescope", 10, "<", ">", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranked->len, ==, 1);
  top = g_ptr_array_index (ranked, 0);
  g_assert_cmpstr (top->title, ==, "Telescope spots the faintest galaxy yet");
  g_assert_cmpstr (top->date_value, ==, "2025-05-01");

  ranked = (g_ptr_array_unref (ranked), cr_store_search (f->store, "treaty", 10, "", "", &error));
  g_assert_cmpuint (ranked->len, >=, 1);
  top = g_ptr_array_index (ranked, 0);
  g_assert_cmpstr (top->title, ==, "Seoul summons Russian envoy over Pyongyang treaty");
  for (guint i = 1; i < ranked->len; i++)
    g_assert_cmpfloat (((CrStoreHit *) g_ptr_array_index (ranked, i))->rank, >=, top->rank);

  /* User text is never FTS syntax. */
  odd = cr_store_search (f->store, "\"Kim AND (OR NEAR* -", 10, "[", "]", &error);
  g_assert_no_error (error);
  g_assert_nonnull (odd);
  none = cr_store_search (f->store, "zzzzqqq", 10, "[", "]", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_reader_does_not_wait (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CrArticle) a = make_article ("https://example.org/r", "Lectura", "Texto de prueba.");
  g_autoptr(CrStore) reader = NULL;
  g_autoptr(GError) error = NULL;
  CrStoreAddResult result;
  gint64 start;

  g_assert_true (cr_store_begin (f->store, &error));
  g_assert_true (cr_store_add_article (f->store, a, &result, &error));

  reader = cr_store_open_read_only (f->db, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_cmpint (cr_store_count_articles (reader, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
  g_assert_true (cr_store_is_read_only (reader));
  g_assert_false (cr_store_add_article (reader, a, &result, &error));
  g_assert_error (error, CR_STORE_ERROR, CR_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_true (cr_store_commit (f->store, &error));
  g_assert_cmpint (cr_store_count_articles (reader, &error), ==, 1);
}

static char *
file_digest (const char *path)
{
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

static void
test_too_new_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "future.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrStore) store = NULL;

  exec_sql (path, "CREATE TABLE future (x); PRAGMA user_version = 99;");
  before = file_digest (path);

  store = cr_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, CR_STORE_ERROR, CR_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "99"));
  after = file_digest (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 99);
}

static void
test_damaged_refused_and_moved (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "damaged.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *moved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GString) garbage = g_string_new (NULL);

  for (guint i = 0; i < 512; i++)
    g_string_append (garbage, "this is not a database, ");
  g_assert_true (g_file_set_contents (path, garbage->str, garbage->len, NULL));
  before = file_digest (path);

  store = cr_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, CR_STORE_ERROR, CR_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  after = file_digest (path);
  g_assert_cmpstr (before, ==, after);

  moved = cr_store_move_aside (path, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_pointer (&after, g_free);
  after = file_digest (moved);
  g_assert_cmpstr (before, ==, after);

  store = cr_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_store_count_articles (store, NULL), ==, 0);
}

/* What a version-1 library looked like, written here independently of
 * the store so that the test does not trust the code it checks. */
static const char v1_schema[] =
  "CREATE TABLE articles (id INTEGER PRIMARY KEY, source_key TEXT NOT NULL UNIQUE,"
  " content_hash TEXT NOT NULL, title TEXT NOT NULL, standfirst TEXT, body TEXT NOT NULL,"
  " language TEXT NOT NULL CHECK (language IN ('es', 'en', '')),"
  " language_declared INTEGER NOT NULL DEFAULT 0, pub_value TEXT, pub_first_day INTEGER,"
  " pub_last_day INTEGER, pub_granularity TEXT, pub_source TEXT NOT NULL DEFAULT 'none',"
  " place TEXT, author TEXT, source_name TEXT, source_url TEXT, entry_id TEXT, file_path TEXT,"
  " format TEXT NOT NULL, imported_at INTEGER NOT NULL, updated_at INTEGER NOT NULL) STRICT;"
  "CREATE TABLE mentions (id INTEGER PRIMARY KEY,"
  " article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  " field TEXT NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,"
  " text TEXT NOT NULL, value TEXT NOT NULL, granularity TEXT NOT NULL,"
  " mod TEXT NOT NULL DEFAULT '', anchor TEXT NOT NULL, is_dateline INTEGER NOT NULL DEFAULT 0,"
  " first_day INTEGER, last_day INTEGER, sentence_hash TEXT NOT NULL,"
  " extractor_version INTEGER NOT NULL) STRICT;"
  "CREATE VIRTUAL TABLE articles_fts USING fts5 (title, body,"
  " tokenize = 'unicode61 remove_diacritics 2');"
  "INSERT INTO articles VALUES (7, 'file:///old.txt', 'h', 'Tratado de junio', NULL,"
  " 'Firmado el 19 de junio de 2024.', 'es', 0, '2024-06-19', 19893, 19893, 'day',"
  " 'dateline', NULL, NULL, NULL, NULL, NULL, '/old.txt', 'text', 0, 0);"
  "INSERT INTO articles_fts (rowid, title, body) VALUES (7, 'Tratado de junio',"
  " 'Firmado el 19 de junio de 2024.');"
  "INSERT INTO mentions VALUES (1, 7, 'body', 11, 30, '19 de junio de 2024', '2024-06-19',"
  " 'day', '', 'absolute', 0, 19893, 19893, 'x', 1);"
  "PRAGMA user_version = 1;";

static void
test_migration_from_v1 (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrStore) store = NULL;
  g_autoptr(CrArticle) a = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *backup = NULL;
  const char *name;

  exec_sql (path, v1_schema);

  store = cr_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_store_get_schema_version (store), ==, CR_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, CR_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE name IN"
                                    " ('events', 'event_mentions', 'entities', 'event_entities', 'edits')"), ==, 5);

  a = cr_store_get_article (store, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->title, ==, "Tratado de junio");
  hits = cr_store_search (store, "tratado", 5, "", "", &error);
  g_assert_cmpuint (hits->len, ==, 1);

  /* The dated copy next to the library is the version-1 file. */
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "old.db.v1-") && g_str_has_suffix (name, ".bak"))
      backup = g_build_filename (f->dir, name, NULL);
  g_assert_nonnull (backup);
  g_assert_cmpint (query_int (backup, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM articles"), ==, 1);

  /* Opening again does not migrate or back up again. */
  g_clear_object (&store);
  store = cr_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_store_count_articles (store, NULL), ==, 1);
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

typedef struct {
  GMainLoop *loop;
  GPtrArray *results;
  GError    *error;
  guint      n_progress;
  guint      last_done;
  guint      last_total;
  GThread   *main_thread;
} AsyncState;

static void
on_progress (guint       done,
             guint       total,
             const char *path,
             gpointer    user_data)
{
  AsyncState *state = user_data;

  g_assert_true (g_thread_self () == state->main_thread);
  g_assert_cmpuint (done, <=, total);
  state->n_progress++;
  state->last_done = done;
  state->last_total = total;
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncState *state = user_data;

  state->results = cr_importer_import_finish (CR_STORE (source), result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "import", NULL);
  const char *paths[] = { dir, NULL };
  AsyncState state = { 0 };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  state.loop = g_main_loop_new (NULL, FALSE);
  state.main_thread = g_thread_self ();

  /* Cancelled before it starts: nothing imported, a cancelled error. */
  g_cancellable_cancel (cancellable);
  cr_importer_import_async (f->store, paths, NULL, on_progress, &state, NULL,
                            cancellable, on_imported, &state);
  g_main_loop_run (state.loop);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (state.results);
  g_assert_cmpint (cr_store_count_articles (f->store, NULL), ==, 0);
  g_clear_error (&state.error);

  cr_importer_import_async (f->store, paths, NULL, on_progress, &state, NULL,
                            NULL, on_imported, &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  g_assert_nonnull (state.results);
  g_assert_cmpuint (state.results->len, ==, 19);
  g_assert_cmpuint (state.n_progress, >=, 2);
  g_assert_cmpuint (state.last_done, ==, state.last_total);
  g_assert_cmpuint (state.last_total, ==, 18);
  g_assert_cmpint (cr_store_count_articles (f->store, NULL), ==, 18);

  g_ptr_array_unref (state.results);
  g_main_loop_unref (state.loop);
}

/* The import dies (SIGKILL) before file @kill_at: the library must be
 * intact and hold exactly the batches committed before it. */
#define KILL_FILES 40
#define KILL_BATCH 5

static void
kill_at_progress (guint       done,
                  guint       total,
                  const char *path,
                  gpointer    user_data)
{
  if (done == GPOINTER_TO_UINT (user_data))
    raise (SIGKILL);
}

static void
run_child_import (const char *db,
                  const char *src,
                  guint       kill_at)
{
  g_autoptr(CrStore) store = cr_store_open (db, NULL);
  const char *paths[] = { src, NULL };
  CrImportOptions options = { CR_LANGUAGE_AUTO, KILL_BATCH };
  GPtrArray *results;

  if (store == NULL)
    _exit (3);
  results = cr_importer_import_sync (store, paths, &options, kill_at_progress,
                                     GUINT_TO_POINTER (kill_at), NULL, NULL);
  _exit (results != NULL ? 0 : 4);
}

static void
assert_consistent (const char *db,
                   gint64      expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrStore) store = cr_store_open (db, &error);

  g_assert_no_error (error);
  g_assert_true (cr_store_check (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cr_store_count_articles (store, NULL), ==, expected);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM articles_fts"), ==, expected);
  /* Every stored article has its mention (each file has a date). */
  g_assert_cmpint (query_int (db, "SELECT count(DISTINCT article_id) FROM mentions"), ==, expected);
  g_assert_cmpint (query_int (db, "PRAGMA foreign_key_check"), ==, -1);
}

static void
test_kill (Fixture       *f,
           gconstpointer  data)
{
  static const guint kill_points[] = { 0, 3, KILL_BATCH, 12, 26, 39 };
  g_autofree char *src = g_build_filename (f->dir, "kill-src", NULL);
  g_autofree char *db = g_build_filename (f->dir, "kill.db", NULL);

  g_clear_object (&f->store);
  g_mkdir (src, 0700);
  for (guint i = 0; i < KILL_FILES; i++)
    {
      g_autofree char *name = g_strdup_printf ("%02u.txt", i);
      g_autofree char *text = g_strdup_printf ("Noticia número %u\n%u de marzo de 2025\nEl consejo aprobó la medida %u el %u de marzo de 2025 tras un largo debate.\n",
                                               i, 1 + i % 28, i, 1 + i % 28);
      g_autofree char *path = write_file (src, name, text);
    }

  for (guint k = 0; k < G_N_ELEMENTS (kill_points); k++)
    {
      guint at = kill_points[k];
      int status = 0;
      pid_t pid;
      gint64 committed;

      /* Fresh library each time: the state before the kill is known. */
      g_unlink (db);
      {
        g_autofree char *wal = g_strconcat (db, "-wal", NULL);
        g_autofree char *shm = g_strconcat (db, "-shm", NULL);
        g_unlink (wal);
        g_unlink (shm);
      }

      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        run_child_import (db, src, at);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      committed = (at / KILL_BATCH) * KILL_BATCH;
      g_test_message ("killed before file %u: expecting %" G_GINT64_FORMAT, at, committed);
      if (g_file_test (db, G_FILE_TEST_EXISTS))
        assert_consistent (db, committed);
      else
        g_assert_cmpint (committed, ==, 0);

      /* Importing again completes it without duplicates. */
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(CrStore) store = cr_store_open (db, &error);
        const char *paths[] = { src, NULL };
        g_autoptr(GPtrArray) results = import_paths (store, paths, KILL_BATCH);

        g_assert_cmpuint (count_status (results, CR_IMPORT_STATUS_DUPLICATE), ==, committed);
        g_assert_cmpuint (count_status (results, CR_IMPORT_STATUS_IMPORTED), ==, KILL_FILES - committed);
      }
      assert_consistent (db, KILL_FILES);
    }
}

/* A kill from outside at an arbitrary moment: whole batches only. */
static void
test_kill_timed (Fixture       *f,
                 gconstpointer  data)
{
  static const guint delays_ms[] = { 5, 20, 60 };
  g_autofree char *src = g_build_filename (f->dir, "timed-src", NULL);
  g_autofree char *db = g_build_filename (f->dir, "timed.db", NULL);
  const guint n_files = 400;

  g_mkdir (src, 0700);
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_strdup_printf ("%03u.txt", i);
      g_autofree char *text = g_strdup_printf ("Informe %u sobre el puerto\n%u de abril de 2024\nEl puerto movió %u contenedores el %u de abril de 2024.\n",
                                               i, 1 + i % 30, i * 7, 1 + i % 30);
      g_autofree char *path = write_file (src, name, text);
    }

  for (guint k = 0; k < G_N_ELEMENTS (delays_ms); k++)
    {
      int status = 0;
      pid_t pid = fork ();
      gint64 n;

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        run_child_import (db, src, G_MAXUINT);
      g_usleep (delays_ms[k] * 1000);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

      if (!g_file_test (db, G_FILE_TEST_EXISTS))
        continue;
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(CrStore) store = cr_store_open (db, &error);

        g_assert_no_error (error);
        g_assert_true (cr_store_check (store, NULL));
        n = cr_store_count_articles (store, NULL);
      }
      g_test_message ("killed after %u ms: %" G_GINT64_FORMAT " articles", delays_ms[k], n);
      g_assert_true (n % KILL_BATCH == 0 || n == n_files);
      assert_consistent (db, n);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/add-and-duplicate", test_add_and_duplicate);
  ADD ("/store/update-keeps-edits", test_update_keeps_edits);
  ADD ("/store/import-folder", test_import_folder);
  ADD ("/store/search", test_search);
  ADD ("/store/reader-does-not-wait", test_reader_does_not_wait);
  ADD ("/store/too-new-refused", test_too_new_refused);
  ADD ("/store/damaged", test_damaged_refused_and_moved);
  ADD ("/store/migration-from-v1", test_migration_from_v1);
  ADD ("/store/async", test_async);
  ADD ("/store/kill", test_kill);
  ADD ("/store/kill-timed", test_kill_timed);
#undef ADD

  return g_test_run ();
}
