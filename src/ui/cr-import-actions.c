/* cr-import-actions.c: the window's ways in for articles
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every way in (the file chooser, a folder, the clipboard, drag and drop,
 * files passed to the application, the bundled samples) ends in the
 * window's CrImportController; its "finished" signal ends here too, in a
 * toast with the summary and, when some file failed, a Details button.
 */

#define G_LOG_DOMAIN "cr-import-actions"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cr-import-actions.h"
#include "cr-runtime.h"

#define STATE_KEY "cr-import-actions-state"

/* A summary toast with problems stays longer: it has a button to read. */
#define PROBLEM_TOAST_TIMEOUT_S 10

/* What the file chooser offers by default: the importers' extensions. */
static const char * const article_suffixes[] = {
  "txt", "text", "md", "markdown", "html", "htm", "xhtml",
  "rss", "atom", "rdf", "xml", "json", "ndjson", "jsonl",
};

typedef struct {
  CrWindow *window;          /* owns this state */
  /* Where imports go: the library the window started with, even while
   * it shows the sample library. */
  char     *user_library;
  char     *open_after;      /* a library to show once its import ends */
  guint     pending_idle_id;
} State;

static void
state_free (State *state)
{
  g_clear_handle_id (&state->pending_idle_id, g_source_remove);
  g_free (state->user_library);
  g_free (state->open_after);
  g_free (state);
}

static State *
get_state (CrWindow *window)
{
  return g_object_get_data (G_OBJECT (window), STATE_KEY);
}

static const char *
get_library_path (CrWindow *window)
{
  State *state = get_state (window);

  return state != NULL ? state->user_library : NULL;
}

/* Shows the library at @path in the window. */
static void
show_library (CrWindow   *window,
              const char *path)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  if (CR_IS_APPLICATION (app))
    cr_application_set_library_path (CR_APPLICATION (app), path);
  cr_window_reload_library (window);
}

static void
announce_sample_library (CrWindow *window)
{
  AdwToast *toast = adw_toast_new (_("Showing the sample library"));

  adw_toast_set_button_label (toast, _("_Back to My Library"));
  adw_toast_set_action_name (toast, "win.open-my-library");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, PROBLEM_TOAST_TIMEOUT_S);
  cr_window_add_toast (window, toast);
}

static void
show_message (CrWindow   *window,
              const char *message)
{
  cr_window_add_toast (window, adw_toast_new (message));
}

static void
import_paths (CrWindow           *window,
              const char * const *paths)
{
  const char *library = get_library_path (window);

  if (library == NULL)
    return;
  cr_import_controller_import (cr_window_get_import_controller (window), library, paths);
}

static void
import_files (CrWindow   *window,
              GListModel *files)
{
  const char *library = get_library_path (window);

  if (library == NULL)
    return;
  cr_import_controller_import_files (cr_window_get_import_controller (window), library, files);
}

/* The details dialog */

GtkWindow *
cr_import_details_dialog_new (GtkWindow             *parent,
                              const CrImportSummary *summary)
{
  g_autofree char *heading = NULL;
  GtkWidget *dialog, *scrolled, *list;
  guint n;

  g_return_val_if_fail (summary != NULL, NULL);

  n = summary->problems != NULL ? summary->problems->len : 0;
  heading = g_strdup_printf (ngettext ("%u File Not Imported", "%u Files Not Imported", n), n);
  dialog = adw_message_dialog_new (parent, heading, NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Files not imported"),
                                  -1);
  for (guint i = 0; i < n; i++)
    {
      const CrImportFileResult *result = g_ptr_array_index (summary->problems, i);
      g_autofree char *name = g_path_get_basename (result->path);
      GtkWidget *row = adw_action_row_new ();

      /* File names and messages are text, never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   result->error != NULL ? result->error->message : _("Unknown error"));
      gtk_widget_set_tooltip_text (row, result->path);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  /* A message dialog gives its extra child little room of its own: ask
   * for enough to read a few failures without scrolling. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), MIN (n, 4) * 64);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  return GTK_WINDOW (dialog);
}

static void
on_details_clicked (AdwToast *toast,
                    CrWindow *window)
{
  CrImportSummary *summary = g_object_get_data (G_OBJECT (toast), "summary");

  g_assert (ADW_IS_TOAST (toast));

  if (summary != NULL)
    gtk_window_present (cr_import_details_dialog_new (GTK_WINDOW (window), summary));
}

static void
on_import_finished (CrWindow           *window,
                    CrImportSummary    *summary,
                    CrImportController *controller)
{
  State *state = get_state (window);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  g_autofree char *title = NULL;
  gboolean changed = FALSE;
  AdwToast *toast;

  g_assert (CR_IS_WINDOW (window));

  if (state->open_after != NULL && g_strcmp0 (state->open_after, summary->library_path) == 0)
    {
      g_autofree char *library = g_steal_pointer (&state->open_after);

      /* The samples are in their library (imported now, or found there
       * already): show it, unless the import was stopped. */
      if (!summary->cancelled && summary->error == NULL)
        {
          show_library (window, library);
          announce_sample_library (window);
          return;
        }
    }
  else if (CR_IS_APPLICATION (app) &&
           g_strcmp0 (summary->library_path, state->user_library) == 0 &&
           g_strcmp0 (cr_application_get_library_path (CR_APPLICATION (app)), state->user_library) != 0)
    {
      /* The user's own articles went to their library: show it again
       * rather than the samples. */
      cr_application_set_library_path (CR_APPLICATION (app), state->user_library);
      changed = TRUE;
    }
  /* Reloading a big library costs the main thread a moment: only when
   * the import changed it. */
  if (changed || summary->n_imported > 0 || summary->n_updated > 0)
    cr_window_reload_library (window);

  title = cr_import_summary_to_string (summary);
  toast = adw_toast_new (title);
  /* The news of this import goes before older toasts still queued. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (cr_import_summary_has_problems (summary))
    {
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_timeout (toast, PROBLEM_TOAST_TIMEOUT_S);
      g_object_set_data_full (G_OBJECT (toast), "summary", cr_import_summary_ref (summary),
                              (GDestroyNotify) cr_import_summary_unref);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_details_clicked),
                               window, 0);
    }
  cr_window_add_toast (window, toast);
}

/* Import Files… and Import Folder… */

static void
on_chooser_response (GtkNativeDialog *native,
                     int              response,
                     CrWindow        *window)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));

      import_files (window, files);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
show_chooser (CrWindow             *window,
              const char           *title,
              GtkFileChooserAction  action)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, GTK_WINDOW (window), action,
                                        _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);

  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_set_name (articles, _("Articles and Feeds"));
      for (guint i = 0; i < G_N_ELEMENTS (article_suffixes); i++)
        gtk_file_filter_add_suffix (articles, article_suffixes[i]);
      gtk_file_filter_set_name (all, _("All Files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), articles);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
    }

  /* The dialog keeps itself (and the window) alive until it answers. */
  g_signal_connect_object (native, "response", G_CALLBACK (on_chooser_response), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
import_files_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  show_chooser (CR_WINDOW (widget), _("Import Files"), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
import_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  show_chooser (CR_WINDOW (widget), _("Import Folder"), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

/* Paste as New Article: the text is kept as a file of its own, which
 * becomes the article's source, and imported like any other. */

static char *
write_pasted_text (const char  *text,
                   GError     **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "cronista", "pasted", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *path = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return NULL;
    }
  for (guint i = 1; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); i++)
    {
      g_autofree char *name = i == 1 ? g_strdup_printf ("pasted-%s.txt", stamp)
                                     : g_strdup_printf ("pasted-%s-%u.txt", stamp, i);

      g_free (path);
      path = g_build_filename (dir, name, NULL);
    }
  if (!g_file_set_contents (path, text, -1, error))
    return NULL;
  return g_steal_pointer (&path);
}

static void
on_clipboard_text (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CrWindow) window = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  g_autofree char *path = NULL;

  if (text == NULL || *g_strstrip (text) == '\0')
    {
      show_message (window, _("The clipboard holds no text to import"));
      return;
    }
  path = write_pasted_text (text, &error);
  if (path == NULL)
    {
      /* Translators: %s says why the pasted text could not be saved */
      g_autofree char *message = g_strdup_printf (_("Could not keep the pasted text: %s"), error->message);

      show_message (window, message);
      return;
    }
  import_paths (window, (const char * const []) { path, NULL });
}

static void
paste_article_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);

  gdk_clipboard_read_text_async (clipboard, NULL, on_clipboard_text, g_object_ref (widget));
}

/* Open Sample Library: the samples get a library file of their own,
 * made once, so they never mix with the user's articles. They are
 * imported every time it is opened: the second time they are all
 * duplicates, which costs little and mends a library whose first import
 * was cancelled. */

char *
cr_import_dup_sample_library_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "cronista", "sample-library.db", NULL);
}

static void
open_my_library_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  State *state = get_state (CR_WINDOW (widget));

  if (state != NULL)
    show_library (CR_WINDOW (widget), state->user_library);
}

static void
open_sample_library_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CrWindow *window = CR_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  State *state = get_state (window);
  g_autofree char *library = cr_import_dup_sample_library_path ();
  g_autofree char *samples = g_build_filename (cr_runtime_get_datadir (), "samples", NULL);

  if (!CR_IS_APPLICATION (app) || state == NULL)
    return;

  if (!g_file_test (samples, G_FILE_TEST_IS_DIR))
    {
      show_message (window, _("The sample articles are not installed"));
      return;
    }

  g_free (state->open_after);
  state->open_after = g_strdup (library);
  cr_import_controller_import (cr_window_get_import_controller (window), library,
                               (const char * const []) { samples, NULL });
}

/* Drag and drop */

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         CrWindow      *window)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    {
      char *path = g_file_get_path (l->data);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  g_slist_free (files);

  if (paths->len == 0)
    return FALSE;
  g_ptr_array_add (paths, NULL);
  import_paths (window, (const char * const *) paths->pdata);
  return TRUE;
}

/* Files passed to the application: taken from an idle, so that whoever
 * added them has finished, and imported in one go. */

static gboolean
take_pending_files (gpointer user_data)
{
  State *state = user_data;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (state->window));
  GListModel *pending;

  state->pending_idle_id = 0;
  if (!CR_IS_APPLICATION (app))
    return G_SOURCE_REMOVE;

  pending = cr_application_get_pending_files (CR_APPLICATION (app));
  if (g_list_model_get_n_items (pending) > 0)
    {
      import_files (state->window, pending);
      cr_application_clear_pending_files (CR_APPLICATION (app));
    }
  return G_SOURCE_REMOVE;
}

static void
on_pending_files_changed (CrWindow   *window,
                          guint       position,
                          guint       removed,
                          guint       added,
                          GListModel *model)
{
  State *state = get_state (window);

  if (added > 0 && state->pending_idle_id == 0)
    state->pending_idle_id = g_idle_add (take_pending_files, state);
}

void
cr_import_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-files", NULL, import_files_action);
  gtk_widget_class_install_action (widget_class, "win.import-folder", NULL, import_folder_action);
  gtk_widget_class_install_action (widget_class, "win.paste-article", NULL, paste_article_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample-library", NULL,
                                   open_sample_library_action);
  gtk_widget_class_install_action (widget_class, "win.open-my-library", NULL,
                                   open_my_library_action);
}

void
cr_import_actions_init (CrWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  GtkDropTarget *target;
  State *state;

  g_return_if_fail (CR_IS_WINDOW (window));
  g_return_if_fail (get_state (window) == NULL);

  state = g_new0 (State, 1);
  state->window = window;
  if (CR_IS_APPLICATION (app))
    state->user_library = g_strdup (cr_application_get_library_path (CR_APPLICATION (app)));
  g_object_set_data_full (G_OBJECT (window), STATE_KEY, state, (GDestroyNotify) state_free);

  g_signal_connect_object (cr_window_get_import_controller (window), "finished",
                           G_CALLBACK (on_import_finished), window, G_CONNECT_SWAPPED);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), window, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (target));

  if (CR_IS_APPLICATION (app))
    {
      GListModel *pending = cr_application_get_pending_files (CR_APPLICATION (app));

      g_signal_connect_object (pending, "items-changed",
                               G_CALLBACK (on_pending_files_changed), window, G_CONNECT_SWAPPED);
      if (g_list_model_get_n_items (pending) > 0)
        on_pending_files_changed (window, 0, 0, g_list_model_get_n_items (pending), pending);
    }
}
