/* cr-entity.h: people, places and organisations named in a text
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-tokens.h"

G_BEGIN_DECLS

typedef enum {
  CR_ENTITY_UNKNOWN = 0,     /* a capitalised name not in the gazetteer */
  CR_ENTITY_PERSON,
  CR_ENTITY_COUNTRY,
  CR_ENTITY_CITY,
  CR_ENTITY_REGION,
  CR_ENTITY_ORGANIZATION,
} CrEntityType;

/* An entry of the bilingual gazetteer (data/core/gazetteer/). */
typedef struct {
  const char   *id;          /* canonical: "country:kp", "person:kim-jong-un" */
  CrEntityType  type;
  const char   *name_es;
  const char   *name_en;
  const char   *stands_for;  /* a capital's country ("Moscú" → "country:ru"), a
                              * leader's ("Putin" → "country:ru"), or NULL */
} CrEntity;

/* One name found in a text. */
typedef struct {
  gsize           start_byte;
  gsize           end_byte;
  gsize           start_char;
  gsize           end_char;
  const CrEntity *entity;      /* NULL for a name not in the gazetteer */
  char           *id;          /* entity->id, or "name:" + the folded name */
  char           *name;        /* the name as canonical (gazetteer) or as written */
  CrEntityType    type;
  gboolean        is_demonym;  /* "norcoreano": points at a country */
} CrEntityMatch;

const char     *cr_entity_type_to_string  (CrEntityType  type);
const CrEntity *cr_gazetteer_lookup       (const char   *id);
/* The entity's name in @language ("es" or "en"). */
const char     *cr_entity_get_name        (const CrEntity *entity,
                                           const char     *language);

/* Finds the names in one sentence of UTF-8 @text: gazetteer names and
 * their variants (ignoring case, accents and hyphens; acronyms only in
 * capitals), demonyms, and other capitalised sequences ("Corea del
 * Norte", "Banco de España") — but not a lone capitalised word at the
 * start of the sentence, nor months, weekdays and clause openers.
 * Returns a GArray of CrEntityMatch (freed with the array). */
GArray         *cr_entities_find          (const char   *text,
                                           gssize        len);

/* Same, over the tokens of @text already split. */
GArray         *cr_entities_find_in_tokens (const char  *text,
                                            CrTokenList *tokens);

G_END_DECLS
