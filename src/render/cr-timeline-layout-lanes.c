/* cr-timeline-layout-lanes.c: culling, clustering and row packing
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-timeline-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "cr-timeline-layout-private.h"

static guint
n_digits (guint n)
{
  guint d = 1;

  while (n >= 10)
    {
      n /= 10;
      d++;
    }
  return d;
}

/* Badges are sized from the digit width instead of measuring each count:
 * digits are tabular in the fonts we use, and this runs for every bucket. */
static double
badge_width (CrLayoutBuilder *b,
             guint            count,
             gboolean         plus)
{
  double w = (n_digits (count) + (plus ? 1 : 0)) * b->digit_width + 2 * BADGE_PADDING;

  return MAX (w, CR_LAYOUT_BADGE_HEIGHT);
}

static gboolean
entry_is_point (CrLayoutBuilder    *b,
                const CrIndexEntry *e)
{
  return e->first == e->last && b->items[e->item].granularity == CR_GRANULARITY_DAY;
}

/* Where a mark starts horizontally, before it becomes a mark: the centre of
 * the day for a point, the start of the period for a span. */
static double
anchor_offset (CrLayoutBuilder *b,
               guint            granularity)
{
  return granularity == CR_GRANULARITY_DAY ? b->ppd / 2 : 0;
}

static CrDay
day_at_or_after (CrLayoutBuilder *b,
                 double           x)
{
  const CrTimeScale *scale = &b->layout->scale;
  double t = (double) scale->start + x * (double) scale->span / scale->width;

  return (CrDay) ceil (t / (double) CR_SECONDS_PER_DAY);
}

static void
mark_from_entry (CrLayoutBuilder    *b,
                 guint               lane,
                 const CrIndexEntry *e,
                 CrMark             *m)
{
  const CrTimelineItem *item = &b->items[e->item];
  const CrTimeScale *scale = &b->layout->scale;
  double x = cr_time_scale_x_for_day (scale, e->first);

  memset (m, 0, sizeof *m);
  m->lane = lane;
  m->item = e->item;
  m->count = 1;
  m->first_day = e->first;
  m->last_day = e->last;
  m->kind = MIN (item->kind, CR_N_EVENT_KINDS - 1);
  m->state = item->state;
  m->flags = item->flags;

  if (entry_is_point (b, e))
    {
      double cx = x + b->ppd / 2;

      m->type = CR_MARK_POINT;
      m->x0 = cx - CR_LAYOUT_POINT_RADIUS;
      m->x1 = cx + CR_LAYOUT_POINT_RADIUS;
      m->height = 2 * CR_LAYOUT_POINT_RADIUS;
    }
  else
    {
      /* A month covers the month: honest, even when it is 3 px wide. It
       * only grows to a point's size so it stays visible and clickable. */
      m->type = CR_MARK_SPAN;
      m->x0 = x;
      m->x1 = cr_time_scale_x_for_day (scale, e->last + 1);
      if (m->x1 - m->x0 < 2 * CR_LAYOUT_POINT_RADIUS)
        {
          double c = (m->x0 + m->x1) / 2;

          m->x0 = c - CR_LAYOUT_POINT_RADIUS;
          m->x1 = c + CR_LAYOUT_POINT_RADIUS;
        }
      m->height = CR_LAYOUT_SPAN_HEIGHT;
    }
}

/* A cluster's colour: its kind when all sampled members agree. Sampling a
 * bounded number keeps the cost per badge constant. */
static void
cluster_kind (CrLayoutBuilder    *b,
              const CrIndexEntry *members[],
              const guint         counts[],
              guint               n_runs,
              CrMark             *m)
{
  gboolean first = TRUE;

  m->mixed_kinds = FALSE;
  for (guint r = 0; r < n_runs; r++)
    {
      guint step = MAX (1, counts[r] / 8);

      for (guint i = 0; i < counts[r]; i += step)
        {
          CrEventKind kind = MIN (b->items[members[r][i].item].kind, CR_N_EVENT_KINDS - 1);

          if (first)
            m->kind = kind;
          else if (kind != m->kind)
            m->mixed_kinds = TRUE;
          first = FALSE;
        }
    }
}

typedef struct {
  const CrIndexEntry *run;     /* entries of the run */
  guint               granularity;
  guint               cur;
  guint               end;
  guint               next;    /* end of the current bucket */
} RunCursor;

static void
emit_buckets (CrLayoutBuilder  *b,
              guint             lane,
              RunCursor        *cursors,
              guint             n_cursors,
              const CrIndexRun *runs[])
{
  for (;;)
    {
      double anchor = G_MAXDOUBLE;
      double bucket_end;
      guint lead = G_MAXUINT;
      guint n = 0;
      double x0 = 0, width = 0;

      for (guint r = 0; r < n_cursors; r++)
        {
          RunCursor *c = &cursors[r];
          double a;

          if (c->cur >= c->end)
            continue;
          a = cr_time_scale_x_for_day (&b->layout->scale, c->run[c->cur].first) +
              anchor_offset (b, c->granularity);
          if (a < anchor)
            {
              anchor = a;
              lead = r;
            }
        }
      if (lead == G_MAXUINT)
        break;

      bucket_end = anchor + BUCKET_WIDTH;
      for (guint attempt = 0; attempt < 4; attempt++)
        {
          double needed;

          n = 0;
          for (guint r = 0; r < n_cursors; r++)
            {
              RunCursor *c = &cursors[r];
              CrDay limit;

              if (c->cur >= c->end)
                {
                  c->next = c->cur;
                  continue;
                }
              limit = day_at_or_after (b, bucket_end - anchor_offset (b, c->granularity));
              c->next = _cr_index_run_lower_bound (b->entries, runs[r], c->cur, limit);
              c->next = MIN (c->next, c->end);
              if (r == lead && c->next == c->cur)
                c->next = c->cur + 1;
              n += c->next - c->cur;
            }
          if (n <= b->n_rows)
            break;
          /* A badge is wider than a bucket: it swallows whatever it would
           * cover, so badges never overlap each other. */
          x0 = anchor - CR_LAYOUT_POINT_RADIUS;
          width = badge_width (b, n, FALSE);
          needed = x0 + width + MARK_GAP + CR_LAYOUT_POINT_RADIUS;
          if (needed <= bucket_end)
            break;
          bucket_end = needed;
        }

      if (n <= b->n_rows)
        {
          for (guint r = 0; r < n_cursors; r++)
            for (guint i = cursors[r].cur; i < cursors[r].next; i++)
              {
                CrMark m;

                mark_from_entry (b, lane, &cursors[r].run[i], &m);
                g_array_append_val (b->lane_marks, m);
              }
        }
      else
        {
          CrMark m = { 0 };
          const CrIndexEntry *members[CR_N_GRANULARITIES];
          guint counts[CR_N_GRANULARITIES];

          m.type = CR_MARK_CLUSTER;
          m.lane = lane;
          m.count = n;
          m.x0 = x0;
          m.x1 = x0 + badge_width (b, n, FALSE);
          m.height = CR_LAYOUT_BADGE_HEIGHT;
          m.first_day = G_MAXINT32;
          m.last_day = G_MININT32;
          m.item = G_MAXSIZE;
          for (guint r = 0; r < n_cursors; r++)
            {
              RunCursor *c = &cursors[r];

              members[r] = c->run + c->cur;
              counts[r] = c->next - c->cur;
              if (counts[r] == 0)
                continue;
              m.first_day = MIN (m.first_day, c->run[c->cur].first);
              m.last_day = MAX (m.last_day, c->run[c->next - 1].first);
            }
          cluster_kind (b, members, counts, n_cursors, &m);
          g_array_append_val (b->lane_marks, m);
        }

      for (guint r = 0; r < n_cursors; r++)
        cursors[r].cur = cursors[r].next;
    }
}

/* Events that start before the window but reach into it: found from
 * window start - max span of their run, so only those can be scanned. */
static void
emit_carried_over (CrLayoutBuilder  *b,
                   guint             lane,
                   const CrIndexRun *runs[],
                   const guint       starts[],
                   const guint       ends[],
                   guint             n_runs)
{
  guint n = 0;
  CrMark cluster = { 0 };

  for (guint r = 0; r < n_runs; r++)
    for (guint i = starts[r]; i < ends[r]; i++)
      n += b->entries[runs[r]->offset + i].last >= b->view_first;
  if (n == 0)
    return;

  cluster.type = CR_MARK_CLUSTER;
  cluster.lane = lane;
  cluster.count = n;
  cluster.x0 = 0;
  cluster.x1 = badge_width (b, n, FALSE);
  cluster.height = CR_LAYOUT_BADGE_HEIGHT;
  cluster.first_day = G_MAXINT32;
  cluster.last_day = G_MININT32;
  cluster.item = G_MAXSIZE;

  for (guint r = 0; r < n_runs; r++)
    for (guint i = starts[r]; i < ends[r]; i++)
      {
        const CrIndexEntry *e = &b->entries[runs[r]->offset + i];
        CrMark m;

        if (e->last < b->view_first)
          continue;
        if (n <= b->n_rows)
          {
            mark_from_entry (b, lane, e, &m);
            g_array_append_val (b->lane_marks, m);
          }
        else
          {
            CrEventKind kind = MIN (b->items[e->item].kind, CR_N_EVENT_KINDS - 1);

            if (cluster.first_day != G_MAXINT32 && kind != cluster.kind)
              cluster.mixed_kinds = TRUE;
            cluster.kind = kind;
            cluster.first_day = MIN (cluster.first_day, e->first);
            cluster.last_day = MAX (cluster.last_day, e->first);
          }
      }
  if (n > b->n_rows)
    g_array_append_val (b->lane_marks, cluster);
}

static int
compare_marks_x (gconstpointer a,
                 gconstpointer b)
{
  const CrMark *ma = a;
  const CrMark *mb = b;

  if (ma->x0 != mb->x0)
    return ma->x0 < mb->x0 ? -1 : 1;
  return ma->item < mb->item ? -1 : ma->item > mb->item;
}

static int
compare_marks_row_x (gconstpointer a,
                     gconstpointer b)
{
  const CrMark *ma = a;
  const CrMark *mb = b;

  if (ma->row != mb->row)
    return ma->row < mb->row ? -1 : 1;
  return compare_marks_x (a, b);
}

static double
label_reserve (CrLayoutBuilder *b,
               const CrMark    *m)
{
  const char *title;
  double want;

  if (m->type != CR_MARK_POINT && m->type != CR_MARK_SPAN)
    return 0;
  title = b->items[m->item].title;
  if (title == NULL || *title == '\0')
    return 0;
  want = MIN (g_utf8_strlen (title, 80) * b->char_width, MAX_LABEL_RESERVE) + LABEL_OFFSET;
  if (m->type == CR_MARK_SPAN)
    want = MAX (0, want - (m->x1 - m->x0));
  return want;
}

/* First-fit over marks sorted by start: for intervals this uses the fewest
 * rows possible. Returns how many marks found no row. */
static guint
pack_rows (CrLayoutBuilder *b,
           guint            n_rows,
           gboolean         reserve_labels)
{
  double row_end[MAX_ROWS];
  guint overflow = 0;

  for (guint r = 0; r < n_rows; r++)
    row_end[r] = -G_MAXDOUBLE;

  for (guint i = 0; i < b->lane_marks->len; i++)
    {
      CrMark *m = &g_array_index (b->lane_marks, CrMark, i);
      double end = m->x1 + (reserve_labels ? label_reserve (b, m) : 0);

      m->row = G_MAXUINT;
      for (guint r = 0; r < n_rows; r++)
        if (row_end[r] + MARK_GAP <= m->x0)
          {
            m->row = r;
            row_end[r] = end;
            break;
          }
      if (m->row == G_MAXUINT)
        overflow += m->count;
    }
  return overflow;
}

/* Marks without a row become "+N" chips on the lane's last row, merged
 * while they touch, so no event is dropped without a trace. */
static void
make_overflow_chips (CrLayoutBuilder *b,
                     guint            chip_row,
                     double           min_x)
{
  GArray *chips = g_array_new (FALSE, TRUE, sizeof (CrMark));
  guint kept = 0;

  for (guint i = 0; i < b->lane_marks->len; i++)
    {
      CrMark *m = &g_array_index (b->lane_marks, CrMark, i);
      CrMark *last = chips->len ? &g_array_index (chips, CrMark, chips->len - 1) : NULL;
      double x0 = MAX (m->x0, min_x);

      if (m->row != G_MAXUINT)
        {
          if (kept != i)
            g_array_index (b->lane_marks, CrMark, kept) = *m;
          kept++;
          continue;
        }
      if (last != NULL && x0 < last->x1 + MARK_GAP)
        {
          last->count += m->count;
          last->x1 = last->x0 + badge_width (b, last->count, TRUE);
          last->first_day = MIN (last->first_day, m->first_day);
          last->last_day = MAX (last->last_day, m->type == CR_MARK_CLUSTER ? m->last_day : m->first_day);
          if (m->kind != last->kind || m->mixed_kinds)
            last->mixed_kinds = TRUE;
        }
      else
        {
          CrMark chip = *m;

          chip.type = CR_MARK_OVERFLOW;
          chip.row = chip_row;
          chip.item = G_MAXSIZE;
          chip.x0 = x0;
          chip.x1 = x0 + badge_width (b, chip.count, TRUE);
          chip.height = CR_LAYOUT_BADGE_HEIGHT;
          chip.state = CR_ITEM_STATE_NORMAL;
          if (m->type != CR_MARK_CLUSTER)
            chip.last_day = m->first_day;
          g_array_append_val (chips, chip);
        }
    }
  g_array_set_size (b->lane_marks, kept);
  g_array_append_vals (b->lane_marks, chips->data, chips->len);
  g_array_unref (chips);
}

/* Events starting under each few pixels, for the density strip drawn
 * behind a dense lane: clusters say how many, this says when exactly.
 * Galloping from the previous bucket keeps it O(width * log). */
static void
measure_density (CrLayoutBuilder  *b,
                 CrLaneBox        *box,
                 const CrIndexRun *runs[],
                 const guint       window_starts[],
                 const guint       ends[],
                 guint             n_runs)
{
  CrTimelineLayout *self = b->layout;
  guint pos[CR_N_GRANULARITIES];
  guint n;
  gboolean clustered = FALSE;

  box->first_density = self->density->len;
  box->n_density = 0;
  /* Only where events had to be merged: a sparse lane shows every event
   * already, and a strip under it would be noise. */
  for (guint i = 0; i < b->lane_marks->len && !clustered; i++)
    clustered = g_array_index (b->lane_marks, CrMark, i).type == CR_MARK_CLUSTER;
  if (!clustered || b->ppd >= CR_LAYOUT_DENSITY_STEP)
    return;

  n = (guint) ceil (self->scale.width / CR_LAYOUT_DENSITY_STEP);
  memcpy (pos, window_starts, n_runs * sizeof (guint));
  for (guint k = 0; k < n; k++)
    {
      CrDay limit = day_at_or_after (b, (k + 1) * CR_LAYOUT_DENSITY_STEP);
      guint count = 0;

      for (guint r = 0; r < n_runs; r++)
        {
          guint next = MIN (_cr_index_run_lower_bound (b->entries, runs[r], pos[r], limit), ends[r]);

          count += next - pos[r];
          pos[r] = next;
        }
      g_array_append_val (self->density, count);
      self->max_density = MAX (self->max_density, count);
    }
  box->n_density = n;
}

void
_cr_timeline_layout_build_lane (CrLayoutBuilder *b,
                                CrLaneBox       *box)
{
  CrTimelineLayout *self = b->layout;
  const CrIndexLane *lane = _cr_timeline_index_get_lane (self->index, box->lane);
  const CrIndexRun *runs[CR_N_GRANULARITIES];
  RunCursor cursors[CR_N_GRANULARITIES];
  guint starts[CR_N_GRANULARITIES];
  guint window_starts[CR_N_GRANULARITIES];
  guint ends[CR_N_GRANULARITIES];
  guint n_runs = 0;
  guint lane_index = self->lanes->len;
  guint n_rows = box->n_rows;
  gsize n_events = 0;

  g_array_set_size (b->lane_marks, 0);

  for (guint g = 0; g < CR_N_GRANULARITIES; g++)
    {
      const CrIndexRun *run = &lane->runs[g];
      guint s, lo, hi;

      if (run->length == 0)
        continue;
      s = _cr_index_run_lower_bound (b->entries, run, 0, b->view_first - run->max_span);
      lo = _cr_index_run_lower_bound (b->entries, run, s, b->view_first);
      hi = _cr_index_run_lower_bound (b->entries, run, lo, b->view_last + 1);
      if (s == hi)
        continue;
      runs[n_runs] = run;
      starts[n_runs] = s;
      window_starts[n_runs] = lo;
      ends[n_runs] = hi;
      cursors[n_runs].run = b->entries + run->offset;
      cursors[n_runs].granularity = g;
      cursors[n_runs].cur = lo;
      cursors[n_runs].end = hi;
      cursors[n_runs].next = lo;
      n_runs++;
    }

  b->n_rows = n_rows;
  emit_carried_over (b, lane_index, runs, starts, window_starts, n_runs);
  emit_buckets (b, lane_index, cursors, n_runs, runs);
  measure_density (b, box, runs, window_starts, ends, n_runs);
  g_array_sort (b->lane_marks, compare_marks_x);

  /* Rows first make room for titles; a crowded lane gives that up, then
   * gives up a row to the "+N" chips. */
  if (pack_rows (b, n_rows, TRUE) > 0 &&
      pack_rows (b, n_rows, FALSE) > 0)
    {
      box->has_overflow = TRUE;
      if (n_rows > 1)
        {
          pack_rows (b, n_rows - 1, FALSE);
          make_overflow_chips (b, n_rows - 1, 0);
        }
      else
        {
          /* A one-row lane keeps its row for events: the chips go in the
           * header band, right of the lane's name. */
          int w, h;

          pango_layout_get_size (box->label, &w, &h);
          box->header_chips = TRUE;
          make_overflow_chips (b, 1, CR_LAYOUT_LANE_LABEL_X + (double) w / PANGO_SCALE + 8);
        }
    }

  g_array_sort (b->lane_marks, compare_marks_row_x);
  box->first_mark = self->marks->len;
  box->n_marks = b->lane_marks->len;
  for (guint i = 0; i < b->lane_marks->len; i++)
    {
      CrMark *m = &g_array_index (b->lane_marks, CrMark, i);

      if (m->row >= n_rows)
        m->y = box->y + CR_LAYOUT_LANE_HEADER / 2;
      else
        m->y = box->rows_y + (m->row + 0.5) * CR_LAYOUT_ROW_HEIGHT;
      n_events += m->count;
    }
  g_array_append_vals (self->marks, b->lane_marks->data, b->lane_marks->len);
  box->n_events = n_events;
  self->n_events += n_events;
}
