/* cr-import-actions.h: the window's ways in for articles
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-import-controller.h"
#include "cr-window.h"

G_BEGIN_DECLS

/* Installs win.import-files, win.import-folder, win.paste-article and
 * win.open-sample-library on the window class. */
void       cr_import_actions_class_init        (GtkWidgetClass  *widget_class);
/* Drag and drop, the files the application was asked to open, and the
 * summary toast after each import. Call once the window has its
 * application. */
void       cr_import_actions_init              (CrWindow        *window);

/* Where the bundled samples become a library of their own, apart from
 * the user's. */
char      *cr_import_dup_sample_library_path   (void);
/* The dialog that lists the files an import could not read, and why. */
GtkWindow *cr_import_details_dialog_new        (GtkWindow             *parent,
                                                const CrImportSummary *summary);

G_END_DECLS
