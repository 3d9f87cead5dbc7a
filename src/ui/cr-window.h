/* cr-window.h: the main window
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-application.h"
#include "cr-import-controller.h"
#include "cr-library-view.h"

G_BEGIN_DECLS

#define CR_TYPE_WINDOW (cr_window_get_type ())

G_DECLARE_FINAL_TYPE (CrWindow, cr_window, CR, WINDOW, AdwApplicationWindow)

CrWindow  *cr_window_new           (CrApplication *application);
void       cr_window_add_toast     (CrWindow      *self,
                                    AdwToast      *toast);
CrImportController *cr_window_get_import_controller (CrWindow *self);
CrLibraryView      *cr_window_get_library_view      (CrWindow *self);
void       cr_window_reload_library (CrWindow      *self);

G_END_DECLS
