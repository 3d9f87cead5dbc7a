/* cr-conformance.c: run the date extractor over the conformance vectors
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: cronista-conformance [--check] [-v] [--failures SUITE]
 *                             [--extra] [--report FILE] DIR
 *
 * Prints a table per suite and language: in-scope rows, passed, rate, how
 * many passed under the suite's reading and under the alternative (news)
 * reading, negatives, and the categories kept out of the rate. A developer
 * tool, not a meson test: the vectors are other projects' expectations.
 */

#define G_LOG_DOMAIN "cr-conformance"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-conformance-case.h"
#include "cr-date-extractor.h"

#define MIN_POSITIVE_RATE 90.0

typedef struct {
  char  *name;  /* "recognizers_es" */
  guint  total[CR_CONF_N_CATEGORIES];
  guint  passed[CR_CONF_N_CATEGORIES];
  guint  passed_alternative;
} SuiteStats;

typedef struct {
  const CrConfCase *c;
  CrConfScore       score;
  GArray           *found;  /* borrowed from the cache */
} Outcome;

static gboolean opt_check;
static gboolean opt_verbose;
static gboolean opt_extra;
static char **opt_failures;
static char *opt_report;

static const GOptionEntry entries[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, &opt_check,
    "Exit 1 when a suite is below 90% in scope or a negative fails", NULL },
  { "verbose", 'v', 0, G_OPTION_ARG_NONE, &opt_verbose,
    "List the failing rows of every suite", NULL },
  { "failures", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_failures,
    "List the failing rows of SUITE (\"chrono\", \"chrono_es\", ...)", "SUITE" },
  { "extra", 0, 0, G_OPTION_ARG_NONE, &opt_extra,
    "Also list failures in the categories kept out of the rate", NULL },
  { "report", 0, 0, G_OPTION_ARG_FILENAME, &opt_report,
    "Write the failure breakdown by construction to FILE", "FILE" },
  { NULL }
};

static void
suite_stats_free (SuiteStats *s)
{
  g_free (s->name);
  g_free (s);
}

static char *
suite_key (const CrConfCase *c)
{
  return g_strdup_printf ("%s_%s", c->suite, cr_language_to_string (c->language));
}

/* Recognizers asks for several expressions of one input in as many rows:
 * extract each distinct (language, DCT, input) once. */
static GArray *
extract_cached (GHashTable       *cache,
                const CrConfCase *c)
{
  g_autofree char *key = g_strdup_printf ("%d\x1f%d\x1f%s", c->language, c->dct, c->input);
  g_autoptr(GError) error = NULL;
  GArray *found = g_hash_table_lookup (cache, key);

  if (found != NULL)
    return found;
  found = cr_date_extract (c->input, -1, c->language, c->dct, &error);
  if (found == NULL)
    {
      g_printerr ("%s: %s\n", c->id, error->message);
      found = g_array_new (FALSE, TRUE, sizeof (CrTimex));
    }
  g_hash_table_insert (cache, g_steal_pointer (&key), found);
  return found;
}

static void
append_found (GString          *out,
              const CrConfCase *c,
              GArray           *found)
{
  if (found->len == 0)
    {
      g_string_append (out, "  found:    nothing\n");
      return;
    }
  for (guint i = 0; i < found->len; i++)
    {
      const CrTimex *t = &g_array_index (found, CrTimex, i);
      CrConfInterval iv = { t->first_day, t->last_day };
      const char *from = g_utf8_offset_to_pointer (c->input, t->start_char);
      const char *to = g_utf8_offset_to_pointer (c->input, t->end_char);
      g_autofree char *text = g_strndup (from, to - from);
      char buf[48];

      g_string_append_printf (out, "  %s «%s» @%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT
                              " %s [%s]%s%s → %s\n",
                              i == 0 ? "found:   " : "         ",
                              text, t->start_char, t->end_char, t->value,
                              cr_granularity_to_string (t->granularity),
                              t->mod[0] ? " mod=" : "", t->mod,
                              cr_conf_interval_format (&iv, buf, sizeof buf));
    }
}

static void
append_failure (GString       *out,
                const Outcome *o)
{
  const CrConfCase *c = o->c;
  char buf[48], ref[16];

  g_string_append_printf (out, "FAIL %s_%s %s [%s%s%s]\n", c->suite,
                          cr_language_to_string (c->language), c->id,
                          cr_conf_case_classify (c),
                          c->category == CR_CONF_CATEGORY_POSITIVE ? "" : ", ",
                          c->category == CR_CONF_CATEGORY_POSITIVE ? "" :
                          cr_conf_category_to_string (c->category));
  g_string_append_printf (out, "  input:    %s   (ref %s)\n", c->input,
                          c->dct == CR_DAY_UNKNOWN ? "none" :
                          cr_day_format_iso (c->dct, ref, sizeof ref));
  if (c->category == CR_CONF_CATEGORY_NEGATIVE
      || c->category == CR_CONF_CATEGORY_STRICT_NEGATIVE)
    g_string_append (out, "  expected: nothing\n");
  else
    {
      g_string_append (out, "  expected: ");
      if (c->expected_text && c->expected_text[0])
        g_string_append_printf (out, "«%s» ", c->expected_text);
      if (c->span_start >= 0)
        g_string_append_printf (out, "@%" G_GSSIZE_FORMAT "-%" G_GSSIZE_FORMAT " ",
                                c->span_start, c->span_end);
      if (c->has_interval)
        g_string_append_printf (out, "→ %s",
                                cr_conf_interval_format (&c->expected, buf, sizeof buf));
      else
        g_string_append_printf (out, "→ %s", c->timex ? c->timex : "?");
      for (guint a = 0; a < c->alternatives->len; a++)
        g_string_append_printf (out, " | alt %s",
                                cr_conf_interval_format (&g_array_index (c->alternatives,
                                                                         CrConfInterval, a),
                                                         buf, sizeof buf));
      if (c->lenient_end)
        g_string_append (out, " (or through B)");
      g_string_append_c (out, '\n');
    }
  append_found (out, c, o->found);
}

static gboolean
wants_failures_of (const char *key)
{
  if (opt_verbose)
    return TRUE;
  for (guint i = 0; opt_failures && opt_failures[i]; i++)
    if (g_str_equal (key, opt_failures[i])
        || (g_str_has_prefix (key, opt_failures[i]) && key[strlen (opt_failures[i])] == '_'))
      return TRUE;
  return FALSE;
}

static gboolean
in_rate (CrConfCategory category)
{
  return category == CR_CONF_CATEGORY_POSITIVE || category == CR_CONF_CATEGORY_NEGATIVE;
}

static void
print_table (GPtrArray *suites,
             FILE      *fp)
{
  static const CrConfCategory extra[] = {
    CR_CONF_CATEGORY_TIME, CR_CONF_CATEGORY_HOLIDAY, CR_CONF_CATEGORY_NOT_SUPPORTED,
    CR_CONF_CATEGORY_LATENT, CR_CONF_CATEGORY_REGIONAL, CR_CONF_CATEGORY_STRICT_NEGATIVE,
    CR_CONF_CATEGORY_UNPARSED,
  };

  fprintf (fp, "%-16s %8s %7s %7s %7s %6s  %8s",
           "suite", "in-scope", "passed", "rate", "(suite", "alt)", "negative");
  for (guint e = 0; e < G_N_ELEMENTS (extra); e++)
    fprintf (fp, " %15s", cr_conf_category_to_string (extra[e]));
  fputc ('\n', fp);

  for (guint i = 0; i < suites->len; i++)
    {
      SuiteStats *s = g_ptr_array_index (suites, i);
      guint total = s->total[CR_CONF_CATEGORY_POSITIVE];
      guint passed = s->passed[CR_CONF_CATEGORY_POSITIVE];
      g_autofree char *neg = g_strdup_printf ("%u/%u", s->passed[CR_CONF_CATEGORY_NEGATIVE],
                                              s->total[CR_CONF_CATEGORY_NEGATIVE]);
      char rate[16];

      if (total > 0)
        g_snprintf (rate, sizeof rate, "%.1f%%", 100.0 * passed / total);
      else
        g_strlcpy (rate, "-", sizeof rate);
      fprintf (fp, "%-16s %8u %7u %7s %7u %6u  %8s", s->name, total, passed, rate,
               passed - s->passed_alternative, s->passed_alternative, neg);
      for (guint e = 0; e < G_N_ELEMENTS (extra); e++)
        {
          g_autofree char *cell = g_strdup_printf ("%u/%u", s->passed[extra[e]],
                                                   s->total[extra[e]]);
          fprintf (fp, " %15s", s->total[extra[e]] ? cell : "-");
        }
      fputc ('\n', fp);
    }
  fprintf (fp, "\nrate = passed / in-scope (day..decade values); (suite alt) = passed under\n"
           "the suite's own reading / only under the alternative one (news reading of a\n"
           "bare weekday or month, *_alts.tsv candidates); other columns: passed/total,\n"
           "not part of the rate.\n");
}

/* The breakdown the engine developer works from: failures per suite by
 * construction and by what went wrong, then every failing row. */
static gboolean
write_report (const char *path,
              GPtrArray  *suites,
              GArray     *outcomes,
              GError    **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  FILE *mem;
  char *table = NULL;
  gsize table_len = 0;

  mem = open_memstream (&table, &table_len);
  print_table (suites, mem);
  fclose (mem);
  g_string_append_printf (out, "Conformance report, %s, extractor version %d\n\n%s\n",
                          stamp, CR_DATE_EXTRACTOR_VERSION, table);
  free (table);

  for (guint i = 0; i < suites->len; i++)
    {
      SuiteStats *s = g_ptr_array_index (suites, i);
      g_autoptr(GHashTable) by_kind = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                            g_free, NULL);
      g_autoptr(GList) keys = NULL;

      for (guint o = 0; o < outcomes->len; o++)
        {
          const Outcome *oc = &g_array_index (outcomes, Outcome, o);
          g_autofree char *key = suite_key (oc->c);
          const char *what;
          char *k;

          if (!g_str_equal (key, s->name) || !in_rate (oc->c->category)
              || oc->score.verdict != CR_CONF_VERDICT_FAIL)
            continue;
          if (oc->c->category == CR_CONF_CATEGORY_NEGATIVE)
            what = "found something";
          else if (oc->found->len == 0)
            what = "nothing found";
          else if (oc->score.n_overlapping == 0)
            what = "found elsewhere";
          else
            what = "wrong value/span";
          k = g_strdup_printf ("%-28s %s", cr_conf_case_classify (oc->c), what);
          g_hash_table_insert (by_kind, k,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (by_kind, k)) + 1));
        }
      if (g_hash_table_size (by_kind) == 0)
        continue;
      g_string_append_printf (out, "== %s: failures by construction\n", s->name);
      keys = g_list_sort (g_hash_table_get_keys (by_kind), (GCompareFunc) strcmp);
      for (GList *l = keys; l; l = l->next)
        g_string_append_printf (out, "  %4u  %s\n",
                                GPOINTER_TO_UINT (g_hash_table_lookup (by_kind, l->data)),
                                (char *) l->data);
      g_string_append_c (out, '\n');
    }

  g_string_append (out, "== Every failing in-scope row and negative\n\n");
  for (guint o = 0; o < outcomes->len; o++)
    {
      const Outcome *oc = &g_array_index (outcomes, Outcome, o);

      if (in_rate (oc->c->category) && oc->score.verdict == CR_CONF_VERDICT_FAIL)
        append_failure (out, oc);
    }
  return g_file_set_contents (path, out->str, out->len, error);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) suites = g_ptr_array_new_with_free_func ((GDestroyNotify) suite_stats_free);
  g_autoptr(GHashTable) cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify) g_array_unref);
  g_autoptr(GArray) outcomes = g_array_new (FALSE, FALSE, sizeof (Outcome));
  g_autoptr(GString) listing = g_string_new (NULL);
  gboolean below = FALSE;

  setlocale (LC_ALL, "");
  context = g_option_context_new ("DIR — score the date extractor on conformance vectors");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("cronista-conformance: %s\n", error->message);
      return 2;
    }
  if (argc != 2)
    {
      g_printerr ("cronista-conformance: give the conformance folder, e.g. /work/shared/conformance\n");
      return 2;
    }

  cases = cr_conf_load_dir (argv[1], &error);
  if (cases == NULL)
    {
      g_printerr ("cronista-conformance: %s\n", error->message);
      return 2;
    }

  for (guint i = 0; i < cases->len; i++)
    {
      const CrConfCase *c = g_ptr_array_index (cases, i);
      g_autofree char *key = suite_key (c);
      SuiteStats *s = suites->len ? g_ptr_array_index (suites, suites->len - 1) : NULL;
      Outcome o = { c, { 0 }, NULL };

      if (s == NULL || !g_str_equal (s->name, key))
        {
          s = NULL;
          for (guint j = 0; j < suites->len && s == NULL; j++)
            if (g_str_equal (((SuiteStats *) g_ptr_array_index (suites, j))->name, key))
              s = g_ptr_array_index (suites, j);
          if (s == NULL)
            {
              s = g_new0 (SuiteStats, 1);
              s->name = g_strdup (key);
              g_ptr_array_add (suites, s);
            }
        }

      o.found = extract_cached (cache, c);
      o.score = cr_conf_case_score (c, o.found);
      g_array_append_val (outcomes, o);

      s->total[c->category]++;
      if (o.score.verdict != CR_CONF_VERDICT_FAIL)
        s->passed[c->category]++;
      if (c->category == CR_CONF_CATEGORY_POSITIVE
          && o.score.verdict == CR_CONF_VERDICT_PASS_ALTERNATIVE)
        s->passed_alternative++;

      if (o.score.verdict == CR_CONF_VERDICT_FAIL && wants_failures_of (key)
          && (opt_extra || in_rate (c->category)))
        append_failure (listing, &o);
    }

  if (listing->len > 0)
    printf ("%s\n", listing->str);
  print_table (suites, stdout);

  for (guint i = 0; i < suites->len; i++)
    {
      SuiteStats *s = g_ptr_array_index (suites, i);
      guint total = s->total[CR_CONF_CATEGORY_POSITIVE];

      if ((total > 0 && 100.0 * s->passed[CR_CONF_CATEGORY_POSITIVE] / total < MIN_POSITIVE_RATE)
          || s->passed[CR_CONF_CATEGORY_NEGATIVE] < s->total[CR_CONF_CATEGORY_NEGATIVE])
        {
          below = TRUE;
          if (opt_check)
            printf ("below threshold: %s\n", s->name);
        }
    }

  if (opt_report != NULL && !write_report (opt_report, suites, outcomes, &error))
    {
      g_printerr ("cronista-conformance: %s\n", error->message);
      return 2;
    }

  return opt_check && below ? 1 : 0;
}
