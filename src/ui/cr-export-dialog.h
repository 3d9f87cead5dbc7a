/* cr-export-dialog.h: export the library as images, a handout or data
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-export-job.h"
#include "cr-library-view.h"
#include "cr-store.h"

G_BEGIN_DECLS

#define CR_TYPE_EXPORT_DIALOG (cr_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CrExportDialog, cr_export_dialog, CR, EXPORT_DIALOG, AdwWindow)

/* A dialog over @parent for the library of @store; "the current view" is
 * what the timeline of @view shows. @settings (may be NULL) remembers the
 * format, the size, the scale and the legend. */
CrExportDialog *cr_export_dialog_new          (GtkWindow       *parent,
                                               CrLibraryView   *view,
                                               CrStore         *store,
                                               GSettings       *settings);
/* What the dialog's choices ask for; FALSE with a translated message when
 * a date cannot be read. Strings stay owned by the dialog. */
gboolean        cr_export_dialog_get_request  (CrExportDialog  *self,
                                               CrExportRequest *request,
                                               GError         **error);
/* Writes to @file what the dialog's choices ask for, in a thread (what
 * the file chooser's answer starts); the result is announced in a toast
 * on the parent window, and the dialog closes when it worked. */
void            cr_export_dialog_export_to    (CrExportDialog  *self,
                                               GFile           *file);

G_END_DECLS
