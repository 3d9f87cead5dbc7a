/* bench-extract.c: throughput and memory of the date extractor
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-extract [--size MB] [--seed N] [--runs N] [FILE…]
 *
 * Without files, generates a reproducible mixed Spanish/English news-like
 * corpus (bench-corpus.c) and runs cr_date_extract() over it paragraph by
 * paragraph and as whole texts, printing the median of the runs in MB/s
 * and expressions/s, and the peak RSS at each stage: the paragraph runs
 * must not raise it, whatever the size of the input.
 */

#define G_LOG_DOMAIN "bench-extract"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "bench-corpus.h"
#include "cr-calendar.h"
#include "cr-date-extractor.h"

static int opt_size_mb = 50;
static int opt_seed = 20250903;
static int opt_runs = 5;
static char *opt_dct;
static char **opt_files;

static const GOptionEntry entries[] = {
  { "size", 0, 0, G_OPTION_ARG_INT, &opt_size_mb, "Size of the generated corpus (default 50)", "MB" },
  { "seed", 0, 0, G_OPTION_ARG_INT, &opt_seed, "Seed of the generated corpus", "N" },
  { "runs", 0, 0, G_OPTION_ARG_INT, &opt_runs, "Runs per mode; the median is shown (default 5)", "N" },
  { "dct", 0, 0, G_OPTION_ARG_STRING, &opt_dct, "Publication day (default 2025-09-03)", "YYYY-MM-DD" },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_files, NULL, "FILE…" },
  { NULL }
};

typedef struct {
  guint64 expressions;
  guint   errors;
} RunCount;

static double
peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  /* Linux reports kilobytes */
}

static void
count_result (GArray   *found,
              RunCount *count)
{
  if (found == NULL)
    {
      count->errors++;
      return;
    }
  count->expressions += found->len;
  g_array_unref (found);
}

/* Paragraphs [0, n_paragraphs) one call each, as the importer does. */
static RunCount
run_paragraphs (BenchCorpus *corpus,
                guint        n_paragraphs,
                CrDay        dct)
{
  RunCount count = { 0, 0 };

  for (guint i = 0; i < n_paragraphs; i++)
    {
      const BenchParagraph *p = &g_array_index (corpus->paragraphs, BenchParagraph, i);
      const BenchText *t = g_ptr_array_index (corpus->texts, p->text_index);

      count_result (cr_date_extract (t->text->str + p->offset, p->len, t->language, dct, NULL),
                    &count);
    }
  return count;
}

/* Each text in a single call: tens of megabytes at once. */
static RunCount
run_whole (BenchCorpus *corpus,
           CrDay        dct)
{
  RunCount count = { 0, 0 };

  for (guint i = 0; i < corpus->texts->len; i++)
    {
      const BenchText *t = g_ptr_array_index (corpus->texts, i);

      count_result (cr_date_extract (t->text->str, t->text->len, t->language, dct, NULL),
                    &count);
    }
  return count;
}

/* CPU time of this thread: the figure is "MB/s on one core" even when the
 * machine is busy with other work; wall-clock time is printed beside it. */
static double
thread_cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static void
report (const char *mode,
        double     *cpu,
        double     *wall,
        guint       runs,
        gsize       bytes,
        RunCount    count)
{
  double cpu_median = median (cpu, runs);
  double wall_median = median (wall, runs);

  printf ("%-10s %8.1f MB/s %10.0f expressions/s  (CPU median %.3f s, min %.3f, max %.3f;"
          " wall median %.3f s = %.1f MB/s)  %" G_GUINT64_FORMAT " expressions%s\n",
          mode, bytes / 1e6 / cpu_median, count.expressions / cpu_median,
          cpu_median, cpu[0], cpu[runs - 1], wall_median, bytes / 1e6 / wall_median,
          count.expressions, count.errors ? "  (some texts refused)" : "");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BenchCorpus) corpus = NULL;
  g_autofree double *cpu = NULL;
  g_autofree double *wall = NULL;
  RunCount count = { 0, 0 };
  double rss_start, rss_corpus, rss_small, rss_para, rss_whole;
  CrDay dct, dct_last;
  gsize bytes;
  guint small;

  setlocale (LC_ALL, "");
  context = g_option_context_new ("— measure the date extractor");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-extract: %s\n", error->message);
      return 2;
    }
  if (opt_runs < 1 || opt_size_mb < 1)
    {
      g_printerr ("bench-extract: --runs and --size must be positive\n");
      return 2;
    }
  if (!cr_day_range_parse (opt_dct ? opt_dct : "2025-09-03", &dct, &dct_last))
    {
      g_printerr ("bench-extract: --dct wants YYYY-MM-DD\n");
      return 2;
    }

  rss_start = peak_rss_mb ();
  if (opt_files != NULL)
    corpus = bench_corpus_load_files (opt_files, &error);
  else
    corpus = bench_corpus_generate ((guint32) opt_seed, (gsize) opt_size_mb * 1000 * 1000);
  if (corpus == NULL)
    {
      g_printerr ("bench-extract: %s\n", error->message);
      return 1;
    }
  bytes = bench_corpus_size (corpus);
  rss_corpus = peak_rss_mb ();

  /* A tenth of the paragraphs first: the peak after it and after the full
   * runs must be the same when memory does not grow with the input. */
  small = MAX (1, corpus->paragraphs->len / 10);
  run_paragraphs (corpus, small, dct);
  rss_small = peak_rss_mb ();

  printf ("corpus: %.1f MB, %u paragraphs, %u texts, %s, DCT %s\n", bytes / 1e6,
          corpus->paragraphs->len, corpus->texts->len,
          opt_files ? "files" : "generated (seed fixed)", opt_dct ? opt_dct : "2025-09-03");

  cpu = g_new0 (double, opt_runs);
  wall = g_new0 (double, opt_runs);
  for (int r = 0; r < opt_runs; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double c0 = thread_cpu_seconds ();

      count = run_paragraphs (corpus, corpus->paragraphs->len, dct);
      cpu[r] = thread_cpu_seconds () - c0;
      wall[r] = (g_get_monotonic_time () - t0) / 1e6;
    }
  rss_para = peak_rss_mb ();
  printf ("density: %.2f expressions per KB\n", count.expressions / (bytes / 1000.0));
  report ("paragraph", cpu, wall, opt_runs, bytes, count);

  for (int r = 0; r < opt_runs; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      double c0 = thread_cpu_seconds ();

      count = run_whole (corpus, dct);
      cpu[r] = thread_cpu_seconds () - c0;
      wall[r] = (g_get_monotonic_time () - t0) / 1e6;
    }
  rss_whole = peak_rss_mb ();
  report ("whole", cpu, wall, opt_runs, bytes, count);

  printf ("peak RSS: %.1f MB at start, %.1f MB with the corpus loaded, "
          "%.1f MB after a tenth of the paragraphs, %.1f MB after all paragraphs, "
          "%.1f MB after whole-text runs (results alone: %.1f MB)\n",
          rss_start, rss_corpus, rss_small, rss_para, rss_whole,
          count.expressions * sizeof (CrTimex) / 1e6);
  return 0;
}
