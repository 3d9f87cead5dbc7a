/* cr-date-utf8.c: the two passes over raw bytes the extractor needs
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * UTF-8 validation and code point counting, eight bytes at a time where
 * the text is ASCII.
 */

#define G_LOG_DOMAIN "cr-date-extractor"

#include "config.h"

#include "cr-date-private.h"

/* Code points in [from, to): every byte but continuation bytes, counted
 * eight at a time. */
gsize
_cr_date_count_code_points (const guchar *t,
                            gsize         from,
                            gsize         to)
{
  gsize n = 0, p = from;

  while (to - p >= 8)
    {
      guint64 w, cont;

      memcpy (&w, t + p, 8);
      /* A continuation byte has its top bits 10. */
      cont = w & ~(w << 1) & G_GUINT64_CONSTANT (0x8080808080808080);
      /* One bit per byte at most: sum them with a multiply. */
      n += 8 - (((cont >> 7) * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
      p += 8;
    }
  for (; p < to; p++)
    n += (t[p] & 0xC0) != 0x80;
  return n;
}

/* Checks UTF-8 eight bytes at a time where the text is ASCII. */
gboolean
_cr_date_validate_utf8 (const char *text,
                        gsize       len,
                        gsize      *bad_offset)
{
  const guchar *p = (const guchar *) text;
  const guchar *end = p + len;

  while (p < end)
    {
      if (end - p >= 8)
        {
          guint64 w, stop;

          memcpy (&w, p, 8);
          /* High bit: a non-ASCII byte, or a NUL byte */
          stop = (w | ((w - G_GUINT64_CONSTANT (0x0101010101010101)) & ~w)) & G_GUINT64_CONSTANT (0x8080808080808080);
          if (stop == 0)
            {
              p += 8;
              continue;
            }
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
          /* Skip the ASCII bytes before the first one that stops us */
          p += __builtin_ctzll (stop) >> 3;
#endif
        }
      if (*p == 0)
        break;
      if (*p < 0x80)
        {
          p++;
          continue;
        }
      /* Two-byte sequences (the accents of Spanish) inline */
      if (p[0] >= 0xC2 && p[0] < 0xE0 && end - p >= 2 && (p[1] & 0xC0) == 0x80)
        {
          p += 2;
          continue;
        }
      {
        gunichar c = g_utf8_get_char_validated ((const char *) p, end - p);

        if (c == (gunichar) -1 || c == (gunichar) -2)
          break;
        p += g_unichar_to_utf8 (c, NULL);
      }
    }

  *bad_offset = p - (const guchar *) text;
  return p >= end;
}
