/* cr-timeline-model.h: the events of an event source, ready to lay out
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-event-source.h"
#include "cr-timeline-index.h"

G_BEGIN_DECLS

/* Which lanes the user asked for. */
typedef enum {
  CR_LANE_GROUPING_SINGLE = 0,
  CR_LANE_GROUPING_KIND,
  CR_LANE_GROUPING_ARTICLE,
  CR_LANE_GROUPING_ENTITY,
} CrLaneGrouping;

#define CR_TYPE_TIMELINE_MODEL (cr_timeline_model_get_type ())

G_DECLARE_FINAL_TYPE (CrTimelineModel, cr_timeline_model, CR, TIMELINE_MODEL, GObject)

/* Converts @n summaries into timeline items (titles borrowed from the
 * summaries). Article and entity ids become dense lane keys in id order;
 * @lane_ids (optional, owned) receives the id of each key. */
CrTimelineItem  *cr_timeline_items_from_summaries  (const CrEventSummary  *summaries,
                                                    gsize                  n,
                                                    CrLaneGrouping         grouping,
                                                    GArray               **lane_ids);

CrTimelineModel *cr_timeline_model_new             (CrEventSource         *source);
CrEventSource   *cr_timeline_model_get_source      (CrTimelineModel       *self);
CrLaneGrouping   cr_timeline_model_get_grouping    (CrTimelineModel       *self);
void             cr_timeline_model_set_grouping    (CrTimelineModel       *self,
                                                    CrLaneGrouping         grouping);
/* Queries all events again and rebuilds the index; the source's "changed"
 * signal does it too. On failure the previous index is kept. */
gboolean         cr_timeline_model_reload          (CrTimelineModel       *self,
                                                    GError               **error);
/* The current index (NULL before the first successful load); it stays
 * valid while referenced, even after a reload replaces it. */
CrTimelineIndex *cr_timeline_model_get_index       (CrTimelineModel       *self);
/* The summary of event @id, or NULL. */
const CrEventSummary *cr_timeline_model_lookup     (CrTimelineModel       *self,
                                                    gint64                 id);
/* Names a lane of the current grouping (an article's title, an entity's
 * name) by its article or entity id. */
void             cr_timeline_model_set_lane_name   (CrTimelineModel       *self,
                                                    gint64                 id,
                                                    const char            *name);
/* Draws the events of @ids (a set of gint64, as from
 * cr_library_filter_match_events()) highlighted and the others dimmed;
 * NULL draws them all as normal. The model keeps a reference. */
void             cr_timeline_model_set_highlight   (CrTimelineModel       *self,
                                                    GHashTable            *ids);
GHashTable      *cr_timeline_model_get_highlight   (CrTimelineModel       *self);

G_END_DECLS
