/* cr-timeline-model.c: the events of an event source, ready to lay out
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Between the library and the layout: queries the event source, turns
 * summaries into CrTimelineItems with lane keys for the chosen grouping
 * and sorts them once into a CrTimelineIndex. Views hold the index; a
 * reload makes a new one and leaves theirs valid until they let go.
 */

#define G_LOG_DOMAIN "cr-timeline-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cr-timeline-model.h"

struct _CrTimelineModel
{
  GObject          parent_instance;

  CrEventSource   *source;
  CrLaneGrouping   grouping;
  CrTimelineIndex *index;
  GArray          *summaries;    /* borrowed from the index's bundle */
  GArray          *lane_ids;     /* gint64 per lane key */
  GHashTable      *lane_names;   /* gint64 id -> name */
  GHashTable      *by_id;        /* gint64 id -> position, built lazily */
  GHashTable      *highlight;    /* gint64 ids drawn highlighted, or NULL */
};

G_DEFINE_FINAL_TYPE (CrTimelineModel, cr_timeline_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_GROUPING,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What an index's items point into, freed with the index. */
typedef struct {
  GArray         *summaries;
  CrTimelineItem *items;
} Bundle;

static void
bundle_free (gpointer data)
{
  Bundle *bundle = data;

  g_array_unref (bundle->summaries);
  g_free (bundle->items);
  g_free (bundle);
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 ia = *(const gint64 *) a;
  gint64 ib = *(const gint64 *) b;

  return ia < ib ? -1 : ia > ib;
}

static gint64
lane_id_of (const CrEventSummary *summary,
            CrLaneGrouping        grouping)
{
  return grouping == CR_LANE_GROUPING_ARTICLE ? summary->article_key : summary->entity_key;
}

CrTimelineItem *
cr_timeline_items_from_summaries (const CrEventSummary  *summaries,
                                  gsize                  n,
                                  CrLaneGrouping         grouping,
                                  GArray               **lane_ids)
{
  CrTimelineItem *items;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_return_val_if_fail (summaries != NULL || n == 0, NULL);
  g_return_val_if_fail (grouping <= CR_LANE_GROUPING_ENTITY, NULL);

  items = g_new0 (CrTimelineItem, MAX (n, 1));

  if (grouping == CR_LANE_GROUPING_ARTICLE || grouping == CR_LANE_GROUPING_ENTITY)
    {
      /* Dense keys in id order: lanes keep their order across reloads. */
      for (gsize i = 0; i < n; i++)
        {
          gint64 id = lane_id_of (&summaries[i], grouping);

          if (!g_hash_table_contains (keys, &id))
            {
              g_hash_table_add (keys, g_memdup2 (&id, sizeof id));
              g_array_append_val (ids, id);
            }
        }
      g_array_sort (ids, compare_int64);
      g_hash_table_remove_all (keys);
      for (guint k = 0; k < ids->len; k++)
        g_hash_table_insert (keys, g_memdup2 (&g_array_index (ids, gint64, k), sizeof (gint64)),
                             GUINT_TO_POINTER (k));
    }

  for (gsize i = 0; i < n; i++)
    {
      const CrEventSummary *s = &summaries[i];
      CrTimelineItem *item = &items[i];

      item->id = s->id;
      item->first_day = s->first_day;
      item->last_day = s->last_day;
      item->granularity = s->granularity;
      item->kind = s->kind;
      item->title = s->title;
      item->n_sources = s->n_sources;
      item->state = CR_ITEM_STATE_NORMAL;
      if (grouping == CR_LANE_GROUPING_ARTICLE || grouping == CR_LANE_GROUPING_ENTITY)
        {
          gint64 id = lane_id_of (s, grouping);

          item->lane_key = GPOINTER_TO_UINT (g_hash_table_lookup (keys, &id));
        }
    }

  if (lane_ids != NULL)
    *lane_ids = g_steal_pointer (&ids);
  return items;
}

static CrLaneMode
lane_mode_of (CrLaneGrouping grouping)
{
  switch (grouping)
    {
    case CR_LANE_GROUPING_KIND:
      return CR_LANE_MODE_KIND;
    case CR_LANE_GROUPING_ARTICLE:
    case CR_LANE_GROUPING_ENTITY:
      return CR_LANE_MODE_KEY;
    case CR_LANE_GROUPING_SINGLE:
    default:
      return CR_LANE_MODE_SINGLE;
    }
}

static void
apply_lane_names (CrTimelineModel *self)
{
  g_autoptr(GPtrArray) names = NULL;

  if (self->index == NULL || self->lane_ids == NULL || lane_mode_of (self->grouping) != CR_LANE_MODE_KEY)
    return;

  names = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; k < self->lane_ids->len; k++)
    {
      gint64 id = g_array_index (self->lane_ids, gint64, k);
      const char *name = g_hash_table_lookup (self->lane_names, &id);
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      if (name != NULL)
        g_ptr_array_add (names, g_strdup (name));
      else if (self->grouping == CR_LANE_GROUPING_ENTITY && id == 0)
        g_ptr_array_add (names, g_strdup (_("No participant")));
      else if (self->grouping == CR_LANE_GROUPING_ENTITY)
        /* Translators: a timeline lane of a person, place or organisation
         * whose name is not known yet; %s is its number. */
        g_ptr_array_add (names, g_strdup_printf (_("Participant %s"), number));
      else
        /* Translators: a timeline lane of an article whose title is not
         * known yet; %s is its number. */
        g_ptr_array_add (names, g_strdup_printf (_("Article %s"), number));
    }
  cr_timeline_index_set_lane_names (self->index, (const char * const *) names->pdata, names->len);
}

static void
rebuild_index (CrTimelineModel *self,
               GArray          *summaries)
{
  Bundle *bundle = g_new0 (Bundle, 1);
  GArray *lane_ids = NULL;

  bundle->summaries = g_array_ref (summaries);
  bundle->items = cr_timeline_items_from_summaries ((const CrEventSummary *) (gpointer) summaries->data,
                                                    summaries->len, self->grouping, &lane_ids);
  /* A highlight dims everything else, so that an article's events stand
   * out where they are. */
  for (guint i = 0; self->highlight != NULL && i < summaries->len; i++)
    bundle->items[i].state = g_hash_table_contains (self->highlight, &bundle->items[i].id)
                             ? CR_ITEM_STATE_HIGHLIGHTED : CR_ITEM_STATE_DIMMED;

  g_clear_pointer (&self->index, cr_timeline_index_unref);
  g_clear_pointer (&self->lane_ids, g_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  self->summaries = summaries;
  self->lane_ids = lane_ids;
  self->index = cr_timeline_index_new_full (bundle->items, summaries->len,
                                            lane_mode_of (self->grouping), bundle_free, bundle);
  apply_lane_names (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEX]);
}

static void
on_source_changed (CrTimelineModel *self,
                   CrEventSource   *source)
{
  g_autoptr(GError) error = NULL;

  g_assert (CR_IS_TIMELINE_MODEL (self));

  /* The index shown stays as it was; the next change or an explicit
   * reload tries again. */
  if (!cr_timeline_model_reload (self, &error))
    g_debug ("Could not reload the timeline: %s", error->message);
}

static void
cr_timeline_model_dispose (GObject *object)
{
  CrTimelineModel *self = CR_TIMELINE_MODEL (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);
  g_clear_pointer (&self->index, cr_timeline_index_unref);

  G_OBJECT_CLASS (cr_timeline_model_parent_class)->dispose (object);
}

static void
cr_timeline_model_finalize (GObject *object)
{
  CrTimelineModel *self = CR_TIMELINE_MODEL (object);

  g_clear_pointer (&self->lane_ids, g_array_unref);
  g_clear_pointer (&self->lane_names, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->highlight, g_hash_table_unref);

  G_OBJECT_CLASS (cr_timeline_model_parent_class)->finalize (object);
}

static void
cr_timeline_model_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CrTimelineModel *self = CR_TIMELINE_MODEL (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;
    case PROP_GROUPING:
      g_value_set_int (value, self->grouping);
      break;
    case PROP_INDEX:
      g_value_set_boxed (value, self->index);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_timeline_model_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CrTimelineModel *self = CR_TIMELINE_MODEL (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      self->source = g_value_dup_object (value);
      if (self->source != NULL)
        g_signal_connect_object (self->source, "changed", G_CALLBACK (on_source_changed),
                                 self, G_CONNECT_SWAPPED);
      break;
    case PROP_GROUPING:
      cr_timeline_model_set_grouping (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_timeline_model_class_init (CrTimelineModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_timeline_model_dispose;
  object_class->finalize = cr_timeline_model_finalize;
  object_class->get_property = cr_timeline_model_get_property;
  object_class->set_property = cr_timeline_model_set_property;

  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL,
                         CR_TYPE_EVENT_SOURCE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUPING] =
    g_param_spec_int ("grouping", NULL, NULL,
                      CR_LANE_GROUPING_SINGLE, CR_LANE_GROUPING_ENTITY, CR_LANE_GROUPING_KIND,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INDEX] =
    g_param_spec_boxed ("index", NULL, NULL,
                        CR_TYPE_TIMELINE_INDEX,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_timeline_model_init (CrTimelineModel *self)
{
  self->grouping = CR_LANE_GROUPING_KIND;
  self->lane_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

CrTimelineModel *
cr_timeline_model_new (CrEventSource *source)
{
  g_return_val_if_fail (CR_IS_EVENT_SOURCE (source), NULL);

  return g_object_new (CR_TYPE_TIMELINE_MODEL, "source", source, NULL);
}

CrEventSource *
cr_timeline_model_get_source (CrTimelineModel *self)
{
  g_return_val_if_fail (CR_IS_TIMELINE_MODEL (self), NULL);

  return self->source;
}

CrLaneGrouping
cr_timeline_model_get_grouping (CrTimelineModel *self)
{
  g_return_val_if_fail (CR_IS_TIMELINE_MODEL (self), CR_LANE_GROUPING_KIND);

  return self->grouping;
}

void
cr_timeline_model_set_grouping (CrTimelineModel *self,
                                CrLaneGrouping   grouping)
{
  g_return_if_fail (CR_IS_TIMELINE_MODEL (self));
  g_return_if_fail (grouping <= CR_LANE_GROUPING_ENTITY);

  if (grouping == self->grouping)
    return;
  self->grouping = grouping;
  /* Same events, new lanes: no need to query again. */
  if (self->summaries != NULL)
    rebuild_index (self, self->summaries);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUPING]);
}

gboolean
cr_timeline_model_reload (CrTimelineModel  *self,
                          GError          **error)
{
  g_autoptr(GArray) summaries = NULL;

  g_return_val_if_fail (CR_IS_TIMELINE_MODEL (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  summaries = cr_event_source_query (self->source, CR_DAY_UNKNOWN, CR_DAY_UNKNOWN, error);
  if (summaries == NULL)
    return FALSE;
  rebuild_index (self, summaries);
  return TRUE;
}

CrTimelineIndex *
cr_timeline_model_get_index (CrTimelineModel *self)
{
  g_return_val_if_fail (CR_IS_TIMELINE_MODEL (self), NULL);

  return self->index;
}

const CrEventSummary *
cr_timeline_model_lookup (CrTimelineModel *self,
                          gint64           id)
{
  gpointer position;

  g_return_val_if_fail (CR_IS_TIMELINE_MODEL (self), NULL);

  if (self->summaries == NULL)
    return NULL;
  if (self->by_id == NULL)
    {
      self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < self->summaries->len; i++)
        g_hash_table_insert (self->by_id, &g_array_index (self->summaries, CrEventSummary, i).id,
                             GUINT_TO_POINTER (i + 1));
    }
  position = g_hash_table_lookup (self->by_id, &id);
  if (position == NULL)
    return NULL;
  return &g_array_index (self->summaries, CrEventSummary, GPOINTER_TO_UINT (position) - 1);
}

void
cr_timeline_model_set_lane_name (CrTimelineModel *self,
                                 gint64           id,
                                 const char      *name)
{
  g_return_if_fail (CR_IS_TIMELINE_MODEL (self));
  g_return_if_fail (name != NULL);

  g_hash_table_insert (self->lane_names, g_memdup2 (&id, sizeof id), g_strdup (name));
  apply_lane_names (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEX]);
}

void
cr_timeline_model_set_highlight (CrTimelineModel *self,
                                 GHashTable      *ids)
{
  g_return_if_fail (CR_IS_TIMELINE_MODEL (self));

  if (ids == NULL && self->highlight == NULL)
    return;
  if (ids != NULL)
    g_hash_table_ref (ids);
  g_clear_pointer (&self->highlight, g_hash_table_unref);
  self->highlight = ids;
  if (self->summaries != NULL)
    rebuild_index (self, self->summaries);
}

GHashTable *
cr_timeline_model_get_highlight (CrTimelineModel *self)
{
  g_return_val_if_fail (CR_IS_TIMELINE_MODEL (self), NULL);

  return self->highlight;
}
