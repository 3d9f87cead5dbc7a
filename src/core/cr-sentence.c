/* cr-sentence.c: split news text into sentences
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cr-sentence"

#include "config.h"

#include <string.h>

#include "cr-lexicon.h"
#include "cr-sentence.h"

/* Values of the abbreviation table. */
enum {
  ABBREV_ALWAYS = 1,
  ABBREV_BEFORE_NUMBER = 2,
};

#define MAX_ABBREV_BYTES 24

static GHashTable *
get_abbreviations (void)
{
  static gsize initialized;
  static GHashTable *table;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GPtrArray) lines = cr_lexicon_load_lines ("lexicon/abbreviations.txt");

      table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < lines->len; i++)
        {
          const char *line = g_ptr_array_index (lines, i);
          gsize n = strlen (line);

          if (n > 2 && g_str_has_suffix (line, " #"))
            g_hash_table_insert (table, g_strndup (line, n - 2),
                                 GINT_TO_POINTER (ABBREV_BEFORE_NUMBER));
          else
            g_hash_table_insert (table, g_strdup (line), GINT_TO_POINTER (ABBREV_ALWAYS));
        }
      g_once_init_leave (&initialized, 1);
    }

  return table;
}

/* A cursor over possibly invalid UTF-8: one code point per valid
 * sequence, one per invalid byte. */
typedef struct {
  const char *text;
  gsize len;
} Text;

/* char_at() past the ASCII fast path, out of line. */
static gunichar
char_at_slow (const Text *t,
              gsize       pos,
              gsize      *next)
{
  gunichar c;

  if (pos >= t->len)
    {
      *next = t->len;
      return 0;
    }
  c = g_utf8_get_char_validated (t->text + pos, t->len - pos);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *next = pos + 1;
      return 0xFFFD;
    }
  *next = pos + g_unichar_to_utf8 (c, NULL);
  return c;
}

/* Inlined: the splitter reads every character of every text through it. */
static inline gunichar
char_at (const Text *t,
         gsize       pos,
         gsize      *next)
{
  /* Most of the text is ASCII (a nul byte is not valid: the slow way). */
  if (pos < t->len && (guchar) t->text[pos] - 1u < 0x7Fu)
    {
      *next = pos + 1;
      return (guchar) t->text[pos];
    }
  return char_at_slow (t, pos, next);
}

static gboolean
is_terminal (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026 /* … */;
}

static gboolean
is_closing (gunichar c)
{
  return c == 0xBB /* » */ || c == 0x201D /* ” */ || c == 0x2019 /* ’ */ ||
         c == '"' || c == '\'' || c == ')' || c == ']';
}

static gboolean
is_opening (gunichar c)
{
  return c == 0xAB /* « */ || c == 0x201C /* “ */ || c == 0x2018 /* ‘ */ ||
         c == '"' || c == '\'' || c == '(' || c == '[' ||
         c == 0xBF /* ¿ */ || c == 0xA1 /* ¡ */ ||
         c == 0x2014 /* — */ || c == 0x2013 /* – */ || c == '-';
}

/* Is the word that ends just before the full stop at @dot an
 * abbreviation or an initial? @number_follows tells whether the next word
 * is a number ("No. 5"). */
static gboolean
ends_with_abbreviation (const Text *t,
                        gsize       dot,
                        gboolean    number_follows)
{
  char word[MAX_ABBREV_BYTES + 1];
  gsize start = dot;
  gsize n_letters = 0;
  gsize last_segment = 0;   /* letters after the last inner dot */
  gboolean inner_dot = FALSE;
  gpointer kind;
  g_autofree char *folded = NULL;

  /* Walk back over letters (and inner dots, for "p.ej") to the word start. */
  while (start > 0)
    {
      const char *prev = g_utf8_find_prev_char (t->text, t->text + start);
      gunichar c;

      if (prev == NULL)
        break;
      c = g_utf8_get_char_validated (prev, t->text + start - prev);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (g_unichar_isalpha (c))
        {
          n_letters++;
          if (!inner_dot)
            last_segment++;
        }
      else if (c == '.' || c == 0xBA /* º */)
        inner_dot = TRUE;
      else
        break;
      start = prev - t->text;
    }

  if (n_letters == 0)
    return FALSE;

  /* A single letter is an initial: "J. R. R. Tolkien", "U.S.", "p. ej.". */
  if (last_segment == 1)
    return TRUE;

  if (dot - start > MAX_ABBREV_BYTES)
    return FALSE;

  memcpy (word, t->text + start, dot - start);
  word[dot - start] = '\0';
  folded = g_utf8_strdown (word, -1);

  if (!g_hash_table_lookup_extended (get_abbreviations (), folded, NULL, &kind))
    return FALSE;
  return GPOINTER_TO_INT (kind) == ABBREV_ALWAYS || number_follows;
}

static void
push_sentence (GArray     *sentences,
               const Text *t,
               gsize       start,
               gsize       end,
               gsize       start_char,
               gsize       end_char)
{
  CrSentence s;

  /* Trim white space on both sides, keeping the code point counts right. */
  while (start < end && g_ascii_isspace (t->text[start]))
    {
      start++;
      start_char++;
    }
  while (end > start && g_ascii_isspace (t->text[end - 1]))
    {
      end--;
      end_char--;
    }
  if (start == end)
    return;

  s.start_byte = start;
  s.end_byte = end;
  s.start_char = start_char;
  s.end_char = end_char;
  g_array_append_val (sentences, s);
}

GArray *
cr_sentence_split (const char *text,
                   gssize      len)
{
  GArray *sentences;
  Text t;
  gsize pos = 0, chars = 0;
  gsize start = 0, start_char = 0;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  t.text = text;
  t.len = len < 0 ? strlen (text) : (gsize) len;
  sentences = g_array_new (FALSE, FALSE, sizeof (CrSentence));

  while (pos < t.len)
    {
      gsize next;
      gunichar c = char_at (&t, pos, &next);

      if (c == '\n' || c == 0x2029 /* paragraph separator */)
        {
          push_sentence (sentences, &t, start, pos, start_char, chars);
          start = next;
          start_char = chars + 1;
        }
      else if (is_terminal (c))
        {
          gsize end = next, end_chars = chars + 1;
          gsize after, look, look_next;
          gunichar n;

          /* "?!", "...", closing quotes and brackets stay with the sentence. */
          for (;;)
            {
              gunichar d = char_at (&t, end, &after);

              if (end >= t.len || !(is_terminal (d) || is_closing (d)))
                break;
              end = after;
              end_chars++;
            }

          /* The next non-blank character decides; a line break is handled
           * by the loop itself. */
          look = end;
          n = char_at (&t, look, &look_next);
          if (end < t.len && !(n == ' ' || n == '\t' || n == 0xA0))
            {
              /* "3.5", "80.º", "U.S.A": not an end. */
              pos = end;
              chars = end_chars;
              continue;
            }
          while (look < t.len && (n == ' ' || n == '\t' || n == 0xA0))
            {
              look = look_next;
              n = char_at (&t, look, &look_next);
            }

          if (look >= t.len || n == '\n' ||
              ((g_unichar_isupper (n) || g_unichar_isdigit (n) || is_opening (n)) &&
               !(c == '.' && ends_with_abbreviation (&t, pos, g_unichar_isdigit (n)))))
            {
              push_sentence (sentences, &t, start, end, start_char, end_chars);
              start = end;
              start_char = end_chars;
            }

          pos = end;
          chars = end_chars;
          continue;
        }

      pos = next;
      chars++;
    }

  push_sentence (sentences, &t, start, t.len, start_char, chars);

  return sentences;
}

guint32
cr_sentence_hash (const char *sentence,
                  gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar) sentence[i];
      h *= 16777619u;
    }
  return h;
}
