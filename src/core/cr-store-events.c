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
#include "cr-store-events-private.h"

static const char * const ev_sql[N_EV_STMTS] = {
  /* The stored events that can be the same as a candidate (see
   * cr_event_dates_compatible ()), found through one of its actors or
   * places (?1, an entity id): those of its kind (?2) that start on its
   * first day ?3 (the same dates, or holding them); those that last
   * several days, start up to 31 days before and hold it to its last day
   * ?4 (a month at most holds another date); and, when ?5, those inside
   * its dates. Each part is one range of an index of the links by entity,
   * which carry their event's kind and days (schema version 4). */
  [EV_FIND_LINKED] =
    "SELECT event_id FROM event_entities"
    " WHERE entity_id = ?1 AND event_kind = ?2"
    " AND event_first_day = ?3 AND event_last_day >= ?4"
    " UNION ALL "
    "SELECT event_id FROM event_entities"
    " WHERE entity_id = ?1 AND event_kind = ?2 AND event_last_day > event_first_day"
    " AND event_first_day BETWEEN ?3 - 31 AND ?3 - 1 AND event_last_day >= ?4"
    " UNION ALL "
    "SELECT event_id FROM event_entities"
    " WHERE ?5 AND entity_id = ?1 AND event_kind = ?2"
    " AND event_first_day BETWEEN ?3 AND ?4 AND event_last_day BETWEEN ?3 AND ?4",
  [EV_GET_DATES] =
    "SELECT first_day, last_day, granularity FROM events WHERE id = ?1",
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
  [EV_FIND_ENTITY] =
    "SELECT id FROM entities WHERE canonical_key = ?1",
  [EV_UPSERT_ENTITY] =
    "INSERT INTO entities (canonical_key, name_es, name_en, type) VALUES (?1, ?2, ?3, ?4)"
    " ON CONFLICT (canonical_key) DO UPDATE SET type = type RETURNING id",
  [EV_LINK_ENTITY] =
    "INSERT INTO event_entities (event_id, entity_id, role, event_kind, event_first_day,"
    " event_last_day) SELECT ?1, ?2, ?3, kind, first_day, last_day FROM events WHERE id = ?1"
    " ON CONFLICT (event_id, entity_id) DO UPDATE SET role = excluded.role"
    " WHERE event_entities.role = 'country' AND excluded.role <> 'country'",
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

static void
finalize_stmts (gpointer data)
{
  sqlite3_stmt **stmts = data;

  for (guint i = 0; i < N_EV_STMTS; i++)
    sqlite3_finalize (stmts[i]);
  g_free (stmts);
}

sqlite3_stmt *
_cr_store_ev_stmt (CrStore    *self,
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

CrEntityType
_cr_store_entity_type_from_string (const char *str)
{
  for (CrEntityType t = CR_ENTITY_UNKNOWN; t <= CR_ENTITY_ORGANIZATION; t++)
    if (g_strcmp0 (str, cr_entity_type_to_string (t)) == 0)
      return t;
  return CR_ENTITY_UNKNOWN;
}

CrGranularity
_cr_store_granularity_from_column (sqlite3_stmt *stmt,
                                   int           col)
{
  CrGranularity g = CR_GRANULARITY_DAY;

  cr_granularity_from_string ((const char *) sqlite3_column_text (stmt, col), &g);
  return g;
}

/* Participants and place of a stored event, named in @language. */
gboolean
_cr_store_load_event_entities (CrStore        *self,
                               gint64          event_id,
                               const char     *language,
                               GPtrArray     **participants,
                               CrEventEntity **place,
                               GError        **error)
{
  sqlite3_stmt *stmt = _cr_store_ev_stmt (self, EV_GET_ENTITIES, error);
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
      const char *role;

      e->id = _cr_store_column_dup (stmt, 0);
      e->type = _cr_store_entity_type_from_string ((const char *) sqlite3_column_text (stmt, 1));
      e->name = g_strdup (g_strcmp0 (language, "en") == 0 && name_en ? name_en : name_es);
      role = (const char *) sqlite3_column_text (stmt, 4);
      if (g_strcmp0 (role, ROLE_PARTICIPANT) == 0)
        g_ptr_array_add (*participants, e);
      else if (g_strcmp0 (role, ROLE_PLACE) == 0 && *place == NULL)
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

/* The row of the entity @id, from the cache or the library; 0 when it
 * is not there (or on error, with @error set). */
static gint64
find_entity (CrStore     *self,
             const char  *id,
             GError     **error)
{
  gpointer cached = g_hash_table_lookup (self->entity_ids, id);
  sqlite3_stmt *stmt;
  gint64 entity_id = 0;
  int rc;

  if (cached != NULL)
    return *(gint64 *) cached;

  stmt = _cr_store_ev_stmt (self, EV_FIND_ENTITY, error);
  if (stmt == NULL)
    return 0;
  _cr_store_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    entity_id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    _cr_store_set_error (self, error, "entity");
  sqlite3_reset (stmt);
  if (entity_id != 0)
    g_hash_table_insert (self->entity_ids, g_strdup (id), g_memdup2 (&entity_id, sizeof entity_id));
  return entity_id;
}

/* The row of an entity, added on first sight. Returns 0 on error. */
static gint64
upsert_entity (CrStore      *self,
               const char   *id,
               const char   *name,
               CrEntityType  type,
               GError      **error)
{
  const CrEntity *known;
  sqlite3_stmt *stmt;
  GError *local_error = NULL;
  gint64 entity_id;

  /* Reading first: most entities are known already, and a lookup writes
   * nothing. */
  entity_id = find_entity (self, id, &local_error);
  if (entity_id != 0 || local_error != NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      return entity_id;
    }

  known = cr_gazetteer_lookup (id);
  stmt = _cr_store_ev_stmt (self, EV_UPSERT_ENTITY, error);
  if (stmt == NULL)
    return 0;
  _cr_store_bind_text (stmt, 1, id);
  _cr_store_bind_text (stmt, 2, known ? known->name_es : name);
  _cr_store_bind_text (stmt, 3, known ? known->name_en : name);
  _cr_store_bind_text (stmt, 4, cr_entity_type_to_string (type));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _cr_store_set_error (self, error, "entity");
      sqlite3_reset (stmt);
      return 0;
    }
  entity_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  g_hash_table_insert (self->entity_ids, g_strdup (id), g_memdup2 (&entity_id, sizeof entity_id));
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
  stmt = _cr_store_ev_stmt (self, EV_LINK_ENTITY, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, event_id);
  sqlite3_bind_int64 (stmt, 2, entity_id);
  _cr_store_bind_text (stmt, 3, role);
  return _cr_store_step_done (self, stmt, error);
}

/* The country a leader or a capital stands for is linked too (role
 * "country"): later reports that name only the country find the event. */
static gboolean
link_country_of (CrStore             *self,
                 gint64               event_id,
                 const CrEventEntity *entity,
                 GError             **error)
{
  const CrEntity *known = cr_gazetteer_lookup (entity->id);
  const CrEntity *country;
  CrEventEntity proxy = { 0 };

  if (known == NULL || known->stands_for == NULL ||
      (country = cr_gazetteer_lookup (known->stands_for)) == NULL)
    return TRUE;
  proxy.id = (char *) country->id;
  proxy.name = (char *) country->name_en;
  proxy.type = country->type;
  return link_entity (self, event_id, &proxy, ROLE_COUNTRY, error);
}

/* Links the mention and the candidate's participants; its place only
 * when it becomes the event's place (@set_place), replacing any other
 * (a @new_event has none yet). */
static gboolean
link_candidate (CrStore                *self,
                gint64                  event_id,
                gint64                  article_id,
                gint64                  mention_id,
                const CrEventCandidate *c,
                gboolean                new_event,
                gboolean                set_place,
                GError                **error)
{
  sqlite3_stmt *stmt = _cr_store_ev_stmt (self, EV_LINK_MENTION, error);

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
  for (guint i = 0; i < c->participants->len; i++)
    if (!link_country_of (self, event_id, g_ptr_array_index (c->participants, i), error))
      return FALSE;
  if (c->place != NULL && !link_country_of (self, event_id, c->place, error))
    return FALSE;
  if (set_place && c->place != NULL)
    {
      if (!new_event)
        {
          stmt = _cr_store_ev_stmt (self, EV_DROP_PLACE, error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, event_id);
          if (!_cr_store_step_done (self, stmt, error))
            return FALSE;
        }
      if (!link_entity (self, event_id, c->place, ROLE_PLACE, error))
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
  sqlite3_stmt *stmt = _cr_store_ev_stmt (self, EV_INSERT_EVENT, error);

  if (stmt == NULL)
    return FALSE;
  _cr_store_bind_text (stmt, 1, c->value);
  sqlite3_bind_int64 (stmt, 2, c->first_day);
  sqlite3_bind_int64 (stmt, 3, c->last_day);
  _cr_store_bind_text (stmt, 4, cr_granularity_to_string (c->granularity));
  _cr_store_bind_text (stmt, 5, cr_event_kind_to_string (c->kind));
  _cr_store_bind_text (stmt, 6, c->title);
  sqlite3_bind_double (stmt, 7, c->confidence);
  sqlite3_bind_int (stmt, 8, CR_DATE_EXTRACTOR_VERSION);
  sqlite3_bind_int64 (stmt, 9, g_get_real_time () / G_USEC_PER_SEC);
  if (!_cr_store_step_done (self, stmt, error))
    return FALSE;
  *event_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

static void
add_key (GPtrArray  *keys,
         const char *id)
{
  const CrEntity *known;

  if (id == NULL || g_ptr_array_find_with_equal_func (keys, id, g_str_equal, NULL))
    return;
  g_ptr_array_add (keys, (gpointer) id);
  known = cr_gazetteer_lookup (id);
  if (known != NULL && known->stands_for != NULL)
    add_key (keys, known->stands_for);
}

/* The canonical ids a candidate involves, with the countries its leaders
 * and places stand for; borrowed from @c and the gazetteer. */
static GPtrArray *
actor_keys (const CrEventCandidate *c)
{
  GPtrArray *keys = g_ptr_array_new ();

  for (guint i = 0; i < c->participants->len; i++)
    add_key (keys, ((CrEventEntity *) g_ptr_array_index (c->participants, i))->id);
  if (c->place != NULL)
    add_key (keys, c->place->id);
  return keys;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The ids of the stored events of @c's kind, linked to one of its actors
 * or places, whose dates can be compatible with @c's: ascending, once
 * each. NULL on error. */
static GArray *
linked_events (CrStore                *self,
               const CrEventCandidate *c,
               GError                **error)
{
  g_autoptr(GPtrArray) keys = actor_keys (c);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* Events inside the candidate's dates can be the same only when it is
   * a month or less (and longer than a day: else they start with it). */
  gboolean inside = c->granularity <= CR_GRANULARITY_MONTH && c->last_day > c->first_day;
  guint n = 0;

  for (guint k = 0; k < keys->len; k++)
    {
      gint64 entity_id = find_entity (self, g_ptr_array_index (keys, k), error);
      sqlite3_stmt *stmt;
      int rc;

      if (entity_id == 0)
        {
          /* Not in the library yet: no event is linked to it. */
          if (error != NULL && *error != NULL)
            return NULL;
          continue;
        }
      stmt = _cr_store_ev_stmt (self, EV_FIND_LINKED, error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, entity_id);
      sqlite3_bind_text (stmt, 2, cr_event_kind_to_string (c->kind), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, c->first_day);
      sqlite3_bind_int64 (stmt, 4, c->last_day);
      sqlite3_bind_int (stmt, 5, inside);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (ids, id);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _cr_store_set_error (self, error, "events of an entity");
          return NULL;
        }
    }

  g_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    if (n == 0 || g_array_index (ids, gint64, i) != g_array_index (ids, gint64, n - 1))
      g_array_index (ids, gint64, n++) = g_array_index (ids, gint64, i);
  g_array_set_size (ids, n);
  return g_steal_pointer (&ids);
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
  g_autoptr(GArray) ids = NULL;

  *event_id = 0;
  /* Naming nobody and nowhere, or nothing we recognise: nothing to merge
   * with. */
  if (c->kind == CR_EVENT_KIND_OTHER ||
      (c->participants->len == 0 && c->place == NULL))
    return TRUE;

  ids = linked_events (self, c, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      CrEventCandidate probe = { 0 };
      sqlite3_stmt *stmt = _cr_store_ev_stmt (self, EV_GET_DATES, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          _cr_store_set_error (self, error, "event dates");
          sqlite3_reset (stmt);
          return FALSE;
        }
      probe.kind = c->kind;
      probe.first_day = sqlite3_column_int (stmt, 0);
      probe.last_day = sqlite3_column_int (stmt, 1);
      probe.granularity = _cr_store_granularity_from_column (stmt, 2);
      sqlite3_reset (stmt);

      /* The index keeps a few whose dates cannot match: skip loading
       * their actors. */
      if (!cr_event_dates_compatible (c->first_day, c->last_day, c->granularity,
                                      probe.first_day, probe.last_day, probe.granularity))
        continue;
      if (!_cr_store_load_event_entities (self, id, "es", &probe.participants, &probe.place, error))
        return FALSE;

      if (cr_event_candidates_match (c, &probe))
        {
          *event_id = id;
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
      gboolean new_event;

      if (!find_matching_event (self, c, &event_id, &existing, error))
        return FALSE;

      new_event = event_id == 0;
      if (new_event)
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
              sqlite3_stmt *stmt = _cr_store_ev_stmt (self, EV_UPDATE_DATE, error);

              ok = stmt != NULL;
              if (ok)
                {
                  sqlite3_bind_int64 (stmt, 1, event_id);
                  _cr_store_bind_text (stmt, 2, c->value);
                  sqlite3_bind_int64 (stmt, 3, c->first_day);
                  sqlite3_bind_int64 (stmt, 4, c->last_day);
                  _cr_store_bind_text (stmt, 5, cr_granularity_to_string (c->granularity));
                  ok = _cr_store_step_done (self, stmt, error);
                }
            }
          existing.trigger = (char *) "";
          if (ok && cr_event_candidate_information (c) > cr_event_candidate_information (&existing))
            {
              sqlite3_stmt *stmt = _cr_store_ev_stmt (self, EV_UPDATE_TITLE, error);

              ok = stmt != NULL;
              if (ok)
                {
                  sqlite3_bind_int64 (stmt, 1, event_id);
                  _cr_store_bind_text (stmt, 2, c->title);
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

      if (!link_candidate (self, event_id, article_id, mention_id, c, new_event, set_place, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_cr_store_add_article_entities (CrStore     *self,
                                gint64       article_id,
                                GArray      *matches,
                                GError     **error)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GPtrArray) order = NULL;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  g_return_val_if_fail (matches != NULL, FALSE);

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
      stmt = _cr_store_ev_stmt (self, EV_ARTICLE_ENTITY, error);
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
  sqlite3_stmt *stmt = _cr_store_ev_stmt (self, EV_EVENTS_OF_ARTICLE, error);
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

  stmt = _cr_store_ev_stmt (self, EV_FORGET_ARTICLE, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  if (!_cr_store_step_done (self, stmt, error))
    return FALSE;
  stmt = _cr_store_ev_stmt (self, EV_FORGET_ARTICLE_ENTITIES, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, article_id);
  if (!_cr_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      stmt = _cr_store_ev_stmt (self, EV_DELETE_IF_ORPHAN, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      if (!_cr_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

