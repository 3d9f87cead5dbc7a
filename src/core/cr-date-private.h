/* cr-date-private.h: shared internals of the date extractor
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The extractor is split by concern: cr-date-extractor.c runs the single
 * forward pass and tokenizes around candidate positions, cr-date-grammar*.c
 * recognise the constructions on a short token window, cr-date-resolve.c
 * turns what was recognised into TIMEX3 values and calendar days.
 */

#pragma once

#include "cr-date-extractor.h"
#include "cr-date-lexicon.h"

#include <string.h>

G_BEGIN_DECLS

/* A window of tokens is all a construction ever needs ("del 1 al 3 de
 * septiembre de 2025" is 9 tokens). */
#define CR_DATE_MAX_TOKENS 20

typedef enum {
  CR_DATE_TOK_END = 0,
  CR_DATE_TOK_WORD,
  CR_DATE_TOK_NUM,
  CR_DATE_TOK_PUNCT,
} CrDateTokKind;

typedef struct {
  guint8                kind;          /* CrDateTokKind */
  guint8                space_before;  /* whitespace precedes the token */
  guint8                upper;         /* word: first letter is uppercase */
  guint8                ordinal;       /* num: "1.º", "1st", "3rd" */
  guint8                ndigits;       /* num: digits written */
  guint8                wlen;          /* word: folded length, 0 if unfoldable */
  char                  ch;            /* punct: ASCII char; dashes become '-' */
  gint32                num;           /* num: value (capped) */
  guint32               start;         /* byte offsets, end exclusive */
  guint32               end;
  const CrDateLexEntry *lex;           /* word: lexicon entry or NULL */
  char                  word[CR_DATE_WORD_MAX + 1];
} CrDateTok;

/* A point (or the bounds of a range) as recognised, before formatting. */
typedef struct {
  CrGranularity  gran;
  CrTimexAnchor  anchor;
  int            year;       /* full year; decade/century: their first year */
  int            part;       /* month, quarter, half, season or ISO week */
  int            mday;
  int            weekday;    /* only for an open weekday */
  gboolean       year_open;  /* "XXXX-06-01": no DCT to complete the year */
  gboolean       open;       /* "XXXX-WXX-3": nothing can be resolved */
  gboolean       weekend;    /* a week point standing for its Saturday and Sunday */
} CrDatePoint;

typedef struct {
  guint          first;      /* first token of the span */
  guint          ntok;       /* one past the last token of the span */
  CrDatePoint    a;
  CrDatePoint    b;          /* the end when is_range */
  gboolean       is_range;
  CrDateMod      mod;
} CrDateMatch;

typedef struct {
  const char           *text;
  gsize                 len;
  CrLanguage            lang;
  const CrDateLexicon  *lex;

  CrDay                 dct;          /* CR_DAY_UNKNOWN when absent */
  int                   dct_year;
  int                   dct_month;
  int                   dct_mday;

  /* English numeric dates: seen a day-first writing ("3 September") */
  gboolean              day_first;

  /* The word just before the window, for look-behind decisions */
  const CrDateLexEntry *prev;
  const CrDateLexEntry *prev2;            /* the word before an article prev */
  gboolean              prev_is_num;
  gboolean              prev_is_letter;   /* any word, known or not */
  gboolean              prev_from;        /* "entre el", "between the" */
  int                   prev_year_list;   /* after "2023 y" (1), "febrero," (2) */

  /* Tokens are read on demand: most candidates fail on their first or
   * second token, and reading a whole window each time would cost more
   * than everything else. tok[ntok] is the END sentinel once fill_done. */
  CrDateTok             tok[CR_DATE_MAX_TOKENS];
  guint                 ntok;
  gsize                 fill_pos;
  gboolean              fill_done;
} CrDateScan;

/* cr-date-extractor.c */
gsize     _cr_date_fold_word       (const char   *src,
                                    gsize         len,
                                    char         *out,
                                    gsize         out_len);

/* cr-date-utf8.c */
gboolean  _cr_date_validate_utf8   (const char   *text,
                                    gsize         len,
                                    gsize        *bad_offset);
/* Code points in the bytes [@from, @to) of @text */
gsize     _cr_date_count_code_points (const guchar *text,
                                      gsize         from,
                                      gsize         to);

/* cr-date-dateline.c: sets CR_TIMEX_FLAG_DATELINE on @timex when it is
 * the article's dateline */
void      _cr_date_mark_dateline   (const CrDateScan *scan,
                                    CrTimex      *timex);

/* cr-date-grammar.c: tries every construction that may start at token 0
 * of @scan; fills @match and returns TRUE on success. */
gboolean  _cr_date_grammar_match   (CrDateScan   *scan,
                                    CrDateMatch  *match);

/* cr-date-resolve.c */
void      _cr_date_point_day       (CrDatePoint  *p,
                                    int           year,
                                    int           month,
                                    int           mday,
                                    CrTimexAnchor anchor);
void      _cr_date_point_from_day  (CrDatePoint  *p,
                                    CrDay         day,
                                    CrTimexAnchor anchor);
void      _cr_date_point_simple    (CrDatePoint  *p,
                                    CrGranularity gran,
                                    int           year,
                                    int           part,
                                    CrTimexAnchor anchor);
void      _cr_date_point_open      (CrDatePoint  *p,
                                    CrGranularity gran);
/* Year for a month/day written without one, the news way. */
void      _cr_date_complete_year   (const CrDateScan *scan,
                                    CrDatePoint  *p);
/* Moves @p (a unit-granular point or the DCT) by @n of its units. */
void      _cr_date_relative_unit   (const CrDateScan *scan,
                                    CrGranularity unit,
                                    int           n,
                                    CrDatePoint  *p);
/* @direction: 0 the most recent (the DCT included), -1 the most recent
 * before the DCT, -2 the one of the week before, 1 the one of the next
 * week, 2 the one of the DCT's week, 3 the coming one (the DCT's
 * included). */
void      _cr_date_relative_weekday (const CrDateScan *scan,
                                     int          weekday,
                                     int          direction,
                                     CrDatePoint *p);
/* Completes the open year of the day @p from the DCT: the first such
 * day after the DCT when @direction is 1, the last before it when it is
 * negative ("el próximo 15 de octubre", "el pasado 1 de septiembre"),
 * the DCT's year otherwise. Nothing changes without a DCT. */
void      _cr_date_year_by_direction (const CrDateScan *scan,
                                      int               direction,
                                      CrDatePoint      *p);
void      _cr_date_shift_dct       (const CrDateScan *scan,
                                    CrGranularity unit,
                                    int           n,
                                    CrDatePoint  *p);
gboolean  _cr_date_point_bounds    (const CrDatePoint *p,
                                    CrDay        *first,
                                    CrDay        *last);
/* The days of @p under @mod ("the end of 2008": September to December),
 * with the widths of @scan's language */
gboolean  _cr_date_point_narrowed  (const CrDateScan  *scan,
                                    const CrDatePoint *p,
                                    CrDateMod     mod,
                                    CrDay        *first,
                                    CrDay        *last);
void      _cr_date_match_to_timex  (const CrDateScan  *scan,
                                    const CrDateMatch *match,
                                    CrTimex           *timex);

/* Context a construction is found in, for the words that are dates only
 * after a preposition ("en junio", "in May") or inside a larger one. */
typedef enum {
  CR_DATE_CTX_NONE    = 0,
  CR_DATE_CTX_PREP    = 1 << 0,   /* "en", "in", "desde", "since"... */
  CR_DATE_CTX_ARTICLE = 1 << 1,   /* "el", "the" */
  CR_DATE_CTX_INNER   = 1 << 2,   /* after a mod word or a range link */
  CR_DATE_CTX_FROM    = 1 << 3,   /* "entre", "between": "y"/"and" links */
  CR_DATE_CTX_APPROX  = 1 << 4,   /* "about", "alrededor de" */
} CrDateCtx;

/* cr-date-extractor.c: reads tokens until token @i exists or the window
 * ends. */
void      _cr_date_fill_to         (CrDateScan   *scan,
                                    guint         i);

static inline const CrDateTok *
_cr_date_tok (const CrDateScan *s,
              guint             i)
{
  if (G_UNLIKELY (i >= s->ntok) && !s->fill_done)
    _cr_date_fill_to ((CrDateScan *) s, i);
  return &s->tok[MIN (i, s->ntok)];
}

/* The lexicon kind of token @i, or NONE when it is not a known word. */
static inline CrDateWordKind
_cr_date_kind (const CrDateScan *s,
               guint             i)
{
  const CrDateTok *t = _cr_date_tok (s, i);

  return t->kind == CR_DATE_TOK_WORD && t->lex ? (CrDateWordKind) t->lex->kind : CR_DATE_WORD_NONE;
}

static inline int
_cr_date_value (const CrDateScan *s,
                guint             i)
{
  const CrDateTok *t = _cr_date_tok (s, i);

  return t->lex ? t->lex->value : 0;
}

static inline gboolean
_cr_date_flag (const CrDateScan *s,
               guint             i,
               CrDateLexFlags    flag)
{
  const CrDateTok *t = _cr_date_tok (s, i);

  return t->kind == CR_DATE_TOK_WORD && t->lex && (t->lex->flags & flag);
}

static inline gboolean
_cr_date_is (const CrDateScan *s,
             guint             i,
             const char       *word)
{
  const CrDateTok *t = _cr_date_tok (s, i);

  /* strlen () of a literal folds to a constant once inlined, and so the
   * length test rejects most words before any byte is compared. */
  size_t len = strlen (word);

  return t->kind == CR_DATE_TOK_WORD && t->wlen == len && memcmp (t->word, word, len) == 0;
}

static inline gboolean
_cr_date_punct (const CrDateScan *s,
                guint             i,
                char              ch)
{
  const CrDateTok *t = _cr_date_tok (s, i);

  return t->kind == CR_DATE_TOK_PUNCT && t->ch == ch;
}

static inline gboolean
_cr_date_num (const CrDateScan *s,
              guint             i)
{
  return _cr_date_tok (s, i)->kind == CR_DATE_TOK_NUM;
}

/* cr-date-grammar.c */
guint     _cr_date_parse_at        (CrDateScan   *scan,
                                    guint         i,
                                    guint         ctx,
                                    CrDateMatch  *match);
/* cr-date-grammar-range.c: what follows a date at @j may make it a range
 * ("to August", "y 2016"); returns the new end */
guint     _cr_date_extend_range    (CrDateScan   *scan,
                                    guint         j,
                                    guint         ctx,
                                    CrDateMatch  *match);
/* "November between 19 and 20": days of the month at @i */
guint     _cr_date_parse_month_between (CrDateScan  *scan,
                                        guint        i,
                                        CrDateMatch *match);
/* "from 10-1-2018-10-7-2018", "from 5/1-5/7, 2020": two numeric dates
 * after "from", "de", "between" */
guint     _cr_date_parse_numeric_range (CrDateScan  *scan,
                                        guint        i,
                                        guint        ctx,
                                        CrDateMatch *match);
guint     _cr_date_parse_year      (const CrDateScan *scan,
                                    guint         i,
                                    int          *year);
guint     _cr_date_parse_day_date  (CrDateScan   *scan,
                                    guint         i,
                                    CrDateMatch  *match);
/* Number written in figures or words at @i ("3", "tres", "a"). */
guint     _cr_date_parse_count     (const CrDateScan *scan,
                                    guint         i,
                                    int          *n);

guint     _cr_date_parse_month     (const CrDateScan *scan,
                                    guint         i,
                                    gboolean      strong,
                                    int          *month);
gboolean  _cr_date_month_has_number (const CrDateScan *scan,
                                     guint        i);
/* A year in words: "mil novecientos noventa", "nineteen ninety six", "two
 * thousand and fifteen" */
guint     _cr_date_parse_year_words (const CrDateScan *scan,
                                     guint        i,
                                     int         *year);
/* "88 AD", "2555 BE", "14 a.d.", "88 d. C.": a year of an era at @i */
guint     _cr_date_parse_era_year  (const CrDateScan *scan,
                                    guint         i,
                                    int          *year);
/* "247", "two hundred and sixty seven" after "year"/"año" */
guint     _cr_date_parse_small_year (const CrDateScan *scan,
                                     guint        i,
                                     CrDateMatch *match);
/* "88 AD", "2024 AD August", "the 1990s" at the number @i */
guint     _cr_date_parse_era_or_decade (CrDateScan  *scan,
                                        guint        i,
                                        CrDateMatch *match);
/* "the two thousands", "the twenty-tens" at the number @i */
guint     _cr_date_parse_decade_words (CrDateScan  *scan,
                                       guint        i,
                                       CrDateMatch *match);
/* "the ides of March", "cy18" at the word @i */
guint     _cr_date_parse_ides_or_cy (CrDateScan  *scan,
                                     guint        i,
                                     CrDateMatch *match);
/* "Mil novecientos noventa.": a year in words as a sentence */
guint     _cr_date_parse_year_words_alone (CrDateScan  *scan,
                                           guint        i,
                                           CrDateMatch *match);
/* "q1 and q2", "t1 y t2": the quarter at @i is one of a pair */
gboolean  _cr_date_quarter_pair    (const CrDateScan *scan,
                                    guint         i);
/* "el día nueve": a day in words alone after "día", in the DCT's month */
guint     _cr_date_parse_day_words_alone (const CrDateScan *scan,
                                          guint        i,
                                          int         *mday);
/* "in nineteen ninety six", "en mil novecientos noventa": a year in words
 * after a preposition, standing alone */
guint     _cr_date_parse_year_in_words (CrDateScan *scan,
                                        guint       i,
                                        guint       ctx,
                                        CrDateMatch *match);
/* Optional year after a day or month: "de 2025", ", 2025", "del 87",
 * "del año pasado"; @relative tells the last kind. */
guint     _cr_date_parse_year_tail (CrDateScan   *scan,
                                    guint         i,
                                    int          *year,
                                    gboolean     *relative);
void      _cr_date_set_day         (CrDateScan   *scan,
                                    CrDatePoint  *p,
                                    int           year,
                                    gboolean      have_year,
                                    gboolean      relative,
                                    int           month,
                                    int           mday);
/* cr-date-grammar-numeric.c */
guint     _cr_date_parse_numeric   (CrDateScan   *scan,
                                    guint         i,
                                    CrDateMatch  *match);
/* cr-date-grammar-day.c: a two-digit year made whole around the DCT */
int       _cr_date_pivot_year      (const CrDateScan *scan,
                                    int           yy);
/* Token @i is @ch with no space on either side ("11/2016") */
gboolean  _cr_date_tight_punct     (const CrDateScan *scan,
                                    guint         i,
                                    char          ch);
/* A day of the month written in figures or words ("3", "tres", "third");
 * sets @mday. */
guint     _cr_date_parse_day_num   (const CrDateScan *scan,
                                    guint         i,
                                    int          *mday);
void      _cr_date_complete        (CrDateScan   *scan,
                                    CrDatePoint  *p);

/* cr-date-grammar-rel.c: shared word tests */
/* -1 for "pasado"/"last", 1 for "próximo"/"next", 2 for "este"/"this". */
int       _cr_date_direction_of    (const CrDateScan *scan,
                                    guint         i);
/* "que viene", "que entra" */
guint     _cr_date_que_viene       (const CrDateScan *scan,
                                    guint         i);
/* "weekend", "fin de semana" */
guint     _cr_date_weekend_at      (const CrDateScan *scan,
                                    guint         i);

/* cr-date-grammar-count.c */
/* "N unit" at @i ("tres días", "2 weeks", "a few months") */
guint     _cr_date_parse_amount    (const CrDateScan *scan,
                                    guint         i,
                                    CrGranularity *unit,
                                    int          *n);
/* The days from the DCT on (@dir 1) or up to it (-1), as a range */
void      _cr_date_count_range     (const CrDateScan *scan,
                                    CrGranularity unit,
                                    int           n,
                                    int           dir,
                                    CrDateMatch  *match);
guint     _cr_date_parse_compound  (CrDateScan   *scan,
                                    guint         i,
                                    gboolean      hace,
                                    CrDateMatch  *match);
/* "5 years 1 month 12 days": up to four amounts at @i; @k of them */
guint     _cr_date_parse_amounts   (const CrDateScan *scan,
                                    guint         i,
                                    CrGranularity *units,
                                    int          *ns,
                                    int          *k);
/* The day @k amounts reach from @base, forward (@dir 1) or back (-1) */
CrDay     _cr_date_apply_amounts   (const CrDateScan *scan,
                                    CrDay         base,
                                    const CrGranularity *units,
                                    const int    *ns,
                                    int           k,
                                    int           dir);
/* "the last 3 months and 2 weeks": the amounts at @i after a direction
 * word (@dir -1 or 1), two at least */
guint     _cr_date_parse_count_span (CrDateScan  *scan,
                                     guint        i,
                                     int          dir,
                                     CrDateMatch *m);
/* "within two weeks", "dentro de 9 meses" at the WITHIN word @i */
guint     _cr_date_parse_within    (CrDateScan   *scan,
                                    guint         i,
                                    guint         ctx,
                                    CrDateMatch  *m);
/* "Monday two weeks from now": the full weekday @wd, the count at @j */
guint     _cr_date_parse_weekday_offset (CrDateScan  *scan,
                                         int          wd,
                                         guint        j,
                                         CrDateMatch *m);
/* "next 4 business days" (@dir 1), "previous ..." (-1), "in four
 * business days" (0), the count at @i */
guint     _cr_date_parse_business_days (CrDateScan  *scan,
                                        guint        i,
                                        int          dir,
                                        CrDateMatch *m);
/* "last weekday", "next weekday" (@dir -1, 1), "weekday" at @i */
guint     _cr_date_parse_next_weekday (CrDateScan  *scan,
                                       guint        i,
                                       int          dir,
                                       CrDateMatch *m);
/* What follows "N unit" at @i: "ago", "later", "from now", "after X" */
guint     _cr_date_parse_amount_tail (CrDateScan   *scan,
                                      guint         i,
                                      guint         ctx,
                                      CrGranularity unit,
                                      int           n,
                                      CrDateMatch  *match);

/* cr-date-grammar-part.c */
/* "earlier this month", "the rest of the week", "the same year" at @i,
 * a PART word */
guint     _cr_date_parse_part      (CrDateScan   *scan,
                                    guint         i,
                                    CrDateMatch  *match);
/* "now", "ahora" at @i, when there is a DCT to say which day */
gboolean  _cr_date_now_at          (const CrDateScan *scan,
                                    guint         i);
/* "between now and X", "entre ahora y X": from the DCT to X */
guint     _cr_date_parse_now_range (CrDateScan   *scan,
                                    guint         i,
                                    guint         ctx,
                                    CrDateMatch  *match);
/* "the first two weeks of 2021": @n @unit at the start (@first) or end of
 * the period after "of" at @k */
guint     _cr_date_parse_span_of   (CrDateScan   *scan,
                                    guint         k,
                                    int           n,
                                    CrGranularity unit,
                                    gboolean      first,
                                    CrDateMatch  *match);
/* "from 4 to January 22": a bare day at @i, then a date */
guint     _cr_date_parse_day_to_date (CrDateScan *scan,
                                      guint       i,
                                      guint       ctx,
                                      CrDateMatch *match);
/* "three Fridays from now", "2 thursdays ago" at the count @i */
guint     _cr_date_parse_counted_weekdays (CrDateScan *scan,
                                           guint       i,
                                           CrDateMatch *match);
/* "2 weeks starting May 20th": @n @unit from the day after @k */
guint     _cr_date_parse_span_from (CrDateScan   *scan,
                                    guint         k,
                                    CrGranularity unit,
                                    int           n,
                                    CrDateMatch  *match);
/* "year to date", "el año hasta la fecha" at the unit @i */
guint     _cr_date_parse_unit_to_date (CrDateScan *scan,
                                       guint       i,
                                       CrDateMatch *match);
/* "to date", "hasta la fecha" after the range link at @link */
guint     _cr_date_to_date         (const CrDateScan *scan,
                                    guint         link,
                                    guint         k);
/* "after next", "after the next" at @j: the index after it, or 0 */
guint     _cr_date_after_next      (const CrDateScan *scan,
                                    guint         j);
/* "for the day", "por el mes" closing a clause, the unit at @i */
guint     _cr_date_parse_unit_alone (CrDateScan  *scan,
                                     guint        i,
                                     CrDateMatch *match);

/* cr-date-grammar-news.c */
/* Is token @i a word that opens a clause ("the 15th when talks resume"),
 * rather than a noun an ordinal counts ("the 12th floor")? */
gboolean  _cr_date_clause_word     (const CrDateScan   *scan,
                                    guint               i);
/* Is token @i a noun that a number before it counts ("the 2000
 * protesters", "los 1500 vecinos")? */
gboolean  _cr_date_count_noun      (const CrDateScan   *scan,
                                    guint               i);
/* Does the figure at @i count things rather than name a year ("the 2000
 * protesters", "rose from 1900 to 2000 points")? @ctx is its context. */
gboolean  _cr_date_counts          (const CrDateScan   *scan,
                                    guint               i,
                                    guint               ctx);
/* Is token @i glued to a figure before it ("24H2", a version), not to a
 * year ("2016H2")? */
gboolean  _cr_date_glued           (const CrDateScan   *scan,
                                    guint               i);
/* Is the month or season at @i, capitalised inside a sentence, part of a
 * name ("Julio Iglesias", "the Summer of Love", "la Primavera Árabe")? */
gboolean  _cr_date_named           (const CrDateScan   *scan,
                                    guint               i);
/* Is the quarter or half named at @i (its phrase read up to @j) one of
 * a game ("the first quarter of the game", "el primer cuarto")? */
gboolean  _cr_date_part_of_game    (const CrDateScan   *scan,
                                    guint               i,
                                    guint               j);
/* Is "about" at @i about what is talked of ("worried about next year"),
 * not an approximation? */
gboolean  _cr_date_after_topic     (const CrDateScan   *scan,
                                    guint               i);
/* "el pasado mes de julio", "el próximo mes de octubre": the month named
 * after the unit at @j, in direction @dir; the end, or 0 */
guint     _cr_date_unit_month      (CrDateScan         *scan,
                                    guint               j,
                                    int                 dir,
                                    CrDateMatch        *match);
/* "el pasado día 15", "el próximo día 1 de octubre": the day after the
 * direction word, at @j ("día"), before or after the DCT; the end, or 0 */
guint     _cr_date_dir_day         (CrDateScan         *scan,
                                    guint               j,
                                    int                 dir,
                                    CrDateMatch        *match);
/* Does "'s" (or "’s") close token @i ("this year's election")? */
gboolean  _cr_date_possessive_after (const CrDateScan *scan,
                                     guint             i);
/* After "since" (@mod from the word at @i), a day or month without its
 * year is the latest one on or before the DCT */
void      _cr_date_since_past      (const CrDateScan   *scan,
                                    guint               i,
                                    CrDateMod           mod,
                                    CrDateMatch        *match);
/* Is token @i a word with no date meaning ("of", "summit")? */
gboolean  _cr_date_plain_word      (const CrDateScan   *scan,
                                    guint               i);
/* Is the word at @i part of an idiom ("el día de mañana", "al día
 * siguiente")? */
gboolean  _cr_date_idiom_day       (const CrDateScan   *scan,
                                    guint               i);
/* cr-date-grammar-week.c */
/* "7/6" after a weekday: a day and a month, even this short */
guint     _cr_date_parse_short_day_month (const CrDateScan *scan,
                                          guint        k,
                                          CrDatePoint *p);
/* Is the word right before the bytes at @pos one of @words (lowercase
 * ASCII, NULL-terminated)? Only spaces may separate them. */
gboolean  _cr_date_word_before_is  (const CrDateScan   *scan,
                                    gsize               pos,
                                    const char * const *words);
/* "the whole summer", "all winter long": the season word at @i may
 * stand without an article or preposition */
gboolean  _cr_date_whole_season    (const CrDateScan *scan,
                                    guint         i);
guint     _cr_date_parse_weekday_led (CrDateScan *scan,
                                      guint       i,
                                      guint       ctx,
                                      CrDateMatch *match);
/* The @n-th (-1: last) week or weekday at @i "of" a month or year. */
guint     _cr_date_parse_nth_in    (CrDateScan   *scan,
                                    guint         i,
                                    int           n,
                                    CrDateMatch  *match);
guint     _cr_date_parse_relative  (CrDateScan   *scan,
                                    guint         i,
                                    guint         ctx,
                                    CrDateMatch  *match);

/* cr-date-resolve.c */
void      _cr_date_season_relative (const CrDateScan *scan,
                                    int           season,
                                    int           direction,
                                    CrDatePoint  *p);
void      _cr_date_weekend         (const CrDateScan *scan,
                                    int           direction,
                                    CrDatePoint  *p);
/* The @n-th (1-based; -1 the last) week or weekday (1-7, 0 for a week, 8
 * for any day, 9 for a month of a year) of the month or year @container;
 * FALSE when there is none. */
gboolean  _cr_date_nth_in          (const CrDatePoint *container,
                                    int           n,
                                    int           weekday,
                                    CrDatePoint  *p);
void      _cr_date_month_relative  (const CrDateScan *scan,
                                    int           month,
                                    int           direction,
                                    CrDatePoint  *p);

G_END_DECLS
