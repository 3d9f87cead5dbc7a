/* cr-store-events.c: the library's events, entities and their links
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "cr-event-merge.h"
#include "cr-sentence.h"
#include "cr-store-events.h"
#include "cr-store-private.h"

typedef enum {
  EV_FIND_SAME_KIND,
  EV_GET_ENTITIES,
  EV_INSERT_EVENT,
  EV_UPDATE_DATE,
  EV_UPDATE_TITLE,
  EV_UPSERT_ENTITY,
  EV_LINK_ENTITY,
  EV_LINK_MENTION,
  EV_DROP_PLACE,
  EV_ARTICLE_ENTITY,
  EV_FORGET_ARTICLE_ENTITIES,
  EV_EVENTS_OF_ARTICLE,
  EV_FORGET_ARTICLE,
  EV_DELETE_IF_ORPHAN,
  EV_LIST,
  EV_GET,
  EV_MENTIONS,
  EV_ENTITIES,
  EV_COUNT,
  N_EV_STMTS
} EventStmt;

static const char * const ev_sql[N_EV_STMTS] = {
  [EV_FIND_SAME_KIND] =
    "SELECT id, first_day, last_day, granularity, title FROM events"
    " WHERE kind = ?1 AND first_day <= ?3 AND last_day >= ?2 ORDER BY id",
  [EV_GET_ENTITIES] =
    "SELECT en.canonical_key, en.type, en.name_es, en.name_en, ee.role"
    " FROM event_entities ee JOIN entities en ON en.id = ee.entity_id"
    " WHERE ee.event_id = ?1 ORDER BY ee.role, en.id",
  [EV_INSERT_EVENT] =
    "INSERT INTO events (value, first_day, last_day, granularity, kind, title,"
    " confidence, extractor_version, created_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
  [EV_UPDATE_DATE] =
    "UPDATE events SET value = ?2, first_day = ?3, last_day = ?4, granularity = ?5"
    " WHERE id = ?1",
  [EV_UPDATE_TITLE] =
    "UPDATE events SET title = ?2, confidence = max (confidence, ?3) WHERE id = ?1",
  [EV_UPSERT_ENTITY] =
    "INSERT INTO entities (canonical_key, name_es, name_en, type) VALUES (?1, ?2, ?3, ?4)"
    " ON CONFLICT (canonical_key) DO UPDATE SET type = type RETURNING id",
  [EV_LINK_ENTITY] =
    "INSERT OR IGNORE INTO event_entities (event_id, entity_id, role) VALUES (?1, ?2, ?3)",
  [EV_LINK_MENTION] =
    "INSERT OR IGNORE INTO event_mentions (event_id, mention_id, article_id) VALUES (?1, ?2, ?3)",
  [EV_DROP_PLACE] =
    "DELETE FROM event_entities WHERE event_id = ?1 AND role = 'place'",
  [EV_ARTICLE_ENTITY] =
    "INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (article_id, entity_id) DO UPDATE SET mentions = mentions + ?3",
  [EV_FORGET_ARTICLE_ENTITIES] =
    "DELETE FROM article_entities WHERE article_id = ?1",
  [EV_EVENTS_OF_ARTICLE] =
    "SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?1",
  [EV_FORGET_ARTICLE] =
    "DELETE FROM event_mentions WHERE article_id = ?1",
  [EV_DELETE_IF_ORPHAN] =
    "DELETE FROM events WHERE id = ?1 AND edit_seq IS NULL"
    " AND NOT EXISTS (SELECT 1 FROM event_mentions WHERE event_id = ?1)",
  [EV_LIST] =
    "SELECT ev.id, ev.value, ev.first_day, ev.last_day, ev.granularity, ev.kind,"
    " ev.title, ev.confidence,"
    " (SELECT count (DISTINCT article_id) FROM event_mentions WHERE event_id = ev.id),"
    " (SELECT count (*) FROM event_mentions WHERE event_id = ev.id), ev.hidden"
    " FROM events ev"
    " WHERE (?1 IS NULL OR ev.last_day >= ?1) AND (?2 IS NULL OR ev.first_day <= ?2)"
    " AND (?3 IS NULL OR ev.kind = ?3)"
    " AND (?4 IS NULL OR EXISTS (SELECT 1 FROM event_entities ee"
    "   JOIN entities en ON en.id = ee.entity_id WHERE ee.event_id = ev.id"
    "   AND (en.canonical_key = ?4 OR lower (en.name_es) = lower (?4)"
    "        OR lower (en.name_en) = lower (?4))))"
    " AND (?5 IS NULL OR EXISTS (SELECT 1 FROM event_mentions em"
    "   WHERE em.event_id = ev.id AND em.article_id = ?5))"
    " AND (?6 IS NULL OR ev.id = ?6)"
    " AND (?7 = 1 OR ev.hidden = 0)"
    " ORDER BY ev.first_day, ev.id",
  [EV_GET] = NULL, /* EV_LIST with ?6 */
  [EV_MENTIONS] =
    "SELECT a.id, a.title, a.language, m.id, m.field, m.start_char, m.end_char, m.text,"
    " CASE m.field WHEN 'title' THEN a.title WHEN 'standfirst' THEN a.standfirst"
    " ELSE a.body END"
    " FROM event_mentions em JOIN mentions m ON m.id = em.mention_id"
    " JOIN articles a ON a.id = em.article_id"
    " WHERE em.event_id = ?1"
    " ORDER BY a.id, CASE m.field WHEN 'title' THEN 0 WHEN 'standfirst' THEN 1 ELSE 2 END,"
    " m.start_char",
  [EV_ENTITIES] =
    "SELECT en.canonical_key, en.type, en.name_es, en.name_en,"
    " (SELECT count (DISTINCT ee.event_id) FROM event_entities ee"
    "   JOIN events ev ON ev.id = ee.event_id"
    "   WHERE ee.entity_id = en.id AND ev.hidden = 0) AS ne,"
    " (SELECT count (*) FROM article_entities ae WHERE ae.entity_id = en.id) AS na"
    " FROM entities en WHERE ne > 0 OR na > 0"
    " ORDER BY na + ne DESC, en.canonical_key",
  [EV_COUNT] = "SELECT count (*) FROM events",
};

#define ROLE_PARTICIPANT "participant"
#define ROLE_PLACE "place"

static void
finalize_stmts (gpointer data)
{
  sqlite3_stmt **stmts = data;

  for (guint i = 0; i < N_EV_STMTS; i++)
    sqlite3_finalize (stmts[i]);
  g_free (stmts);
}

/* Statements prepared once per connection and reused. */
static sqlite3_stmt *
ev_stmt (CrStore    *self,
         EventStmt   which,
         GError    **error)
{
  sqlite3_stmt **stmts = g_object_get_data (G_OBJECT (self), "cr-event-stmts");

  if (which == EV_GET)
    which = EV_LIST;

  if (stmts == NULL)
    {
      stmts = g_new0 (sqlite3_stmt *, N_EV_STMTS);
      g_object_set_data_full (G_OBJECT (self), "cr-event-stmts", stmts, finalize_stmts);
    }

  if (stmts[which] == NULL)
    {
      if (sqlite3_prepare_v3 (self->db, ev_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
                              &stmts[which], NULL) != SQLITE_OK)
        {
          _cr_store_set_error (self, error, "prepare");
          return NULL;
        }
      return stmts[which];
    }
  sqlite3_reset (stmts[which]);
  sqlite3_clear_bindings (stmts[which]);
  return stmts[which];
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           col)
{
  const unsigned char *text = sqlite3_column_text (stmt, col);

  return text ? g_strdup ((const char *) text) : NULL;
}

static CrEntityType
entity_type_from_string (const char *str)
{
  for (CrEntityType t = CR_ENTITY_UNKNOWN; t <= CR_ENTITY_ORGANIZATION; t++)
    if (g_strcmp0 (str, cr_entity_type_to_string (t)) == 0)
      return t;
  return CR_ENTITY_UNKNOWN;
}

static CrGranularity
granularity_from_column (sqlite3_stmt *stmt,
                         int           col)
{
  CrGranularity g = CR_GRANULARITY_DAY;

  cr_granularity_from_string ((const char *) sqlite3_column_text (stmt, col), &g);
  return g;
}

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

/* Participants and place of a stored event, named in @language. */
static gboolean
load_entities (CrStore        *self,
               gint64          event_id,
               const char     *language,
               GPtrArray     **participants,
               CrEventEntity **place,
               GError        **error)
{
  sqlite3_stmt *stmt = ev_stmt (self, EV_GET_ENTITIES, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  *participants = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_event_entity_free);
  *place = NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrEventEntity *e = g_new0 (CrEventEntity, 1);
      const char *name_es = (const char *) sqlite3_column_text (stmt, 2);
      const char *name_en = (const char *) sqlite3_column_text (stmt, 3);

      e->id = column_dup (stmt, 0);
      e->type = entity_type_from_string ((const char *) sqlite3_column_text (stmt, 1));
      e->name = g_strdup (g_strcmp0 (language, "en") == 0 && name_en ? name_en : name_es);
      if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 4), ROLE_PLACE) != 0)
        g_ptr_array_add (*participants, e);
      else if (*place == NULL)
        *place = e;
      else
        cr_event_entity_free (e);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "event entities");
      g_clear_pointer (participants, g_ptr_array_unref);
      g_clear_pointer (place, cr_event_entity_free);
      return FALSE;
    }
  return TRUE;
}

/* The row of an entity, added on first sight. Returns 0 on error. */
static gint64
upsert_entity (CrStore      *self,
               const char   *id,
               const char   *name,
               CrEntityType  type,
               GError      **error)
{
  const CrEntity *known = cr_gazetteer_lookup (id);
  sqlite3_stmt *stmt = ev_stmt (self, EV_UPSERT_ENTITY, error);
  gint64 entity_id;

  if (stmt == NULL)
    return 0;
  bind_text (stmt, 1, id);
  bind_text (stmt, 2, known ? known->name_es : name);
  bind_text (stmt, 3, known ? known->name_en : name);
  bind_text (stmt, 4, cr_entity_type_to_string (type));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _cr_store_set_error (self, error, "entity");
      sqlite3_reset (stmt);
      return 0;
    }
  entity_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return entity_id;
}

static gboolean
link_entity (CrStore             *self,
             gint64               event_id,
             const CrEventEntity *entity,
             const char          *role,
             GError             **error)
{
  gint64 entity_id = upsert_entity (self, entity->id, entity->name, entity->type, error);
  sqlite3_stmt *stmt;

  if (entity_id == 0)
    return FALSE;
  stmt = ev_stmt (self, EV_LINK_ENTITY, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, entity_id);
  bind_text (stmt, 3, role);
  return _cr_store_step_done (self, stmt, error);
}

/* Links the mention and the candidate's participants; its place only
 * when it becomes the event's place (@set_place), replacing any other. */
static gboolean
link_candidate (CrStore                *self,
                gint64                  event_id,
                gint64                  article_id,
                gint64                  mention_id,
                const CrEventCandidate *c,
                gboolean                set_place,
                GError                **error)
{
  sqlite3_stmt *stmt = ev_stmt (self, EV_LINK_MENTION, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, mention_id);
  sqlite3_bind_int64 (stmt, 3, article_id);
  if (!_cr_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < c->participants->len; i++)
    if (!link_entity (self, event_id, g_ptr_array_index (c->participants, i), ROLE_PARTICIPANT, error))
      return FALSE;
  if (set_place && c->place != NULL)
    {
      stmt = ev_stmt (self, EV_DROP_PLACE, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, event_id);
      if (!_cr_store_step_done (self, stmt, error) ||
          !link_entity (self, event_id, c->place, ROLE_PLACE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_event (CrStore                *self,
              const CrEventCandidate *c,
              gint64                 *event_id,
              GError                **error)
{
  sqlite3_stmt *stmt = ev_stmt (self, EV_INSERT_EVENT, error);

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, c->value);
  sqlite3_bind_int64 (stmt, 2, c->first_day);
  sqlite3_bind_int64 (stmt, 3, c->last_day);
  bind_text (stmt, 4, cr_granularity_to_string (c->granularity));
  bind_text (stmt, 5, cr_event_kind_to_string (c->kind));
  bind_text (stmt, 6, c->title);
  sqlite3_bind_double (stmt, 7, c->confidence);
  sqlite3_bind_int (stmt, 8, CR_DATE_EXTRACTOR_VERSION);
  sqlite3_bind_int64 (stmt, 9, g_get_real_time () / G_USEC_PER_SEC);
  if (!_cr_store_step_done (self, stmt, error))
    return FALSE;
  *event_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/* The first stored event, lowest id first, that @c reports too. Fills
 * @existing with its state so the caller can compare. */
static gboolean
find_matching_event (CrStore                *self,
                     const CrEventCandidate *c,
                     gint64                 *event_id,
                     CrEventCandidate       *existing,
                     GError                **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) firsts = g_array_new (FALSE, FALSE, sizeof (CrDay));
  g_autoptr(GArray) lasts = g_array_new (FALSE, FALSE, sizeof (CrDay));
  g_autoptr(GArray) grains = g_array_new (FALSE, FALSE, sizeof (CrGranularity));
  sqlite3_stmt *stmt = ev_stmt (self, EV_FIND_SAME_KIND, error);
  int rc;

  *event_id = 0;
  if (stmt == NULL)
    return FALSE;

  /* Read the rows first: matching runs other statements. */
  bind_text (stmt, 1, cr_event_kind_to_string (c->kind));
  sqlite3_bind_int64 (stmt, 2, c->first_day);
  sqlite3_bind_int64 (stmt, 3, c->last_day);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      CrDay first = sqlite3_column_int (stmt, 1);
      CrDay last = sqlite3_column_int (stmt, 2);
      CrGranularity g = granularity_from_column (stmt, 3);

      g_array_append_val (ids, id);
      g_array_append_val (firsts, first);
      g_array_append_val (lasts, last);
      g_array_append_val (grains, g);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "events of a kind");
      return FALSE;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      CrEventCandidate probe = { 0 };
      gboolean match;

      probe.kind = c->kind;
      probe.first_day = g_array_index (firsts, CrDay, i);
      probe.last_day = g_array_index (lasts, CrDay, i);
      probe.granularity = g_array_index (grains, CrGranularity, i);
      if (!load_entities (self, g_array_index (ids, gint64, i), "es",
                          &probe.participants, &probe.place, error))
        return FALSE;

      match = cr_event_candidates_match (c, &probe);
      if (match)
        {
          *event_id = g_array_index (ids, gint64, i);
          *existing = probe;
          return TRUE;
        }
      g_ptr_array_unref (probe.participants);
      cr_event_entity_free (probe.place);
    }
  return TRUE;
}

gboolean
_cr_store_add_event_candidates (CrStore       *self,
                                gint64         article_id,
                                GPtrArray     *candidates,
                                const gint64  *mention_ids,
                                GError       **error)
{
  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  g_return_val_if_fail (candidates != NULL, FALSE);

  for (guint i = 0; i < candidates->len; i++)
    {
      const CrEventCandidate *c = g_ptr_array_index (candidates, i);
      CrEventCandidate existing = { 0 };
      gint64 event_id = 0;
      gint64 mention_id = mention_ids[c->timex_index];
      gboolean set_place = TRUE;

      if (!find_matching_event (self, c, &event_id, &existing, error))
        return FALSE;

      if (event_id == 0)
        {
          if (!insert_event (self, c, &event_id, error))
            return FALSE;
        }
      else
        {
          gboolean ok = TRUE;

          set_place = FALSE;

          /* The more specific date wins; the title comes from the most
           * informative report. */
          if (c->last_day - c->first_day < existing.last_day - existing.first_day)
            {
              sqlite3_stmt *stmt = ev_stmt (self, EV_UPDATE_DATE, error);

              ok = stmt != NULL;
              if (ok)
                {
                  sqlite3_bind_int64 (stmt, 1, event_id);
                  bind_text (stmt, 2, c->value);
                  sqlite3_bind_int64 (stmt, 3, c->first_day);
                  sqlite3_bind_int64 (stmt, 4, c->last_day);
                  bind_text (stmt, 5, cr_granularity_to_string (c->granularity));
                  ok = _cr_store_step_done (self, stmt, error);
                }
            }
          existing.trigger = (char *) "";
          if (ok && cr_event_candidate_information (c) > cr_event_candidate_information (&existing))
            {
              sqlite3_stmt *stmt = ev_stmt (self, EV_UPDATE_TITLE, error);

              ok = stmt != NULL;
              if (ok)
                {
                  sqlite3_bind_int64 (stmt, 1, event_id);
                  bind_text (stmt, 2, c->title);
                  sqlite3_bind_double (stmt, 3, c->confidence);
                  ok = _cr_store_step_done (self, stmt, error);
                  /* The title names a place: show that one. */
                  set_place = c->place != NULL;
                }
            }
          g_ptr_array_unref (existing.participants);
          cr_event_entity_free (existing.place);
          if (!ok)
            return FALSE;
        }

      if (!link_candidate (self, event_id, article_id, mention_id, c, set_place, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_cr_store_add_article_entities (CrStore     *self,
                                gint64       article_id,
                                const char  *text,
                                GError     **error)
{
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GPtrArray) order = NULL;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  matches = cr_entities_find (text, -1);
  counts = g_hash_table_new (g_str_hash, g_str_equal);
  order = g_ptr_array_new ();
  for (guint i = 0; i < matches->len; i++)
    {
      const CrEntityMatch *m = &g_array_index (matches, CrEntityMatch, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, m->id));

      /* Unknown capitalised words are too noisy to list for an article
       * unless it repeats them. */
      if (n == 0)
        g_ptr_array_add (order, (gpointer) m);
      g_hash_table_insert (counts, m->id, GUINT_TO_POINTER (n + 1));
    }

  for (guint i = 0; i < order->len; i++)
    {
      const CrEntityMatch *m = g_ptr_array_index (order, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, m->id));
      sqlite3_stmt *stmt;
      gint64 entity_id;

      if (m->entity == NULL && n < 2)
        continue;
      entity_id = upsert_entity (self, m->id, m->name, m->type, error);
      if (entity_id == 0)
        return FALSE;
      stmt = ev_stmt (self, EV_ARTICLE_ENTITY, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, article_id);
      sqlite3_bind_int64 (stmt, 2, entity_id);
      sqlite3_bind_int (stmt, 3, n);
      if (!_cr_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_cr_store_forget_article_events (CrStore  *self,
                                 gint64    article_id,
                                 GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = ev_stmt (self, EV_EVENTS_OF_ARTICLE, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "events of an article");
      return FALSE;
    }

  stmt = ev_stmt (self, EV_FORGET_ARTICLE, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  if (!_cr_store_step_done (self, stmt, error))
    return FALSE;
  stmt = ev_stmt (self, EV_FORGET_ARTICLE_ENTITIES, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  if (!_cr_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      stmt = ev_stmt (self, EV_DELETE_IF_ORPHAN, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      if (!_cr_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static GPtrArray *
list_events (CrStore                  *self,
             const CrStoreEventFilter *filter,
             gint64                    only_id,
             GError                  **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_store_event_free);
  sqlite3_stmt *stmt = ev_stmt (self, EV_LIST, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (filter->from != CR_DAY_UNKNOWN)
    sqlite3_bind_int64 (stmt, 1, filter->from);
  if (filter->to != CR_DAY_UNKNOWN)
    sqlite3_bind_int64 (stmt, 2, filter->to);
  if (filter->has_kind)
    bind_text (stmt, 3, cr_event_kind_to_string (filter->kind));
  bind_text (stmt, 4, filter->entity);
  if (filter->article_id > 0)
    sqlite3_bind_int64 (stmt, 5, filter->article_id);
  if (only_id > 0)
    sqlite3_bind_int64 (stmt, 6, only_id);
  sqlite3_bind_int (stmt, 7, filter->include_hidden || only_id > 0 ? 1 : 0);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrStoreEvent *ev = g_new0 (CrStoreEvent, 1);

      ev->id = sqlite3_column_int64 (stmt, 0);
      ev->value = column_dup (stmt, 1);
      ev->first_day = sqlite3_column_int (stmt, 2);
      ev->last_day = sqlite3_column_int (stmt, 3);
      ev->granularity = granularity_from_column (stmt, 4);
      if (!cr_event_kind_from_string ((const char *) sqlite3_column_text (stmt, 5), &ev->kind))
        ev->kind = CR_EVENT_KIND_OTHER;
      ev->title = column_dup (stmt, 6);
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

      if (!load_entities (self, ev->id, filter->language ? filter->language : "en",
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
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CR_IS_STORE (self), NULL);

  stmt = ev_stmt (self, EV_MENTIONS, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrStoreEventMention *m = g_new0 (CrStoreEventMention, 1);
      const char *field_text = (const char *) sqlite3_column_text (stmt, 8);
      g_autoptr(GArray) sentences = NULL;

      m->article_id = sqlite3_column_int64 (stmt, 0);
      m->article_title = column_dup (stmt, 1);
      m->language = column_dup (stmt, 2);
      m->mention_id = sqlite3_column_int64 (stmt, 3);
      m->field = field_from_string ((const char *) sqlite3_column_text (stmt, 4));
      m->start_char = sqlite3_column_int64 (stmt, 5);
      m->end_char = sqlite3_column_int64 (stmt, 6);
      m->text = column_dup (stmt, 7);

      /* The sentence is found again in the stored text: the splitter is
       * deterministic, so these are the offsets the extractor saw. */
      sentences = cr_sentence_split (field_text ? field_text : "", -1);
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

  stmt = ev_stmt (self, EV_ENTITIES, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrEventEntity *e = g_new0 (CrEventEntity, 1);
      guint n = sqlite3_column_int (stmt, 4);
      guint na = sqlite3_column_int (stmt, 5);
      const char *name_es = (const char *) sqlite3_column_text (stmt, 2);
      const char *name_en = (const char *) sqlite3_column_text (stmt, 3);

      e->id = column_dup (stmt, 0);
      e->type = entity_type_from_string ((const char *) sqlite3_column_text (stmt, 1));
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

  stmt = ev_stmt (self, EV_COUNT, error);
  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    _cr_store_set_error (self, error, "count events");
  sqlite3_reset (stmt);
  return n;
}
