/* cr-language.h: guess whether a text is Spanish or English
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-types.h"

G_BEGIN_DECLS

/* Guesses the language of a UTF-8 @text (@len bytes, or -1 if
 * nul-terminated) from its frequent function words and from letters and
 * punctuation only Spanish uses. Returns CR_LANGUAGE_AUTO when there is
 * no evidence either way (an empty text, a list of numbers). Only the
 * first 64 KiB are read. */
CrLanguage cr_language_detect (const char *text,
                               gssize      len);

G_END_DECLS
