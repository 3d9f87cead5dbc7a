/* test-render-model.c: events from an event source become timeline lanes
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "cr-calendar.h"
#include "cr-timeline-layout.h"
#include "cr-timeline-model.h"

/* An event source over a fixed table, which can be told to fail. */
#define TEST_TYPE_SOURCE (test_source_get_type ())
G_DECLARE_FINAL_TYPE (TestSource, test_source, TEST, SOURCE, GObject)

struct _TestSource
{
  GObject  parent_instance;
  guint    n_events;
  gboolean fail;
  guint    n_queries;
};

static void test_source_iface_init (CrEventSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestSource, test_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CR_TYPE_EVENT_SOURCE, test_source_iface_init))

static const struct {
  gint64         id;
  const char    *first;
  const char    *last;
  CrGranularity  granularity;
  CrEventKind    kind;
  const char    *title;
  gint64         article;
  gint64         entity;
} table[] = {
  { 11, "2024-06-01", "2024-06-30", CR_GRANULARITY_MONTH, CR_EVENT_KIND_AGREEMENT, "Acuerdo de junio", 40, 7 },
  { 12, "2025-01-20", "2025-01-20", CR_GRANULARITY_DAY,   CR_EVENT_KIND_STATEMENT, "Joint statement", 41, 0 },
  { 13, "2025-09-03", "2025-09-03", CR_GRANULARITY_DAY,   CR_EVENT_KIND_MILITARY,  "Desfile militar", 40, 9 },
  { 14, "2025-09-03", "2025-09-03", CR_GRANULARITY_DAY,   CR_EVENT_KIND_MEETING,   "Reunión en Beijing", 40, 7 },
};

static GArray *
test_source_query (CrEventSource  *source,
                   CrDay           first,
                   CrDay           last,
                   GError        **error)
{
  TestSource *self = TEST_SOURCE (source);
  GArray *array;

  self->n_queries++;
  if (self->fail)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the library is gone");
      return NULL;
    }
  array = cr_event_summary_array_new ();
  for (guint i = 0; i < self->n_events; i++)
    {
      CrEventSummary s = { 0 };
      CrDay a, b;

      g_assert_true (cr_day_range_parse (table[i].first, &s.first_day, &a));
      g_assert_true (cr_day_range_parse (table[i].last, &b, &s.last_day));
      s.id = table[i].id;
      s.granularity = table[i].granularity;
      s.kind = table[i].kind;
      s.title = g_strdup (table[i].title);
      s.article_key = table[i].article;
      s.entity_key = table[i].entity;
      s.n_sources = 1;
      g_array_append_val (array, s);
    }
  return array;
}

static void
test_source_iface_init (CrEventSourceInterface *iface)
{
  iface->query = test_source_query;
}

static void
test_source_class_init (TestSourceClass *klass)
{
}

static void
test_source_init (TestSource *self)
{
  self->n_events = G_N_ELEMENTS (table);
}

static guint
lane_of (CrTimelineIndex *index,
         gint64           id)
{
  gsize n;
  const CrTimelineItem *items = cr_timeline_index_get_items (index, &n);

  for (gsize i = 0; i < n; i++)
    if (items[i].id == id)
      return cr_timeline_index_get_item_lane (index, i);
  g_assert_not_reached ();
}

typedef struct {
  CrLaneGrouping  grouping;
  guint           n_lanes;
  const char     *first_lane;
  gint64          same_lane[2];    /* two events that share a lane */
  gint64          other_lane;      /* one that does not */
} GroupingCase;

static const GroupingCase grouping_cases[] = {
  { CR_LANE_GROUPING_SINGLE,  1, "Events",         { 11, 12 }, 0 },
  { CR_LANE_GROUPING_KIND,    4, "Meeting",        { 11, 11 }, 14 },
  { CR_LANE_GROUPING_ARTICLE, 2, "Article 40",     { 11, 13 }, 12 },
  { CR_LANE_GROUPING_ENTITY,  3, "No participant", { 11, 14 }, 13 },
};

static void
test_grouping (gconstpointer data)
{
  const GroupingCase *gc = data;
  g_autoptr(TestSource) source = g_object_new (TEST_TYPE_SOURCE, NULL);
  g_autoptr(CrTimelineModel) model = cr_timeline_model_new (CR_EVENT_SOURCE (source));
  g_autoptr(GError) error = NULL;
  CrTimelineIndex *index;
  CrDay first, last;

  cr_timeline_model_set_grouping (model, gc->grouping);
  g_assert_null (cr_timeline_model_get_index (model));
  g_assert_true (cr_timeline_model_reload (model, &error));
  g_assert_no_error (error);

  index = cr_timeline_model_get_index (model);
  g_assert_nonnull (index);
  g_assert_cmpuint (cr_timeline_index_get_n_lanes (index), ==, gc->n_lanes);
  g_assert_cmpstr (cr_timeline_index_get_lane_label (index, 0), ==, gc->first_lane);
  g_assert_cmpuint (lane_of (index, gc->same_lane[0]), ==, lane_of (index, gc->same_lane[1]));
  if (gc->other_lane != 0)
    g_assert_cmpuint (lane_of (index, gc->same_lane[0]), !=, lane_of (index, gc->other_lane));

  g_assert_true (cr_timeline_index_get_extent (index, &first, &last));
  g_assert_cmpint (first, ==, cr_day_from_ymd (2024, 6, 1));
  g_assert_cmpint (last, ==, cr_day_from_ymd (2025, 9, 3));
  g_assert_cmpstr (cr_timeline_model_lookup (model, 14)->title, ==, "Reunión en Beijing");
  g_assert_null (cr_timeline_model_lookup (model, 99));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* A change of the source replaces the index; a view still holding the
 * old one keeps valid items; a failed reload keeps the last index. */
static void
test_reload (void)
{
  g_autoptr(TestSource) source = g_object_new (TEST_TYPE_SOURCE, NULL);
  g_autoptr(CrTimelineModel) model = cr_timeline_model_new (CR_EVENT_SOURCE (source));
  g_autoptr(CrTimelineIndex) old = NULL;
  g_autoptr(GError) error = NULL;
  const CrTimelineItem *items;
  guint notified = 0;
  gsize n;

  source->n_events = 2;
  g_assert_true (cr_timeline_model_reload (model, NULL));
  old = cr_timeline_index_ref (cr_timeline_model_get_index (model));
  g_signal_connect (model, "notify::index", G_CALLBACK (count_notify), &notified);

  source->n_events = 4;
  cr_event_source_emit_changed (CR_EVENT_SOURCE (source));
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (cr_timeline_model_get_index (model) != old);
  cr_timeline_index_get_items (cr_timeline_model_get_index (model), &n);
  g_assert_cmpuint (n, ==, 4);
  items = cr_timeline_index_get_items (old, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (items[1].title, ==, "Joint statement");

  source->fail = TRUE;
  g_assert_false (cr_timeline_model_reload (model, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  cr_timeline_index_get_items (cr_timeline_model_get_index (model), &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (notified, ==, 1);

  /* Regrouping does not query again. */
  source->fail = FALSE;
  n = source->n_queries;
  cr_timeline_model_set_grouping (model, CR_LANE_GROUPING_ARTICLE);
  g_assert_cmpuint (source->n_queries, ==, n);
  g_assert_cmpuint (notified, ==, 2);
  cr_timeline_model_set_lane_name (model, 41, "Cumbre de Tianjin");
  g_assert_cmpstr (cr_timeline_index_get_lane_label (cr_timeline_model_get_index (model), 1), ==,
                   "Cumbre de Tianjin");
}

static CrItemState
state_of (CrTimelineModel *model,
          gint64           id)
{
  gsize n;
  const CrTimelineItem *items = cr_timeline_index_get_items (cr_timeline_model_get_index (model), &n);

  for (gsize i = 0; i < n; i++)
    if (items[i].id == id)
      return items[i].state;
  g_assert_not_reached ();
}

/* An article's events stand out, the others are dimmed, until cleared;
 * the highlight survives a reload. */
static void
test_highlight (void)
{
  g_autoptr(TestSource) source = g_object_new (TEST_TYPE_SOURCE, NULL);
  g_autoptr(CrTimelineModel) model = cr_timeline_model_new (CR_EVENT_SOURCE (source));
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 eleven = 11;
  guint notified = 0;

  g_assert_true (cr_timeline_model_reload (model, NULL));
  g_assert_cmpint (state_of (model, 11), ==, CR_ITEM_STATE_NORMAL);
  g_signal_connect (model, "notify::index", G_CALLBACK (count_notify), &notified);

  g_hash_table_add (ids, g_memdup2 (&eleven, sizeof eleven));
  cr_timeline_model_set_highlight (model, ids);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (state_of (model, 11), ==, CR_ITEM_STATE_HIGHLIGHTED);
  g_assert_cmpint (state_of (model, 12), ==, CR_ITEM_STATE_DIMMED);

  cr_event_source_emit_changed (CR_EVENT_SOURCE (source));
  g_assert_cmpint (state_of (model, 11), ==, CR_ITEM_STATE_HIGHLIGHTED);
  g_assert_cmpint (state_of (model, 14), ==, CR_ITEM_STATE_DIMMED);

  cr_timeline_model_set_highlight (model, NULL);
  g_assert_null (cr_timeline_model_get_highlight (model));
  g_assert_cmpint (state_of (model, 12), ==, CR_ITEM_STATE_NORMAL);
}

/* The items a layout gets from summaries carry their days and titles. */
static void
test_items_lay_out (void)
{
  g_autoptr(TestSource) source = g_object_new (TEST_TYPE_SOURCE, NULL);
  g_autoptr(GArray) summaries = cr_event_source_query (CR_EVENT_SOURCE (source), CR_DAY_UNKNOWN,
                                                       CR_DAY_UNKNOWN, NULL);
  g_autoptr(GArray) lane_ids = NULL;
  g_autofree CrTimelineItem *items = cr_timeline_items_from_summaries ((CrEventSummary *) (gpointer) summaries->data,
                                                                       summaries->len,
                                                                       CR_LANE_GROUPING_ARTICLE,
                                                                       &lane_ids);
  g_autoptr(CrTimelineIndex) index = cr_timeline_index_new (items, summaries->len, CR_LANE_MODE_KEY);
  CrLayoutParams params = { 0 };
  g_autoptr(CrTimelineLayout) layout = NULL;
  const CrMark *june;

  g_assert_cmpuint (lane_ids->len, ==, 2);
  g_assert_cmpint (g_array_index (lane_ids, gint64, 0), ==, 40);
  g_assert_cmpint (g_array_index (lane_ids, gint64, 1), ==, 41);
  g_assert_cmpuint (items[1].lane_key, ==, 1);

  params.start = (gint64) cr_day_from_ymd (2024, 5, 1) * CR_SECONDS_PER_DAY;
  params.span = 600 * CR_SECONDS_PER_DAY;
  params.width = 1200;
  params.height = 400;
  layout = cr_timeline_layout_new (index, &params, NULL);
  june = cr_timeline_layout_find_item (layout, 0);
  g_assert_nonnull (june);
  g_assert_cmpint (june->type, ==, CR_MARK_SPAN);
  g_assert_cmpuint (layout->n_events, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (grouping_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render-model/grouping/%u", i);
      g_test_add_data_func (path, &grouping_cases[i], test_grouping);
    }
  g_test_add_func ("/render-model/reload", test_reload);
  g_test_add_func ("/render-model/items", test_items_lay_out);
  g_test_add_func ("/render-model/highlight", test_highlight);

  return g_test_run ();
}
