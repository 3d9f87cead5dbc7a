/* cr-library-filter.c: what the user narrowed the library down to
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-library-filter"

#include "config.h"

#include "cr-library-filter.h"
#include "cr-store-private.h"

struct _CrLibraryFilter
{
  GObject  parent_instance;

  guint    kinds;
  char    *entity;
  char    *language;
  char    *source;
  CrDay    first;
  CrDay    last;
  char    *query;
};

G_DEFINE_FINAL_TYPE (CrLibraryFilter, cr_library_filter, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cr_library_filter_finalize (GObject *object)
{
  CrLibraryFilter *self = CR_LIBRARY_FILTER (object);

  g_free (self->entity);
  g_free (self->language);
  g_free (self->source);
  g_free (self->query);

  G_OBJECT_CLASS (cr_library_filter_parent_class)->finalize (object);
}

static void
cr_library_filter_class_init (CrLibraryFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cr_library_filter_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cr_library_filter_init (CrLibraryFilter *self)
{
  self->first = CR_DAY_UNKNOWN;
  self->last = CR_DAY_UNKNOWN;
}

CrLibraryFilter *
cr_library_filter_new (void)
{
  return g_object_new (CR_TYPE_LIBRARY_FILTER, NULL);
}

static void
emit_changed (CrLibraryFilter *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Blank strings mean "no condition". */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  g_autofree char *clean = value ? g_strstrip (g_strdup (value)) : NULL;

  if (clean != NULL && *clean == '\0')
    g_clear_pointer (&clean, g_free);
  if (g_strcmp0 (*field, clean) == 0)
    return FALSE;
  g_free (*field);
  *field = g_steal_pointer (&clean);
  return TRUE;
}

guint
cr_library_filter_get_kinds (CrLibraryFilter *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_FILTER (self), 0);
  return self->kinds;
}

void
cr_library_filter_set_kinds (CrLibraryFilter *self,
                             guint            kinds)
{
  g_return_if_fail (CR_IS_LIBRARY_FILTER (self));

  kinds &= (1u << CR_N_EVENT_KINDS) - 1;
  if (kinds == self->kinds)
    return;
  self->kinds = kinds;
  emit_changed (self);
}

const char *
cr_library_filter_get_entity (CrLibraryFilter *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_FILTER (self), NULL);
  return self->entity;
}

void
cr_library_filter_set_entity (CrLibraryFilter *self,
                              const char      *entity)
{
  g_return_if_fail (CR_IS_LIBRARY_FILTER (self));

  if (replace_string (&self->entity, entity))
    emit_changed (self);
}

const char *
cr_library_filter_get_language (CrLibraryFilter *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_FILTER (self), NULL);
  return self->language;
}

void
cr_library_filter_set_language (CrLibraryFilter *self,
                                const char      *language)
{
  g_return_if_fail (CR_IS_LIBRARY_FILTER (self));

  if (replace_string (&self->language, language))
    emit_changed (self);
}

const char *
cr_library_filter_get_source (CrLibraryFilter *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_FILTER (self), NULL);
  return self->source;
}

void
cr_library_filter_set_source (CrLibraryFilter *self,
                              const char      *source)
{
  g_return_if_fail (CR_IS_LIBRARY_FILTER (self));

  if (replace_string (&self->source, source))
    emit_changed (self);
}

void
cr_library_filter_get_range (CrLibraryFilter *self,
                             CrDay           *first,
                             CrDay           *last)
{
  g_return_if_fail (CR_IS_LIBRARY_FILTER (self));

  if (first != NULL)
    *first = self->first;
  if (last != NULL)
    *last = self->last;
}

void
cr_library_filter_set_range (CrLibraryFilter *self,
                             CrDay            first,
                             CrDay            last)
{
  g_return_if_fail (CR_IS_LIBRARY_FILTER (self));

  if (first == self->first && last == self->last)
    return;
  self->first = first;
  self->last = last;
  emit_changed (self);
}

const char *
cr_library_filter_get_query (CrLibraryFilter *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_FILTER (self), NULL);
  return self->query;
}

void
cr_library_filter_set_query (CrLibraryFilter *self,
                             const char      *query)
{
  g_return_if_fail (CR_IS_LIBRARY_FILTER (self));

  if (replace_string (&self->query, query))
    emit_changed (self);
}

void
cr_library_filter_clear (CrLibraryFilter *self)
{
  g_return_if_fail (CR_IS_LIBRARY_FILTER (self));

  if (cr_library_filter_is_empty (self))
    return;
  self->kinds = 0;
  g_clear_pointer (&self->entity, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->query, g_free);
  self->first = self->last = CR_DAY_UNKNOWN;
  emit_changed (self);
}

static gboolean
has_event_conditions (CrLibraryFilter *self)
{
  return self->kinds != 0 || self->first != CR_DAY_UNKNOWN || self->last != CR_DAY_UNKNOWN;
}

gboolean
cr_library_filter_is_empty (CrLibraryFilter *self)
{
  g_return_val_if_fail (CR_IS_LIBRARY_FILTER (self), TRUE);

  return !has_event_conditions (self) && self->entity == NULL && self->language == NULL &&
         self->source == NULL && self->query == NULL;
}

char *
cr_fts_match_all_words (const char *query)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  if (query == NULL)
    return NULL;
  words = g_strsplit_set (query, " \t\n\r", -1);
  for (guint i = 0; words[i]; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_c (out, '"');
      for (const char *p = words[i]; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  return out->len > 0 ? g_strdup (out->str) : NULL;
}

static GHashTable *
id_set_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
id_set_add (GHashTable *set,
            gint64      id)
{
  g_hash_table_add (set, g_memdup2 (&id, sizeof id));
}

/* ?1 is the entity. The article conditions shared by both queries: ?2 language, ?3 source,
 * ?4 FTS match, all NULL for "any". */
#define ARTICLE_CONDITIONS \
  "(?2 IS NULL OR a.language = ?2)" \
  " AND (?3 IS NULL OR coalesce (a.source_name, a.source_url, a.file_path, '') = ?3)" \
  " AND (?4 IS NULL OR a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?4))"

static const char events_sql[] =
  "SELECT e.id, e.kind, e.first_day, e.last_day FROM events e"
  " WHERE e.hidden = 0"
  " AND (?1 IS NULL OR EXISTS (SELECT 1 FROM event_entities ee"
  "      JOIN entities en ON en.id = ee.entity_id"
  "      WHERE ee.event_id = e.id AND en.canonical_key = ?1))"
  " AND (?2 IS NULL AND ?3 IS NULL AND ?4 IS NULL OR EXISTS (SELECT 1 FROM event_mentions em"
  "      JOIN articles a ON a.id = em.article_id"
  "      WHERE em.event_id = e.id AND " ARTICLE_CONDITIONS "))";

static const char articles_sql[] =
  "SELECT a.id FROM articles a WHERE " ARTICLE_CONDITIONS
  " AND (?1 IS NULL OR EXISTS (SELECT 1 FROM article_entities ae"
  "      JOIN entities en ON en.id = ae.entity_id"
  "      WHERE ae.article_id = a.id AND en.canonical_key = ?1))";

static const char reports_sql[] =
  "SELECT DISTINCT em.event_id, em.article_id FROM event_mentions em";

static void
bind_conditions (CrLibraryFilter *self,
                 sqlite3_stmt    *stmt,
                 const char      *match)
{
  _cr_store_bind_text (stmt, 1, self->entity);
  _cr_store_bind_text (stmt, 2, self->language);
  _cr_store_bind_text (stmt, 3, self->source);
  _cr_store_bind_text (stmt, 4, match);
}

static gboolean
in_range (CrLibraryFilter *self,
          sqlite3_stmt    *stmt)
{
  /* Undated events (NULL days) only pass an open range. */
  if (self->first != CR_DAY_UNKNOWN &&
      (sqlite3_column_type (stmt, 3) == SQLITE_NULL || sqlite3_column_int64 (stmt, 3) < self->first))
    return FALSE;
  if (self->last != CR_DAY_UNKNOWN &&
      (sqlite3_column_type (stmt, 2) == SQLITE_NULL || sqlite3_column_int64 (stmt, 2) > self->last))
    return FALSE;
  return TRUE;
}

gboolean
cr_library_filter_match_events (CrLibraryFilter  *self,
                                CrStore          *store,
                                GHashTable      **ids,
                                GError          **error)
{
  g_autoptr(GHashTable) set = NULL;
  g_autofree char *match = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CR_IS_LIBRARY_FILTER (self), FALSE);
  g_return_val_if_fail (CR_IS_STORE (store), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  *ids = NULL;
  if (cr_library_filter_is_empty (self))
    return TRUE;

  if ((stmt = _cr_store_prepare (store, events_sql, error)) == NULL)
    return FALSE;
  match = cr_fts_match_all_words (self->query);
  bind_conditions (self, stmt, match);
  set = id_set_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrEventKind kind = CR_EVENT_KIND_OTHER;

      cr_event_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &kind);
      if (self->kinds != 0 && (self->kinds & (1u << kind)) == 0)
        continue;
      if (!in_range (self, stmt))
        continue;
      id_set_add (set, sqlite3_column_int64 (stmt, 0));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (store, error, "filter");
      return FALSE;
    }
  *ids = g_steal_pointer (&set);
  return TRUE;
}

/* Keeps in @articles only those that report an event of @events. */
static gboolean
keep_reporting (CrStore     *store,
                GHashTable  *articles,
                GHashTable  *events,
                GError     **error)
{
  g_autoptr(GHashTable) reporting = id_set_new ();
  GHashTableIter iter;
  gpointer key;
  sqlite3_stmt *stmt;
  int rc;

  if ((stmt = _cr_store_prepare (store, reports_sql, error)) == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 event_id = sqlite3_column_int64 (stmt, 0);

      if (g_hash_table_contains (events, &event_id))
        id_set_add (reporting, sqlite3_column_int64 (stmt, 1));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (store, error, "filter");
      return FALSE;
    }

  g_hash_table_iter_init (&iter, articles);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (reporting, key))
      g_hash_table_iter_remove (&iter);
  return TRUE;
}

gboolean
cr_library_filter_match_articles (CrLibraryFilter  *self,
                                  CrStore          *store,
                                  GHashTable      **ids,
                                  GError          **error)
{
  g_autoptr(GHashTable) set = NULL;
  g_autofree char *match = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CR_IS_LIBRARY_FILTER (self), FALSE);
  g_return_val_if_fail (CR_IS_STORE (store), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  *ids = NULL;
  if (cr_library_filter_is_empty (self))
    return TRUE;

  if ((stmt = _cr_store_prepare (store, articles_sql, error)) == NULL)
    return FALSE;
  match = cr_fts_match_all_words (self->query);
  bind_conditions (self, stmt, match);
  set = id_set_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    id_set_add (set, sqlite3_column_int64 (stmt, 0));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (store, error, "filter");
      return FALSE;
    }

  if (has_event_conditions (self))
    {
      g_autoptr(GHashTable) events = NULL;

      if (!cr_library_filter_match_events (self, store, &events, error) ||
          !keep_reporting (store, set, events, error))
        return FALSE;
    }
  *ids = g_steal_pointer (&set);
  return TRUE;
}

GPtrArray *
cr_library_list_sources (CrStore  *store,
                         GError  **error)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CR_IS_STORE (store), NULL);

  stmt = _cr_store_prepare (store,
                            "SELECT DISTINCT coalesce (source_name, source_url, file_path, '') AS s"
                            " FROM articles WHERE s <> '' ORDER BY s", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (sources, _cr_store_column_dup (stmt, 0));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (store, error, "sources");
      return NULL;
    }
  return g_steal_pointer (&sources);
}

GHashTable *
cr_library_list_participants (CrStore     *store,
                              const char  *language,
                              GError     **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CR_IS_STORE (store), NULL);

  stmt = _cr_store_prepare (store,
                            "SELECT ee.event_id, group_concat (CASE WHEN ?1 = 'es'"
                            "   THEN coalesce (en.name_es, en.name_en, en.canonical_key)"
                            "   ELSE coalesce (en.name_en, en.name_es, en.canonical_key) END, ', ')"
                            " FROM event_entities ee JOIN entities en ON en.id = ee.entity_id"
                            " JOIN events e ON e.id = ee.event_id"
                            " WHERE ee.role = 'participant' AND e.hidden = 0"
                            " GROUP BY ee.event_id", error);
  if (stmt == NULL)
    return NULL;
  _cr_store_bind_text (stmt, 1, language);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (table, g_memdup2 (&id, sizeof id), _cr_store_column_dup (stmt, 1));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (store, error, "participants");
      return NULL;
    }
  return g_steal_pointer (&table);
}
