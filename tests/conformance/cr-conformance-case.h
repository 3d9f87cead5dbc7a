/* cr-conformance-case.h: one conformance vector and how it is scored
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-date-extractor.h"
#include "cr-types.h"

G_BEGIN_DECLS

#define CR_CONF_ERROR (cr_conf_error_quark ())

typedef enum {
  CR_CONF_ERROR_NO_SUITES,
  CR_CONF_ERROR_BAD_FILE,
} CrConfError;

/* Only CR_CONF_CATEGORY_POSITIVE counts towards the pass rate; negatives
 * have their own 100% threshold; everything else is reported on its own
 * so that a stretch goal never hides a regression in the core. */
typedef enum {
  CR_CONF_CATEGORY_POSITIVE = 0,
  CR_CONF_CATEGORY_NEGATIVE,
  CR_CONF_CATEGORY_TIME,             /* hour/minute/second or a time of day */
  CR_CONF_CATEGORY_HOLIDAY,
  CR_CONF_CATEGORY_NOT_SUPPORTED,    /* Recognizers' notsupported=dotnet */
  CR_CONF_CATEGORY_LATENT,           /* Duckling's latent=1 */
  CR_CONF_CATEGORY_REGIONAL,         /* day-first English (en_GB and friends) */
  CR_CONF_CATEGORY_STRICT_NEGATIVE,  /* chrono's strict-mode negatives */
  CR_CONF_CATEGORY_UNPARSED,         /* an expectation we cannot express (BC) */
  CR_CONF_N_CATEGORIES
} CrConfCategory;

typedef enum {
  CR_CONF_VERDICT_FAIL = 0,
  CR_CONF_VERDICT_PASS,              /* the suite's own expectation */
  CR_CONF_VERDICT_PASS_ALTERNATIVE,  /* the other reading (news / alts file) */
} CrConfVerdict;

/* A calendar interval, both days inclusive. */
typedef struct {
  CrDay first;
  CrDay last;
} CrConfInterval;

typedef struct {
  char           *suite;       /* "recognizers", "chrono", "duckling" */
  CrLanguage      language;
  char           *id;          /* row id, else the source column */
  char           *input;
  CrDay           dct;         /* CR_DAY_UNKNOWN when the row has no ref */
  CrConfCategory  category;

  /* Expected span in code points, end exclusive; -1 when the row only says
   * that some expression must carry the value. */
  gssize          span_start;
  gssize          span_end;
  char           *expected_text;

  /* The expected value: an interval, or (seasons) a TIMEX value alone. */
  gboolean        has_interval;
  CrConfInterval  expected;
  /* Recognizers writes "from A to B" as ending at the start of B; an
   * extractor that includes all of B is also right. */
  gboolean        lenient_end;
  char           *timex;
  /* Other acceptable readings: the news reading of a bare weekday or month
   * (peers) or the alternative candidates of *_alts.tsv (Recognizers). */
  GArray         *alternatives;  /* CrConfInterval */
} CrConfCase;

typedef struct {
  CrConfVerdict verdict;
  /* Index into the extractor's results of the expression that decided the
   * verdict (the matching one, else the first overlapping one), or -1. */
  gint          found_index;
  /* Number of expressions that overlap the expected span. */
  guint         n_overlapping;
} CrConfScore;

GQuark          cr_conf_error_quark          (void);

void            cr_conf_case_free            (CrConfCase       *c);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrConfCase, cr_conf_case_free)

const char     *cr_conf_category_to_string   (CrConfCategory    category);

/* Loads every suite below @dir (the .tsv files in recognizers/ and peers/) into a
 * GPtrArray of CrConfCase, in file order. Files are sorted by name. */
GPtrArray      *cr_conf_load_dir             (const char       *dir,
                                              GError          **error);
/* Loads one suite file (its *_alts.tsv sibling is read with it). */
gboolean        cr_conf_load_file            (const char       *path,
                                              GPtrArray        *cases,
                                              GError          **error);

/* Parses an ISO date at a grain's precision ("2012", "2012-08",
 * "2012-08-10") into the interval of @grain that starts there. Returns
 * FALSE for a time of day or anything else. */
gboolean        cr_conf_parse_grain_interval (const char       *iso,
                                              const char       *grain,
                                              CrConfInterval   *out);

/* Adds to @c's alternatives the news reading of a row written without a
 * year (cr-conformance-news.c); @grain is the peer suite's grain. */
void            cr_conf_case_add_news_reading (CrConfCase      *c,
                                               const char      *grain);

/* Adds to @c's alternatives the extractor's documented reading of a
 * counted span ("the last two weeks", "hace dos años", "within a month"),
 * where the peer suites read it otherwise (cr-conformance-counted.c). */
void            cr_conf_case_add_counted_reading (CrConfCase    *c);

/* Scores @c against the extractor's @found results (CrTimex). */
CrConfScore     cr_conf_case_score           (const CrConfCase *c,
                                              GArray           *found);

/* A short name for the kind of construction in @c ("weekday", "month
 * name", "relative", "range", ...), to group failures. */
const char     *cr_conf_case_classify        (const CrConfCase *c);

/* "2018-09-28", "2018-09..2018-10-03" style description of an interval
 * into @buf (at least 48 bytes). */
char           *cr_conf_interval_format      (const CrConfInterval *iv,
                                              char             *buf,
                                              gsize             buf_len);

G_END_DECLS
