/* cr-cli-show.c: `cronista-cli show ID`
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>

#include "cr-cli-commands.h"
#include "cr-cli-library.h"

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
print_field (const char *name,
             const char *value)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, '\t');
  cr_cli_write_tsv_field (line, value);
  printf ("%s\n", line->str);
}

static void
show_json (CrArticle *a,
           GPtrArray *mentions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, a->id);
  add_string (builder, "title", a->title);
  add_string (builder, "standfirst", a->standfirst);
  add_string (builder, "date", a->date_value);
  add_string (builder, "date_granularity", a->date_value ? cr_granularity_to_string (a->date_granularity) : NULL);
  add_string (builder, "date_source", cr_date_source_to_string (a->date_source));
  add_string (builder, "language", a->language == CR_LANGUAGE_AUTO ? "" : cr_language_to_string (a->language));
  json_builder_set_member_name (builder, "language_declared");
  json_builder_add_boolean_value (builder, a->language_declared);
  add_string (builder, "place", a->place);
  add_string (builder, "author", a->author);
  add_string (builder, "source_name", a->source_name);
  add_string (builder, "source_url", a->source_url);
  add_string (builder, "entry_id", a->entry_id);
  add_string (builder, "file_path", a->file_path);
  add_string (builder, "format", a->format);
  add_string (builder, "content_hash", a->content_hash);
  json_builder_set_member_name (builder, "imported_at");
  json_builder_add_int_value (builder, a->import_time);
  add_string (builder, "body", a->body);
  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < mentions->len; i++)
    {
      CrStoreMention *m = g_ptr_array_index (mentions, i);

      json_builder_begin_object (builder);
      add_string (builder, "field", cr_store_field_to_string (m->field));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, m->start_char);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, m->end_char);
      add_string (builder, "text", m->text);
      add_string (builder, "value", m->value);
      add_string (builder, "granularity", cr_granularity_to_string (m->granularity));
      add_string (builder, "mod", m->mod);
      add_string (builder, "anchor", m->anchor);
      json_builder_set_member_name (builder, "dateline");
      json_builder_add_boolean_value (builder, m->dateline);
      json_builder_set_member_name (builder, "extractor_version");
      json_builder_add_int_value (builder, m->extractor_version);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  cr_cli_print_json (root);
}

static void
show_tsv (CrArticle *a,
          GPtrArray *mentions)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, a->id);

  /* One "field<TAB>value" per line, then one line per mention. */
  print_field ("id", id);
  print_field ("title", a->title);
  print_field ("standfirst", a->standfirst);
  print_field ("date", a->date_value);
  print_field ("date_granularity", a->date_value ? cr_granularity_to_string (a->date_granularity) : NULL);
  print_field ("date_source", cr_date_source_to_string (a->date_source));
  print_field ("language", a->language == CR_LANGUAGE_AUTO ? "" : cr_language_to_string (a->language));
  print_field ("place", a->place);
  print_field ("author", a->author);
  print_field ("source_name", a->source_name);
  print_field ("source_url", a->source_url);
  print_field ("file_path", a->file_path);
  print_field ("format", a->format);
  print_field ("body", a->body);
  for (guint i = 0; i < mentions->len; i++)
    {
      CrStoreMention *m = g_ptr_array_index (mentions, i);
      g_autoptr(GString) line = g_string_new ("mention\t");

      g_string_append_printf (line, "%s\t%" G_GSIZE_FORMAT "\t%" G_GSIZE_FORMAT "\t",
                              cr_store_field_to_string (m->field), m->start_char, m->end_char);
      cr_cli_write_tsv_field (line, m->value);
      g_string_append_printf (line, "\t%s\t", cr_granularity_to_string (m->granularity));
      cr_cli_write_tsv_field (line, m->text);
      printf ("%s\n", line->str);
    }
}

int
cr_cli_show (CrCliGlobals  *globals,
             int            argc,
             char         **argv)
{
  g_autoptr(CrStore) store = NULL;
  g_autoptr(CrArticle) article = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GError) error = NULL;
  const char *id_arg = NULL;
  gboolean missing;
  gint64 id;
  char *end;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          printf ("%s\n", _("Usage: cronista-cli [--db PATH] show ID [--format tsv|json]"));
          printf ("%s\n", _("Shows an article: its metadata, standfirst, body and date mentions."));
          return 0;
        }
      if (g_str_has_prefix (argv[i], "--format"))
        {
          if (!cr_cli_parse_command_format (globals, &i, argc, argv))
            return 2;
        }
      else if (id_arg == NULL && argv[i][0] != '-')
        id_arg = argv[i];
      else
        {
          cr_cli_printerr (_("Unknown option “%s”. Run “cronista-cli COMMAND --help” for the options of a command."), argv[i]);
          return 2;
        }
    }
  if (id_arg == NULL)
    {
      cr_cli_printerr ("%s", _("Usage: cronista-cli [--db PATH] show ID [--format tsv|json]"));
      return 2;
    }
  id = g_ascii_strtoll (id_arg, &end, 10);
  if (*end != '\0' || id <= 0)
    {
      cr_cli_printerr (_("“%s” is not an article id (a positive number)."), id_arg);
      return 2;
    }

  store = cr_cli_open_store_for_reading (globals, &missing);
  if (store == NULL)
    {
      if (missing)
        cr_cli_printerr (_("There is no article %s in the library."), id_arg);
      return 1;
    }
  article = cr_store_get_article (store, id, &error);
  if (article == NULL || (mentions = cr_store_get_mentions (store, id, &error)) == NULL)
    {
      cr_cli_printerr ("%s", error->message);
      return 1;
    }

  if (globals->format == CR_CLI_FORMAT_JSON)
    show_json (article, mentions);
  else
    show_tsv (article, mentions);
  return 0;
}
