/* cr-timeline-index-private.h: the sorted arrays, for the layout
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-timeline-index.h"

G_BEGIN_DECLS

/* Compact so that binary searches over a million events stay in cache. */
typedef struct {
  CrDay   first;
  CrDay   last;
  guint32 item;
} CrIndexEntry;

/* Entries of one lane and one granularity, sorted by first day. Because
 * the longest span of a run is known, the events that start before a
 * window but reach into it are found by searching from
 * window start - max_span: a year-long run never scans more than a year
 * back, a day-long run never scans back at all. */
typedef struct {
  guint    offset;
  guint    length;
  gint32   max_span;
  /* For long runs, prefix[d] = entries starting before first_day + d:
   * a lower bound by day is then one read instead of a chain of cache
   * misses, which is what keeps a zoomed-out frame of a million events
   * cheap. */
  CrDay    prefix_first;
  guint    prefix_length;
  guint32 *prefix;
} CrIndexRun;

typedef struct {
  guint       key;
  char       *label;
  CrIndexRun  runs[CR_N_GRANULARITIES];
} CrIndexLane;

const CrIndexEntry *_cr_timeline_index_get_entries (CrTimelineIndex *self);
const CrIndexLane  *_cr_timeline_index_get_lane    (CrTimelineIndex *self,
                                                    guint            lane);

/* First position in @run whose first day is >= @day. */
guint               _cr_index_run_lower_bound      (const CrIndexEntry *entries,
                                                    const CrIndexRun   *run,
                                                    guint               from,
                                                    CrDay               day);

G_END_DECLS
