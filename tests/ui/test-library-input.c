/* test-library-input.c: the library view under real X input
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Clicks an event mark on the timeline, clicks a date in the article
 * text and types into the search, all with ui_test_xdotool ($XDOTOOL), and checks
 * what the views then show.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "cr-library-view.h"
#include "cr-store-events.h"
#include "ui-test-util.h"

static CrStore *store;
static CrLibraryView *view;
static GtkWindow *window;
static char *window_id;

/* Clicks at (@x, @y) of @widget. */
static void
click (GtkWidget *widget,
       double     x,
       double     y)
{
  graphene_point_t point;
  double sx, sy;
  g_autofree char *wx = NULL;
  g_autofree char *wy = NULL;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (window), &GRAPHENE_POINT_INIT (x, y), &point));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  wx = g_strdup_printf ("%d", (int) lround (point.x + sx));
  wy = g_strdup_printf ("%d", (int) lround (point.y + sy));
  ui_test_xdotool ("mousemove", "--window", window_id, wx, wy, "click", "1");
  ui_test_spin (200);
}

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

/* A click on an event's mark selects it and shows its articles. */
static void
test_click_mark_selects (void)
{
  CrTimelineView *timeline = cr_library_view_get_timeline_view (view);
  CrViewport *viewport = cr_timeline_view_get_viewport (timeline);
  gint64 baires = meeting_of ("country:ar");
  CrTimelineIndex *index = cr_timeline_view_get_index (timeline);
  const CrTimelineItem *items;
  const CrMark *mark = NULL;
  g_autofree char *text = NULL;
  gsize n;

  /* A few days around the meeting: every event is a mark of its own. */
  items = cr_timeline_index_get_items (index, &n);
  for (gsize i = 0; i < n; i++)
    if (items[i].id == baires)
      cr_viewport_zoom_to_days (viewport, items[i].first_day - 3, items[i].last_day + 3);
  cr_viewport_set_selection (viewport, 0);
  for (int i = 0; i < 100 && mark == NULL; i++)
    {
      CrTimelineLayout *layout;

      ui_test_spin (20);
      layout = cr_timeline_view_get_layout (timeline);
      for (gsize j = 0; layout != NULL && j < n; j++)
        if (items[j].id == baires)
          mark = cr_timeline_layout_find_item (layout, j);
      if (mark != NULL && mark->type == CR_MARK_CLUSTER)
        mark = NULL;
    }
  g_assert_nonnull (mark);

  click (GTK_WIDGET (timeline), (mark->x0 + mark->x1) / 2, mark->y);
  g_assert_cmpint (cr_viewport_get_selection (viewport), ==, baires);
  text = pane_text ();
  g_assert_nonnull (strstr (text, "Argentina y Brasil celebran"));
}

/* A click on a date in the text selects that date's event. */
static void
test_click_date_selects (void)
{
  CrArticlePane *pane = cr_library_view_get_article_pane (view);
  CrViewport *viewport = cr_timeline_view_get_viewport (cr_library_view_get_timeline_view (view));
  GtkTextView *text_view = NULL;
  GtkTextBuffer *buffer = cr_article_pane_get_buffer (pane);
  g_autoptr(GError) error = NULL;
  gint64 lima = meeting_of ("country:cl");
  GdkRectangle rect;
  GtkTextIter iter;
  int offset = -1;
  int wx, wy;

  /* Show the Lima meeting's articles, then select something else. */
  cr_library_view_select_event (view, lima);
  ui_test_spin (300);
  for (int i = 0; i < gtk_text_buffer_get_char_count (buffer) && offset < 0; i++)
    if (cr_article_pane_get_event_at (pane, i) == lima)
      offset = i;
  g_assert_cmpint (offset, >=, 0);
  cr_viewport_set_selection (viewport, meeting_of ("country:ar"));
  /* Selecting another event rewrites the pane: show Lima's again without
   * selecting it, by its article. */
  g_assert_true (cr_article_pane_show_event (pane, lima, &error));
  g_assert_no_error (error);
  ui_test_spin (300);

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (pane)); w && text_view == NULL;)
    {
      if (GTK_IS_TEXT_VIEW (w))
        text_view = GTK_TEXT_VIEW (w);
      else if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  g_assert_nonnull (text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset + 1);
  gtk_text_view_get_iter_location (text_view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (text_view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y + rect.height / 2, &wx, &wy);
  click (GTK_WIDGET (text_view), wx, wy);
  g_assert_cmpint (cr_viewport_get_selection (viewport), ==, lima);
}

/* Typing into the search narrows the sidebar and the timeline. */
static void
test_type_search (void)
{
  GtkWidget *entry = NULL;
  CrTimelineIndex *index;
  gsize before, after = 0;

  for (GtkWidget *w = GTK_WIDGET (view); w != NULL && entry == NULL;)
    {
      if (GTK_IS_SEARCH_ENTRY (w))
        entry = w;
      else if (gtk_widget_get_first_child (w) != NULL && !GTK_IS_POPOVER (w))
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  g_assert_nonnull (entry);
  index = cr_timeline_view_get_index (cr_library_view_get_timeline_view (view));
  cr_timeline_index_get_items (index, &before);

  click (entry, gtk_widget_get_width (entry) / 2.0, gtk_widget_get_height (entry) / 2.0);
  ui_test_xdotool ("type", "--delay", "40", "comercio");
  for (int i = 0; i < 100 && g_list_model_get_n_items (G_LIST_MODEL (cr_library_view_get_article_list (view))) != 1; i++)
    ui_test_spin (20);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_library_view_get_article_list (view))), ==, 1);
  index = cr_timeline_view_get_index (cr_library_view_get_timeline_view (view));
  cr_timeline_index_get_items (index, &after);
  g_assert_cmpuint (after, <, before);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "comercio");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *found = NULL;
  g_autoptr(CrStore) reader = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  adw_init ();

  store = ui_test_fixture_library (&dir);
  path = g_build_filename (dir, "library.db", NULL);
  reader = cr_store_open_read_only (path, &error);
  g_assert_no_error (error);

  view = CR_LIBRARY_VIEW (cr_library_view_new ());
  g_assert_true (cr_library_view_set_store (view, reader, &error));
  g_assert_no_error (error);
  title = g_strdup_printf ("library-input-%d", (int) getpid ());
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_title (window, title);
  gtk_window_set_default_size (window, 1100, 760);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  ui_test_spin (400);

  pattern = g_strdup_printf ("^%s$", title);
  found = ui_test_xdotool_v ((const char * const[]) { "search", "--sync", "--onlyvisible", "--name", pattern, NULL });
  window_id = g_strdup (g_strstrip (found));
  if (strchr (window_id, '\n') != NULL)
    *strchr (window_id, '\n') = '\0';
  g_assert_cmpstr (window_id, !=, "");
  ui_test_xdotool ("windowfocus", "--sync", window_id);

  g_test_add_func ("/library-input/click-mark-selects", test_click_mark_selects);
  g_test_add_func ("/library-input/click-date-selects", test_click_date_selects);
  g_test_add_func ("/library-input/type-search", test_type_search);
  ret = g_test_run ();

  gtk_window_destroy (window);
  g_clear_object (&store);
  g_free (window_id);
  ui_test_remove_dir (dir);
  return ret;
}
