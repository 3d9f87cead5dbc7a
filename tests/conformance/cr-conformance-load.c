/* cr-conformance-load.c: read the conformance suites' TSV files
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-conformance"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-conformance-case.h"

G_DEFINE_QUARK (cr-conf-error-quark, cr_conf_error)

/* One TSV file: the header's column names and the rows' fields. */
typedef struct {
  GStrv      columns;
  GPtrArray *rows;  /* GStrv */
} Table;

static void
table_clear (Table *t)
{
  g_clear_pointer (&t->columns, g_strfreev);
  g_clear_pointer (&t->rows, g_ptr_array_unref);
}

/* The peers' files escape tabs and newlines inside fields. */
static char *
unescape_field (const char *field)
{
  GString *out = g_string_sized_new (strlen (field));

  for (const char *p = field; *p; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          switch (*p)
            {
            case 't': g_string_append_c (out, '\t'); break;
            case 'n': g_string_append_c (out, '\n'); break;
            case 'r': g_string_append_c (out, '\r'); break;
            default: g_string_append_c (out, *p); break;
            }
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
table_load (Table       *t,
            const char  *path,
            gboolean     escaped,
            GError     **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;
  if (!g_utf8_validate (contents, -1, NULL))
    {
      g_set_error (error, CR_CONF_ERROR, CR_CONF_ERROR_BAD_FILE,
                   "%s: not valid UTF-8", path);
      return FALSE;
    }

  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      gsize len = strlen (line);
      g_auto(GStrv) fields = NULL;

      if (len > 0 && line[len - 1] == '\r')
        line[len - 1] = '\0';
      if (line[0] == '\0' || g_str_has_prefix (line, "# "))
        continue;

      fields = g_strsplit (line, "\t", -1);
      if (escaped)
        for (guint f = 0; fields[f] != NULL; f++)
          {
            char *plain = unescape_field (fields[f]);
            g_free (fields[f]);
            fields[f] = plain;
          }

      if (t->columns == NULL)
        t->columns = g_steal_pointer (&fields);
      else
        g_ptr_array_add (t->rows, g_steal_pointer (&fields));
    }

  if (t->columns == NULL)
    {
      g_set_error (error, CR_CONF_ERROR, CR_CONF_ERROR_BAD_FILE,
                   "%s: no header row", path);
      return FALSE;
    }
  return TRUE;
}

/* Column @name of @row, "" when the column or the field is missing. */
static const char *
field (const Table *t,
       GStrv        row,
       const char  *name)
{
  guint n = g_strv_length (row);

  for (guint i = 0; t->columns[i] != NULL; i++)
    if (g_str_equal (t->columns[i], name))
      return i < n ? row[i] : "";
  return "";
}

/* The value of "key=value" in a ';'-separated notes field, or NULL. */
static char *
note_value (const char *notes,
            const char *key)
{
  g_auto(GStrv) parts = g_strsplit (notes, ";", -1);
  gsize key_len = strlen (key);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *p = parts[i];

      if (strncmp (p, key, key_len) == 0 && p[key_len] == '=')
        return g_strdup (p + key_len + 1);
      if (g_str_equal (p, key))
        return g_strdup ("");
    }
  return NULL;
}

static CrDay
parse_ref_day (const char *ref)
{
  char date[11];
  CrDay first, last;

  if (strlen (ref) < 10)
    return CR_DAY_UNKNOWN;
  memcpy (date, ref, 10);
  date[10] = '\0';
  if (!cr_day_range_parse (date, &first, &last))
    return CR_DAY_UNKNOWN;
  return first;
}

static CrConfCase *
case_new (const char *suite,
          CrLanguage  language)
{
  CrConfCase *c = g_new0 (CrConfCase, 1);

  c->suite = g_strdup (suite);
  c->language = language;
  c->dct = CR_DAY_UNKNOWN;
  c->span_start = -1;
  c->span_end = -1;
  c->alternatives = g_array_new (FALSE, FALSE, sizeof (CrConfInterval));
  return c;
}

void
cr_conf_case_free (CrConfCase *c)
{
  if (c == NULL)
    return;
  g_free (c->suite);
  g_free (c->id);
  g_free (c->input);
  g_free (c->expected_text);
  g_free (c->timex);
  g_clear_pointer (&c->alternatives, g_array_unref);
  g_free (c);
}

gboolean
cr_conf_parse_grain_interval (const char     *iso,
                              const char     *grain,
                              CrConfInterval *out)
{
  CrDay first, last;

  g_return_val_if_fail (iso != NULL, FALSE);
  g_return_val_if_fail (grain != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (strchr (iso, 'T') != NULL || !cr_day_range_parse (iso, &first, &last))
    return FALSE;

  if (g_str_equal (grain, "week"))
    last = first + 6;
  else if (g_str_equal (grain, "quarter"))
    {
      int y, m, d;

      cr_day_to_ymd (first, &y, &m, &d);
      m += 2;
      if (m > 12)
        {
          m -= 12;
          y++;
        }
      last = cr_day_from_ymd (y, m, cr_calendar_days_in_month (y, m));
    }
  else if (!g_str_equal (grain, "day") && !g_str_equal (grain, "month")
           && !g_str_equal (grain, "year"))
    return FALSE;

  out->first = first;
  out->last = last;
  return TRUE;
}

/* Code point offset of byte offset @byte in @str. */
static gssize
char_offset (const char *str,
             gsize       byte)
{
  return g_utf8_pointer_to_offset (str, str + byte);
}

/* Peers name the expected span by its text; chrono sometimes adds where
 * it starts (index=N, UTF-16 units, the same as code points in these
 * files). */
static void
locate_span (CrConfCase *c,
             const char *span,
             const char *notes)
{
  g_autofree char *index = note_value (notes, "index");
  glong span_chars = g_utf8_strlen (span, -1);
  glong input_chars = g_utf8_strlen (c->input, -1);
  const char *hit;

  if (span[0] == '\0')
    return;

  if (index != NULL)
    {
      gint64 at = g_ascii_strtoll (index, NULL, 10);

      if (at >= 0 && at + span_chars <= input_chars)
        {
          const char *p = g_utf8_offset_to_pointer (c->input, at);

          if (strncmp (p, span, strlen (span)) == 0)
            {
              c->span_start = at;
              c->span_end = at + span_chars;
              return;
            }
        }
    }

  hit = strstr (c->input, span);
  if (hit == NULL)
    {
      /* Case or spacing differ from the input: fall back to "anywhere". */
      return;
    }
  c->span_start = char_offset (c->input, hit - c->input);
  c->span_end = c->span_start + span_chars;
}

/* Holidays by name. The suites flag most holiday rows (Recognizers'
 * HolidayParser file, Duckling's holiday= note) but not all: "Easter 2019"
 * or "2 weeks before Christmas" in the general files, "Navidad" in
 * Duckling's Spanish corpus. Their days depend on knowing the holiday, so
 * they count with the holidays wherever they come from. */
static const char * const holiday_names[] = {
  /* English */
  "christmas", "xmas", "easter", "new year", "halloween", "thanksgiving",
  "independence day", "earth day", "patrick", "juneteenth", "freedom day",
  "jubilee day", "labor day", "labour day", "mother's day", "father's day",
  "valentine", "memorial day", "black friday", "boxing day", "veterans day",
  "columbus day", "good friday", "eid al", "ramadan", "hanukkah",
  /* Spanish */
  "navidad", "nochebuena", "nochevieja", "año nuevo", "ano nuevo",
  "semana santa", "pascua", "día de la tierra", "san patricio",
  "día del trabajador", "día internacional de los trabajadores",
  "viernes negro", "día de independencia", "día de la independencia",
  "día de la madre", "día del padre", "san valentín", "acción de gracias",
  "todos los santos", "reyes magos",
};

static gboolean
mentions_holiday (const char *text)
{
  g_autofree char *lower = NULL;

  if (text == NULL || text[0] == '\0')
    return FALSE;
  lower = g_utf8_strdown (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (holiday_names); i++)
    {
      const char *hit = strstr (lower, holiday_names[i]);

      /* at the start of a word */
      while (hit != NULL && hit > lower && g_ascii_isalpha (hit[-1]))
        hit = strstr (hit + 1, holiday_names[i]);
      if (hit != NULL)
        return TRUE;
    }
  return FALSE;
}

static CrLanguage
language_from_name (const char *base)
{
  if (strstr (base, "_es") != NULL)
    return CR_LANGUAGE_ES;
  if (strstr (base, "_en") != NULL)
    return CR_LANGUAGE_EN;
  return CR_LANGUAGE_AUTO;
}

/* "DateTimeModel.json#12:8-11;notsupported=dotnet" → 8, 11. */
static void
parse_recognizers_span (CrConfCase *c,
                        const char *source)
{
  const char *colon = strchr (source, ':');
  char *end;
  gint64 start, stop;

  if (colon == NULL)
    return;
  start = g_ascii_strtoll (colon + 1, &end, 10);
  if (end == colon + 1 || *end != '-')
    return;
  stop = g_ascii_strtoll (end + 1, NULL, 10);
  if (start < 0 || stop <= start)
    return;
  c->span_start = start;
  c->span_end = stop;
}

/* *_alts.tsv: id → the candidates "start/end|start/end", ends exclusive. */
static GHashTable *
load_alternatives (const char *path)
{
  GHashTable *alts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Table t = { 0 };

  if (g_file_test (path, G_FILE_TEST_EXISTS) && table_load (&t, path, FALSE, NULL))
    for (guint i = 0; i < t.rows->len; i++)
      {
        GStrv row = g_ptr_array_index (t.rows, i);

        g_hash_table_insert (alts, g_strdup (field (&t, row, "id")),
                             g_strdup (field (&t, row, "candidates")));
      }
  table_clear (&t);
  return alts;
}

static void
add_recognizers_alternatives (CrConfCase *c,
                              const char *candidates)
{
  g_auto(GStrv) parts = g_strsplit (candidates, "|", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) ends = g_strsplit (parts[i], "/", 2);
      CrConfInterval iv;
      CrDay f, l, ef, el;

      if (g_strv_length (ends) != 2
          || !cr_day_range_parse (ends[0], &f, &l)
          || !cr_day_range_parse (ends[1], &ef, &el))
        continue;
      iv.first = f;
      iv.last = ef - 1;
      if (iv.first != c->expected.first || iv.last != c->expected.last)
        g_array_append_val (c->alternatives, iv);
    }
}

static void
load_recognizers_row (const Table *t,
                      GStrv        row,
                      const char  *suite,
                      CrLanguage   language,
                      GHashTable  *alts,
                      GPtrArray   *cases)
{
  g_autoptr(CrConfCase) c = case_new (suite, language);
  const char *source = field (t, row, "source");
  const char *start = field (t, row, "expected_start");
  const char *end = field (t, row, "expected_end");
  const char *timex = field (t, row, "timex");
  const char *candidates;
  CrDay f, l, ef, el;

  c->id = g_strdup (field (t, row, "id"));
  c->input = g_strdup (field (t, row, "input"));
  c->dct = parse_ref_day (field (t, row, "reference"));
  c->expected_text = g_strdup (field (t, row, "expected_text"));
  c->timex = g_strdup (timex);
  parse_recognizers_span (c, source);

  if (strchr (start, 'T') != NULL || strchr (end, 'T') != NULL
      || strchr (timex, 'T') != NULL)
    c->category = CR_CONF_CATEGORY_TIME;
  else if (g_str_has_prefix (source, "HolidayParser") || mentions_holiday (c->expected_text))
    c->category = CR_CONF_CATEGORY_HOLIDAY;
  else if (strstr (source, "notsupported=dotnet") != NULL)
    c->category = CR_CONF_CATEGORY_NOT_SUPPORTED;

  if (start[0] != '\0' && end[0] != '\0')
    {
      if (cr_day_range_parse (start, &f, &l) && cr_day_range_parse (end, &ef, &el))
        {
          c->has_interval = TRUE;
          c->expected.first = f;
          c->expected.last = ef - 1;
          c->lenient_end = timex[0] == '(';
        }
      else if (c->category == CR_CONF_CATEGORY_POSITIVE)
        c->category = CR_CONF_CATEGORY_UNPARSED;
    }
  else if (timex[0] == '\0' && c->category == CR_CONF_CATEGORY_POSITIVE)
    c->category = CR_CONF_CATEGORY_UNPARSED;

  candidates = g_hash_table_lookup (alts, c->id);
  if (candidates != NULL && c->has_interval)
    add_recognizers_alternatives (c, candidates);

  g_ptr_array_add (cases, g_steal_pointer (&c));
}

static void
load_peer_row (const Table *t,
               GStrv        row,
               const char  *suite,
               CrLanguage   language,
               GPtrArray   *cases)
{
  g_autoptr(CrConfCase) c = case_new (suite, language);
  const char *start = field (t, row, "start");
  const char *grain = field (t, row, "grain");
  const char *end = field (t, row, "end");
  const char *notes = field (t, row, "notes");
  g_autofree char *holiday = note_value (notes, "holiday");
  g_autofree char *latent = note_value (notes, "latent");
  g_autofree char *locale = note_value (notes, "locale");
  g_autofree char *parser = note_value (notes, "parser");
  CrConfInterval first_iv, last_iv;

  c->id = g_strdup (field (t, row, "source"));
  c->input = g_strdup (field (t, row, "input"));
  c->dct = parse_ref_day (field (t, row, "ref"));
  c->expected_text = g_strdup (field (t, row, "span"));
  locate_span (c, c->expected_text, notes);

  if (strchr (start, 'T') != NULL || strchr (end, 'T') != NULL
      || g_str_equal (grain, "hour") || g_str_equal (grain, "minute")
      || g_str_equal (grain, "second"))
    c->category = CR_CONF_CATEGORY_TIME;
  else if (holiday != NULL ||
           mentions_holiday (c->expected_text && c->expected_text[0] ? c->expected_text : c->input))
    c->category = CR_CONF_CATEGORY_HOLIDAY;
  else if (latent != NULL && g_str_equal (latent, "1"))
    c->category = CR_CONF_CATEGORY_LATENT;
  else if ((locale != NULL && strstr (locale, "en_US") == NULL)
           || g_strcmp0 (parser, "chrono.en.GB") == 0)
    c->category = CR_CONF_CATEGORY_REGIONAL;

  if (cr_conf_parse_grain_interval (start, grain, &first_iv)
      && (end[0] == '\0' || cr_conf_parse_grain_interval (end, grain, &last_iv)))
    {
      c->has_interval = TRUE;
      c->expected.first = first_iv.first;
      c->expected.last = end[0] == '\0' ? first_iv.last : last_iv.last;
      cr_conf_case_add_news_reading (c, grain);
      cr_conf_case_add_counted_reading (c);
    }
  else if (c->category == CR_CONF_CATEGORY_POSITIVE)
    c->category = CR_CONF_CATEGORY_UNPARSED;

  g_ptr_array_add (cases, g_steal_pointer (&c));
}

static void
load_negative_row (const Table *t,
                   GStrv        row,
                   const char  *suite,
                   CrLanguage   language,
                   GPtrArray   *cases)
{
  g_autoptr(CrConfCase) c = case_new (suite, language);
  const char *notes = field (t, row, "notes");
  const char *id = field (t, row, "id");
  const char *ref = field (t, row, "ref");

  c->id = g_strdup (id[0] ? id : field (t, row, "source"));
  c->input = g_strdup (field (t, row, "input"));
  c->dct = parse_ref_day (ref[0] ? ref : field (t, row, "reference"));
  c->category = CR_CONF_CATEGORY_NEGATIVE;
  if (strstr (notes, ".strict") != NULL)
    c->category = CR_CONF_CATEGORY_STRICT_NEGATIVE;
  g_ptr_array_add (cases, g_steal_pointer (&c));
}

gboolean
cr_conf_load_file (const char  *path,
                   GPtrArray   *cases,
                   GError     **error)
{
  g_autofree char *base = NULL;
  g_autofree char *suite = NULL;
  gboolean negatives, recognizers;
  CrLanguage language;
  Table t = { 0 };

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cases != NULL, FALSE);

  base = g_path_get_basename (path);
  if (g_str_has_suffix (base, "_alts.tsv"))
    return TRUE;

  language = language_from_name (base);
  if (language == CR_LANGUAGE_AUTO)
    {
      g_set_error (error, CR_CONF_ERROR, CR_CONF_ERROR_BAD_FILE,
                   "%s: the file name names no language (_es or _en)", path);
      return FALSE;
    }
  suite = g_strndup (base, strcspn (base, "_"));
  negatives = g_str_has_suffix (base, "_neg.tsv");
  recognizers = g_str_equal (suite, "recognizers");

  if (!table_load (&t, path, !recognizers, error))
    {
      table_clear (&t);
      return FALSE;
    }

  if (negatives)
    for (guint i = 0; i < t.rows->len; i++)
      load_negative_row (&t, g_ptr_array_index (t.rows, i), suite, language, cases);
  else if (recognizers)
    {
      g_autofree char *stem = g_strndup (path, strlen (path) - strlen (".tsv"));
      g_autofree char *alts_path = g_strconcat (stem, "_alts.tsv", NULL);
      g_autoptr(GHashTable) alts = load_alternatives (alts_path);

      for (guint i = 0; i < t.rows->len; i++)
        load_recognizers_row (&t, g_ptr_array_index (t.rows, i), suite, language,
                              alts, cases);
    }
  else
    for (guint i = 0; i < t.rows->len; i++)
      load_peer_row (&t, g_ptr_array_index (t.rows, i), suite, language, cases);

  table_clear (&t);
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
cr_conf_load_dir (const char  *dir,
                  GError     **error)
{
  static const char * const subdirs[] = { "recognizers", "peers" };
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (dir != NULL, NULL);

  for (guint s = 0; s < G_N_ELEMENTS (subdirs); s++)
    {
      g_autofree char *sub = g_build_filename (dir, subdirs[s], NULL);
      g_autoptr(GDir) d = g_dir_open (sub, 0, NULL);
      const char *name;

      if (d == NULL)
        continue;
      while ((name = g_dir_read_name (d)) != NULL)
        if (g_str_has_suffix (name, ".tsv"))
          g_ptr_array_add (paths, g_build_filename (sub, name, NULL));
    }
  if (paths->len == 0)
    {
      g_set_error (error, CR_CONF_ERROR, CR_CONF_ERROR_NO_SUITES,
                   "%s: no recognizers/*.tsv or peers/*.tsv files", dir);
      return NULL;
    }
  g_ptr_array_sort (paths, compare_strings);

  cases = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_conf_case_free);
  for (guint i = 0; i < paths->len; i++)
    if (!cr_conf_load_file (g_ptr_array_index (paths, i), cases, error))
      return NULL;
  return g_steal_pointer (&cases);
}
