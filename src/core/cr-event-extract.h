/* cr-event-extract.h: turn dated sentences into event candidates
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-date-extractor.h"
#include "cr-entity.h"
#include "cr-sentence.h"
#include "cr-types.h"

G_BEGIN_DECLS

/* A participant or place of an event. */
typedef struct {
  char         *id;      /* canonical entity id ("person:vladimir-putin", "name:ana-torres") */
  char         *name;    /* display name in the article's language */
  CrEntityType  type;
} CrEventEntity;

/* What one dated mention says happened. */
typedef struct {
  guint           timex_index;   /* the mention, an index into the timexes given */
  CrEventKind     kind;
  char           *title;         /* in the article's language */
  char           *trigger;       /* the trigger as written, NULL for CR_EVENT_KIND_OTHER */
  char           *noun;          /* what the title starts with ("Reunión"), NULL for other */
  /* The sentence, in the text given: code points and bytes, end exclusive. */
  gsize           sentence_start_char;
  gsize           sentence_end_char;
  gsize           sentence_start_byte;
  gsize           sentence_end_byte;
  /* FNV-1a of the sentence's bytes: with the article's source key and the
   * value it identifies the event across re-extractions (user edits). */
  guint32         sentence_hash;
  GPtrArray      *participants;  /* CrEventEntity*: people, countries, organisations */
  gboolean        from_context;  /* participants are the article's main actors,
                                  * its sentence named none */
  CrEventEntity  *place;         /* where it happened, or NULL */
  double          confidence;    /* 0 … 1 */
  /* The date, copied from the mention. */
  char            value[48];
  CrGranularity   granularity;
  CrDay           first_day;
  CrDay           last_day;
} CrEventCandidate;

void              cr_event_entity_free        (CrEventEntity    *entity);
void              cr_event_candidate_free     (CrEventCandidate *candidate);

/* Finds the events of UTF-8 @text in @language (es or en) given its
 * dated mentions @timexes (as cr_date_extract() returned them for this
 * very text). Every mention with a known day range, other than a
 * dateline, gives at least one candidate: one per kind of trigger in its
 * clause (or in the undated clauses after it, for strong triggers), or
 * one of kind "other" titled after the sentence.
 * Returns a GPtrArray of CrEventCandidate*, in text order. */
GPtrArray        *cr_event_candidates_find    (const char       *text,
                                               gssize            len,
                                               CrLanguage        language,
                                               const CrTimex    *timexes,
                                               guint             n_timexes);

/* Same, and gives the names found in the whole text (a GArray of
 * CrEntityMatch, offsets into @text) in @entities_out if not NULL. */
GPtrArray        *cr_event_candidates_find_full (const char     *text,
                                                 gssize          len,
                                                 CrLanguage      language,
                                                 const CrTimex  *timexes,
                                                 guint           n_timexes,
                                                 GArray        **entities_out);

/* Same, given the sentences of @text as cr_sentence_split() returned them
 * (a caller that needs them too splits once). */
GPtrArray        *cr_event_candidates_find_in_sentences (const char     *text,
                                                         gssize          len,
                                                         CrLanguage      language,
                                                         GArray         *sentences,
                                                         const CrTimex  *timexes,
                                                         guint           n_timexes,
                                                         GArray        **entities_out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrEventCandidate, cr_event_candidate_free)

G_END_DECLS
