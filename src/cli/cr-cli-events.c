/* cr-cli-events.c: `cronista-cli events` and `cronista-cli entities`
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "cr-calendar.h"
#include "cr-cli-commands.h"
#include "cr-cli-library.h"
#include "cr-store-events.h"

static void
append_names (GString   *out,
              GPtrArray *entities)
{
  for (guint i = 0; i < entities->len; i++)
    {
      CrEventEntity *e = g_ptr_array_index (entities, i);

      if (i > 0)
        g_string_append (out, "; ");
      cr_cli_write_tsv_field (out, e->name);
    }
}

static void
add_entity_json (JsonBuilder   *b,
                 CrEventEntity *e)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, e->id);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, e->name);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, cr_entity_type_to_string (e->type));
  json_builder_end_object (b);
}

static void
add_day_json (JsonBuilder *b,
              const char  *name,
              CrDay        day)
{
  char iso[16];

  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, cr_day_format_iso (day, iso, sizeof iso));
  {
    g_autofree char *number = g_strconcat (name, "_number", NULL);
    json_builder_set_member_name (b, number);
  }
  json_builder_add_int_value (b, day);
}

static void
event_to_json (JsonBuilder  *b,
               CrStoreEvent *ev,
               GPtrArray    *mentions)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_int_value (b, ev->id);
  json_builder_set_member_name (b, "value");
  json_builder_add_string_value (b, ev->value);
  add_day_json (b, "first_day", ev->first_day);
  add_day_json (b, "last_day", ev->last_day);
  json_builder_set_member_name (b, "granularity");
  json_builder_add_string_value (b, cr_granularity_to_string (ev->granularity));
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, cr_event_kind_to_string (ev->kind));
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, ev->title);
  json_builder_set_member_name (b, "confidence");
  json_builder_add_double_value (b, ev->confidence);
  json_builder_set_member_name (b, "participants");
  json_builder_begin_array (b);
  for (guint i = 0; i < ev->participants->len; i++)
    add_entity_json (b, g_ptr_array_index (ev->participants, i));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "place");
  if (ev->place)
    add_entity_json (b, ev->place);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "mentions");
  json_builder_begin_array (b);
  for (guint i = 0; i < mentions->len; i++)
    {
      CrStoreEventMention *m = g_ptr_array_index (mentions, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "article");
      json_builder_add_int_value (b, m->article_id);
      json_builder_set_member_name (b, "article_title");
      json_builder_add_string_value (b, m->article_title);
      json_builder_set_member_name (b, "language");
      json_builder_add_string_value (b, m->language);
      json_builder_set_member_name (b, "field");
      json_builder_add_string_value (b, cr_store_field_to_string (m->field));
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, m->start_char);
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, m->end_char);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, m->text);
      json_builder_set_member_name (b, "sentence_start");
      json_builder_add_int_value (b, m->sentence_start);
      json_builder_set_member_name (b, "sentence_end");
      json_builder_add_int_value (b, m->sentence_end);
      json_builder_set_member_name (b, "sentence");
      json_builder_add_string_value (b, m->sentence);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
event_to_tsv (CrStoreEvent *ev,
              GPtrArray    *mentions)
{
  g_autoptr(GString) line = g_string_new (NULL);
  char first[16], last[16];

  g_string_append_printf (line, "%" G_GINT64_FORMAT "\t", ev->id);
  cr_cli_write_tsv_field (line, ev->value);
  g_string_append_printf (line, "\t%s\t%s\t%s\t%s\t",
                          cr_day_format_iso (ev->first_day, first, sizeof first),
                          cr_day_format_iso (ev->last_day, last, sizeof last),
                          cr_granularity_to_string (ev->granularity),
                          cr_event_kind_to_string (ev->kind));
  cr_cli_write_tsv_field (line, ev->title);
  g_string_append_c (line, '\t');
  append_names (line, ev->participants);
  g_string_append_c (line, '\t');
  if (ev->place)
    cr_cli_write_tsv_field (line, ev->place->name);
  g_string_append_c (line, '\t');
  for (guint i = 0; i < mentions->len; i++)
    {
      CrStoreEventMention *m = g_ptr_array_index (mentions, i);
      gboolean seen = FALSE;

      for (guint k = 0; k < i && !seen; k++)
        seen = ((CrStoreEventMention *) g_ptr_array_index (mentions, k))->article_id == m->article_id;
      if (!seen)
        g_string_append_printf (line, "%s%" G_GINT64_FORMAT, line->str[line->len - 1] == '\t' ? "" : ",", m->article_id);
    }
  g_string_append_c (line, '\t');
  for (guint i = 0; i < mentions->len; i++)
    {
      CrStoreEventMention *m = g_ptr_array_index (mentions, i);

      if (i > 0)
        g_string_append (line, "\\n");
      cr_cli_write_tsv_field (line, m->sentence);
    }
  printf ("%s\n", line->str);
}

int
cr_cli_events (CrCliGlobals  *globals,
               int            argc,
               char         **argv)
{
  CrStoreEventFilter filter;
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  gboolean missing;

  cr_store_event_filter_init (&filter);
  filter.language = cr_cli_default_language ();

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      const char *value = i + 1 < argc ? argv[i + 1] : NULL;

      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          printf ("%s\n", _("Usage: cronista-cli [--db PATH] events [--from DATE] [--to DATE] [--kind KIND] [--entity NAME] [--lang es|en] [--format tsv|json]"));
          printf ("%s\n", _("Lists the events that overlap the dates given: id, value, first and last day, granularity, kind, title, participants, place, articles and sentences."));
          printf ("%s\n", _("Dates are YYYY, YYYY-MM or YYYY-MM-DD."));
          return 0;
        }
      if (g_str_has_prefix (arg, "--format"))
        {
          if (!cr_cli_parse_command_format (globals, &i, argc, argv))
            return 2;
          continue;
        }
      if (g_str_equal (arg, "--from") || g_str_equal (arg, "--to"))
        {
          gboolean upper = g_str_equal (arg, "--to");

          if (!cr_cli_parse_day_option (arg, value, upper, upper ? &filter.to : &filter.from))
            return 2;
          i++;
          continue;
        }
      if (g_str_equal (arg, "--kind"))
        {
          if (value == NULL || !cr_event_kind_from_string (value, &filter.kind))
            {
              cr_cli_printerr (_("Unknown event kind “%s”."), value ? value : "");
              return 2;
            }
          filter.has_kind = TRUE;
          i++;
          continue;
        }
      if (g_str_equal (arg, "--entity") && value != NULL)
        {
          filter.entity = value;
          i++;
          continue;
        }
      if (g_str_equal (arg, "--lang") && value != NULL)
        {
          filter.language = g_str_equal (value, "es") ? "es" : "en";
          i++;
          continue;
        }
      cr_cli_printerr (_("Unknown option “%s”. Run “cronista-cli COMMAND --help” for the options of a command."), arg);
      return 2;
    }

  store = cr_cli_open_store_for_reading (globals, &missing);
  if (store == NULL && !missing)
    return 1;
  if (store != NULL && (events = cr_store_list_events (store, &filter, &error)) == NULL)
    {
      cr_cli_printerr ("%s", error->message);
      return 1;
    }

  if (globals->format == CR_CLI_FORMAT_JSON)
    {
      builder = json_builder_new ();
      json_builder_begin_array (builder);
    }

  for (guint i = 0; events && i < events->len; i++)
    {
      CrStoreEvent *ev = g_ptr_array_index (events, i);
      g_autoptr(GPtrArray) mentions = cr_store_get_event_mentions (store, ev->id, &error);

      if (mentions == NULL)
        {
          cr_cli_printerr ("%s", error->message);
          return 1;
        }
      if (builder)
        event_to_json (builder, ev, mentions);
      else
        event_to_tsv (ev, mentions);
    }

  if (builder)
    {
      g_autoptr(JsonNode) root = NULL;

      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      cr_cli_print_json (root);
    }
  return 0;
}

int
cr_cli_entities (CrCliGlobals  *globals,
                 int            argc,
                 char         **argv)
{
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GArray) article_counts = NULL;
  g_autoptr(GError) error = NULL;
  const char *language = cr_cli_default_language ();
  gboolean missing;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          printf ("%s\n", _("Usage: cronista-cli [--db PATH] entities [--lang es|en] [--format tsv|json]"));
          printf ("%s\n", _("Lists the people, places and organisations that the library names: id, type, name, number of events, number of articles."));
          return 0;
        }
      if (g_str_has_prefix (argv[i], "--format"))
        {
          if (!cr_cli_parse_command_format (globals, &i, argc, argv))
            return 2;
          continue;
        }
      if (g_str_equal (argv[i], "--lang") && i + 1 < argc)
        {
          language = g_str_equal (argv[++i], "es") ? "es" : "en";
          continue;
        }
      cr_cli_printerr (_("Unknown option “%s”. Run “cronista-cli COMMAND --help” for the options of a command."), argv[i]);
      return 2;
    }

  store = cr_cli_open_store_for_reading (globals, &missing);
  if (store == NULL && !missing)
    return 1;
  if (store != NULL && (entities = cr_store_list_entities (store, language, &counts, &article_counts, &error)) == NULL)
    {
      cr_cli_printerr ("%s", error->message);
      return 1;
    }

  if (globals->format == CR_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (b);
      for (guint i = 0; entities && i < entities->len; i++)
        {
          CrEventEntity *e = g_ptr_array_index (entities, i);
          const CrEntity *known = cr_gazetteer_lookup (e->id);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_string_value (b, e->id);
          json_builder_set_member_name (b, "type");
          json_builder_add_string_value (b, cr_entity_type_to_string (e->type));
          json_builder_set_member_name (b, "name");
          json_builder_add_string_value (b, e->name);
          json_builder_set_member_name (b, "name_es");
          json_builder_add_string_value (b, known ? known->name_es : e->name);
          json_builder_set_member_name (b, "name_en");
          json_builder_add_string_value (b, known ? known->name_en : e->name);
          json_builder_set_member_name (b, "events");
          json_builder_add_int_value (b, g_array_index (counts, guint, i));
          json_builder_set_member_name (b, "articles");
          json_builder_add_int_value (b, g_array_index (article_counts, guint, i));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      root = json_builder_get_root (b);
      cr_cli_print_json (root);
      return 0;
    }

  for (guint i = 0; entities && i < entities->len; i++)
    {
      CrEventEntity *e = g_ptr_array_index (entities, i);
      g_autoptr(GString) line = g_string_new (NULL);

      cr_cli_write_tsv_field (line, e->id);
      g_string_append_printf (line, "\t%s\t", cr_entity_type_to_string (e->type));
      cr_cli_write_tsv_field (line, e->name);
      g_string_append_printf (line, "\t%u\t%u", g_array_index (counts, guint, i),
                              g_array_index (article_counts, guint, i));
      printf ("%s\n", line->str);
    }
  return 0;
}
