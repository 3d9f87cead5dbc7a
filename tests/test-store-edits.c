/* test-store-edits.c: user edits survive re-imports and re-extraction, and undo
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cr-importer.h"
#include "cr-store-edits.h"
#include "cr-store-events.h"

typedef struct {
  char *dir;
  CrStore *store;
} Fixture;

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "events", name, NULL);
}

static void
import (Fixture    *f,
        const char *path)
{
  const char *paths[] = { path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = cr_importer_import_sync (f->store, paths, NULL, NULL, NULL, NULL, &error);
  CrImportFileResult *r;

  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  r = g_ptr_array_index (results, 0);
  g_assert_no_error (r->error);
}

/* The library's copy of a fixture, so that a test can change it and
 * import it again under the same source key (its path). */
static char *
copy_fixture (Fixture    *f,
              const char *name)
{
  g_autofree char *src = fixture_path (name);
  g_autofree char *contents = NULL;
  char *dest = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_get_contents (src, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (dest, contents, -1, NULL));
  return dest;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("cronista-edits-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "library.db", NULL);
  f->store = cr_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* The only visible event of @kind, or NULL. */
static CrStoreEvent *
event_of_kind (Fixture     *f,
               CrEventKind  kind)
{
  CrStoreEventFilter filter;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  cr_store_event_filter_init (&filter);
  filter.has_kind = TRUE;
  filter.kind = kind;
  events = cr_store_list_events (f->store, &filter, &error);
  g_assert_no_error (error);
  if (events->len != 1)
    return NULL;
  return g_ptr_array_steal_index (events, 0);
}

/* Links to entities carry their event's kind and days for the merge;
 * every edit must keep them equal to the event's own. */
static void
assert_links_follow_events (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "library.db", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT count (*), sum (ee.event_kind IS NOT ev.kind"
                                       " OR ee.event_first_day IS NOT ev.first_day"
                                       " OR ee.event_last_day IS NOT ev.last_day)"
                                       " FROM event_entities ee JOIN events ev ON ev.id = ee.event_id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), >, 0);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static guint
count_visible (Fixture *f)
{
  g_autoptr(GPtrArray) events = cr_store_list_events (f->store, NULL, NULL);

  return events->len;
}

static void
test_rename_survives (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = copy_fixture (f, "cumbre-es.txt");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *changed = NULL;
  CrStoreEvent *meeting;

  import (f, path);
  meeting = event_of_kind (f, CR_EVENT_KIND_MEETING);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (meeting->value, ==, "2025-03-12");
  g_assert_true (cr_store_rename_event (f->store, meeting->id, "Cumbre del agua", &error));
  g_assert_no_error (error);
  cr_store_event_free (meeting);

  /* The source changes (a paragraph is added): an update, re-extracted. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  changed = g_strconcat (contents, "La oposición criticó el texto.\n", NULL);
  g_assert_true (g_file_set_contents (path, changed, -1, NULL));
  import (f, path);

  meeting = event_of_kind (f, CR_EVENT_KIND_MEETING);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (meeting->title, ==, "Cumbre del agua");
  cr_store_event_free (meeting);

  /* So does a re-extraction of the whole library. */
  g_assert_true (cr_store_reextract (f->store, NULL, NULL, &error));
  g_assert_no_error (error);
  meeting = event_of_kind (f, CR_EVENT_KIND_MEETING);
  g_assert_cmpstr (meeting->title, ==, "Cumbre del agua");
  cr_store_event_free (meeting);

  /* Undo gives the extracted title back; redo the edit. */
  g_assert_true (cr_store_undo (f->store, NULL, &error));
  meeting = event_of_kind (f, CR_EVENT_KIND_MEETING);
  g_assert_cmpstr (meeting->title, !=, "Cumbre del agua");
  g_assert_true (g_str_has_prefix (meeting->title, "Reunión"));
  cr_store_event_free (meeting);
  g_assert_true (cr_store_redo (f->store, NULL, &error));
  meeting = event_of_kind (f, CR_EVENT_KIND_MEETING);
  g_assert_cmpstr (meeting->title, ==, "Cumbre del agua");
  cr_store_event_free (meeting);
}

static void
test_hide_kind_redate (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = fixture_path ("cumbre-es.txt");
  g_autoptr(GError) error = NULL;
  CrStoreEvent *meeting;
  guint before;
  gint64 id;
  CrEditOp op;

  import (f, path);
  before = count_visible (f);
  meeting = event_of_kind (f, CR_EVENT_KIND_MEETING);
  id = meeting->id;
  cr_store_event_free (meeting);

  g_assert_true (cr_store_redate_event (f->store, id, "2025-03-11", &error));
  g_assert_true (cr_store_set_event_kind (f->store, id, CR_EVENT_KIND_VISIT, &error));
  assert_links_follow_events (f);
  g_assert_null (event_of_kind (f, CR_EVENT_KIND_MEETING));
  meeting = event_of_kind (f, CR_EVENT_KIND_VISIT);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (meeting->value, ==, "2025-03-11");
  g_assert_cmpint (meeting->granularity, ==, CR_GRANULARITY_DAY);

  g_assert_true (cr_store_hide_event (f->store, meeting->id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_visible (f), ==, before - 1);
  cr_store_event_free (meeting);

  /* Three undos, newest first, back to what extraction found. */
  g_assert_true (cr_store_undo (f->store, &op, &error));
  g_assert_cmpint (op, ==, CR_EDIT_HIDE);
  g_assert_cmpuint (count_visible (f), ==, before);
  g_assert_true (cr_store_undo (f->store, &op, &error));
  g_assert_cmpint (op, ==, CR_EDIT_KIND);
  g_assert_true (cr_store_undo (f->store, &op, &error));
  g_assert_cmpint (op, ==, CR_EDIT_REDATE);
  assert_links_follow_events (f);
  meeting = event_of_kind (f, CR_EVENT_KIND_MEETING);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (meeting->value, ==, "2025-03-12");
  cr_store_event_free (meeting);

  g_assert_false (cr_store_undo (f->store, NULL, &error));
  g_assert_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A new edit drops what could have been redone. */
  g_assert_cmpuint (cr_store_count_edits (f->store, TRUE, NULL), ==, 3);
  meeting = event_of_kind (f, CR_EVENT_KIND_MEETING);
  g_assert_true (cr_store_rename_event (f->store, meeting->id, "Otra", &error));
  cr_store_event_free (meeting);
  g_assert_cmpuint (cr_store_count_edits (f->store, TRUE, NULL), ==, 0);
  g_assert_false (cr_store_redo (f->store, NULL, &error));
}

static void
test_merge_and_split (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *es = fixture_path ("cumbre-es.txt");
  g_autofree char *other = fixture_path ("otra-cumbre-es.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  CrStoreEventFilter filter;
  CrStoreEvent *a, *b;
  gint64 new_id = 0;
  gint64 n_mentions;

  import (f, es);
  import (f, other);
  n_mentions = cr_store_count_mentions (f->store, NULL);

  /* Two meetings on the same day with different participants stay apart. */
  cr_store_event_filter_init (&filter);
  filter.has_kind = TRUE;
  filter.kind = CR_EVENT_KIND_MEETING;
  meetings = cr_store_list_events (f->store, &filter, &error);
  g_assert_cmpuint (meetings->len, ==, 2);
  a = g_ptr_array_index (meetings, 0);
  b = g_ptr_array_index (meetings, 1);

  g_assert_true (cr_store_merge_events (f->store, a->id, b->id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&meetings, g_ptr_array_unref);
  meetings = cr_store_list_events (f->store, &filter, &error);
  g_assert_cmpuint (meetings->len, ==, 1);
  a = g_ptr_array_index (meetings, 0);
  g_assert_cmpuint (a->n_articles, ==, 2);

  /* Split one mention off again. */
  mentions = cr_store_get_event_mentions (f->store, a->id, &error);
  g_assert_cmpuint (mentions->len, ==, 2);
  g_assert_true (cr_store_split_mention (f->store, a->id,
                                         ((CrStoreEventMention *) g_ptr_array_index (mentions, 1))->mention_id,
                                         &new_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (new_id, >, 0);
  g_assert_cmpint (new_id, !=, a->id);
  g_clear_pointer (&meetings, g_ptr_array_unref);
  meetings = cr_store_list_events (f->store, &filter, &error);
  g_assert_cmpuint (meetings->len, ==, 2);
  assert_links_follow_events (f);

  /* Undo the split: one event; undo the merge: two. */
  g_assert_true (cr_store_undo (f->store, NULL, &error));
  g_clear_pointer (&meetings, g_ptr_array_unref);
  meetings = cr_store_list_events (f->store, &filter, &error);
  g_assert_cmpuint (meetings->len, ==, 1);
  g_assert_true (cr_store_undo (f->store, NULL, &error));
  g_clear_pointer (&meetings, g_ptr_array_unref);
  meetings = cr_store_list_events (f->store, &filter, &error);
  g_assert_cmpuint (meetings->len, ==, 2);
  assert_links_follow_events (f);
  /* Both articles were extracted again, each once. */
  g_assert_cmpint (cr_store_count_mentions (f->store, NULL), ==, n_mentions);
}

static void
test_add_manual (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *es = fixture_path ("cumbre-es.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(CrStoreEvent) ev = NULL;
  gint64 id = 0;
  guint before;

  import (f, es);
  before = count_visible (f);
  g_assert_true (cr_store_add_event (f->store, "2023-08", CR_EVENT_KIND_OTHER, "Sequía en la frontera", &id, &error));
  g_assert_no_error (error);
  ev = cr_store_get_event (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ev->title, ==, "Sequía en la frontera");
  g_assert_cmpint (ev->granularity, ==, CR_GRANULARITY_MONTH);
  g_assert_cmpuint (count_visible (f), ==, before + 1);

  /* Manual events have no mention, and re-extraction keeps them. */
  g_assert_true (cr_store_reextract (f->store, NULL, NULL, &error));
  g_assert_cmpuint (count_visible (f), ==, before + 1);
  g_assert_true (cr_store_undo (f->store, NULL, &error));
  g_assert_cmpuint (count_visible (f), ==, before);

  g_assert_false (cr_store_add_event (f->store, "marzo", CR_EVENT_KIND_OTHER, "x", NULL, &error));
  g_assert_error (error, CR_STORE_ERROR, CR_STORE_ERROR_FAILED);
}

static void
test_article_date (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *es = fixture_path ("cumbre-es.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  CrStoreEvent *meeting;

  import (f, es);
  articles = cr_store_list_articles (f->store, &error);
  g_assert_cmpuint (articles->len, ==, 1);

  /* "este miércoles" follows the publication date: a week later, it is
   * the Wednesday of that week. */
  g_assert_true (cr_store_set_article_date (f->store, ((CrArticle *) g_ptr_array_index (articles, 0))->id,
                                            "2025-03-19", &error));
  g_assert_no_error (error);
  meeting = event_of_kind (f, CR_EVENT_KIND_MEETING);
  g_assert_cmpstr (meeting->value, ==, "2025-03-19");
  cr_store_event_free (meeting);

  g_assert_true (cr_store_undo (f->store, NULL, &error));
  meeting = event_of_kind (f, CR_EVENT_KIND_MEETING);
  g_assert_cmpstr (meeting->value, ==, "2025-03-12");
  cr_store_event_free (meeting);
}

static gint64
article_titled (Fixture    *f,
                const char *prefix)
{
  g_autoptr(GPtrArray) articles = cr_store_list_articles (f->store, NULL);

  for (guint i = 0; i < articles->len; i++)
    {
      CrArticle *article = g_ptr_array_index (articles, i);

      if (g_str_has_prefix (article->title, prefix))
        return article->id;
    }
  return 0;
}

/* Removing an article takes its dates and the events only it reported;
 * an event another article also reports stays. Undo brings back the
 * article, its events and an edit of them; a new import brings back a
 * removed article, and undoing the removal then adds nothing. */
static void
test_remove_article (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *es = fixture_path ("cumbre-es.txt");
  g_autofree char *en = fixture_path ("summit-en.txt");
  g_autofree char *other = copy_fixture (f, "otra-cumbre-es.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(CrStoreEvent) meeting = NULL;
  guint n_all, n_mentions;
  gint64 baires;
  CrEditOp op = CR_N_EDITS;

  import (f, es);
  import (f, en);
  import (f, other);
  n_all = count_visible (f);
  n_mentions = (guint) cr_store_count_mentions (f->store, NULL);
  baires = article_titled (f, "Argentina y Brasil");
  g_assert_cmpint (baires, >, 0);

  /* An edit of the summit, to see it come back too. */
  {
    CrStoreEventFilter filter;
    g_autoptr(GPtrArray) events = NULL;

    cr_store_event_filter_init (&filter);
    filter.entity = "country:ar";
    events = cr_store_list_events (f->store, &filter, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (events->len, ==, 1);
    g_assert_true (cr_store_rename_event (f->store, ((CrStoreEvent *) g_ptr_array_index (events, 0))->id,
                                          "Cumbre del Mercosur", &error));
    g_assert_no_error (error);
  }

  g_assert_true (cr_store_remove_article (f->store, baires, &error));
  g_assert_no_error (error);
  g_assert_cmpint (article_titled (f, "Argentina y Brasil"), ==, 0);
  g_assert_cmpuint (count_visible (f), <, n_all);
  g_assert_cmpuint (cr_store_count_mentions (f->store, NULL), <, n_mentions);
  {
    g_autoptr(GPtrArray) hits = cr_store_search (f->store, "comercio", 10, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 0);
  }
  /* The Lima meeting, reported by the other two, is untouched. */
  meeting = event_of_kind (f, CR_EVENT_KIND_MEETING);
  g_assert_nonnull (meeting);
  g_assert_cmpuint (meeting->n_articles, ==, 2);

  g_assert_true (cr_store_undo (f->store, &op, &error));
  g_assert_no_error (error);
  g_assert_cmpint (op, ==, CR_EDIT_REMOVE_ARTICLE);
  g_assert_cmpint (article_titled (f, "Argentina y Brasil"), >, 0);
  g_assert_cmpuint (count_visible (f), ==, n_all);
  g_assert_cmpuint (cr_store_count_mentions (f->store, NULL), ==, n_mentions);
  /* Its full-text row comes back with it. */
  {
    g_autoptr(GPtrArray) hits = cr_store_search (f->store, "comercio", 10, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (hits->len, ==, 1);
  }
  {
    CrStoreEventFilter filter;
    g_autoptr(GPtrArray) events = NULL;

    cr_store_event_filter_init (&filter);
    filter.entity = "country:ar";
    events = cr_store_list_events (f->store, &filter, &error);
    g_assert_cmpuint (events->len, ==, 1);
    g_assert_cmpstr (((CrStoreEvent *) g_ptr_array_index (events, 0))->title, ==, "Cumbre del Mercosur");
  }

  /* Redo removes it again; importing the file again brings it back. */
  g_assert_true (cr_store_redo (f->store, NULL, &error));
  g_assert_cmpint (article_titled (f, "Argentina y Brasil"), ==, 0);
  import (f, other);
  g_assert_cmpint (article_titled (f, "Argentina y Brasil"), >, 0);
  g_assert_true (cr_store_undo (f->store, &op, &error));
  g_assert_cmpint (op, ==, CR_EDIT_REMOVE_ARTICLE);
  g_assert_cmpuint (cr_store_count_articles (f->store, NULL), ==, 3);

  g_assert_false (cr_store_remove_article (f->store, 9999, &error));
  g_assert_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-edits/rename-survives", Fixture, NULL, fixture_setup, test_rename_survives, fixture_teardown);
  g_test_add ("/store-edits/hide-kind-redate", Fixture, NULL, fixture_setup, test_hide_kind_redate, fixture_teardown);
  g_test_add ("/store-edits/merge-split", Fixture, NULL, fixture_setup, test_merge_and_split, fixture_teardown);
  g_test_add ("/store-edits/add", Fixture, NULL, fixture_setup, test_add_manual, fixture_teardown);
  g_test_add ("/store-edits/article-date", Fixture, NULL, fixture_setup, test_article_date, fixture_teardown);
  g_test_add ("/store-edits/remove-article", Fixture, NULL, fixture_setup, test_remove_article, fixture_teardown);

  return g_test_run ();
}
