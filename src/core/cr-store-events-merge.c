/* cr-store-events-merge.c: joining imported event candidates to the
 * events of the library
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every dated sentence of an import becomes a candidate; each one joins
 * the lowest-numbered stored event it reports too, or becomes a new one.
 * This runs for every candidate of every article, so it costs a handful
 * of index lookups and plain inserts, whatever the library's size.
 */

#define G_LOG_DOMAIN "cr-store"

#include "config.h"

#include "cr-event-merge.h"
#include "cr-store-events-private.h"

/* One link of an event to an entity, before and after a candidate joins
 * it: @was is its role in the library (NULL: no link), @role the role it
 * gets (NULL: dropped). Roles are interned strings. */
typedef struct {
  gint64      entity_id;
  const char *was;
  const char *role;
} Link;

/* The stored event a candidate joins: its dates and links. */
typedef struct {
  gint64           id;
  CrEventCandidate probe;   /* kind, dates, participants and place */
  GArray          *links;   /* of Link */
} Stored;

/* The link of an event to the mention that reports it, written with
 * the article's others by write_mention_links(). */
typedef struct {
  gint64 event_id;
  gint64 mention_id;
} MentionLink;

static void
stored_clear (Stored *stored)
{
  g_clear_pointer (&stored->probe.participants, g_ptr_array_unref);
  g_clear_pointer (&stored->probe.place, cr_event_entity_free);
  g_clear_pointer (&stored->links, g_array_unref);
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
      GError *local_error = NULL;
      gint64 entity_id = _cr_store_find_entity (self, g_ptr_array_index (keys, k), &local_error);
      sqlite3_stmt *stmt;
      int rc;

      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return NULL;
        }
      /* Not in the library yet: no event is linked to it. */
      if (entity_id == 0)
        continue;
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

/* Reads the stored event @id into @stored when its dates can be the same
 * as @c's (*@compatible); its participants and place as the merge
 * compares them (ids and types, no names), and all its links. */
static gboolean
load_stored (CrStore                *self,
             const CrEventCandidate *c,
             gint64                  id,
             Stored                 *stored,
             gboolean               *compatible,
             GError                **error)
{
  sqlite3_stmt *stmt = _cr_store_ev_stmt (self, EV_MERGE_PROBE, error);
  int rc;

  *compatible = FALSE;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      stored->id = id;
      stored->probe.kind = c->kind;
      stored->probe.first_day = sqlite3_column_int (stmt, 0);
      stored->probe.last_day = sqlite3_column_int (stmt, 1);
      stored->probe.granularity = _cr_store_granularity_from_column (stmt, 2);
      *compatible = cr_event_dates_compatible (c->first_day, c->last_day, c->granularity,
                                               stored->probe.first_day, stored->probe.last_day,
                                               stored->probe.granularity);
    }
  if (*compatible)
    {
      stored->probe.participants = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_event_entity_free);
      stored->links = g_array_new (FALSE, FALSE, sizeof (Link));
      for (; rc == SQLITE_ROW && sqlite3_column_type (stmt, 3) != SQLITE_NULL; rc = sqlite3_step (stmt))
        {
          const char *role = g_intern_string ((const char *) sqlite3_column_text (stmt, 4));
          Link link = { sqlite3_column_int64 (stmt, 3), role, role };
          CrEventEntity *e;

          g_array_append_val (stored->links, link);
          if (role != g_intern_static_string (ROLE_PARTICIPANT) &&
              (role != g_intern_static_string (ROLE_PLACE) || stored->probe.place != NULL))
            continue;
          e = g_new0 (CrEventEntity, 1);
          e->id = _cr_store_column_dup (stmt, 5);
          e->type = _cr_store_entity_type_from_string ((const char *) sqlite3_column_text (stmt, 6));
          if (role == g_intern_static_string (ROLE_PARTICIPANT))
            g_ptr_array_add (stored->probe.participants, e);
          else
            stored->probe.place = e;
        }
    }
  else if (rc == SQLITE_ROW)
    rc = SQLITE_DONE;
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _cr_store_set_error (self, error, "stored event");
      stored_clear (stored);
      return FALSE;
    }
  return TRUE;
}

/* The first stored event, lowest id first, that @c reports too, in
 * @stored (id 0 when none). */
static gboolean
find_matching_event (CrStore                *self,
                     const CrEventCandidate *c,
                     Stored                 *stored,
                     GError                **error)
{
  g_autoptr(GArray) ids = NULL;

  stored->id = 0;
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
      gboolean compatible;

      if (!load_stored (self, c, g_array_index (ids, gint64, i), stored, &compatible, error))
        return FALSE;
      if (compatible && cr_event_candidates_match (c, &stored->probe))
        return TRUE;
      stored_clear (stored);
      stored->id = 0;
    }
  return TRUE;
}

/* Link @entity_id with @role, as the library always did: a new link, or
 * a country link that becomes a participant or place; any other link
 * stays as it is. */
static void
plan_link (GArray     *links,
           gint64      entity_id,
           const char *role)
{
  Link link = { entity_id, NULL, role };

  for (guint i = 0; i < links->len; i++)
    {
      Link *l = &g_array_index (links, Link, i);

      if (l->entity_id != entity_id)
        continue;
      if (l->role == NULL ||
          (l->role == g_intern_static_string (ROLE_COUNTRY) && role != l->role))
        l->role = role;
      return;
    }
  g_array_append_val (links, link);
}

static gboolean
plan_entity (CrStore             *self,
             GArray              *links,
             const CrEventEntity *entity,
             const char          *role,
             GError             **error)
{
  gint64 entity_id = _cr_store_upsert_entity (self, entity->id, entity->name, entity->type, error);

  if (entity_id == 0)
    return FALSE;
  plan_link (links, entity_id, g_intern_static_string (role));
  return TRUE;
}

/* The country a leader or a capital stands for is linked too (role
 * "country"): later reports that name only the country find the event. */
static gboolean
plan_country_of (CrStore             *self,
                 GArray              *links,
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
  return plan_entity (self, links, &proxy, ROLE_COUNTRY, error);
}

/* Writes the difference between the links the event had and those it
 * gets; new links carry its kind and days. */
static gboolean
write_links (CrStore     *self,
             gint64       event_id,
             CrEventKind  kind,
             CrDay        first_day,
             CrDay        last_day,
             GArray      *links,
             GError     **error)
{
  for (guint i = 0; i < links->len; i++)
    {
      const Link *l = &g_array_index (links, Link, i);
      sqlite3_stmt *stmt;

      if (l->was == l->role)
        continue;
      stmt = _cr_store_ev_stmt (self, l->role == NULL ? EV_UNLINK_ENTITY
                                      : l->was == NULL ? EV_LINK_ENTITY : EV_SET_ROLE, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, event_id);
      sqlite3_bind_int64 (stmt, 2, l->entity_id);
      if (l->role != NULL)
        sqlite3_bind_text (stmt, 3, l->role, -1, SQLITE_STATIC);
      if (l->role != NULL && l->was == NULL)
        {
          sqlite3_bind_text (stmt, 4, cr_event_kind_to_string (kind), -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 5, first_day);
          sqlite3_bind_int64 (stmt, 6, last_day);
        }
      if (!_cr_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Links the candidate's participants (@links holds the event's links so
 * far) and queues the link to its mention in @mention_links; its place
 * only when it becomes the event's place (@set_place), replacing any
 * other. */
static gboolean
link_candidate (CrStore                *self,
                gint64                  event_id,
                CrDay                   first_day,
                CrDay                   last_day,
                gint64                  mention_id,
                GArray                 *mention_links,
                const CrEventCandidate *c,
                GArray                 *links,
                gboolean                set_place,
                GError                **error)
{
  MentionLink ml = { event_id, mention_id };

  g_array_append_val (mention_links, ml);

  /* Entities get their rows in this order, as they always did. */
  for (guint i = 0; i < c->participants->len; i++)
    if (!plan_entity (self, links, g_ptr_array_index (c->participants, i), ROLE_PARTICIPANT, error))
      return FALSE;
  for (guint i = 0; i < c->participants->len; i++)
    if (!plan_country_of (self, links, g_ptr_array_index (c->participants, i), error))
      return FALSE;
  if (c->place != NULL && !plan_country_of (self, links, c->place, error))
    return FALSE;
  if (set_place && c->place != NULL)
    {
      for (guint i = 0; i < links->len; i++)
        if (g_array_index (links, Link, i).role == g_intern_static_string (ROLE_PLACE))
          g_array_index (links, Link, i).role = NULL;
      if (!plan_entity (self, links, c->place, ROLE_PLACE, error))
        return FALSE;
    }
  return write_links (self, event_id, c->kind, first_day, last_day, links, error);
}

/* Binds @text (NULL binds NULL) without copying it: it must stay alive
 * until the statement has run. */
static void
bind_static (sqlite3_stmt *stmt,
             int           index,
             const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, index);
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
  /* The candidate outlives the statement's step: no copies of its text. */
  bind_static (stmt, 1, c->value);
  sqlite3_bind_int64 (stmt, 2, c->first_day);
  sqlite3_bind_int64 (stmt, 3, c->last_day);
  bind_static (stmt, 4, cr_granularity_to_string (c->granularity));
  bind_static (stmt, 5, cr_event_kind_to_string (c->kind));
  bind_static (stmt, 6, c->title);
  sqlite3_bind_double (stmt, 7, c->confidence);
  sqlite3_bind_int (stmt, 8, CR_DATE_EXTRACTOR_VERSION);
  sqlite3_bind_int64 (stmt, 9, g_get_real_time () / G_USEC_PER_SEC);
  if (!_cr_store_step_done (self, stmt, error))
    return FALSE;
  *event_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/* @c joins @stored: the more specific date wins, the title comes from the
 * most informative report. Sets the event's days and whether @c's place
 * becomes the event's. */
static gboolean
update_stored (CrStore                *self,
               const CrEventCandidate *c,
               Stored                 *stored,
               CrDay                  *first_day,
               CrDay                  *last_day,
               gboolean               *set_place,
               GError                **error)
{
  sqlite3_stmt *stmt;

  *first_day = stored->probe.first_day;
  *last_day = stored->probe.last_day;
  *set_place = FALSE;
  if (c->last_day - c->first_day < stored->probe.last_day - stored->probe.first_day)
    {
      stmt = _cr_store_ev_stmt (self, EV_UPDATE_DATE, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, stored->id);
      _cr_store_bind_text (stmt, 2, c->value);
      sqlite3_bind_int64 (stmt, 3, c->first_day);
      sqlite3_bind_int64 (stmt, 4, c->last_day);
      _cr_store_bind_text (stmt, 5, cr_granularity_to_string (c->granularity));
      if (!_cr_store_step_done (self, stmt, error))
        return FALSE;
      *first_day = c->first_day;
      *last_day = c->last_day;
    }

  stored->probe.trigger = (char *) "";
  if (cr_event_candidate_information (c) > cr_event_candidate_information (&stored->probe))
    {
      stmt = _cr_store_ev_stmt (self, EV_UPDATE_TITLE, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, stored->id);
      _cr_store_bind_text (stmt, 2, c->title);
      sqlite3_bind_double (stmt, 3, c->confidence);
      if (!_cr_store_step_done (self, stmt, error))
        return FALSE;
      /* The title names a place: show that one. */
      *set_place = c->place != NULL;
    }
  stored->probe.trigger = NULL;
  return TRUE;
}

/* Inserts an article's links of events to mentions, EV_LINK_MENTIONS_N
 * of them per statement while there are that many: each statement
 * costs a few thousand instructions besides its rows (its cursors, its
 * end), as much as a link itself. Nothing reads the links of the article
 * before they are all written. */
static gboolean
write_mention_links (CrStore  *self,
                     gint64    article_id,
                     GArray   *mention_links,
                     GError  **error)
{
  for (guint i = 0; i < mention_links->len;)
    {
      guint n = mention_links->len - i >= EV_LINK_MENTIONS_N ? EV_LINK_MENTIONS_N : 1;
      sqlite3_stmt *stmt = _cr_store_ev_stmt (self, n > 1 ? EV_LINK_MENTIONS : EV_LINK_MENTION,
                                              error);

      if (stmt == NULL)
        return FALSE;
      g_assert (sqlite3_bind_parameter_count (stmt) == (int) (3 * n));
      for (guint k = 0; k < n; k++, i++)
        {
          const MentionLink *ml = &g_array_index (mention_links, MentionLink, i);

          sqlite3_bind_int64 (stmt, 3 * k + 1, ml->event_id);
          sqlite3_bind_int64 (stmt, 3 * k + 2, ml->mention_id);
          sqlite3_bind_int64 (stmt, 3 * k + 3, article_id);
        }
      if (!_cr_store_step_done (self, stmt, error))
        return FALSE;
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
  g_autoptr(GArray) mention_links = NULL;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  g_return_val_if_fail (candidates != NULL, FALSE);

  mention_links = g_array_sized_new (FALSE, FALSE, sizeof (MentionLink), candidates->len);
  for (guint i = 0; i < candidates->len; i++)
    {
      const CrEventCandidate *c = g_ptr_array_index (candidates, i);
      Stored stored = { 0 };
      gint64 event_id = 0;
      CrDay first_day = c->first_day, last_day = c->last_day;
      gboolean set_place = TRUE;
      gboolean ok;

      if (!find_matching_event (self, c, &stored, error))
        return FALSE;

      if (stored.id == 0)
        {
          if (!insert_event (self, c, &event_id, error))
            return FALSE;
          stored.links = g_array_new (FALSE, FALSE, sizeof (Link));
        }
      else if (!update_stored (self, c, &stored, &first_day, &last_day, &set_place, error))
        {
          stored_clear (&stored);
          return FALSE;
        }
      else
        event_id = stored.id;

      ok = link_candidate (self, event_id, first_day, last_day, mention_ids[c->timex_index],
                           mention_links, c, stored.links, set_place, error);
      stored_clear (&stored);
      if (!ok)
        return FALSE;
    }

  return write_mention_links (self, article_id, mention_links, error);
}
