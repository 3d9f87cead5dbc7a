/* cr-lexicon.c: word lists compiled into the core resource
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-lexicon"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "cr-lexicon.h"

GPtrArray *
cr_lexicon_load_lines (const char *resource_name)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *ret;
  const char *data;
  gsize len;

  g_return_val_if_fail (resource_name != NULL, NULL);

  path = g_build_path ("/", CR_CORE_RESOURCE_PATH, resource_name, NULL);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("Core resource %s is missing from the build: %s", path, error->message);

  data = g_bytes_get_data (bytes, &len);
  {
    g_autofree char *text = g_strndup (data, len);
    lines = g_strsplit (text, "\n", -1);
  }

  ret = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0' || *line == '#')
        continue;
      g_ptr_array_add (ret, g_strdup (line));
    }

  return ret;
}
