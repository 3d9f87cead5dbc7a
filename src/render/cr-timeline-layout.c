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

#include "cr-timeline-layout-private.h"

G_DEFINE_BOXED_TYPE (CrTimelineLayout, cr_timeline_layout,
                     cr_timeline_layout_ref, cr_timeline_layout_unref)

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

/* Titles go right of a point, inside a bar wide enough for a few words,
 * else right of the bar; they run until the next mark of the row, and
 * Pango ellipsizes what does not fit. */
static void
place_labels (CrLayoutBuilder *b,
              CrLaneBox       *box)
{
  CrTimelineLayout *self = b->layout;
  double right = self->scale.width - 4;

  for (guint i = 0; i < box->n_marks; i++)
    {
      CrMark *m = &g_array_index (self->marks, CrMark, box->first_mark + i);
      const CrMark *next = NULL;
      double x, limit;
      gboolean before;
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
          if (self->badge_glyphs.font != NULL)
            continue;
          /* Counts repeat across a dense frame: shape each once. */
          m->label = g_hash_table_lookup (b->badges, text);
          if (m->label == NULL)
            {
              m->label = text_new (self->context, b->badge_font, text);
              g_hash_table_insert (b->badges, g_strdup (text), g_object_ref (m->label));
            }
          else
            g_object_ref (m->label);
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
      before = FALSE;
      if (x > m->x1 && limit - x < g_utf8_strlen (title, 200) * b->char_width)
        {
          /* Too little room on the right (the latest events, at the right
           * edge): the first mark of a row may use the room on its left
           * when there is more of it. */
          const CrMark *prev = i > 0 ? &g_array_index (self->marks, CrMark, box->first_mark + i - 1) : NULL;

          if ((prev == NULL || prev->row != m->row) && m->x0 - LABEL_OFFSET - 4 > limit - x)
            {
              before = TRUE;
              limit = m->x0 - LABEL_OFFSET;
              x = 4;
            }
        }
      if (limit - x < MIN_LABEL_WIDTH)
        continue;

      {
        const CrTimelineItem *item = &b->items[m->item];
        LabelCandidate c;

        c.mark = box->first_mark + i;
        c.x = x;
        c.width = limit - x;
        c.before = before;
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
shape_titles (CrLayoutBuilder *b)
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
      if (c->before)
        pango_layout_set_alignment (m->label, PANGO_ALIGN_RIGHT);
      m->label_x = c->x;
      m->label_y = m->y - text_height (m->label) / 2;
    }
}

/* Busier clusters are drawn stronger, so a crisis stands out of a decade
 * of badges: from the quietest to the busiest in view, logarithmic, as
 * news volume is. */
static void
weigh_clusters (CrTimelineLayout *self)
{
  guint busiest = 0;
  guint quietest = G_MAXUINT;

  for (guint i = 0; i < self->marks->len; i++)
    {
      const CrMark *m = &g_array_index (self->marks, CrMark, i);

      if (m->type == CR_MARK_CLUSTER)
        {
          busiest = MAX (busiest, m->count);
          quietest = MIN (quietest, m->count);
        }
    }
  for (guint i = 0; i < self->marks->len; i++)
    {
      CrMark *m = &g_array_index (self->marks, CrMark, i);

      if (m->type == CR_MARK_CLUSTER && busiest > quietest)
        m->weight = log ((double) m->count / quietest) / log ((double) busiest / quietest);
      else
        m->weight = 1.0;
    }
}

static void
shape_badge_glyphs (CrTimelineLayout           *self,
                    const PangoFontDescription *font)
{
  static const char text[] = "0123456789+";
  g_autoptr(PangoLayout) layout = text_new (self->context, font, text);
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);
  CrBadgeGlyphs *bg = &self->badge_glyphs;
  gboolean seen[11] = { FALSE };
  const PangoGlyphItem *run;
  cairo_scaled_font_t *scaled;
  cairo_font_extents_t extents;

  if (line == NULL || line->runs == NULL || line->runs->next != NULL)
    return;
  run = line->runs->data;
  if (run->glyphs->num_glyphs != 11 || !PANGO_IS_CAIRO_FONT (run->item->analysis.font))
    return;
  for (int i = 0; i < run->glyphs->num_glyphs; i++)
    {
      const PangoGlyphInfo *info = &run->glyphs->glyphs[i];
      int at = run->item->offset + run->glyphs->log_clusters[i];

      if (at < 0 || at >= 11 || seen[at] || (info->glyph & PANGO_GLYPH_UNKNOWN_FLAG))
        return;
      seen[at] = TRUE;
      bg->glyphs[at] = info->glyph;
      bg->advances[at] = (double) info->geometry.width / PANGO_SCALE;
    }
  scaled = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
  if (scaled == NULL || cairo_scaled_font_status (scaled) != CAIRO_STATUS_SUCCESS)
    return;
  cairo_scaled_font_extents (scaled, &extents);
  bg->baseline = (extents.ascent - extents.descent) / 2;
  bg->font = cairo_scaled_font_reference (scaled);
}

guint
cr_timeline_layout_badge_glyphs (CrTimelineLayout *self,
                                 guint             count,
                                 gboolean          plus,
                                 double            x,
                                 double            y,
                                 cairo_glyph_t    *glyphs,
                                 double           *width)
{
  char text[16];
  guint n = 0;
  double start = x;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (glyphs != NULL, 0);

  g_snprintf (text, sizeof text, plus ? "+%u" : "%u", count);
  for (const char *c = text; *c != '\0' && n < 12; c++)
    {
      guint at = *c == '+' ? 10 : (guint) (*c - '0');

      glyphs[n].index = self->badge_glyphs.glyphs[at];
      glyphs[n].x = x;
      glyphs[n].y = y;
      x += self->badge_glyphs.advances[at];
      n++;
    }
  if (width)
    *width = x - start;
  return n;
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
             CrLayoutBuilder  *b)
{
  guint n_lanes = cr_timeline_index_get_n_lanes (self->index);
  guint first = MIN (self->params.first_lane, n_lanes);
  double available = self->lanes_bottom - self->lanes_y;
  guint shown = n_lanes - first;
  double lane_height;
  g_autoptr(PangoFontDescription) header_font = font_new ("Bold 9");

  self->n_lanes_above = first;
  if (shown == 0 || available < MIN_LANE_HEIGHT)
    {
      self->n_hidden_lanes = n_lanes - first;
      return;
    }
  if (available / shown < MIN_LANE_HEIGHT)
    shown = (guint) (available / MIN_LANE_HEIGHT);
  self->n_hidden_lanes = n_lanes - first - shown;
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
      _cr_timeline_layout_build_lane (b, &box);
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
  CrLayoutBuilder b = { 0 };
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
  self->density = g_array_new (FALSE, FALSE, sizeof (guint));
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
  shape_badge_glyphs (self, b.badge_font);
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
  b.badges = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  place_lanes (self, &b);
  shape_titles (&b);
  weigh_clusters (self);
  if (params->legend)
    place_legend (self, legend_font);

  g_array_unref (b.lane_marks);
  g_array_unref (b.candidates);
  g_hash_table_unref (b.badges);
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
      g_clear_pointer (&self->density, g_array_unref);
      g_clear_pointer (&self->badge_glyphs.font, cairo_scaled_font_destroy);
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

      if (y >= l->y && y < l->y + l->height)
        {
          box = l;
          break;
        }
    }
  if (box == NULL || box->n_marks == 0)
    return NULL;
  if (y < box->rows_y)
    {
      if (!box->header_chips)
        return NULL;
      row = box->n_rows;
    }
  else
    {
      row = (guint) ((y - box->rows_y) / CR_LAYOUT_ROW_HEIGHT);
      if (row >= box->n_rows)
        return NULL;
    }

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
