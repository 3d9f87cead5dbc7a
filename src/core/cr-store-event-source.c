/* cr-store-event-source.c: the library as an event source
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-store"

#include "config.h"

#include "cr-store-event-source.h"
#include "cr-store-private.h"

struct _CrStoreEventSource
{
  GObject       parent_instance;
  CrStore      *store;
  sqlite3_stmt *query;
};

static void event_source_iface_init (CrEventSourceInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrStoreEventSource, cr_store_event_source, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CR_TYPE_EVENT_SOURCE, event_source_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char query_sql[] =
  "SELECT ev.id, ev.first_day, ev.last_day, ev.granularity, ev.kind, ev.title,"
  " (SELECT min (article_id) FROM event_mentions WHERE event_id = ev.id),"
  " (SELECT min (entity_id) FROM event_entities WHERE event_id = ev.id AND role = 'participant'),"
  " (SELECT count (DISTINCT article_id) FROM event_mentions WHERE event_id = ev.id),"
  " ev.edit_seq IS NOT NULL"
  " FROM events ev"
  " WHERE ev.hidden = 0 AND ev.first_day IS NOT NULL"
  " AND (?1 IS NULL OR ev.last_day >= ?1) AND (?2 IS NULL OR ev.first_day <= ?2)"
  " ORDER BY ev.first_day, ev.id";

static GArray *
cr_store_event_source_query (CrEventSource  *source,
                             CrDay           first,
                             CrDay           last,
                             GError        **error)
{
  CrStoreEventSource *self = CR_STORE_EVENT_SOURCE (source);
  g_autoptr(GArray) events = cr_event_summary_array_new ();
  int rc;

  if (self->query == NULL &&
      sqlite3_prepare_v3 (self->store->db, query_sql, -1, SQLITE_PREPARE_PERSISTENT,
                          &self->query, NULL) != SQLITE_OK)
    {
      _cr_store_set_error (self->store, error, "events");
      return NULL;
    }
  sqlite3_reset (self->query);
  sqlite3_clear_bindings (self->query);
  if (first != CR_DAY_UNKNOWN)
    sqlite3_bind_int64 (self->query, 1, first);
  if (last != CR_DAY_UNKNOWN)
    sqlite3_bind_int64 (self->query, 2, last);

  while ((rc = sqlite3_step (self->query)) == SQLITE_ROW)
    {
      CrEventSummary e = { 0 };

      e.id = sqlite3_column_int64 (self->query, 0);
      e.first_day = sqlite3_column_int (self->query, 1);
      e.last_day = sqlite3_column_int (self->query, 2);
      if (!cr_granularity_from_string ((const char *) sqlite3_column_text (self->query, 3), &e.granularity))
        e.granularity = CR_GRANULARITY_DAY;
      if (!cr_event_kind_from_string ((const char *) sqlite3_column_text (self->query, 4), &e.kind))
        e.kind = CR_EVENT_KIND_OTHER;
      e.title = g_strdup ((const char *) sqlite3_column_text (self->query, 5));
      e.article_key = sqlite3_column_int64 (self->query, 6);
      e.entity_key = sqlite3_column_int64 (self->query, 7);
      e.n_sources = sqlite3_column_int (self->query, 8);
      if (sqlite3_column_int (self->query, 9))
        e.flags |= CR_EVENT_SUMMARY_MANUAL;
      g_array_append_val (events, e);
    }
  sqlite3_reset (self->query);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self->store, error, "events");
      return NULL;
    }
  return g_steal_pointer (&events);
}

static void
event_source_iface_init (CrEventSourceInterface *iface)
{
  iface->query = cr_store_event_source_query;
}

static void
cr_store_event_source_dispose (GObject *object)
{
  CrStoreEventSource *self = CR_STORE_EVENT_SOURCE (object);

  /* The statement belongs to the store's connection: finalize it first. */
  g_clear_pointer (&self->query, sqlite3_finalize);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cr_store_event_source_parent_class)->dispose (object);
}

static void
cr_store_event_source_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CrStoreEventSource *self = CR_STORE_EVENT_SOURCE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_store_event_source_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CrStoreEventSource *self = CR_STORE_EVENT_SOURCE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_store_event_source_class_init (CrStoreEventSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_store_event_source_dispose;
  object_class->get_property = cr_store_event_source_get_property;
  object_class->set_property = cr_store_event_source_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         CR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_store_event_source_init (CrStoreEventSource *self)
{
}

CrStoreEventSource *
cr_store_event_source_new (CrStore *store)
{
  g_return_val_if_fail (CR_IS_STORE (store), NULL);

  return g_object_new (CR_TYPE_STORE_EVENT_SOURCE, "store", store, NULL);
}

CrStore *
cr_store_event_source_get_store (CrStoreEventSource *self)
{
  g_return_val_if_fail (CR_IS_STORE_EVENT_SOURCE (self), NULL);

  return self->store;
}
