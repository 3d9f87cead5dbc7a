/* test-store-events.c: events in the library, merged across articles
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-fs.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-store-edits.h"
#include "cr-store-events.h"

typedef struct {
  char *dir;
  char *path;
  CrStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cronista-events-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "library.db", NULL);
  f->store = cr_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
add (Fixture    *f,
     const char *key,
     const char *language,
     const char *date,
     const char *title,
     const char *body)
{
  g_autoptr(CrArticle) a = cr_article_new ();
  g_autoptr(GError) error = NULL;
  CrStoreAddResult result;

  /* cr_article_new() starts with empty strings, never NULL. */
  g_free (a->title);
  a->title = g_strdup (title);
  g_free (a->body);
  a->body = g_strdup (body);
  a->language = cr_language_from_string (language);
  a->language_declared = TRUE;
  a->source_url = g_strdup (key);
  a->format = g_strdup ("text");
  g_assert_true (cr_article_set_date_value (a, date, CR_DATE_SOURCE_METADATA));
  cr_article_finish (a);
  g_assert_true (cr_store_add_article (f->store, a, &result, &error));
  g_assert_no_error (error);
  return a->id;
}

static CrStoreEvent *
find_kind (GPtrArray  *events,
           const char *kind,
           const char *value)
{
  for (guint i = 0; i < events->len; i++)
    {
      CrStoreEvent *ev = g_ptr_array_index (events, i);

      if (g_str_equal (cr_event_kind_to_string (ev->kind), kind) && g_str_equal (ev->value, value))
        return ev;
    }
  return NULL;
}

/* Our own two reports of one meeting, in two languages. */
#define ES_BODY \
  "El líder norcoreano Kim Jong-un se reunió este miércoles con el presidente " \
  "ruso Vladimir Putin en Beijing, tras el desfile militar organizado por China."
#define EN_BODY \
  "North Korea's Kim Jong Un met Russian President Vladimir Putin in Beijing on " \
  "Wednesday, hours after a military parade."

static void
test_cross_language (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  CrStoreEvent *meeting, *parade;
  gint64 es, en;

  es = add (f, "https://example.org/es/reunion", "es", "2025-09-03", "Kim y Putin, en Beijing", ES_BODY);
  en = add (f, "https://example.org/en/meeting", "en", "2025-09-03", "Kim and Putin meet", EN_BODY);

  events = cr_store_list_events (f->store, NULL, &error);
  g_assert_no_error (error);
  meeting = find_kind (events, "meeting", "2025-09-03");
  parade = find_kind (events, "military", "2025-09-03");
  g_assert_nonnull (meeting);
  g_assert_nonnull (parade);
  /* One event per happening, linked to both articles. */
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_cmpuint (meeting->n_articles, ==, 2);
  g_assert_cmpuint (parade->n_articles, ==, 2);
  g_assert_nonnull (meeting->place);
  g_assert_cmpstr (meeting->place->id, ==, "city:beijing");

  mentions = cr_store_get_event_mentions (f->store, meeting->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mentions->len, ==, 2);
  g_assert_cmpint (((CrStoreEventMention *) g_ptr_array_index (mentions, 0))->article_id, ==, es);
  g_assert_cmpint (((CrStoreEventMention *) g_ptr_array_index (mentions, 1))->article_id, ==, en);
  g_assert_cmpstr (((CrStoreEventMention *) g_ptr_array_index (mentions, 0))->text, ==, "este miércoles");
  g_assert_true (g_str_has_prefix (((CrStoreEventMention *) g_ptr_array_index (mentions, 1))->sentence,
                                   "North Korea's Kim Jong Un met"));
}

static void
test_same_day_apart (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  CrStoreEventFilter filter;

  add (f, "https://example.org/1", "es", "2025-09-03", "Cumbre",
       "Pedro Sánchez se reunió el 3 de septiembre de 2025 con Emmanuel Macron en París.");
  add (f, "https://example.org/2", "es", "2025-09-03", "Otra cumbre",
       "Donald Trump se reunió el 3 de septiembre de 2025 con Joe Biden en Washington.");

  cr_store_event_filter_init (&filter);
  filter.has_kind = TRUE;
  filter.kind = CR_EVENT_KIND_MEETING;
  events = cr_store_list_events (f->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);

  /* The entity filter takes an id or a name in either language. */
  g_clear_pointer (&events, g_ptr_array_unref);
  filter.entity = "Emmanuel Macron";
  events = cr_store_list_events (f->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  g_clear_pointer (&events, g_ptr_array_unref);
  /* Leaders stand for their countries: the Washington meeting involves
   * the United States, neither involves Japan. */
  filter.entity = "country:us";
  filter.has_kind = FALSE;
  events = cr_store_list_events (f->store, &filter, &error);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_nonnull (strstr (((CrStoreEvent *) g_ptr_array_index (events, 0))->title, "Trump"));
  g_clear_pointer (&events, g_ptr_array_unref);
  filter.entity = "country:jp";
  events = cr_store_list_events (f->store, &filter, &error);
  g_assert_cmpuint (events->len, ==, 0);
}

/* The merge finds stored events through their links to entities, which
 * carry the event's kind and days: an edit that moves the event must move
 * them too, or later reports of its new day would not find it. */
static void
test_redated_event_still_merges (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  CrStoreEventFilter filter;
  CrStoreEvent *meeting;

  add (f, "https://example.org/1", "es", "2025-09-03", "Cumbre",
       "Pedro Sánchez se reunió el 3 de septiembre de 2025 con Emmanuel Macron en París.");
  cr_store_event_filter_init (&filter);
  filter.has_kind = TRUE;
  filter.kind = CR_EVENT_KIND_MEETING;
  events = cr_store_list_events (f->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  meeting = g_ptr_array_index (events, 0);
  g_assert_cmpstr (meeting->value, ==, "2025-09-03");
  g_assert_true (cr_store_redate_event (f->store, meeting->id, "2025-09-05", &error));
  g_assert_no_error (error);
  g_clear_pointer (&events, g_ptr_array_unref);

  /* Reported again on its new day: the same meeting. */
  add (f, "https://example.org/2", "es", "2025-09-05", "Reunión",
       "Emmanuel Macron se reunió el 5 de septiembre de 2025 con Pedro Sánchez en París.");
  events = cr_store_list_events (f->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  meeting = g_ptr_array_index (events, 0);
  g_assert_cmpstr (meeting->value, ==, "2025-09-05");
  g_assert_cmpuint (meeting->n_articles, ==, 2);
  g_clear_pointer (&events, g_ptr_array_unref);

  /* A report of its old day is another meeting now. */
  add (f, "https://example.org/3", "es", "2025-09-03", "Reunión",
       "Emmanuel Macron se reunió el 3 de septiembre de 2025 con Pedro Sánchez en París.");
  events = cr_store_list_events (f->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
}

static void
test_range_filter (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  CrStoreEventFilter filter;

  add (f, "https://example.org/treaty", "en", "2024-06-20", "Treaty",
       "Russia and North Korea signed a partnership treaty in Pyongyang on June 19, 2024.");

  cr_store_event_filter_init (&filter);
  g_assert_true (cr_day_range_parse ("2024-06", &filter.from, NULL));
  g_assert_true (cr_day_range_parse ("2024-06", NULL, &filter.to));
  events = cr_store_list_events (f->store, &filter, &error);
  g_assert_cmpuint (events->len, ==, 1);
  g_clear_pointer (&events, g_ptr_array_unref);

  g_assert_true (cr_day_range_parse ("2024-07", &filter.from, &filter.to));
  events = cr_store_list_events (f->store, &filter, &error);
  g_assert_cmpuint (events->len, ==, 0);
}

static void
test_update_drops_orphans (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  add (f, "https://example.org/a", "en", "2025-03-10", "Talks",
       "Vladimir Putin met Xi Jinping in Moscow on March 9, 2025.");
  g_assert_cmpint (cr_store_count_events (f->store, &error), ==, 1);

  /* The same source, corrected: the meeting moved a day. */
  add (f, "https://example.org/a", "en", "2025-03-10", "Talks",
       "Vladimir Putin met Xi Jinping in Moscow on March 8, 2025.");
  g_assert_cmpint (cr_store_count_events (f->store, &error), ==, 1);
  {
    g_autoptr(GPtrArray) events = cr_store_list_events (f->store, NULL, &error);

    g_assert_cmpstr (((CrStoreEvent *) g_ptr_array_index (events, 0))->value, ==, "2025-03-08");
  }
}

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* The mentions table as versions 1 to 5 declared it, and the links of
 * events to mentions as versions 2 to 6 did, put back here by hand (with
 * foreign keys off, as a copy must be made) over a library that then
 * says it is version 5. */
static const char back_to_v5[] =
  "PRAGMA foreign_keys = OFF;"
  "BEGIN;"
  "CREATE TABLE old_mentions (id INTEGER PRIMARY KEY,"
  " article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  " field TEXT NOT NULL CHECK (field IN ('title', 'standfirst', 'body')),"
  " start_char INTEGER NOT NULL, end_char INTEGER NOT NULL CHECK (end_char >= start_char),"
  " text TEXT NOT NULL, value TEXT NOT NULL, granularity TEXT NOT NULL,"
  " mod TEXT NOT NULL DEFAULT '', anchor TEXT NOT NULL, is_dateline INTEGER NOT NULL DEFAULT 0,"
  " first_day INTEGER, last_day INTEGER, sentence_hash TEXT NOT NULL,"
  " extractor_version INTEGER NOT NULL) STRICT;"
  "INSERT INTO old_mentions SELECT * FROM mentions;"
  "DROP TABLE mentions;"
  "ALTER TABLE old_mentions RENAME TO mentions;"
  "CREATE INDEX mentions_by_article ON mentions (article_id, field, start_char);"
  "CREATE TABLE old_links (event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
  " mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,"
  " article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  " PRIMARY KEY (event_id, mention_id)) STRICT, WITHOUT ROWID;"
  "INSERT INTO old_links SELECT * FROM event_mentions;"
  "DROP TABLE event_mentions;"
  "ALTER TABLE old_links RENAME TO event_mentions;"
  "CREATE INDEX event_mentions_by_mention ON event_mentions (mention_id);"
  "CREATE INDEX event_mentions_by_article ON event_mentions (article_id, event_id);"
  "PRAGMA user_version = 5;"
  "COMMIT;";

#define COUNT_LINKS \
  "SELECT count (*) FROM event_mentions em JOIN mentions m ON m.id = em.mention_id" \
  " AND m.article_id = em.article_id"

/* Versions 6 and 7 copy the mentions and their links to events: every
 * mention keeps its id and its links, and foreign keys work again
 * afterwards. */
static void
test_upgrade_from_v5 (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  CrStoreEvent *meeting;
  gint64 es, n_mentions, id_sum, n_links;
  sqlite3 *db = NULL;
  char *msg = NULL;

  es = add (f, "https://example.org/es/reunion", "es", "2025-09-03", "Kim y Putin, en Beijing", ES_BODY);
  add (f, "https://example.org/en/meeting", "en", "2025-09-03", "Kim and Putin meet", EN_BODY);
  g_clear_object (&f->store);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, back_to_v5, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("%s", msg);
  sqlite3_close (db);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM sqlite_schema"
                                       " WHERE name = 'mentions' AND sql LIKE '%field IN (%'"), ==, 1);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM sqlite_schema"
                                       " WHERE name = 'event_mentions' AND sql LIKE '%articles%'"), ==, 1);
  n_mentions = query_int (f->path, "SELECT count (*) FROM mentions");
  id_sum = query_int (f->path, "SELECT sum (id) FROM mentions");
  n_links = query_int (f->path, COUNT_LINKS);
  g_assert_cmpint (n_mentions, >, 0);
  g_assert_cmpint (n_links, >, 0);

  f->store = cr_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_store_get_schema_version (f->store), ==, 7);
  g_assert_cmpint (query_int (f->path, "PRAGMA user_version"), ==, 7);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM sqlite_schema"
                                       " WHERE name = 'mentions' AND sql LIKE '%field IN (%'"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM sqlite_schema"
                                       " WHERE name = 'event_mentions' AND sql LIKE '%articles%'"), ==, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM sqlite_schema"
                                       " WHERE tbl_name = 'event_mentions' AND type = 'index'"), ==, 2);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM mentions"), ==, n_mentions);
  g_assert_cmpint (query_int (f->path, "SELECT sum (id) FROM mentions"), ==, id_sum);
  g_assert_cmpint (query_int (f->path, COUNT_LINKS), ==, n_links);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);

  events = cr_store_list_events (f->store, NULL, &error);
  g_assert_no_error (error);
  meeting = find_kind (events, "meeting", "2025-09-03");
  g_assert_nonnull (meeting);
  mentions = cr_store_get_event_mentions (f->store, meeting->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mentions->len, ==, 2);
  g_assert_cmpstr (((CrStoreEventMention *) g_ptr_array_index (mentions, 0))->text, ==, "este miércoles");

  /* Foreign keys are on again: removing an article takes its mentions,
   * and they their links. */
  g_assert_true (cr_store_remove_article (f->store, es, &error));
  g_assert_no_error (error);
  {
    g_autofree char *mentions_sql = g_strdup_printf ("SELECT count (*) FROM mentions"
                                                     " WHERE article_id = %" G_GINT64_FORMAT, es);
    g_autofree char *links_sql = g_strdup_printf ("SELECT count (*) FROM event_mentions"
                                                  " WHERE article_id = %" G_GINT64_FORMAT, es);

    g_assert_cmpint (query_int (f->path, mentions_sql), ==, 0);
    g_assert_cmpint (query_int (f->path, links_sql), ==, 0);
    g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM event_mentions"), >, 0);
  }
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM mentions"), >, 0);
  g_assert_cmpint (query_int (f->path, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-events/cross-language", Fixture, NULL, fixture_setup, test_cross_language, fixture_teardown);
  g_test_add ("/store-events/same-day-apart", Fixture, NULL, fixture_setup, test_same_day_apart, fixture_teardown);
  g_test_add ("/store-events/redated-still-merges", Fixture, NULL, fixture_setup, test_redated_event_still_merges, fixture_teardown);
  g_test_add ("/store-events/range-filter", Fixture, NULL, fixture_setup, test_range_filter, fixture_teardown);
  g_test_add ("/store-events/update", Fixture, NULL, fixture_setup, test_update_drops_orphans, fixture_teardown);
  g_test_add ("/store-events/upgrade-from-v5", Fixture, NULL, fixture_setup, test_upgrade_from_v5, fixture_teardown);

  return g_test_run ();
}
