/* test-export-dialog.c: what the export dialog writes, checked in the files
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The job the dialog runs, for every format, on the sample library; then
 * the dialog itself driven without its file chooser: its choices become
 * the file, and a failure is reported, not swallowed.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-export-dialog.h"
#include "cr-importer.h"
#include "cr-store-events.h"
#include "ui-test-util.h"

static char *tmpdir;
static char *library_path;
static guint n_events;          /* visible events of the sample library */
static guint n_articles;

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* RFC 4180: fields separated by commas, quoted when they hold commas,
 * quotes or line breaks, quotes doubled. Returns the records (GStrv),
 * or NULL when @text is not well formed. */
static GPtrArray *
parse_csv (const char *text)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; !(*p == '"' && p[1] != '"'); p++)
            {
              if (*p == '\0')
                return NULL;
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
          if (*p != ',' && *p != '\r' && *p != '\0')
            return NULL;
        }
      else
        {
          while (*p != ',' && *p != '\r' && *p != '\n' && *p != '\0')
            {
              if (*p == '"')
                return NULL;
              g_string_append_c (field, *p++);
            }
          if (*p == '\n')
            return NULL;       /* records end in CRLF */
        }
      g_ptr_array_add (fields, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          if (*p == '\r')
            {
              if (p[1] != '\n')
                return NULL;
              p += 2;
            }
          g_ptr_array_add (fields, NULL);
          g_ptr_array_add (records, g_ptr_array_steal (fields, NULL));
        }
    }
  return g_steal_pointer (&records);
}

static void
check_csv (const char *path,
           guint       expected)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) records = NULL;
  guint n_columns;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  records = parse_csv (text);
  g_assert_nonnull (records);
  /* A header, then one record per event, all as wide as the header. */
  g_assert_cmpuint (records->len, ==, expected + 1);
  n_columns = g_strv_length (g_ptr_array_index (records, 0));
  g_assert_cmpuint (n_columns, >=, 4);
  for (guint i = 1; i < records->len; i++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (records, i)), ==, n_columns);
}

static char *
output_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

typedef struct {
  const char   *name;
  CrExportKind  kind;
  const char   *starts_with;
  const char   *contains;
} FormatRow;

static const FormatRow format_rows[] = {
  { "png", CR_EXPORT_KIND_PNG, "\x89PNG\r\n\x1a\n", NULL },
  { "svg", CR_EXPORT_KIND_SVG, "<?xml", "<svg" },
  { "pdf", CR_EXPORT_KIND_PDF, "%PDF-", NULL },
  { "handout", CR_EXPORT_KIND_HANDOUT, "%PDF-", NULL },
  { "csv", CR_EXPORT_KIND_CSV, NULL, NULL },
  { "json", CR_EXPORT_KIND_JSON, "{", "\"cronista-library\"" },
  { "ics", CR_EXPORT_KIND_ICS, "BEGIN:VCALENDAR\r\n", "BEGIN:VEVENT" },
  { "timelinejs", CR_EXPORT_KIND_TIMELINEJS, "{", "\"events\"" },
};

static void
test_job (gconstpointer data)
{
  const FormatRow *row = data;
  g_autofree char *name = g_strdup_printf ("job-%s.%s", row->name, cr_export_kind_get_extension (row->kind));
  g_autofree char *path = output_path (name);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  CrExportRequest request;
  gsize length = 0;
  guint written = 0;

  cr_export_request_init (&request);
  request.kind = row->kind;
  request.width = 800;
  request.height = 450;
  request.scale = 2;
  request.title = "Cronista";
  request.language = "es";
  g_assert_true (cr_export_job_run (library_path, &request, path, &written, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  if (row->starts_with != NULL)
    g_assert_true (length > strlen (row->starts_with) &&
                   memcmp (contents, row->starts_with, strlen (row->starts_with)) == 0);
  if (row->contains != NULL)
    g_assert_nonnull (g_strstr_len (contents, length, row->contains));

  if (row->kind == CR_EXPORT_KIND_JSON)
    g_assert_cmpuint (written, ==, n_articles);
  else
    g_assert_cmpuint (written, ==, n_events);

  if (row->kind == CR_EXPORT_KIND_PNG)
    {
      /* IHDR: the size in device pixels, scale times the logical size. */
      g_assert_cmpuint (length, >, 33);
      g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
      g_assert_cmpuint (read_be32 ((const guint8 *) contents + 16), ==, 1600);
      g_assert_cmpuint (read_be32 ((const guint8 *) contents + 20), ==, 900);
    }
  else if (row->kind == CR_EXPORT_KIND_CSV)
    check_csv (path, n_events);
}

/* The dialog */

typedef struct {
  gboolean done;
  gboolean success;
  char    *message;
} Outcome;

static void
on_finished (CrExportDialog *dialog,
             gboolean        success,
             const char     *message,
             Outcome        *outcome)
{
  outcome->done = TRUE;
  outcome->success = success;
  g_free (outcome->message);
  outcome->message = g_strdup (message);
}

static GtkWidget *
find_by_type (GtkWidget *widget,
              GType      type,
              guint      skip)
{
  GQueue queue = G_QUEUE_INIT;

  /* Breadth first: the rows in the order the dialog shows them. */
  g_queue_push_tail (&queue, widget);
  while (!g_queue_is_empty (&queue))
    {
      GtkWidget *w = g_queue_pop_head (&queue);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && skip-- == 0)
        {
          g_queue_clear (&queue);
          return w;
        }
      for (GtkWidget *child = gtk_widget_get_first_child (w); child; child = gtk_widget_get_next_sibling (child))
        g_queue_push_tail (&queue, child);
    }
  return NULL;
}

static CrExportDialog *
new_dialog (CrStore *store)
{
  CrExportDialog *dialog = cr_export_dialog_new (NULL, NULL, store, NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_spin (50);
  return dialog;
}

static void
wait_for (Outcome *outcome)
{
  for (int i = 0; i < 1000 && !outcome->done; i++)
    ui_test_spin (10);
  g_assert_true (outcome->done);
}

static void
test_dialog_writes_choice (void)
{
  g_autoptr(CrStore) store = cr_store_open_read_only (library_path, NULL);
  CrExportDialog *dialog = new_dialog (store);
  AdwComboRow *format = ADW_COMBO_ROW (find_by_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 0));
  g_autofree char *path = output_path ("dialog.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Outcome outcome = { 0 };

  g_assert_nonnull (format);
  adw_combo_row_set_selected (format, CR_EXPORT_KIND_CSV);
  g_signal_connect (dialog, "finished", G_CALLBACK (on_finished), &outcome);
  g_object_ref (dialog);
  cr_export_dialog_export_to (dialog, file);
  wait_for (&outcome);
  g_assert_true (outcome.success);
  g_assert_nonnull (strstr (outcome.message, "dialog.csv"));
  check_csv (path, n_events);
  /* It closes when done. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);
  g_free (outcome.message);
}

static void
test_dialog_image_size (void)
{
  g_autoptr(CrStore) store = cr_store_open_read_only (library_path, NULL);
  CrExportDialog *dialog = new_dialog (store);
  GtkSpinButton *width = GTK_SPIN_BUTTON (find_by_type (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, 0));
  GtkSpinButton *height = GTK_SPIN_BUTTON (find_by_type (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, 1));
  GtkSpinButton *scale = GTK_SPIN_BUTTON (find_by_type (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, 2));
  AdwComboRow *range = ADW_COMBO_ROW (find_by_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 1));
  g_autofree char *path = output_path ("dialog.png");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  Outcome outcome = { 0 };
  gsize length;

  g_assert_nonnull (range);
  adw_combo_row_set_selected (range, 1);   /* all events */
  gtk_spin_button_set_value (width, 640);
  gtk_spin_button_set_value (height, 360);
  gtk_spin_button_set_value (scale, 3);
  g_signal_connect (dialog, "finished", G_CALLBACK (on_finished), &outcome);
  cr_export_dialog_export_to (dialog, file);
  wait_for (&outcome);
  g_assert_true (outcome.success);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 33);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (read_be32 ((const guint8 *) contents + 16), ==, 1920);
  g_assert_cmpuint (read_be32 ((const guint8 *) contents + 20), ==, 1080);
  g_free (outcome.message);
}

static void
test_dialog_reports_failure (void)
{
  g_autoptr(CrStore) store = cr_store_open_read_only (library_path, NULL);
  CrExportDialog *dialog = new_dialog (store);
  AdwComboRow *format = ADW_COMBO_ROW (find_by_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 0));
  g_autofree char *path = g_build_filename (tmpdir, "no-such-folder", "events.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Outcome outcome = { 0 };

  adw_combo_row_set_selected (format, CR_EXPORT_KIND_CSV);
  g_signal_connect (dialog, "finished", G_CALLBACK (on_finished), &outcome);
  cr_export_dialog_export_to (dialog, file);
  wait_for (&outcome);
  g_assert_false (outcome.success);
  g_assert_nonnull (strstr (outcome.message, "events.csv"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* Still open, to try again. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_free (outcome.message);
}

static void
test_dialog_dates (void)
{
  g_autoptr(CrStore) store = cr_store_open_read_only (library_path, NULL);
  CrExportDialog *dialog = new_dialog (store);
  AdwComboRow *range = ADW_COMBO_ROW (find_by_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 1));
  GtkWidget *from = find_by_type (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, 1);
  GtkWidget *to = find_by_type (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, 2);
  g_autoptr(GError) error = NULL;
  CrExportRequest request;
  int y, m, d;

  adw_combo_row_set_selected (range, 2);
  gtk_editable_set_text (GTK_EDITABLE (from), "2024-06");
  gtk_editable_set_text (GTK_EDITABLE (to), "2025");
  g_assert_true (cr_export_dialog_get_request (dialog, &request, &error));
  g_assert_no_error (error);
  cr_day_to_ymd (request.from, &y, &m, &d);
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 20240601);
  cr_day_to_ymd (request.to, &y, &m, &d);
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 20251231);

  gtk_editable_set_text (GTK_EDITABLE (to), "junio");
  g_assert_false (cr_export_dialog_get_request (dialog, &request, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "junio"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* "The current view" is the span the library's timeline shows. */
static void
test_dialog_current_view (void)
{
  g_autoptr(CrStore) store = cr_store_open_read_only (library_path, NULL);
  CrLibraryView *view = CR_LIBRARY_VIEW (cr_library_view_new ());
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  CrExportDialog *dialog;
  CrExportRequest request;
  CrViewport *viewport;
  int y, m, d;

  g_assert_true (cr_library_view_set_store (view, store, NULL));
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  ui_test_spin (100);
  viewport = cr_timeline_view_get_viewport (cr_library_view_get_timeline_view (view));
  /* 1 March 2025 to 30 April 2025, end exclusive. */
  cr_viewport_set_visible (viewport, (gint64) cr_day_from_ymd (2025, 3, 1) * 86400,
                           (gint64) (cr_day_from_ymd (2025, 5, 1) - cr_day_from_ymd (2025, 3, 1)) * 86400);

  dialog = cr_export_dialog_new (window, view, store, NULL);
  g_assert_true (cr_export_dialog_get_request (dialog, &request, NULL));
  cr_day_to_ymd (request.from, &y, &m, &d);
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 20250301);
  cr_day_to_ymd (request.to, &y, &m, &d);
  g_assert_cmpint (y * 10000 + m * 100 + d, ==, 20250430);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (window);
}

static void
test_dialog_remembers (void)
{
  g_autoptr(CrStore) store = cr_store_open_read_only (library_path, NULL);
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  CrExportDialog *dialog = cr_export_dialog_new (NULL, NULL, store, settings);
  AdwComboRow *format = ADW_COMBO_ROW (find_by_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 0));
  GtkSpinButton *scale = GTK_SPIN_BUTTON (find_by_type (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, 2));
  g_autofree char *name = NULL;
  CrExportRequest request;

  adw_combo_row_set_selected (format, CR_EXPORT_KIND_ICS);
  gtk_spin_button_set_value (scale, 3);
  name = g_settings_get_string (settings, "export-format");
  g_assert_cmpstr (name, ==, "ics");
  g_assert_cmpint (g_settings_get_int (settings, "export-scale"), ==, 3);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The next dialog starts where this one was left. */
  dialog = cr_export_dialog_new (NULL, NULL, store, settings);
  g_assert_true (cr_export_dialog_get_request (dialog, &request, NULL));
  g_assert_cmpint (request.kind, ==, CR_EXPORT_KIND_ICS);
  g_assert_cmpint (request.scale, ==, 3);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_settings_reset (settings, "export-format");
  g_settings_reset (settings, "export-scale");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *samples = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) events = NULL;
  CrStoreEventFilter filter;
  int ret;

  g_test_init (&argc, &argv, NULL);
  adw_init ();

  tmpdir = g_dir_make_tmp ("cronista-export-dialog-XXXXXX", &error);
  g_assert_no_error (error);
  library_path = g_build_filename (tmpdir, "library.db", NULL);
  samples = g_build_filename (g_getenv ("CRONISTA_SOURCE_DIR"), "data", "samples", NULL);
  {
    g_autoptr(CrStore) store = cr_store_open (library_path, &error);
    const char *paths[] = { samples, NULL };

    g_assert_no_error (error);
    results = cr_importer_import_sync (store, paths, NULL, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    cr_store_event_filter_init (&filter);
    events = cr_store_list_events (store, &filter, &error);
    g_assert_no_error (error);
    n_events = events->len;
    n_articles = (guint) cr_store_count_articles (store, NULL);
  }
  g_assert_cmpuint (n_events, >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (format_rows); i++)
    {
      g_autofree char *name = g_strdup_printf ("/export-dialog/job/%s", format_rows[i].name);

      g_test_add_data_func (name, &format_rows[i], test_job);
    }
  g_test_add_func ("/export-dialog/writes-choice", test_dialog_writes_choice);
  g_test_add_func ("/export-dialog/image-size", test_dialog_image_size);
  g_test_add_func ("/export-dialog/reports-failure", test_dialog_reports_failure);
  g_test_add_func ("/export-dialog/dates", test_dialog_dates);
  g_test_add_func ("/export-dialog/remembers", test_dialog_remembers);
  g_test_add_func ("/export-dialog/current-view", test_dialog_current_view);
  ret = g_test_run ();

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
  g_free (library_path);
  g_free (tmpdir);
  return ret;
}
