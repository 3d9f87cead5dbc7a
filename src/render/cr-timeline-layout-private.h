/* cr-timeline-layout-private.h: shared by the layout's files
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-timeline-index-private.h"
#include "cr-timeline-layout.h"

G_BEGIN_DECLS

#define FONT_FAMILY       "Cantarell, DejaVu Sans, Sans"
#define MARK_GAP          4.0
#define BUCKET_WIDTH      (2 * CR_LAYOUT_POINT_RADIUS + MARK_GAP)
#define MIN_LABEL_WIDTH   28.0
#define MAX_LABEL_RESERVE 160.0
#define BADGE_PADDING     7.0
#define LABEL_OFFSET      6.0
#define MIN_LANE_HEIGHT   (CR_LAYOUT_LANE_HEADER + CR_LAYOUT_ROW_HEIGHT + 4.0)
#define MAX_ROWS          64

typedef struct {
  CrTimelineLayout     *layout;
  const CrTimelineItem *items;
  const CrIndexEntry   *entries;
  PangoFontDescription *label_font;
  PangoFontDescription *badge_font;
  double                digit_width;
  double                char_width;
  CrDay                 view_first;
  CrDay                 view_last;
  double                ppd;
  GArray               *lane_marks;   /* CrMark, of the lane being built */
  guint                 n_rows;
  GArray               *candidates;   /* LabelCandidate */
  GHashTable           *badges;       /* count text -> PangoLayout */
} CrLayoutBuilder;

typedef struct {
  guint    mark;
  int      priority;
  double   x;
  double   width;
  gboolean before;  /* right-aligned, left of its mark */
} LabelCandidate;

/* Shaping a title costs more than drawing its mark, so a frame shapes at
 * most one title per this many pixels of width; the rest wait for the
 * user to zoom in. Selected and well-sourced events go first. */
#define PIXELS_PER_LABEL 20

/* Fills @box's marks: culls the lane's events to the window, merges what
 * shares a pixel bucket into clusters and packs the rest into rows. */
void _cr_timeline_layout_build_lane (CrLayoutBuilder *b,
                                     CrLaneBox       *box);

G_END_DECLS
