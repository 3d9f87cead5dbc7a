/* cr-event-extract-private.h: what the files of event extraction share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-event-extract.h"
#include "cr-tokens.h"
#include "cr-trigger.h"

G_BEGIN_DECLS

/* At most this many names in a title. */
#define MAX_TITLE_NAMES 3
/* Words in the title of an event of kind "other". */
#define OTHER_TITLE_WORDS 8

typedef struct {
  const char    *text;      /* the sentence */
  gsize          len;
  gsize          n_chars;   /* its length in code points */
  CrLanguage     language;
  CrTokenList   *tokens;
  GArray        *entities;  /* CrEntityMatch */
  GArray        *raw_triggers; /* CrTriggerMatch, all of them */
  GArray        *triggers;  /* CrTriggerMatch, without those inside names or dates */
  GArray        *clause_ends; /* gsize: byte offsets where clauses end */
  guint32        hash;      /* cr_sentence_hash() of the text, for its candidates */
} Sentence;

static inline gboolean
spans_overlap (gsize a_start, gsize a_end,
               gsize b_start, gsize b_end)
{
  return a_start < b_end && b_start < a_end;
}

static inline guint
clause_of (const Sentence *s,
           gsize           byte)
{
  guint i = 0;

  while (i < s->clause_ends->len && g_array_index (s->clause_ends, gsize, i) < byte)
    i++;
  return i;
}

/* cr-event-actors.c: who, where, and the title they make */
gboolean  _cr_event_is_preceded_by_locative (const Sentence       *s,
                                             const CrEntityMatch  *m);
void      _cr_event_collect_entities        (const Sentence       *s,
                                             const CrTriggerMatch *trigger,
                                             guint                 clause_lo,
                                             guint                 clause_hi,
                                             CrEventCandidate     *c);
char     *_cr_event_build_title             (const CrEventCandidate *c,
                                             const char           *noun,
                                             CrLanguage            language);
char     *_cr_event_other_title             (const Sentence       *s);
void      _cr_event_add_context_participants (GArray              *entities,
                                              CrLanguage           language,
                                              GPtrArray           *candidates);

G_END_DECLS
