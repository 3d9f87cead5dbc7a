/* cr-article.c: one news article as Cronista keeps it
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-article"

#include "config.h"

#include <string.h>

#include "cr-article.h"
#include "cr-calendar.h"
#include "cr-language.h"

G_DEFINE_BOXED_TYPE (CrArticle, cr_article, cr_article_ref, cr_article_unref)

#define DETECT_BYTES 4096

static const char * const date_source_names[] = {
  "none", "metadata", "dateline", "feed", "user",
};

static void
cr_article_free (CrArticle *self)
{
  g_free (self->title);
  g_free (self->standfirst);
  g_free (self->body);
  g_free (self->date_value);
  g_free (self->place);
  g_free (self->author);
  g_free (self->source_name);
  g_free (self->source_url);
  g_free (self->entry_id);
  g_free (self->file_path);
  g_free (self->format);
  g_free (self->content_hash);
  g_free (self);
}

/* Collapses runs of white space (and control characters) inside one line
 * into single spaces and trims both ends. */
static void
append_clean_line (GString    *out,
                   const char *line,
                   const char *end)
{
  gboolean pending_space = FALSE;
  gsize start = out->len;

  for (const char *p = line; p < end; p = g_utf8_next_char (p))
    {
      gunichar c;

      /* Most of a news text is ASCII: keep that path cheap. */
      if ((guchar) *p < 0x80)
        {
          if (*p == ' ' || *p == '\t' || *p == '\v' || *p == '\f')
            pending_space = TRUE;
          else if ((guchar) *p >= 0x20 && *p != 0x7f)
            {
              if (pending_space && out->len > start)
                g_string_append_c (out, ' ');
              pending_space = FALSE;
              g_string_append_c (out, *p);
            }
          continue;
        }

      c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || g_unichar_iscntrl (c) ||
          c == 0xFEFF || c == 0x200B)
        {
          if (c == 0x00A0 || g_unichar_isspace (c))
            pending_space = TRUE;
          continue;
        }
      if (pending_space && out->len > start)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }
}

/* TRUE when NFC cannot change @text: valid UTF-8 made only of code
 * points below U+0300 (no combining marks, no singletons there) and of
 * the general punctuation news uses (U+2002–U+206F). Normalizing is the
 * costliest step of an import; this skips it for almost every article. */
static gboolean
is_nfc_stable (const char *text)
{
  const char *end;

  if (!g_utf8_validate (text, -1, &end))
    return FALSE;
  for (const guchar *p = (const guchar *) text; *p; )
    {
      gunichar c;

      if (*p < 0x80)
        {
          p++;
          continue;
        }
      c = g_utf8_get_char ((const char *) p);
      if (c >= 0x0300 && !(c >= 0x2002 && c <= 0x206F))
        return FALSE;
      p = (const guchar *) g_utf8_next_char (p);
    }
  return TRUE;
}

/* Normalizes to NFC and keeps paragraphs: one "\n" between non-empty
 * lines when @keep_lines, else a single line. The result is what the store
 * keeps and what mention offsets point into. */
static char *
clean_text (const char *text,
            gboolean    keep_lines)
{
  g_autofree char *nfc = NULL;
  GString *out;
  const char *p;

  if (text == NULL)
    return g_strdup ("");

  if (is_nfc_stable (text))
    nfc = g_strdup (text);
  else
    nfc = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  if (nfc == NULL)
    nfc = g_utf8_make_valid (text, -1);

  out = g_string_sized_new (strlen (nfc));
  p = nfc;
  while (*p)
    {
      const char *eol = p;
      gsize before = out->len;

      while (*eol && *eol != '\n' && *eol != '\r')
        eol++;
      if (out->len > 0)
        g_string_append_c (out, keep_lines ? '\n' : ' ');
      append_clean_line (out, p, eol);
      /* A blank line adds nothing: blank lines between paragraphs in the
       * source are one separator in the store. */
      if (out->len == before + 1 && before > 0)
        g_string_truncate (out, before);
      p = *eol ? eol + 1 : eol;
    }

  return g_string_free (out, FALSE);
}

CrArticle *
cr_article_new (void)
{
  CrArticle *self = g_new0 (CrArticle, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_strdup ("");
  self->body = g_strdup ("");
  self->date = CR_DAY_UNKNOWN;
  self->date_last = CR_DAY_UNKNOWN;
  self->date_source = CR_DATE_SOURCE_NONE;
  self->date_granularity = CR_GRANULARITY_DAY;
  self->language = CR_LANGUAGE_AUTO;
  return self;
}

CrArticle *
cr_article_ref (CrArticle *article)
{
  g_return_val_if_fail (article != NULL, NULL);

  g_atomic_ref_count_inc (&article->ref_count);
  return article;
}

void
cr_article_unref (CrArticle *article)
{
  g_return_if_fail (article != NULL);

  if (g_atomic_ref_count_dec (&article->ref_count))
    cr_article_free (article);
}

gboolean
cr_article_set_date_value (CrArticle    *article,
                           const char   *value,
                           CrDateSource  source)
{
  CrDay first, last;
  gsize len;

  g_return_val_if_fail (article != NULL, FALSE);

  if (value == NULL || !cr_day_range_parse (value, &first, &last))
    return FALSE;

  len = strlen (value);
  article->date = first;
  article->date_last = last;
  article->date_granularity = len <= 4 ? CR_GRANULARITY_YEAR
                            : len <= 7 ? CR_GRANULARITY_MONTH
                            : CR_GRANULARITY_DAY;
  article->date_source = source;
  g_free (article->date_value);
  article->date_value = g_strdup (value);
  return TRUE;
}

const char *
cr_article_get_source_key (CrArticle *article)
{
  g_return_val_if_fail (article != NULL, NULL);

  if (article->source_url != NULL && *article->source_url)
    return article->source_url;
  if (article->entry_id != NULL && *article->entry_id)
    return article->entry_id;
  return article->file_path;
}

void
cr_article_finish (CrArticle *article)
{
  g_autoptr(GChecksum) sum = NULL;
  char *tmp;

  g_return_if_fail (article != NULL);

  tmp = clean_text (article->title, FALSE);
  g_free (article->title);
  article->title = tmp;

  tmp = clean_text (article->body, TRUE);
  g_free (article->body);
  article->body = tmp;

  if (article->standfirst != NULL)
    {
      tmp = clean_text (article->standfirst, FALSE);
      g_free (article->standfirst);
      article->standfirst = *tmp ? tmp : (g_free (tmp), NULL);
    }

  if (article->language == CR_LANGUAGE_AUTO)
    {
      g_autoptr(GString) all = g_string_new (article->title);
      gsize body_len = strlen (article->body);

      g_string_append_c (all, '\n');
      if (article->standfirst)
        g_string_append (all, article->standfirst);
      g_string_append_c (all, '\n');
      /* A few KB decide the language as well as the whole text does. */
      if (body_len > DETECT_BYTES)
        body_len = g_utf8_find_prev_char (article->body, article->body + DETECT_BYTES) - article->body;
      g_string_append_len (all, article->body, body_len);
      article->language = cr_language_detect (all->str, all->len);
      article->language_declared = FALSE;
    }

  /* The hash covers the text only: the same story saved as HTML and as
   * text is the same article, and metadata-only changes are not news. */
  sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (sum, (const guchar *) article->title, -1);
  g_checksum_update (sum, (const guchar *) "\x1f", 1);
  if (article->standfirst)
    g_checksum_update (sum, (const guchar *) article->standfirst, -1);
  g_checksum_update (sum, (const guchar *) "\x1f", 1);
  g_checksum_update (sum, (const guchar *) article->body, -1);
  g_free (article->content_hash);
  article->content_hash = g_strdup (g_checksum_get_string (sum));
}

const char *
cr_date_source_to_string (CrDateSource source)
{
  if ((guint) source < G_N_ELEMENTS (date_source_names))
    return date_source_names[source];
  return "none";
}

CrDateSource
cr_date_source_from_string (const char *str)
{
  for (guint i = 0; i < G_N_ELEMENTS (date_source_names); i++)
    if (g_strcmp0 (str, date_source_names[i]) == 0)
      return (CrDateSource) i;
  return CR_DATE_SOURCE_NONE;
}
