/* test-library-view.c: articles, timeline and texts linked both ways
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cr-importer.h"
#include "cr-library-view.h"
#include "cr-store-events.h"

static CrStore *store;
static CrLibraryView *view;

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static gint64
meeting_of (const char *country)
{
  CrStoreEventFilter filter;
  g_autoptr(GPtrArray) events = NULL;

  cr_store_event_filter_init (&filter);
  filter.has_kind = TRUE;
  filter.kind = CR_EVENT_KIND_MEETING;
  filter.entity = country;
  events = cr_store_list_events (store, &filter, NULL);
  g_assert_cmpuint (events->len, ==, 1);
  return ((CrStoreEvent *) g_ptr_array_index (events, 0))->id;
}

static char *
pane_text (void)
{
  GtkTextBuffer *buffer = cr_article_pane_get_buffer (cr_library_view_get_article_pane (view));
  GtkTextIter a, b;

  gtk_text_buffer_get_bounds (buffer, &a, &b);
  return gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
}

static void
test_loaded (void)
{
  CrTimelineIndex *index = cr_timeline_view_get_index (cr_library_view_get_timeline_view (view));
  gsize n_items = 0;

  /* Every article in the sidebar, every event on the timeline. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_library_view_get_article_list (view))), ==, 3);
  g_assert_nonnull (index);
  cr_timeline_index_get_items (index, &n_items);
  g_assert_cmpint (n_items, ==, cr_store_count_events (store, NULL));
}

static void
test_event_shows_articles (void)
{
  gint64 chile = meeting_of ("country:cl");
  g_autofree char *text = NULL;

  cr_library_view_select_event (view, chile);
  spin (50);
  g_assert_cmpint (cr_library_view_get_selected_event (view), ==, chile);
  text = pane_text ();
  /* The Spanish and the English report of the same meeting. */
  g_assert_nonnull (strstr (text, "Ministros de Chile y Perú sellan en Lima"));
  g_assert_nonnull (strstr (text, "Chile and Peru sign river-sharing accord"));
  g_assert_null (strstr (text, "Argentina y Brasil"));
}

static void
test_date_selects_event (void)
{
  CrArticlePane *pane = cr_library_view_get_article_pane (view);
  gint64 argentina = meeting_of ("country:ar");
  g_autofree char *text = NULL;
  const char *at;

  cr_library_view_select_event (view, argentina);
  spin (50);
  text = pane_text ();
  at = strstr (text, "este miércoles");
  g_assert_nonnull (at);
  /* Clicking the date in the text selects its event on the timeline. */
  cr_library_view_select_event (view, -1);
  g_assert_true (cr_article_pane_activate_at (pane, (int) g_utf8_strlen (text, at - text) + 2));
  g_assert_cmpint (cr_library_view_get_selected_event (view), ==, argentina);
}

static GtkWidget *
find_search_entry (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_search_entry (child);

      if (found)
        return found;
    }
  return NULL;
}

static void
test_search_narrows_sidebar (void)
{
  GtkWidget *entry = find_search_entry (GTK_WIDGET (view));
  GListModel *articles = G_LIST_MODEL (cr_library_view_get_article_list (view));

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Buenos Aires");
  /* GtkSearchEntry waits a little before it says the search changed. */
  for (int i = 0; i < 100 && g_list_model_get_n_items (articles) != 1; i++)
    spin (20);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  for (int i = 0; i < 100 && g_list_model_get_n_items (articles) != 3; i++)
    spin (20);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(CrStore) reader = NULL;
  GtkWindow *window;
  int ret;

  g_test_init (&argc, &argv, NULL);
  adw_init ();

  a = g_test_build_filename (G_TEST_DIST, "data", "events", "cumbre-es.txt", NULL);
  b = g_test_build_filename (G_TEST_DIST, "data", "events", "summit-en.txt", NULL);
  c = g_test_build_filename (G_TEST_DIST, "data", "events", "otra-cumbre-es.txt", NULL);
  dir = g_dir_make_tmp ("cronista-library-view-XXXXXX", &error);
  path = g_build_filename (dir, "library.db", NULL);
  store = cr_store_open (path, &error);
  g_assert_no_error (error);
  {
    const char *paths[] = { a, b, c, NULL };
    results = cr_importer_import_sync (store, paths, NULL, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
  }
  /* The views read through a read-only connection, as in the app. */
  reader = cr_store_open_read_only (path, &error);
  g_assert_no_error (error);

  view = CR_LIBRARY_VIEW (cr_library_view_new ());
  g_assert_true (cr_library_view_set_store (view, reader, &error));
  g_assert_no_error (error);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1000, 700);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  spin (200);

  g_test_add_func ("/library-view/loaded", test_loaded);
  g_test_add_func ("/library-view/event-shows-articles", test_event_shows_articles);
  g_test_add_func ("/library-view/date-selects-event", test_date_selects_event);
  g_test_add_func ("/library-view/search", test_search_narrows_sidebar);
  ret = g_test_run ();

  gtk_window_destroy (window);
  g_clear_object (&store);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d && (name = g_dir_read_name (d)))
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_unlink (p);
      }
    g_rmdir (dir);
  }
  return ret;
}
