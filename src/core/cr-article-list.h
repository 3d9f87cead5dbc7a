/* cr-article-list.h: the library's articles as a GListModel, for the sidebar
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-library-filter.h"
#include "cr-store.h"

G_BEGIN_DECLS

/* One article of the list: what the sidebar shows of it. */
#define CR_TYPE_ARTICLE_ROW (cr_article_row_get_type ())
G_DECLARE_FINAL_TYPE (CrArticleRow, cr_article_row, CR, ARTICLE_ROW, GObject)

gint64       cr_article_row_get_id        (CrArticleRow *self);
const char  *cr_article_row_get_title     (CrArticleRow *self);
/* The source's name, else its URL, else the file's path. */
const char  *cr_article_row_get_source    (CrArticleRow *self);
/* TIMEX3 publication date ("2025-09-03"), or NULL. */
const char  *cr_article_row_get_date      (CrArticleRow *self);
/* "es", "en", or "" when unknown. */
const char  *cr_article_row_get_language  (CrArticleRow *self);
guint        cr_article_row_get_n_events  (CrArticleRow *self);

/* The articles of a library, by publication date, optionally only those
 * that pass a CrLibraryFilter. Items are CrArticleRow. */
#define CR_TYPE_ARTICLE_LIST (cr_article_list_get_type ())
G_DECLARE_FINAL_TYPE (CrArticleList, cr_article_list, CR, ARTICLE_LIST, GObject)

CrArticleList *cr_article_list_new        (CrStore       *store);
/* Reads the library again (after an import or an edit): one
 * "items-changed" for the whole list. */
gboolean       cr_article_list_reload     (CrArticleList *self,
                                           GError       **error);
/* Reads the library again but shows only its first @n_rows articles,
 * for a list view that makes a widget for each new row at once: the
 * others follow with cr_article_list_show_more(). Any other reload
 * shows them all. */
gboolean       cr_article_list_reload_first (CrArticleList *self,
                                             guint          n_rows,
                                             GError       **error);
/* Shows up to @n_rows more of the articles read, in one "items-changed"
 * at the end of the list. Returns: whether some are still hidden. */
gboolean       cr_article_list_show_more  (CrArticleList *self,
                                           guint          n_rows);
/* Only the articles that also pass @filter (NULL: no filter), from the
 * next reload on; each change of the filter reloads. */
void           cr_article_list_set_filter (CrArticleList    *self,
                                           CrLibraryFilter  *filter);

G_END_DECLS
