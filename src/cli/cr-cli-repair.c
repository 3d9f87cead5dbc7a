/* cr-cli-repair.c: `cronista-cli repair`
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "cr-cli-commands.h"
#include "cr-runtime.h"
#include "cr-store.h"

/* A damaged library is never deleted or modified: it is moved aside with
 * its WAL, and a new empty library takes its place. */
int
cr_cli_repair (CrCliGlobals  *globals,
               int            argc,
               char         **argv)
{
  g_autofree char *path = cr_runtime_dup_library_path (globals->db_path);
  g_autofree char *moved = NULL;
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (argc > 1 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      printf ("%s\n", _("Usage: cronista-cli [--db PATH] repair"));
      printf ("%s\n", _("Checks the library; if it is damaged, moves it aside (it is kept) and starts a new one."));
      return 0;
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      cr_cli_printerr (_("There is no library at “%s” yet."), path);
      return 1;
    }

  store = cr_store_open (path, &error);
  if (store != NULL && cr_store_check (store, &error))
    {
      g_autoptr(GString) line = g_string_new ("ok\t");

      cr_cli_write_tsv_field (line, path);
      printf ("%s\n", line->str);
      cr_cli_printerr (_("The library “%s” is healthy; nothing to do."), path);
      return 0;
    }
  g_clear_object (&store);

  if (!g_error_matches (error, CR_STORE_ERROR, CR_STORE_ERROR_CORRUPT))
    {
      cr_cli_printerr ("%s", error->message);
      return 1;
    }
  cr_cli_printerr ("%s", error->message);
  g_clear_error (&error);

  moved = cr_store_move_aside (path, &error);
  if (moved == NULL)
    {
      cr_cli_printerr ("%s", error->message);
      return 1;
    }
  store = cr_store_open (path, &error);
  if (store == NULL)
    {
      cr_cli_printerr ("%s", error->message);
      return 1;
    }

  {
    g_autoptr(GString) line = g_string_new ("repaired\t");

    cr_cli_write_tsv_field (line, path);
    g_string_append_c (line, '\t');
    cr_cli_write_tsv_field (line, moved);
    printf ("%s\n", line->str);
  }
  /* Translators: the first %s is the damaged file's new name, the second the library path */
  cr_cli_printerr (_("The damaged library was moved to “%s”; a new empty library was created at “%s”. Import your files again."),
                   moved, path);
  return 0;
}
