/* cr-importer.h: read files and folders into the library
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-article.h"
#include "cr-store.h"

G_BEGIN_DECLS

/* Files larger than this are refused: saved pages and feeds are far
 * smaller, and the whole file is held in memory while it is parsed. */
#define CR_IMPORT_MAX_FILE_SIZE (16 * 1024 * 1024)

#define CR_IMPORT_ERROR (cr_import_error_quark ())

typedef enum {
  CR_IMPORT_ERROR_UNSUPPORTED,  /* no importer recognises the file */
  CR_IMPORT_ERROR_EMPTY,
  CR_IMPORT_ERROR_BINARY,
  CR_IMPORT_ERROR_TOO_LARGE,
  CR_IMPORT_ERROR_ENCODING,     /* unknown or invalid declared encoding */
  CR_IMPORT_ERROR_MALFORMED,    /* XML or JSON that does not parse */
  CR_IMPORT_ERROR_NO_CONTENT,   /* parsed, but no article in it */
  CR_IMPORT_ERROR_IO,
  CR_IMPORT_ERROR_STORE,
} CrImportError;

typedef enum {
  CR_IMPORT_STATUS_IMPORTED,
  CR_IMPORT_STATUS_DUPLICATE,
  CR_IMPORT_STATUS_UPDATED,
  CR_IMPORT_STATUS_SKIPPED,
  CR_IMPORT_STATUS_FAILED,
} CrImportStatus;

/* What happened to one file. */
typedef struct {
  char           *path;
  CrImportStatus  status;
  GArray         *article_ids;   /* gint64, the articles the file holds */
  guint           n_imported;
  guint           n_updated;
  guint           n_duplicate;
  GError         *error;         /* why it failed or was skipped */
  char           *warning;       /* e.g. decoded as Windows-1252 */
} CrImportFileResult;

typedef struct {
  /* Language to force on every article, or CR_LANGUAGE_AUTO to use the
   * declared or detected one. */
  CrLanguage  language;
  /* Files per committed batch (0: the default). A failing file never
   * leaves a trace: the batch is then taken back and redone with each
   * file in a savepoint of its own. */
  guint       batch_size;
} CrImportOptions;

/* Called before each file (with @current_path) and once at the end (with
 * @files_done == @files_total and NULL). From the worker thread in the
 * synchronous call; from the caller's main context in the async one. */
typedef void (*CrImportProgressFunc) (guint       files_done,
                                      guint       files_total,
                                      const char *current_path,
                                      gpointer    user_data);

GQuark       cr_import_error_quark          (void);
const char  *cr_import_status_to_string     (CrImportStatus status);
void         cr_import_file_result_free     (CrImportFileResult *result);

/* Decodes and parses one file's bytes into finished articles, without a
 * store: the handler is chosen by sniffing. @warning receives a
 * non-fatal remark (encoding fallback). */
GPtrArray   *cr_importer_parse_data         (const char   *path,
                                             const char   *data,
                                             gsize         len,
                                             char        **warning,
                                             GError      **error);
GPtrArray   *cr_importer_parse_file         (const char   *path,
                                             char        **warning,
                                             GError      **error);

/* Imports files and folders (recursively; files no importer knows are
 * skipped) into @store. Returns an array of CrImportFileResult, one per
 * file, or NULL when the library itself failed or @cancellable was
 * triggered (files finished before that stay imported). */
GPtrArray   *cr_importer_import_sync        (CrStore                *store,
                                             const char * const     *paths,
                                             const CrImportOptions  *options,
                                             CrImportProgressFunc    progress,
                                             gpointer                progress_data,
                                             GCancellable           *cancellable,
                                             GError                **error);

/* The same on a worker thread; @store must not be used by anyone else
 * until @callback runs. @progress is called on the thread-default main
 * context of the caller. */
void         cr_importer_import_async       (CrStore                *store,
                                             const char * const     *paths,
                                             const CrImportOptions  *options,
                                             CrImportProgressFunc    progress,
                                             gpointer                progress_data,
                                             GDestroyNotify          progress_destroy,
                                             GCancellable           *cancellable,
                                             GAsyncReadyCallback     callback,
                                             gpointer                user_data);
GPtrArray   *cr_importer_import_finish      (CrStore                *store,
                                             GAsyncResult           *result,
                                             GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrImportFileResult, cr_import_file_result_free)

G_END_DECLS
