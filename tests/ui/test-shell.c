/* test-shell.c: the application shell, in the language of the environment
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real CrApplication in-process and, from inside its main loop,
 * checks that what the user sees is in the language given by
 * CRONISTA_TEST_LANGUAGE ("en" or "es"). The expected text is written out
 * below, never taken from gettext, so a missing or stale translation fails.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "cr-application.h"
#include "cr-preferences-window.h"
#include "cr-runtime.h"
#include "cr-window.h"
#include "ui-test-util.h"

typedef enum {
  LANG_EN,
  LANG_ES,
  N_LANGS
} Lang;

typedef char *(*GetTextFunc) (guint index);

typedef struct {
  const char  *name;
  GetTextFunc  get;
  guint        index;
  const char  *expected[N_LANGS];
} TextRow;

static CrApplication *app;
static Lang lang;
static char *library_path;

/* Helpers */

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWindow *
find_app_window (GType type)
{
  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
        return l->data;
    }

  return NULL;
}

static CrWindow *
get_main_window (void)
{
  GtkWindow *window = find_app_window (CR_TYPE_WINDOW);

  g_assert_nonnull (window);
  return CR_WINDOW (window);
}

/* Opens a window through its application action, as the menu does. */
static GtkWindow *
open_window (const char *action,
             GType       type)
{
  GtkWindow *window = find_app_window (type);

  if (window == NULL)
    {
      g_action_group_activate_action (G_ACTION_GROUP (app), action, NULL);
      ui_test_spin (50);
      window = find_app_window (type);
    }

  g_assert_nonnull (window);
  return window;
}

/* Getters of the visible text */

static char *
get_window_title (guint index)
{
  return g_strdup (gtk_window_get_title (GTK_WINDOW (get_main_window ())));
}

static char *
get_status_page_text (guint index)
{
  /* The status page the window shows: the visible page of the stack in
   * its toast overlay (the library view has status pages of its own). */
  GtkWidget *overlay = find_descendant (GTK_WIDGET (get_main_window ()), ADW_TYPE_TOAST_OVERLAY);
  GtkWidget *stack, *page;

  g_assert_nonnull (overlay);
  stack = adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay));
  g_assert_true (GTK_IS_STACK (stack));
  page = gtk_stack_get_visible_child (GTK_STACK (stack));
  g_assert_true (ADW_IS_STATUS_PAGE (page));
  if (index == 0)
    return g_strdup (adw_status_page_get_title (ADW_STATUS_PAGE (page)));
  return g_strdup (adw_status_page_get_description (ADW_STATUS_PAGE (page)));
}

/* The primary menu's button: the header bar has other menu buttons. */
static GtkWidget *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static char *
get_menu_label (guint index)
{
  GtkWidget *button = find_primary_menu_button (GTK_WIDGET (get_main_window ()));
  g_autoptr(GMenuModel) section = NULL;
  GMenuModel *menu;
  char *label = NULL;

  g_assert_nonnull (button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_nonnull (menu);
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_nonnull (section);
  g_assert_cmpint (index, <, g_menu_model_get_n_items (section));
  g_assert_true (g_menu_model_get_item_attribute (section, index, G_MENU_ATTRIBUTE_LABEL, "s", &label));

  return label;
}

static char *
get_about_text (guint index)
{
  GtkWindow *about = open_window ("about", ADW_TYPE_ABOUT_WINDOW);
  const char *properties[] = { "application-name", "developer-name", "translator-credits" };
  char *text = NULL;

  g_assert_cmpuint (index, <, G_N_ELEMENTS (properties));
  g_object_get (about, properties[index], &text, NULL);

  return text;
}

static char *
get_preferences_title (guint index)
{
  GtkWindow *preferences = open_window ("preferences", CR_TYPE_PREFERENCES_WINDOW);

  return g_strdup (gtk_window_get_title (preferences));
}

static char *
get_color_scheme_label (guint index)
{
  GtkWindow *preferences = open_window ("preferences", CR_TYPE_PREFERENCES_WINDOW);
  GtkWidget *row = find_descendant (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW);
  GListModel *model;

  g_assert_nonnull (row);
  model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  g_assert_true (GTK_IS_STRING_LIST (model));
  g_assert_cmpuint (index, <, g_list_model_get_n_items (model));

  return g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (model), index));
}

/* The summary toast after the files passed to open were imported (they
 * do not exist, so both fail). */
static char *
get_pending_toast_title (guint index)
{
  GtkWidget *overlay = find_descendant (GTK_WIDGET (get_main_window ()), ADW_TYPE_TOAST_OVERLAY);
  g_autoptr(GFile) a = g_file_new_for_path ("/nonexistent/first-article.txt");
  g_autoptr(GFile) b = g_file_new_for_path ("/nonexistent/second-article.html");
  GFile *files[] = { a, b };

  g_assert_nonnull (overlay);
  cr_application_clear_pending_files (app);
  g_application_open (G_APPLICATION (app), files, G_N_ELEMENTS (files), "");
  /* They are imported at once; wait for the import's summary. */
  ui_test_spin (50);
  for (int i = 0; i < 250 && cr_import_controller_get_busy (cr_window_get_import_controller (get_main_window ())); i++)
    ui_test_spin (20);
  ui_test_spin (100);

  /* The overlay's children are its content and one widget per toast; the
   * newest comes last (an older one may still be fading out). */
  for (GtkWidget *child = gtk_widget_get_last_child (overlay);
       child != NULL;
       child = gtk_widget_get_prev_sibling (child))
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

static const TextRow text_rows[] = {
  { "window-title", get_window_title, 0, { "Cronista", "Cronista" } },
  { "status-title", get_status_page_text, 0, { "No Articles Yet", "Aún no hay artículos" } },
  { "status-description", get_status_page_text, 1,
    { "Drop news articles in Spanish or English here. Cronista finds the dates and events they mention and draws them on a timeline.",
      "Suelte aquí artículos de prensa en español o en inglés. Cronista encuentra las fechas y los acontecimientos que mencionan y los dibuja en una cronología." } },
  { "menu-preferences", get_menu_label, 0, { "_Preferences", "_Preferencias" } },
  { "menu-shortcuts", get_menu_label, 1, { "_Keyboard Shortcuts", "_Atajos del teclado" } },
  { "menu-about", get_menu_label, 2, { "_About Cronista", "_Acerca de Cronista" } },
  { "about-name", get_about_text, 0, { "Cronista", "Cronista" } },
  { "about-developer", get_about_text, 1, { "The Cronista authors", "Los autores de Cronista" } },
  { "about-translators", get_about_text, 2,
    { "translator-credits", "Equipo de traducción al español de Cronista" } },
  { "preferences-title", get_preferences_title, 0, { "Preferences", "Preferencias" } },
  { "color-scheme-default", get_color_scheme_label, 0, { "Follow System", "Seguir al sistema" } },
  { "color-scheme-light", get_color_scheme_label, 1, { "Light", "Claro" } },
  { "color-scheme-dark", get_color_scheme_label, 2, { "Dark", "Oscuro" } },
  { "pending-toast", get_pending_toast_title, 0,
    { "2 failed", "2 fallidos" } },
};

static void
test_text (gconstpointer data)
{
  const TextRow *row = data;
  g_autofree char *text = row->get (row->index);

  g_assert_cmpstr (text, ==, row->expected[lang]);
}

/* Language-independent behaviour */

static void
test_library_path (void)
{
  g_assert_cmpstr (cr_application_get_library_path (app), ==, library_path);
}

static void
test_pending_files (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/article.txt");
  GListModel *pending = cr_application_get_pending_files (app);
  g_autoptr(GFile) first = NULL;

  cr_application_clear_pending_files (app);
  g_assert_cmpuint (g_list_model_get_n_items (pending), ==, 0);

  g_application_open (G_APPLICATION (app), &file, 1, "");
  g_assert_cmpuint (g_list_model_get_n_items (pending), ==, 1);
  first = g_list_model_get_item (pending, 0);
  g_assert_true (g_file_equal (first, file));

  /* open reuses the main window rather than making a second one */
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), >=, 1);
  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    g_assert_true (l->data == (gpointer) get_main_window () || !CR_IS_WINDOW (l->data));

  cr_application_clear_pending_files (app);
  g_assert_cmpuint (g_list_model_get_n_items (pending), ==, 0);
}

static gboolean
is_dark_after (const char *scheme)
{
  g_settings_set_string (cr_application_get_settings (app), "color-scheme", scheme);
  ui_test_spin (20);

  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
test_color_scheme_setting (void)
{
  g_assert_true (is_dark_after ("dark"));
  g_assert_false (is_dark_after ("light"));
  g_assert_true (is_dark_after ("dark"));
  /* Under Xvfb no desktop asks for dark, so following the system is light. */
  g_assert_false (is_dark_after ("default"));
}

static void
test_color_scheme_row (void)
{
  GtkWindow *preferences = open_window ("preferences", CR_TYPE_PREFERENCES_WINDOW);
  GtkWidget *row = find_descendant (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW);
  GSettings *settings = cr_application_get_settings (app);
  g_autofree char *scheme = NULL;

  g_assert_nonnull (row);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 2);
  ui_test_spin (20);
  scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_assert_true (adw_style_manager_get_dark (adw_style_manager_get_default ()));

  /* and the other way round */
  g_settings_set_string (settings, "color-scheme", "light");
  ui_test_spin (20);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 1);
  g_assert_false (adw_style_manager_get_dark (adw_style_manager_get_default ()));

  g_settings_reset (settings, "color-scheme");
}

static void
test_window_state (void)
{
  GSettings *settings = cr_application_get_settings (app);
  CrWindow *window;
  int width;
  int height;

  window = cr_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 500);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_spin (50);
  gtk_window_close (GTK_WINDOW (window));
  ui_test_spin (50);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 500);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = cr_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 700);
  g_assert_cmpint (height, ==, 500);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_accels (void)
{
  static const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.preferences", "<Control>comma" },
    { "app.quit", "<Control>q" },
    { "win.show-help-overlay", "<Control>question" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    expected[i].action);

      g_assert_nonnull (accels);
      g_assert_cmpstr (accels[0], ==, expected[i].accel);
    }

  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (get_main_window ())));
}

/* Running the suite from inside the application */

static void
run_tests (gpointer user_data)
{
  int *status = user_data;

  *status = g_test_run ();

  /* Quit as the user does, which closes every window first. */
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
  g_autofree char *tmpdir = NULL;
  char *app_argv[] = { (char *) "cronista", (char *) "--db", NULL, NULL };
  int status = 1;
  int app_status;

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

  for (guint i = 0; i < G_N_ELEMENTS (text_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/shell/text/%s", text_rows[i].name);

      g_test_add_data_func (path, &text_rows[i], test_text);
    }
  g_test_add_func ("/shell/library-path", test_library_path);
  g_test_add_func ("/shell/pending-files", test_pending_files);
  g_test_add_func ("/shell/accels", test_accels);
  g_test_add_func ("/shell/color-scheme/setting", test_color_scheme_setting);
  g_test_add_func ("/shell/color-scheme/row", test_color_scheme_row);
  g_test_add_func ("/shell/window-state", test_window_state);

  tmpdir = g_dir_make_tmp ("cronista-test-shell-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  library_path = g_build_filename (tmpdir, "library.db", NULL);
  app_argv[2] = library_path;

  app = cr_application_new ();
  /* Both languages run at once; neither may forward to the other. */
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &status);

  app_status = g_application_run (G_APPLICATION (app), G_N_ELEMENTS (app_argv) - 1, app_argv);

  g_clear_object (&app);
  /* the library the shell made there, and its WAL files */
  ui_test_remove_dir (tmpdir);
  g_free (library_path);

  return status != 0 ? status : app_status;
}
