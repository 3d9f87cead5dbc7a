/* fuzz-driver.c: replay a fuzz corpus without libFuzzer
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: fuzz-replay-NAME FILE-OR-DIR…
 *
 * Links with one harness (fuzz-NAME.c) and calls its
 * LLVMFuzzerTestOneInput() on every file given or found in the folders
 * given, so that CI checks the corpus with any compiler. A harness aborts
 * on a violation; the driver fails when there was nothing to replay.
 */

#define G_LOG_DOMAIN "fuzz-driver"

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static gboolean
replay_file (const char  *path,
             GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree uint8_t *exact = NULL;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, error))
    return FALSE;
  /* An exact-size copy without the terminating nul, as libFuzzer passes
   * its inputs, so that sanitizers see any read past the end. */
  exact = g_malloc (MAX (len, 1));
  memcpy (exact, contents, len);
  LLVMFuzzerTestOneInput (exact, len);
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

int
main (int    argc,
      char **argv)
{
  guint n_replayed = 0;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s FILE-OR-DIR…\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;

      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GDir) dir = g_dir_open (argv[i], 0, &error);
          const char *name;

          if (dir == NULL)
            {
              fprintf (stderr, "%s\n", error->message);
              return 1;
            }
          while ((name = g_dir_read_name (dir)) != NULL)
            g_ptr_array_add (paths, g_build_filename (argv[i], name, NULL));
          g_ptr_array_sort (paths, compare_strings);
        }
      else
        g_ptr_array_add (paths, g_strdup (argv[i]));

      for (guint p = 0; p < paths->len; p++)
        {
          const char *path = g_ptr_array_index (paths, p);

          if (!replay_file (path, &error))
            {
              fprintf (stderr, "%s\n", error->message);
              return 1;
            }
          printf ("ok %u - %s\n", ++n_replayed, path);
        }
    }

  printf ("1..%u\n", n_replayed);
  return n_replayed > 0 ? 0 : 1;
}
