/* cr-lexicon.h: word lists compiled into the core resource
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CR_CORE_RESOURCE_PATH "/io/github/cronista/Cronista/core"

/* Loads a text resource under CR_CORE_RESOURCE_PATH ("lexicon/foo.txt")
 * and returns its lines, skipping blank lines and lines starting with '#',
 * trimmed. Aborts only on a programming error (a missing resource). */
GPtrArray *cr_lexicon_load_lines (const char *resource_name);

G_END_DECLS
