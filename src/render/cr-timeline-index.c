/* cr-timeline-index.c: events sorted once, queried per frame
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-timeline-index"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "cr-timeline-index-private.h"

struct _CrTimelineIndex
{
  gatomicrefcount       ref_count;
  CrLaneMode            mode;
  const CrTimelineItem *items;
  gsize                 n_items;
  CrIndexEntry         *entries;
  guint32              *item_lanes;
  GArray               *lanes;      /* CrIndexLane */
  CrDay                 first_day;
  CrDay                 last_day;
  guint                 kinds;
  GDestroyNotify        notify;
  gpointer              notify_data;
};

G_DEFINE_BOXED_TYPE (CrTimelineIndex, cr_timeline_index,
                     cr_timeline_index_ref, cr_timeline_index_unref)

typedef struct {
  guint32 lane;
  guint32 granularity;
  CrDay   first;
  CrDay   last;
  guint32 item;
} SortKey;

static int
compare_sort_keys (const void *a,
                   const void *b)
{
  const SortKey *ka = a;
  const SortKey *kb = b;

  if (ka->lane != kb->lane)
    return ka->lane < kb->lane ? -1 : 1;
  if (ka->granularity != kb->granularity)
    return ka->granularity < kb->granularity ? -1 : 1;
  if (ka->first != kb->first)
    return ka->first < kb->first ? -1 : 1;
  if (ka->last != kb->last)
    return ka->last < kb->last ? -1 : 1;
  return ka->item < kb->item ? -1 : ka->item > kb->item;
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint ua = *(const guint *) a;
  guint ub = *(const guint *) b;

  return ua < ub ? -1 : ua > ub;
}

/* Open-ended spans without a known end are drawn over a quarter, fading. */
#define OPEN_END_DAYS 90

static CrDay
normalized_last_day (const CrTimelineItem *item)
{
  if (item->last_day == CR_DAY_UNKNOWN || item->last_day < item->first_day)
    return (item->flags & CR_ITEM_FLAG_OPEN_END) ? item->first_day + OPEN_END_DAYS : item->first_day;
  return item->last_day;
}

static void
lane_clear (gpointer data)
{
  CrIndexLane *lane = data;

  g_clear_pointer (&lane->label, g_free);
  for (guint g = 0; g < CR_N_GRANULARITIES; g++)
    g_clear_pointer (&lane->runs[g].prefix, g_free);
}

/* Runs shorter than this are searched; the table would cost more than it
 * saves. Longer ones get one only if it is not much larger than the run. */
#define PREFIX_MIN_LENGTH 4096
#define PREFIX_MAX_DAYS_PER_ENTRY 16

static void
build_prefix (CrIndexRun         *run,
              const CrIndexEntry *entries)
{
  const CrIndexEntry *e = entries + run->offset;
  gint64 days;
  guint i = 0;

  if (run->length < PREFIX_MIN_LENGTH)
    return;
  days = (gint64) e[run->length - 1].first - e[0].first + 1;
  if (days > (gint64) run->length * PREFIX_MAX_DAYS_PER_ENTRY)
    return;

  run->prefix_first = e[0].first;
  run->prefix_length = (guint) days;
  run->prefix = g_new (guint32, days + 1);
  for (guint d = 0; d <= days; d++)
    {
      while (i < run->length && e[i].first < run->prefix_first + (CrDay) d)
        i++;
      run->prefix[d] = i;
    }
}

static void
set_lane_labels (CrTimelineIndex *self)
{
  for (guint i = 0; i < self->lanes->len; i++)
    {
      CrIndexLane *lane = &g_array_index (self->lanes, CrIndexLane, i);

      g_clear_pointer (&lane->label, g_free);
      switch (self->mode)
        {
        case CR_LANE_MODE_KIND:
          lane->label = g_strdup (cr_event_kind_get_label (lane->key));
          break;
        case CR_LANE_MODE_KEY:
          /* Translators: the name of a timeline lane whose article or
           * entity has no name; %u is a number. */
          lane->label = g_strdup_printf (_("Lane %u"), lane->key);
          break;
        case CR_LANE_MODE_SINGLE:
        default:
          lane->label = g_strdup (_("Events"));
          break;
        }
    }
}

CrTimelineIndex *
cr_timeline_index_new (const CrTimelineItem *items,
                       gsize                 n_items,
                       CrLaneMode            mode)
{
  CrTimelineIndex *self;
  g_autofree SortKey *keys = NULL;
  g_autoptr(GHashTable) key_to_lane = NULL;
  g_autoptr(GArray) lane_keys = NULL;

  g_return_val_if_fail (items != NULL || n_items == 0, NULL);
  g_return_val_if_fail (n_items < G_MAXUINT32, NULL);
  g_return_val_if_fail (mode <= CR_LANE_MODE_KEY, NULL);

  self = g_new0 (CrTimelineIndex, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->mode = mode;
  self->items = items;
  self->n_items = n_items;
  self->lanes = g_array_new (FALSE, TRUE, sizeof (CrIndexLane));
  g_array_set_clear_func (self->lanes, lane_clear);
  self->first_day = G_MAXINT32;
  self->last_day = G_MININT32;

  /* Lanes are the keys present, in key order, so they do not move while
   * the user pans. */
  lane_keys = g_array_new (FALSE, FALSE, sizeof (guint));
  key_to_lane = g_hash_table_new (NULL, NULL);
  for (gsize i = 0; i < n_items; i++)
    {
      guint key = mode == CR_LANE_MODE_KIND ? (guint) items[i].kind :
                  mode == CR_LANE_MODE_KEY ? items[i].lane_key : 0;

      if (items[i].first_day == CR_DAY_UNKNOWN)
        continue;
      if (!g_hash_table_contains (key_to_lane, GUINT_TO_POINTER (key)))
        {
          g_hash_table_add (key_to_lane, GUINT_TO_POINTER (key));
          g_array_append_val (lane_keys, key);
        }
      self->kinds |= 1u << MIN (items[i].kind, CR_N_EVENT_KINDS - 1);
    }
  g_array_sort (lane_keys, compare_uint);
  for (guint i = 0; i < lane_keys->len; i++)
    {
      CrIndexLane lane = { 0 };

      lane.key = g_array_index (lane_keys, guint, i);
      g_array_append_val (self->lanes, lane);
      g_hash_table_insert (key_to_lane,
                           GUINT_TO_POINTER (lane.key), GUINT_TO_POINTER (i));
    }
  set_lane_labels (self);

  keys = g_new (SortKey, MAX (n_items, 1));
  self->item_lanes = g_new (guint32, MAX (n_items, 1));
  {
    gsize n_keys = 0;

    for (gsize i = 0; i < n_items; i++)
      {
        const CrTimelineItem *item = &items[i];
        guint key = mode == CR_LANE_MODE_KIND ? (guint) item->kind :
                    mode == CR_LANE_MODE_KEY ? item->lane_key : 0;
        SortKey *k;

        if (item->first_day == CR_DAY_UNKNOWN)
          {
            /* An event without a day cannot be placed in time. */
            self->item_lanes[i] = G_MAXUINT32;
            continue;
          }
        k = &keys[n_keys++];
        k->lane = GPOINTER_TO_UINT (g_hash_table_lookup (key_to_lane, GUINT_TO_POINTER (key)));
        k->granularity = MIN (item->granularity, CR_N_GRANULARITIES - 1);
        k->first = item->first_day;
        k->last = normalized_last_day (item);
        k->item = i;
        self->item_lanes[i] = k->lane;
        self->first_day = MIN (self->first_day, k->first);
        self->last_day = MAX (self->last_day, k->last);
      }

    qsort (keys, n_keys, sizeof (SortKey), compare_sort_keys);

    self->entries = g_new (CrIndexEntry, MAX (n_keys, 1));
    for (gsize i = 0; i < n_keys; i++)
      {
        CrIndexLane *lane = &g_array_index (self->lanes, CrIndexLane, keys[i].lane);
        CrIndexRun *run = &lane->runs[keys[i].granularity];

        self->entries[i].first = keys[i].first;
        self->entries[i].last = keys[i].last;
        self->entries[i].item = keys[i].item;
        if (run->length == 0)
          run->offset = i;
        run->length++;
        run->max_span = MAX (run->max_span, keys[i].last - keys[i].first);
      }
    for (guint l = 0; l < self->lanes->len; l++)
      for (guint g = 0; g < CR_N_GRANULARITIES; g++)
        build_prefix (&g_array_index (self->lanes, CrIndexLane, l).runs[g], self->entries);
  }

  return self;
}

CrTimelineIndex *
cr_timeline_index_new_full (const CrTimelineItem *items,
                            gsize                 n_items,
                            CrLaneMode            mode,
                            GDestroyNotify        notify,
                            gpointer              data)
{
  CrTimelineIndex *self = cr_timeline_index_new (items, n_items, mode);

  if (self != NULL)
    {
      self->notify = notify;
      self->notify_data = data;
    }
  else if (notify != NULL)
    notify (data);
  return self;
}

CrTimelineIndex *
cr_timeline_index_ref (CrTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cr_timeline_index_unref (CrTimelineIndex *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_clear_pointer (&self->entries, g_free);
      g_clear_pointer (&self->item_lanes, g_free);
      g_clear_pointer (&self->lanes, g_array_unref);
      if (self->notify != NULL)
        self->notify (self->notify_data);
      g_free (self);
    }
}

CrLaneMode
cr_timeline_index_get_lane_mode (CrTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, CR_LANE_MODE_SINGLE);

  return self->mode;
}

const CrTimelineItem *
cr_timeline_index_get_items (CrTimelineIndex *self,
                             gsize           *n_items)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_items)
    *n_items = self->n_items;
  return self->items;
}

void
cr_timeline_index_set_lane_names (CrTimelineIndex    *self,
                                  const char * const *names,
                                  gsize               n_names)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (names != NULL || n_names == 0);

  set_lane_labels (self);
  for (guint i = 0; i < self->lanes->len; i++)
    {
      CrIndexLane *lane = &g_array_index (self->lanes, CrIndexLane, i);

      if (lane->key < n_names && names[lane->key] != NULL)
        {
          g_free (lane->label);
          lane->label = g_strdup (names[lane->key]);
        }
    }
}

guint
cr_timeline_index_get_n_lanes (CrTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->lanes->len;
}

const char *
cr_timeline_index_get_lane_label (CrTimelineIndex *self,
                                  guint            lane)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);

  return g_array_index (self->lanes, CrIndexLane, lane).label;
}

guint
cr_timeline_index_get_lane_key (CrTimelineIndex *self,
                                guint            lane)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (lane < self->lanes->len, 0);

  return g_array_index (self->lanes, CrIndexLane, lane).key;
}

guint
cr_timeline_index_get_item_lane (CrTimelineIndex *self,
                                 gsize            item)
{
  g_return_val_if_fail (self != NULL, G_MAXUINT);
  g_return_val_if_fail (item < self->n_items, G_MAXUINT);

  return self->item_lanes[item] == G_MAXUINT32 ? G_MAXUINT : self->item_lanes[item];
}

gboolean
cr_timeline_index_get_extent (CrTimelineIndex *self,
                              CrDay           *first_day,
                              CrDay           *last_day)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->first_day > self->last_day)
    return FALSE;
  if (first_day)
    *first_day = self->first_day;
  if (last_day)
    *last_day = self->last_day;
  return TRUE;
}

guint
cr_timeline_index_get_kinds (CrTimelineIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->kinds;
}

guint
_cr_index_run_lower_bound (const CrIndexEntry *entries,
                           const CrIndexRun   *run,
                           guint               from,
                           CrDay               day)
{
  const CrIndexEntry *e = entries + run->offset;
  guint lo = from;
  guint hi = run->length;
  guint step = 1;

  if (run->prefix != NULL)
    {
      guint at;

      if (day <= run->prefix_first)
        at = 0;
      else if ((gint64) day - run->prefix_first > run->prefix_length)
        at = run->length;
      else
        at = run->prefix[day - run->prefix_first];
      return MAX (at, from);
    }

  /* Gallop first: the layout asks for the next pixel bucket, which is
   * usually close to @from, so this costs O(log distance). */
  while (lo + step < hi && e[lo + step].first < day)
    {
      lo += step;
      step *= 2;
    }
  hi = MIN (hi, lo + step + 1);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (e[mid].first < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gsize
cr_timeline_index_count_range (CrTimelineIndex *self,
                               guint            lane,
                               CrDay            first_day,
                               CrDay            last_day)
{
  const CrIndexLane *l;
  gsize count = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (lane < self->lanes->len, 0);

  l = &g_array_index (self->lanes, CrIndexLane, lane);
  for (guint g = 0; g < CR_N_GRANULARITIES; g++)
    {
      const CrIndexRun *run = &l->runs[g];
      const CrIndexEntry *e = self->entries + run->offset;
      guint s, lo, hi;

      if (run->length == 0)
        continue;
      s = _cr_index_run_lower_bound (self->entries, run, 0, first_day - run->max_span);
      lo = _cr_index_run_lower_bound (self->entries, run, s, first_day);
      hi = _cr_index_run_lower_bound (self->entries, run, lo, last_day + 1);
      count += hi - lo;
      for (guint i = s; i < lo; i++)
        if (e[i].last >= first_day)
          count++;
    }
  return count;
}

const CrIndexEntry *
_cr_timeline_index_get_entries (CrTimelineIndex *self)
{
  g_assert (self != NULL);

  return self->entries;
}

const CrIndexLane *
_cr_timeline_index_get_lane (CrTimelineIndex *self,
                             guint            lane)
{
  g_assert (self != NULL);
  g_assert (lane < self->lanes->len);

  return &g_array_index (self->lanes, CrIndexLane, lane);
}
