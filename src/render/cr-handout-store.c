/* cr-handout-store.c: the PDF handout of a library's events
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-handout"

#include "config.h"

#include "cr-handout.h"
#include "cr-store-event-source.h"
#include "cr-store-events.h"
#include "cr-timeline-model.h"

/* One section of the handout: the event, its participants and the
 * sentences that report it with their articles. What the section points
 * into is added to @owned. */
static gboolean
add_section (CrStore       *store,
             CrStoreEvent  *event,
             GArray        *handout,
             GPtrArray     *owned,
             GPtrArray     *mention_lists,
             GError       **error)
{
  GPtrArray *mentions = cr_store_get_event_mentions (store, event->id, error);
  GPtrArray *quotes, *sources;
  GString *names;
  CrHandoutEvent h = { 0 };

  if (mentions == NULL)
    return FALSE;
  g_ptr_array_add (mention_lists, mentions);
  names = g_string_new (NULL);
  quotes = g_ptr_array_new ();
  sources = g_ptr_array_new ();
  for (guint p = 0; p < event->participants->len; p++)
    g_string_append_printf (names, "%s%s", p > 0 ? ", " : "",
                            ((CrEventEntity *) g_ptr_array_index (event->participants, p))->name);
  for (guint m = 0; m < mentions->len; m++)
    {
      CrStoreEventMention *mention = g_ptr_array_index (mentions, m);

      g_ptr_array_add (quotes, mention->sentence);
      g_ptr_array_add (sources, mention->article_title);
    }
  h.first_day = event->first_day;
  h.last_day = event->last_day;
  h.granularity = event->granularity;
  h.kind = event->kind;
  h.title = event->title;
  h.place = event->place ? event->place->name : NULL;
  h.n_quotes = quotes->len;
  g_ptr_array_add (quotes, NULL);
  g_ptr_array_add (sources, NULL);
  h.quotes = (const char * const *) quotes->pdata;
  h.sources = (const char * const *) sources->pdata;
  h.participants = names->str;
  g_array_append_val (handout, h);
  g_ptr_array_add (owned, g_string_free (names, FALSE));
  g_ptr_array_add (owned, g_ptr_array_free (quotes, FALSE));
  g_ptr_array_add (owned, g_ptr_array_free (sources, FALSE));
  return TRUE;
}

gboolean
cr_handout_export (CrStore     *store,
                   CrDay        from,
                   CrDay        to,
                   const char  *language,
                   const char  *title,
                   const char  *path,
                   guint       *n_events,
                   guint       *n_pages,
                   GError     **error)
{
  CrStoreEventFilter filter;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) mention_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GArray) handout = g_array_new (FALSE, TRUE, sizeof (CrHandoutEvent));
  g_autoptr(CrStoreEventSource) source = NULL;
  g_autoptr(GArray) summaries = NULL;
  g_autofree CrTimelineItem *items = NULL;

  g_return_val_if_fail (CR_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  cr_store_event_filter_init (&filter);
  filter.from = from;
  filter.to = to;
  filter.language = language;
  events = cr_store_list_events (store, &filter, error);
  if (events == NULL)
    return FALSE;
  source = cr_store_event_source_new (store);
  summaries = cr_event_source_query (CR_EVENT_SOURCE (source), from, to, error);
  if (summaries == NULL)
    return FALSE;
  for (guint i = 0; i < events->len; i++)
    if (!add_section (store, g_ptr_array_index (events, i), handout, owned, mention_lists, error))
      return FALSE;

  /* The title page draws the whole timeline of the same events. */
  items = cr_timeline_items_from_summaries ((const CrEventSummary *) (gpointer) summaries->data,
                                            summaries->len, CR_LANE_GROUPING_KIND, NULL);
  if (!cr_handout_write (path, title, (const CrHandoutEvent *) (gpointer) handout->data, handout->len,
                         items, summaries->len, CR_LANE_MODE_KIND, n_pages, error))
    return FALSE;
  if (n_events != NULL)
    *n_events = handout->len;
  return TRUE;
}
