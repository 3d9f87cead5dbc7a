/* cr-import-controller.c: imports from the window, one worker at a time
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's own connection is read-only, so each import opens a
 * writing CrStore of its own on the worker thread, imports with the
 * importer's per-file savepoints, and closes it there: the main thread
 * never waits for SQLite. Progress is handed to the main thread through
 * one idle at a time, holding only the latest count, so a fast import
 * cannot flood the main loop.
 */

#define G_LOG_DOMAIN "cr-import-controller"

#include "config.h"

#include <glib/gi18n.h>

#include "cr-import-controller.h"

struct _CrImportController
{
  GObject       parent_instance;

  GQueue        waiting;      /* Request */
  GTask        *task;         /* the running import, or NULL */
  GCancellable *cancellable;
  guint         files_done;
  guint         files_total;
  gboolean      holding;      /* the application, until the worker ends */
};

G_DEFINE_FINAL_TYPE (CrImportController, cr_import_controller, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (CrImportSummary, cr_import_summary,
                     cr_import_summary_ref, cr_import_summary_unref)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_FILES_DONE,
  PROP_FILES_TOTAL,
  N_PROPS
};

enum {
  PROGRESS,
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct {
  char  *library_path;
  char **paths;
} Request;

/* Shared between the worker and the main thread: only the latest
 * progress, and whether an idle is already on its way to deliver it. */
typedef struct {
  Request      *request;
  GMainContext *context;
  GMutex        mutex;
  guint         done;
  guint         total;
  gboolean      idle_pending;
} Job;

typedef struct {
  GPtrArray *results;
  GError    *error;
  gint64     n_new_articles;
  gint64     elapsed_usec;
} Outcome;

static void
request_free (Request *request)
{
  g_free (request->library_path);
  g_strfreev (request->paths);
  g_free (request);
}

static void
job_free (Job *job)
{
  request_free (job->request);
  g_main_context_unref (job->context);
  g_mutex_clear (&job->mutex);
  g_free (job);
}

static void
outcome_free (Outcome *outcome)
{
  g_clear_pointer (&outcome->results, g_ptr_array_unref);
  g_clear_error (&outcome->error);
  g_free (outcome);
}

static void
summary_clear (CrImportSummary *summary)
{
  g_free (summary->library_path);
  g_clear_pointer (&summary->problems, g_ptr_array_unref);
  g_clear_error (&summary->error);
}

CrImportSummary *
cr_import_summary_ref (CrImportSummary *summary)
{
  g_return_val_if_fail (summary != NULL, NULL);
  return g_atomic_rc_box_acquire (summary);
}

void
cr_import_summary_unref (CrImportSummary *summary)
{
  g_return_if_fail (summary != NULL);
  g_atomic_rc_box_release_full (summary, (GDestroyNotify) summary_clear);
}

static void
set_progress (CrImportController *self,
              guint               done,
              guint               total)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->files_done != done)
    {
      self->files_done = done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILES_DONE]);
    }
  if (self->files_total != total)
    {
      self->files_total = total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILES_TOTAL]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* On the main thread. */
static gboolean
deliver_progress (gpointer user_data)
{
  GTask *task = user_data;
  CrImportController *self = g_task_get_source_object (task);
  Job *job = g_task_get_task_data (task);
  guint done, total;

  g_mutex_lock (&job->mutex);
  done = job->done;
  total = job->total;
  job->idle_pending = FALSE;
  g_mutex_unlock (&job->mutex);

  /* A late idle of an import that has finished meanwhile says nothing. */
  if (self->task != task)
    return G_SOURCE_REMOVE;

  set_progress (self, done, total);
  g_signal_emit (self, signals[PROGRESS], 0, done, total);
  return G_SOURCE_REMOVE;
}

/* On the worker, before each file and once at the end. */
static void
worker_progress (guint       files_done,
                 guint       files_total,
                 const char *current_path,
                 gpointer    user_data)
{
  GTask *task = user_data;
  Job *job = g_task_get_task_data (task);
  gboolean schedule;

  g_mutex_lock (&job->mutex);
  job->done = files_done;
  job->total = files_total;
  schedule = !job->idle_pending;
  job->idle_pending = TRUE;
  g_mutex_unlock (&job->mutex);

  if (schedule)
    {
      GSource *source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, deliver_progress, g_object_ref (task), g_object_unref);
      g_source_set_static_name (source, "[cronista] import controller progress");
      g_source_attach (source, job->context);
      g_source_unref (source);
    }
}

static void
import_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  Outcome *outcome = g_new0 (Outcome, 1);
  gint64 start = g_get_monotonic_time ();
  CrStore *store;

  store = cr_store_open (job->request->library_path, &outcome->error);
  if (store != NULL)
    {
      gint64 before = cr_store_count_articles (store, NULL);

      outcome->results = cr_importer_import_sync (store, (const char * const *) job->request->paths,
                                                  NULL, worker_progress, task,
                                                  cancellable, &outcome->error);
      outcome->n_new_articles = MAX (0, cr_store_count_articles (store, NULL) - before);
      /* Closed here, so that its last checkpoint is not the main thread's. */
      g_object_unref (store);
    }
  outcome->elapsed_usec = g_get_monotonic_time () - start;
  g_task_return_pointer (task, outcome, (GDestroyNotify) outcome_free);
}

static CrImportSummary *
summarize (const Request *request,
           Outcome       *outcome)
{
  CrImportSummary *summary = g_atomic_rc_box_new0 (CrImportSummary);

  summary->library_path = g_strdup (request->library_path);
  summary->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_import_file_result_free);
  summary->elapsed_usec = outcome->elapsed_usec;

  if (outcome->results == NULL)
    {
      summary->cancelled = g_error_matches (outcome->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      /* Cancelled: what the files before the one in progress stored. */
      summary->n_imported = (guint) outcome->n_new_articles;
      if (!summary->cancelled)
        summary->error = g_steal_pointer (&outcome->error);
      return summary;
    }

  summary->n_files = outcome->results->len;
  /* The problems move into the summary; the rest are freed here. */
  g_ptr_array_set_free_func (outcome->results, NULL);
  for (guint i = 0; i < outcome->results->len; i++)
    {
      CrImportFileResult *result = g_ptr_array_index (outcome->results, i);

      summary->n_imported += result->n_imported;
      summary->n_updated += result->n_updated;
      summary->n_duplicate += result->n_duplicate;
      if (result->status == CR_IMPORT_STATUS_FAILED)
        summary->n_failed++;
      else if (result->status == CR_IMPORT_STATUS_SKIPPED)
        summary->n_skipped++;

      if (result->status == CR_IMPORT_STATUS_FAILED || result->status == CR_IMPORT_STATUS_SKIPPED)
        g_ptr_array_add (summary->problems, result);
      else
        cr_import_file_result_free (result);
    }
  g_ptr_array_set_size (outcome->results, 0);

  return summary;
}

static void start_next (CrImportController *self);

/* The application stays up while a worker writes, even when its last
 * window has closed (and cancelled the import). */
static void
hold_application (CrImportController *self,
                  gboolean            hold)
{
  GApplication *app = g_application_get_default ();

  if (hold == self->holding || app == NULL)
    return;
  self->holding = hold;
  if (hold)
    g_application_hold (app);
  else
    g_application_release (app);
}

static void
import_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  CrImportController *self = CR_IMPORT_CONTROLLER (object);
  GTask *task = G_TASK (result);
  Job *job = g_task_get_task_data (task);
  g_autoptr(CrImportSummary) summary = NULL;
  Outcome *outcome;

  g_assert (CR_IS_IMPORT_CONTROLLER (self));

  outcome = g_task_propagate_pointer (task, NULL);
  summary = summarize (job->request, outcome);
  outcome_free (outcome);

  g_clear_object (&self->task);
  g_clear_object (&self->cancellable);

  /* Nothing queued means the window may relax; otherwise the next
   * import starts before anyone is told, so "busy" does not flicker. */
  start_next (self);
  if (self->task == NULL)
    {
      set_progress (self, 0, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
    }

  g_signal_emit (self, signals[FINISHED], 0, summary);
  if (self->task == NULL)
    hold_application (self, FALSE);
}

static void
start_next (CrImportController *self)
{
  g_autoptr(GTask) task = NULL;
  Request *request;
  Job *job;

  g_assert (CR_IS_IMPORT_CONTROLLER (self));
  g_assert (self->task == NULL);

  request = g_queue_pop_head (&self->waiting);
  if (request == NULL)
    return;

  job = g_new0 (Job, 1);
  job->request = request;
  job->context = g_main_context_ref_thread_default ();
  g_mutex_init (&job->mutex);

  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, import_done, NULL);
  g_task_set_source_tag (task, start_next);
  /* A cancelled import still has an outcome: what it stored before. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_set_name (task, "[cronista] import");
  self->task = g_object_ref (task);
  set_progress (self, 0, 0);
  g_task_run_in_thread (task, import_worker);
}

static void
cr_import_controller_dispose (GObject *object)
{
  CrImportController *self = CR_IMPORT_CONTROLLER (object);

  g_queue_clear_full (&self->waiting, (GDestroyNotify) request_free);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (cr_import_controller_parent_class)->dispose (object);
}

static void
cr_import_controller_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CrImportController *self = CR_IMPORT_CONTROLLER (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, cr_import_controller_get_busy (self));
      break;

    case PROP_FILES_DONE:
      g_value_set_uint (value, self->files_done);
      break;

    case PROP_FILES_TOTAL:
      g_value_set_uint (value, self->files_total);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_import_controller_class_init (CrImportControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_import_controller_dispose;
  object_class->get_property = cr_import_controller_get_property;

  /**
   * CrImportController:busy:
   *
   * Whether an import is running (or waiting for the one that runs).
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILES_DONE] =
    g_param_spec_uint ("files-done", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Zero until the worker has listed the files (folders are walked). */
  properties[PROP_FILES_TOTAL] =
    g_param_spec_uint ("files-total", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CrImportController::progress:
   * @files_done: files finished
   * @files_total: files in this import
   *
   * The latest progress of the running import; intermediate counts may
   * be skipped when the main loop is busy.
   */
  signals[PROGRESS] =
    g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  /**
   * CrImportController::finished:
   * @summary: a #CrImportSummary
   *
   * An import ended: completed, cancelled or failed.
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  CR_TYPE_IMPORT_SUMMARY | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
cr_import_controller_init (CrImportController *self)
{
  g_queue_init (&self->waiting);
}

CrImportController *
cr_import_controller_new (void)
{
  return g_object_new (CR_TYPE_IMPORT_CONTROLLER, NULL);
}

void
cr_import_controller_import (CrImportController *self,
                             const char         *library_path,
                             const char * const *paths)
{
  Request *request;

  g_return_if_fail (CR_IS_IMPORT_CONTROLLER (self));
  g_return_if_fail (library_path != NULL);
  g_return_if_fail (paths != NULL);

  if (paths[0] == NULL)
    return;

  request = g_new0 (Request, 1);
  request->library_path = g_strdup (library_path);
  request->paths = g_strdupv ((char **) paths);
  g_queue_push_tail (&self->waiting, request);

  if (self->task == NULL)
    {
      start_next (self);
      hold_application (self, TRUE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
    }
}

/**
 * cr_import_controller_import_files:
 * @files: a #GListModel of #GFile
 *
 * Imports the local files among @files; the others are ignored.
 */
void
cr_import_controller_import_files (CrImportController *self,
                                   const char         *library_path,
                                   GListModel         *files)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint n;

  g_return_if_fail (CR_IS_IMPORT_CONTROLLER (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));

  n = g_list_model_get_n_items (files);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      char *path = g_file_get_path (file);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);
  cr_import_controller_import (self, library_path, (const char * const *) paths->pdata);
}

void
cr_import_controller_cancel (CrImportController *self)
{
  g_return_if_fail (CR_IS_IMPORT_CONTROLLER (self));

  g_queue_clear_full (&self->waiting, (GDestroyNotify) request_free);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

gboolean
cr_import_controller_get_busy (CrImportController *self)
{
  g_return_val_if_fail (CR_IS_IMPORT_CONTROLLER (self), FALSE);

  return self->task != NULL;
}

guint
cr_import_controller_get_files_done (CrImportController *self)
{
  g_return_val_if_fail (CR_IS_IMPORT_CONTROLLER (self), 0);

  return self->files_done;
}

guint
cr_import_controller_get_files_total (CrImportController *self)
{
  g_return_val_if_fail (CR_IS_IMPORT_CONTROLLER (self), 0);

  return self->files_total;
}

gboolean
cr_import_summary_has_problems (const CrImportSummary *summary)
{
  g_return_val_if_fail (summary != NULL, FALSE);

  return summary->problems != NULL && summary->problems->len > 0;
}

/* Appends "@count things" (@format being a translated plural with one
 * %u) unless there are none. */
static void append_count (GString    *text,
                          guint       count,
                          const char *format,
                          ...) G_GNUC_PRINTF (3, 4);

static void
append_count (GString    *text,
              guint       count,
              const char *format,
              ...)
{
  va_list args;

  if (count == 0)
    return;
  if (text->len > 0)
    /* Translators: separates the parts of an import summary,
     * as in "12 imported, 1 failed" */
    g_string_append (text, _(", "));
  va_start (args, format);
  g_string_append_vprintf (text, format, args);
  va_end (args);
}

char *
cr_import_summary_to_string (const CrImportSummary *summary)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (summary != NULL, NULL);

  if (summary->error != NULL)
    /* Translators: %s says why the library could not be written */
    return g_strdup_printf (_("Could not import: %s"), summary->error->message);

  if (summary->cancelled)
    return g_strdup_printf (ngettext ("Import cancelled, %u article imported",
                                      "Import cancelled, %u articles imported",
                                      summary->n_imported),
                            summary->n_imported);

  /* Translators: articles newly added to the library */
  append_count (text, summary->n_imported, ngettext ("%u imported", "%u imported", summary->n_imported), summary->n_imported);
  /* Translators: articles whose newer version replaced the stored one */
  append_count (text, summary->n_updated, ngettext ("%u updated", "%u updated", summary->n_updated), summary->n_updated);
  append_count (text, summary->n_duplicate,
                ngettext ("%u already in library", "%u already in library", summary->n_duplicate),
                summary->n_duplicate);
  /* Translators: files that could not be read */
  append_count (text, summary->n_failed, ngettext ("%u failed", "%u failed", summary->n_failed), summary->n_failed);
  /* Translators: files in a folder that are not articles */
  append_count (text, summary->n_skipped, ngettext ("%u skipped", "%u skipped", summary->n_skipped), summary->n_skipped);

  if (text->len == 0)
    return g_strdup (_("No articles found to import"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
