/* test-article-list.c: the sidebar's list model over the library
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cr-article-list.h"
#include "cr-importer.h"
#include "cr-store-edits.h"
#include "cr-store-events.h"

typedef struct {
  char *dir;
  CrStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *a = g_test_build_filename (G_TEST_DIST, "data", "events", "cumbre-es.txt", NULL);
  g_autofree char *b = g_test_build_filename (G_TEST_DIST, "data", "events", "summit-en.txt", NULL);
  g_autofree char *c = g_test_build_filename (G_TEST_DIST, "data", "events", "otra-cumbre-es.txt", NULL);
  const char *paths[] = { a, b, c, NULL };
  g_autoptr(GPtrArray) results = NULL;

  f->dir = g_dir_make_tmp ("cronista-list-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "library.db", NULL);
  f->store = cr_store_open (path, &error);
  g_assert_no_error (error);
  results = cr_importer_import_sync (f->store, paths, NULL, NULL, NULL, NULL, &error);
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

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *calls)
{
  g_assert_cmpuint (position, ==, 0);
  (*calls)++;
}

static CrArticleRow *
row_titled (GListModel *model,
            const char *prefix)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CrArticleRow) row = g_list_model_get_item (model, i);

      if (g_str_has_prefix (cr_article_row_get_title (row), prefix))
        return g_steal_pointer (&row);
    }
  return NULL;
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrArticleList) list = cr_article_list_new (f->store);
  GListModel *model = G_LIST_MODEL (list);
  g_autoptr(CrArticleRow) es = NULL;
  g_autoptr(CrArticleRow) en = NULL;
  guint calls = 0;

  g_assert_true (g_list_model_get_item_type (model) == CR_TYPE_ARTICLE_ROW);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &calls);
  g_assert_true (cr_article_list_reload (list, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_null (g_list_model_get_item (model, 3));

  es = row_titled (model, "Ministros de Chile y Perú");
  en = row_titled (model, "Chile and Peru sign");
  g_assert_nonnull (es);
  g_assert_nonnull (en);
  g_assert_cmpstr (cr_article_row_get_date (es), ==, "2025-03-12");
  g_assert_cmpstr (cr_article_row_get_language (es), ==, "es");
  g_assert_cmpstr (cr_article_row_get_language (en), ==, "en");
  g_assert_true (g_str_has_suffix (cr_article_row_get_source (es), "cumbre-es.txt"));
  /* The meeting, the commission of June and the drought of 2023. */
  g_assert_cmpuint (cr_article_row_get_n_events (es), ==, 3);
  g_assert_cmpuint (cr_article_row_get_n_events (en), >=, 1);
}

/* Searching through the filter: the words narrow the list. */
static void
search (CrArticleList   *list,
        CrLibraryFilter *filter,
        const char      *words)
{
  g_autoptr(GError) error = NULL;

  cr_library_filter_set_query (filter, words);
  g_assert_true (cr_article_list_reload (list, &error));
  g_assert_no_error (error);
}

static void
test_query (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CrArticleList) list = cr_article_list_new (f->store);
  g_autoptr(CrLibraryFilter) filter = cr_library_filter_new ();
  GListModel *model = G_LIST_MODEL (list);

  cr_article_list_set_filter (list, filter);
  search (list, filter, "Lima");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  /* Accents and case do not matter; every word must match. */
  search (list, filter, "peru acuerdo");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  search (list, filter, "Buenos Aires");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  /* A user's quotes and operators are words, not FTS syntax. */
  search (list, filter, "\"Lima\" AND (");
  search (list, filter, "nadaquecoincida");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  search (list, filter, "   ");
  g_assert_null (cr_library_filter_get_query (filter));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
}

static void
test_hidden_events_not_counted (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrArticleList) list = cr_article_list_new (f->store);
  g_autoptr(CrArticleRow) before = NULL;
  g_autoptr(CrArticleRow) after = NULL;
  g_autoptr(GPtrArray) events = NULL;
  CrStoreEventFilter filter;

  g_assert_true (cr_article_list_reload (list, &error));
  before = row_titled (G_LIST_MODEL (list), "Ministros de Chile");
  cr_store_event_filter_init (&filter);
  filter.article_id = cr_article_row_get_id (before);
  events = cr_store_list_events (f->store, &filter, &error);
  g_assert_cmpuint (events->len, ==, cr_article_row_get_n_events (before));
  g_assert_true (cr_store_hide_event (f->store, ((CrStoreEvent *) g_ptr_array_index (events, 0))->id, &error));
  g_assert_true (cr_article_list_reload (list, &error));
  after = row_titled (G_LIST_MODEL (list), "Ministros de Chile");
  g_assert_cmpuint (cr_article_row_get_n_events (after), ==, cr_article_row_get_n_events (before) - 1);
}

typedef struct {
  guint position, removed, added;
  guint calls;
} Change;

static void
on_change (GListModel *model,
           guint       position,
           guint       removed,
           guint       added,
           Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->calls++;
}

/* Shown a part at a time, the rows are the same, in the same order, as
 * read at once; the hidden ones are no items. */
static void
test_shown_in_parts (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrArticleList) all = cr_article_list_new (f->store);
  g_autoptr(CrArticleList) list = cr_article_list_new (f->store);
  GListModel *model = G_LIST_MODEL (list);
  Change change = { 0 };

  g_assert_true (cr_article_list_reload (all, &error));
  g_assert_true (cr_article_list_reload (list, &error));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_change), &change);

  g_assert_true (cr_article_list_reload_first (list, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (change.calls, ==, 1);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 3);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_null (g_list_model_get_item (model, 1));

  g_assert_true (cr_article_list_show_more (list, 1));
  g_assert_cmpuint (change.calls, ==, 2);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  g_assert_false (cr_article_list_show_more (list, 10));
  g_assert_cmpuint (change.calls, ==, 3);
  g_assert_cmpuint (change.position, ==, 2);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CrArticleRow) a = g_list_model_get_item (G_LIST_MODEL (all), i);
      g_autoptr(CrArticleRow) b = g_list_model_get_item (model, i);

      g_assert_cmpint (cr_article_row_get_id (a), ==, cr_article_row_get_id (b));
    }

  /* Nothing left: no change. */
  g_assert_false (cr_article_list_show_more (list, 10));
  g_assert_cmpuint (change.calls, ==, 3);

  /* A plain reload (a filter, a search) shows them all again. */
  g_assert_true (cr_article_list_reload_first (list, 2, &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_true (cr_article_list_reload (list, &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpuint (change.removed, ==, 2);
  g_assert_cmpuint (change.added, ==, 3);
  g_assert_false (cr_article_list_show_more (list, 1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/article-list/rows", Fixture, NULL, fixture_setup, test_rows, fixture_teardown);
  g_test_add ("/article-list/query", Fixture, NULL, fixture_setup, test_query, fixture_teardown);
  g_test_add ("/article-list/hidden", Fixture, NULL, fixture_setup, test_hidden_events_not_counted, fixture_teardown);
  g_test_add ("/article-list/in-parts", Fixture, NULL, fixture_setup, test_shown_in_parts, fixture_teardown);

  return g_test_run ();
}
