/* cr-library-json.c: a whole library as one JSON file, to move it between machines
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-library-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-date-extractor.h"
#include "cr-importer.h"
#include "cr-library-json.h"
#include "cr-store-edits.h"
#include "cr-store-events.h"

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_article (JsonBuilder *b,
             CrArticle   *a)
{
  json_builder_begin_object (b);
  add_string (b, "source_key", cr_article_get_source_key (a));
  add_string (b, "title", a->title);
  add_string (b, "standfirst", a->standfirst);
  add_string (b, "body", a->body);
  add_string (b, "language", a->language == CR_LANGUAGE_AUTO ? NULL : cr_language_to_string (a->language));
  json_builder_set_member_name (b, "language_declared");
  json_builder_add_boolean_value (b, a->language_declared);
  add_string (b, "date", a->date_value);
  add_string (b, "date_source", cr_date_source_to_string (a->date_source));
  add_string (b, "place", a->place);
  add_string (b, "author", a->author);
  add_string (b, "source_name", a->source_name);
  add_string (b, "source_url", a->source_url);
  add_string (b, "entry_id", a->entry_id);
  add_string (b, "file_path", a->file_path);
  add_string (b, "format", a->format);
  json_builder_set_member_name (b, "imported_at");
  json_builder_add_int_value (b, a->import_time);
  json_builder_end_object (b);
}

static void
add_entity (JsonBuilder   *b,
            CrEventEntity *e)
{
  json_builder_begin_object (b);
  add_string (b, "id", e->id);
  add_string (b, "name", e->name);
  json_builder_end_object (b);
}

static gboolean
add_events (JsonBuilder  *b,
            CrStore      *store,
            GError      **error)
{
  CrStoreEventFilter filter;
  g_autoptr(GPtrArray) events = NULL;

  cr_store_event_filter_init (&filter);
  filter.include_hidden = TRUE;
  events = cr_store_list_events (store, &filter, error);
  if (events == NULL)
    return FALSE;

  json_builder_set_member_name (b, "events");
  json_builder_begin_array (b);
  for (guint i = 0; i < events->len; i++)
    {
      CrStoreEvent *ev = g_ptr_array_index (events, i);
      g_autoptr(GPtrArray) mentions = cr_store_get_event_mentions (store, ev->id, error);
      char first[16], last[16];

      if (mentions == NULL)
        return FALSE;
      json_builder_begin_object (b);
      add_string (b, "value", ev->value);
      add_string (b, "first_day", cr_day_format_iso (ev->first_day, first, sizeof first));
      add_string (b, "last_day", cr_day_format_iso (ev->last_day, last, sizeof last));
      add_string (b, "granularity", cr_granularity_to_string (ev->granularity));
      add_string (b, "kind", cr_event_kind_to_string (ev->kind));
      add_string (b, "title", ev->title);
      json_builder_set_member_name (b, "hidden");
      json_builder_add_boolean_value (b, ev->hidden);
      json_builder_set_member_name (b, "participants");
      json_builder_begin_array (b);
      for (guint p = 0; p < ev->participants->len; p++)
        add_entity (b, g_ptr_array_index (ev->participants, p));
      json_builder_end_array (b);
      json_builder_set_member_name (b, "place");
      if (ev->place)
        add_entity (b, ev->place);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "mentions");
      json_builder_begin_array (b);
      for (guint m = 0; m < mentions->len; m++)
        {
          CrStoreEventMention *mention = g_ptr_array_index (mentions, m);

          json_builder_begin_object (b);
          add_string (b, "field", cr_store_field_to_string (mention->field));
          json_builder_set_member_name (b, "start");
          json_builder_add_int_value (b, mention->start_char);
          json_builder_set_member_name (b, "end");
          json_builder_add_int_value (b, mention->end_char);
          add_string (b, "sentence", mention->sentence);
          json_builder_set_member_name (b, "article");
          json_builder_add_int_value (b, mention->article_id);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return TRUE;
}

char *
cr_library_json_export (CrStore  *store,
                        GError  **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) edits = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);

  g_return_val_if_fail (CR_IS_STORE (store), NULL);

  articles = cr_store_list_articles (store, error);
  if (articles == NULL || (edits = cr_store_dup_edit_records (store, error)) == NULL)
    return NULL;

  json_builder_begin_object (b);
  add_string (b, "format", CR_LIBRARY_JSON_FORMAT);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, CR_LIBRARY_JSON_VERSION);
  add_string (b, "generator", "Cronista " PACKAGE_VERSION);
  add_string (b, "exported", stamp);
  json_builder_set_member_name (b, "extractor_version");
  json_builder_add_int_value (b, CR_DATE_EXTRACTOR_VERSION);

  json_builder_set_member_name (b, "articles");
  json_builder_begin_array (b);
  for (guint i = 0; i < articles->len; i++)
    {
      /* The list leaves bodies out: read each article whole. */
      g_autoptr(CrArticle) a = cr_store_get_article (store, ((CrArticle *) g_ptr_array_index (articles, i))->id, error);

      if (a == NULL)
        return NULL;
      add_article (b, a);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "edits");
  json_builder_begin_array (b);
  for (guint i = 0; i < edits->len; i++)
    {
      CrEditRecord *r = g_ptr_array_index (edits, i);
      g_autoptr(JsonParser) parser = json_parser_new ();

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "seq");
      json_builder_add_int_value (b, r->seq);
      add_string (b, "op", r->op);
      add_string (b, "article_key", r->article_key);
      add_string (b, "sentence_hash", r->sentence_hash);
      add_string (b, "value", r->value);
      json_builder_set_member_name (b, "undone");
      json_builder_add_boolean_value (b, r->undone);
      json_builder_set_member_name (b, "payload");
      if (r->payload != NULL && json_parser_load_from_data (parser, r->payload, -1, NULL))
        json_builder_add_value (b, json_node_copy (json_parser_get_root (parser)));
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  if (!add_events (b, store, error))
    return NULL;
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, NULL);
}

gboolean
cr_library_json_sniff (const char *data,
                       gsize       len)
{
  gsize n = MIN (len, 512);
  g_autofree char *head = NULL;

  if (data == NULL)
    return FALSE;
  while (n > 0 && ((guchar) data[0] == 0xEF || g_ascii_isspace (data[0])))
    {
      /* Skip a UTF-8 BOM and leading blanks. */
      data++;
      n--;
    }
  if (n == 0 || data[0] != '{')
    return FALSE;
  head = g_strndup (data, n);
  return strstr (head, "\"" CR_LIBRARY_JSON_FORMAT "\"") != NULL;
}

static char *
dup_member (JsonObject *o,
            const char *name)
{
  JsonNode *node = json_object_get_member (o, name);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return g_strdup (json_node_get_string (node));
}

static gboolean
malformed (GError     **error,
           const char  *what)
{
  /* Translators: %s says which part of the library file is wrong */
  g_set_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_MALFORMED,
               _("This Cronista library file is damaged: %s."), what);
  return FALSE;
}

GPtrArray *
cr_library_json_parse (const char  *data,
                       gsize        len,
                       GPtrArray  **edits_out,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_article_unref);
  g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_edit_record_free);
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonArray *array;

  g_return_val_if_fail (data != NULL, NULL);

  if (!json_parser_load_from_data (parser, data, len, &local_error) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      malformed (error, local_error ? local_error->message : _("not a JSON object"));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", ""), CR_LIBRARY_JSON_FORMAT) != 0)
    {
      malformed (error, _("it does not say it is a Cronista library"));
      return NULL;
    }
  if (json_object_get_int_member_with_default (root, "version", 0) > CR_LIBRARY_JSON_VERSION)
    {
      g_set_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_UNSUPPORTED,
                   _("This library was exported by a newer Cronista (format version %d); update Cronista to import it."),
                   (int) json_object_get_int_member_with_default (root, "version", 0));
      return NULL;
    }

  array = json_object_has_member (root, "articles") ? json_object_get_array_member (root, "articles") : NULL;
  if (array == NULL)
    {
      malformed (error, _("it has no list of articles"));
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *o;
      g_autoptr(CrArticle) a = cr_article_new ();
      g_autofree char *date = NULL;
      g_autofree char *source = NULL;
      g_autofree char *lang = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          malformed (error, _("an article is not an object"));
          return NULL;
        }
      o = json_node_get_object (node);
      g_free (a->title);
      a->title = dup_member (o, "title");
      g_free (a->body);
      a->body = dup_member (o, "body");
      if (a->title == NULL || a->body == NULL)
        {
          malformed (error, _("an article has no title or no body"));
          return NULL;
        }
      a->standfirst = dup_member (o, "standfirst");
      lang = dup_member (o, "language");
      a->language = cr_language_from_string (lang);
      a->language_declared = json_object_get_boolean_member_with_default (o, "language_declared", FALSE);
      date = dup_member (o, "date");
      source = dup_member (o, "date_source");
      if (date != NULL)
        cr_article_set_date_value (a, date, cr_date_source_from_string (source));
      a->place = dup_member (o, "place");
      a->author = dup_member (o, "author");
      a->source_name = dup_member (o, "source_name");
      a->source_url = dup_member (o, "source_url");
      a->entry_id = dup_member (o, "entry_id");
      a->file_path = dup_member (o, "file_path");
      a->format = dup_member (o, "format");
      cr_article_finish (a);
      g_ptr_array_add (articles, g_steal_pointer (&a));
    }

  array = json_object_has_member (root, "edits") ? json_object_get_array_member (root, "edits") : NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *o;
      CrEditRecord *r;
      JsonNode *payload;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          malformed (error, _("an edit is not an object"));
          return NULL;
        }
      o = json_node_get_object (node);
      r = g_new0 (CrEditRecord, 1);
      r->seq = json_object_get_int_member_with_default (o, "seq", i + 1);
      r->op = dup_member (o, "op");
      r->article_key = dup_member (o, "article_key");
      r->sentence_hash = dup_member (o, "sentence_hash");
      r->value = dup_member (o, "value");
      r->undone = json_object_get_boolean_member_with_default (o, "undone", FALSE);
      payload = json_object_get_member (o, "payload");
      if (payload != NULL && JSON_NODE_HOLDS_OBJECT (payload))
        r->payload = json_to_string (payload, FALSE);
      g_ptr_array_add (edits, r);
    }

  if (edits_out)
    *edits_out = g_steal_pointer (&edits);
  return g_steal_pointer (&articles);
}
