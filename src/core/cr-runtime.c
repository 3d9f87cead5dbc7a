/* cr-runtime.c: where Cronista finds its translations, data and library
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-runtime"

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "cr-runtime.h"

gboolean
cr_runtime_is_uninstalled (void)
{
  static gsize initialized;
  static gboolean uninstalled;

  if (g_once_init_enter (&initialized))
    {
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *root = g_canonicalize_filename (BUILD_ROOT, NULL);
      g_autofree char *prefix = g_strconcat (root, G_DIR_SEPARATOR_S, NULL);

      uninstalled = exe != NULL && g_str_has_prefix (exe, prefix);
      g_once_init_leave (&initialized, 1);
    }

  return uninstalled;
}

void
cr_runtime_init_i18n (void)
{
  const char *localedir = LOCALEDIR;
  g_autofree char *build_localedir = NULL;

  setlocale (LC_ALL, "");

  if (cr_runtime_is_uninstalled ())
    {
      /* meson's i18n module compiles po/xx.po into
       * BUILD_ROOT/po/xx/LC_MESSAGES/cronista.mo */
      build_localedir = g_build_filename (BUILD_ROOT, "po", NULL);
      localedir = build_localedir;
    }

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

const char *
cr_runtime_get_datadir (void)
{
  static gsize initialized;
  static char *datadir;

  if (g_once_init_enter (&initialized))
    {
      const char *env = g_getenv ("CRONISTA_DATADIR");

      if (env != NULL && *env != '\0')
        datadir = g_strdup (env);
      else if (cr_runtime_is_uninstalled ())
        datadir = g_build_filename (SOURCE_ROOT, "data", NULL);
      else
        datadir = g_strdup (PKGDATADIR);

      g_once_init_leave (&initialized, 1);
    }

  return datadir;
}

char *
cr_runtime_dup_library_path (const char *explicit_path)
{
  const char *env;

  if (explicit_path != NULL && *explicit_path != '\0')
    return g_strdup (explicit_path);

  env = g_getenv ("CRONISTA_DB");
  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "cronista", "library.db", NULL);
}
