/* cr-event-merge.h: recognise the same event reported several times
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-event-extract.h"

G_BEGIN_DECLS

/* Dates of two reports can describe the same event when they are the same
 * period or one holds the other and the wider one is at most a month
 * ("junio de 2024" holds "19 de junio de 2024"; "2024" is too vague to
 * merge with a day). */
gboolean  cr_event_dates_compatible      (CrDay          a_first,
                                          CrDay          a_last,
                                          CrGranularity  a_granularity,
                                          CrDay          b_first,
                                          CrDay          b_last,
                                          CrGranularity  b_granularity);

/* Do two participant lists (CrEventEntity*) name the same actors? When
 * both name people, they must share a person; otherwise they must share
 * an entity, a leader standing for their country. Ids are canonical, so
 * this works across languages. */
gboolean  cr_event_participants_match    (GPtrArray     *a,
                                          GPtrArray     *b);

/* Can @a and @b, from any articles in any language, be the same event:
 * same kind (not "other"), compatible dates, matching participants (or,
 * when one side names nobody, a place that concerns the other on the same
 * days)? */
gboolean  cr_event_candidates_match      (const CrEventCandidate *a,
                                          const CrEventCandidate *b);

/* How much a candidate tells: participants, place, a precise date. The
 * merged event's title comes from the most informative mention. */
int       cr_event_candidate_information (const CrEventCandidate *candidate);

/* Which of two candidates gives the merged event its date: the narrower
 * period wins (a day over a month), then the earlier one. */
const CrEventCandidate *
          cr_event_candidate_more_precise (const CrEventCandidate *a,
                                           const CrEventCandidate *b);

/* Groups @candidates (CrEventCandidate*, in the order they were read)
 * into events, deterministically: each candidate joins the first earlier
 * group it matches. Returns a GPtrArray of GPtrArray (borrowed
 * candidates), one per event. */
GPtrArray *cr_event_merge                (GPtrArray     *candidates);

G_END_DECLS
