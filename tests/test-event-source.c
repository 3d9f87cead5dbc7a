/* test-event-source.c: the library as the timeline's event source
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cr-calendar.h"
#include "cr-importer.h"
#include "cr-store-edits.h"
#include "cr-store-event-source.h"

static char *
make_library (char **dir_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *a = g_test_build_filename (G_TEST_DIST, "data", "events", "cumbre-es.txt", NULL);
  g_autofree char *b = g_test_build_filename (G_TEST_DIST, "data", "events", "summit-en.txt", NULL);
  g_autofree char *c = g_test_build_filename (G_TEST_DIST, "data", "events", "otra-cumbre-es.txt", NULL);
  const char *paths[] = { a, b, c, NULL };
  char *dir = g_dir_make_tmp ("cronista-source-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, "library.db", NULL);
  store = cr_store_open (path, &error);
  g_assert_no_error (error);
  results = cr_importer_import_sync (store, paths, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  *dir_out = dir;
  return path;
}

static void
remove_library (char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
  g_free (dir);
}

static void
on_changed (CrEventSource *source,
            guint         *count)
{
  (*count)++;
}

static void
test_query (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CrStore) reader = NULL;
  g_autoptr(CrStore) writer = NULL;
  g_autoptr(CrStoreEventSource) source = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) march = NULL;
  g_autoptr(GArray) after_hide = NULL;
  char *dir = NULL;
  CrDay first, last;
  guint changed = 0;
  const CrEventSummary *meeting = NULL;

  path = make_library (&dir);
  /* The timeline reads through a read-only connection. */
  reader = cr_store_open_read_only (path, &error);
  g_assert_no_error (error);
  source = cr_store_event_source_new (reader);
  g_assert_true (CR_IS_EVENT_SOURCE (source));

  all = cr_event_source_query (CR_EVENT_SOURCE (source), CR_DAY_UNKNOWN, CR_DAY_UNKNOWN, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, >=, 4);
  for (guint i = 1; i < all->len; i++)
    {
      const CrEventSummary *p = &g_array_index (all, CrEventSummary, i - 1);
      const CrEventSummary *e = &g_array_index (all, CrEventSummary, i);

      g_assert_true (p->first_day < e->first_day || (p->first_day == e->first_day && p->id < e->id));
    }

  g_assert_true (cr_day_range_parse ("2025-03", &first, &last));
  march = cr_event_source_query (CR_EVENT_SOURCE (source), first, last, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < march->len; i++)
    {
      const CrEventSummary *e = &g_array_index (march, CrEventSummary, i);

      g_assert_cmpint (e->last_day, >=, first);
      g_assert_cmpint (e->first_day, <=, last);
      g_assert_nonnull (e->title);
      g_assert_cmpint (e->article_key, >, 0);
      if (e->kind == CR_EVENT_KIND_MEETING && e->n_sources == 2)
        meeting = e;
    }
  /* The Chile–Peru meeting, reported in two languages. */
  g_assert_nonnull (meeting);
  g_assert_cmpint (meeting->first_day, ==, cr_day_from_ymd (2025, 3, 12));
  g_assert_cmpint (meeting->entity_key, >, 0);

  /* Hidden events are not drawn. */
  writer = cr_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (cr_store_hide_event (writer, meeting->id, &error));
  g_signal_connect (source, "changed", G_CALLBACK (on_changed), &changed);
  cr_event_source_emit_changed (CR_EVENT_SOURCE (source));
  g_assert_cmpuint (changed, ==, 1);
  after_hide = cr_event_source_query (CR_EVENT_SOURCE (source), first, last, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after_hide->len, ==, march->len - 1);

  g_clear_object (&source);
  g_clear_object (&reader);
  g_clear_object (&writer);
  remove_library (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/event-source/query", test_query);

  return g_test_run ();
}
