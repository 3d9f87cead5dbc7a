/* fuzz-import-common.h: the checks every importer harness makes
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cr-importer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

G_NORETURN static inline void
fuzz_import_violation (const char *what,
                       guint       index)
{
  fprintf (stderr, "fuzz-import: %s (article %u)\n", what, index);
  abort ();
}

static inline void
fuzz_import_check (const char    *path,
                   const uint8_t *data,
                   size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autoptr(GPtrArray) articles = NULL;

  articles = cr_importer_parse_data (path, (const char *) data, size, &warning, &error);
  if (articles == NULL)
    {
      if (error == NULL || error->domain != CR_IMPORT_ERROR || error->message[0] == '\0')
        fuzz_import_violation ("failure without a CR_IMPORT_ERROR message", 0);
      return;
    }
  if (error != NULL)
    fuzz_import_violation ("articles and an error", 0);
  if (articles->len == 0)
    fuzz_import_violation ("success without articles", 0);

  for (guint i = 0; i < articles->len; i++)
    {
      CrArticle *a = g_ptr_array_index (articles, i);

      if (a->title == NULL || a->body == NULL)
        fuzz_import_violation ("NULL title or body", i);
      if (!g_utf8_validate (a->title, -1, NULL) || !g_utf8_validate (a->body, -1, NULL) ||
          (a->standfirst && !g_utf8_validate (a->standfirst, -1, NULL)) ||
          (a->place && !g_utf8_validate (a->place, -1, NULL)) ||
          (a->author && !g_utf8_validate (a->author, -1, NULL)))
        fuzz_import_violation ("invalid UTF-8 in a text field", i);
      if (strchr (a->title, '\n') != NULL)
        fuzz_import_violation ("newline in the title", i);
      if (a->content_hash == NULL || strlen (a->content_hash) != 64)
        fuzz_import_violation ("missing content hash", i);
      if (cr_article_get_source_key (a) == NULL)
        fuzz_import_violation ("no source key", i);
      if (a->date_value != NULL && (a->date == CR_DAY_UNKNOWN || a->date_last < a->date))
        fuzz_import_violation ("bad publication day range", i);
    }
}
