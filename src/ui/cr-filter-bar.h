/* cr-filter-bar.h: the library's filters as a menu and removable chips
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-library-filter.h"
#include "cr-store.h"

G_BEGIN_DECLS

#define CR_TYPE_FILTER_BAR (cr_filter_bar_get_type ())
G_DECLARE_FINAL_TYPE (CrFilterBar, cr_filter_bar, CR, FILTER_BAR, GtkWidget)

GtkWidget       *cr_filter_bar_new          (void);
/* The filter the bar edits and shows; the bar keeps a reference. */
void             cr_filter_bar_set_filter   (CrFilterBar     *self,
                                             CrLibraryFilter *filter);
CrLibraryFilter *cr_filter_bar_get_filter   (CrFilterBar     *self);
/* Where the choices of entities and sources come from; read again each
 * time the filter menu opens. */
void             cr_filter_bar_set_store    (CrFilterBar     *self,
                                             CrStore         *store);
/* Reads a date or period as the extractor does ("junio de 2024",
 * "2025-09-03", "last year" from today), in the UI language first.
 * FALSE when @text names no date. */
gboolean         cr_filter_bar_parse_period (const char      *text,
                                             CrDay           *first,
                                             CrDay           *last);

G_END_DECLS
