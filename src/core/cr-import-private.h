/* cr-import-private.h: the importer handler table and helpers they share
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "cr-article.h"
#include "cr-importer.h"

G_BEGIN_DECLS

/* One file format. @sniff looks at the path and the first bytes of the
 * decoded text and says whether the format is this one; @parse appends
 * one or more finished CrArticle to @articles or fails with
 * CR_IMPORT_ERROR. Both are pure functions of their input, so they are
 * safe on any thread and can be fuzzed directly. */
typedef struct {
  const char *name;
  gboolean  (*sniff) (const char *path,
                      const char *text,
                      gsize       len);
  gboolean  (*parse) (const char *path,
                      const char *text,
                      gsize       len,
                      GPtrArray  *articles,
                      GError    **error);
} CrImportHandler;

extern const CrImportHandler cr_import_handler_feed;
extern const CrImportHandler cr_import_handler_html;
extern const CrImportHandler cr_import_handler_json;
extern const CrImportHandler cr_import_handler_text;

/* TRUE when @path ends in one of the NULL-terminated @exts (".html"). */
gboolean  _cr_import_has_extension   (const char         *path,
                                      const char * const *exts);

/* The text after leading white space starts with @prefix, ignoring case. */
gboolean  _cr_import_starts_with     (const char *text,
                                      gsize       len,
                                      const char *prefix);

/* Appends the readable text under @node (an HTML or XHTML tree) to @out:
 * block elements become "\n", scripts, styles, navigation, asides,
 * forms and comment sections are left out. */
void      _cr_import_html_node_text  (xmlNode    *node,
                                      GString    *out);

/* Plain text of an HTML fragment (a feed's escaped description). */
char     *_cr_import_html_to_text    (const char *html);

/* Fills @article's date from @str (any shape cr_article_parse_date()
 * reads) unless it already has one from a more trusted source. */
void      _cr_import_take_date       (CrArticle    *article,
                                      const char   *str,
                                      CrDateSource  source);

G_END_DECLS
