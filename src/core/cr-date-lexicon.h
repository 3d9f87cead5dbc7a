/* cr-date-lexicon.h: the words the date extractor knows, per language
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-types.h"

G_BEGIN_DECLS

/* Longest folded word we look up; longer words are never date words. */
#define CR_DATE_WORD_MAX 23

typedef enum {
  CR_DATE_WORD_NONE = 0,
  CR_DATE_WORD_MONTH,      /* value: 1-12 */
  CR_DATE_WORD_WEEKDAY,    /* value: 1 (Monday) - 7 */
  CR_DATE_WORD_DEICTIC,    /* value: day offset from the DCT */
  CR_DATE_WORD_UNIT,       /* value: a CrGranularity */
  CR_DATE_WORD_SEASON,     /* value: 1 spring, 2 summer, 3 autumn, 4 winter */
  CR_DATE_WORD_NUMBER,     /* value: the cardinal */
  CR_DATE_WORD_ORDINAL,    /* value: the ordinal */
  CR_DATE_WORD_PAST,       /* "pasado", "last" */
  CR_DATE_WORD_NEXT,       /* "próximo", "next" */
  CR_DATE_WORD_THIS,       /* "este", "this" */
  CR_DATE_WORD_AGO,        /* "hace", "ago" */
  CR_DATE_WORD_WITHIN,     /* "dentro (de)", "within" */
  CR_DATE_WORD_MOD,        /* value: a CrDateMod */
  CR_DATE_WORD_PLAIN,      /* only flags: "de", "the", "ley" */
  CR_DATE_WORD_WEEKEND,    /* "weekend" (Spanish spells it in three words) */
  CR_DATE_WORD_PART,       /* value: -1 earlier, 1 later, 2 rest, 3 same, 0 "más" */
} CrDateWordKind;

typedef enum {
  CR_DATE_MOD_NONE = 0,
  CR_DATE_MOD_START,
  CR_DATE_MOD_MID,
  CR_DATE_MOD_END,
  CR_DATE_MOD_APPROX,
  CR_DATE_MOD_BEFORE,
  CR_DATE_MOD_AFTER,
  CR_DATE_MOD_ON_OR_AFTER,
  CR_DATE_MOD_ON_OR_BEFORE,
} CrDateMod;

typedef enum {
  CR_DATE_LEX_ABBR    = 1 << 0,
  CR_DATE_LEX_PREP    = 1 << 1,
  CR_DATE_LEX_FROM    = 1 << 2,
  CR_DATE_LEX_TO      = 1 << 3,
  CR_DATE_LEX_ARTICLE = 1 << 4,
  CR_DATE_LEX_BLOCK   = 1 << 5,
  CR_DATE_LEX_MORNING = 1 << 6,
  CR_DATE_LEX_WEAK    = 1 << 7,
} CrDateLexFlags;

typedef struct {
  char            word[CR_DATE_WORD_MAX + 1];
  guint8          len;
  guint8          kind;      /* CrDateWordKind */
  guint8          flags;     /* CrDateLexFlags */
  gint8           value;
} CrDateLexEntry;

typedef struct _CrDateLexicon CrDateLexicon;

/* The lexicon of @language (ES or EN), built at first use and never freed. */
const CrDateLexicon  *cr_date_lexicon_get        (CrLanguage           language);

/* Looks up an already folded word (lowercase ASCII, no accents). */
const CrDateLexEntry *cr_date_lexicon_lookup     (const CrDateLexicon *lexicon,
                                                  const char          *word,
                                                  gsize                len);

/* Cheap pre-check on the first two folded letters of a word that may
 * open a date ('a'..'z'; the second
 * may be 0 for a one-letter word): FALSE means no date word starts so. */
gboolean              cr_date_lexicon_may_start  (const CrDateLexicon *lexicon,
                                                  guchar               c0,
                                                  guchar               c1);

/* A filter on plain ASCII words by their first three letters (0 when
 * shorter) and length: a clear bit means no date word. */
#define CR_DATE_FILTER_BITS 65536

static inline guint
cr_date_filter_hash (guchar c0,
                     guchar c1,
                     guchar c2,
                     gsize  len)
{
  /* One multiply: this runs for every ASCII word of the text. */
  guint32 k = ((guint32) c0 << 24) | ((guint32) c1 << 16) | ((guint32) c2 << 8) | (guint32) MIN (len, 24);

  return (k * 2654435761u) >> 16;
}

const guint8         *cr_date_lexicon_get_filter (const CrDateLexicon *lexicon);

/* The table behind cr_date_lexicon_may_start (), for the scanning loop:
 * bit c1 of entry c0 (index 26 of c1 stands for the end of the word). */
const guint32        *cr_date_lexicon_get_starts (const CrDateLexicon *lexicon);

const char           *cr_date_mod_to_string      (CrDateMod            mod);

G_END_DECLS
