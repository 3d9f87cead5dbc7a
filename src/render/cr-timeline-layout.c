/* cr-timeline-layout.c: where every mark, label and tick goes
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-timeline-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "cr-timeline-index-private.h"
#include "cr-timeline-layout.h"

#define FONT_FAMILY       "Cantarell, DejaVu Sans, Sans"
#define MARK_GAP          4.0
#define BUCKET_WIDTH      (2 * CR_LAYOUT_POINT_RADIUS + MARK_GAP)
#define MIN_LABEL_WIDTH   28.0
#define MAX_LABEL_RESERVE 160.0
#define BADGE_PADDING     7.0
#define LABEL_OFFSET      6.0
#define MIN_LANE_HEIGHT   (CR_LAYOUT_LANE_HEADER + CR_LAYOUT_ROW_HEIGHT + 4.0)
#define MAX_ROWS          64

G_DEFINE_BOXED_TYPE (CrTimelineLayout, cr_timeline_layout,
                     cr_timeline_layout_ref, cr_timeline_layout_unref)

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
} Builder;

typedef struct {
  guint  mark;
  int    priority;
  double x;
  double width;
} LabelCandidate;

/* Shaping a title costs more than drawing its mark, so a frame shapes at
 * most one title per this many pixels of width; the rest wait for the
 * user to zoom in. Selected and well-sourced events go first. */
#define PIXELS_PER_LABEL 12

static PangoFontDescription *
font_new (const char *weight_and_size)
{
  g_autofree char *desc = g_strconcat (FONT_FAMILY, " ", weight_and_size, NULL);

  return pango_font_description_from_string (desc);
}

static PangoLayout *
text_new (PangoContext               *context,
          const PangoFontDescription *font,
          const char                 *text)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
text_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) w / PANGO_SCALE;
}

static double
text_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static void
mark_clear (gpointer data)
{
  CrMark *mark = data;

  g_clear_object (&mark->label);
}

static void
lane_box_clear (gpointer data)
{
  CrLaneBox *lane = data;

  g_clear_object (&lane->label);
}

static void
legend_entry_clear (gpointer data)
{
  CrLegendEntry *entry = data;

  g_clear_object (&entry->label);
}

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
badge_width (Builder  *b,
             guint     count,
             gboolean  plus)
{
  double w = (n_digits (count) + (plus ? 1 : 0)) * b->digit_width + 2 * BADGE_PADDING;

  return MAX (w, CR_LAYOUT_BADGE_HEIGHT);
}

static gboolean
entry_is_point (Builder            *b,
                const CrIndexEntry *e)
{
  return e->first == e->last && b->items[e->item].granularity == CR_GRANULARITY_DAY;
}

/* Where a mark starts horizontally, before it becomes a mark: the centre of
 * the day for a point, the start of the period for a span. */
static double
anchor_offset (Builder *b,
               guint    granularity)
{
  return granularity == CR_GRANULARITY_DAY ? b->ppd / 2 : 0;
}

static CrDay
day_at_or_after (Builder *b,
                 double   x)
{
  const CrTimeScale *scale = &b->layout->scale;
  double t = (double) scale->start + x * (double) scale->span / scale->width;

  return (CrDay) ceil (t / (double) CR_SECONDS_PER_DAY);
}

static void
mark_from_entry (Builder            *b,
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
cluster_kind (Builder            *b,
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
emit_buckets (Builder   *b,
              guint      lane,
              RunCursor *cursors,
              guint      n_cursors,
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
emit_carried_over (Builder          *b,
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
label_reserve (Builder      *b,
               const CrMark *m)
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
pack_rows (Builder  *b,
           guint     n_rows,
           gboolean  reserve_labels)
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
make_overflow_chips (Builder *b,
                     guint    chip_row)
{
  GArray *chips = g_array_new (FALSE, TRUE, sizeof (CrMark));
  guint kept = 0;

  for (guint i = 0; i < b->lane_marks->len; i++)
    {
      CrMark *m = &g_array_index (b->lane_marks, CrMark, i);
      CrMark *last = chips->len ? &g_array_index (chips, CrMark, chips->len - 1) : NULL;
      double x0 = MAX (m->x0, 0);

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

static void
build_lane (Builder   *b,
            CrLaneBox *box)
{
  CrTimelineLayout *self = b->layout;
  const CrIndexLane *lane = _cr_timeline_index_get_lane (self->index, box->lane);
  const CrIndexRun *runs[CR_N_GRANULARITIES];
  RunCursor cursors[CR_N_GRANULARITIES];
  guint starts[CR_N_GRANULARITIES];
  guint window_starts[CR_N_GRANULARITIES];
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
  g_array_sort (b->lane_marks, compare_marks_x);

  /* Rows first make room for titles; a crowded lane gives that up, then
   * gives up a row to the "+N" chips. */
  if (pack_rows (b, n_rows, TRUE) > 0 &&
      pack_rows (b, n_rows, FALSE) > 0)
    {
      if (n_rows > 1)
        pack_rows (b, n_rows - 1, FALSE);
      box->has_overflow = TRUE;
      make_overflow_chips (b, n_rows - 1);
    }

  g_array_sort (b->lane_marks, compare_marks_row_x);
  box->first_mark = self->marks->len;
  box->n_marks = b->lane_marks->len;
  for (guint i = 0; i < b->lane_marks->len; i++)
    {
      CrMark *m = &g_array_index (b->lane_marks, CrMark, i);

      m->y = box->rows_y + (m->row + 0.5) * CR_LAYOUT_ROW_HEIGHT;
      n_events += m->count;
    }
  g_array_append_vals (self->marks, b->lane_marks->data, b->lane_marks->len);
  box->n_events = n_events;
  self->n_events += n_events;
}

/* Titles go right of a point, inside a bar wide enough for a few words,
 * else right of the bar; they run until the next mark of the row, and
 * Pango ellipsizes what does not fit. */
static void
place_labels (Builder   *b,
              CrLaneBox *box)
{
  CrTimelineLayout *self = b->layout;
  double right = self->scale.width - 4;

  for (guint i = 0; i < box->n_marks; i++)
    {
      CrMark *m = &g_array_index (self->marks, CrMark, box->first_mark + i);
      const CrMark *next = NULL;
      double x, limit;
      const char *title;

      if (i + 1 < box->n_marks)
        {
          next = &g_array_index (self->marks, CrMark, box->first_mark + i + 1);
          if (next->row != m->row)
            next = NULL;
        }
      limit = next ? next->x0 - LABEL_OFFSET : right;

      if (m->type == CR_MARK_CLUSTER || m->type == CR_MARK_OVERFLOW)
        {
          char text[32];

          if (m->type == CR_MARK_OVERFLOW)
            g_snprintf (text, sizeof text, "+%u", m->count);
          else
            g_snprintf (text, sizeof text, "%u", m->count);
          m->label = text_new (self->context, b->badge_font, text);
          m->label_x = (m->x0 + m->x1 - text_width (m->label)) / 2;
          m->label_y = m->y - text_height (m->label) / 2;
          continue;
        }

      title = b->items[m->item].title;
      if (title == NULL || *title == '\0' || m->x1 < 0 || m->x0 > right)
        continue;

      if (m->type == CR_MARK_POINT)
        x = m->x1 + LABEL_OFFSET;
      else
        {
          double visible = MIN (m->x1, right) - MAX (m->x0, 0);

          if (visible >= 4 * MIN_LABEL_WIDTH)
            {
              x = MAX (m->x0, 0) + LABEL_OFFSET + 2;
              limit = MIN (m->x1, right) - LABEL_OFFSET;
            }
          else
            x = m->x1 + LABEL_OFFSET;
        }
      x = MAX (x, 2);
      if (limit - x < MIN_LABEL_WIDTH)
        continue;

      {
        const CrTimelineItem *item = &b->items[m->item];
        LabelCandidate c;

        c.mark = box->first_mark + i;
        c.x = x;
        c.width = limit - x;
        c.priority = (int) MIN (item->n_sources, 1000);
        if (item->state == CR_ITEM_STATE_SELECTED || item->state == CR_ITEM_STATE_HIGHLIGHTED)
          c.priority += 100000;
        else if (item->state == CR_ITEM_STATE_DIMMED)
          c.priority -= 100000;
        g_array_append_val (b->candidates, c);
      }
    }
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const LabelCandidate *ca = a;
  const LabelCandidate *cb = b;

  if (ca->priority != cb->priority)
    return ca->priority > cb->priority ? -1 : 1;
  if (ca->width != cb->width)
    return ca->width > cb->width ? -1 : 1;
  return ca->mark < cb->mark ? -1 : ca->mark > cb->mark;
}

static void
shape_titles (Builder *b)
{
  CrTimelineLayout *self = b->layout;
  guint budget = MAX (16, (guint) (self->scale.width / PIXELS_PER_LABEL));

  g_array_sort (b->candidates, compare_candidates);
  for (guint i = 0; i < b->candidates->len && i < budget; i++)
    {
      const LabelCandidate *c = &g_array_index (b->candidates, LabelCandidate, i);
      CrMark *m = &g_array_index (self->marks, CrMark, c->mark);

      m->label = text_new (self->context, b->label_font, b->items[m->item].title);
      pango_layout_set_width (m->label, (int) (c->width * PANGO_SCALE));
      pango_layout_set_ellipsize (m->label, PANGO_ELLIPSIZE_END);
      m->label_x = c->x;
      m->label_y = m->y - text_height (m->label) / 2;
    }
}

static void
place_legend (CrTimelineLayout           *self,
              const PangoFontDescription *font)
{
  guint kinds = cr_timeline_index_get_kinds (self->index);
  double x = 20;

  for (guint k = 0; k < CR_N_EVENT_KINDS; k++)
    {
      CrLegendEntry entry = { 0 };
      double w;

      if (!(kinds & (1u << k)))
        continue;
      entry.kind = k;
      entry.label = text_new (self->context, font, cr_event_kind_get_label (k));
      w = text_width (entry.label);
      if (x + 2 * CR_LAYOUT_POINT_RADIUS + 6 + w > self->scale.width - 8)
        {
          g_clear_object (&entry.label);
          break;
        }
      entry.x = x + CR_LAYOUT_POINT_RADIUS;
      g_array_append_val (self->legend, entry);
      x += 2 * CR_LAYOUT_POINT_RADIUS + 6 + w + 20;
    }
}

static void
place_lanes (CrTimelineLayout *self,
             Builder          *b)
{
  guint n_lanes = cr_timeline_index_get_n_lanes (self->index);
  guint first = MIN (self->params.first_lane, n_lanes);
  double available = self->lanes_bottom - self->lanes_y;
  guint shown = n_lanes - first;
  double lane_height;
  g_autoptr(PangoFontDescription) header_font = font_new ("Bold 9");

  if (shown == 0 || available < MIN_LANE_HEIGHT)
    {
      self->n_hidden_lanes = n_lanes;
      return;
    }
  if (available / shown < MIN_LANE_HEIGHT)
    shown = (guint) (available / MIN_LANE_HEIGHT);
  self->n_hidden_lanes = n_lanes - shown;
  lane_height = floor (available / shown);

  for (guint i = 0; i < shown; i++)
    {
      CrLaneBox box = { 0 };

      box.lane = first + i;
      box.y = self->lanes_y + i * lane_height;
      box.height = lane_height;
      box.rows_y = box.y + CR_LAYOUT_LANE_HEADER;
      box.n_rows = (guint) ((lane_height - CR_LAYOUT_LANE_HEADER - 4) / CR_LAYOUT_ROW_HEIGHT);
      box.n_rows = CLAMP (box.n_rows, 1, MAX_ROWS);
      box.label = text_new (self->context, header_font,
                            cr_timeline_index_get_lane_label (self->index, box.lane));
      build_lane (b, &box);
      g_array_append_val (self->lanes, box);
      place_labels (b, &g_array_index (self->lanes, CrLaneBox, self->lanes->len - 1));
    }
}

PangoContext *
cr_timeline_layout_create_context (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: a label is as wide in a PNG at scale 2, a PDF and
   * on screen, so the export looks exactly like the widget. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_SLIGHT);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 96.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

CrTimelineLayout *
cr_timeline_layout_new (CrTimelineIndex      *index,
                        const CrLayoutParams *params,
                        PangoContext         *context)
{
  CrTimelineLayout *self;
  Builder b = { 0 };
  g_autoptr(PangoFontDescription) ruler_font = NULL;
  g_autoptr(PangoFontDescription) legend_font = NULL;

  g_return_val_if_fail (index != NULL, NULL);
  g_return_val_if_fail (params != NULL, NULL);
  g_return_val_if_fail (params->span > 0, NULL);
  g_return_val_if_fail (params->width > 0 && params->height > 0, NULL);
  g_return_val_if_fail (context == NULL || PANGO_IS_CONTEXT (context), NULL);

  self = g_new0 (CrTimelineLayout, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->params = *params;
  self->params.title = NULL;
  if (self->params.scale_factor <= 0)
    self->params.scale_factor = 1;
  self->index = cr_timeline_index_ref (index);
  self->context = context ? g_object_ref (context) : cr_timeline_layout_create_context ();
  self->scale.start = params->start;
  self->scale.span = params->span;
  self->scale.width = params->width;
  self->ticks = cr_ruler_ticks_new ();
  self->lanes = g_array_new (FALSE, TRUE, sizeof (CrLaneBox));
  g_array_set_clear_func (self->lanes, lane_box_clear);
  self->marks = g_array_new (FALSE, TRUE, sizeof (CrMark));
  g_array_set_clear_func (self->marks, mark_clear);
  self->legend = g_array_new (FALSE, TRUE, sizeof (CrLegendEntry));
  g_array_set_clear_func (self->legend, legend_entry_clear);

  ruler_font = font_new ("9");
  legend_font = font_new ("9");
  b.layout = self;
  b.items = cr_timeline_index_get_items (index, NULL);
  b.entries = _cr_timeline_index_get_entries (index);
  b.label_font = font_new ("9");
  b.badge_font = font_new ("Bold 8");
  b.view_first = cr_time_to_day (params->start);
  b.view_last = cr_time_to_day (params->start + params->span - 1);
  b.ppd = cr_time_scale_pixels_per_day (&self->scale);
  b.lane_marks = g_array_new (FALSE, TRUE, sizeof (CrMark));
  {
    g_autoptr(PangoLayout) digits = text_new (self->context, b.badge_font, "0123456789");
    g_autoptr(PangoLayout) letters = text_new (self->context, b.label_font,
                                               "The quick brown fox, el veloz murciélago");

    b.digit_width = text_width (digits) / 10;
    b.char_width = text_width (letters) / g_utf8_strlen (pango_layout_get_text (letters), -1);
  }

  if (params->title != NULL && *params->title != '\0')
    {
      g_autoptr(PangoFontDescription) title_font = font_new ("Bold 14");

      self->title = text_new (self->context, title_font, params->title);
      pango_layout_set_width (self->title, (int) ((params->width - 32) * PANGO_SCALE));
      pango_layout_set_ellipsize (self->title, PANGO_ELLIPSIZE_END);
      self->ruler_y = CR_LAYOUT_TITLE_HEIGHT;
    }
  self->lanes_y = self->ruler_y + CR_LAYOUT_RULER_HEIGHT;
  self->legend_y = params->legend ? params->height - CR_LAYOUT_LEGEND_HEIGHT : params->height;
  self->lanes_bottom = MAX (self->legend_y, self->lanes_y);

  self->ruler_step = cr_ruler_compute (&self->scale, self->context, ruler_font, self->ticks);
  b.candidates = g_array_new (FALSE, FALSE, sizeof (LabelCandidate));
  place_lanes (self, &b);
  shape_titles (&b);
  if (params->legend)
    place_legend (self, legend_font);

  g_array_unref (b.lane_marks);
  g_array_unref (b.candidates);
  pango_font_description_free (b.label_font);
  pango_font_description_free (b.badge_font);

  return self;
}

CrTimelineLayout *
cr_timeline_layout_ref (CrTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cr_timeline_layout_unref (CrTimelineLayout *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_clear_pointer (&self->ticks, g_array_unref);
      g_clear_pointer (&self->lanes, g_array_unref);
      g_clear_pointer (&self->marks, g_array_unref);
      g_clear_pointer (&self->legend, g_array_unref);
      g_clear_object (&self->title);
      g_clear_object (&self->context);
      g_clear_pointer (&self->index, cr_timeline_index_unref);
      g_free (self);
    }
}

/* Slack around small marks, so a 11 px dot is easy to click. */
#define HIT_SLOP 3.0

const CrMark *
cr_timeline_layout_hit_test (CrTimelineLayout *self,
                             double            x,
                             double            y)
{
  const CrLaneBox *box = NULL;
  guint row, lo, hi;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->lanes->len; i++)
    {
      const CrLaneBox *l = &g_array_index (self->lanes, CrLaneBox, i);

      if (y >= l->rows_y && y < l->y + l->height)
        {
          box = l;
          break;
        }
    }
  if (box == NULL || box->n_marks == 0)
    return NULL;
  row = (guint) ((y - box->rows_y) / CR_LAYOUT_ROW_HEIGHT);
  if (row >= box->n_rows)
    return NULL;

  /* Marks of a row do not overlap and are sorted by x: binary search for
   * the last one starting at or before x + slop. */
  lo = 0;
  hi = box->n_marks;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const CrMark *m = &g_array_index (self->marks, CrMark, box->first_mark + mid);

      if (m->row < row || (m->row == row && m->x0 <= x + HIT_SLOP))
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i > 0 && i + 2 > lo; i--)
    {
      const CrMark *m = &g_array_index (self->marks, CrMark, box->first_mark + i - 1);

      if (m->row != row)
        break;
      if (x >= m->x0 - HIT_SLOP && x <= m->x1 + HIT_SLOP &&
          fabs (y - m->y) <= MAX (m->height / 2, CR_LAYOUT_POINT_RADIUS) + HIT_SLOP)
        return m;
    }
  return NULL;
}

const CrMark *
cr_timeline_layout_find_item (CrTimelineLayout *self,
                              gsize             item)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->marks->len; i++)
    {
      const CrMark *m = &g_array_index (self->marks, CrMark, i);

      if ((m->type == CR_MARK_POINT || m->type == CR_MARK_SPAN) && m->item == item)
        return m;
    }
  return NULL;
}
