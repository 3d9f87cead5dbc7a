/* cr-cli.c: cronista-cli, the headless interface
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "cr-cli.h"
#include "cr-cli-commands.h"
#include "cr-calendar.h"
#include "cr-runtime.h"

/* Keep this table sorted by name; `cronista-cli --help` lists it. */
static const CrCliCommand commands[] = {
  { "article", N_("Correct an article's publication date or language"), cr_cli_article },
  { "entities", N_("List the people, places and organisations of the events"), cr_cli_entities },
  { "event", N_("Edit an event: rename, redate, kind, merge, split, hide, add"), cr_cli_event },
  { "events", N_("List the events of the library, with their sources"), cr_cli_events },
  { "export", N_("Draw the timeline into a PNG, SVG or PDF file"), cr_cli_export },
  { "extract", N_("Find the dates in a text and print them normalised"), cr_cli_extract },
  { "import", N_("Import files and folders of articles into the library"), cr_cli_import },
  { "list", N_("List the articles in the library"), cr_cli_list },
  { "redo", N_("Redo the last edit that was undone"), cr_cli_redo },
  { "reextract", N_("Find dates and events again in every article, keeping edits"), cr_cli_reextract },
  { "repair", N_("Check the library; move a damaged one aside and start anew"), cr_cli_repair },
  { "search", N_("Search the articles, best matches first"), cr_cli_search },
  { "show", N_("Show an article with its date mentions"), cr_cli_show },
  { "undo", N_("Undo the last edit"), cr_cli_undo },
  { NULL, NULL, NULL }
};

void
cr_cli_printerr (const char *format,
                 ...)
{
  g_autofree char *msg = NULL;
  va_list args;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "cronista-cli: %s\n", msg);
}

gboolean
cr_cli_parse_format (const char  *str,
                     CrCliFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (g_strcmp0 (str, "tsv") == 0)
    *format = CR_CLI_FORMAT_TSV;
  else if (g_strcmp0 (str, "json") == 0)
    *format = CR_CLI_FORMAT_JSON;
  else
    {
      /* Translators: %s is what the user typed after --format */
      cr_cli_printerr (_("Unknown output format “%s”: use “tsv” or “json”."),
                       str ? str : "");
      return FALSE;
    }
  return TRUE;
}

void
cr_cli_write_tsv_field (GString    *out,
                        const char *str)
{
  g_return_if_fail (out != NULL);

  if (str == NULL)
    return;

  for (const char *p = str; *p; p++)
    {
      switch (*p)
        {
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

gboolean
cr_cli_parse_day_option (const char *option,
                         const char *value,
                         gboolean    last,
                         CrDay      *day)
{
  CrDay first_day, last_day;

  g_return_val_if_fail (option != NULL && day != NULL, FALSE);

  if (value == NULL || !cr_day_range_parse (value, &first_day, &last_day))
    {
      /* Translators: the first %s is an option (--from), the second what the user typed */
      cr_cli_printerr (_("Option %s takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not “%s”."),
                       option, value ? value : "");
      return FALSE;
    }
  *day = last ? last_day : first_day;
  return TRUE;
}

const char *
cr_cli_default_language (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] && g_str_has_prefix (names[0], "es") ? "es" : "en";
}

static const CrCliCommand *
find_command (const char *name)
{
  for (guint i = 0; commands[i].name != NULL; i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

static void
print_help (FILE *fp)
{
  fprintf (fp, "%s\n", _("Usage: cronista-cli [--db PATH] [--format tsv|json] COMMAND [ARGUMENTS…]"));
  fprintf (fp, "\n%s\n", _("Turn news articles into a timeline, from the command line."));
  fprintf (fp, "\n%s\n", _("Options:"));
  fprintf (fp, "  --db PATH            %s\n", _("Library file to use (default: $CRONISTA_DB, else ~/.local/share/cronista/library.db)"));
  fprintf (fp, "  --format tsv|json    %s\n", _("Output format (default: tsv, without a header)"));
  fprintf (fp, "  -h, --help           %s\n", _("Show this help and exit"));
  fprintf (fp, "  --version            %s\n", _("Show the version and exit"));
  fprintf (fp, "\n%s\n", _("Commands:"));
  if (commands[0].name == NULL)
    fprintf (fp, "  %s\n", _("(none yet)"));
  for (guint i = 0; commands[i].name != NULL; i++)
    fprintf (fp, "  %-20s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (fp, "\n%s\n", _("Run “cronista-cli COMMAND --help” for the options of a command."));
}

int
cr_cli_main (int    argc,
             char **argv)
{
  CrCliGlobals globals = { NULL, CR_CLI_FORMAT_TSV };
  const CrCliCommand *command;
  int i;
  int ret;

  cr_runtime_init_i18n ();

  /* Global options come before the command; stop at the first word that
   * is not one, so each command parses its own options. */
  for (i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_help (stdout);
          return 0;
        }
      else if (g_str_equal (arg, "--version"))
        {
          printf ("cronista-cli %s\n", PACKAGE_VERSION);
          return 0;
        }
      else if (g_str_equal (arg, "--db") || g_str_has_prefix (arg, "--db="))
        {
          const char *value = arg[4] == '=' ? arg + 5 : (i + 1 < argc ? argv[++i] : NULL);

          if (value == NULL)
            {
              cr_cli_printerr (_("Option “%s” needs a value."), "--db");
              return 2;
            }
          g_free (globals.db_path);
          globals.db_path = g_strdup (value);
        }
      else if (g_str_equal (arg, "--format") || g_str_has_prefix (arg, "--format="))
        {
          const char *value = arg[8] == '=' ? arg + 9 : (i + 1 < argc ? argv[++i] : NULL);

          if (value == NULL)
            {
              cr_cli_printerr (_("Option “%s” needs a value."), "--format");
              return 2;
            }
          if (!cr_cli_parse_format (value, &globals.format))
            return 2;
        }
      else if (arg[0] == '-')
        {
          cr_cli_printerr (_("Unknown option “%s”. Run “cronista-cli --help” for the list of options."), arg);
          return 2;
        }
      else
        break;
    }

  if (i >= argc)
    {
      print_help (stderr);
      return 2;
    }

  command = find_command (argv[i]);
  if (command == NULL)
    {
      cr_cli_printerr (_("Unknown command “%s”. Run “cronista-cli --help” for the list of commands."), argv[i]);
      g_free (globals.db_path);
      return 2;
    }

  ret = command->run (&globals, argc - i, argv + i);
  g_free (globals.db_path);
  return ret;
}
