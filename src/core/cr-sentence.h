/* cr-sentence.h: split news text into sentences
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A sentence in a text: code points and bytes, end exclusive, without the
 * white space around it. */
typedef struct {
  gsize start_char;
  gsize end_char;
  gsize start_byte;
  gsize end_byte;
} CrSentence;

/* Splits UTF-8 @text (@len bytes, or -1 when nul-terminated) into
 * sentences, for Spanish and English news: a line break always ends a
 * sentence (headlines, datelines and paragraphs are lines); “.”, “!”,
 * “?” and “…”, with any closing quotes or brackets after them, end one
 * when the next word starts a sentence, and not after abbreviations
 * (“Sr.”, “EE. UU.”, “p. ej.”), initials (“U.S.”, “J. R.”), decimals or
 * ordinals (“80.º”). Invalid UTF-8 bytes count as one code point each.
 * Returns a GArray of CrSentence in text order. */
GArray *cr_sentence_split (const char *text,
                           gssize      len);

/* FNV-1a of a sentence's bytes: a stable key for it across extractions
 * (user edits point at sentences this way). */
guint32 cr_sentence_hash  (const char *sentence,
                           gsize       len);

G_END_DECLS
