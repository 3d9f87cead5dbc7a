/* cr-encoding.c: turn the bytes of a saved file into UTF-8 text
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-encoding"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cr-encoding.h"

G_DEFINE_QUARK (cr-encoding-error-quark, cr_encoding_error)

#define SNIFF_BYTES 1024

/* Windows-1252 0x80–0x9F; the rest of the code page is Latin-1. Holes
 * (undefined bytes) map to U+FFFD rather than failing: the fallback exists
 * so that an old file is readable, not so that it is validated. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

static char *
decode_1252 (const guchar *data,
             gsize         len,
             gsize        *out_len)
{
  GString *out = g_string_sized_new (len + len / 4 + 1);

  for (gsize i = 0; i < len; i++)
    {
      guchar b = data[i];

      if (b < 0x80)
        g_string_append_c (out, (char) b);
      else if (b < 0xA0)
        g_string_append_unichar (out, cp1252_high[b - 0x80]);
      else
        g_string_append_unichar (out, b);
    }
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
is_1252_alias (const char *charset)
{
  return g_str_equal (charset, "windows-1252") || g_str_equal (charset, "cp1252") ||
         g_str_equal (charset, "iso-8859-1") || g_str_equal (charset, "latin1") ||
         g_str_equal (charset, "latin-1") || g_str_equal (charset, "us-ascii") ||
         g_str_equal (charset, "ascii") || g_str_equal (charset, "iso8859-1");
}

static gboolean
is_utf8_alias (const char *charset)
{
  return g_str_equal (charset, "utf-8") || g_str_equal (charset, "utf8");
}

/* Reads a charset name starting at @p (after `encoding=` or `charset=`),
 * with or without quotes. */
static char *
read_charset_name (const char *p,
                   const char *end)
{
  const char *start;

  while (p < end && (*p == ' ' || *p == '"' || *p == '\''))
    p++;
  start = p;
  while (p < end && (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.' || *p == ':'))
    p++;
  if (p == start || p - start > 40)
    return NULL;
  return g_ascii_strdown (start, p - start);
}

char *
cr_encoding_sniff_declared (const char *data,
                            gsize       len)
{
  g_autofree char *head = NULL;
  gsize n;
  const char *hit;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  n = MIN (len, SNIFF_BYTES);
  /* Lower-case ASCII copy; NULs would end strstr early, so map them. */
  head = g_malloc (n + 1);
  for (gsize i = 0; i < n; i++)
    head[i] = data[i] ? g_ascii_tolower (data[i]) : ' ';
  head[n] = '\0';

  if (g_str_has_prefix (head, "<?xml") || strstr (head, "<?xml") == head + strspn (head, " \t\r\n"))
    {
      const char *decl_end = strstr (head, "?>");

      hit = strstr (head, "encoding");
      if (hit != NULL && (decl_end == NULL || hit < decl_end))
        {
          hit += strlen ("encoding");
          while (*hit == ' ' || *hit == '=')
            hit++;
          return read_charset_name (hit, head + n);
        }
    }

  /* <meta charset="x"> and <meta http-equiv="content-type" content="text/html; charset=x"> */
  for (hit = strstr (head, "<meta"); hit != NULL; hit = strstr (hit + 5, "<meta"))
    {
      const char *tag_end = strchr (hit, '>');
      const char *cs = strstr (hit, "charset");

      if (cs != NULL && (tag_end == NULL || cs < tag_end))
        {
          cs += strlen ("charset");
          while (*cs == ' ' || *cs == '=')
            cs++;
          return read_charset_name (cs, head + n);
        }
    }

  return NULL;
}

char *
cr_encoding_to_utf8 (const char       *data,
                     gsize             len,
                     gsize            *out_len,
                     CrEncodingFlags  *flags,
                     char            **charset,
                     GError          **error)
{
  const guchar *u = (const guchar *) data;
  g_autofree char *declared = NULL;
  CrEncodingFlags f = CR_ENCODING_FLAG_NONE;
  gsize dummy_len;
  char *out;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (out_len == NULL)
    out_len = &dummy_len;
  if (flags != NULL)
    *flags = CR_ENCODING_FLAG_NONE;
  if (charset != NULL)
    *charset = NULL;

  if (len == 0)
    {
      g_set_error_literal (error, CR_ENCODING_ERROR, CR_ENCODING_ERROR_EMPTY,
                           _("The file is empty."));
      return NULL;
    }

  /* Byte order marks decide before anything else. */
  if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
    {
      const char *from = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      g_autoptr(GError) local_error = NULL;

      out = g_convert (data + 2, len - 2, "UTF-8", from, NULL, out_len, &local_error);
      if (out == NULL)
        {
          g_set_error (error, CR_ENCODING_ERROR, CR_ENCODING_ERROR_INVALID,
                       _("The file starts as UTF-16 text but is not valid UTF-16: %s"),
                       local_error->message);
          return NULL;
        }
      if (memchr (out, '\0', *out_len) != NULL)
        {
          g_free (out);
          g_set_error_literal (error, CR_ENCODING_ERROR, CR_ENCODING_ERROR_BINARY,
                               _("The file contains NUL characters: it is not a text document."));
          return NULL;
        }
      if (flags != NULL)
        *flags = CR_ENCODING_FLAG_BOM;
      if (charset != NULL)
        *charset = g_strdup (from);
      return out;
    }

  if (memchr (data, '\0', len) != NULL)
    {
      g_set_error_literal (error, CR_ENCODING_ERROR, CR_ENCODING_ERROR_BINARY,
                           _("The file contains NUL bytes and is not UTF-16: it looks like a binary file, not a text document."));
      return NULL;
    }

  if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    {
      data += 3;
      len -= 3;
      f |= CR_ENCODING_FLAG_BOM;
      if (len == 0)
        {
          g_set_error_literal (error, CR_ENCODING_ERROR, CR_ENCODING_ERROR_EMPTY,
                               _("The file is empty."));
          return NULL;
        }
    }

  if (!(f & CR_ENCODING_FLAG_BOM))
    declared = cr_encoding_sniff_declared (data, len);

  if (declared != NULL && !is_utf8_alias (declared) && !is_1252_alias (declared))
    {
      g_autoptr(GError) local_error = NULL;

      out = g_convert (data, len, "UTF-8", declared, NULL, out_len, &local_error);
      if (out == NULL)
        {
          if (g_error_matches (local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
            g_set_error (error, CR_ENCODING_ERROR, CR_ENCODING_ERROR_UNKNOWN_CHARSET,
                         _("The file declares the character encoding “%s”, which is not known."),
                         declared);
          else
            g_set_error (error, CR_ENCODING_ERROR, CR_ENCODING_ERROR_INVALID,
                         _("The file is not valid in its declared encoding “%s”: %s"),
                         declared, local_error->message);
          return NULL;
        }
      if (flags != NULL)
        *flags = f | CR_ENCODING_FLAG_DECLARED;
      if (charset != NULL)
        *charset = g_steal_pointer (&declared);
      return out;
    }

  if (g_utf8_validate_len (data, len, NULL))
    {
      out = g_strndup (data, len);
      *out_len = len;
      if (flags != NULL)
        *flags = f;
      if (charset != NULL)
        *charset = g_strdup ("utf-8");
      return out;
    }

  /* Either declared as Latin-1/1252 (obeyed, no warning) or not valid
   * UTF-8 without a declaration (a guess, so the caller warns). */
  out = decode_1252 ((const guchar *) data, len, out_len);
  if (declared != NULL && is_1252_alias (declared))
    f |= CR_ENCODING_FLAG_DECLARED;
  else
    f |= CR_ENCODING_FLAG_FALLBACK_1252;
  if (flags != NULL)
    *flags = f;
  if (charset != NULL)
    *charset = g_strdup ("windows-1252");
  return out;
}
