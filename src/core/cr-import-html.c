/* cr-import-html.c: web pages saved from a browser
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <string.h>

#include "cr-import-private.h"

/* Set on nodes already read as metadata (see drop_node()). */
#define SKIP_ATTR "data-cronista-skip"

static const char * const html_exts[] = { ".html", ".htm", ".xhtml", ".shtml", NULL };

/* Elements whose text is never article text. */
static const char * const skipped_elements[] = {
  "script", "style", "nav", "aside", "footer", "form", "noscript", "iframe",
  "svg", "button", "select", "template", "object", "embed", "canvas",
  "head", "menu", "dialog", "input", "textarea", NULL,
};

static const char * const block_elements[] = {
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
  "h6", "li", "ul", "ol", "blockquote", "pre", "br", "tr", "table",
  "figcaption", "figure", "dd", "dt", "dl", "header", "hr", "address", NULL,
};

/* Class or id words that mark comment threads, share bars and the like. */
static const char * const skipped_classes[] = {
  "comment", "share", "related", "newsletter", "advert", "promo",
  "cookie", "social", "sidebar", "breadcrumb", "subscribe", NULL,
};

typedef struct {
  char      *og_title;
  char      *h1;
  char      *title;
  char      *meta_date;
  char      *time_datetime;
  char      *meta_author;
  char      *meta_description;
  char      *canonical;
  char      *site_name;
  char      *lang;
  xmlNode   *article;
  xmlNode   *main;
  xmlNode   *body;
  xmlNode   *standfirst_node;
  xmlNode   *byline_node;
  /* JSON-LD NewsArticle */
  char      *ld_headline;
  char      *ld_date;
  char      *ld_author;
  char      *ld_description;
  char      *ld_url;
  char      *ld_lang;
  char      *ld_publisher;
} PageInfo;

static void
page_info_clear (PageInfo *info)
{
  g_free (info->og_title);
  g_free (info->h1);
  g_free (info->title);
  g_free (info->meta_date);
  g_free (info->time_datetime);
  g_free (info->meta_author);
  g_free (info->meta_description);
  g_free (info->canonical);
  g_free (info->site_name);
  g_free (info->lang);
  g_free (info->ld_headline);
  g_free (info->ld_date);
  g_free (info->ld_author);
  g_free (info->ld_description);
  g_free (info->ld_url);
  g_free (info->ld_lang);
  g_free (info->ld_publisher);
}

static gboolean
in_list (const char         *name,
         const char * const *list)
{
  for (guint i = 0; list[i]; i++)
    if (g_ascii_strcasecmp (name, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static char *
get_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *ret;

  if (value == NULL)
    return NULL;
  ret = g_strdup ((const char *) value);
  xmlFree (value);
  return ret;
}

static gboolean
attr_contains_word (xmlNode            *node,
                    const char         *attr,
                    const char * const *words)
{
  g_autofree char *value = get_attr (node, attr);
  g_autofree char *lower = NULL;

  if (value == NULL)
    return FALSE;
  lower = g_ascii_strdown (value, -1);
  for (guint i = 0; words[i]; i++)
    if (strstr (lower, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_skipped (xmlNode *node)
{
  const char *name = (const char *) node->name;

  if (in_list (name, skipped_elements) || xmlHasProp (node, (const xmlChar *) SKIP_ATTR))
    return TRUE;
  return attr_contains_word (node, "class", skipped_classes) ||
         attr_contains_word (node, "id", skipped_classes);
}

static void
append_inline_text (GString    *out,
                    const char *text)
{
  for (const char *p = text; *p; p++)
    g_string_append_c (out, (*p == '\n' || *p == '\r' || *p == '\t') ? ' ' : *p);
}

void
_cr_import_html_node_text (xmlNode *node,
                           GString *out)
{
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          if (child->content)
            append_inline_text (out, (const char *) child->content);
          continue;
        }
      if (child->type != XML_ELEMENT_NODE || is_skipped (child))
        continue;
      if (in_list ((const char *) child->name, block_elements))
        {
          g_string_append_c (out, '\n');
          _cr_import_html_node_text (child->children, out);
          g_string_append_c (out, '\n');
        }
      else
        _cr_import_html_node_text (child->children, out);
    }
}

static htmlDocPtr
read_html (const char *text,
           gsize       len,
           const char *url)
{
  if (len > G_MAXINT)
    return NULL;
  /* The text is already UTF-8: say so, so that a <meta charset> left in
   * it does not make libxml2 decode it a second time. */
  return htmlReadMemory (text, (int) len, url, "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NONET |
                         HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                         HTML_PARSE_NOIMPLIED);
}

char *
_cr_import_html_to_text (const char *html)
{
  g_autoptr(GString) out = g_string_new (NULL);
  htmlDocPtr doc;

  if (html == NULL || *html == '\0')
    return g_strdup ("");
  if (strchr (html, '<') == NULL && strchr (html, '&') == NULL)
    return g_strdup (html);

  doc = read_html (html, strlen (html), NULL);
  if (doc == NULL)
    return g_strdup ("");
  _cr_import_html_node_text (xmlDocGetRootElement (doc), out);
  xmlFreeDoc (doc);
  return g_strdup (out->str);
}

static char *
node_text (xmlNode *node)
{
  g_autoptr(GString) out = g_string_new (NULL);

  _cr_import_html_node_text (node->children, out);
  return g_strstrip (g_strdelimit (g_strdup (out->str), "\n", ' '));
}

static void
take_first (char **slot,
            char  *value)
{
  if (*slot == NULL && value != NULL && *g_strstrip (value) != '\0')
    *slot = value;
  else
    g_free (value);
}

static char *
json_author_name (JsonNode *node)
{
  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *name = json_author_name (json_array_get_element (array, i));

          if (name == NULL)
            continue;
          if (names->len)
            g_string_append (names, ", ");
          g_string_append (names, name);
        }
      return names->len ? g_strdup (names->str) : NULL;
    }
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *obj = json_node_get_object (node);

      if (json_object_has_member (obj, "name"))
        return json_author_name (json_object_get_member (obj, "name"));
    }
  return NULL;
}

static char *
json_string_member (JsonObject *obj,
                    const char *name)
{
  JsonNode *node;

  if (!json_object_has_member (obj, name))
    return NULL;
  node = json_object_get_member (obj, name);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return NULL;
}

static gboolean
is_article_type (JsonObject *obj)
{
  JsonNode *type;

  if (!json_object_has_member (obj, "@type"))
    return FALSE;
  type = json_object_get_member (obj, "@type");
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *t = json_array_get_string_element (array, i);

          if (t && g_str_has_suffix (t, "Article"))
            return TRUE;
        }
      return FALSE;
    }
  return JSON_NODE_HOLDS_VALUE (type) &&
         json_node_get_value_type (type) == G_TYPE_STRING &&
         g_str_has_suffix (json_node_get_string (type), "Article");
}

static void
scan_json_ld (JsonNode *node,
              PageInfo *info,
              guint     depth)
{
  if (node == NULL || depth > 8)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        scan_json_ld (json_array_get_element (array, i), info, depth + 1);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;

  {
    JsonObject *obj = json_node_get_object (node);

    if (json_object_has_member (obj, "@graph"))
      scan_json_ld (json_object_get_member (obj, "@graph"), info, depth + 1);
    if (!is_article_type (obj))
      return;
    take_first (&info->ld_headline, json_string_member (obj, "headline"));
    take_first (&info->ld_date, json_string_member (obj, "datePublished"));
    take_first (&info->ld_description, json_string_member (obj, "description"));
    take_first (&info->ld_url, json_string_member (obj, "url"));
    take_first (&info->ld_lang, json_string_member (obj, "inLanguage"));
    if (json_object_has_member (obj, "author"))
      take_first (&info->ld_author, json_author_name (json_object_get_member (obj, "author")));
    if (json_object_has_member (obj, "publisher"))
      take_first (&info->ld_publisher, json_author_name (json_object_get_member (obj, "publisher")));
  }
}

static void
parse_json_ld (xmlNode  *script,
               PageInfo *info)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  xmlChar *content = xmlNodeGetContent (script);

  if (content == NULL)
    return;
  if (json_parser_load_from_data (parser, (const char *) content, -1, NULL))
    scan_json_ld (json_parser_get_root (parser), info, 0);
  xmlFree (content);
}

static void
scan_tree (xmlNode  *node,
           PageInfo *info,
           gboolean  in_article)
{
  static const char * const standfirst_classes[] = {
    "standfirst", "lede", "subtitle", "subheadline", "dek", "entradilla", "summary", NULL,
  };
  static const char * const byline_classes[] = { "byline", "author", "firma", NULL };

  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      const char *name;

      if (n->type != XML_ELEMENT_NODE)
        continue;
      name = (const char *) n->name;

      if (g_ascii_strcasecmp (name, "html") == 0)
        take_first (&info->lang, get_attr (n, "lang"));
      else if (g_ascii_strcasecmp (name, "meta") == 0)
        {
          g_autofree char *property = get_attr (n, "property");
          g_autofree char *mname = get_attr (n, "name");
          const char *key = property ? property : mname;

          if (key != NULL)
            {
              if (g_ascii_strcasecmp (key, "og:title") == 0)
                take_first (&info->og_title, get_attr (n, "content"));
              else if (g_ascii_strcasecmp (key, "article:published_time") == 0 ||
                       g_ascii_strcasecmp (key, "date") == 0 ||
                       g_ascii_strcasecmp (key, "dc.date") == 0)
                take_first (&info->meta_date, get_attr (n, "content"));
              else if (g_ascii_strcasecmp (key, "author") == 0 ||
                       g_ascii_strcasecmp (key, "article:author") == 0)
                take_first (&info->meta_author, get_attr (n, "content"));
              else if (g_ascii_strcasecmp (key, "og:description") == 0 ||
                       g_ascii_strcasecmp (key, "description") == 0)
                take_first (&info->meta_description, get_attr (n, "content"));
              else if (g_ascii_strcasecmp (key, "og:url") == 0)
                take_first (&info->canonical, get_attr (n, "content"));
              else if (g_ascii_strcasecmp (key, "og:site_name") == 0)
                take_first (&info->site_name, get_attr (n, "content"));
            }
        }
      else if (g_ascii_strcasecmp (name, "link") == 0)
        {
          g_autofree char *rel = get_attr (n, "rel");

          if (rel && g_ascii_strcasecmp (rel, "canonical") == 0)
            {
              g_clear_pointer (&info->canonical, g_free);
              info->canonical = get_attr (n, "href");
            }
        }
      else if (g_ascii_strcasecmp (name, "script") == 0)
        {
          g_autofree char *type = get_attr (n, "type");

          if (type && g_ascii_strcasecmp (type, "application/ld+json") == 0)
            parse_json_ld (n, info);
          continue;
        }
      else if (g_ascii_strcasecmp (name, "title") == 0)
        take_first (&info->title, node_text (n));
      else if (g_ascii_strcasecmp (name, "h1") == 0 && (in_article || info->article == NULL))
        take_first (&info->h1, node_text (n));
      else if (g_ascii_strcasecmp (name, "time") == 0 && info->time_datetime == NULL)
        take_first (&info->time_datetime, get_attr (n, "datetime"));
      else if (g_ascii_strcasecmp (name, "article") == 0 && info->article == NULL)
        {
          info->article = n;
          scan_tree (n->children, info, TRUE);
          continue;
        }
      else if (g_ascii_strcasecmp (name, "main") == 0 && info->main == NULL)
        info->main = n;
      else if (g_ascii_strcasecmp (name, "body") == 0 && info->body == NULL)
        info->body = n;

      if (is_skipped (n) && g_ascii_strcasecmp (name, "head") != 0)
        continue;
      if (info->standfirst_node == NULL && attr_contains_word (n, "class", standfirst_classes))
        info->standfirst_node = n;
      else if (info->byline_node == NULL && attr_contains_word (n, "class", byline_classes))
        info->byline_node = n;
      scan_tree (n->children, info, in_article);
    }
}

/* Marks the nodes that are metadata rather than body text, so that the
 * body walk leaves them out. They are marked, not freed: the standfirst,
 * the byline and the content element may contain one another. */
static void
drop_node (xmlNode *node)
{
  if (node != NULL)
    xmlSetProp (node, (const xmlChar *) SKIP_ATTR, (const xmlChar *) "1");
}

static gboolean
html_sniff (const char *path,
            const char *text,
            gsize       len)
{
  return _cr_import_has_extension (path, html_exts) ||
         _cr_import_starts_with (text, len, "<!doctype html") ||
         _cr_import_starts_with (text, len, "<html");
}

static gboolean
html_parse (const char *path,
            const char *text,
            gsize       len,
            GPtrArray  *articles,
            GError    **error)
{
  g_autoptr(CrArticle) article = cr_article_new ();
  g_autoptr(GString) body = g_string_new (NULL);
  PageInfo info = { 0 };
  htmlDocPtr doc;
  xmlNode *content;
  const char *title;
  char *date;

  doc = read_html (text, len, NULL);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      if (doc)
        xmlFreeDoc (doc);
      g_set_error_literal (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_MALFORMED,
                           _("The page could not be read as HTML."));
      return FALSE;
    }

  scan_tree (xmlDocGetRootElement (doc), &info, FALSE);

  title = info.og_title ? info.og_title : info.ld_headline ? info.ld_headline :
          info.h1 ? info.h1 : info.title;
  g_free (article->title);
  article->title = g_strdup (title ? title : "");

  if (info.standfirst_node != NULL)
    {
      article->standfirst = node_text (info.standfirst_node);
      drop_node (info.standfirst_node);
    }
  if (info.byline_node != NULL)
    {
      g_autofree char *byline = node_text (info.byline_node);

      if (g_str_has_prefix (byline, "Por ") || g_str_has_prefix (byline, "By "))
        article->author = g_strdup (strchr (byline, ' ') + 1);
      else if (*byline)
        article->author = g_steal_pointer (&byline);
      drop_node (info.byline_node);
    }
  if (info.ld_author)
    {
      g_free (article->author);
      article->author = g_strdup (info.ld_author);
    }
  else if (info.meta_author && article->author == NULL)
    article->author = g_strdup (info.meta_author);

  content = info.article ? info.article : info.main ? info.main : info.body;
  if (content == NULL)
    content = xmlDocGetRootElement (doc);
  _cr_import_html_node_text (content->children, body);

  /* The headline is metadata; keep it out of the body. */
  if (body->len && title)
    {
      g_auto(GStrv) lines = g_strsplit (body->str, "\n", -1);
      g_autoptr(GString) rest = g_string_new (NULL);
      gboolean dropped = FALSE;

      for (guint i = 0; lines[i]; i++)
        {
          g_strstrip (lines[i]);
          if (!*lines[i])
            continue;
          if (!dropped && g_str_equal (lines[i], title))
            {
              dropped = TRUE;
              continue;
            }
          /* A visible dateline early in the text dates the article when
           * the metadata does not. */
          if (rest->len < 400 && info.ld_date == NULL && info.meta_date == NULL &&
              info.time_datetime == NULL && article->date_source == CR_DATE_SOURCE_NONE)
            {
              g_autofree char *value = cr_article_parse_dateline (lines[i]);

              if (value != NULL)
                {
                  cr_article_set_date_value (article, value, CR_DATE_SOURCE_DATELINE);
                  continue;
                }
            }
          if (rest->len)
            g_string_append_c (rest, '\n');
          g_string_append (rest, lines[i]);
        }
      g_string_assign (body, rest->str);
    }
  g_free (article->body);
  article->body = g_strdup (body->str);

  date = info.ld_date ? info.ld_date : info.meta_date ? info.meta_date : info.time_datetime;
  if (date != NULL)
    _cr_import_take_date (article, date, CR_DATE_SOURCE_METADATA);

  if (article->standfirst == NULL)
    {
      const char *description = info.ld_description ? info.ld_description : info.meta_description;

      /* A description that merely repeats the opening is not a standfirst. */
      if (description && !g_str_has_prefix (article->body, description))
        article->standfirst = g_strdup (description);
    }

  {
    const char *lang = info.ld_lang ? info.ld_lang : info.lang;

    if (lang != NULL)
      {
        g_autofree char *two = g_ascii_strdown (lang, MIN (strlen (lang), 2));
        CrLanguage l = cr_language_from_string (two);

        if (l != CR_LANGUAGE_AUTO)
          {
            article->language = l;
            article->language_declared = TRUE;
          }
      }
  }

  article->source_url = g_strdup (info.canonical ? info.canonical : info.ld_url);
  article->source_name = g_strdup (info.site_name ? info.site_name : info.ld_publisher);
  article->format = g_strdup ("html");

  page_info_clear (&info);
  xmlFreeDoc (doc);

  cr_article_finish (article);
  if (*article->title == '\0' && *article->body == '\0')
    {
      g_set_error_literal (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_NO_CONTENT,
                           _("The page has no title and no article text."));
      return FALSE;
    }
  g_ptr_array_add (articles, g_steal_pointer (&article));
  return TRUE;
}

const CrImportHandler cr_import_handler_html = {
  "html", html_sniff, html_parse,
};
