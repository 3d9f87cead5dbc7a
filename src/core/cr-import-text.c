/* cr-import-text.c: plain text and Markdown articles in the news-desk layout
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cr-import-private.h"

/* The layout news desks send (and the one Cronista's seed article has):
 *
 *   Title line
 *   Standfirst paragraph(s)
 *   <blank>
 *   3 de septiembre de 2025          <- dateline
 *   Beijing, China                   <- place
 *   Redacción                        <- byline
 *   Paragraph…
 *
 * Markdown may add YAML front matter (title, date, lang, source, …) and
 * uses blank lines between paragraphs. Without a dateline, everything
 * after the title is body. */

#define MAX_SHORT_LINE 80
#define MAX_DATELINE_SEARCH 6

static const char * const text_exts[] = { ".txt", ".text", NULL };
static const char * const md_exts[] = { ".md", ".markdown", ".mdown", ".mkd", NULL };

static gboolean
has_front_matter (const char *text)
{
  return g_str_has_prefix (text, "---\n") || g_str_has_prefix (text, "---\r\n");
}

static gboolean
text_sniff (const char *path,
            const char *text,
            gsize       len)
{
  if (_cr_import_has_extension (path, text_exts) || _cr_import_has_extension (path, md_exts))
    return TRUE;
  /* Without a known extension, anything that is not markup is text. */
  return !_cr_import_starts_with (text, len, "<") &&
         !_cr_import_starts_with (text, len, "{") &&
         !_cr_import_starts_with (text, len, "[");
}

static char *
unquote (const char *value)
{
  g_autofree char *v = g_strstrip (g_strdup (value));
  gsize n = strlen (v);

  if (n >= 2 && ((v[0] == '"' && v[n - 1] == '"') || (v[0] == '\'' && v[n - 1] == '\'')))
    return g_strndup (v + 1, n - 2);
  return g_steal_pointer (&v);
}

static gboolean
looks_like_url (const char *s)
{
  return g_str_has_prefix (s, "http://") || g_str_has_prefix (s, "https://");
}

/* Reads the flat `key: value` pairs of YAML front matter (all the format
 * needs); returns where the document body starts. */
static const char *
parse_front_matter (const char *text,
                    CrArticle  *article)
{
  const char *p = strchr (text, '\n') + 1;

  while (*p)
    {
      const char *eol = strchr (p, '\n');
      g_autofree char *line = g_strndup (p, eol ? (gsize) (eol - p) : strlen (p));
      char *colon;

      g_strchomp (line);
      p = eol ? eol + 1 : p + strlen (p);
      if (g_str_equal (line, "---") || g_str_equal (line, "..."))
        return p;
      colon = strchr (line, ':');
      if (colon == NULL || line[0] == '#' || line[0] == ' ')
        continue;
      *colon = '\0';
      {
        g_autofree char *key = g_ascii_strdown (g_strstrip (line), -1);
        g_autofree char *value = unquote (colon + 1);

        if (*value == '\0')
          continue;
        if (g_str_equal (key, "title"))
          {
            g_free (article->title);
            article->title = g_steal_pointer (&value);
          }
        else if (g_str_equal (key, "date") || g_str_equal (key, "published"))
          _cr_import_take_date (article, value, CR_DATE_SOURCE_METADATA);
        else if (g_str_equal (key, "lang") || g_str_equal (key, "language"))
          {
            CrLanguage lang = cr_language_from_string (value);

            if (lang != CR_LANGUAGE_AUTO)
              {
                article->language = lang;
                article->language_declared = TRUE;
              }
          }
        else if (g_str_equal (key, "source"))
          {
            if (looks_like_url (value) && article->source_url == NULL)
              article->source_url = g_steal_pointer (&value);
            else if (article->source_name == NULL)
              article->source_name = g_steal_pointer (&value);
          }
        else if (g_str_equal (key, "url") || g_str_equal (key, "link"))
          {
            g_free (article->source_url);
            article->source_url = g_steal_pointer (&value);
          }
        else if (g_str_equal (key, "author"))
          {
            g_free (article->author);
            article->author = g_steal_pointer (&value);
          }
        else if (g_str_equal (key, "place") || g_str_equal (key, "location"))
          {
            g_free (article->place);
            article->place = g_steal_pointer (&value);
          }
        else if (g_str_equal (key, "standfirst") || g_str_equal (key, "lede") ||
                 g_str_equal (key, "summary") || g_str_equal (key, "description"))
          {
            g_free (article->standfirst);
            article->standfirst = g_steal_pointer (&value);
          }
      }
    }
  return p;
}

/* Strips the Markdown a news desk uses: heading marks, quote marks, list
 * bullets, emphasis and links (their text is kept). */
static char *
strip_markdown (const char *line)
{
  GString *out = g_string_new (NULL);
  const char *p = line;

  while (*p == '#' || *p == '>')
    p++;
  if ((p[0] == '-' || p[0] == '*' || p[0] == '+') && p[1] == ' ')
    p += 2;
  while (*p == ' ')
    p++;

  while (*p)
    {
      if ((p[0] == '*' && p[1] == '*') || (p[0] == '_' && p[1] == '_'))
        p += 2;
      else if (*p == '*' || *p == '`')
        p++;
      else if (*p == '!' && p[1] == '[')
        p++;
      else if (*p == '[')
        {
          const char *close = strstr (p, "](");
          const char *end = close ? strchr (close, ')') : NULL;

          if (close != NULL && end != NULL && memchr (p, '\n', close - p) == NULL)
            {
              g_string_append_len (out, p + 1, close - p - 1);
              p = end + 1;
            }
          else
            g_string_append_c (out, *p++);
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* Splits the text into paragraphs. Markdown, and plain text that is
 * hard-wrapped (every line short), joins the lines of a block; otherwise
 * each line is a paragraph, as news desks write them. */
static GPtrArray *
split_paragraphs (const char *text,
                  gboolean    markdown)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) block = NULL;
  gboolean join = markdown;
  guint longest = 0, n_lines = 0;

  for (guint i = 0; lines[i]; i++)
    {
      g_strchomp (lines[i]);
      longest = MAX (longest, (guint) g_utf8_strlen (lines[i], -1));
      if (*lines[i])
        n_lines++;
    }
  if (!markdown && longest <= MAX_SHORT_LINE && n_lines > 12)
    join = TRUE;

  for (guint i = 0; ; i++)
    {
      const char *line = lines[i];
      gboolean blank = line == NULL || *g_strstrip (lines[i]) == '\0';
      gboolean own_line = !blank && markdown &&
                          (line[0] == '#' || g_str_has_prefix (line, "- ") ||
                           g_str_has_prefix (line, "* ") || g_str_has_prefix (line, "+ "));

      if ((blank || !join || own_line) && block != NULL && block->len > 0)
        {
          g_ptr_array_add (paragraphs, g_string_free (g_steal_pointer (&block), FALSE));
        }
      if (line == NULL)
        break;
      if (blank)
        continue;
      if (markdown && (g_str_equal (line, "---") || g_str_equal (line, "***")))
        continue;
      if (block == NULL)
        block = g_string_new (NULL);
      else
        g_string_append_c (block, ' ');
      if (markdown)
        {
          g_autofree char *clean = strip_markdown (line);
          g_string_append (block, clean);
        }
      else
        g_string_append (block, line);
      if (own_line || !join)
        g_ptr_array_add (paragraphs, g_string_free (g_steal_pointer (&block), FALSE));
    }
  return paragraphs;
}

static gboolean
is_short_line (const char *s)
{
  gsize n = strlen (s);

  return n > 0 && g_utf8_strlen (s, -1) <= 60 && s[n - 1] != '.' &&
         s[n - 1] != ':' && strchr (s, '.') == NULL;
}

static gboolean
text_parse (const char *path,
            const char *text,
            gsize       len,
            GPtrArray  *articles,
            GError    **error)
{
  g_autoptr(CrArticle) article = cr_article_new ();
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) standfirst = g_string_new (NULL);
  gboolean markdown = _cr_import_has_extension (path, md_exts) || has_front_matter (text);
  const char *start = text;
  gboolean have_title;
  guint first = 0, dateline = G_MAXUINT;

  g_free (article->title);
  article->title = NULL;
  if (has_front_matter (text))
    start = parse_front_matter (text, article);
  have_title = article->title != NULL;

  paragraphs = split_paragraphs (start, markdown);
  if (paragraphs->len == 0 && !have_title)
    {
      g_set_error_literal (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_NO_CONTENT,
                           _("The file contains no text."));
      return FALSE;
    }

  if (!have_title)
    article->title = g_strdup (g_ptr_array_index (paragraphs, first++));
  else if (paragraphs->len > 0 &&
           g_strcmp0 (g_ptr_array_index (paragraphs, 0), article->title) == 0)
    first++;  /* the front matter's title repeated as the first heading */

  for (guint i = first; i < paragraphs->len && i < first + MAX_DATELINE_SEARCH; i++)
    {
      g_autofree char *value = cr_article_parse_dateline (g_ptr_array_index (paragraphs, i));

      if (value != NULL)
        {
          if (article->date_source == CR_DATE_SOURCE_NONE)
            cr_article_set_date_value (article, value, CR_DATE_SOURCE_DATELINE);
          dateline = i;
          break;
        }
    }

  if (dateline != G_MAXUINT)
    {
      guint i;

      for (i = first; i < dateline; i++)
        {
          if (standfirst->len)
            g_string_append_c (standfirst, ' ');
          g_string_append (standfirst, g_ptr_array_index (paragraphs, i));
        }
      if (standfirst->len && article->standfirst == NULL)
        article->standfirst = g_strdup (standfirst->str);

      /* Place and byline: up to two short lines after the dateline. A
       * line that starts "Por"/"By" is the byline wherever it is. */
      first = dateline + 1;
      for (i = 0; i < 2 && first < paragraphs->len; i++)
        {
          const char *line = g_ptr_array_index (paragraphs, first);

          if (!is_short_line (line) || first + 1 >= paragraphs->len)
            break;
          if (g_str_has_prefix (line, "Por ") || g_str_has_prefix (line, "By ") ||
              g_str_has_prefix (line, "por ") || g_str_has_prefix (line, "by "))
            {
              if (article->author == NULL)
                article->author = g_strdup (strchr (line, ' ') + 1);
            }
          else if (i == 0 && article->place == NULL &&
                   is_short_line (g_ptr_array_index (paragraphs, first + 1)))
            article->place = g_strdup (line);
          else if (article->author == NULL)
            article->author = g_strdup (line);
          else
            break;
          first++;
        }
    }

  for (guint i = first; i < paragraphs->len; i++)
    {
      if (body->len)
        g_string_append_c (body, '\n');
      g_string_append (body, g_ptr_array_index (paragraphs, i));
    }
  g_free (article->body);
  article->body = g_strdup (body->str);
  article->format = g_strdup (markdown ? "markdown" : "text");
  cr_article_finish (article);
  g_ptr_array_add (articles, g_steal_pointer (&article));
  return TRUE;
}

const CrImportHandler cr_import_handler_text = {
  "text", text_sniff, text_parse,
};
