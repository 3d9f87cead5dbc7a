/* cr-library-json.h: a whole library as one JSON file, to move it between machines
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-store.h"

G_BEGIN_DECLS

/* The format is documented in docs/library-json.md. Version 1. */
#define CR_LIBRARY_JSON_FORMAT  "cronista-library"
#define CR_LIBRARY_JSON_VERSION 1

/* The articles (with their text and metadata), the edits (undone ones
 * too) and, for other tools, the events of @store. */
char      *cr_library_json_export (CrStore     *store,
                                   GError     **error);

/* Whether @data is a library written by cr_library_json_export(). */
gboolean   cr_library_json_sniff  (const char  *data,
                                   gsize        len);

/* Reads a library file: its articles (CrArticle*, finished) and, in
 * @edits, its edits (CrEditRecord*). Events are not read: they are found
 * again from the articles, and the edits applied over them. A newer
 * version of the format is refused. */
GPtrArray *cr_library_json_parse  (const char  *data,
                                   gsize        len,
                                   GPtrArray  **edits,
                                   GError     **error);

G_END_DECLS
