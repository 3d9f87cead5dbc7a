/* cr-tokens.h: words of a text, folded for matching
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  CR_TOKEN_CAPITALIZED = 1 << 0,  /* starts with an upper-case letter */
  CR_TOKEN_ALL_UPPER   = 1 << 1,  /* every letter upper-case ("EE", "UN") */
  CR_TOKEN_JOINED      = 1 << 2,  /* only blanks, hyphens, dots or apostrophes
                                   * separate it from the previous token */
  CR_TOKEN_NUMBER      = 1 << 3,  /* digits only */
} CrTokenFlags;

typedef struct {
  gsize         start_byte;
  gsize         end_byte;
  gsize         start_char;
  gsize         end_char;
  const char   *folded;     /* lower case, without accents; owned by the list */
  CrTokenFlags  flags;
} CrToken;

typedef struct _CrTokenList CrTokenList;

/* Splits UTF-8 @text into words (letters and digits; a hyphen, dot or
 * apostrophe splits words but keeps them joined). Invalid bytes separate
 * words and count as one code point. */
CrTokenList   *cr_token_list_new        (const char  *text,
                                         gssize       len);
void           cr_token_list_free       (CrTokenList *list);
/* The tokens of @parent inside [@start_byte, @end_byte), with offsets
 * relative to that range (@start_char is its first code point). Borrows
 * the folded words of @parent, which must outlive the slice. */
CrTokenList   *cr_token_list_new_slice  (CrTokenList *parent,
                                         gsize        start_byte,
                                         gsize        end_byte,
                                         gsize        start_char);
guint          cr_token_list_get_length (CrTokenList *list);
const CrToken *cr_token_list_get        (CrTokenList *list,
                                         guint        index);

/* Lower-cases @word and removes accents and other combining marks
 * ("Reunión" → "reunion", "Ñandú" → "nandu"). */
char          *cr_fold_word             (const char  *word,
                                         gssize       len);

/* Folds a phrase into the form tokens are matched on: folded words
 * joined by one space ("Kim Jong-un" → "kim jong un", "EE. UU." → "ee uu"). */
char          *cr_fold_phrase           (const char  *phrase);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrTokenList, cr_token_list_free)

G_END_DECLS
