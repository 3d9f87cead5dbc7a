/* test-article-pane.c: the articles behind an event, and back from a date
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cr-article-pane.h"
#include "cr-importer.h"
#include "cr-store-events.h"
#include "ui-test-util.h"

static CrStore *store;
static CrArticlePane *pane;
static char *dir;

static gint64
chile_meeting (void)
{
  CrStoreEventFilter filter;
  g_autoptr(GPtrArray) events = NULL;

  cr_store_event_filter_init (&filter);
  filter.has_kind = TRUE;
  filter.kind = CR_EVENT_KIND_MEETING;
  filter.entity = "country:cl";
  events = cr_store_list_events (store, &filter, NULL);
  g_assert_cmpuint (events->len, ==, 1);
  return ((CrStoreEvent *) g_ptr_array_index (events, 0))->id;
}

/* The buffer offset of @needle, in code points. */
static int
offset_of (const char *needle)
{
  GtkTextBuffer *buffer = cr_article_pane_get_buffer (pane);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  const char *at;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  at = strstr (text, needle);
  g_assert_nonnull (at);
  return (int) g_utf8_strlen (text, at - text);
}

static gboolean
has_tag_over (const char *tag_name,
              int         start,
              int         end)
{
  GtkTextBuffer *buffer = cr_article_pane_get_buffer (pane);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  for (int o = start; o < end; o++)
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, o);
      if (!gtk_text_iter_has_tag (&iter, tag))
        return FALSE;
    }
  return TRUE;
}

static void
test_show_event (void)
{
  g_autoptr(GError) error = NULL;
  gint64 event_id = chile_meeting ();
  int es, en, sentence;

  g_assert_true (cr_article_pane_show_event (pane, event_id, &error));
  g_assert_no_error (error);
  ui_test_spin (50);

  /* Both reports, in Spanish and English, with the date they give. */
  es = offset_of ("este miércoles");
  en = offset_of ("on Wednesday");
  g_assert_true (has_tag_over ("mention", es, es + (int) strlen ("este mi") + 6));
  g_assert_true (has_tag_over ("date", es, es + 14));
  sentence = offset_of ("Los cancilleres de Chile y Perú se reunieron");
  g_assert_true (has_tag_over ("sentence", sentence, es));
  /* "Wednesday" is the expression in the English report. */
  g_assert_true (has_tag_over ("mention", en + 3, en + 12));
  /* Text outside the sentence is not highlighted. */
  g_assert_false (has_tag_over ("sentence", offset_of ("El texto prevé"), offset_of ("El texto prevé") + 3));

  g_assert_cmpint (cr_article_pane_get_event_at (pane, es + 2), ==, event_id);
}

static void
on_event_activated (CrArticlePane *p,
                    gint64         event_id,
                    gint64        *out)
{
  *out = event_id;
}

static void
test_date_selects_event (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = cr_store_list_articles (store, &error);
  gint64 activated = 0;
  gulong handler;
  int june;
  CrArticle *es = NULL;

  for (guint i = 0; i < articles->len; i++)
    if (g_str_has_prefix (((CrArticle *) g_ptr_array_index (articles, i))->title, "Ministros"))
      es = g_ptr_array_index (articles, i);
  g_assert_nonnull (es);
  g_assert_true (cr_article_pane_show_article (pane, es->id, &error));
  ui_test_spin (50);

  handler = g_signal_connect (pane, "event-activated", G_CALLBACK (on_event_activated), &activated);
  june = offset_of ("junio de 2025");
  g_assert_true (cr_article_pane_activate_at (pane, june + 3));
  g_assert_cmpint (activated, >, 0);
  {
    g_autoptr(CrStoreEvent) ev = cr_store_get_event (store, activated, &error);

    g_assert_cmpstr (ev->value, ==, "2025-06");
  }

  /* Selecting text that holds a date selects its event too. */
  activated = 0;
  {
    GtkTextBuffer *buffer = cr_article_pane_get_buffer (pane);
    GtkTextIter a, b;
    int meeting = offset_of ("este miércoles");

    gtk_text_buffer_get_iter_at_offset (buffer, &a, meeting - 5);
    gtk_text_buffer_get_iter_at_offset (buffer, &b, meeting + 8);
    gtk_text_buffer_select_range (buffer, &a, &b);
  }
  g_assert_cmpint (activated, ==, chile_meeting ());
  /* Text without a date selects nothing. */
  g_assert_false (cr_article_pane_activate_at (pane, offset_of ("El texto prevé")));
  g_signal_handler_disconnect (pane, handler);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  g_autoptr(GPtrArray) results = NULL;
  GtkWindow *window;
  int ret;

  g_test_init (&argc, &argv, NULL);
  adw_init ();

  a = g_test_build_filename (G_TEST_DIST, "data", "events", "cumbre-es.txt", NULL);
  b = g_test_build_filename (G_TEST_DIST, "data", "events", "summit-en.txt", NULL);
  c = g_test_build_filename (G_TEST_DIST, "data", "events", "otra-cumbre-es.txt", NULL);
  dir = g_dir_make_tmp ("cronista-pane-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "library.db", NULL);
  store = cr_store_open (path, &error);
  g_assert_no_error (error);
  {
    const char *paths[] = { a, b, c, NULL };
    results = cr_importer_import_sync (store, paths, NULL, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
  }

  pane = CR_ARTICLE_PANE (cr_article_pane_new ());
  cr_article_pane_set_store (pane, store);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 700, 500);
  gtk_window_set_child (window, GTK_WIDGET (pane));
  gtk_window_present (window);
  ui_test_spin (100);

  g_test_add_func ("/article-pane/show-event", test_show_event);
  g_test_add_func ("/article-pane/date-selects-event", test_date_selects_event);
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
    g_free (dir);
  }
  return ret;
}
