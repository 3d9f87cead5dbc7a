/* cr-store-events.c: the library's events, entities and their links
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

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
  /* A stored event as the merge compares it: dates, then every link, in
   * the order of the links' primary key (no sort): by entity id, so the
   * participants come as EV_GET_ENTITIES lists them. */
  [EV_MERGE_PROBE] =
    "SELECT ev.first_day, ev.last_day, ev.granularity, ee.entity_id, ee.role,"
    " en.canonical_key, en.type"
    " FROM events ev LEFT JOIN event_entities ee ON ee.event_id = ev.id"
    " LEFT JOIN entities en ON en.id = ee.entity_id"
    " WHERE ev.id = ?1 ORDER BY ee.entity_id",
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
  /* Plain statements, no upsert nor trigger: those would give each link a
   * statement journal. The caller knows the event's links and dates. */
  [EV_LINK_ENTITY] =
    "INSERT INTO event_entities (event_id, entity_id, role, event_kind, event_first_day,"
    " event_last_day) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  [EV_SET_ROLE] =
    "UPDATE event_entities SET role = ?3 WHERE event_id = ?1 AND entity_id = ?2",
  [EV_UNLINK_ENTITY] =
    "DELETE FROM event_entities WHERE event_id = ?1 AND entity_id = ?2",
  [EV_LINK_MENTION] =
    "INSERT OR IGNORE INTO event_mentions (event_id, mention_id, article_id) VALUES (?1, ?2, ?3)",
  /* EV_LINK_MENTIONS_N of them at once (see write_mention_links()). */
#define LINK_4 "(?, ?, ?), (?, ?, ?), (?, ?, ?), (?, ?, ?)"
  [EV_LINK_MENTIONS] =
    "INSERT OR IGNORE INTO event_mentions (event_id, mention_id, article_id) VALUES "
    LINK_4 ", " LINK_4 ", " LINK_4 ", " LINK_4,
#undef LINK_4
  /* A plain insert: the article's links were dropped before its
   * extraction, and its fields are counted together first. */
  [EV_ARTICLE_ENTITY] =
    "INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?1, ?2, ?3)",
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
  sqlite3_stmt **stmts = self->ev_stmts;

  if (which == EV_GET)
    which = EV_LIST;

  if (stmts == NULL)
    {
      stmts = self->ev_stmts = g_new0 (sqlite3_stmt *, N_EV_STMTS);
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
gint64
_cr_store_find_entity (CrStore     *self,
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
gint64
_cr_store_upsert_entity (CrStore      *self,
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
  entity_id = _cr_store_find_entity (self, id, &local_error);
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

gboolean
_cr_store_add_article_entities (CrStore     *self,
                                GArray      *tally,
                                GArray      *matches,
                                GError     **error)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GPtrArray) order = NULL;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  g_return_val_if_fail (tally != NULL, FALSE);
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
      CrStoreEntityCount count = { 0 };
      guint k;

      count.n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, m->id));
      if (m->entity == NULL && count.n < 2)
        continue;
      /* Entities get their rows now, in text order, as they always did;
       * the article's counts are written once, by
       * _cr_store_store_article_entities(). */
      count.entity_id = _cr_store_upsert_entity (self, m->id, m->name, m->type, error);
      if (count.entity_id == 0)
        return FALSE;
      for (k = 0; k < tally->len; k++)
        if (g_array_index (tally, CrStoreEntityCount, k).entity_id == count.entity_id)
          break;
      if (k < tally->len)
        g_array_index (tally, CrStoreEntityCount, k).n += count.n;
      else
        g_array_append_val (tally, count);
    }
  return TRUE;
}

gboolean
_cr_store_store_article_entities (CrStore     *self,
                                  gint64       article_id,
                                  GArray      *tally,
                                  GError     **error)
{
  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  g_return_val_if_fail (tally != NULL, FALSE);

  for (guint i = 0; i < tally->len; i++)
    {
      const CrStoreEntityCount *count = &g_array_index (tally, CrStoreEntityCount, i);
      sqlite3_stmt *stmt = _cr_store_ev_stmt (self, EV_ARTICLE_ENTITY, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, article_id);
      sqlite3_bind_int64 (stmt, 2, count->entity_id);
      sqlite3_bind_int (stmt, 3, count->n);
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

