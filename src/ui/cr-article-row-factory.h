/* cr-article-row-factory.h: the sidebar's rows, one per article
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Makes and binds the widget of a CrArticleRow: its title, then its
 * date, language, number of events and source; the source is also the
 * row's tooltip and accessible description. */
GtkListItemFactory *cr_article_row_factory_new (void);

G_END_DECLS
