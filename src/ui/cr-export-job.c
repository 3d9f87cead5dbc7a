/* cr-export-job.c: one export of the library to a file, what the export dialog runs
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same calls as `cronista-cli export`: the timeline renderer for
 * images, the handout writer, the data exporters and the library JSON.
 * No GTK here: the work opens its own read-only connection to the library
 * and runs in a GTask thread.
 */

#define G_LOG_DOMAIN "cr-export-job"

#include "config.h"

#include <string.h>

#include "cr-calendar.h"
#include "cr-export-data.h"
#include "cr-export-job.h"
#include "cr-handout.h"
#include "cr-library-json.h"
#include "cr-store-event-source.h"
#include "cr-store-events.h"
#include "cr-timeline-export.h"
#include "cr-timeline-model.h"

typedef struct {
  char            *library_path;
  char            *path;
  CrExportRequest  request;
  char            *title;
  char            *language;
  guint            n_written;
} JobData;

static void
job_data_free (gpointer data)
{
  JobData *job = data;

  g_free (job->library_path);
  g_free (job->path);
  g_free (job->title);
  g_free (job->language);
  g_free (job);
}

void
cr_export_request_init (CrExportRequest *request)
{
  g_return_if_fail (request != NULL);

  memset (request, 0, sizeof *request);
  request->kind = CR_EXPORT_KIND_PNG;
  request->from = CR_DAY_UNKNOWN;
  request->to = CR_DAY_UNKNOWN;
  request->width = 1600;
  request->height = 900;
  request->scale = 1;
  request->legend = TRUE;
  request->language = "en";
}

const char *
cr_export_kind_get_extension (CrExportKind kind)
{
  static const char *extensions[CR_N_EXPORT_KINDS] = {
    "png", "svg", "pdf", "pdf", "csv", "json", "ics", "json",
  };

  g_return_val_if_fail (kind < CR_N_EXPORT_KINDS, NULL);
  return extensions[kind];
}

gboolean
cr_export_kind_is_image (CrExportKind kind)
{
  return kind == CR_EXPORT_KIND_PNG || kind == CR_EXPORT_KIND_SVG || kind == CR_EXPORT_KIND_PDF;
}

static CrDay
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return cr_day_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                          g_date_time_get_day_of_month (now));
}

static gboolean
export_image (CrStore               *store,
              const CrExportRequest *request,
              const char            *path,
              guint                 *n_written,
              GError               **error)
{
  static const CrExportFormat formats[] = {
    [CR_EXPORT_KIND_PNG] = CR_EXPORT_FORMAT_PNG,
    [CR_EXPORT_KIND_SVG] = CR_EXPORT_FORMAT_SVG,
    [CR_EXPORT_KIND_PDF] = CR_EXPORT_FORMAT_PDF,
  };
  g_autoptr(CrStoreEventSource) source = cr_store_event_source_new (store);
  g_autoptr(GArray) summaries = NULL;
  g_autofree CrTimelineItem *items = NULL;
  CrExportOptions options;

  summaries = cr_event_source_query (CR_EVENT_SOURCE (source), request->from, request->to, error);
  if (summaries == NULL)
    return FALSE;
  items = cr_timeline_items_from_summaries ((const CrEventSummary *) (gpointer) summaries->data,
                                            summaries->len, CR_LANE_GROUPING_KIND, NULL);

  cr_export_options_init (&options);
  options.format = formats[request->kind];
  options.width = request->width;
  options.height = request->height;
  options.scale = request->kind == CR_EXPORT_KIND_PNG ? request->scale : 1;
  options.from = request->from;
  options.to = request->to;
  options.lanes = CR_LANE_MODE_KIND;
  options.title = request->title;
  options.legend = request->legend;
  options.today = today ();
  if (!cr_timeline_export (items, summaries->len, &options, path, error))
    return FALSE;
  *n_written = summaries->len;
  return TRUE;
}

/* A title page with the whole timeline, then one section per event with
 * its date, participants and the sentences that report it. */
static gboolean
export_handout (CrStore               *store,
                const CrExportRequest *request,
                const char            *path,
                guint                 *n_written,
                GError               **error)
{
  return cr_handout_export (store, request->from, request->to, request->language, request->title,
                            path, n_written, NULL, error);
}

static gboolean
export_data (CrStore               *store,
             const CrExportRequest *request,
             const char            *path,
             guint                 *n_written,
             GError               **error)
{
  CrStoreEventFilter filter;
  CrDataFormat format = CR_DATA_FORMAT_CSV;

  if (request->kind == CR_EXPORT_KIND_ICS)
    format = CR_DATA_FORMAT_ICS;
  else if (request->kind == CR_EXPORT_KIND_TIMELINEJS)
    format = CR_DATA_FORMAT_TIMELINEJS;
  cr_store_event_filter_init (&filter);
  filter.from = request->from;
  filter.to = request->to;
  return cr_export_events (store, &filter, format, request->language, request->title,
                           path, n_written, error);
}

static gboolean
export_library (CrStore     *store,
                const char  *path,
                guint       *n_written,
                GError     **error)
{
  g_autofree char *text = cr_library_json_export (store, error);

  if (text == NULL || !g_file_set_contents (path, text, -1, error))
    return FALSE;
  *n_written = (guint) cr_store_count_articles (store, NULL);
  return TRUE;
}

gboolean
cr_export_job_run (const char            *library_path,
                   const CrExportRequest *request,
                   const char            *path,
                   guint                 *n_written,
                   GError               **error)
{
  g_autoptr(CrStore) store = NULL;
  guint n = 0;
  gboolean ok;

  g_return_val_if_fail (library_path != NULL, FALSE);
  g_return_val_if_fail (request != NULL && request->kind < CR_N_EXPORT_KINDS, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = cr_store_open_read_only (library_path, error);
  if (store == NULL)
    return FALSE;

  switch (request->kind)
    {
    case CR_EXPORT_KIND_PNG:
    case CR_EXPORT_KIND_SVG:
    case CR_EXPORT_KIND_PDF:
      ok = export_image (store, request, path, &n, error);
      break;
    case CR_EXPORT_KIND_HANDOUT:
      ok = export_handout (store, request, path, &n, error);
      break;
    case CR_EXPORT_KIND_JSON:
      ok = export_library (store, path, &n, error);
      break;
    case CR_EXPORT_KIND_CSV:
    case CR_EXPORT_KIND_ICS:
    case CR_EXPORT_KIND_TIMELINEJS:
    case CR_N_EXPORT_KINDS:
    default:
      ok = export_data (store, request, path, &n, error);
      break;
    }
  if (ok && n_written != NULL)
    *n_written = n;
  return ok;
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  JobData *job = task_data;
  GError *error = NULL;

  if (cr_export_job_run (job->library_path, &job->request, job->path, &job->n_written, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
cr_export_job_run_async (const char            *library_path,
                         const CrExportRequest *request,
                         const char            *path,
                         GCancellable          *cancellable,
                         GAsyncReadyCallback    callback,
                         gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  JobData *job;

  g_return_if_fail (library_path != NULL);
  g_return_if_fail (request != NULL);
  g_return_if_fail (path != NULL);

  job = g_new0 (JobData, 1);
  job->library_path = g_strdup (library_path);
  job->path = g_strdup (path);
  job->request = *request;
  job->title = g_strdup (request->title);
  job->language = g_strdup (request->language);
  job->request.title = job->title;
  job->request.language = job->language;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_export_job_run_async);
  g_task_set_task_data (task, job, job_data_free);
  g_task_run_in_thread (task, run_in_thread);
}

gboolean
cr_export_job_run_finish (GAsyncResult  *result,
                          guint         *n_written,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  if (n_written != NULL)
    *n_written = ((JobData *) g_task_get_task_data (G_TASK (result)))->n_written;
  return TRUE;
}
