/* test-presentation.c: presentation mode, driven with real keys
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real CrApplication in-process on the sample library, enters
 * presentation mode through win.present (what F5 and the menu do), and
 * advances with keys typed by xdotool on the X display, as a presenter
 * remote would. What is shown is checked against the library itself.
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "cr-application.h"
#include "cr-calendar.h"
#include "cr-importer.h"
#include "cr-presentation-window.h"
#include "cr-runtime.h"
#include "cr-store-events.h"
#include "cr-window.h"
#include "ui-test-util.h"

static CrApplication *app;
static char *library_path;
static GArray *expected_ids;   /* gint64: every dated event, by first day then id */

static GtkWindow *
find_app_window (GType type)
{
  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

static CrPresentationWindow *
get_presentation (void)
{
  GtkWindow *window = find_app_window (CR_TYPE_PRESENTATION_WINDOW);

  g_assert_nonnull (window);
  return CR_PRESENTATION_WINDOW (window);
}

/* The label the template names @name ("title", "progress"...). */
static const char *
label_text (GtkWidget  *widget,
            const char *name)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return gtk_label_get_text (GTK_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      const char *text = label_text (child, name);

      if (text != NULL)
        return text;
    }
  return NULL;
}

/* Runs xdotool on @window's X window: "key", "click"... The main loop
 * keeps running while xdotool waits for the focus. */
static void
xdotool (GtkWindow  *window,
         const char *command,
         const char *argument)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xid = NULL;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GPid pid;
  int status = -1;
  gboolean done = FALSE;
  const char *argv[] = { "xdotool", "windowfocus", "--sync", NULL,
                         "mousemove", "--window", NULL, "400", "200",
                         command, "--clearmodifiers", argument, NULL };

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  argv[3] = argv[6] = xid;
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  for (int i = 0; i < 500 && !done; i++)
    {
      ui_test_spin (10);
      done = waitpid (pid, &status, WNOHANG) == pid;
    }
  g_assert_true (done);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Types @key into @window through the X server, as a keyboard does. */
static void
type_key (GtkWindow  *window,
          const char *key)
{
  xdotool (window, "key", key);
}

static void
wait_for_position (CrPresentationWindow *presentation,
                   guint                 position)
{
  for (int i = 0; i < 300 && cr_presentation_window_get_position (presentation) != position; i++)
    ui_test_spin (10);
  g_assert_cmpuint (cr_presentation_window_get_position (presentation), ==, position);
}

/* What the window shows is the event at @position of the library. */
static void
check_shown (CrPresentationWindow *presentation,
             guint                 position)
{
  g_autoptr(CrStore) store = cr_store_open_read_only (library_path, NULL);
  g_autoptr(CrStoreEvent) event = NULL;
  g_autofree char *progress = NULL;
  g_autofree char *year = NULL;
  gint64 id = g_array_index (expected_ids, gint64, position);
  int y;

  g_assert_nonnull (store);
  event = cr_store_get_event (store, id, NULL);
  g_assert_nonnull (event);

  g_assert_cmpint (cr_presentation_window_get_event (presentation), ==, id);
  g_assert_cmpstr (label_text (GTK_WIDGET (presentation), "title"), ==, event->title);
  g_assert_cmpstr (label_text (GTK_WIDGET (presentation), "kind"), ==, cr_event_kind_get_label (event->kind));
  progress = g_strdup_printf ("%u / %u", position + 1, expected_ids->len);
  g_assert_cmpstr (label_text (GTK_WIDGET (presentation), "progress"), ==, progress);
  cr_day_to_ymd (event->first_day, &y, NULL, NULL);
  year = g_strdup_printf ("%d", y);
  g_assert_nonnull (strstr (label_text (GTK_WIDGET (presentation), "date"), year));
  /* A quote from one of its reports, and where it comes from. */
  g_assert_true (g_str_has_suffix (label_text (GTK_WIDGET (presentation), "quote"), "”") ||
                 g_str_has_suffix (label_text (GTK_WIDGET (presentation), "quote"), "»"));
  g_assert_cmpuint (strlen (label_text (GTK_WIDGET (presentation), "source")), >, 3);
}

static void
test_enter (void)
{
  GtkWindow *main_window = find_app_window (CR_TYPE_WINDOW);
  CrPresentationWindow *presentation;

  g_assert_nonnull (main_window);
  g_assert_null (find_app_window (CR_TYPE_PRESENTATION_WINDOW));
  {
    g_auto(GStrv) present = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.present");
    g_auto(GStrv) export = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.export");

    g_assert_cmpstr (present[0], ==, "F5");
    g_assert_cmpstr (export[0], ==, "<Control>e");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window), "win.present", NULL));
  ui_test_spin (300);

  presentation = get_presentation ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (presentation)));
  g_assert_cmpuint (cr_presentation_window_get_n_events (presentation), ==, expected_ids->len);
  g_assert_cmpuint (cr_presentation_window_get_position (presentation), ==, 0);
  check_shown (presentation, 0);

  /* F5 again brings the same presentation to the front. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window), "win.present", NULL));
  ui_test_spin (100);
  {
    guint n = 0;

    for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
      n += CR_IS_PRESENTATION_WINDOW (l->data);
    g_assert_cmpuint (n, ==, 1);
  }
}

static void
test_keyboard (void)
{
  CrPresentationWindow *presentation = get_presentation ();

  /* Three ways forward: a keyboard's Space and Right, a remote's Page Down. */
  type_key (GTK_WINDOW (presentation), "space");
  wait_for_position (presentation, 1);
  type_key (GTK_WINDOW (presentation), "Right");
  wait_for_position (presentation, 2);
  type_key (GTK_WINDOW (presentation), "Next");
  wait_for_position (presentation, 3);
  check_shown (presentation, 3);

  /* The timeline flies to an event, and lands. */
  cr_presentation_window_go_to (presentation, 4);
  g_assert_true (cr_presentation_window_is_animating (presentation));
  for (int i = 0; i < 300 && cr_presentation_window_is_animating (presentation); i++)
    ui_test_spin (10);
  g_assert_false (cr_presentation_window_is_animating (presentation));

  type_key (GTK_WINDOW (presentation), "Left");
  wait_for_position (presentation, 3);
  check_shown (presentation, 3);
  type_key (GTK_WINDOW (presentation), "Prior");
  wait_for_position (presentation, 2);
  type_key (GTK_WINDOW (presentation), "End");
  wait_for_position (presentation, expected_ids->len - 1);
  check_shown (presentation, expected_ids->len - 1);
  type_key (GTK_WINDOW (presentation), "Home");
  wait_for_position (presentation, 0);
}

static void
test_click (void)
{
  CrPresentationWindow *presentation = get_presentation ();

  cr_presentation_window_go_to (presentation, 2);
  /* A click goes on, as in slide shows; a right click goes back. */
  xdotool (GTK_WINDOW (presentation), "click", "1");
  wait_for_position (presentation, 3);
  xdotool (GTK_WINDOW (presentation), "click", "3");
  wait_for_position (presentation, 2);
  check_shown (presentation, 2);
}

static void
test_auto_advance (void)
{
  CrPresentationWindow *presentation = get_presentation ();
  GSettings *settings = cr_application_get_settings (app);

  g_settings_set_int (settings, "presentation-interval", 2);
  cr_presentation_window_go_to (presentation, 5);
  type_key (GTK_WINDOW (presentation), "a");
  /* Nothing moves before the interval... */
  ui_test_spin (1200);
  g_assert_cmpuint (cr_presentation_window_get_position (presentation), ==, 5);
  /* ...and then it does, by itself. */
  for (int i = 0; i < 300 && cr_presentation_window_get_position (presentation) == 5; i++)
    ui_test_spin (10);
  g_assert_cmpuint (cr_presentation_window_get_position (presentation), ==, 6);
  check_shown (presentation, 6);
  type_key (GTK_WINDOW (presentation), "a");
  ui_test_spin (2500);
  g_assert_cmpuint (cr_presentation_window_get_position (presentation), ==, 6);
  g_settings_reset (settings, "presentation-interval");
}

static void
test_leave (void)
{
  CrPresentationWindow *presentation = get_presentation ();

  type_key (GTK_WINDOW (presentation), "Escape");
  for (int i = 0; i < 300 && find_app_window (CR_TYPE_PRESENTATION_WINDOW) != NULL; i++)
    ui_test_spin (10);
  g_assert_null (find_app_window (CR_TYPE_PRESENTATION_WINDOW));
  g_assert_nonnull (find_app_window (CR_TYPE_WINDOW));
}

/* Running the suite from inside the application */

static void
run_tests (gpointer user_data)
{
  int *status = user_data;

  /* The window opens the library when it is created. */
  ui_test_spin (300);
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

static void
build_library (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrStore) store = cr_store_open (path, &error);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *samples = g_build_filename (g_getenv ("CRONISTA_SOURCE_DIR"), "data", "samples", NULL);
  const char *paths[] = { samples, NULL };
  CrStoreEventFilter filter;

  g_assert_no_error (error);
  results = cr_importer_import_sync (store, paths, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  /* The order the window must present: dated events by first day, then id. */
  cr_store_event_filter_init (&filter);
  events = cr_store_list_events (store, &filter, &error);
  g_assert_no_error (error);
  expected_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < events->len; i++)
    {
      CrStoreEvent *event = g_ptr_array_index (events, i);

      if (event->first_day != CR_DAY_UNKNOWN)
        g_array_append_val (expected_ids, event->id);
    }
  /* Enough events for the walk above. */
  g_assert_cmpuint (expected_ids->len, >=, 8);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *tmpdir = NULL;
  char *app_argv[] = { (char *) "cronista", (char *) "--db", NULL, NULL };
  int status = 1;
  int app_status;

  cr_runtime_init_i18n ();
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("cronista-presentation-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  library_path = g_build_filename (tmpdir, "library.db", NULL);
  build_library (library_path);

  g_test_add_func ("/presentation/enter", test_enter);
  g_test_add_func ("/presentation/keyboard", test_keyboard);
  g_test_add_func ("/presentation/click", test_click);
  g_test_add_func ("/presentation/auto-advance", test_auto_advance);
  g_test_add_func ("/presentation/leave", test_leave);

  app = cr_application_new ();
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), &status);
  app_argv[2] = library_path;
  app_status = g_application_run (G_APPLICATION (app), 3, app_argv);
  g_clear_object (&app);

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir && (name = g_dir_read_name (dir)))
      {
        g_autofree char *p = g_build_filename (tmpdir, name, NULL);
        g_unlink (p);
      }
    g_rmdir (tmpdir);
  }
  g_clear_pointer (&expected_ids, g_array_unref);
  g_free (library_path);

  return app_status != 0 ? app_status : status;
}
