/* cr-import-feed.c: RSS 2.0, RSS 1.0 (RDF) and Atom feeds
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <string.h>

#include "cr-import-private.h"

#define NS_ATOM    "http://www.w3.org/2005/Atom"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_DC      "http://purl.org/dc/elements/1.1/"
#define NS_RSS1    "http://purl.org/rss/1.0/"

static const char * const feed_exts[] = { ".rss", ".atom", ".rdf", ".xml", ".feed", NULL };

/* What a channel says about all of its items. */
typedef struct {
  char       *title;
  CrLanguage  language;
  const char *format;
} Channel;

static gboolean
feed_sniff (const char *path,
            const char *text,
            gsize       len)
{
  gsize n = MIN (len, 2048);
  g_autofree char *head = g_strndup (text, n);

  if (_cr_import_has_extension (path, feed_exts))
    return TRUE;
  if (!_cr_import_starts_with (text, len, "<"))
    return FALSE;
  return strstr (head, "<rss") != NULL || strstr (head, "<rdf:RDF") != NULL ||
         (strstr (head, "<feed") != NULL && strstr (head, NS_ATOM) != NULL);
}

static gboolean
node_is (xmlNode    *node,
         const char *ns,
         const char *name)
{
  if (node->type != XML_ELEMENT_NODE || !xmlStrEqual (node->name, (const xmlChar *) name))
    return FALSE;
  if (ns == NULL)
    return node->ns == NULL || node->ns->href == NULL ||
           xmlStrEqual (node->ns->href, (const xmlChar *) NS_RSS1);
  return node->ns != NULL && xmlStrEqual (node->ns->href, (const xmlChar *) ns);
}

static char *
text_of (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *ret = g_strstrip (g_strdup (content ? (const char *) content : ""));

  xmlFree (content);
  return ret;
}

static char *
attr_of (xmlNode    *node,
         const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *ret = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return ret;
}

static void
set_once (char **slot,
          char  *value)
{
  if (*slot == NULL && value != NULL && *value != '\0')
    *slot = value;
  else
    g_free (value);
}

/* Atom text constructs: type="xhtml" holds markup as child elements,
 * type="html" (and RSS descriptions) escaped markup, "text" plain text. */
static char *
atom_text (xmlNode *node)
{
  g_autofree char *type = attr_of (node, "type");
  g_autofree char *raw = NULL;

  if (g_strcmp0 (type, "xhtml") == 0)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      _cr_import_html_node_text (node->children, out);
      return g_strdup (out->str);
    }
  raw = text_of (node);
  if (type == NULL || g_strcmp0 (type, "text") == 0)
    return g_steal_pointer (&raw);
  return _cr_import_html_to_text (raw);
}

static CrLanguage
language_of (const char *code)
{
  char two[3] = { 0 };

  if (code == NULL || strlen (code) < 2)
    return CR_LANGUAGE_AUTO;
  two[0] = g_ascii_tolower (code[0]);
  two[1] = g_ascii_tolower (code[1]);
  return cr_language_from_string (two);
}

static CrArticle *
parse_item (xmlNode       *item,
            const Channel *channel,
            const char    *path,
            gboolean       atom)
{
  g_autoptr(CrArticle) article = cr_article_new ();
  g_autofree char *title = NULL;
  g_autofree char *content = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *published = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *link = NULL;
  g_autofree char *id = NULL;
  g_autofree char *author = NULL;
  g_autofree char *lang = NULL;

  for (xmlNode *n = item->children; n != NULL; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (atom)
        {
          if (node_is (n, NS_ATOM, "title"))
            set_once (&title, atom_text (n));
          else if (node_is (n, NS_ATOM, "content"))
            set_once (&content, atom_text (n));
          else if (node_is (n, NS_ATOM, "summary"))
            set_once (&summary, atom_text (n));
          else if (node_is (n, NS_ATOM, "published"))
            set_once (&published, text_of (n));
          else if (node_is (n, NS_ATOM, "updated"))
            set_once (&updated, text_of (n));
          else if (node_is (n, NS_ATOM, "id"))
            set_once (&id, text_of (n));
          else if (node_is (n, NS_ATOM, "link"))
            {
              g_autofree char *rel = attr_of (n, "rel");

              if (rel == NULL || g_str_equal (rel, "alternate"))
                set_once (&link, attr_of (n, "href"));
            }
          else if (node_is (n, NS_ATOM, "author"))
            {
              for (xmlNode *a = n->children; a != NULL; a = a->next)
                if (node_is (a, NS_ATOM, "name"))
                  set_once (&author, text_of (a));
            }
        }
      else
        {
          if (node_is (n, NULL, "title"))
            {
              g_autofree char *raw = text_of (n);
              set_once (&title, _cr_import_html_to_text (raw));
            }
          else if (node_is (n, NS_CONTENT, "encoded"))
            {
              g_autofree char *raw = text_of (n);
              set_once (&content, _cr_import_html_to_text (raw));
            }
          else if (node_is (n, NULL, "description"))
            {
              g_autofree char *raw = text_of (n);
              set_once (&summary, _cr_import_html_to_text (raw));
            }
          else if (node_is (n, NULL, "pubDate") || node_is (n, NS_DC, "date"))
            set_once (&published, text_of (n));
          else if (node_is (n, NULL, "link"))
            set_once (&link, text_of (n));
          else if (node_is (n, NULL, "guid"))
            set_once (&id, text_of (n));
          else if (node_is (n, NULL, "author") || node_is (n, NS_DC, "creator"))
            set_once (&author, text_of (n));
          else if (node_is (n, NS_DC, "language"))
            set_once (&lang, text_of (n));
        }
    }

  if (link == NULL && !atom)
    {
      /* RSS 1.0 names each item by its rdf:about. */
      xmlChar *about = xmlGetNsProp (item, (const xmlChar *) "about",
                                     (const xmlChar *) "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
      if (about != NULL)
        link = g_strdup ((const char *) about);
      xmlFree (about);
    }

  if (title == NULL && content == NULL && summary == NULL)
    return NULL;

  g_free (article->title);
  article->title = g_strdup (title ? title : "");
  g_free (article->body);
  if (content != NULL)
    {
      article->body = g_steal_pointer (&content);
      /* The summary is the standfirst when it is not just the body's start. */
      if (summary != NULL && strlen (summary) < 600)
        {
          g_autofree char *flat_body = g_strdelimit (g_strdup (article->body), "\n", ' ');

          if (!g_str_has_prefix (g_strstrip (flat_body), summary))
            article->standfirst = g_steal_pointer (&summary);
        }
    }
  else
    article->body = g_strdup (summary ? summary : "");

  _cr_import_take_date (article, published ? published : updated, CR_DATE_SOURCE_FEED);
  article->source_url = g_steal_pointer (&link);
  article->entry_id = g_steal_pointer (&id);
  article->author = g_steal_pointer (&author);
  article->source_name = g_strdup (channel->title);
  article->file_path = g_strdup (path);
  article->format = g_strdup (channel->format);
  if (language_of (lang) != CR_LANGUAGE_AUTO)
    {
      article->language = language_of (lang);
      article->language_declared = TRUE;
    }
  else if (channel->language != CR_LANGUAGE_AUTO)
    {
      article->language = channel->language;
      article->language_declared = TRUE;
    }
  cr_article_finish (article);
  return g_steal_pointer (&article);
}

static void
read_channel (xmlNode *parent,
              Channel *channel,
              gboolean atom)
{
  for (xmlNode *n = parent->children; n != NULL; n = n->next)
    {
      if (atom ? node_is (n, NS_ATOM, "title") : node_is (n, NULL, "title"))
        set_once (&channel->title, text_of (n));
      else if (node_is (n, NULL, "language") || node_is (n, NS_DC, "language"))
        {
          g_autofree char *code = text_of (n);
          channel->language = language_of (code);
        }
    }
}

static gboolean
feed_parse (const char *path,
            const char *text,
            gsize       len,
            GPtrArray  *articles,
            GError    **error)
{
  Channel channel = { NULL, CR_LANGUAGE_AUTO, "rss" };
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  xmlNode *root;
  xmlNode *items = NULL;
  gboolean atom = FALSE;
  guint before = articles->len;

  if (len > G_MAXINT)
    {
      g_set_error_literal (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_TOO_LARGE,
                           _("The feed is too large."));
      return FALSE;
    }

  ctxt = xmlNewParserCtxt ();
  /* Never substitute entities or load a DTD: a feed is untrusted input
   * (billion laughs, external entities). */
  doc = xmlCtxtReadMemory (ctxt, text, (int) len, NULL, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    {
      const xmlError *xerr = xmlCtxtGetLastError (ctxt);
      g_autofree char *msg = g_strstrip (g_strdup (xerr && xerr->message ? xerr->message : ""));

      g_set_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_MALFORMED,
                   _("The feed is not well-formed XML (line %d: %s)."),
                   xerr ? xerr->line : 0, msg);
      xmlFreeParserCtxt (ctxt);
      return FALSE;
    }
  xmlFreeParserCtxt (ctxt);

  root = xmlDocGetRootElement (doc);
  if (root != NULL && node_is (root, NS_ATOM, "feed"))
    {
      atom = TRUE;
      channel.format = "atom";
      read_channel (root, &channel, TRUE);
      {
        xmlChar *lang = xmlNodeGetLang (root);
        if (lang != NULL && channel.language == CR_LANGUAGE_AUTO)
          channel.language = language_of ((const char *) lang);
        xmlFree (lang);
      }
      items = root;
    }
  else if (root != NULL && xmlStrEqual (root->name, (const xmlChar *) "rss"))
    {
      for (xmlNode *n = root->children; n != NULL; n = n->next)
        if (node_is (n, NULL, "channel"))
          items = n;
      if (items != NULL)
        read_channel (items, &channel, FALSE);
    }
  else if (root != NULL && xmlStrEqual (root->name, (const xmlChar *) "RDF"))
    {
      items = root;
      for (xmlNode *n = root->children; n != NULL; n = n->next)
        if (node_is (n, NULL, "channel"))
          read_channel (n, &channel, FALSE);
    }

  if (items == NULL)
    {
      xmlFreeDoc (doc);
      g_free (channel.title);
      g_set_error_literal (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_UNSUPPORTED,
                           _("The XML file is not an RSS or Atom feed."));
      return FALSE;
    }

  for (xmlNode *n = items->children; n != NULL; n = n->next)
    {
      CrArticle *article;

      if (!(atom ? node_is (n, NS_ATOM, "entry") : node_is (n, NULL, "item")))
        continue;
      article = parse_item (n, &channel, path, atom);
      if (article != NULL)
        g_ptr_array_add (articles, article);
    }

  xmlFreeDoc (doc);
  g_free (channel.title);

  if (articles->len == before)
    {
      g_set_error_literal (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_NO_CONTENT,
                           _("The feed has no items."));
      return FALSE;
    }
  return TRUE;
}

const CrImportHandler cr_import_handler_feed = {
  "feed", feed_sniff, feed_parse,
};
