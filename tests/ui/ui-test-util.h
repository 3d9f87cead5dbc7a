/* ui-test-util.h: what the UI tests share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-store.h"

G_BEGIN_DECLS

/* Runs the main loop for @ms milliseconds without blocking. */
void   ui_test_spin          (guint               ms);
/* Runs xdotool ($XDOTOOL, else from PATH) with @args (NULL-terminated)
 * while the main loop runs, so the widgets see each event as it comes;
 * fails the test if it fails. Returns its standard output. */
char  *ui_test_xdotool_v     (const char * const *args);
#define ui_test_xdotool(...) g_free (ui_test_xdotool_v ((const char * const[]) { __VA_ARGS__, NULL }))

/* A library in a new temporary folder with the three fixtures of
 * tests/data/events imported (a Chile–Peru meeting in Lima reported in
 * Spanish and English, an Argentina–Brazil summit in Spanish); returns a
 * writing connection, and the folder in @dir for ui_test_remove_dir(). */
CrStore *ui_test_fixture_library (char       **dir);
void     ui_test_remove_dir      (const char  *dir);
/* The id of the one meeting that @country (a canonical entity id) takes
 * part in. */
gint64   ui_test_meeting_of      (CrStore     *store,
                                  const char  *country);
/* All the text of @buffer. */
char    *ui_test_buffer_text     (GtkTextBuffer *buffer);

G_END_DECLS
