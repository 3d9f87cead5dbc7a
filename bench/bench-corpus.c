/* bench-corpus.c: a reproducible news-like corpus for the benchmarks
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sentences are filled from templates of our own. Slots: {D} a date
 * expression, {P} a place, {O} an organisation, {W} a person, {N} a number
 * that is not a date. About a third of the sentences carry a date, which
 * gives news' density of a few expressions per kilobyte (bench-extract
 * prints the density the extractor actually found).
 */

#define G_LOG_DOMAIN "bench-corpus"

#include "config.h"

#include <string.h>

#include "bench-corpus.h"

/* A small generator of our own so that the corpus does not change when
 * GLib's GRand does (xorshift32). */
typedef struct {
  guint32 state;
} Rng;

static guint32
rng_next (Rng *rng)
{
  guint32 x = rng->state;

  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  rng->state = x;
  return x;
}

static guint
rng_below (Rng  *rng,
           guint n)
{
  return rng_next (rng) % n;
}

#define PICK(rng, array) (array[rng_below (rng, G_N_ELEMENTS (array))])

static const char * const es_templates[] = {
  "El Gobierno de {P} anunció {D} un nuevo paquete de medidas económicas.",
  "Según fuentes de {O}, la reunión con {W} se celebró {D} en la capital.",
  "{W} aseguró que las negociaciones continuarán hasta que haya un acuerdo.",
  "La inflación se situó en el {N} % interanual, dos décimas menos que el mes anterior.",
  "Más de {N} personas se manifestaron {D} en el centro de {P}.",
  "El ministro de Exteriores viajará a {P} {D} para reunirse con su homólogo.",
  "Los sindicatos convocaron una huelga general que paralizó el transporte.",
  "{O} publicó {D} un informe que alerta del aumento de los precios.",
  "La oposición pidió explicaciones por la gestión de la crisis en {P}.",
  "El tribunal dictará sentencia {D}, según fuentes judiciales.",
  "Las exportaciones crecieron un {N} % respecto al año anterior.",
  "{W}, portavoz de {O}, declinó hacer comentarios sobre el asunto.",
  "La cumbre, prevista {D}, reunirá a los líderes de {N} países.",
  "Las lluvias caídas {D} obligaron a evacuar a cientos de vecinos de {P}.",
  "El acuerdo fue firmado {D} tras meses de conversaciones discretas.",
  "Los datos de empleo se conocerán a lo largo de la próxima semana, según {O}.",
  "La decisión ha provocado un intenso debate entre los partidos de la coalición.",
  "Los vecinos de {P} denuncian la falta de inversión en el transporte público.",
  "{W} defendió la gestión del equipo y pidió paciencia a los aficionados.",
  "El informe recoge {N} recomendaciones para mejorar la calidad del aire.",
  "Las autoridades sanitarias recomiendan evitar los desplazamientos innecesarios.",
  "La patronal considera que la medida encarecerá la contratación en el sector.",
  "Según {O}, el número de solicitudes de asilo se ha estabilizado.",
  "El alcalde de {P} se reunió con los representantes de los comerciantes.",
  "Los expertos advierten de que la sequía afectará a la producción agrícola.",
  "La empresa ha anunciado un plan de inversiones de {N} millones de euros.",
  "{W} recordó que el acuerdo todavía debe ser ratificado por el Parlamento.",
  "La oposición ha registrado una moción para pedir la comparecencia del ministro.",
};

static const char * const en_templates[] = {
  "The government of {P} announced {D} a new package of economic measures.",
  "According to sources at {O}, the meeting with {W} took place {D} in the capital.",
  "{W} said the negotiations would continue until an agreement was reached.",
  "Inflation stood at {N} percent, two tenths lower than the previous month.",
  "More than {N} people marched {D} through the centre of {P}.",
  "The foreign minister will travel to {P} {D} to meet her counterpart.",
  "Unions called a general strike that brought public transport to a halt.",
  "{O} published a report {D} warning of rising prices.",
  "The opposition demanded answers over the handling of the crisis in {P}.",
  "The court is expected to rule {D}, according to legal sources.",
  "Exports grew by {N} percent compared with the year before.",
  "{W}, a spokesperson for {O}, declined to comment on the matter.",
  "The summit, scheduled {D}, will bring together leaders from {N} countries.",
  "Floods {D} forced hundreds of residents of {P} to leave their homes.",
  "The deal was signed {D} after months of quiet talks.",
  "Employment figures will be released over the coming days, {O} said.",
  "The decision has sparked a heated debate among the coalition parties.",
  "Residents of {P} complain about the lack of investment in public transport.",
  "{W} defended the team's record and asked supporters for patience.",
  "The report sets out {N} recommendations to improve air quality.",
  "Health authorities advise against all unnecessary travel.",
  "Employers say the measure will make hiring in the sector more expensive.",
  "According to {O}, the number of asylum applications has levelled off.",
  "The mayor of {P} met representatives of local shopkeepers.",
  "Experts warn that the drought will hit farm output.",
  "The company announced an investment plan worth {N} million euros.",
  "{W} noted that the agreement must still be ratified by parliament.",
  "The opposition tabled a motion calling for the minister to appear.",
};

static const char * const es_months[] = {
  "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
  "septiembre", "octubre", "noviembre", "diciembre",
};
static const char * const en_months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December",
};
static const char * const es_weekdays[] = {
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
};
static const char * const en_weekdays[] = {
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
};
static const char * const places[] = {
  "Valparaíso", "Lisboa", "Nairobi", "Montevideo", "Ottawa", "Cracovia",
  "Kyoto", "Zaragoza", "Dakar", "Cusco", "Tromsø", "Adelaida",
};
static const char * const es_orgs[] = {
  "Naciones Unidas", "Cáritas", "Eurostat", "Cruz Roja", "Greenpeace",
  "Protección Civil", "Hacienda", "Interpol",
};
static const char * const en_orgs[] = {
  "Oxfam", "Eurostat", "Amnesty International", "Reuters", "Interpol",
  "Greenpeace", "NATO", "UNICEF",
};
static const char * const people[] = {
  "Ana Belén Quiroga", "Tomás Etxeberria", "Margaret Oyelaran", "Rui Falcão",
  "Ingrid Halvorsen", "José Ángel Murillo", "Priya Raman", "Lucía Ferrer",
};

static void
append_es_date (GString *out,
                Rng     *rng)
{
  int day = 1 + rng_below (rng, 28), year = 1990 + rng_below (rng, 36);
  const char *month = PICK (rng, es_months);

  switch (rng_below (rng, 14))
    {
    case 0: g_string_append_printf (out, "el %d de %s de %d", day, month, year); break;
    case 1: g_string_append_printf (out, "el pasado %s", PICK (rng, es_weekdays)); break;
    case 2: g_string_append (out, "ayer"); break;
    case 3: g_string_append_printf (out, "en %d", year); break;
    case 4: g_string_append_printf (out, "a finales de %s", month); break;
    case 5: g_string_append_printf (out, "hace %d semanas", 2 + rng_below (rng, 8)); break;
    case 6: g_string_append_printf (out, "el %02d/%02d/%d", day, 1 + rng_below (rng, 12), year); break;
    case 7: g_string_append_printf (out, "en el %s trimestre de %d",
                                    rng_below (rng, 2) ? "primer" : "tercer", year); break;
    case 8: g_string_append (out, "la semana pasada"); break;
    case 9: g_string_append_printf (out, "entre %s y %s de %d", month,
                                    PICK (rng, es_months), year); break;
    case 10: g_string_append_printf (out, "el %d de %s", day, month); break;
    case 11: g_string_append_printf (out, "en %s de %d", month, year); break;
    case 12: g_string_append (out, "esta mañana"); break;
    default: g_string_append_printf (out, "el %s %d", PICK (rng, es_weekdays), day); break;
    }
}

static void
append_en_date (GString *out,
                Rng     *rng)
{
  int day = 1 + rng_below (rng, 28), year = 1990 + rng_below (rng, 36);
  const char *month = PICK (rng, en_months);

  switch (rng_below (rng, 14))
    {
    case 0: g_string_append_printf (out, "on %s %d, %d", month, day, year); break;
    case 1: g_string_append_printf (out, "last %s", PICK (rng, en_weekdays)); break;
    case 2: g_string_append (out, "yesterday"); break;
    case 3: g_string_append_printf (out, "in %d", year); break;
    case 4: g_string_append_printf (out, "in late %s", month); break;
    case 5: g_string_append_printf (out, "%d weeks ago", 2 + rng_below (rng, 8)); break;
    case 6: g_string_append_printf (out, "on %d-%02d-%02d", year, 1 + rng_below (rng, 12), day); break;
    case 7: g_string_append_printf (out, "in the %s quarter of %d",
                                    rng_below (rng, 2) ? "first" : "third", year); break;
    case 8: g_string_append (out, "last week"); break;
    case 9: g_string_append_printf (out, "between %s and %s %d", month,
                                    PICK (rng, en_months), year); break;
    case 10: g_string_append_printf (out, "on %d %s", day, month); break;
    case 11: g_string_append_printf (out, "in %s %d", month, year); break;
    case 12: g_string_append (out, "this morning"); break;
    default: g_string_append_printf (out, "on %s, %s %d", PICK (rng, en_weekdays), month, day); break;
    }
}

static void
append_sentence (GString    *out,
                 Rng        *rng,
                 CrLanguage  language)
{
  const char *tpl = language == CR_LANGUAGE_ES ? PICK (rng, es_templates) : PICK (rng, en_templates);

  for (const char *p = tpl; *p; p++)
    {
      if (p[0] == '{' && p[1] != '\0' && p[2] == '}')
        {
          switch (p[1])
            {
            case 'D':
              if (language == CR_LANGUAGE_ES)
                append_es_date (out, rng);
              else
                append_en_date (out, rng);
              break;
            case 'P': g_string_append (out, PICK (rng, places)); break;
            case 'O':
              g_string_append (out, language == CR_LANGUAGE_ES ? PICK (rng, es_orgs)
                                                               : PICK (rng, en_orgs));
              break;
            case 'W': g_string_append (out, PICK (rng, people)); break;
            case 'N': g_string_append_printf (out, "%u", 2 + rng_below (rng, 998)); break;
            default: g_assert_not_reached ();
            }
          p += 2;
        }
      else
        g_string_append_c (out, *p);
    }
}

static void
bench_text_free (BenchText *t)
{
  g_string_free (t->text, TRUE);
  g_free (t);
}

static BenchCorpus *
bench_corpus_new (void)
{
  BenchCorpus *corpus = g_new0 (BenchCorpus, 1);

  corpus->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) bench_text_free);
  corpus->paragraphs = g_array_new (FALSE, FALSE, sizeof (BenchParagraph));
  return corpus;
}

static void
add_text (BenchCorpus *corpus,
          GString     *text,
          CrLanguage   language)
{
  BenchText *t = g_new0 (BenchText, 1);

  t->text = text;
  t->language = language;
  g_ptr_array_add (corpus->texts, t);
}

/* One article: 3-6 paragraphs of 2-5 sentences. */
static void
append_article (BenchCorpus *corpus,
                Rng         *rng,
                guint        text_index)
{
  BenchText *t = g_ptr_array_index (corpus->texts, text_index);
  guint n_paragraphs = 3 + rng_below (rng, 4);

  for (guint i = 0; i < n_paragraphs; i++)
    {
      BenchParagraph para = { text_index, t->text->len, 0 };
      guint n_sentences = 2 + rng_below (rng, 4);

      for (guint s = 0; s < n_sentences; s++)
        {
          if (s > 0)
            g_string_append_c (t->text, ' ');
          append_sentence (t->text, rng, t->language);
        }
      para.len = t->text->len - para.offset;
      g_array_append_val (corpus->paragraphs, para);
      g_string_append (t->text, "\n\n");
    }
}

BenchCorpus *
bench_corpus_generate (guint32 seed,
                       gsize   target_bytes)
{
  BenchCorpus *corpus = bench_corpus_new ();
  Rng rng = { seed ? seed : 1 };

  add_text (corpus, g_string_sized_new (target_bytes / 2 + 4096), CR_LANGUAGE_ES);
  add_text (corpus, g_string_sized_new (target_bytes / 2 + 4096), CR_LANGUAGE_EN);
  while (bench_corpus_size (corpus) < target_bytes)
    append_article (corpus, &rng, rng_below (&rng, 2));
  return corpus;
}

BenchCorpus *
bench_corpus_load_files (char   **paths,
                         GError **error)
{
  g_autoptr(BenchCorpus) corpus = bench_corpus_new ();

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *raw = NULL;
      const char *contents;
      gsize len, start = 0;
      GString *text;

      if (!g_file_get_contents (paths[i], &raw, &len, error))
        return NULL;
      text = g_string_new_len (raw, len);
      add_text (corpus, text, CR_LANGUAGE_AUTO);
      contents = text->str;
      while (start < len)
        {
          const char *sep = g_strstr_len (contents + start, len - start, "\n\n");
          gsize end = sep ? (gsize) (sep - contents) : len;
          BenchParagraph para = { i, start, end - start };

          if (para.len > 0)
            g_array_append_val (corpus->paragraphs, para);
          start = end + 2;
        }
    }
  return g_steal_pointer (&corpus);
}

void
bench_corpus_free (BenchCorpus *corpus)
{
  if (corpus == NULL)
    return;
  g_clear_pointer (&corpus->texts, g_ptr_array_unref);
  g_clear_pointer (&corpus->paragraphs, g_array_unref);
  g_free (corpus);
}

gsize
bench_corpus_size (BenchCorpus *corpus)
{
  gsize size = 0;

  for (guint i = 0; i < corpus->texts->len; i++)
    size += ((BenchText *) g_ptr_array_index (corpus->texts, i))->text->len;
  return size;
}
