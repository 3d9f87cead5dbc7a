/* ui-test-util.h: what the UI tests share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the main loop for @ms milliseconds without blocking. */
void   ui_test_spin          (guint               ms);
/* Runs xdotool ($XDOTOOL, else from PATH) with @args (NULL-terminated)
 * while the main loop runs, so the widgets see each event as it comes;
 * fails the test if it fails. Returns its standard output. */
char  *ui_test_xdotool_v     (const char * const *args);
#define ui_test_xdotool(...) g_free (ui_test_xdotool_v ((const char * const[]) { __VA_ARGS__, NULL }))

G_END_DECLS
