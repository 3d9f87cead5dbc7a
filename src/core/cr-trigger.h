/* cr-trigger.h: words that say what happened
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-tokens.h"
#include "cr-types.h"

G_BEGIN_DECLS

/* A trigger found in a text (data/core/lexicon/triggers.tsv). */
typedef struct {
  gsize        start_byte;
  gsize        end_byte;
  gsize        start_char;
  gsize        end_char;
  guint        first_token;
  guint        n_tokens;
  CrEventKind  kind;
  guint        weight;       /* 1 weak … 3 strong */
  const char  *phrase;       /* the lexicon entry, folded */
  const char  *title;        /* noun phrase for titles, in the trigger's language */
} CrTriggerMatch;

/* Finds the event triggers of @language in @tokens, longest phrase first,
 * without overlaps, in text order. Returns a GArray of CrTriggerMatch. */
GArray *cr_triggers_find       (CrTokenList *tokens,
                                CrLanguage   language);

/* Number of lexicon entries for @kind in @language (for tests and docs). */
guint   cr_triggers_count_kind (CrEventKind  kind,
                                CrLanguage   language);

G_END_DECLS
