/* cr-cli-search.c: `cronista-cli search QUERY`
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cr-cli-commands.h"
#include "cr-cli-library.h"

int
cr_cli_search (CrCliGlobals  *globals,
               int            argc,
               char         **argv)
{
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) query = g_string_new (NULL);
  guint limit = 50;
  gboolean missing;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          printf ("%s\n", _("Usage: cronista-cli [--db PATH] search [--limit N] [--format tsv|json] WORDS…"));
          printf ("%s\n", _("Finds articles containing all the words, ignoring case and accents, best first: id, date, language, title, snippet."));
          return 0;
        }
      if (g_str_has_prefix (argv[i], "--format"))
        {
          if (!cr_cli_parse_command_format (globals, &i, argc, argv))
            return 2;
        }
      else if (g_str_equal (argv[i], "--limit") && i + 1 < argc)
        {
          guint64 n;

          if (!g_ascii_string_to_unsigned (argv[++i], 10, 1, 10000, &n, NULL))
            {
              cr_cli_printerr (_("“%s” is not a valid limit (1–10000)."), argv[i]);
              return 2;
            }
          limit = (guint) n;
        }
      else
        {
          if (query->len)
            g_string_append_c (query, ' ');
          g_string_append (query, argv[i]);
        }
    }
  if (query->len == 0)
    {
      cr_cli_printerr ("%s", _("Usage: cronista-cli [--db PATH] search [--limit N] [--format tsv|json] WORDS…"));
      return 2;
    }

  store = cr_cli_open_store_for_reading (globals, &missing);
  if (store == NULL && !missing)
    return 1;
  if (store != NULL &&
      (hits = cr_store_search (store, query->str, limit, "[", "]", &error)) == NULL)
    {
      cr_cli_printerr ("%s", error->message);
      return 1;
    }

  if (globals->format == CR_CLI_FORMAT_JSON)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; hits && i < hits->len; i++)
        {
          CrStoreHit *h = g_ptr_array_index (hits, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, h->article_id);
          json_builder_set_member_name (builder, "date");
          if (h->date_value)
            json_builder_add_string_value (builder, h->date_value);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "language");
          json_builder_add_string_value (builder, h->language);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, h->title);
          json_builder_set_member_name (builder, "snippet");
          json_builder_add_string_value (builder, h->snippet);
          json_builder_set_member_name (builder, "rank");
          json_builder_add_double_value (builder, h->rank);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      cr_cli_print_json (root);
      return 0;
    }

  for (guint i = 0; hits && i < hits->len; i++)
    {
      CrStoreHit *h = g_ptr_array_index (hits, i);
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "%" G_GINT64_FORMAT "\t", h->article_id);
      cr_cli_write_tsv_field (line, h->date_value);
      g_string_append_c (line, '\t');
      cr_cli_write_tsv_field (line, h->language);
      g_string_append_c (line, '\t');
      cr_cli_write_tsv_field (line, h->title);
      g_string_append_c (line, '\t');
      cr_cli_write_tsv_field (line, h->snippet);
      printf ("%s\n", line->str);
    }
  return 0;
}
