/* test-editing.c: edits from the window, undone through win.undo
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real CrApplication on a library imported from the event
 * fixtures, edits through the window's edit.* actions as the details area
 * and the context menu do, and checks the library through a connection of
 * its own, before and after win.undo.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cr-application.h"
#include "cr-calendar.h"
#include "cr-importer.h"
#include "cr-library-editor.h"
#include "cr-library-view.h"
#include "cr-runtime.h"
#include "cr-store-edits.h"
#include "cr-store-events.h"
#include "cr-window.h"
#include "ui-test-util.h"

static CrApplication *app;
static CrStore *reader;
static GtkWidget *window;
static CrLibraryView *view;

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found)
        return found;
    }
  return NULL;
}

/* The one meeting a country takes part in, or 0 when it has none. */
static gint64
meeting_of (const char *country)
{
  CrStoreEventFilter filter;
  g_autoptr(GPtrArray) events = NULL;

  cr_store_event_filter_init (&filter);
  filter.has_kind = TRUE;
  filter.kind = CR_EVENT_KIND_MEETING;
  filter.entity = country;
  events = cr_store_list_events (reader, &filter, NULL);
  g_assert_nonnull (events);
  g_assert_cmpuint (events->len, <=, 1);
  return events->len ? ((CrStoreEvent *) g_ptr_array_index (events, 0))->id : 0;
}

static guint
count_meetings (void)
{
  CrStoreEventFilter filter;
  g_autoptr(GPtrArray) events = NULL;

  cr_store_event_filter_init (&filter);
  filter.has_kind = TRUE;
  filter.kind = CR_EVENT_KIND_MEETING;
  events = cr_store_list_events (reader, &filter, NULL);
  g_assert_nonnull (events);
  return events->len;
}

static CrStoreEvent *
get_event (gint64 id)
{
  g_autoptr(GError) error = NULL;
  CrStoreEvent *event = cr_store_get_event (reader, id, &error);

  g_assert_no_error (error);
  return event;
}

static gboolean
win_enabled (const char *name)
{
  return g_action_group_get_action_enabled (G_ACTION_GROUP (window), name);
}

static void
activate (const char *action,
          GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (window, action, parameter));
  /* Long enough for the article pane's scroll to its sentence to end, as
   * it has when a person edits (GTK 4.8 warns when its text view is
   * unmapped in the middle of one). */
  ui_test_spin (150);
}

static void
undo (void)
{
  g_assert_true (win_enabled ("undo"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  ui_test_spin (150);
}

static void
select_event (gint64 id)
{
  cr_library_view_select_event (view, id);
  ui_test_spin (20);
  g_assert_cmpint (cr_library_view_get_selected_event (view), ==, id);
}

static void
test_nothing_to_undo (void)
{
  /* A fresh library: nothing to undo or redo, nothing selected to edit. */
  g_assert_cmpuint (cr_store_count_edits (reader, FALSE, NULL), ==, 0);
  g_assert_false (win_enabled ("undo"));
  g_assert_false (win_enabled ("redo"));
  cr_library_view_select_event (view, -1);
  ui_test_spin (20);
  g_assert_cmpint (cr_event_details_get_event (cr_library_view_get_event_details (view)), ==, -1);
  /* Renaming nothing changes nothing. */
  gtk_widget_activate_action (window, "edit.rename-to", "s", "Nada");
  ui_test_spin (20);
  g_assert_cmpuint (cr_store_count_edits (reader, FALSE, NULL), ==, 0);
  g_assert_false (win_enabled ("undo"));
}

static void
test_rename (void)
{
  gint64 id = meeting_of ("country:cl");
  g_autoptr(CrStoreEvent) before = NULL;
  g_autoptr(CrStoreEvent) renamed = NULL;
  g_autoptr(CrStoreEvent) after = NULL;

  g_assert_cmpint (id, >, 0);
  before = get_event (id);
  select_event (id);
  g_assert_cmpint (cr_event_details_get_event (cr_library_view_get_event_details (view)), ==, id);

  activate ("edit.rename-to", g_variant_new_string ("Cumbre del agua en Lima"));
  renamed = get_event (id);
  g_assert_cmpstr (renamed->title, ==, "Cumbre del agua en Lima");
  g_assert_cmpuint (cr_store_count_edits (reader, FALSE, NULL), ==, 1);
  /* The selection stays on the renamed event, and its details show it. */
  g_assert_cmpint (cr_library_view_get_selected_event (view), ==, id);
  g_assert_cmpint (cr_event_details_get_event (cr_library_view_get_event_details (view)), ==, id);
  g_assert_false (win_enabled ("redo"));

  undo ();
  after = get_event (meeting_of ("country:cl"));
  g_assert_cmpstr (after->title, ==, before->title);
  g_assert_cmpuint (cr_store_count_edits (reader, FALSE, NULL), ==, 0);
  g_assert_false (win_enabled ("undo"));
  g_assert_true (win_enabled ("redo"));
  /* The selection follows the event through the undo. */
  g_assert_cmpint (cr_library_view_get_selected_event (view), ==, after->id);
}

static void
test_hide (void)
{
  gint64 id = meeting_of ("country:ar");
  gint64 n_events = cr_store_count_events (reader, NULL);
  g_autoptr(CrStoreEvent) hidden = NULL;
  gsize n_items = 0;

  g_assert_cmpint (id, >, 0);
  select_event (id);
  activate ("edit.hide", NULL);
  g_assert_cmpint (meeting_of ("country:ar"), ==, 0);
  hidden = get_event (id);
  g_assert_true (hidden->hidden);
  g_assert_cmpint (cr_library_view_get_selected_event (view), <=, 0);
  /* Gone from the timeline too. */
  cr_timeline_index_get_items (cr_timeline_view_get_index (cr_library_view_get_timeline_view (view)), &n_items);
  g_assert_cmpint (n_items, ==, n_events - 1);

  undo ();
  g_assert_cmpint (meeting_of ("country:ar"), >, 0);
  cr_timeline_index_get_items (cr_timeline_view_get_index (cr_library_view_get_timeline_view (view)), &n_items);
  g_assert_cmpint (n_items, ==, n_events);
}

static void
redate_and_undo (const char *expression,
                 const char *expected)
{
  gint64 id = meeting_of ("country:cl");
  g_autoptr(CrStoreEvent) before = get_event (id);
  g_autoptr(CrStoreEvent) moved = NULL;
  g_autoptr(CrStoreEvent) after = NULL;

  select_event (id);
  activate ("edit.redate-to", g_variant_new_string (expression));
  moved = get_event (id);
  g_assert_cmpstr (moved->value, ==, expected);
  g_assert_cmpint (cr_library_view_get_selected_event (view), ==, id);

  undo ();
  after = get_event (meeting_of ("country:cl"));
  g_assert_cmpstr (after->value, ==, before->value);
  g_assert_cmpint (after->first_day, ==, before->first_day);
}

static void
test_redate_spanish (void)
{
  redate_and_undo ("el 15 de marzo de 2024", "2024-03-15");
  redate_and_undo ("junio de 2023", "2023-06");
}

static void
test_redate_english (void)
{
  redate_and_undo ("on March 15, 2024", "2024-03-15");
  redate_and_undo ("in June 2023", "2023-06");
}

static void
test_redate_nothing_recognized (void)
{
  gint64 id = meeting_of ("country:cl");
  g_autoptr(CrStoreEvent) before = get_event (id);
  g_autoptr(CrStoreEvent) after = NULL;
  guint n_edits = cr_store_count_edits (reader, FALSE, NULL);

  select_event (id);
  activate ("edit.redate-to", g_variant_new_string ("cuando sea / whenever"));
  after = get_event (id);
  g_assert_cmpstr (after->value, ==, before->value);
  g_assert_cmpuint (cr_store_count_edits (reader, FALSE, NULL), ==, n_edits);
}

static void
test_parse_date (void)
{
  static const struct {
    const char *text;
    const char *language;
    const char *value;      /* NULL: an error */
    int         code;
  } rows[] = {
    { "3 de septiembre de 2025", "es", "2025-09-03", 0 },
    { "3 de septiembre de 2025", "en", "2025-09-03", 0 },
    { "September 3, 2025", "es", "2025-09-03", 0 },
    { "ayer", "es", "2025-06-18", 0 },
    { "yesterday", "es", "2025-06-18", 0 },
    { "en 2024", "es", "2024", 0 },
    { "2024-02-29", "en", "2024-02-29", 0 },
    { "  2024-06 ", "en", "2024-06", 0 },
    { "", "es", NULL, CR_LIBRARY_EDITOR_ERROR_NO_DATE },
    { "el perro", "es", NULL, CR_LIBRARY_EDITOR_ERROR_NO_DATE },
    { "2023-02-29", "en", NULL, CR_LIBRARY_EDITOR_ERROR_NO_DATE },
    { "la semana pasada", "es", NULL, CR_LIBRARY_EDITOR_ERROR_IMPRECISE },
  };
  CrDay today = cr_day_from_ymd (2025, 6, 19);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *value = cr_library_editor_parse_date (rows[i].text, rows[i].language, today, &error);

      g_test_message ("“%s”", rows[i].text);
      g_assert_cmpstr (value, ==, rows[i].value);
      if (rows[i].value == NULL)
        g_assert_error (error, CR_LIBRARY_EDITOR_ERROR, rows[i].code);
      else
        g_assert_no_error (error);
    }
}

static void
test_merge (void)
{
  gint64 chile = meeting_of ("country:cl");
  gint64 argentina = meeting_of ("country:ar");
  gint64 n_events = cr_store_count_events (reader, NULL);
  gint64 ids[2] = { chile, argentina };
  g_autoptr(CrStoreEvent) before = get_event (chile);
  g_autoptr(CrStoreEvent) merged = NULL;
  g_autoptr(CrStoreEvent) after = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  guint n_meetings = count_meetings ();

  g_assert_cmpint (chile, >, 0);
  g_assert_cmpint (argentina, >, 0);
  select_event (chile);
  activate ("edit.merge-events", g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids, 2, sizeof (gint64)));
  g_assert_cmpint (cr_store_count_events (reader, NULL), ==, n_events - 1);
  g_assert_cmpuint (count_meetings (), ==, n_meetings - 1);
  g_assert_true (cr_store_get_event (reader, argentina, NULL) == NULL);
  merged = get_event (chile);
  g_assert_cmpuint (merged->n_mentions, >, before->n_mentions);
  /* Its reports now include the Argentine one. */
  mentions = cr_store_get_event_mentions (reader, chile, NULL);
  g_assert_cmpuint (mentions->len, ==, merged->n_mentions);
  g_assert_cmpint (cr_library_view_get_selected_event (view), ==, chile);

  undo ();
  /* Two meetings again, as they were, and nothing else changed. */
  g_assert_cmpint (cr_store_count_events (reader, NULL), ==, n_events);
  g_assert_cmpint (count_meetings (), ==, n_meetings);
  g_assert_cmpint (meeting_of ("country:cl"), >, 0);
  g_assert_cmpint (meeting_of ("country:ar"), >, 0);
  g_assert_cmpint (meeting_of ("country:cl"), !=, meeting_of ("country:ar"));
  after = get_event (meeting_of ("country:cl"));
  g_assert_cmpstr (after->title, ==, before->title);
  g_assert_cmpuint (after->n_mentions, ==, before->n_mentions);
  g_assert_cmpint (cr_library_view_get_selected_event (view), ==, after->id);
}

static void
test_add_event (void)
{
  gint64 n_events = cr_store_count_events (reader, NULL);
  gint64 added;
  g_autoptr(CrStoreEvent) event = NULL;

  activate ("edit.add-event-at", g_variant_new ("(sss)", "19 de junio de 2024", "agreement", "Firma del tratado"));
  g_assert_cmpint (cr_store_count_events (reader, NULL), ==, n_events + 1);
  /* The new event is selected. */
  added = cr_library_view_get_selected_event (view);
  g_assert_cmpint (added, >, 0);
  event = get_event (added);
  g_assert_cmpstr (event->title, ==, "Firma del tratado");
  g_assert_cmpstr (event->value, ==, "2024-06-19");
  g_assert_cmpint (event->kind, ==, CR_EVENT_KIND_AGREEMENT);

  undo ();
  g_assert_cmpint (cr_store_count_events (reader, NULL), ==, n_events);
  g_assert_cmpint (cr_library_view_get_selected_event (view), <=, 0);
}

static void
test_set_kind (void)
{
  gint64 id = meeting_of ("country:ar");
  g_autoptr(CrStoreEvent) changed = NULL;

  select_event (id);
  activate ("edit.set-kind", g_variant_new_string ("conflict"));
  changed = get_event (id);
  g_assert_cmpint (changed->kind, ==, CR_EVENT_KIND_CONFLICT);
  g_assert_cmpint (meeting_of ("country:ar"), ==, 0);

  undo ();
  g_assert_cmpint (meeting_of ("country:ar"), >, 0);
}

static gboolean
has_mention (gint64 event_id,
             gint64 mention_id)
{
  g_autoptr(GPtrArray) mentions = cr_store_get_event_mentions (reader, event_id, NULL);

  g_assert_nonnull (mentions);
  for (guint i = 0; i < mentions->len; i++)
    if (((CrStoreEventMention *) g_ptr_array_index (mentions, i))->mention_id == mention_id)
      return TRUE;
  return FALSE;
}

static void
test_split (void)
{
  gint64 id = meeting_of ("country:cl");
  g_autoptr(GPtrArray) mentions = cr_store_get_event_mentions (reader, id, NULL);
  gint64 n_events = cr_store_count_events (reader, NULL);
  gint64 mention_id, split;
  g_autoptr(CrStoreEvent) after = NULL;

  /* The Spanish and the English report of the same meeting: the second
   * article's goes. */
  g_assert_cmpuint (mentions->len, ==, 2);
  g_assert_cmpint (((CrStoreEventMention *) g_ptr_array_index (mentions, 0))->article_id, !=,
                   ((CrStoreEventMention *) g_ptr_array_index (mentions, 1))->article_id);
  mention_id = ((CrStoreEventMention *) g_ptr_array_index (mentions, 1))->mention_id;
  select_event (id);
  activate ("edit.split", g_variant_new_int64 (mention_id));
  g_assert_cmpint (cr_store_count_events (reader, NULL), ==, n_events + 1);
  split = cr_library_view_get_selected_event (view);
  g_assert_cmpint (split, >, 0);
  g_assert_cmpint (split, !=, id);
  g_assert_true (has_mention (split, mention_id));
  g_assert_false (has_mention (id, mention_id));

  undo ();
  g_assert_cmpint (cr_store_count_events (reader, NULL), ==, n_events);
  after = get_event (meeting_of ("country:cl"));
  g_assert_cmpuint (after->n_articles, ==, 2);
}

static void
test_article_language (void)
{
  g_autoptr(GPtrArray) articles = cr_store_list_articles (reader, NULL);
  CrArticle *first;
  gint64 article_id;
  g_autoptr(CrArticle) changed = NULL;
  g_autoptr(CrArticle) restored = NULL;
  const char *language, *other;

  g_assert_nonnull (articles);
  first = g_ptr_array_index (articles, 0);
  article_id = first->id;
  language = cr_language_to_string (first->language);
  other = g_str_equal (language, "es") ? "en" : "es";
  activate ("edit.article-language", g_variant_new ("(xs)", article_id, other));
  changed = cr_store_get_article (reader, article_id, NULL);
  g_assert_cmpstr (cr_language_to_string (changed->language), ==, other);

  undo ();
  restored = cr_store_get_article (reader, article_id, NULL);
  g_assert_cmpstr (cr_language_to_string (restored->language), ==, language);
}

/* Removing an article from the sidebar's menu takes it out of the
 * library and the sidebar; Undo brings it back. */
static void
test_remove_article (void)
{
  g_autoptr(GPtrArray) articles = cr_store_list_articles (reader, NULL);
  GListModel *sidebar = G_LIST_MODEL (cr_library_view_get_article_list (view));
  gint64 article_id;
  guint n_articles, n_rows;
  gint64 n_events;

  g_assert_nonnull (articles);
  n_articles = articles->len;
  n_rows = g_list_model_get_n_items (sidebar);
  n_events = cr_store_count_events (reader, NULL);
  article_id = ((CrArticle *) g_ptr_array_index (articles, articles->len - 1))->id;

  activate ("edit.remove-article", g_variant_new_int64 (article_id));
  g_assert_cmpint (cr_store_count_articles (reader, NULL), ==, n_articles - 1);
  g_assert_null (cr_store_get_article (reader, article_id, NULL));
  g_assert_cmpint (cr_store_count_events (reader, NULL), <, n_events);
  sidebar = G_LIST_MODEL (cr_library_view_get_article_list (view));
  g_assert_cmpuint (g_list_model_get_n_items (sidebar), ==, n_rows - 1);

  undo ();
  g_assert_cmpint (cr_store_count_articles (reader, NULL), ==, n_articles);
  g_assert_cmpint (cr_store_count_events (reader, NULL), ==, n_events);
  sidebar = G_LIST_MODEL (cr_library_view_get_article_list (view));
  g_assert_cmpuint (g_list_model_get_n_items (sidebar), ==, n_rows);
}

static void
test_article_date (void)
{
  g_autoptr(GPtrArray) articles = cr_store_list_articles (reader, NULL);
  gint64 article_id;
  g_autofree char *before = NULL;
  g_autoptr(CrArticle) changed = NULL;
  g_autoptr(CrArticle) restored = NULL;

  g_assert_nonnull (articles);
  article_id = ((CrArticle *) g_ptr_array_index (articles, 0))->id;
  before = g_strdup (((CrArticle *) g_ptr_array_index (articles, 0))->date_value);
  /* In words, in either language. */
  activate ("edit.article-date-to", g_variant_new ("(xs)", article_id, "el 4 de septiembre de 2025"));
  changed = cr_store_get_article (reader, article_id, NULL);
  g_assert_cmpstr (changed->date_value, ==, "2025-09-04");

  undo ();
  restored = cr_store_get_article (reader, article_id, NULL);
  g_assert_cmpstr (restored->date_value, ==, before);
}

static void
test_reextract_keeps_edits (void)
{
  gint64 id = meeting_of ("country:cl");
  g_autoptr(CrStoreEvent) after = NULL;
  gint64 n_events = cr_store_count_events (reader, NULL);
  CrTimelineView *timeline = cr_library_view_get_timeline_view (view);
  CrTimelineIndex *index;

  select_event (id);
  activate ("edit.rename-to", g_variant_new_string ("Acuerdo del agua"));
  index = cr_timeline_view_get_index (timeline);
  activate ("edit.reextract", NULL);
  /* It runs in a thread; the views read the library again when it is
   * done. */
  for (int i = 0; i < 500 && cr_timeline_view_get_index (timeline) == index; i++)
    ui_test_spin (10);
  g_assert_true (cr_timeline_view_get_index (timeline) != index);
  g_assert_true (win_enabled ("undo"));
  after = get_event (meeting_of ("country:cl"));
  g_assert_cmpstr (after->title, ==, "Acuerdo del agua");
  g_assert_cmpint (cr_store_count_events (reader, NULL), ==, n_events);
  undo ();
}

static void
test_undo_while_typing (void)
{
  gint64 id = meeting_of ("country:cl");
  GtkWidget *entry = find_descendant (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *timeline = GTK_WIDGET (cr_library_view_get_timeline_view (view));

  g_assert_nonnull (entry);
  select_event (id);
  activate ("edit.rename-to", g_variant_new_string ("Cumbre"));
  g_assert_cmpuint (cr_store_count_edits (reader, FALSE, NULL), ==, 1);

  /* Ctrl+Z in the search entry is about the text typed there. */
  g_assert_true (gtk_widget_grab_focus (entry));
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  ui_test_spin (50);
  g_assert_cmpuint (cr_store_count_edits (reader, FALSE, NULL), ==, 1);

  g_assert_true (gtk_widget_grab_focus (timeline));
  undo ();
  g_assert_cmpuint (cr_store_count_edits (reader, FALSE, NULL), ==, 0);
}

/* Another library shown in the window (as the sample library is): edits
 * and undo go to it, not to the one shown before. */
static void
test_other_library (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "events", "summit-en.txt", NULL);
  g_autofree char *dir = g_path_get_dirname (cr_store_get_path (reader));
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  g_autofree char *first = g_strdup (cr_application_get_library_path (app));
  g_autoptr(CrStore) other = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(CrStoreEvent) renamed = NULL;
  CrStoreEventFilter filter;
  guint n_edits = cr_store_count_edits (reader, FALSE, NULL);
  gint64 id;

  {
    const char *paths[] = { fixture, NULL };
    g_autoptr(CrStore) writer = cr_store_open (path, &error);
    g_autoptr(GPtrArray) results = NULL;

    g_assert_no_error (error);
    results = cr_importer_import_sync (writer, paths, NULL, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
  }
  other = cr_store_open_read_only (path, &error);
  g_assert_no_error (error);
  cr_application_set_library_path (app, path);
  cr_window_reload_library (CR_WINDOW (window));
  ui_test_spin (400);

  cr_store_event_filter_init (&filter);
  events = cr_store_list_events (other, &filter, NULL);
  g_assert_cmpuint (events->len, >, 0);
  id = ((CrStoreEvent *) g_ptr_array_index (events, 0))->id;
  select_event (id);
  activate ("edit.rename-to", g_variant_new_string ("Another library"));
  renamed = cr_store_get_event (other, id, NULL);
  g_assert_nonnull (renamed);
  g_assert_cmpstr (renamed->title, ==, "Another library");
  g_assert_cmpuint (cr_store_count_edits (reader, FALSE, NULL), ==, n_edits);
  undo ();
  g_assert_cmpuint (cr_store_count_edits (other, FALSE, NULL), ==, 0);

  cr_application_set_library_path (app, first);
  cr_window_reload_library (CR_WINDOW (window));
  /* Time for the views to settle on the first library again. */
  ui_test_spin (400);
}

static void
run_tests (gpointer user_data)
{
  int *status = user_data;

  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (CR_IS_WINDOW (l->data))
      window = l->data;
  g_assert_nonnull (window);
  view = CR_LIBRARY_VIEW (find_descendant (window, CR_TYPE_LIBRARY_VIEW));
  g_assert_nonnull (view);
  /* Edits are made after choosing an event on the timeline. */
  gtk_widget_grab_focus (GTK_WIDGET (cr_library_view_get_timeline_view (view)));
  ui_test_spin (200);

  *status = g_test_run ();
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
on_activate (GApplication *application,
             int          *status)
{
  static gboolean started;

  if (!started)
    {
      started = TRUE;
      g_idle_add_once (run_tests, status);
    }
}

/* GTK 4.8 now and then warns that it draws a widget (a GtkGizmo: a
 * scrollbar's or a paned's handle) between a change of the views and
 * their next allocation, when the library is read again many times in a
 * row as here. Only that warning is written without aborting; any other
 * still fails the test. */
static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN") && fields[i].length < 0)
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
        message = fields[i].value;
    }
  if ((log_level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gtk") == 0 && message != NULL &&
      g_str_has_prefix (message, "Trying to snapshot GtkGizmo") &&
      g_str_has_suffix (message, "without a current allocation"))
    return g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
  return g_log_writer_default (log_level, fields, n_fields, user_data);
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
  char *app_argv[] = { (char *) "cronista", (char *) "--db", NULL, NULL };
  int status = 1;
  int app_status;

  cr_runtime_init_i18n ();
  g_log_set_writer_func (write_log, NULL, NULL);
  g_test_init (&argc, &argv, NULL);

  a = g_test_build_filename (G_TEST_DIST, "data", "events", "cumbre-es.txt", NULL);
  b = g_test_build_filename (G_TEST_DIST, "data", "events", "summit-en.txt", NULL);
  c = g_test_build_filename (G_TEST_DIST, "data", "events", "otra-cumbre-es.txt", NULL);
  dir = g_dir_make_tmp ("cronista-editing-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "library.db", NULL);
  {
    const char *paths[] = { a, b, c, NULL };
    g_autoptr(CrStore) writer = cr_store_open (path, &error);

    g_assert_no_error (error);
    results = cr_importer_import_sync (writer, paths, NULL, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
  }
  reader = cr_store_open_read_only (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/editing/nothing-to-undo", test_nothing_to_undo);
  g_test_add_func ("/editing/parse-date", test_parse_date);
  g_test_add_func ("/editing/rename", test_rename);
  g_test_add_func ("/editing/hide", test_hide);
  g_test_add_func ("/editing/redate-spanish", test_redate_spanish);
  g_test_add_func ("/editing/redate-english", test_redate_english);
  g_test_add_func ("/editing/redate-nothing-recognized", test_redate_nothing_recognized);
  g_test_add_func ("/editing/add-event", test_add_event);
  g_test_add_func ("/editing/set-kind", test_set_kind);
  g_test_add_func ("/editing/split", test_split);
  g_test_add_func ("/editing/article-language", test_article_language);
  g_test_add_func ("/editing/article-date", test_article_date);
  g_test_add_func ("/editing/remove-article", test_remove_article);
  g_test_add_func ("/editing/reextract-keeps-edits", test_reextract_keeps_edits);
  g_test_add_func ("/editing/undo-while-typing", test_undo_while_typing);
  g_test_add_func ("/editing/other-library", test_other_library);
  g_test_add_func ("/editing/merge", test_merge);

  app_argv[2] = path;
  app = cr_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &status);
  app_status = g_application_run (G_APPLICATION (app), G_N_ELEMENTS (app_argv) - 1, app_argv);

  g_clear_object (&app);
  g_clear_object (&reader);
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
  return status != 0 ? status : app_status;
}
