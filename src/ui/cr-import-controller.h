/* cr-import-controller.h: imports from the window, one worker at a time
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-importer.h"

G_BEGIN_DECLS

/* What one import did, handed to CrImportController::finished. Articles
 * are counted for imported, updated and duplicate; files for failed and
 * skipped, which are listed in @problems. */
typedef struct {
  char      *library_path;
  guint      n_files;
  guint      n_imported;
  guint      n_updated;
  guint      n_duplicate;
  guint      n_failed;
  guint      n_skipped;
  gboolean   cancelled;
  /* CrImportFileResult of every file that failed or was skipped */
  GPtrArray *problems;
  /* Set when the library itself could not be opened or written */
  GError    *error;
  /* How long the worker took, in microseconds */
  gint64     elapsed_usec;
} CrImportSummary;

#define CR_TYPE_IMPORT_SUMMARY (cr_import_summary_get_type ())
GType               cr_import_summary_get_type           (void) G_GNUC_CONST;
CrImportSummary    *cr_import_summary_ref                (CrImportSummary     *summary);
void                cr_import_summary_unref              (CrImportSummary     *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrImportSummary, cr_import_summary_unref)

#define CR_TYPE_IMPORT_CONTROLLER (cr_import_controller_get_type ())
G_DECLARE_FINAL_TYPE (CrImportController, cr_import_controller, CR, IMPORT_CONTROLLER, GObject)

CrImportController *cr_import_controller_new             (void);
/* Imports @paths (files and folders) into the library at @library_path,
 * creating it if needed, on a worker thread with a writing connection of
 * its own. While an import runs, later requests wait their turn. */
void                cr_import_controller_import          (CrImportController  *self,
                                                          const char          *library_path,
                                                          const char * const  *paths);
void                cr_import_controller_import_files    (CrImportController  *self,
                                                          const char          *library_path,
                                                          GListModel          *files);
/* Stops the running import after the articles already stored (the file
 * in progress is rolled back) and drops the waiting ones. */
void                cr_import_controller_cancel          (CrImportController  *self);
gboolean            cr_import_controller_get_busy        (CrImportController  *self);
guint               cr_import_controller_get_files_done  (CrImportController  *self);
guint               cr_import_controller_get_files_total (CrImportController  *self);

/* "12 imported, 1 already in library, 1 failed" */
char               *cr_import_summary_to_string          (const CrImportSummary *summary);
gboolean            cr_import_summary_has_problems       (const CrImportSummary *summary);

G_END_DECLS
