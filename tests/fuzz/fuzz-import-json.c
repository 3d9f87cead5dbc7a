/* fuzz-import-json.c: libFuzzer harness for the importers (JSON and NDJSON)
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds arbitrary bytes, named as a .json file, through decoding, sniffing
 * and parsing (cr_importer_parse_data()), and checks what the store relies
 * on: either an error with a message, or finished articles whose text is
 * valid UTF-8, whose content hash is set and whose date, when there is one,
 * is a valid day range. Any violation aborts.
 */

#define G_LOG_DOMAIN "fuzz-import-json"

#include "config.h"

#include "fuzz-import-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_import_check ("/fuzz/input.json", data, size);
  return 0;
}
