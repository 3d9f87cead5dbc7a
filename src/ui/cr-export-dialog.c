/* cr-export-dialog.c: export the library as images, a handout or data
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The choices of `cronista-cli export` in a dialog: a format, which
 * events (what the timeline shows, all, or a range of dates), and for
 * images their size, scale, title and legend. A save dialog asks where;
 * cr-export-job.c writes the file in a thread, and a toast on the main
 * window says how it went.
 */

#define G_LOG_DOMAIN "cr-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cr-calendar.h"
#include "cr-export-dialog.h"
#include "cr-time-scale.h"
#include "cr-window.h"

typedef enum {
  RANGE_VIEW = 0,
  RANGE_ALL,
  RANGE_DATES,
} Range;

struct _CrExportDialog
{
  AdwWindow             parent_instance;

  CrStore              *store;
  CrLibraryView        *view;         /* weak: the window owns it */
  GtkWindow            *parent;       /* weak */
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;
  char                 *title;        /* what get_request() hands out */
  char                 *path;         /* being written */
  gboolean              busy;

  /* Template widgets */
  GtkWidget            *export_button;
  GtkSpinner           *spinner;
  AdwComboRow          *format_row;
  AdwEntryRow          *title_row;
  GtkWidget            *range_group;
  AdwComboRow          *range_row;
  AdwEntryRow          *from_row;
  AdwEntryRow          *to_row;
  GtkWidget            *image_group;
  GtkWidget            *scale_row;
  GtkSpinButton        *width_spin;
  GtkSpinButton        *height_spin;
  GtkSpinButton        *scale_spin;
  GtkSwitch            *legend_switch;
};

G_DEFINE_FINAL_TYPE (CrExportDialog, cr_export_dialog, ADW_TYPE_WINDOW)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Shown one per format, as the file chooser's first guess. */
static const char *suggested_names[CR_N_EXPORT_KINDS] = {
  "cronista-timeline.png",
  "cronista-timeline.svg",
  "cronista-timeline.pdf",
  "cronista-handout.pdf",
  "cronista-events.csv",
  "cronista-library.json",
  "cronista-events.ics",
  "cronista-timelinejs.json",
};

/* The formats as the settings name them, in the order of the format row. */
static const char *format_names[CR_N_EXPORT_KINDS] = {
  "png", "svg", "pdf", "handout", "csv", "json", "ics", "timelinejs",
};

static gboolean
format_from_setting (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  const char *name = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < CR_N_EXPORT_KINDS; i++)
    if (g_str_equal (name, format_names[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
format_to_setting (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return i < CR_N_EXPORT_KINDS ? g_variant_new_string (format_names[i]) : NULL;
}

static CrExportKind
selected_kind (CrExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->format_row);

  return selected < CR_N_EXPORT_KINDS ? (CrExportKind) selected : CR_EXPORT_KIND_PNG;
}

/* One function decides what can be chosen for the format and range. */
static void
update_rows (CrExportDialog *self)
{
  CrExportKind kind = selected_kind (self);
  gboolean dates = adw_combo_row_get_selected (self->range_row) == RANGE_DATES;

  gtk_widget_set_visible (self->image_group, cr_export_kind_is_image (kind));
  gtk_widget_set_visible (self->scale_row, kind == CR_EXPORT_KIND_PNG);
  /* The library moves whole: articles, events and edits. */
  gtk_widget_set_visible (self->range_group, kind != CR_EXPORT_KIND_JSON);
  gtk_widget_set_visible (GTK_WIDGET (self->title_row), kind != CR_EXPORT_KIND_JSON && kind != CR_EXPORT_KIND_CSV);
  gtk_widget_set_visible (GTK_WIDGET (self->from_row), dates);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), dates);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", !self->busy);
  gtk_spinner_set_spinning (self->spinner, self->busy);
}

static void
on_row_changed (CrExportDialog *self)
{
  g_assert (CR_IS_EXPORT_DIALOG (self));

  update_rows (self);
}

static const char *
ui_language (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "es") ? "es" : "en";
}

static gboolean
parse_day (AdwEntryRow  *row,
           gboolean      last,
           CrDay        *day,
           GError      **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  CrDay first_day, last_day;

  if (!cr_day_range_parse (text, &first_day, &last_day))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %s is what the user typed as a date */
                   _("“%s” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD."), text);
      return FALSE;
    }
  *day = last ? last_day : first_day;
  return TRUE;
}

static void
announce (CrExportDialog *self,
          const char     *message)
{
  if (CR_IS_WINDOW (self->parent))
    cr_window_add_toast (CR_WINDOW (self->parent), adw_toast_new (message));
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CrExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;

  /* The dialog went away meanwhile: nobody to tell. */
  if (self->cancellable == NULL)
    return;
  name = g_filename_display_basename (self->path);
  self->busy = FALSE;
  if (!cr_export_job_run_finish (result, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Translators: %s is the file, then why it could not be written */
      message = g_strdup_printf (_("Could not export to %s: %s"), name, error->message);
      announce (self, message);
      update_rows (self);
      g_signal_emit (self, signals[FINISHED], 0, FALSE, message);
      return;
    }

  /* Translators: %s is the name of the file written */
  message = g_strdup_printf (_("Exported to %s"), name);
  announce (self, message);
  g_signal_emit (self, signals[FINISHED], 0, TRUE, message);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_chooser_response (CrExportDialog       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  g_assert (CR_IS_EXPORT_DIALOG (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    cr_export_dialog_export_to (self, file);
}

static void
action_choose_file (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrExportDialog *self = CR_EXPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  CrExportRequest request;

  /* A wrong date is said before the file is chosen. */
  if (!cr_export_dialog_get_request (self, &request, &error))
    {
      announce (self, error->message);
      gtk_widget_error_bell (widget);
      return;
    }

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), suggested_names[request.kind]);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cr_export_dialog_dispose (GObject *object)
{
  CrExportDialog *self = CR_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_EXPORT_DIALOG);
  g_clear_weak_pointer (&self->view);
  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (cr_export_dialog_parent_class)->dispose (object);
}

static void
cr_export_dialog_class_init (CrExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_export_dialog_dispose;

  /**
   * CrExportDialog::finished:
   * @success: whether the file was written
   * @message: what the toast says
   *
   * An export ended.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 2, G_TYPE_BOOLEAN, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/cr-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, range_group);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, range_row);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, image_group);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, scale_spin);
  gtk_widget_class_bind_template_child (widget_class, CrExportDialog, legend_switch);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, action_choose_file);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cr_export_dialog_init (CrExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  g_signal_connect_object (self->format_row, "notify::selected", G_CALLBACK (on_row_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->range_row, "notify::selected", G_CALLBACK (on_row_changed),
                           self, G_CONNECT_SWAPPED);
  update_rows (self);
}

CrExportDialog *
cr_export_dialog_new (GtkWindow     *parent,
                      CrLibraryView *view,
                      CrStore       *store,
                      GSettings     *settings)
{
  CrExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (view == NULL || CR_IS_LIBRARY_VIEW (view), NULL);
  g_return_val_if_fail (CR_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CR_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  if (settings != NULL)
    {
      g_settings_bind_with_mapping (settings, "export-format", self->format_row, "selected",
                                    G_SETTINGS_BIND_DEFAULT, format_from_setting, format_to_setting,
                                    NULL, NULL);
      g_settings_bind (settings, "export-width", gtk_spin_button_get_adjustment (self->width_spin),
                       "value", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "export-height", gtk_spin_button_get_adjustment (self->height_spin),
                       "value", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "export-scale", gtk_spin_button_get_adjustment (self->scale_spin),
                       "value", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "export-legend", self->legend_switch, "active", G_SETTINGS_BIND_DEFAULT);
    }
  g_set_weak_pointer (&self->view, view);
  g_set_weak_pointer (&self->parent, parent);
  return self;
}

gboolean
cr_export_dialog_get_request (CrExportDialog   *self,
                              CrExportRequest  *request,
                              GError          **error)
{
  const char *title;

  g_return_val_if_fail (CR_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  cr_export_request_init (request);
  request->kind = selected_kind (self);
  request->width = gtk_spin_button_get_value_as_int (self->width_spin);
  request->height = gtk_spin_button_get_value_as_int (self->height_spin);
  request->scale = gtk_spin_button_get_value_as_int (self->scale_spin);
  request->legend = gtk_switch_get_active (self->legend_switch);
  request->language = ui_language ();
  title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  g_free (self->title);
  self->title = title != NULL && *title != '\0' ? g_strstrip (g_strdup (title)) : NULL;
  request->title = self->title;

  switch ((Range) adw_combo_row_get_selected (self->range_row))
    {
    case RANGE_VIEW:
      if (self->view != NULL)
        {
          CrViewport *viewport = cr_timeline_view_get_viewport (cr_library_view_get_timeline_view (self->view));

          request->from = cr_time_to_day (cr_viewport_get_start (viewport));
          request->to = cr_time_to_day (cr_viewport_get_end (viewport) - 1);
        }
      break;
    case RANGE_DATES:
      if (!parse_day (self->from_row, FALSE, &request->from, error) ||
          !parse_day (self->to_row, TRUE, &request->to, error))
        return FALSE;
      break;
    case RANGE_ALL:
    default:
      break;
    }
  if (request->kind == CR_EXPORT_KIND_JSON)
    request->from = request->to = CR_DAY_UNKNOWN;
  return TRUE;
}

void
cr_export_dialog_export_to (CrExportDialog *self,
                            GFile          *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  CrExportRequest request;

  g_return_if_fail (CR_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *message = g_strdup_printf (_("Could not export to %s: %s"), uri,
                                                  _("only local files can be written"));

      announce (self, message);
      g_signal_emit (self, signals[FINISHED], 0, FALSE, message);
      return;
    }
  if (!cr_export_dialog_get_request (self, &request, &error))
    {
      announce (self, error->message);
      g_signal_emit (self, signals[FINISHED], 0, FALSE, error->message);
      return;
    }

  self->busy = TRUE;
  update_rows (self);
  g_free (self->path);
  self->path = g_steal_pointer (&path);
  cr_export_job_run_async (cr_store_get_path (self->store), &request, self->path, self->cancellable,
                           on_export_done, g_object_ref (self));
}
