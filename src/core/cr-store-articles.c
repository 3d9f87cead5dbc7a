/* cr-store-articles.c: adding, updating and reading articles and mentions
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cr-date-extractor.h"
#include "cr-sentence.h"
#include "cr-store-edits.h"
#include "cr-store-events.h"
#include "cr-store-private.h"

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

static void
bind_day (sqlite3_stmt *stmt,
          int           index,
          CrDay         day)
{
  if (day == CR_DAY_UNKNOWN)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, day);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           col)
{
  const char *text = (const char *) sqlite3_column_text (stmt, col);

  return text ? g_strdup (text) : NULL;
}

static CrDay
column_day (sqlite3_stmt *stmt,
            int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return CR_DAY_UNKNOWN;
  return sqlite3_column_int (stmt, col);
}

/* The fields of an article both INSERT and UPDATE bind at ?2..?20. */
static void
bind_article (sqlite3_stmt *stmt,
              CrArticle    *article,
              gint64        now)
{
  bind_text (stmt, 2, article->content_hash);
  bind_text (stmt, 3, article->title);
  bind_text (stmt, 4, article->standfirst);
  bind_text (stmt, 5, article->body);
  bind_text (stmt, 6, article->language == CR_LANGUAGE_AUTO ? "" : cr_language_to_string (article->language));
  sqlite3_bind_int (stmt, 7, article->language_declared ? 1 : 0);
  bind_text (stmt, 8, article->date_value);
  bind_day (stmt, 9, article->date_value ? article->date : CR_DAY_UNKNOWN);
  bind_day (stmt, 10, article->date_value ? article->date_last : CR_DAY_UNKNOWN);
  bind_text (stmt, 11, article->date_value ? cr_granularity_to_string (article->date_granularity) : NULL);
  bind_text (stmt, 12, cr_date_source_to_string (article->date_source));
  bind_text (stmt, 13, article->place);
  bind_text (stmt, 14, article->author);
  bind_text (stmt, 15, article->source_name);
  bind_text (stmt, 16, article->source_url);
  bind_text (stmt, 17, article->entry_id);
  bind_text (stmt, 18, article->file_path);
  bind_text (stmt, 19, article->format ? article->format : "text");
  sqlite3_bind_int64 (stmt, 20, now);
}

/* Where store_mentions() is in a field's sentences: mentions come in
 * text order, so it only moves forward, and the hash of the sentence it
 * is on is kept for the next mention in the same sentence. */
typedef struct {
  guint   index;
  guint   hashed;    /* the sentence @hash belongs to, + 1; 0: none */
  guint32 hash;
} SentenceCursor;

/* The sentence around a mention, hashed as eight hex digits into @out:
 * what a user edit is tied to, so that it still applies after the
 * article is re-extracted. The sentences are the splitter's, the ones
 * events are built from. */
static void
sentence_hash (const char     *text,
               GArray         *sentences,
               SentenceCursor *cursor,
               gsize           start,
               gsize           end,
               char            out[9])
{
  static const char hex[] = "0123456789abcdef";
  guint32 hash;

  while (cursor->index < sentences->len &&
         g_array_index (sentences, CrSentence, cursor->index).end_byte < end)
    cursor->index++;
  if (cursor->index < sentences->len &&
      g_array_index (sentences, CrSentence, cursor->index).start_byte <= start)
    {
      const CrSentence *sentence = &g_array_index (sentences, CrSentence, cursor->index);

      if (cursor->hashed != cursor->index + 1)
        {
          cursor->hash = cr_sentence_hash (text + sentence->start_byte,
                                           sentence->end_byte - sentence->start_byte);
          cursor->hashed = cursor->index + 1;
        }
      hash = cursor->hash;
    }
  else
    /* A mention across a sentence break: the mention stands for itself. */
    hash = cr_sentence_hash (text + start, end - start);

  for (int i = 7; i >= 0; i--, hash >>= 4)
    out[i] = hex[hash & 0xf];
  out[8] = '\0';
}

/* The largest id of a mention in the library, 0 when it has none. */
static gboolean
last_mention_id (CrStore  *self,
                 gint64   *id,
                 GError  **error)
{
  sqlite3_stmt *stmt = _cr_store_stmt (self, STMT_LAST_MENTION_ID, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _cr_store_set_error (self, error, "mentions");
      sqlite3_reset (stmt);
      return FALSE;
    }
  *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  /* Past the largest possible id SQLite would pick free ids at random;
   * no library gets near it, but the ids must never wrap. */
  if (*id > G_MAXINT64 - (gint64) STMT_INSERT_MENTIONS_N * 1024)
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_FAILED, "mention ids exhausted");
      return FALSE;
    }
  return TRUE;
}

/* Columns of a row of STMT_INSERT_MENTION(S). */
#define MENTION_COLUMNS 15

/* Binds the mention @t of @field (text @text) as the row whose first
 * parameter follows @offset. The strings must outlive the statement's
 * step. */
static void
bind_mention (sqlite3_stmt  *stmt,
              int            offset,
              gint64         id,
              gint64         article_id,
              CrStoreField   field,
              const char    *text,
              const CrTimex *t,
              const char    *hash)
{
  sqlite3_bind_int64 (stmt, offset + 1, id);
  sqlite3_bind_int64 (stmt, offset + 2, article_id);
  bind_text (stmt, offset + 3, cr_store_field_to_string (field));
  sqlite3_bind_int64 (stmt, offset + 4, t->start_char);
  sqlite3_bind_int64 (stmt, offset + 5, t->end_char);
  /* The mention's words, straight from the field. */
  sqlite3_bind_text (stmt, offset + 6, text + t->start_byte, t->end_byte - t->start_byte,
                     SQLITE_STATIC);
  bind_text (stmt, offset + 7, t->value);
  bind_text (stmt, offset + 8, cr_granularity_to_string (t->granularity));
  bind_text (stmt, offset + 9, t->mod);
  bind_text (stmt, offset + 10, cr_timex_anchor_to_string (t->anchor));
  sqlite3_bind_int (stmt, offset + 11, (t->flags & CR_TIMEX_FLAG_DATELINE) ? 1 : 0);
  bind_day (stmt, offset + 12, t->first_day);
  bind_day (stmt, offset + 13, t->last_day);
  bind_text (stmt, offset + 14, hash);
  sqlite3_bind_int (stmt, offset + 15, CR_DATE_EXTRACTOR_VERSION);
}

static gboolean
store_mentions (CrStore     *self,
                CrArticle   *article,
                GError     **error)
{
  const char *fields[] = { article->title, article->standfirst, article->body };
  CrDay dct = article->date_value && article->date_granularity == CR_GRANULARITY_DAY
            ? article->date : CR_DAY_UNKNOWN;
  g_autoptr(GArray) entity_counts = g_array_new (FALSE, FALSE, sizeof (CrStoreEntityCount));

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      g_autoptr(GArray) timexes = NULL;
      g_autoptr(GArray) mention_ids = NULL;
      g_autoptr(GPtrArray) candidates = NULL;
      g_autoptr(GArray) names = NULL;
      g_autoptr(GArray) sentences = NULL;
      g_autoptr(GError) local_error = NULL;
      gint64 mention_id;
      SentenceCursor cursor;

      if (fields[f] == NULL || *fields[f] == '\0')
        continue;
      timexes = cr_date_extract (fields[f], -1, article->language, dct, &local_error);
      if (timexes == NULL)
        {
          /* Stored text is valid UTF-8 by construction; an extractor
           * refusal is a bug there, not a reason to lose the article. */
          g_warning ("Date extraction failed for article %" G_GINT64_FORMAT ": %s",
                     article->id, local_error ? local_error->message : "?");
          continue;
        }

      sentences = cr_sentence_split (fields[f], -1);
      cursor = (SentenceCursor) { 0 };
      mention_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), timexes->len);
      if (timexes->len > 0 && !last_mention_id (self, &mention_id, error))
        return FALSE;
      for (guint i = 0; i < timexes->len;)
        {
          guint n = timexes->len - i >= STMT_INSERT_MENTIONS_N ? STMT_INSERT_MENTIONS_N : 1;
          sqlite3_stmt *stmt = _cr_store_stmt (self, n > 1 ? STMT_INSERT_MENTIONS : STMT_INSERT_MENTION,
                                               error);
          char hashes[STMT_INSERT_MENTIONS_N][9];

          if (stmt == NULL)
            return FALSE;
          g_assert (sqlite3_bind_parameter_count (stmt) == (int) (MENTION_COLUMNS * n));
          for (guint k = 0; k < n; k++, i++)
            {
              const CrTimex *t = &g_array_index (timexes, CrTimex, i);

              sentence_hash (fields[f], sentences, &cursor, t->start_byte, t->end_byte, hashes[k]);
              mention_id++;
              bind_mention (stmt, MENTION_COLUMNS * k, mention_id, article->id, (CrStoreField) f,
                            fields[f], t, hashes[k]);
              g_array_append_val (mention_ids, mention_id);
            }
          if (!_cr_store_step_done (self, stmt, error))
            return FALSE;
        }

      /* What the dated sentences say happened, merged with the events
       * already in the library. */
      candidates = cr_event_candidates_find_in_sentences (fields[f], -1, article->language, sentences,
                                                          (const CrTimex *) (gpointer) timexes->data,
                                                          timexes->len, &names);
      if (!_cr_store_add_article_entities (self, entity_counts, names, error))
        return FALSE;
      if (!_cr_store_add_event_candidates (self, article->id, candidates,
                                           (const gint64 *) (gpointer) mention_ids->data, error))
        return FALSE;
    }
  return _cr_store_store_article_entities (self, article->id, entity_counts, error);
}

gboolean
cr_store_add_article (CrStore          *self,
                      CrArticle        *article,
                      CrStoreAddResult *result,
                      GError          **error)
{
  const char *key;
  sqlite3_stmt *stmt;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 existing_id = 0;
  g_autofree char *existing_hash = NULL;
  int rc;

  g_return_val_if_fail (CR_IS_STORE (self), FALSE);
  g_return_val_if_fail (article != NULL, FALSE);
  g_return_val_if_fail (article->content_hash != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (self->read_only)
    {
      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_READ_ONLY,
                   _("The library “%s” is open read-only."), self->path);
      return FALSE;
    }

  key = cr_article_get_source_key (article);
  if (key == NULL)
    {
      g_set_error_literal (error, CR_STORE_ERROR, CR_STORE_ERROR_FAILED,
                           "article without a source key");
      return FALSE;
    }

  if ((stmt = _cr_store_stmt (self, STMT_FIND_BY_KEY, error)) == NULL)
    return FALSE;
  bind_text (stmt, 1, key);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      existing_id = sqlite3_column_int64 (stmt, 0);
      existing_hash = column_dup (stmt, 1);
    }
  else if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "find article");
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  if (existing_id != 0 && g_strcmp0 (existing_hash, article->content_hash) == 0)
    {
      article->id = existing_id;
      *result = CR_STORE_ADD_DUPLICATE;
      return TRUE;
    }

  if (existing_id == 0)
    {
      /* The same text from another place (a page and the feed that
       * announced it) is the same article. */
      if ((stmt = _cr_store_stmt (self, STMT_FIND_BY_HASH, error)) == NULL)
        return FALSE;
      bind_text (stmt, 1, article->content_hash);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          article->id = sqlite3_column_int64 (stmt, 0);
          sqlite3_reset (stmt);
          *result = CR_STORE_ADD_DUPLICATE;
          return TRUE;
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _cr_store_set_error (self, error, "find article");
          return FALSE;
        }

      if ((stmt = _cr_store_stmt (self, STMT_INSERT_ARTICLE, error)) == NULL)
        return FALSE;
      bind_text (stmt, 1, key);
      bind_article (stmt, article, now);
      if (!_cr_store_step_done (self, stmt, error))
        return FALSE;
      article->id = sqlite3_last_insert_rowid (self->db);
      if (!_cr_store_index_article (self, article->id, error))
        return FALSE;
      *result = CR_STORE_ADD_IMPORTED;
    }
  else
    {
      if ((stmt = _cr_store_stmt (self, STMT_UPDATE_ARTICLE, error)) == NULL)
        return FALSE;
      bind_article (stmt, article, now);
      sqlite3_bind_int64 (stmt, 21, existing_id);
      if (!_cr_store_step_done (self, stmt, error))
        return FALSE;
      article->id = existing_id;

      *result = CR_STORE_ADD_UPDATED;
      /* Mentions are derived data: re-extract them. Edits live apart,
       * keyed by source key + sentence hash + value, and stay. */
      return _cr_store_extract_article (self, article, TRUE, error) &&
             _cr_store_replay_edits (self, error);
    }

  return _cr_store_extract_article (self, article, FALSE, error) &&
         _cr_store_replay_edits (self, error);
}

gboolean
_cr_store_extract_article (CrStore    *self,
                           CrArticle  *article,
                           gboolean    replace,
                           GError    **error)
{
  if (replace)
    {
      sqlite3_stmt *stmt;

      if (!_cr_store_forget_article_events (self, article->id, error))
        return FALSE;
      if ((stmt = _cr_store_stmt (self, STMT_DELETE_MENTIONS, error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, article->id);
      if (!_cr_store_step_done (self, stmt, error))
        return FALSE;
    }
  return store_mentions (self, article, error);
}

static CrArticle *
article_from_row (sqlite3_stmt *stmt)
{
  CrArticle *article = cr_article_new ();
  g_autofree char *pub_value = NULL;

  article->id = sqlite3_column_int64 (stmt, 0);
  g_free (article->title);
  article->title = column_dup (stmt, 1);
  article->standfirst = column_dup (stmt, 2);
  g_free (article->body);
  article->body = column_dup (stmt, 3);
  if (article->body == NULL)
    article->body = g_strdup ("");
  article->language = cr_language_from_string ((const char *) sqlite3_column_text (stmt, 4));
  article->language_declared = sqlite3_column_int (stmt, 5) != 0;
  pub_value = column_dup (stmt, 6);
  if (pub_value != NULL)
    cr_article_set_date_value (article, pub_value,
                               cr_date_source_from_string ((const char *) sqlite3_column_text (stmt, 7)));
  article->place = column_dup (stmt, 8);
  article->author = column_dup (stmt, 9);
  article->source_name = column_dup (stmt, 10);
  article->source_url = column_dup (stmt, 11);
  article->entry_id = column_dup (stmt, 12);
  article->file_path = column_dup (stmt, 13);
  article->format = column_dup (stmt, 14);
  article->content_hash = column_dup (stmt, 15);
  article->import_time = sqlite3_column_int64 (stmt, 16);
  return article;
}

CrArticle *
cr_store_get_article (CrStore  *self,
                      gint64    id,
                      GError  **error)
{
  sqlite3_stmt *stmt;
  CrArticle *article = NULL;
  int rc;

  g_return_val_if_fail (CR_IS_STORE (self), NULL);

  if ((stmt = _cr_store_stmt (self, STMT_GET_ARTICLE, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    article = article_from_row (stmt);
  else if (rc == SQLITE_DONE)
    {
      g_autofree char *id_str = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND,
                   _("There is no article %s in the library."), id_str);
    }
  else
    _cr_store_set_error (self, error, "get article");
  sqlite3_reset (stmt);
  return article;
}

GPtrArray *
cr_store_list_articles (CrStore  *self,
                        GError  **error)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_article_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CR_IS_STORE (self), NULL);

  if ((stmt = _cr_store_stmt (self, STMT_LIST_ARTICLES, error)) == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (articles, article_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "list articles");
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&articles);
}

GPtrArray *
cr_store_get_mentions (CrStore  *self,
                       gint64    article_id,
                       GError  **error)
{
  g_autoptr(GPtrArray) mentions = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_store_mention_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CR_IS_STORE (self), NULL);

  if ((stmt = _cr_store_stmt (self, STMT_GET_MENTIONS, error)) == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, article_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrStoreMention *m = g_new0 (CrStoreMention, 1);
      const char *field = (const char *) sqlite3_column_text (stmt, 1);

      m->id = sqlite3_column_int64 (stmt, 0);
      m->field = g_strcmp0 (field, "title") == 0 ? CR_STORE_FIELD_TITLE
               : g_strcmp0 (field, "standfirst") == 0 ? CR_STORE_FIELD_STANDFIRST
               : CR_STORE_FIELD_BODY;
      m->start_char = sqlite3_column_int64 (stmt, 2);
      m->end_char = sqlite3_column_int64 (stmt, 3);
      m->text = column_dup (stmt, 4);
      m->value = column_dup (stmt, 5);
      if (!cr_granularity_from_string ((const char *) sqlite3_column_text (stmt, 6), &m->granularity))
        m->granularity = CR_GRANULARITY_DAY;
      m->mod = column_dup (stmt, 7);
      m->anchor = column_dup (stmt, 8);
      m->dateline = sqlite3_column_int (stmt, 9) != 0;
      m->first_day = column_day (stmt, 10);
      m->last_day = column_day (stmt, 11);
      m->extractor_version = sqlite3_column_int (stmt, 12);
      g_ptr_array_add (mentions, m);
    }
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self, error, "get mentions");
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&mentions);
}

static gint64
count (CrStore      *self,
       CrStoreStmt   which,
       GError      **error)
{
  sqlite3_stmt *stmt = _cr_store_stmt (self, which, error);
  gint64 n = -1;

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    _cr_store_set_error (self, error, "count");
  sqlite3_reset (stmt);
  return n;
}

gint64
cr_store_count_articles (CrStore  *self,
                         GError  **error)
{
  g_return_val_if_fail (CR_IS_STORE (self), -1);
  return count (self, STMT_COUNT_ARTICLES, error);
}

gint64
cr_store_count_mentions (CrStore  *self,
                         GError  **error)
{
  g_return_val_if_fail (CR_IS_STORE (self), -1);
  return count (self, STMT_COUNT_MENTIONS, error);
}
