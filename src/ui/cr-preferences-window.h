/* cr-preferences-window.h: the preferences window
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CR_TYPE_PREFERENCES_WINDOW (cr_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CrPreferencesWindow, cr_preferences_window, CR, PREFERENCES_WINDOW, AdwPreferencesWindow)

CrPreferencesWindow *cr_preferences_window_new (GtkWindow *transient_for,
                                                GSettings *settings);

G_END_DECLS
