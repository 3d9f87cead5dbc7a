/* cr-application.h: the Cronista GNOME application
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CR_TYPE_APPLICATION (cr_application_get_type ())

G_DECLARE_FINAL_TYPE (CrApplication, cr_application, CR, APPLICATION, AdwApplication)

CrApplication *cr_application_new                  (void);
const char    *cr_application_get_library_path     (CrApplication *self);
void           cr_application_set_library_path     (CrApplication *self,
                                                    const char    *library_path);
GSettings     *cr_application_get_settings         (CrApplication *self);
GListModel    *cr_application_get_pending_files    (CrApplication *self);
void           cr_application_clear_pending_files  (CrApplication *self);

G_END_DECLS
