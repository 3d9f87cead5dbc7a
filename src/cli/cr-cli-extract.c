/* cr-cli-extract.c: `cronista-cli extract`, the date extractor on a file
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cr-calendar.h"
#include "cr-cli-commands.h"
#include "cr-date-extractor.h"

static void
print_extract_help (FILE *fp)
{
  fprintf (fp, "%s\n", _("Usage: cronista-cli extract [--lang es|en|auto] [--dct YYYY-MM-DD] [--format tsv|json] FILE|-"));
  fprintf (fp, "\n%s\n", _("Find the dates in a text and print them, one per line, in text order."));
  fprintf (fp, "\n%s\n", _("Options:"));
  fprintf (fp, "  --lang es|en|auto    %s\n", _("Language of the text (default: auto)"));
  fprintf (fp, "  --dct YYYY-MM-DD     %s\n", _("Publication date the relative dates count from (default: the dateline, if any)"));
  fprintf (fp, "  --format tsv|json    %s\n", _("Output format (default: tsv, without a header)"));
}

/* Reads all of standard input; the extractor needs the whole text. */
static char *
read_stdin (gsize   *len,
            GError **error)
{
  GString *buf = g_string_new (NULL);
  char chunk[65536];
  size_t n;

  while ((n = fread (chunk, 1, sizeof chunk, stdin)) > 0)
    g_string_append_len (buf, chunk, n);
  if (ferror (stdin))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, g_strerror (errno));
      g_string_free (buf, TRUE);
      return NULL;
    }
  *len = buf->len;
  return g_string_free (buf, FALSE);
}

static void
add_day (JsonBuilder *b,
         const char  *name,
         const char  *iso_name,
         CrDay        day)
{
  char iso[16];

  json_builder_set_member_name (b, iso_name);
  if (day == CR_DAY_UNKNOWN)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, cr_day_format_iso (day, iso, sizeof iso));
  json_builder_set_member_name (b, name);
  if (day == CR_DAY_UNKNOWN)
    json_builder_add_null_value (b);
  else
    json_builder_add_int_value (b, day);
}

static void
print_json (const char *text,
            GArray     *timexes)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *out = NULL;

  json_builder_begin_array (b);
  for (guint i = 0; i < timexes->len; i++)
    {
      const CrTimex *t = &g_array_index (timexes, CrTimex, i);
      g_autofree char *span = g_strndup (text + t->start_byte, t->end_byte - t->start_byte);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, t->start_char);
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, t->end_char);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, span);
      json_builder_set_member_name (b, "value");
      json_builder_add_string_value (b, t->value);
      json_builder_set_member_name (b, "granularity");
      json_builder_add_string_value (b, cr_granularity_to_string (t->granularity));
      json_builder_set_member_name (b, "mod");
      json_builder_add_string_value (b, t->mod);
      json_builder_set_member_name (b, "anchor");
      json_builder_add_string_value (b, cr_timex_anchor_to_string (t->anchor));
      json_builder_set_member_name (b, "dateline");
      json_builder_add_boolean_value (b, (t->flags & CR_TIMEX_FLAG_DATELINE) != 0);
      add_day (b, "first_day", "first", t->first_day);
      add_day (b, "last_day", "last", t->last_day);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  root = json_builder_get_root (b);
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_root (gen, root);
  out = json_generator_to_data (gen, NULL);
  printf ("%s\n", out);
}

static void
print_tsv (const char *text,
           GArray     *timexes)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < timexes->len; i++)
    {
      const CrTimex *t = &g_array_index (timexes, CrTimex, i);
      g_autofree char *span = g_strndup (text + t->start_byte, t->end_byte - t->start_byte);

      g_string_append_printf (out, "%" G_GSIZE_FORMAT "\t%" G_GSIZE_FORMAT "\t",
                              t->start_char, t->end_char);
      cr_cli_write_tsv_field (out, span);
      g_string_append_printf (out, "\t%s\t%s\t%s\t%s\n", t->value,
                              cr_granularity_to_string (t->granularity), t->mod,
                              cr_timex_anchor_to_string (t->anchor));
    }
  fwrite (out->str, 1, out->len, stdout);
}

int
cr_cli_extract (CrCliGlobals  *globals,
                int            argc,
                char         **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) timexes = NULL;
  g_autofree char *text = NULL;
  const char *file = NULL;
  CrLanguage lang = CR_LANGUAGE_AUTO;
  CrDay dct = CR_DAY_UNKNOWN;
  gsize len = 0;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];
      const char *value = NULL;

      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_extract_help (stdout);
          return 0;
        }
      if (g_str_has_prefix (arg, "--lang") || g_str_has_prefix (arg, "--dct") ||
          g_str_has_prefix (arg, "--format"))
        {
          const char *eq = strchr (arg, '=');

          if (eq != NULL)
            value = eq + 1;
          else if (i + 1 < argc)
            value = argv[++i];
          else
            {
              cr_cli_printerr (_("Option “%s” needs a value."), arg);
              return 2;
            }
        }
      if (g_str_has_prefix (arg, "--lang"))
        {
          lang = g_str_equal (value, "auto") ? CR_LANGUAGE_AUTO : cr_language_from_string (value);
          if (lang == CR_LANGUAGE_AUTO && !g_str_equal (value, "auto"))
            {
              /* Translators: %s is what the user typed after --lang */
              cr_cli_printerr (_("Unknown language “%s”: use “es”, “en” or “auto”."), value);
              return 2;
            }
        }
      else if (g_str_has_prefix (arg, "--dct"))
        {
          CrDay last;

          if (strlen (value) != 10 || !cr_day_range_parse (value, &dct, &last) || dct != last)
            {
              /* Translators: %s is what the user typed after --dct */
              cr_cli_printerr (_("Invalid publication date “%s”: write it as YYYY-MM-DD."), value);
              return 2;
            }
        }
      else if (g_str_has_prefix (arg, "--format"))
        {
          if (!cr_cli_parse_format (value, &globals->format))
            return 2;
        }
      else if (arg[0] == '-' && arg[1] != '\0')
        {
          cr_cli_printerr (_("Unknown option “%s”. Run “cronista-cli extract --help” for the list of options."), arg);
          return 2;
        }
      else if (file == NULL)
        file = arg;
      else
        {
          cr_cli_printerr (_("Give one file to read, or “-” for standard input."));
          return 2;
        }
    }

  if (file == NULL)
    {
      print_extract_help (stderr);
      return 2;
    }

  if (g_str_equal (file, "-"))
    text = read_stdin (&len, &error);
  else if (!g_file_get_contents (file, &text, &len, &error))
    g_clear_pointer (&text, g_free);
  if (text == NULL)
    {
      /* Translators: the first %s is a file name, the second the reason */
      cr_cli_printerr (_("Cannot read “%s”: %s"), file, error->message);
      return 1;
    }

  timexes = cr_date_extract (text, len, lang, dct, &error);
  if (timexes == NULL)
    {
      /* Translators: the first %s is a file name, the second the reason */
      cr_cli_printerr (_("Cannot extract dates from “%s”: %s"),
                       g_str_equal (file, "-") ? _("standard input") : file, error->message);
      return 1;
    }

  /* Without --dct, an article's own dateline says when it was written. */
  if (dct == CR_DAY_UNKNOWN)
    {
      for (guint i = 0; i < timexes->len; i++)
        {
          const CrTimex *t = &g_array_index (timexes, CrTimex, i);

          if (t->flags & CR_TIMEX_FLAG_DATELINE)
            {
              CrDay dateline = t->first_day;

              g_clear_pointer (&timexes, g_array_unref);
              timexes = cr_date_extract (text, len, lang, dateline, NULL);
              break;
            }
        }
    }

  if (globals->format == CR_CLI_FORMAT_JSON)
    print_json (text, timexes);
  else
    print_tsv (text, timexes);

  return 0;
}
