/* cr-cli-import.c: `cronista-cli import PATH...`
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cr-cli-commands.h"
#include "cr-importer.h"
#include "cr-runtime.h"

/* Stable words for scripts, after the status: why a file failed. */
static const char *
error_word (const GError *error)
{
  static const char * const words[] = {
    "unsupported", "empty", "binary", "too-large", "encoding", "malformed",
    "no-content", "io", "store",
  };

  if (error == NULL || error->domain != CR_IMPORT_ERROR || (guint) error->code >= G_N_ELEMENTS (words))
    return "error";
  return words[error->code];
}

static void
print_usage (FILE *fp)
{
  fprintf (fp, "%s\n", _("Usage: cronista-cli [--db PATH] import [--lang es|en] PATH…"));
  fprintf (fp, "%s\n", _("Imports text, Markdown, HTML, RSS/Atom and JSON files, and folders of them."));
}

static void
append_ids (GString *out,
            GArray  *ids)
{
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i ? "," : "", g_array_index (ids, gint64, i));
}

int
cr_cli_import (CrCliGlobals  *globals,
               int            argc,
               char         **argv)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = NULL;
  g_autoptr(GString) summary = NULL;
  CrImportOptions options = { CR_LANGUAGE_AUTO, 0 };
  guint counts[5] = { 0 };
  guint n_articles = 0;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h"))
        {
          print_usage (stdout);
          return 0;
        }
      else if (g_str_equal (argv[i], "--lang") && i + 1 < argc)
        {
          options.language = cr_language_from_string (argv[++i]);
          if (options.language == CR_LANGUAGE_AUTO)
            {
              cr_cli_printerr (_("Unknown language “%s”: use “es” or “en”."), argv[i]);
              return 2;
            }
        }
      else if (g_str_equal (argv[i], "--"))
        {
          for (i++; i < argc; i++)
            g_ptr_array_add (paths, argv[i]);
        }
      else if (argv[i][0] == '-' && argv[i][1] != '\0')
        {
          cr_cli_printerr (_("Unknown option “%s”. Run “cronista-cli COMMAND --help” for the options of a command."), argv[i]);
          return 2;
        }
      else
        g_ptr_array_add (paths, argv[i]);
    }
  if (paths->len == 0)
    {
      print_usage (stderr);
      return 2;
    }
  g_ptr_array_add (paths, NULL);

  db_path = cr_runtime_dup_library_path (globals->db_path);
  store = cr_store_open (db_path, &error);
  if (store == NULL)
    {
      cr_cli_printerr ("%s", error->message);
      return 1;
    }

  results = cr_importer_import_sync (store, (const char * const *) paths->pdata, &options,
                                     NULL, NULL, NULL, &error);
  if (results == NULL)
    {
      cr_cli_printerr (_("The import was stopped: %s"), error->message);
      return 1;
    }

  for (guint i = 0; i < results->len; i++)
    {
      CrImportFileResult *r = g_ptr_array_index (results, i);
      g_autoptr(GString) line = g_string_new (cr_import_status_to_string (r->status));

      g_string_append_c (line, '\t');
      cr_cli_write_tsv_field (line, r->path);
      if (r->status == CR_IMPORT_STATUS_FAILED || r->status == CR_IMPORT_STATUS_SKIPPED)
        {
          g_string_append_printf (line, "\t%s", error_word (r->error));
          if (r->status == CR_IMPORT_STATUS_FAILED)
            /* Translators: the first %s is a file name, the second why it failed */
            cr_cli_printerr (_("%s: not imported: %s"), r->path, r->error ? r->error->message : "");
        }
      else if (r->article_ids->len > 0)
        {
          g_string_append_c (line, '\t');
          append_ids (line, r->article_ids);
          n_articles += r->n_imported;
        }
      if (r->warning != NULL)
        cr_cli_printerr ("%s: %s", r->path, r->warning);
      printf ("%s\n", line->str);
      counts[r->status]++;
    }
  fflush (stdout);

  summary = g_string_new (NULL);
  g_string_append_printf (summary,
                          ngettext ("%u file: ", "%u files: ", results->len), results->len);
  g_string_append_printf (summary,
                          ngettext ("%u new article", "%u new articles", n_articles), n_articles);
  g_string_append (summary, ", ");
  g_string_append_printf (summary,
                          ngettext ("%u file updated", "%u files updated", counts[CR_IMPORT_STATUS_UPDATED]),
                          counts[CR_IMPORT_STATUS_UPDATED]);
  g_string_append (summary, ", ");
  g_string_append_printf (summary,
                          ngettext ("%u file already in the library", "%u files already in the library",
                                    counts[CR_IMPORT_STATUS_DUPLICATE]),
                          counts[CR_IMPORT_STATUS_DUPLICATE]);
  g_string_append (summary, ", ");
  g_string_append_printf (summary,
                          ngettext ("%u skipped", "%u skipped", counts[CR_IMPORT_STATUS_SKIPPED]),
                          counts[CR_IMPORT_STATUS_SKIPPED]);
  g_string_append (summary, ", ");
  g_string_append_printf (summary,
                          ngettext ("%u failed.", "%u failed.", counts[CR_IMPORT_STATUS_FAILED]),
                          counts[CR_IMPORT_STATUS_FAILED]);
  cr_cli_printerr ("%s", summary->str);

  return counts[CR_IMPORT_STATUS_FAILED] > 0 ? 1 : 0;
}
