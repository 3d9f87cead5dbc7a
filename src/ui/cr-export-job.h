/* cr-export-job.h: one export of the library to a file, what the export dialog runs
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-types.h"

G_BEGIN_DECLS

typedef enum {
  CR_EXPORT_KIND_PNG = 0,
  CR_EXPORT_KIND_SVG,
  CR_EXPORT_KIND_PDF,           /* the timeline as one PDF page */
  CR_EXPORT_KIND_HANDOUT,       /* the printable PDF handout */
  CR_EXPORT_KIND_CSV,
  CR_EXPORT_KIND_JSON,          /* the whole library, for another machine */
  CR_EXPORT_KIND_ICS,
  CR_EXPORT_KIND_TIMELINEJS,
  CR_N_EXPORT_KINDS
} CrExportKind;

/* What to write. Strings are copied by cr_export_job_run_async(). */
typedef struct {
  CrExportKind  kind;
  CrDay         from;           /* CR_DAY_UNKNOWN: from the first event */
  CrDay         to;             /* CR_DAY_UNKNOWN: to the last event */
  int           width;          /* images: logical pixels, points for PDF */
  int           height;
  int           scale;          /* PNG: pixels per logical pixel, 1 to 4 */
  const char   *title;          /* or NULL */
  gboolean      legend;
  const char   *language;       /* "es" or "en": entity names */
} CrExportRequest;

/* 1600 × 900 at scale 1, every event, a legend, no title. */
void          cr_export_request_init       (CrExportRequest       *request);
/* "png", "svg", "pdf", "csv", "json", "ics" and "json" again for
 * TimelineJS: what a file of @kind is called. */
const char   *cr_export_kind_get_extension (CrExportKind           kind);
/* Whether @kind draws the timeline (size, scale and legend apply). */
gboolean      cr_export_kind_is_image      (CrExportKind           kind);

/* Writes the library at @library_path to @path: opens its own read-only
 * connection, so it may run in any thread. The number of events (for
 * JSON, articles) written in @n_written if not NULL. */
gboolean      cr_export_job_run            (const char            *library_path,
                                            const CrExportRequest *request,
                                            const char            *path,
                                            guint                 *n_written,
                                            GError               **error);
/* The same in a worker thread. */
void          cr_export_job_run_async      (const char            *library_path,
                                            const CrExportRequest *request,
                                            const char            *path,
                                            GCancellable          *cancellable,
                                            GAsyncReadyCallback    callback,
                                            gpointer               user_data);
gboolean      cr_export_job_run_finish     (GAsyncResult          *result,
                                            guint                 *n_written,
                                            GError               **error);

G_END_DECLS
