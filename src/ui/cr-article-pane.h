/* cr-article-pane.h: the articles behind an event, their dates marked
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-store.h"

G_BEGIN_DECLS

#define CR_TYPE_ARTICLE_PANE (cr_article_pane_get_type ())
G_DECLARE_FINAL_TYPE (CrArticlePane, cr_article_pane, CR, ARTICLE_PANE, GtkWidget)

GtkWidget     *cr_article_pane_new          (void);
/* The library to read from (a read-only connection is enough). */
void           cr_article_pane_set_store    (CrArticlePane *self,
                                             CrStore       *store);
/* Shows every article that reports @event_id, each sentence about it
 * highlighted and its date expression emphasised, and scrolls to the
 * first one. Every recognised date is underlined, with its normalised
 * value as tooltip; activating one emits "event-activated". */
gboolean       cr_article_pane_show_event   (CrArticlePane *self,
                                             gint64         event_id,
                                             GError       **error);
/* Shows one article with its dates marked. */
gboolean       cr_article_pane_show_article (CrArticlePane *self,
                                             gint64         article_id,
                                             GError       **error);
void           cr_article_pane_clear        (CrArticlePane *self);
GtkTextBuffer *cr_article_pane_get_buffer   (CrArticlePane *self);
/* The event a buffer offset's date belongs to, or 0. */
gint64         cr_article_pane_get_event_at (CrArticlePane *self,
                                             int            offset);
/* Activates the date at a buffer offset, as a click does. */
gboolean       cr_article_pane_activate_at  (CrArticlePane *self,
                                             int            offset);
/* The article shown by cr_article_pane_show_article(), or 0. */
gint64         cr_article_pane_get_article  (CrArticlePane *self);
/* Events (a set of gint64 ids) whose dates the next show marks as
 * shared with another article, for side-by-side comparison; NULL: none. */
void           cr_article_pane_set_shared_events (CrArticlePane *self,
                                                  GHashTable    *ids);
/* Highlights the searched words in the text shown and the next ones. */
void           cr_article_pane_set_search   (CrArticlePane *self,
                                             const char    *words);
/* Whether the text at a buffer offset has tag @tag ("date", "sentence",
 * "mention", "shared", "search"). */
gboolean       cr_article_pane_has_tag_at   (CrArticlePane *self,
                                             const char    *tag,
                                             int            offset);

G_END_DECLS
