/* test-library-view.c: articles, timeline and texts linked both ways
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cr-library-view.h"
#include "cr-store-events.h"
#include "ui-test-util.h"

static CrStore *store;
static CrLibraryView *view;

static gint64
meeting_of (const char *country)
{
  return ui_test_meeting_of (store, country);
}

static char *
pane_text (void)
{
  return ui_test_buffer_text (cr_article_pane_get_buffer (cr_library_view_get_article_pane (view)));
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
  ui_test_spin (50);
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
  ui_test_spin (50);
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
  /* Not the search of a drop-down's list in the filter menu. */
  if (GTK_IS_POPOVER (widget))
    return NULL;
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
    ui_test_spin (20);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  for (int i = 0; i < 100 && g_list_model_get_n_items (articles) != 3; i++)
    ui_test_spin (20);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 3);
}


static gsize
n_timeline_items (void)
{
  CrTimelineIndex *index = cr_timeline_view_get_index (cr_library_view_get_timeline_view (view));
  gsize n = 0;

  cr_timeline_index_get_items (index, &n);
  return n;
}

static const CrTimelineItem *
timeline_item (gint64 id)
{
  CrTimelineIndex *index = cr_timeline_view_get_index (cr_library_view_get_timeline_view (view));
  gsize n = 0;
  const CrTimelineItem *items = cr_timeline_index_get_items (index, &n);

  for (gsize i = 0; i < n; i++)
    if (items[i].id == id)
      return &items[i];
  return NULL;
}

static void
collect_chips (GtkWidget *widget,
               GPtrArray *chips)
{
  if (gtk_widget_has_css_class (widget, "filter-chip"))
    g_ptr_array_add (chips, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_chips (child, chips);
}

/* The search is a filter: sidebar, timeline and events list narrow
 * together, and the chip of the search clears it. */
static void
test_search_narrows_timeline (void)
{
  GtkWidget *entry = find_search_entry (GTK_WIDGET (view));
  GListModel *rows = cr_events_list_get_rows (cr_library_view_get_events_list (view));
  gsize all = n_timeline_items ();
  g_autoptr(GPtrArray) chips = g_ptr_array_new ();

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, all);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Buenos Aires");
  for (int i = 0; i < 100 && n_timeline_items () == all; i++)
    ui_test_spin (20);
  g_assert_cmpuint (n_timeline_items (), <, all);
  g_assert_nonnull (timeline_item (meeting_of ("country:ar")));
  g_assert_null (timeline_item (meeting_of ("country:cl")));
  /* A hidden list catches up when asked for its rows. */
  rows = cr_events_list_get_rows (cr_library_view_get_events_list (view));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_timeline_items ());

  /* One chip for the search, one to clear everything. */
  collect_chips (GTK_WIDGET (view), chips);
  g_assert_cmpuint (chips->len, ==, 2);
  g_signal_emit_by_name (g_ptr_array_index (chips, 0), "clicked");
  g_assert_cmpuint (n_timeline_items (), ==, all);
  g_assert_null (cr_library_filter_get_query (cr_library_view_get_filter (view)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

/* Filters combine: a kind and a language, undone chip by chip. */
static void
test_filters_combine (void)
{
  CrLibraryFilter *filter = cr_library_view_get_filter (view);
  GListModel *articles = G_LIST_MODEL (cr_library_view_get_article_list (view));
  gsize all = n_timeline_items ();
  g_autoptr(GPtrArray) chips = g_ptr_array_new ();

  cr_library_filter_set_kinds (filter, 1u << CR_EVENT_KIND_MEETING);
  g_assert_nonnull (timeline_item (meeting_of ("country:ar")));
  g_assert_nonnull (timeline_item (meeting_of ("country:cl")));
  for (gsize i = 0; i < n_timeline_items (); i++)
    {
      CrTimelineIndex *index = cr_timeline_view_get_index (cr_library_view_get_timeline_view (view));
      gsize n;

      g_assert_cmpint (cr_timeline_index_get_items (index, &n)[i].kind, ==, CR_EVENT_KIND_MEETING);
    }

  cr_library_filter_set_language (filter, "en");
  g_assert_null (timeline_item (meeting_of ("country:ar")));
  g_assert_nonnull (timeline_item (meeting_of ("country:cl")));
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 1);

  collect_chips (GTK_WIDGET (view), chips);
  g_assert_cmpuint (chips->len, ==, 3);      /* meeting, English, clear all */
  g_signal_emit_by_name (g_ptr_array_index (chips, chips->len - 1), "clicked");
  g_assert_true (cr_library_filter_is_empty (filter));
  g_assert_cmpuint (n_timeline_items (), ==, all);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 3);
}

static GtkListView *
find_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget) && GTK_IS_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (widget))) &&
      gtk_single_selection_get_model (GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (widget)))) ==
      G_LIST_MODEL (cr_library_view_get_article_list (view)))
    return GTK_LIST_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found = find_list_view (child);

      if (found)
        return found;
    }
  return NULL;
}

/* Selecting an article highlights its events and dims the others; the
 * zoom action frames them. */
static void
test_article_highlights_events (void)
{
  GtkListView *list = find_list_view (GTK_WIDGET (view));
  GtkSingleSelection *selection;
  GListModel *articles = G_LIST_MODEL (cr_library_view_get_article_list (view));
  CrViewport *viewport = cr_timeline_view_get_viewport (cr_library_view_get_timeline_view (view));
  gint64 baires = meeting_of ("country:ar");
  gint64 lima = meeting_of ("country:cl");
  guint position = GTK_INVALID_LIST_POSITION;
  gint64 span_before;

  g_assert_nonnull (list);
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list));
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(CrArticleRow) row = g_list_model_get_item (articles, i);

      if (strstr (cr_article_row_get_title (row), "Buenos Aires"))
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);

  cr_viewport_zoom_to_fit (viewport);
  span_before = cr_viewport_get_span (viewport);
  gtk_single_selection_set_selected (selection, position);
  g_assert_cmpint (timeline_item (baires)->state, ==, CR_ITEM_STATE_HIGHLIGHTED);
  g_assert_cmpint (timeline_item (lima)->state, ==, CR_ITEM_STATE_DIMMED);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "library.zoom-to-article", NULL));
  g_assert_cmpint (cr_viewport_get_span (viewport), <, span_before);
  g_assert_cmpint (cr_viewport_get_start (viewport), <=,
                   (gint64) timeline_item (baires)->first_day * 86400);
  g_assert_cmpint (cr_viewport_get_end (viewport), >=,
                   (gint64) (timeline_item (baires)->last_day + 1) * 86400);

  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  g_assert_cmpint (timeline_item (lima)->state, ==, CR_ITEM_STATE_NORMAL);
}

/* The events list and the timeline share one selection. */
static void
test_events_list_follows (void)
{
  CrEventsList *list = cr_library_view_get_events_list (view);
  GListModel *rows = cr_events_list_get_rows (list);
  CrViewport *viewport = cr_timeline_view_get_viewport (cr_library_view_get_timeline_view (view));
  gint64 lima = meeting_of ("country:cl");
  g_autoptr(CrEventRow) first = g_list_model_get_item (rows, 0);
  g_autoptr(CrEventRow) selected = NULL;

  /* By date, as the timeline. */
  for (guint i = 1; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CrEventRow) a = g_list_model_get_item (rows, i - 1);
      g_autoptr(CrEventRow) b = g_list_model_get_item (rows, i);

      g_assert_cmpint (timeline_item (cr_event_row_get_id (a))->first_day, <=,
                       timeline_item (cr_event_row_get_id (b))->first_day);
    }

  cr_events_list_select (list, 0);
  g_assert_cmpint (cr_viewport_get_selection (viewport), ==, cr_event_row_get_id (first));

  cr_library_view_select_event (view, lima);
  g_assert_cmpuint (cr_events_list_get_selected (list), !=, GTK_INVALID_LIST_POSITION);
  selected = g_list_model_get_item (rows, cr_events_list_get_selected (list));
  g_assert_cmpint (cr_event_row_get_id (selected), ==, lima);
  g_assert_cmpstr (cr_event_row_get_participants (selected), !=, NULL);
}

static guint
article_position (const char *title_part)
{
  GListModel *articles = G_LIST_MODEL (cr_library_view_get_article_list (view));

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(CrArticleRow) row = g_list_model_get_item (articles, i);

      if (strstr (cr_article_row_get_title (row), title_part))
        return i;
    }
  g_assert_not_reached ();
}

/* Offsets of the dates of @pane that belong, or not, to @event. */
static void
date_offsets (CrArticlePane *pane,
              gint64         event,
              int           *of_event,
              int           *of_other)
{
  GtkTextBuffer *buffer = cr_article_pane_get_buffer (pane);

  *of_event = *of_other = -1;
  for (int i = 0; i < gtk_text_buffer_get_char_count (buffer); i++)
    {
      gint64 at = cr_article_pane_get_event_at (pane, i);

      if (at == event && *of_event < 0)
        *of_event = i;
      else if (at > 0 && at != event && *of_other < 0)
        *of_other = i;
    }
}

/* The Spanish and English reports side by side: the Lima meeting both
 * report is marked in both, an event only one reports is not. */
static void
test_compare_articles (void)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (find_list_view (GTK_WIDGET (view))));
  CrArticlePane *main_pane = cr_library_view_get_article_pane (view);
  CrArticlePane *other_pane = cr_library_view_get_compare_pane (view);
  gint64 lima = meeting_of ("country:cl");
  int shared, alone;

  gtk_single_selection_set_selected (selection, article_position ("Ministros de Chile"));
  cr_library_view_compare_article (view, cr_library_view_get_selected_article (view));
  gtk_single_selection_set_selected (selection, article_position ("Chile and Peru"));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (other_pane))));
  g_assert_cmpint (cr_article_pane_get_article (main_pane), !=, cr_article_pane_get_article (other_pane));

  date_offsets (other_pane, lima, &shared, &alone);
  g_assert_cmpint (shared, >=, 0);
  g_assert_cmpint (alone, >=, 0);
  g_assert_true (cr_article_pane_has_tag_at (other_pane, "shared", shared));
  g_assert_false (cr_article_pane_has_tag_at (other_pane, "shared", alone));
  date_offsets (main_pane, lima, &shared, &alone);
  g_assert_cmpint (shared, >=, 0);
  g_assert_true (cr_article_pane_has_tag_at (main_pane, "shared", shared));

  /* Against the unrelated summit, nothing is shared. */
  gtk_single_selection_set_selected (selection, article_position ("Buenos Aires"));
  date_offsets (other_pane, lima, &shared, &alone);
  g_assert_false (cr_article_pane_has_tag_at (other_pane, "shared", shared));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (other_pane), "library.close-compare", NULL));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (other_pane))));
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
}

/* Searched words are highlighted in the article text. */
static void
test_search_highlighted (void)
{
  GtkWidget *entry = find_search_entry (GTK_WIDGET (view));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (find_list_view (GTK_WIDGET (view))));
  CrArticlePane *pane = cr_library_view_get_article_pane (view);
  g_autofree char *text = NULL;
  const char *found;
  int offset;

  gtk_editable_set_text (GTK_EDITABLE (entry), "comercio");
  for (int i = 0; i < 100 && g_list_model_get_n_items (G_LIST_MODEL (cr_library_view_get_article_list (view))) != 1; i++)
    ui_test_spin (20);
  gtk_single_selection_set_selected (selection, 0);
  text = pane_text ();
  found = strstr (text, "comercio");
  g_assert_nonnull (found);
  offset = (int) g_utf8_pointer_to_offset (text, found);
  g_assert_true (cr_article_pane_has_tag_at (pane, "search", offset));
  g_assert_false (cr_article_pane_has_tag_at (pane, "search", 0));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  for (int i = 0; i < 100 && cr_library_filter_get_query (cr_library_view_get_filter (view)) != NULL; i++)
    ui_test_spin (20);
  g_assert_false (cr_article_pane_has_tag_at (pane, "search", offset));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CrStore) reader = NULL;
  GtkWindow *window;
  int ret;

  g_test_init (&argc, &argv, NULL);
  adw_init ();

  store = ui_test_fixture_library (&dir);
  path = g_build_filename (dir, "library.db", NULL);
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
  ui_test_spin (200);

  g_test_add_func ("/library-view/loaded", test_loaded);
  g_test_add_func ("/library-view/event-shows-articles", test_event_shows_articles);
  g_test_add_func ("/library-view/date-selects-event", test_date_selects_event);
  g_test_add_func ("/library-view/search", test_search_narrows_sidebar);
  g_test_add_func ("/library-view/search-narrows-timeline", test_search_narrows_timeline);
  g_test_add_func ("/library-view/filters-combine", test_filters_combine);
  g_test_add_func ("/library-view/article-highlights-events", test_article_highlights_events);
  g_test_add_func ("/library-view/events-list-follows", test_events_list_follows);
  g_test_add_func ("/library-view/compare-articles", test_compare_articles);
  g_test_add_func ("/library-view/search-highlighted", test_search_highlighted);
  ret = g_test_run ();

  gtk_window_destroy (window);
  g_clear_object (&store);
  ui_test_remove_dir (dir);
  return ret;
}
