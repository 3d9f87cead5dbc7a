/* cr-cli-list.c: `cronista-cli list`
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "cr-cli-commands.h"
#include "cr-cli-library.h"
#include "cr-runtime.h"
#include "cr-store.h"

/* Opens the library read-only for the reading commands; a missing
 * library reads as an empty one rather than an error. */
CrStore *
cr_cli_open_store_for_reading (CrCliGlobals  *globals,
                               gboolean      *missing)
{
  g_autofree char *path = cr_runtime_dup_library_path (globals->db_path);
  g_autoptr(GError) error = NULL;
  CrStore *store;

  *missing = FALSE;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      *missing = TRUE;
      return NULL;
    }
  store = cr_store_open_read_only (path, &error);
  /* An old library is upgraded (a backup is made first) by a writer. */
  if (store == NULL && g_error_matches (error, CR_STORE_ERROR, CR_STORE_ERROR_READ_ONLY))
    {
      g_autoptr(CrStore) writer = NULL;

      g_clear_error (&error);
      writer = cr_store_open (path, &error);
      if (writer != NULL)
        store = cr_store_open_read_only (path, &error);
    }
  if (store == NULL)
    cr_cli_printerr ("%s", error->message);
  return store;
}

/* Parses a command's own --format option over the global one. */
gboolean
cr_cli_parse_command_format (CrCliGlobals  *globals,
                             int           *i,
                             int            argc,
                             char         **argv)
{
  const char *arg = argv[*i];

  if (g_str_equal (arg, "--format") && *i + 1 < argc)
    return cr_cli_parse_format (argv[++(*i)], &globals->format);
  if (g_str_has_prefix (arg, "--format="))
    return cr_cli_parse_format (arg + 9, &globals->format);
  return FALSE;
}

void
cr_cli_print_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

static const char *
source_of (CrArticle *article)
{
  if (article->source_name)
    return article->source_name;
  if (article->source_url)
    return article->source_url;
  return article->file_path;
}

int
cr_cli_list (CrCliGlobals  *globals,
             int            argc,
             char         **argv)
{
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  gboolean missing;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          printf ("%s\n", _("Usage: cronista-cli [--db PATH] list [--format tsv|json]"));
          printf ("%s\n", _("Lists the articles in the library: id, date, language, title, source."));
          return 0;
        }
      if (g_str_has_prefix (argv[i], "--format"))
        {
          if (!cr_cli_parse_command_format (globals, &i, argc, argv))
            return 2;
          continue;
        }
      cr_cli_printerr (_("Unknown option “%s”. Run “cronista-cli COMMAND --help” for the options of a command."), argv[i]);
      return 2;
    }

  store = cr_cli_open_store_for_reading (globals, &missing);
  if (store == NULL && !missing)
    return 1;
  if (store != NULL && (articles = cr_store_list_articles (store, &error)) == NULL)
    {
      cr_cli_printerr ("%s", error->message);
      return 1;
    }

  if (globals->format == CR_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; articles && i < articles->len; i++)
        {
          CrArticle *a = g_ptr_array_index (articles, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, a->id);
          json_builder_set_member_name (builder, "date");
          if (a->date_value)
            json_builder_add_string_value (builder, a->date_value);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "language");
          json_builder_add_string_value (builder, a->language == CR_LANGUAGE_AUTO ? "" : cr_language_to_string (a->language));
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, a->title);
          json_builder_set_member_name (builder, "source");
          json_builder_add_string_value (builder, source_of (a));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      cr_cli_print_json (root);
      return 0;
    }

  for (guint i = 0; articles && i < articles->len; i++)
    {
      CrArticle *a = g_ptr_array_index (articles, i);
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "%" G_GINT64_FORMAT "\t", a->id);
      cr_cli_write_tsv_field (line, a->date_value);
      g_string_append_c (line, '\t');
      g_string_append (line, a->language == CR_LANGUAGE_AUTO ? "" : cr_language_to_string (a->language));
      g_string_append_c (line, '\t');
      cr_cli_write_tsv_field (line, a->title);
      g_string_append_c (line, '\t');
      cr_cli_write_tsv_field (line, source_of (a));
      printf ("%s\n", line->str);
    }
  return 0;
}
