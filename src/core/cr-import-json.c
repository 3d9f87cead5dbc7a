/* cr-import-json.c: articles as JSON objects, arrays or NDJSON lines
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cr-import-private.h"

static const char * const json_exts[] = { ".json", ".ndjson", ".jsonl", NULL };
static const char * const ndjson_exts[] = { ".ndjson", ".jsonl", NULL };

static gboolean
json_sniff (const char *path,
            const char *text,
            gsize       len)
{
  return _cr_import_has_extension (path, json_exts) ||
         _cr_import_starts_with (text, len, "{") ||
         _cr_import_starts_with (text, len, "[");
}

/* A string member, or the first of several alternative names. */
static char *
get_string (JsonObject         *obj,
            const char * const *names)
{
  for (guint i = 0; names[i]; i++)
    {
      JsonNode *node = json_object_get_member (obj, names[i]);

      if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
        continue;
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return g_strdup (json_node_get_string (node));
    }
  return NULL;
}

static char *
get_author (JsonObject *obj)
{
  JsonNode *node = json_object_get_member (obj, "author");

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (JSON_NODE_HOLDS_OBJECT (node))
    return get_string (json_node_get_object (node), (const char *[]) { "name", NULL });
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *el = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (el) || json_node_get_value_type (el) != G_TYPE_STRING)
            continue;
          if (names->len)
            g_string_append (names, ", ");
          g_string_append (names, json_node_get_string (el));
        }
      return names->len ? g_strdup (names->str) : NULL;
    }
  return NULL;
}

static CrArticle *
parse_object (JsonNode    *node,
              const char  *path,
              guint        index,
              GError     **error)
{
  g_autoptr(CrArticle) article = NULL;
  JsonObject *obj;
  JsonNode *date;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *lang = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_MALFORMED,
                   _("Item %u is not a JSON object."), index + 1);
      return NULL;
    }
  obj = json_node_get_object (node);
  title = get_string (obj, (const char *[]) { "title", "headline", NULL });
  body = get_string (obj, (const char *[]) { "body", "text", "content", "articleBody", NULL });
  if (title == NULL && body == NULL)
    {
      g_set_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_NO_CONTENT,
                   _("Item %u has neither a “title” nor a “body”."), index + 1);
      return NULL;
    }

  article = cr_article_new ();
  g_free (article->title);
  article->title = g_steal_pointer (&title);
  if (article->title == NULL)
    article->title = g_strdup ("");
  g_free (article->body);
  article->body = body ? g_steal_pointer (&body) : g_strdup ("");
  /* Bodies with markup are common in exports; read them as HTML. */
  if (strchr (article->body, '<') != NULL && strchr (article->body, '>') != NULL)
    {
      char *text = _cr_import_html_to_text (article->body);

      g_free (article->body);
      article->body = text;
    }
  article->standfirst = get_string (obj, (const char *[]) { "standfirst", "lede", "summary", "description", NULL });
  article->source_url = get_string (obj, (const char *[]) { "url", "link", NULL });
  article->source_name = get_string (obj, (const char *[]) { "source", "publisher", NULL });
  article->entry_id = get_string (obj, (const char *[]) { "id", "guid", NULL });
  article->place = get_string (obj, (const char *[]) { "place", "location", "dateline", NULL });
  article->author = get_author (obj);
  article->file_path = g_strdup (path);
  article->format = g_strdup ("json");

  date = json_object_get_member (obj, "date");
  if (date == NULL)
    date = json_object_get_member (obj, "published");
  if (date == NULL)
    date = json_object_get_member (obj, "datePublished");
  if (date != NULL && JSON_NODE_HOLDS_VALUE (date))
    {
      if (json_node_get_value_type (date) == G_TYPE_STRING)
        _cr_import_take_date (article, json_node_get_string (date), CR_DATE_SOURCE_METADATA);
      else if (json_node_get_value_type (date) == G_TYPE_INT64)
        {
          /* Unix seconds carry no offset: the UTC day is all there is. */
          g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (json_node_get_int (date));

          if (dt != NULL)
            {
              g_autofree char *iso = g_date_time_format (dt, "%Y-%m-%d");
              _cr_import_take_date (article, iso, CR_DATE_SOURCE_METADATA);
            }
        }
    }

  lang = get_string (obj, (const char *[]) { "lang", "language", "inLanguage", NULL });
  if (lang != NULL && strlen (lang) >= 2)
    {
      g_autofree char *two = g_ascii_strdown (lang, 2);
      CrLanguage l = cr_language_from_string (two);

      if (l != CR_LANGUAGE_AUTO)
        {
          article->language = l;
          article->language_declared = TRUE;
        }
    }

  cr_article_finish (article);
  return g_steal_pointer (&article);
}

static gboolean
add_node (JsonNode    *root,
          const char  *path,
          guint       *index,
          GPtrArray   *articles,
          GError     **error)
{
  if (root == NULL)
    {
      /* White space only: json-glib parses it to no document at all. */
      g_set_error_literal (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_NO_CONTENT,
                           _("The JSON file holds no articles."));
      return FALSE;
    }
  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          CrArticle *article = parse_object (json_array_get_element (array, i), path, (*index)++, error);

          if (article == NULL)
            return FALSE;
          g_ptr_array_add (articles, article);
        }
      return TRUE;
    }
  else
    {
      CrArticle *article = parse_object (root, path, (*index)++, error);

      if (article == NULL)
        return FALSE;
      g_ptr_array_add (articles, article);
      return TRUE;
    }
}

/* NDJSON: one object per line. A single line that does not parse makes
 * the whole file fail, so nothing is half read. */
static gboolean
parse_lines (const char *path,
             const char *text,
             gsize       len,
             GPtrArray  *articles,
             GError    **error)
{
  guint before = articles->len;
  guint index = 0;
  guint line_no = 0;
  const char *p, *end;

  for (p = text, end = text + len; p < end; )
    {
      const char *eol = memchr (p, '\n', end - p);
      gsize n = eol ? (gsize) (eol - p) : (gsize) (end - p);
      g_autoptr(JsonParser) line_parser = NULL;
      g_autoptr(GError) line_error = NULL;
      g_autofree char *line = g_strndup (p, n);

      line_no++;
      p = eol ? eol + 1 : end;
      if (*g_strstrip (line) == '\0')
        continue;
      line_parser = json_parser_new_immutable ();
      if (!json_parser_load_from_data (line_parser, line, -1, &line_error))
        {
          g_set_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_MALFORMED,
                       _("Line %u is not valid JSON: %s"), line_no, line_error->message);
          return FALSE;
        }
      if (!add_node (json_parser_get_root (line_parser), path, &index, articles, error))
        return FALSE;
    }

  if (articles->len == before)
    {
      g_set_error_literal (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_NO_CONTENT,
                           _("The JSON file holds no articles."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
json_parse (const char *path,
            const char *text,
            gsize       len,
            GPtrArray  *articles,
            GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) whole_error = NULL;
  guint before = articles->len;
  guint index = 0;

  /* NDJSON first when it looks like it (an object starting a later line):
   * json-glib would otherwise read the first line and ignore the rest. */
  if (_cr_import_has_extension (path, ndjson_exts) ||
      (_cr_import_starts_with (text, len, "{") && g_strstr_len (text, len, "\n{") != NULL))
    return parse_lines (path, text, len, articles, error);

  if (json_parser_load_from_data (parser, text, len, &whole_error))
    {
      if (!add_node (json_parser_get_root (parser), path, &index, articles, error))
        return FALSE;
      if (articles->len == before)
        {
          g_set_error_literal (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_NO_CONTENT,
                               _("The JSON file holds no articles."));
          return FALSE;
        }
      return TRUE;
    }

  g_set_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_MALFORMED,
               _("The JSON is not valid: %s"), whole_error->message);
  return FALSE;
}

const CrImportHandler cr_import_handler_json = {
  "json", json_sniff, json_parse,
};
