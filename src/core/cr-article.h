/* cr-article.h: one news article as Cronista keeps it
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-types.h"

G_BEGIN_DECLS

/* Where the publication date came from, in order of how much it is
 * trusted when several are present. */
typedef enum {
  CR_DATE_SOURCE_NONE = 0,
  CR_DATE_SOURCE_METADATA,   /* JSON-LD, <meta>, front matter, JSON field */
  CR_DATE_SOURCE_DATELINE,   /* the visible dateline of the text */
  CR_DATE_SOURCE_FEED,       /* pubDate, dc:date, published, updated */
  CR_DATE_SOURCE_USER,       /* set by hand */
} CrDateSource;

#define CR_TYPE_ARTICLE (cr_article_get_type ())

/* Plain reference-counted data: importers fill it, the store reads it.
 * Strings are owned UTF-8 (NULL when unknown, except title and body which
 * are always set, possibly empty). Paragraphs of @body are separated by
 * one "\n". */
typedef struct {
  /*< private >*/
  gatomicrefcount ref_count;

  /*< public >*/
  gint64         id;               /* row id in the store, 0 when not stored */
  char          *title;
  char          *standfirst;
  char          *body;
  CrLanguage     language;         /* CR_LANGUAGE_AUTO until detected */
  gboolean       language_declared;
  CrDay          date;             /* publication day or CR_DAY_UNKNOWN */
  CrDay          date_last;        /* last day covered by @date_value */
  char          *date_value;       /* TIMEX3 value of the date, "2025-09-03" */
  CrGranularity  date_granularity;
  CrDateSource   date_source;
  char          *place;
  char          *author;
  char          *source_name;
  char          *source_url;
  char          *entry_id;         /* feed guid/id */
  char          *file_path;        /* absolute path of the imported file */
  char          *format;           /* "text", "markdown", "html", "rss", "atom", "json" */
  char          *content_hash;     /* hex SHA-256 of the normalized content */
  gint64         import_time;      /* Unix time, seconds */
} CrArticle;

GType         cr_article_get_type        (void) G_GNUC_CONST;
CrArticle    *cr_article_new             (void);
CrArticle    *cr_article_ref             (CrArticle   *article);
void          cr_article_unref           (CrArticle   *article);

/* Sets the publication date from a TIMEX3 day/month/year value such as
 * "2025-09-03", "2024-06" or "2024"; returns FALSE and changes nothing
 * when @value is not one. */
gboolean      cr_article_set_date_value  (CrArticle   *article,
                                          const char  *value,
                                          CrDateSource source);

/* The key that identifies the article's origin across re-imports: its
 * URL, else its feed entry id, else the file's absolute path. */
const char   *cr_article_get_source_key  (CrArticle   *article);

/* Tidies the text fields (trims, collapses blank lines, drops control
 * characters), detects the language when it was not declared and
 * computes the content hash. Importers call it once the fields are set. */
void          cr_article_finish          (CrArticle   *article);

const char   *cr_date_source_to_string   (CrDateSource source);
CrDateSource  cr_date_source_from_string (const char  *str);

/* Parses the dates found in article metadata into a TIMEX3 day, month or
 * year value: ISO 8601 ("2025-09-03", "2025-09-03T23:30:00-05:00"),
 * RFC 822 ("Wed, 03 Sep 2025 23:30:00 -0500"), and written dates in
 * Spanish or English ("3 de septiembre de 2025", "September 3, 2025").
 * A timestamp with a UTC offset gives the day in that offset, which is
 * the day written in it. Returns a newly allocated value or NULL. */
char         *cr_article_parse_date      (const char  *str);

/* Same, for a whole line only ("3 de septiembre de 2025", "Miércoles,
 * 3 de septiembre de 2025"): used to recognise datelines. */
char         *cr_article_parse_dateline  (const char  *line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrArticle, cr_article_unref)

G_END_DECLS
