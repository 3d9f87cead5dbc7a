/* cr-encoding.h: turn the bytes of a saved file into UTF-8 text
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CR_ENCODING_ERROR (cr_encoding_error_quark ())

typedef enum {
  CR_ENCODING_ERROR_EMPTY,
  CR_ENCODING_ERROR_BINARY,
  CR_ENCODING_ERROR_UNKNOWN_CHARSET,
  CR_ENCODING_ERROR_INVALID,
} CrEncodingError;

typedef enum {
  CR_ENCODING_FLAG_NONE          = 0,
  CR_ENCODING_FLAG_BOM           = 1 << 0, /* a byte order mark was found */
  CR_ENCODING_FLAG_DECLARED      = 1 << 1, /* an HTML/XML charset was obeyed */
  CR_ENCODING_FLAG_FALLBACK_1252 = 1 << 2, /* not UTF-8: read as Windows-1252 */
} CrEncodingFlags;

GQuark  cr_encoding_error_quark   (void);

/* Finds a charset declared in the first KiB of @data: an XML declaration's
 * encoding="…" or an HTML <meta charset> / http-equiv content type.
 * Returns a newly allocated, lower-cased name or NULL. */
char   *cr_encoding_sniff_declared (const char *data,
                                    gsize       len);

/* Decodes @data: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, the
 * charset the document declares, and otherwise Windows-1252 when the bytes
 * are not valid UTF-8 (flagged, so the caller can warn). Refuses an empty
 * input, bytes with NUL that are not UTF-16 (a binary file), and a declared
 * charset this system cannot convert. Returns nul-terminated NFC-agnostic
 * UTF-8 without BOM, its length in @out_len. */
char   *cr_encoding_to_utf8       (const char      *data,
                                   gsize            len,
                                   gsize           *out_len,
                                   CrEncodingFlags *flags,
                                   char           **charset,
                                   GError         **error);

G_END_DECLS
