/* cr-import-bar.h: the progress of an import, with its Cancel button
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-import-controller.h"

G_BEGIN_DECLS

#define CR_TYPE_IMPORT_BAR (cr_import_bar_get_type ())
G_DECLARE_FINAL_TYPE (CrImportBar, cr_import_bar, CR, IMPORT_BAR, GtkWidget)

GtkWidget          *cr_import_bar_new            (void);
CrImportController *cr_import_bar_get_controller (CrImportBar        *self);
void                cr_import_bar_set_controller (CrImportBar        *self,
                                                  CrImportController *controller);
/* What the bar says now, e.g. "3 of 14 files imported" */
const char         *cr_import_bar_get_text       (CrImportBar        *self);

G_END_DECLS
