/* bench-corpus.h: a reproducible news-like corpus for the benchmarks
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-types.h"

G_BEGIN_DECLS

typedef struct {
  GString    *text;
  CrLanguage  language;  /* CR_LANGUAGE_AUTO for files of unknown language */
} BenchText;

typedef struct {
  guint      text_index;
  gsize      offset;
  gsize      len;
} BenchParagraph;

typedef struct {
  /* Generated: one text per language, articles interleaved between them as
   * a mixed feed delivers them; files: one text each. */
  GPtrArray *texts;       /* BenchText */
  GArray    *paragraphs;  /* BenchParagraph, in feed order */
} BenchCorpus;

/* Generates at least @target_bytes of Spanish and English text from
 * sentence templates, the same text for the same @seed on every machine. */
BenchCorpus *bench_corpus_generate   (guint32       seed,
                                      gsize         target_bytes);
/* Reads @paths; paragraphs are split at blank lines. */
BenchCorpus *bench_corpus_load_files (char        **paths,
                                      GError      **error);
void         bench_corpus_free       (BenchCorpus  *corpus);
gsize        bench_corpus_size       (BenchCorpus  *corpus);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BenchCorpus, bench_corpus_free)

G_END_DECLS
