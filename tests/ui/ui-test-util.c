/* ui-test-util.c: what the UI tests share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "../test-fs.h"

#include <glib/gstdio.h>

#include "cr-importer.h"
#include "cr-store-events.h"
#include "ui-test-util.h"

void
ui_test_spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

char *
ui_test_xdotool_v (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GError) error = NULL;
  const char *program = g_getenv ("XDOTOOL");

  g_ptr_array_add (argv, (gpointer) (program != NULL ? program : "xdotool"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_newv ((const char * const *) argv->pdata, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_async (process, NULL, NULL, on_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_subprocess_communicate_finish (process, result, &out, NULL, &error);
  g_assert_no_error (error);
  /* The input may still be on its way through the X server. */
  ui_test_spin (150);
  g_subprocess_wait (process, NULL, NULL);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  return g_strndup (out ? g_bytes_get_data (out, NULL) : "", out ? g_bytes_get_size (out) : 0);
}

CrStore *
ui_test_fixture_library (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *a = g_test_build_filename (G_TEST_DIST, "data", "events", "cumbre-es.txt", NULL);
  g_autofree char *b = g_test_build_filename (G_TEST_DIST, "data", "events", "summit-en.txt", NULL);
  g_autofree char *c = g_test_build_filename (G_TEST_DIST, "data", "events", "otra-cumbre-es.txt", NULL);
  const char *paths[] = { a, b, c, NULL };
  g_autoptr(GPtrArray) results = NULL;
  CrStore *store;

  *dir = g_dir_make_tmp ("cronista-ui-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "library.db", NULL);
  store = cr_store_open (path, &error);
  g_assert_no_error (error);
  results = cr_importer_import_sync (store, paths, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return store;
}

void
ui_test_remove_dir (const char *dir)
{
  test_remove_tree (dir);
}

gint64
ui_test_meeting_of (CrStore    *store,
                    const char *country)
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

char *
ui_test_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter a, b;

  gtk_text_buffer_get_bounds (buffer, &a, &b);
  return gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
}
