/* cr-timeline-item.h: what the timeline draws, as plain structs
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-types.h"

G_BEGIN_DECLS

typedef enum {
  CR_ITEM_STATE_NORMAL = 0,
  CR_ITEM_STATE_SELECTED,
  CR_ITEM_STATE_HIGHLIGHTED,
  CR_ITEM_STATE_DIMMED,
} CrItemState;

typedef enum {
  CR_ITEM_FLAG_NONE       = 0,
  /* "since June 2024": the span has no known end and fades out. */
  CR_ITEM_FLAG_OPEN_END   = 1 << 0,
  CR_ITEM_FLAG_OPEN_START = 1 << 1,
} CrItemFlags;

/* One event as the render layer sees it. The layout never owns these: the
 * caller (the event source, a test, an exporter) keeps the array and the
 * titles alive for as long as an index built on them. */
typedef struct {
  gint64         id;
  CrDay          first_day;
  CrDay          last_day;      /* inclusive; CR_DAY_UNKNOWN = first_day */
  CrGranularity  granularity;
  CrEventKind    kind;
  guint          lane_key;      /* article or entity, for CR_LANE_MODE_KEY */
  const char    *title;
  CrItemState    state;
  guint          n_sources;
  CrItemFlags    flags;
} CrTimelineItem;

/* How events are split into horizontal lanes. */
typedef enum {
  CR_LANE_MODE_SINGLE = 0,
  CR_LANE_MODE_KIND,
  CR_LANE_MODE_KEY,
} CrLaneMode;

G_END_DECLS
