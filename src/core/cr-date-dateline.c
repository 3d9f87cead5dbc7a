/* cr-date-dateline.c: the publication dateline of an article
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An absolute day alone on its line near the top of a text ("3 de
 * septiembre de 2025", "Madrid, 3 de septiembre de 2025", "Updated: ...")
 * is the article's dateline; the extractor flags the first one.
 */

#define G_LOG_DOMAIN "cr-date-extractor"

#include "config.h"

#include "cr-date-private.h"

void
_cr_date_mark_dateline (const CrDateScan *scan,
                        CrTimex          *timex)
{
  const char *text = scan->text;
  gsize ls = timex->start_byte, le = timex->end_byte;
  gsize commas = 0;

  /* Datelines head the article: title, standfirst, then the date. */
  if (timex->granularity != CR_GRANULARITY_DAY || timex->anchor != CR_TIMEX_ANCHOR_ABSOLUTE ||
      timex->first_day == CR_DAY_UNKNOWN || timex->start_byte > 2048)
    return;

  /* Alone on its line, or after a place name and a comma or a label and a
   * colon ("Madrid, 3 de septiembre de 2025", "Publicado: ..."). */
  while (ls > 0 && text[ls - 1] != '\n')
    {
      ls--;
      if (text[ls] == ',' || text[ls] == ':')
        commas++;
      else if (g_ascii_isdigit (text[ls]) || text[ls] == '.' || timex->start_byte - ls > 48)
        return;
    }
  if (ls != timex->start_byte && commas == 0)
    {
      /* or after one word: "Actualizado", "Updated" */
      guint words = 0;
      gboolean in_word = FALSE;

      for (gsize i = ls; i < timex->start_byte; i++)
        {
          if (g_ascii_isspace (text[i]))
            in_word = FALSE;
          else if (!in_word)
            {
              in_word = TRUE;
              words++;
            }
        }
      if (words > 1)
        return;
    }
  /* After it, at most a time and a zone: "3 de septiembre de 2025 10:32 CET" */
  {
    guint letters = 0;

    while (le < scan->len && text[le] != '\n')
      {
        guchar c = text[le];

        if (g_ascii_isalpha (c))
          {
            if (++letters > 8)
              return;
          }
        else if (!g_ascii_isspace (c) && !g_ascii_isdigit (c) && c != '.' && c != ':' && c != '|' &&
                 c != '-' && c != '(' && c != ')')
          return;
        le++;
      }
  }
  timex->flags |= CR_TIMEX_FLAG_DATELINE;
}
