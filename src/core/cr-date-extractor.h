/* cr-date-extractor.h: find and normalise dates in Spanish and English news
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-types.h"

G_BEGIN_DECLS

/* Bumped whenever the extractor's output may change for the same input;
 * stored with every mention so the library knows what to re-extract. */
#define CR_DATE_EXTRACTOR_VERSION 4

#define CR_DATE_ERROR (cr_date_error_quark ())

typedef enum {
  CR_DATE_ERROR_INVALID_UTF8,
} CrDateError;

typedef enum {
  CR_TIMEX_ANCHOR_ABSOLUTE = 0,    /* fully written: "3 de septiembre de 2025" */
  CR_TIMEX_ANCHOR_UNDERSPECIFIED,  /* completed from the DCT: "el 1 de junio" */
  CR_TIMEX_ANCHOR_RELATIVE,        /* counted from the DCT: "ayer", "last Tuesday" */
} CrTimexAnchor;

typedef enum {
  CR_TIMEX_FLAG_NONE     = 0,
  CR_TIMEX_FLAG_DATELINE = 1 << 0, /* the article's publication dateline */
} CrTimexFlags;

/* One temporal expression. Plain data: CrTimex values live in a GArray. */
typedef struct {
  /* Span in the input: Unicode code points and bytes, end exclusive. */
  gsize          start_char;
  gsize          end_char;
  gsize          start_byte;
  gsize          end_byte;

  /* TIMEX3 value: "2025-09-03", "2024-06", "2024", "2025-W36", "2025-Q1",
   * "2025-H1", "2025-SU", "199", "19", "XXXX-WXX-3",
   * "2025-09-01/2025-09-03" for ranges. Nul-terminated. */
  char           value[48];
  CrGranularity  granularity;
  /* TIMEX3 mod ("START", "MID", "END", "APPROX", "BEFORE", "AFTER",
   * "ON_OR_AFTER", ...) or "" for none. Nul-terminated. */
  char           mod[16];
  CrTimexAnchor  anchor;
  CrTimexFlags   flags;

  /* First and last calendar day covered, inclusive, in days since
   * 1970-01-01; CR_DAY_UNKNOWN when the value is open ("XXXX-WXX-3"). */
  CrDay          first_day;
  CrDay          last_day;
} CrTimex;

GQuark       cr_date_error_quark          (void);

/* How the extractor reads news (see tests/test-date-es.c for examples):
 * - a bare weekday ("el lunes", "on Tuesday") is the most recent one on or
 *   before the DCT; "este lunes" is the one in the DCT's ISO week, "this
 *   Monday" the coming one (the DCT's included); "el pasado lunes"/"last Monday" the most recent strictly before;
 *   "el próximo lunes"/"next Monday" the one in the following week;
 *   "el lunes anterior"/"previous Monday" the one in the week before;
 *   "los lunes", "cada lunes", "every Monday", and "ese lunes", "that
 *   Monday" (the story's) are open ("XXXX-WXX-1"), with no days;
 * - a bare month ("en junio") is the most recent one, the DCT's included,
 *   unless a later item of its list has a year ("en junio y julio de 2023",
 *   "in Q1 and Q2 2023": that year, or the one before for "diciembre y
 *   enero de 2024"); "May 5 and 6, 2023", like "el 3 y el 4 de marzo",
 *   is the range of both days;
 *   a day without a year ("el 1 de junio") is the nearest such day, the
 *   latest one after "since" ("since January 2"); a day
 *   of the month alone ("el día nueve", "on the 15th") is the DCT's month's,
 *   "el pasado día 15" the latest 15th before the DCT, "el próximo día 20"
 *   the first 20th after; "el pasado mes de julio" is that July;
 * - a year needs a preposition or article ("en 2024", "el año 2024"),
 *   or "back to" or a noun and "of" before it ("dates back to 1865",
 *   "the crisis of 2008"), or an era or "CY" with it ("88 AD", "2555 BE"
 *   is 2012, "CY2008"): "2024 personas", "one of 2019 voters" and "a
 *   crowd of 2000" are quantities;
 * - "hace tres días", "in two months", "dentro de dos semanas" are days;
 *   "los últimos tres años", "the past fortnight", "within two weeks"
 *   (also "... from today"), "dentro de los próximos tres meses", "within
 *   5 years 1 month 12 days" are day ranges ending or starting at the DCT; "this working week" is its
 *   Monday to Friday;
 *   quarters, decades and centuries are counted whole ("the next two
 *   decades" are the 2030s and 2040s);
 * - parts of a period are cut at the DCT: "earlier this month" runs from
 *   its first day to the day before the DCT, at most to the 15th ("earlier
 *   this year" to June 30, "earlier this week" to Wednesday); "later this
 *   month" from the DCT, at the earliest the 16th, to its end; "the rest
 *   of the week" from the DCT to Sunday; "the same week" and "that
 *   weekend" are the DCT's;
 * - the beginning, middle and end of a period (mod START, MID, END) are,
 *   as most rows of the conformance suites read them in each language:
 *   a written year in thirds ("early 2019" January to April, "mid" May
 *   to August, "late" September to December); a year counted from the
 *   DCT ("this year", "el año pasado") the same in English except "the
 *   beginning of the year", January to March, and in halves in Spanish
 *   ("a finales de este año" July to December); a month in English in
 *   thirds (1-10, 11-20, 21-end), in Spanish in fortnights ("a
 *   principios de mes" 1-15, "a finales" 16-end, "a mediados" 10-20);
 *   a week Monday to Wednesday, Tuesday to Friday ("midweek"), and
 *   Friday to Sunday (Spanish: Thursday to Sunday); other periods in
 *   thirds;
 * - a range from or to a part of a period runs over the days that part
 *   covers ("from 2007 to the end of 2008"), except that "the middle" is
 *   the period's middle day ("from the middle of 2007": July 2);
 * - a day after "w/c" (week commencing) stands for its ISO week;
 * - seasons are those of the northern hemisphere, from the solstice or
 *   equinox that opens them to the one that closes them, both days
 *   included (summer June 21 to September 23, winter December 21 to
 *   March 20);
 * - "now" at the end of a range is the DCT; "to date", "hasta la fecha"
 *   stop the day before it;
 * - an ordinal weekday without a month ("the second Sunday", "el primer
 *   domingo") is that weekday of the DCT's month, unless it ranks or
 *   counts ("finished second Sunday", "every second Saturday");
 * - a weekday with a written day ("Tuesday the 31st", "martes 6") is the
 *   nearest such day, before or after the DCT; "this upcoming Friday",
 *   "Friday after next", "three Fridays from now" count from the DCT;
 *   "Monday two weeks from now", "in 3 days on Friday" are that weekday
 *   of the week (Sunday to Saturday) the count reaches; "the next 4
 *   business days", "next weekday" skip Saturdays and Sundays;
 * - "after this year" is the next year on (ON_OR_AFTER), "before this
 *   month" last month and before (ON_OR_BEFORE);
 * - without a DCT, values that need one are open ("XXXX-WXX-3") and
 *   their days CR_DAY_UNKNOWN.
 * A date alone on a line near the top ("3 de septiembre de 2025", or after
 * "Madrid, ") is flagged CR_TIMEX_FLAG_DATELINE (the first one only); a
 * caller without a DCT may extract again with its first_day. */

/* Scans @text (UTF-8, @len bytes or -1 when nul-terminated) in @language
 * (CR_LANGUAGE_AUTO detects it) with the document creation time @dct (the
 * publication day, or CR_DAY_UNKNOWN) and returns a GArray of CrTimex in
 * text order, or NULL with @error set when @text is not valid UTF-8 (the
 * message names the byte offset). Thread-safe; memory use is independent
 * of the input size beyond the results. */
GArray      *cr_date_extract              (const char  *text,
                                           gssize       len,
                                           CrLanguage   language,
                                           CrDay        dct,
                                           GError     **error);

const char  *cr_timex_anchor_to_string    (CrTimexAnchor anchor);

G_END_DECLS
