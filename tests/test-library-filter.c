/* test-library-filter.c: the filters the sidebar, timeline and events list share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cr-article-list.h"
#include "cr-calendar.h"
#include "cr-filtered-event-source.h"
#include "cr-importer.h"
#include "cr-library-filter.h"
#include "cr-store-event-source.h"
#include "cr-store-events.h"

/* The three fixtures: a Spanish and an English report of the same
 * Chile–Peru meeting in Lima, and a Spanish report of an unrelated
 * Argentina–Brazil summit the same day. */
typedef struct {
  char *dir;
  CrStore *store;
  CrLibraryFilter *filter;
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

  f->dir = g_dir_make_tmp ("cronista-filter-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "library.db", NULL);
  f->store = cr_store_open (path, &error);
  g_assert_no_error (error);
  results = cr_importer_import_sync (f->store, paths, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  f->filter = cr_library_filter_new ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->filter);
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

/* The titles of the events that pass, sorted and joined with "|", read
 * through the store so that the test never depends on row ids. */
static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
passing_event_titles (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  CrStoreEventFilter all;

  g_assert_true (cr_library_filter_match_events (f->filter, f->store, &ids, &error));
  g_assert_no_error (error);
  cr_store_event_filter_init (&all);
  events = cr_store_list_events (f->store, &all, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < events->len; i++)
    {
      CrStoreEvent *event = g_ptr_array_index (events, i);

      if (ids == NULL || g_hash_table_contains (ids, &event->id))
        g_ptr_array_add (titles, event->title);
    }
  g_ptr_array_sort (titles, compare_strings);
  g_ptr_array_add (titles, NULL);
  return g_strjoinv ("|", (char **) titles->pdata);
}

static guint
n_passing_articles (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) ids = NULL;

  g_assert_true (cr_library_filter_match_articles (f->filter, f->store, &ids, &error));
  g_assert_no_error (error);
  return ids ? g_hash_table_size (ids) : G_MAXUINT;
}

#define LIMA_ES "Reunión entre Chile y Perú en Lima"
#define LIMA_EN "Agreement between Chile and Peru in Lima"
#define BAIRES "Reunión entre Argentina y Brasil en Buenos Aires"

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cr_library_filter_is_empty (f->filter));
  g_assert_true (cr_library_filter_match_events (f->filter, f->store, &ids, &error));
  g_assert_null (ids);
  g_assert_cmpuint (n_passing_articles (f), ==, G_MAXUINT);

  /* Blank strings are no condition either. */
  cr_library_filter_set_query (f->filter, "   ");
  cr_library_filter_set_language (f->filter, "");
  g_assert_true (cr_library_filter_is_empty (f->filter));
}

static void
test_kind (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *meetings = NULL;
  g_autofree char *both = NULL;

  cr_library_filter_set_kinds (f->filter, 1u << CR_EVENT_KIND_MEETING);
  meetings = passing_event_titles (f);
  g_assert_cmpstr (meetings, ==, BAIRES "|" LIMA_ES);
  /* Every article reports a meeting: the English one merged into Lima's. */
  g_assert_cmpuint (n_passing_articles (f), ==, 3);

  cr_library_filter_set_kinds (f->filter, (1u << CR_EVENT_KIND_MEETING) | (1u << CR_EVENT_KIND_AGREEMENT));
  both = passing_event_titles (f);
  g_assert_cmpstr (both, ==, LIMA_EN "|" BAIRES "|" LIMA_ES);
}

static void
test_language_and_entity (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *english = NULL;
  g_autofree char *argentina = NULL;
  g_autofree char *combined = NULL;

  cr_library_filter_set_language (f->filter, "en");
  english = passing_event_titles (f);
  g_assert_true (strstr (english, LIMA_ES) != NULL);   /* merged with the English report */
  g_assert_true (strstr (english, LIMA_EN) != NULL);
  g_assert_null (strstr (english, BAIRES));
  g_assert_cmpuint (n_passing_articles (f), ==, 1);

  cr_library_filter_set_language (f->filter, NULL);
  cr_library_filter_set_entity (f->filter, "country:ar");
  argentina = passing_event_titles (f);
  g_assert_cmpstr (argentina, ==, BAIRES);
  g_assert_cmpuint (n_passing_articles (f), ==, 1);

  /* Conditions combine: Argentina is never named in English here. */
  cr_library_filter_set_language (f->filter, "en");
  combined = passing_event_titles (f);
  g_assert_cmpstr (combined, ==, "");
  g_assert_cmpuint (n_passing_articles (f), ==, 0);
}

static void
test_query_and_range (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *commerce = NULL;
  g_autofree char *march = NULL;
  CrDay first = cr_day_from_ymd (2025, 3, 1);
  CrDay last = cr_day_from_ymd (2025, 3, 31);

  /* Only the Buenos Aires article speaks of "comercio"; the quote is not
   * FTS syntax. */
  cr_library_filter_set_query (f->filter, "comercio \"");
  commerce = passing_event_titles (f);
  g_assert_cmpstr (commerce, ==, BAIRES);
  g_assert_cmpuint (n_passing_articles (f), ==, 1);

  cr_library_filter_set_query (f->filter, NULL);
  cr_library_filter_set_range (f->filter, first, last);
  march = passing_event_titles (f);
  g_assert_cmpstr (march, ==, LIMA_EN "|" BAIRES "|" LIMA_ES);
  g_assert_cmpuint (n_passing_articles (f), ==, 3);

  /* A range where nothing happened leaves no article either. */
  cr_library_filter_set_range (f->filter, cr_day_from_ymd (2020, 1, 1), cr_day_from_ymd (2020, 12, 31));
  g_assert_cmpuint (n_passing_articles (f), ==, 0);
}

static void
on_changed (gpointer  instance,
            guint    *count)
{
  (*count)++;
}

static void
test_sources_follow (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrStoreEventSource) base = cr_store_event_source_new (f->store);
  g_autoptr(CrFilteredEventSource) source = cr_filtered_event_source_new (CR_EVENT_SOURCE (base), f->store, f->filter);
  g_autoptr(CrArticleList) list = cr_article_list_new (f->store);
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) spanish = NULL;
  guint changes = 0;

  g_signal_connect (source, "changed", G_CALLBACK (on_changed), &changes);
  cr_article_list_set_filter (list, f->filter);
  g_assert_true (cr_article_list_reload (list, &error));
  g_assert_no_error (error);
  all = cr_event_source_query (CR_EVENT_SOURCE (source), CR_DAY_UNKNOWN, CR_DAY_UNKNOWN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  cr_library_filter_set_language (f->filter, "es");
  g_assert_cmpuint (changes, ==, 1);
  cr_library_filter_set_language (f->filter, "es");
  g_assert_cmpuint (changes, ==, 1);   /* no change, no signal */
  spanish = cr_event_source_query (CR_EVENT_SOURCE (source), CR_DAY_UNKNOWN, CR_DAY_UNKNOWN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  /* The English-only events are gone, the order is kept. */
  g_assert_cmpuint (spanish->len, <, all->len);
  g_assert_cmpuint (spanish->len, >, 0);
  for (guint i = 1; i < spanish->len; i++)
    g_assert_cmpint (g_array_index (spanish, CrEventSummary, i - 1).first_day, <=,
                     g_array_index (spanish, CrEventSummary, i).first_day);
  for (guint i = 0; i < spanish->len; i++)
    g_assert_cmpstr (g_array_index (spanish, CrEventSummary, i).title, !=, LIMA_EN);

  cr_library_filter_clear (f->filter);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/library-filter/empty", test_empty);
  ADD ("/library-filter/kind", test_kind);
  ADD ("/library-filter/language-and-entity", test_language_and_entity);
  ADD ("/library-filter/query-and-range", test_query_and_range);
  ADD ("/library-filter/sources-follow", test_sources_follow);
#undef ADD

  return g_test_run ();
}
