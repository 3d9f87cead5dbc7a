/* cr-runtime.h: where Cronista finds its translations, data and library
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the locale from the environment and binds the "cronista" gettext
 * domain: to the build tree's po/ when the binary runs uninstalled, so that
 * `build-aux/dev run` is translated without installing. */
void         cr_runtime_init_i18n          (void);

/* TRUE when the running binary lives inside the meson build tree. */
gboolean     cr_runtime_is_uninstalled     (void);

/* The directory with installed data (the sample library): the
 * CRONISTA_DATADIR environment variable, else the source tree's data/
 * when uninstalled, else the package data directory. */
const char  *cr_runtime_get_datadir        (void);

/* The library file to open: @explicit_path if not NULL, else the
 * CRONISTA_DB environment variable, else
 * $XDG_DATA_HOME/cronista/library.db. */
char        *cr_runtime_dup_library_path   (const char *explicit_path);

G_END_DECLS
