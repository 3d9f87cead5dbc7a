/* fuzz-import-feed.c: libFuzzer harness for the importers (RSS and Atom feeds)
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds arbitrary bytes, named as a .xml file, through decoding, sniffing
 * and parsing (cr_importer_parse_data()), and checks what the store relies
 * on: either an error with a message, or finished articles whose text is
 * valid UTF-8, whose content hash is set and whose date, when there is one,
 * is a valid day range. Any violation aborts.
 */

#define G_LOG_DOMAIN "fuzz-import-feed"

#include "config.h"

#include "fuzz-import-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_import_check ("/fuzz/input.xml", data, size);
  return 0;
}
