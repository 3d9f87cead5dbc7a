/* cr-store-events-query.c: reading the library's events, their mentions and entities
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cr-sentence.h"
#include "cr-store-events-private.h"

void
cr_store_event_filter_init (CrStoreEventFilter *filter)
{
  g_return_if_fail (filter != NULL);

  memset (filter, 0, sizeof *filter);
  filter->from = CR_DAY_UNKNOWN;
  filter->to = CR_DAY_UNKNOWN;
}

void
cr_store_event_free (CrStoreEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->value);
  g_free (event->title);
  g_clear_pointer (&event->participants, g_ptr_array_unref);
  cr_event_entity_free (event->place);
  g_free (event);
}

void
cr_store_event_mention_free (CrStoreEventMention *mention)
{
  if (mention == NULL)
    return;
  g_free (mention->article_title);
  g_free (mention->language);
  g_free (mention->text);
  g_free (mention->sentence);
  g_free (mention);
}

static GPtrArray *
list_events (CrStore                  *self,
             const CrStoreEventFilter *filter,
             gint64                    only_id,
             GError                  **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_store_event_free);
  sqlite3_stmt *stmt = _cr_store_ev_stmt (self, EV_LIST, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (filter->from != CR_DAY_UNKNOWN)
    sqlite3_bind_int64 (stmt, 1, filter->from);
  if (filter->to != CR_DAY_UNKNOWN)
    sqlite3_bind_int64 (stmt, 2, filter->to);
  if (filter->has_kind)
    _cr_store_bind_text (stmt, 3, cr_event_kind_to_string (filter->kind));
  _cr_store_bind_text (stmt, 4, filter->entity);
  if (filter->article_id > 0)
    sqlite3_bind_int64 (stmt, 5, filter->article_id);
  if (only_id > 0)
    sqlite3_bind_int64 (stmt, 6, only_id);
  sqlite3_bind_int (stmt, 7, filter->include_hidden || only_id > 0 ? 1 : 0);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrStoreEvent *ev = g_new0 (CrStoreEvent, 1);

      ev->id = sqlite3_column_int64 (stmt, 0);
      ev->value = _cr_store_column_dup (stmt, 1);
      ev->first_day = sqlite3_column_int (stmt, 2);
      ev->last_day = sqlite3_column_int (stmt, 3);
      ev->granularity = _cr_store_granularity_from_column (stmt, 4);
      if (!cr_event_kind_from_string ((const char *) sqlite3_column_text (stmt, 5), &ev->kind))
        ev->kind = CR_EVENT_KIND_OTHER;
      ev->title = _cr_store_column_dup (stmt, 6);
      ev->confidence = sqlite3_column_double (stmt, 7);
      ev->n_articles = sqlite3_column_int (stmt, 8);
      ev->n_mentions = sqlite3_column_int (stmt, 9);
      ev->hidden = sqlite3_column_int (stmt, 10) != 0;
      g_ptr_array_add (events, ev);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "list events");
      return NULL;
    }

  for (guint i = 0; i < events->len; i++)
    {
      CrStoreEvent *ev = g_ptr_array_index (events, i);

      if (!_cr_store_load_event_entities (self, ev->id, filter->language ? filter->language : "en",
                          &ev->participants, &ev->place, error))
        return NULL;
    }
  return g_steal_pointer (&events);
}

GPtrArray *
cr_store_list_events (CrStore                  *self,
                      const CrStoreEventFilter *filter,
                      GError                  **error)
{
  CrStoreEventFilter all;

  g_return_val_if_fail (CR_IS_STORE (self), NULL);

  if (filter == NULL)
    {
      cr_store_event_filter_init (&all);
      filter = &all;
    }
  return list_events (self, filter, 0, error);
}

CrStoreEvent *
cr_store_get_event (CrStore  *self,
                    gint64    id,
                    GError  **error)
{
  CrStoreEventFilter all;
  g_autoptr(GPtrArray) events = NULL;

  g_return_val_if_fail (CR_IS_STORE (self), NULL);

  cr_store_event_filter_init (&all);
  events = list_events (self, &all, id, error);
  if (events == NULL)
    return NULL;
  if (events->len == 0)
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND,
                   _("There is no event %lld in the library."), (long long) id);
      return NULL;
    }
  return g_ptr_array_steal_index (events, 0);
}

static CrStoreField
field_from_string (const char *str)
{
  if (g_strcmp0 (str, "title") == 0)
    return CR_STORE_FIELD_TITLE;
  if (g_strcmp0 (str, "standfirst") == 0)
    return CR_STORE_FIELD_STANDFIRST;
  return CR_STORE_FIELD_BODY;
}

GPtrArray *
cr_store_get_event_mentions (CrStore  *self,
                             gint64    event_id,
                             GError  **error)
{
  g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_store_event_mention_free);
  g_autoptr(GArray) sentences = NULL;
  gint64 split_article = 0;
  CrStoreField split_field = CR_STORE_FIELD_TITLE;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CR_IS_STORE (self), NULL);

  stmt = _cr_store_ev_stmt (self, EV_MENTIONS, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrStoreEventMention *m = g_new0 (CrStoreEventMention, 1);
      const char *field_text = (const char *) sqlite3_column_text (stmt, 8);

      m->article_id = sqlite3_column_int64 (stmt, 0);
      m->article_title = _cr_store_column_dup (stmt, 1);
      m->language = _cr_store_column_dup (stmt, 2);
      m->mention_id = sqlite3_column_int64 (stmt, 3);
      m->field = field_from_string ((const char *) sqlite3_column_text (stmt, 4));
      m->start_char = sqlite3_column_int64 (stmt, 5);
      m->end_char = sqlite3_column_int64 (stmt, 6);
      m->text = _cr_store_column_dup (stmt, 7);

      /* The sentence is found again in the stored text: the splitter is
       * deterministic, so these are the offsets the extractor saw. Rows
       * come by article and field: split each field once. */
      if (sentences == NULL || m->article_id != split_article || m->field != split_field)
        {
          g_clear_pointer (&sentences, g_array_unref);
          sentences = cr_sentence_split (field_text ? field_text : "", -1);
          split_article = m->article_id;
          split_field = m->field;
        }
      for (guint i = 0; i < sentences->len; i++)
        {
          const CrSentence *s = &g_array_index (sentences, CrSentence, i);

          if (s->start_char <= m->start_char && m->end_char <= s->end_char)
            {
              m->sentence_start = s->start_char;
              m->sentence_end = s->end_char;
              m->sentence = g_strndup (field_text + s->start_byte, s->end_byte - s->start_byte);
              break;
            }
        }
      if (m->sentence == NULL)
        m->sentence = g_strdup (m->text);
      g_ptr_array_add (mentions, m);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "event mentions");
      return NULL;
    }
  return g_steal_pointer (&mentions);
}

GPtrArray *
cr_store_list_entities (CrStore     *self,
                        const char  *language,
                        GArray     **n_events,
                        GArray     **n_articles,
                        GError     **error)
{
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_event_entity_free);
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) article_counts = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CR_IS_STORE (self), NULL);

  stmt = _cr_store_ev_stmt (self, EV_ENTITIES, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrEventEntity *e = g_new0 (CrEventEntity, 1);
      guint n = sqlite3_column_int (stmt, 4);
      guint na = sqlite3_column_int (stmt, 5);
      const char *name_es = (const char *) sqlite3_column_text (stmt, 2);
      const char *name_en = (const char *) sqlite3_column_text (stmt, 3);

      e->id = _cr_store_column_dup (stmt, 0);
      e->type = _cr_store_entity_type_from_string ((const char *) sqlite3_column_text (stmt, 1));
      e->name = g_strdup (g_strcmp0 (language, "en") == 0 && name_en ? name_en : name_es);
      g_ptr_array_add (entities, e);
      g_array_append_val (counts, n);
      g_array_append_val (article_counts, na);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "entities");
      return NULL;
    }
  if (n_events)
    *n_events = g_steal_pointer (&counts);
  if (n_articles)
    *n_articles = g_steal_pointer (&article_counts);
  return g_steal_pointer (&entities);
}

gint64
cr_store_count_events (CrStore  *self,
                       GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 n = -1;

  g_return_val_if_fail (CR_IS_STORE (self), -1);

  stmt = _cr_store_ev_stmt (self, EV_COUNT, error);
  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    _cr_store_set_error (self, error, "count events");
  sqlite3_reset (stmt);
  return n;
}

char *
cr_store_dup_entity_name (CrStore    *self,
                          gint64      id,
                          const char *language)
{
  sqlite3_stmt *stmt;
  char *name = NULL;

  g_return_val_if_fail (CR_IS_STORE (self), NULL);

  stmt = _cr_store_prepare (self, "SELECT name_es, name_en FROM entities WHERE id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = _cr_store_column_dup (stmt, g_strcmp0 (language, "en") == 0 ? 1 : 0);
  sqlite3_finalize (stmt);
  return name;
}

gint64
cr_store_get_mention_event (CrStore *self,
                            gint64   mention_id)
{
  gint64 id;

  g_return_val_if_fail (CR_IS_STORE (self), 0);

  id = _cr_store_query_int (self,
                            "SELECT min (em.event_id) FROM event_mentions em"
                            " JOIN events ev ON ev.id = em.event_id"
                            " WHERE em.mention_id = ?1 AND ev.hidden = 0",
                            mention_id, NULL);
  return MAX (id, 0);
}
