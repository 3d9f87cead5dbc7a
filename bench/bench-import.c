/* bench-import.c: importing 10,000 articles and searching them
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes N generated articles (about 4 KB each, Spanish and English, each
 * with a dateline and dates in the text) as files, imports them into a new
 * library three times (extraction and FTS indexing included) and prints
 * the median articles/s, MB/s and the peak memory; then times ranked
 * searches over the last library: a selective query and the most common
 * word (median of 21).
 *
 *   meson compile -C _build bench-import && _build/bench/bench-import [N]
 *   _build/bench/bench-import --search LIBRARY.db   (searches only)
 *   _build/bench/bench-import --write-corpus DIR [N] (the articles only,
 *                                                   to profile an import)
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "cr-importer.h"
#include "cr-store.h"

#define RUNS 3
#define SEARCH_RUNS 21

static const char * const es_months[] = {
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
  "septiembre", "octubre", "noviembre", "diciembre",
};
static const char * const en_months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December",
};
static const char * const places[] = {
  "Madrid", "Pekín", "Pyongyang", "Moscú", "Lima", "Bogotá", "Seúl", "Tokio",
  "London", "Washington", "Nairobi", "Berlin",
};
static const char * const es_sentences[] = {
  "El gobierno de %s anunció el %d de %s de %d un nuevo plan de inversiones para el puerto, según fuentes oficiales consultadas por esta redacción.",
  "Los representantes de los sindicatos se reunieron ayer con el ministro para negociar las condiciones del acuerdo firmado en %s.",
  "La comisión publicará su informe definitivo antes de %s de %d, aunque varios miembros ya han adelantado sus conclusiones a la prensa.",
  "Según los datos del instituto de estadística, la producción industrial creció un %d por ciento en el último trimestre en la región de %s.",
  "Los analistas consultados consideran que la medida tendrá efectos limitados mientras no se aclare el calendario previsto para la próxima semana.",
  "El alcalde de %s defendió el proyecto durante el pleno del lunes y aseguró que las obras comenzarán en %s.",
};
static const char * const en_sentences[] = {
  "The government in %s announced on %s %d, %d a new investment plan for the port, according to officials who spoke to this newspaper.",
  "Union representatives met the minister yesterday to negotiate the terms of the agreement signed in %s.",
  "The committee will publish its final report before %s %d, although several members have already shared their conclusions with reporters.",
  "Figures from the statistics office showed industrial output rose %d per cent in the last quarter in the %s region.",
  "Analysts said the measure would have a limited effect until the timetable planned for next week is made clear.",
  "The mayor of %s defended the project at Monday's council meeting and said work would begin in %s.",
};

static void
append_sentence (GString *out,
                 GRand   *rand,
                 gboolean spanish)
{
  guint k = g_rand_int_range (rand, 0, 6);
  const char *place = places[g_rand_int_range (rand, 0, G_N_ELEMENTS (places))];
  int day = g_rand_int_range (rand, 1, 29);
  int month = g_rand_int_range (rand, 0, 12);
  int year = g_rand_int_range (rand, 2015, 2026);

  if (spanish)
    switch (k)
      {
      case 0: g_string_append_printf (out, es_sentences[0], place, day, es_months[month], year); break;
      case 1: g_string_append_printf (out, es_sentences[1], place); break;
      case 2: g_string_append_printf (out, es_sentences[2], es_months[month], year); break;
      case 3: g_string_append_printf (out, es_sentences[3], day, place); break;
      case 4: g_string_append (out, es_sentences[4]); break;
      default: g_string_append_printf (out, es_sentences[5], place, es_months[month]); break;
      }
  else
    switch (k)
      {
      case 0: g_string_append_printf (out, en_sentences[0], place, en_months[month], day, year); break;
      case 1: g_string_append_printf (out, en_sentences[1], place); break;
      case 2: g_string_append_printf (out, en_sentences[2], en_months[month], year); break;
      case 3: g_string_append_printf (out, en_sentences[3], day, place); break;
      case 4: g_string_append (out, en_sentences[4]); break;
      default: g_string_append_printf (out, en_sentences[5], place, en_months[month]); break;
      }
}

/* One article in the news-desk layout; every 1000th carries the rare
 * word the selective search looks for. */
static gsize
write_article (const char *dir,
               guint       index,
               GRand      *rand)
{
  gboolean spanish = index % 2 == 0;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = g_strdup_printf ("%05u.txt", index);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int month = g_rand_int_range (rand, 0, 12);
  int day = g_rand_int_range (rand, 1, 29);
  int year = g_rand_int_range (rand, 2018, 2026);

  if (spanish)
    g_string_append_printf (text, "Noticia %u: el consejo debate el plan del puerto\n"
                            "Resumen de la sesión %u con las principales decisiones.\n\n"
                            "%d de %s de %d\n%s\nRedacción\n",
                            index, index, day, es_months[month], year, places[index % G_N_ELEMENTS (places)]);
  else
    g_string_append_printf (text, "Story %u: the council debates the port plan\n"
                            "A summary of session %u and its main decisions.\n\n"
                            "%s %d, %d\n%s\nBy Staff\n",
                            index, index, en_months[month], day, year, places[index % G_N_ELEMENTS (places)]);

  while (text->len < 4000)
    {
      for (guint s = 0; s < 4; s++)
        {
          append_sentence (text, rand, spanish);
          g_string_append_c (text, ' ');
        }
      if (index % 1000 == 7)
        g_string_append (text, "Zanzibarita. ");
      g_string_append_c (text, '\n');
    }

  g_assert (g_file_set_contents (path, text->str, text->len, NULL));
  return text->len;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* CPU time of the process: the machine this runs on is often shared, and
 * wall-clock figures then measure the neighbours. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  return values[n / 2];
}

static void
remove_library (const char *db)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *p = g_strconcat (db, suffixes[i], NULL);
      g_unlink (p);
    }
}

/* Median wall-clock milliseconds of a ranked search; *@cpu_ms gets the
 * median CPU milliseconds, which a busy machine does not inflate. */
static double
time_search (CrStore    *store,
             const char *query,
             guint      *n_hits,
             double     *cpu_ms)
{
  double times[SEARCH_RUNS], cpu[SEARCH_RUNS];

  for (guint i = 0; i < SEARCH_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_seconds ();
      g_autoptr(GPtrArray) hits = cr_store_search (store, query, 50, "[", "]", NULL);

      cpu[i] = (cpu_seconds () - cpu_start) * 1000.0;
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      *n_hits = hits ? hits->len : 0;
    }
  *cpu_ms = median (cpu, SEARCH_RUNS);
  return median (times, SEARCH_RUNS);
}

static void
time_searches (const char *db)
{
  static const struct { const char *what; const char *query; } queries[] = {
    { "selective", "zanzibarita" },
    { "two words", "puerto plan" },
    { "most common word", "the" },
    { "most common word", "de" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(CrStore) reader = cr_store_open_read_only (db, &error);

  g_assert_no_error (error);
  printf ("library: %" G_GINT64_FORMAT " articles\n", cr_store_count_articles (reader, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      guint n_hits;
      double cpu_ms;
      double ms = time_search (reader, queries[i].query, &n_hits, &cpu_ms);

      printf ("search %s \"%s\" (median of %d): %.2f ms (CPU %.2f ms), %u hits\n",
              queries[i].what, queries[i].query, SEARCH_RUNS, ms, cpu_ms, n_hits);
    }
}

int
main (int   argc,
      char *argv[])
{
  guint n;
  g_autofree char *dir = g_dir_make_tmp ("cronista-bench-XXXXXX", NULL);
  g_autofree char *src = g_build_filename (dir, "articles", NULL);
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250903);
  double rates[RUNS], mbs[RUNS], cpu_rates[RUNS];
  gsize bytes = 0;
  struct rusage usage;

  setvbuf (stdout, NULL, _IOLBF, 0);
  /* --search DB: only time the searches, over an existing library. */
  if (argc == 3 && g_str_equal (argv[1], "--search"))
    {
      time_searches (argv[2]);
      return 0;
    }
  /* --write-corpus DIR [N]: only write the articles, for a profiler. */
  if ((argc == 3 || argc == 4) && g_str_equal (argv[1], "--write-corpus"))
    {
      n = argc == 4 ? (guint) atoi (argv[3]) : 10000;
      g_mkdir_with_parents (argv[2], 0700);
      for (guint i = 0; i < n; i++)
        bytes += write_article (argv[2], i, rand);
      printf ("corpus: %u articles, %.1f MB in %s\n", n, bytes / 1e6, argv[2]);
      g_rmdir (src);
      g_rmdir (dir);
      return 0;
    }
  n = argc > 1 ? (guint) atoi (argv[1]) : 10000;
  if (n == 0)
    {
      fprintf (stderr, "usage: bench-import [N_ARTICLES]\n");
      return 2;
    }
  g_mkdir (src, 0700);
  for (guint i = 0; i < n; i++)
    bytes += write_article (src, i, rand);
  printf ("corpus: %u articles, %.1f MB, %.0f bytes/article\n",
          n, bytes / 1e6, (double) bytes / n);

  /* Reading, decoding and parsing alone, without the library: what the
   * importers cost apart from extraction and storage. */
  {
    gint64 start = g_get_monotonic_time ();
    double cpu_start = cpu_seconds ();
    double seconds;

    for (guint i = 0; i < n; i++)
      {
        g_autofree char *name = g_strdup_printf ("%05u.txt", i);
        g_autofree char *path = g_build_filename (src, name, NULL);
        g_autoptr(GPtrArray) articles = cr_importer_parse_file (path, NULL, NULL);

        g_assert (articles != NULL);
      }
    seconds = (g_get_monotonic_time () - start) / 1e6;
    printf ("parse only: %.2f s, %.0f articles/s, %.2f MB/s; CPU %.2f s, %.0f articles per CPU-second\n",
            seconds, n / seconds, bytes / 1e6 / seconds,
            cpu_seconds () - cpu_start, n / (cpu_seconds () - cpu_start));
  }

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CrStore) store = NULL;
      g_autoptr(GPtrArray) results = NULL;
      const char *paths[] = { src, NULL };
      gint64 start;
      double seconds, cpu_start, cpu;

      remove_library (db);
      start = g_get_monotonic_time ();
      cpu_start = cpu_seconds ();
      store = cr_store_open (db, &error);
      g_assert_no_error (error);
      results = cr_importer_import_sync (store, paths, NULL, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      seconds = (g_get_monotonic_time () - start) / 1e6;
      cpu = cpu_seconds () - cpu_start;
      cpu_rates[run] = n / cpu;
      g_assert_cmpint (cr_store_count_articles (store, NULL), ==, n);
      rates[run] = n / seconds;
      mbs[run] = bytes / 1e6 / seconds;
      printf ("run %u: %.2f s, %.0f articles/s, %.2f MB/s; CPU %.2f s, %.0f articles per CPU-second; %" G_GINT64_FORMAT " mentions\n",
              run + 1, seconds, rates[run], mbs[run], cpu, cpu_rates[run],
              cr_store_count_mentions (store, NULL));
    }

  getrusage (RUSAGE_SELF, &usage);
  printf ("import (median of %d): %.0f articles/s, %.2f MB/s, %.0f articles per CPU-second, peak RSS %.1f MB\n",
          RUNS, median (rates, RUNS), median (mbs, RUNS), median (cpu_rates, RUNS),
          usage.ru_maxrss / 1024.0);

  time_searches (db);

  remove_library (db);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%05u.txt", i);
      g_autofree char *path = g_build_filename (src, name, NULL);
      g_unlink (path);
    }
  g_rmdir (src);
  g_rmdir (dir);
  return 0;
}
