/* cr-cli-library.h: helpers the library commands of cronista-cli share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cr-cli.h"
#include "cr-store.h"

G_BEGIN_DECLS

/* Opens the library read-only (upgrading an old one first). Returns NULL
 * with *@missing set when there is no library yet, or NULL after printing
 * the error. */
CrStore  *cr_cli_open_store_for_reading (CrCliGlobals  *globals,
                                         gboolean      *missing);
/* Handles a command's own "--format F"/"--format=F" at argv[*i]. */
gboolean  cr_cli_parse_command_format   (CrCliGlobals  *globals,
                                         int           *i,
                                         int            argc,
                                         char         **argv);
void      cr_cli_print_json             (JsonNode      *root);

G_END_DECLS
