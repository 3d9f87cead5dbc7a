/* cr-timeline-layout.h: where every mark, label and tick goes
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "cr-time-scale.h"
#include "cr-timeline-index.h"
#include "cr-timeline-ruler.h"

G_BEGIN_DECLS

#define CR_TYPE_TIMELINE_LAYOUT (cr_timeline_layout_get_type ())

typedef enum {
  CR_MARK_POINT = 0,   /* one event of a day */
  CR_MARK_SPAN,        /* one event of a week, month, year...: a bar */
  CR_MARK_CLUSTER,     /* events too close to draw apart: a badge */
  CR_MARK_OVERFLOW,    /* events with no free row: "+N" under the lane */
} CrMarkType;

typedef struct {
  CrMarkType   type;
  guint        lane;          /* index into the layout's lanes */
  guint        row;
  double       x0;            /* extent of the mark itself */
  double       x1;
  double       y;             /* vertical centre */
  double       height;
  gsize        item;          /* POINT and SPAN: index into the items */
  guint        count;         /* events it stands for: 1 for an event */
  CrDay        first_day;     /* days covered (a cluster: its first... */
  CrDay        last_day;      /* ...and its last start day) */
  CrEventKind  kind;
  gboolean     mixed_kinds;
  CrItemState  state;
  CrItemFlags  flags;
  double       weight;        /* clusters: 0..1, log count / log busiest */
  PangoLayout *label;         /* title or count, NULL when nothing fits */
  double       label_x;
  double       label_y;
} CrMark;

typedef struct {
  guint        lane;          /* index into the index's lanes */
  double       y;
  double       height;
  double       rows_y;        /* top of the first row */
  guint        n_rows;
  gboolean     has_overflow;  /* the last row holds "+N" chips... */
  gboolean     header_chips;  /* ...or, with one row, the header band
                               * does, as row n_rows */
  PangoLayout *label;
  guint        first_mark;    /* marks of a lane are contiguous, sorted */
  guint        n_marks;       /* by row and x */
  gsize        n_events;      /* events of this lane in view */
  guint        first_density; /* events starting per CR_LAYOUT_DENSITY_STEP */
  guint        n_density;     /* pixels, 0 when days are wider than that */
} CrLaneBox;

typedef struct {
  gint64      start;          /* first visible second since 1970 UTC */
  gint64      span;           /* visible seconds */
  int         width;          /* logical pixels */
  int         height;
  double      scale_factor;   /* device pixels per logical pixel */
  const char *title;          /* optional heading, for exports */
  gboolean    legend;
  guint       first_lane;     /* vertical scrolling, in lanes */
} CrLayoutParams;

typedef struct {
  CrEventKind  kind;
  double       x;             /* the colour dot's centre */
  PangoLayout *label;
} CrLegendEntry;

/* The glyphs of "0123456789+" in the badge font: counts are drawn from
 * them directly, every badge of a colour in one call. @font is NULL when
 * the digits did not shape one glyph each in one font; badges then carry
 * a PangoLayout label like titles. */
typedef struct {
  cairo_scaled_font_t *font;
  unsigned long        glyphs[11];
  double               advances[11];
  double               baseline;      /* from a badge's centre down */
} CrBadgeGlyphs;

/* Geometry, in logical pixels. */
#define CR_LAYOUT_TITLE_HEIGHT   40.0
#define CR_LAYOUT_RULER_HEIGHT   48.0
#define CR_LAYOUT_RULER_MAJOR    22.0
#define CR_LAYOUT_LEGEND_HEIGHT  34.0
#define CR_LAYOUT_LANE_HEADER    24.0
#define CR_LAYOUT_LANE_LABEL_X   23.0  /* lane name, after its colour dot */
#define CR_LAYOUT_ROW_HEIGHT     24.0
#define CR_LAYOUT_POINT_RADIUS   5.5
#define CR_LAYOUT_SPAN_HEIGHT    14.0
#define CR_LAYOUT_BADGE_HEIGHT   18.0
#define CR_LAYOUT_DENSITY_STEP   4.0

/* Read-only for everyone but cr-timeline-layout.c. */
typedef struct {
  CrLayoutParams   params;
  CrTimeScale      scale;
  CrTimelineIndex *index;
  PangoContext    *context;
  GArray          *ticks;           /* CrTick */
  CrRulerStep      ruler_step;
  GArray          *lanes;           /* CrLaneBox */
  GArray          *marks;           /* CrMark */
  GArray          *density;         /* guint, see CrLaneBox */
  guint            max_density;
  PangoLayout     *title;
  GArray          *legend;          /* CrLegendEntry */
  CrBadgeGlyphs    badge_glyphs;
  double           ruler_y;
  double           lanes_y;
  double           lanes_bottom;
  double           legend_y;
  gsize            n_events;        /* events in view, in shown lanes */
  guint            n_hidden_lanes;  /* lanes below the last one shown */
  guint            n_lanes_above;   /* lanes scrolled off the top */
  gatomicrefcount  ref_count;
} CrTimelineLayout;

GType             cr_timeline_layout_get_type     (void) G_GNUC_CONST;
/* Lays out what @params shows of @index. @context may be NULL (a Cairo
 * font map context with metrics hinting off, so the screen and every
 * export measure text alike). Cost depends on what is visible, not on
 * the number of events in @index. */
CrTimelineLayout *cr_timeline_layout_new          (CrTimelineIndex      *index,
                                                   const CrLayoutParams *params,
                                                   PangoContext         *context);
CrTimelineLayout *cr_timeline_layout_ref          (CrTimelineLayout     *self);
void              cr_timeline_layout_unref        (CrTimelineLayout     *self);
/* Fills @glyphs with the glyphs of @count (with a leading "+" if @plus)
 * at @x, @y (the baseline's start); returns how many, at most 12. */
guint             cr_timeline_layout_badge_glyphs (CrTimelineLayout     *self,
                                                   guint                 count,
                                                   gboolean              plus,
                                                   double                x,
                                                   double                y,
                                                   cairo_glyph_t        *glyphs,
                                                   double               *width);
/* The mark (event, cluster or "+N" chip) at (@x, @y), or NULL. */
const CrMark     *cr_timeline_layout_hit_test     (CrTimelineLayout     *self,
                                                   double                x,
                                                   double                y);
/* The mark that draws item @item, or NULL if it is in a cluster or out of
 * view. */
const CrMark     *cr_timeline_layout_find_item    (CrTimelineLayout     *self,
                                                   gsize                 item);
/* The default context: a new one on the Cairo font map, hinting off. */
PangoContext     *cr_timeline_layout_create_context (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrTimelineLayout, cr_timeline_layout_unref)

G_END_DECLS
