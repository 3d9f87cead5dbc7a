/* cr-article-list.c: the library's articles as a GListModel, for the sidebar
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-article-list"

#include "config.h"

#include "cr-article-list.h"
#include "cr-store-private.h"

struct _CrArticleRow
{
  GObject  parent_instance;
  gint64   id;
  char    *title;
  char    *source;
  char    *date;
  char    *language;
  guint    n_events;
};

G_DEFINE_FINAL_TYPE (CrArticleRow, cr_article_row, G_TYPE_OBJECT)

static void
cr_article_row_finalize (GObject *object)
{
  CrArticleRow *self = CR_ARTICLE_ROW (object);

  g_free (self->title);
  g_free (self->source);
  g_free (self->date);
  g_free (self->language);

  G_OBJECT_CLASS (cr_article_row_parent_class)->finalize (object);
}

static void
cr_article_row_class_init (CrArticleRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cr_article_row_finalize;
}

static void
cr_article_row_init (CrArticleRow *self)
{
}

gint64
cr_article_row_get_id (CrArticleRow *self)
{
  g_return_val_if_fail (CR_IS_ARTICLE_ROW (self), 0);
  return self->id;
}

const char *
cr_article_row_get_title (CrArticleRow *self)
{
  g_return_val_if_fail (CR_IS_ARTICLE_ROW (self), NULL);
  return self->title;
}

const char *
cr_article_row_get_source (CrArticleRow *self)
{
  g_return_val_if_fail (CR_IS_ARTICLE_ROW (self), NULL);
  return self->source;
}

const char *
cr_article_row_get_date (CrArticleRow *self)
{
  g_return_val_if_fail (CR_IS_ARTICLE_ROW (self), NULL);
  return self->date;
}

const char *
cr_article_row_get_language (CrArticleRow *self)
{
  g_return_val_if_fail (CR_IS_ARTICLE_ROW (self), NULL);
  return self->language;
}

guint
cr_article_row_get_n_events (CrArticleRow *self)
{
  g_return_val_if_fail (CR_IS_ARTICLE_ROW (self), 0);
  return self->n_events;
}

struct _CrArticleList
{
  GObject    parent_instance;
  CrStore   *store;
  GPtrArray *rows;     /* CrArticleRow* */
  guint      n_shown;  /* the first n_shown rows are the model's items */
  CrLibraryFilter *filter;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CrArticleList, cr_article_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
cr_article_list_get_item_type (GListModel *model)
{
  return CR_TYPE_ARTICLE_ROW;
}

static guint
cr_article_list_get_n_items (GListModel *model)
{
  return CR_ARTICLE_LIST (model)->n_shown;
}

static gpointer
cr_article_list_get_item (GListModel *model,
                          guint       position)
{
  CrArticleList *self = CR_ARTICLE_LIST (model);

  if (position >= self->n_shown)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cr_article_list_get_item_type;
  iface->get_n_items = cr_article_list_get_n_items;
  iface->get_item = cr_article_list_get_item;
}

static void
cr_article_list_dispose (GObject *object)
{
  CrArticleList *self = CR_ARTICLE_LIST (object);

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->n_shown = 0;

  G_OBJECT_CLASS (cr_article_list_parent_class)->dispose (object);
}

static void
cr_article_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CrArticleList *self = CR_ARTICLE_LIST (object);

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
cr_article_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CrArticleList *self = CR_ARTICLE_LIST (object);

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
cr_article_list_class_init (CrArticleListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_article_list_dispose;
  object_class->get_property = cr_article_list_get_property;
  object_class->set_property = cr_article_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CR_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_article_list_init (CrArticleList *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

CrArticleList *
cr_article_list_new (CrStore *store)
{
  g_return_val_if_fail (CR_IS_STORE (store), NULL);

  return g_object_new (CR_TYPE_ARTICLE_LIST, "store", store, NULL);
}

/* Articles by publication date (undated last), with how many events each
 * reports; the filter, if any, narrows them. */
static const char rows_sql[] =
  "SELECT a.id, a.title, coalesce (a.source_name, a.source_url, a.file_path, ''),"
  " a.pub_value, a.language,"
  " (SELECT count (DISTINCT em.event_id) FROM event_mentions em"
  "   JOIN events ev ON ev.id = em.event_id"
  "   WHERE em.article_id = a.id AND ev.hidden = 0)"
  " FROM articles a"
  " ORDER BY a.pub_first_day IS NULL, a.pub_first_day, a.id";

/* Replaces the rows with the library's, showing at most @max_shown. */
static gboolean
read_rows (CrArticleList  *self,
           guint           max_shown,
           GError        **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) passing = NULL;
  sqlite3_stmt *stmt;
  guint old_len;
  int rc;

  stmt = _cr_store_prepare (self->store, rows_sql, error);
  if (stmt == NULL)
    return FALSE;
  if (self->filter != NULL &&
      !cr_library_filter_match_articles (self->filter, self->store, &passing, error))
    {
      sqlite3_finalize (stmt);
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      CrArticleRow *row;

      if (passing != NULL && !g_hash_table_contains (passing, &id))
        continue;
      row = g_object_new (CR_TYPE_ARTICLE_ROW, NULL);
      row->id = id;
      row->title = _cr_store_column_dup (stmt, 1);
      row->source = _cr_store_column_dup (stmt, 2);
      row->date = _cr_store_column_dup (stmt, 3);
      row->language = _cr_store_column_dup (stmt, 4);
      row->n_events = sqlite3_column_int (stmt, 5);
      g_ptr_array_add (rows, row);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _cr_store_set_error (self->store, error, "articles");
      return FALSE;
    }

  old_len = self->n_shown;
  g_ptr_array_unref (self->rows);
  self->rows = g_steal_pointer (&rows);
  self->n_shown = MIN (self->rows->len, max_shown);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->n_shown);
  return TRUE;
}

gboolean
cr_article_list_reload (CrArticleList  *self,
                        GError        **error)
{
  g_return_val_if_fail (CR_IS_ARTICLE_LIST (self), FALSE);

  return read_rows (self, G_MAXUINT, error);
}

gboolean
cr_article_list_reload_first (CrArticleList  *self,
                              guint           n_rows,
                              GError        **error)
{
  g_return_val_if_fail (CR_IS_ARTICLE_LIST (self), FALSE);

  return read_rows (self, n_rows, error);
}

gboolean
cr_article_list_show_more (CrArticleList *self,
                           guint          n_rows)
{
  guint old_len;

  g_return_val_if_fail (CR_IS_ARTICLE_LIST (self), FALSE);

  old_len = self->n_shown;
  self->n_shown = self->rows->len - old_len > n_rows ? old_len + n_rows : self->rows->len;
  if (self->n_shown > old_len)
    g_list_model_items_changed (G_LIST_MODEL (self), old_len, 0, self->n_shown - old_len);
  return self->n_shown < self->rows->len;
}

static void
on_filter_changed (CrArticleList   *self,
                   CrLibraryFilter *filter)
{
  g_autoptr(GError) error = NULL;

  /* The list shown stays as it was; the next change tries again. */
  if (!cr_article_list_reload (self, &error))
    g_debug ("Could not filter the articles: %s", error->message);
}

void
cr_article_list_set_filter (CrArticleList    *self,
                            CrLibraryFilter  *filter)
{
  g_return_if_fail (CR_IS_ARTICLE_LIST (self));
  g_return_if_fail (filter == NULL || CR_IS_LIBRARY_FILTER (filter));

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect_object (filter, "changed", G_CALLBACK (on_filter_changed), self,
                             G_CONNECT_SWAPPED);
}
