/* cr-timeline-index.h: events sorted once, queried per frame
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-timeline-item.h"

G_BEGIN_DECLS

#define CR_TYPE_TIMELINE_INDEX (cr_timeline_index_get_type ())

typedef struct _CrTimelineIndex CrTimelineIndex;

GType                 cr_timeline_index_get_type        (void) G_GNUC_CONST;
/* Sorts @items by lane, granularity and first day. @items (and their
 * titles) are borrowed and must outlive the index. */
CrTimelineIndex      *cr_timeline_index_new             (const CrTimelineItem *items,
                                                         gsize                 n_items,
                                                         CrLaneMode            mode);
/* As cr_timeline_index_new(), and calls @notify (@data) when the index is
 * freed: for owners that must keep the items alive exactly as long. */
CrTimelineIndex      *cr_timeline_index_new_full        (const CrTimelineItem *items,
                                                         gsize                 n_items,
                                                         CrLaneMode            mode,
                                                         GDestroyNotify        notify,
                                                         gpointer              data);
CrTimelineIndex      *cr_timeline_index_ref             (CrTimelineIndex      *self);
void                  cr_timeline_index_unref           (CrTimelineIndex      *self);
CrLaneMode            cr_timeline_index_get_lane_mode   (CrTimelineIndex      *self);
const CrTimelineItem *cr_timeline_index_get_items       (CrTimelineIndex      *self,
                                                         gsize                *n_items);
/* Names of lanes in CR_LANE_MODE_KEY, indexed by lane key (copied). */
void                  cr_timeline_index_set_lane_names  (CrTimelineIndex      *self,
                                                         const char * const   *names,
                                                         gsize                 n_names);
guint                 cr_timeline_index_get_n_lanes     (CrTimelineIndex      *self);
const char           *cr_timeline_index_get_lane_label  (CrTimelineIndex      *self,
                                                         guint                 lane);
/* The kind (CR_LANE_MODE_KIND) or key (CR_LANE_MODE_KEY) of a lane. */
guint                 cr_timeline_index_get_lane_key    (CrTimelineIndex      *self,
                                                         guint                 lane);
/* The lane an item was put in, or G_MAXUINT. */
guint                 cr_timeline_index_get_item_lane   (CrTimelineIndex      *self,
                                                         gsize                 item);
/* First and last day of all events; FALSE when empty. */
gboolean              cr_timeline_index_get_extent      (CrTimelineIndex      *self,
                                                         CrDay                *first_day,
                                                         CrDay                *last_day);
/* Number of events of @lane that overlap [@first_day, @last_day]. */
gsize                 cr_timeline_index_count_range     (CrTimelineIndex      *self,
                                                         guint                 lane,
                                                         CrDay                 first_day,
                                                         CrDay                 last_day);
/* Bit (1 << kind) set for every kind present. */
guint                 cr_timeline_index_get_kinds       (CrTimelineIndex      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrTimelineIndex, cr_timeline_index_unref)

G_END_DECLS
