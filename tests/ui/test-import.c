/* test-import.c: importing from the window, in the language of the environment
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real CrApplication in-process, imports files from a temporary
 * folder through the window's import controller, the application's
 * "open", the clipboard and the sample library, and checks the library
 * and what the window says. The expected texts are written out below,
 * never taken from gettext, so a missing translation fails.
 */

#include "config.h"

#include "../test-fs.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cr-application.h"
#include "cr-import-actions.h"
#include "cr-import-bar.h"
#include "cr-library-view.h"
#include "cr-runtime.h"
#include "cr-window.h"
#include "ui-test-util.h"

typedef enum {
  LANG_EN,
  LANG_ES,
  N_LANGS
} Lang;

/* The feed the cancel test stops in the middle of: long enough that the
 * worker is still in it when the main loop hears the first file is done. */
#define FEED_ITEMS 400

static CrApplication *app;
static Lang lang;
static char *tmpdir;
static char *library_path;
static CrImportSummary *last_summary;
static guint n_finished;

/* Helpers */

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static CrWindow *
get_window (void)
{
  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (CR_IS_WINDOW (l->data))
      return l->data;
  g_assert_not_reached ();
}

static CrImportController *
get_controller (void)
{
  return cr_window_get_import_controller (get_window ());
}

static void
on_finished (CrImportController *controller,
             CrImportSummary    *summary,
             gpointer            user_data)
{
  g_clear_pointer (&last_summary, cr_import_summary_unref);
  last_summary = cr_import_summary_ref (summary);
  n_finished++;
}

/* After an import the views read the library in parts, over the next
 * main loop iterations: spins until they are done (at most 10 s). */
static void
wait_views_loaded (void)
{
  CrLibraryView *view = CR_LIBRARY_VIEW (find_descendant (GTK_WIDGET (get_window ()), CR_TYPE_LIBRARY_VIEW));
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (cr_library_view_is_loading (view) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (cr_library_view_is_loading (view));
}

/* Spins until @n_finished passes @before, for at most 60 s. */
static void
wait_finished (guint before)
{
  gint64 until = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;

  while (n_finished == before && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_finished, >, before);
  /* The toast's widget appears on the next frames. */
  ui_test_spin (100);
}

static char *
write_file (const char *name,
            const char *contents)
{
  char *path = g_build_filename (tmpdir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static char *
article_text (guint n)
{
  return g_strdup_printf ("Reunión número %u en Lima\n\n"
                          "Los ministros se reunieron el %u de septiembre de 2025 en Lima "
                          "para hablar del acuerdo número %u.\n", n, n, n);
}

/* The newest toast's title: the overlay's children are its content and
 * one widget per toast, the newest last. */
static char *
get_toast_title (void)
{
  GtkWidget *overlay = find_descendant (GTK_WIDGET (get_window ()), ADW_TYPE_TOAST_OVERLAY);

  g_assert_nonnull (overlay);
  for (GtkWidget *child = gtk_widget_get_last_child (overlay); child; child = gtk_widget_get_prev_sibling (child))
    {
      GtkWidget *label;

      if (child == adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay)))
        continue;
      label = find_descendant (child, GTK_TYPE_LABEL);
      if (label != NULL)
        return g_strdup (gtk_label_get_text (GTK_LABEL (label)));
    }
  return NULL;
}

/* Waits up to 5 s for the newest toast to say @expected; returns what it
 * says then. */
static char *
wait_toast (const char *expected)
{
  gint64 until = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  char *title = get_toast_title ();

  while (g_strcmp0 (title, expected) != 0 && g_get_monotonic_time () < until)
    {
      ui_test_spin (20);
      g_free (title);
      title = get_toast_title ();
    }
  return title;
}

static gint64
count_articles (const char *path)
{
  g_autoptr(CrStore) store = cr_store_open_read_only (path, NULL);

  g_assert_nonnull (store);
  return cr_store_count_articles (store, NULL);
}

/* How many stored articles have a title starting with @prefix. */
static guint
count_titled (const char *path,
              const char *prefix)
{
  g_autoptr(CrStore) store = cr_store_open_read_only (path, NULL);
  g_autoptr(GPtrArray) articles = NULL;
  guint n = 0;

  g_assert_nonnull (store);
  articles = cr_store_list_articles (store, NULL);
  g_assert_nonnull (articles);
  for (guint i = 0; i < articles->len; i++)
    {
      CrArticle *article = g_ptr_array_index (articles, i);

      if (article->title != NULL && g_str_has_prefix (article->title, prefix))
        n++;
    }
  return n;
}

static const char *
visible_page (void)
{
  GtkWidget *overlay = find_descendant (GTK_WIDGET (get_window ()), ADW_TYPE_TOAST_OVERLAY);
  GtkWidget *stack = adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay));

  g_assert_true (GTK_IS_STACK (stack));
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

/* Tests */

static void
test_import_files (void)
{
  static const char * const expected_toast[N_LANGS] = {
    "5 imported, 1 already in library, 1 failed",
    "5 importados, 1 ya en la biblioteca, 1 fallido",
  };
  static const char * const expected_heading[N_LANGS] = {
    "1 File Not Imported",
    "1 archivo no importado",
  };
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *first = article_text (1);
  g_autofree char *toast = NULL;
  GtkWidget *overlay, *toast_widget = NULL;
  GtkWindow *dialog = NULL;
  guint before = n_finished;

  g_assert_cmpstr (visible_page (), ==, "empty");

  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%u.txt", i);
      g_autofree char *text = article_text (i);

      g_ptr_array_add (paths, write_file (name, text));
    }
  g_ptr_array_add (paths, write_file ("copy-of-1.txt", first));
  g_ptr_array_add (paths, write_file ("empty.txt", ""));
  g_ptr_array_add (paths, NULL);

  cr_import_controller_import (get_controller (), library_path, (const char * const *) paths->pdata);
  g_assert_true (cr_import_controller_get_busy (get_controller ()));
  wait_finished (before);

  g_assert_false (cr_import_controller_get_busy (get_controller ()));
  g_assert_false (last_summary->cancelled);
  g_assert_cmpuint (last_summary->n_files, ==, 7);
  g_assert_cmpuint (last_summary->n_imported, ==, 5);
  g_assert_cmpuint (last_summary->n_duplicate, ==, 1);
  g_assert_cmpuint (last_summary->n_failed, ==, 1);
  g_assert_cmpint (count_articles (library_path), ==, 5);

  /* The window left its empty state for the library it now has. */
  g_assert_cmpstr (visible_page (), ==, "library");

  toast = wait_toast (expected_toast[lang]);
  g_assert_cmpstr (toast, ==, expected_toast[lang]);

  /* Details lists the file that failed, by name, with its reason. */
  overlay = find_descendant (GTK_WIDGET (get_window ()), ADW_TYPE_TOAST_OVERLAY);
  for (GtkWidget *child = gtk_widget_get_last_child (overlay); child; child = gtk_widget_get_prev_sibling (child))
    if (child != adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay)))
      {
        toast_widget = child;
        break;
      }
  g_assert_nonnull (toast_widget);
  {
    /* The toast's button: a real click on it. */
    GtkWidget *button = find_descendant (toast_widget, GTK_TYPE_BUTTON);

    g_assert_nonnull (button);
    g_signal_emit_by_name (button, "clicked");
  }
  ui_test_spin (100);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

        if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
          dialog = window;
      }
  }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, expected_heading[lang]);
  {
    GtkWidget *row = find_descendant (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);

    g_assert_nonnull (row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "empty.txt");
    g_assert_nonnull (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), !=, "");
  }
  gtk_window_destroy (dialog);
}

static void
cancel_after_first_file (CrImportController *controller,
                         guint               done,
                         guint               total,
                         gpointer            user_data)
{
  guint *cancelled_at = user_data;

  if (done >= 1 && *cancelled_at == 0)
    {
      *cancelled_at = done;
      cr_import_controller_cancel (controller);
    }
}

static void
test_cancel (void)
{
  static const char * const expected_toast[N_LANGS] = {
    "Import cancelled, 1 article imported",
    "Importación cancelada, 1 artículo importado",
  };
  g_autofree char *library = g_build_filename (tmpdir, "cancel.db", NULL);
  g_autoptr(GString) feed = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<rss version=\"2.0\"><channel><title>Agencia</title>\n");
  g_autofree char *first = NULL, *second = NULL, *third = NULL, *text = NULL, *toast = NULL;
  CrImportController *controller = get_controller ();
  guint before = n_finished, cancelled_at = 0;
  gulong handler;

  for (guint i = 1; i <= FEED_ITEMS; i++)
    g_string_append_printf (feed,
                            "<item><title>Noticia de agencia %u</title>"
                            "<link>https://example.org/agencia/%u</link>"
                            "<pubDate>Wed, 03 Sep 2025 10:00:00 +0000</pubDate>"
                            "<description>El %u de junio de 2024 los ministros firmaron en Lima "
                            "el acuerdo número %u, y este miércoles lo ratificaron.</description></item>\n",
                            i, i, 1 + i % 28, i);
  g_string_append (feed, "</channel></rss>\n");

  text = g_strdup ("Primera noticia antes de cancelar\n\n"
                   "El 3 de septiembre de 2025 se reunieron en Pekín.\n");
  first = write_file ("cancel-1.txt", text);
  second = write_file ("cancel-2.rss", feed->str);
  g_free (text);
  text = g_strdup ("Tercera noticia que no llega\n\nEl 4 de septiembre de 2025 no pasó nada.\n");
  third = write_file ("cancel-3.txt", text);

  handler = g_signal_connect (controller, "progress", G_CALLBACK (cancel_after_first_file), &cancelled_at);
  cr_import_controller_import (controller, library,
                               (const char * const []) { first, second, third, NULL });
  wait_finished (before);
  g_signal_handler_disconnect (controller, handler);

  g_assert_cmpuint (cancelled_at, ==, 1);
  g_assert_true (last_summary->cancelled);
  /* The first file was committed; of the feed in progress nothing is
   * left, and the file after it never started. */
  g_assert_cmpuint (count_titled (library, "Primera noticia"), ==, 1);
  g_assert_cmpuint (count_titled (library, "Noticia de agencia"), ==, 0);
  g_assert_cmpuint (count_titled (library, "Tercera noticia"), ==, 0);
  g_assert_cmpint (count_articles (library), ==, 1);

  toast = wait_toast (expected_toast[lang]);
  g_assert_cmpstr (toast, ==, expected_toast[lang]);
}

static void
test_open_files (void)
{
  g_autofree char *a = NULL, *b = NULL, *text_a = article_text (21), *text_b = article_text (22);
  g_autoptr(GFile) file_a = NULL, file_b = NULL;
  guint before = n_finished;
  gint64 n_before = count_articles (library_path);

  a = write_file ("opened-21.txt", text_a);
  b = write_file ("opened-22.txt", text_b);
  file_a = g_file_new_for_path (a);
  file_b = g_file_new_for_path (b);
  g_application_open (G_APPLICATION (app), (GFile *[]) { file_a, file_b }, 2, "");
  wait_finished (before);

  g_assert_cmpuint (last_summary->n_imported, ==, 2);
  g_assert_cmpint (count_articles (library_path), ==, n_before + 2);
  /* The queue was taken: nothing left waiting. */
  g_assert_cmpuint (g_list_model_get_n_items (cr_application_get_pending_files (app)), ==, 0);
  g_assert_cmpuint (count_titled (library_path, "Reunión número 22"), ==, 1);
}

/* A drop of files on the window, as GTK delivers it to the drop target. */
static void
test_drop (void)
{
  g_autofree char *text = article_text (31), *path = write_file ("dropped-31.txt", text);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (get_window ()));
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target = NULL;
  guint before = n_finished;
  gboolean accepted = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target), GDK_TYPE_FILE_LIST));

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (&file, 1));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  wait_finished (before);

  g_assert_cmpuint (last_summary->n_imported, ==, 1);
  g_assert_cmpuint (count_titled (library_path, "Reunión número 31"), ==, 1);
}

static void
test_paste (void)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (get_window ()));
  guint before = n_finished;

  gdk_clipboard_set_text (clipboard, "Texto pegado desde el portapapeles\n\n"
                                     "El 5 de mayo de 2025 los presidentes firmaron el tratado.\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_window ()), "win.paste-article", NULL));
  wait_finished (before);

  g_assert_cmpuint (last_summary->n_imported, ==, 1);
  g_assert_cmpuint (count_titled (library_path, "Texto pegado desde el portapapeles"), ==, 1);
}

static void
test_sample_library (void)
{
  static const char * const expected_toast[N_LANGS] = {
    "Showing the sample library",
    "Mostrando la biblioteca de ejemplo",
  };
  g_autofree char *sample = cr_import_dup_sample_library_path ();
  g_autofree char *toast = NULL;
  gint64 user_articles = count_articles (library_path);
  guint before = n_finished;

  g_assert_false (g_file_test (sample, G_FILE_TEST_EXISTS));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_window ()), "win.open-sample-library", NULL));
  wait_finished (before);

  /* Its own library, shown in the window; the user's is untouched. */
  g_assert_true (g_file_test (sample, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (cr_application_get_library_path (app), ==, sample);
  g_assert_cmpint (count_articles (sample), >=, 10);
  g_assert_cmpint (count_articles (library_path), ==, user_articles);
  wait_views_loaded ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (
                      cr_library_view_get_article_list (CR_LIBRARY_VIEW (
                        find_descendant (GTK_WIDGET (get_window ()), CR_TYPE_LIBRARY_VIEW))))),
                    ==, count_articles (sample));
  g_assert_cmpstr (visible_page (), ==, "library");
  toast = wait_toast (expected_toast[lang]);
  g_assert_cmpstr (toast, ==, expected_toast[lang]);

  /* Its button goes back to the user's library. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_window ()), "win.open-my-library", NULL));
  g_assert_cmpstr (cr_application_get_library_path (app), ==, library_path);
  wait_views_loaded ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (
                      cr_library_view_get_article_list (CR_LIBRARY_VIEW (
                        find_descendant (GTK_WIDGET (get_window ()), CR_TYPE_LIBRARY_VIEW))))),
                    ==, user_articles);
}

/* Running the suite from inside the application */

static void
run_tests (gpointer user_data)
{
  int *status = user_data;

  g_signal_connect (get_controller (), "finished", G_CALLBACK (on_finished), NULL);
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

int
main (int    argc,
      char **argv)
{
  const char *language = g_getenv ("CRONISTA_TEST_LANGUAGE");
  g_autofree char *data_home = NULL;
  char *app_argv[] = { (char *) "cronista", (char *) "--db", NULL, NULL };
  int status = 1;
  int app_status;

  tmpdir = g_dir_make_tmp ("cronista-test-import-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  /* Pasted texts and the sample library go under the user data dir. */
  data_home = g_build_filename (tmpdir, "data-home", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  cr_runtime_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  if (g_strcmp0 (language, "es") == 0)
    lang = LANG_ES;
  else if (g_strcmp0 (language, "en") == 0)
    lang = LANG_EN;
  else
    {
      g_printerr ("Set CRONISTA_TEST_LANGUAGE to “en” or “es”.\n");
      return 1;
    }

  g_test_add_func ("/import/files", test_import_files);
  g_test_add_func ("/import/cancel", test_cancel);
  g_test_add_func ("/import/open", test_open_files);
  g_test_add_func ("/import/drop", test_drop);
  g_test_add_func ("/import/paste", test_paste);
  g_test_add_func ("/import/sample-library", test_sample_library);

  library_path = g_build_filename (tmpdir, "library.db", NULL);
  app_argv[2] = library_path;

  app = cr_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &status);

  app_status = g_application_run (G_APPLICATION (app), G_N_ELEMENTS (app_argv) - 1, app_argv);

  g_clear_object (&app);
  g_clear_pointer (&last_summary, cr_import_summary_unref);
  test_remove_tree (tmpdir);
  g_free (tmpdir);
  g_free (library_path);

  return status != 0 ? status : app_status;
}
