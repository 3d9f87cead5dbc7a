/* cr-cli-edit.c: `cronista-cli event …`, `article …`, `undo`, `redo`, `reextract`
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>

#include "cr-cli-commands.h"
#include "cr-runtime.h"
#include "cr-store-edits.h"

static CrStore *
open_for_writing (CrCliGlobals *globals)
{
  g_autofree char *path = cr_runtime_dup_library_path (globals->db_path);
  g_autoptr(GError) error = NULL;
  CrStore *store;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Translators: %s is the path of the library file */
      cr_cli_printerr (_("There is no library at %s yet: import some articles first."), path);
      return NULL;
    }
  store = cr_store_open (path, &error);
  if (store == NULL)
    cr_cli_printerr ("%s", error->message);
  return store;
}

static gboolean
parse_id (const char *str,
          gint64     *id)
{
  char *end = NULL;

  if (str == NULL)
    return FALSE;
  errno = 0;
  *id = g_ascii_strtoll (str, &end, 10);
  if (errno != 0 || end == str || *end != '\0' || *id <= 0)
    {
      cr_cli_printerr (_("“%s” is not an id: ids are positive whole numbers."), str);
      return FALSE;
    }
  return TRUE;
}

static int
report (gboolean    ok,
        GError     *error,
        const char *status,
        gint64      id)
{
  if (!ok)
    {
      cr_cli_printerr ("%s", error->message);
      return 1;
    }
  printf ("%s\t%" G_GINT64_FORMAT "\n", status, id);
  return 0;
}

static void
event_usage (FILE *fp)
{
  fprintf (fp, "%s\n", _("Usage: cronista-cli [--db PATH] event COMMAND ARGUMENTS…"));
  fprintf (fp, "  rename ID TITLE        %s\n", _("Give an event another title"));
  fprintf (fp, "  redate ID DATE         %s\n", _("Move an event to another date (YYYY, YYYY-MM or YYYY-MM-DD)"));
  fprintf (fp, "  kind ID KIND           %s\n", _("Change what kind of event it is"));
  fprintf (fp, "  merge ID OTHER_ID      %s\n", _("Make two events one"));
  fprintf (fp, "  split ID MENTION_ID    %s\n", _("Take one mention out of an event into its own"));
  fprintf (fp, "  hide ID                %s\n", _("Hide an event from the timeline"));
  fprintf (fp, "  add DATE KIND TITLE    %s\n", _("Add an event by hand"));
  fprintf (fp, "%s\n", _("Every edit can be undone with “cronista-cli undo”."));
}

int
cr_cli_event (CrCliGlobals  *globals,
              int            argc,
              char         **argv)
{
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *sub = argc > 1 ? argv[1] : NULL;
  gint64 id = 0, other = 0, new_id = 0;
  CrEventKind kind;
  gboolean ok;

  if (sub == NULL || g_str_equal (sub, "--help") || g_str_equal (sub, "-h"))
    {
      event_usage (sub ? stdout : stderr);
      return sub ? 0 : 2;
    }

#define NEED(n) if (argc != (n)) { event_usage (stderr); return 2; }

  if (g_str_equal (sub, "add"))
    {
      NEED (5);
      if (!cr_event_kind_from_string (argv[3], &kind))
        {
          cr_cli_printerr (_("Unknown event kind “%s”."), argv[3]);
          return 2;
        }
      if ((store = open_for_writing (globals)) == NULL)
        return 1;
      ok = cr_store_add_event (store, argv[2], kind, argv[4], &new_id, &error);
      return report (ok, error, "added", new_id);
    }

  if (argc < 3 || !parse_id (argv[2], &id))
    {
      event_usage (stderr);
      return 2;
    }

  if (g_str_equal (sub, "rename"))
    {
      NEED (4);
      if ((store = open_for_writing (globals)) == NULL)
        return 1;
      ok = cr_store_rename_event (store, id, argv[3], &error);
      return report (ok, error, "renamed", id);
    }
  if (g_str_equal (sub, "redate"))
    {
      NEED (4);
      if ((store = open_for_writing (globals)) == NULL)
        return 1;
      ok = cr_store_redate_event (store, id, argv[3], &error);
      return report (ok, error, "redated", id);
    }
  if (g_str_equal (sub, "kind"))
    {
      NEED (4);
      if (!cr_event_kind_from_string (argv[3], &kind))
        {
          cr_cli_printerr (_("Unknown event kind “%s”."), argv[3]);
          return 2;
        }
      if ((store = open_for_writing (globals)) == NULL)
        return 1;
      ok = cr_store_set_event_kind (store, id, kind, &error);
      return report (ok, error, "changed", id);
    }
  if (g_str_equal (sub, "merge"))
    {
      NEED (4);
      if (!parse_id (argv[3], &other))
        return 2;
      if ((store = open_for_writing (globals)) == NULL)
        return 1;
      ok = cr_store_merge_events (store, id, other, &error);
      return report (ok, error, "merged", id);
    }
  if (g_str_equal (sub, "split"))
    {
      NEED (4);
      if (!parse_id (argv[3], &other))
        return 2;
      if ((store = open_for_writing (globals)) == NULL)
        return 1;
      ok = cr_store_split_mention (store, id, other, &new_id, &error);
      return report (ok, error, "split", new_id);
    }
  if (g_str_equal (sub, "hide"))
    {
      NEED (3);
      if ((store = open_for_writing (globals)) == NULL)
        return 1;
      ok = cr_store_hide_event (store, id, &error);
      return report (ok, error, "hidden", id);
    }
#undef NEED

  cr_cli_printerr (_("Unknown event command “%s”. Run “cronista-cli event --help” for the list."), sub);
  return 2;
}

int
cr_cli_article (CrCliGlobals  *globals,
                int            argc,
                char         **argv)
{
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  gboolean ok;

  gboolean remove = argc == 3 && g_str_equal (argv[1], "remove");

  if (!remove && (argc != 4 || !(g_str_equal (argv[1], "date") || g_str_equal (argv[1], "lang"))))
    {
      gboolean help = argc == 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"));
      FILE *fp = help ? stdout : stderr;

      fprintf (fp, "%s\n", _("Usage: cronista-cli [--db PATH] article date|lang ID VALUE | remove ID"));
      fprintf (fp, "  date ID DATE           %s\n", _("Correct an article's publication date; its relative dates are resolved again"));
      fprintf (fp, "  lang ID es|en          %s\n", _("Correct an article's language"));
      fprintf (fp, "  remove ID              %s\n", _("Remove an article and the events only it reports (undo brings it back)"));
      return help ? 0 : 2;
    }
  if (!parse_id (argv[2], &id))
    return 2;
  if ((store = open_for_writing (globals)) == NULL)
    return 1;
  if (remove)
    {
      ok = cr_store_remove_article (store, id, &error);
      return report (ok, error, "removed", id);
    }
  if (g_str_equal (argv[1], "date"))
    {
      ok = cr_store_set_article_date (store, id, argv[3], &error);
      return report (ok, error, "corrected", id);
    }

  if (cr_language_from_string (argv[3]) == CR_LANGUAGE_AUTO)
    {
      cr_cli_printerr (_("Unknown language “%s”: use “es” or “en”."), argv[3]);
      return 2;
    }
  ok = cr_store_set_article_language (store, id, cr_language_from_string (argv[3]), &error);
  return report (ok, error, "corrected", id);
}

static int
undo_redo (CrCliGlobals  *globals,
           int            argc,
           char         **argv,
           gboolean       redo)
{
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GError) error = NULL;
  CrEditOp op;
  gboolean ok;

  if (argc > 1)
    {
      gboolean help = g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h");

      printf ("%s\n", redo ? _("Usage: cronista-cli [--db PATH] redo") : _("Usage: cronista-cli [--db PATH] undo"));
      printf ("%s\n", redo ? _("Does again the last edit that was undone.") : _("Undoes the last edit of the library."));
      return help ? 0 : 2;
    }
  if ((store = open_for_writing (globals)) == NULL)
    return 1;
  ok = redo ? cr_store_redo (store, &op, &error) : cr_store_undo (store, &op, &error);
  if (!ok)
    {
      cr_cli_printerr ("%s", error->message);
      return g_error_matches (error, CR_STORE_ERROR, CR_STORE_ERROR_NOT_FOUND) ? 3 : 1;
    }
  printf ("%s\t%s\n", redo ? "redone" : "undone", cr_edit_op_to_string (op));
  return 0;
}

int
cr_cli_undo (CrCliGlobals  *globals,
             int            argc,
             char         **argv)
{
  return undo_redo (globals, argc, argv, FALSE);
}

int
cr_cli_redo (CrCliGlobals  *globals,
             int            argc,
             char         **argv)
{
  return undo_redo (globals, argc, argv, TRUE);
}

static void
print_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  if (done == total || done % 100 == 0)
    /* Translators: progress of re-extraction, articles done of total */
    fprintf (stderr, _("%u of %u articles\n"), done, total);
}

int
cr_cli_reextract (CrCliGlobals  *globals,
                  int            argc,
                  char         **argv)
{
  g_autoptr(CrStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (argc > 1)
    {
      printf ("%s\n", _("Usage: cronista-cli [--db PATH] reextract"));
      printf ("%s\n", _("Finds the dates and events of every article again, keeping every edit."));
      return g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ? 0 : 2;
    }
  if ((store = open_for_writing (globals)) == NULL)
    return 1;
  if (!cr_store_reextract (store, print_progress, NULL, &error))
    {
      cr_cli_printerr ("%s", error->message);
      return 1;
    }
  printf ("reextracted\t%" G_GINT64_FORMAT "\n", cr_store_count_articles (store, NULL));
  return 0;
}
