/* test-import.c: every importer, every refusal, the encodings and dates
 *
 * Copyright 2026 The Cronista authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cr-article.h"
#include "cr-encoding.h"
#include "cr-importer.h"

/* One fixture in tests/data/import and what its n-th article must be. */
typedef struct {
  const char *file;
  guint       n_articles;
  guint       index;
  const char *format;
  const char *title;
  const char *language;
  const char *date;          /* NULL: no date */
  CrDateSource date_source;
  const char *place;
  const char *author;
  const char *standfirst;    /* prefix, or NULL for none */
  const char *body_has;
  const char *body_lacks;    /* text that must not be in the body */
  const char *source_key_has;
} ImportRow;

static const ImportRow import_rows[] = {
  { "es-desk.txt", 1, 0, "text",
    "«Un acuerdo para las próximas décadas»: Rusia y Corea del Norte firman un tratado de asociación en Pyongyang",
    "es", "2024-06-19", CR_DATE_SOURCE_DATELINE, "Pyongyang, Corea del Norte", "Redacción",
    "El pacto, rubricado durante la visita", "El presidente ruso Vladimir Putin", "19 de junio de 2024",
    "es-desk.txt" },
  { "en-desk.txt", 1, 0, "text",
    "Beijing stages its largest military parade as Kim and Putin look on",
    "en", "2025-09-03", CR_DATE_SOURCE_DATELINE, "Beijing, China", "Staff Reporter",
    "Xi Jinping used the 80th anniversary", "Tens of thousands of troops", "By Staff Reporter",
    "en-desk.txt" },
  { "front-matter.md", 1, 0, "markdown",
    "Kim y Putin se reúnen tras el desfile de Pekín",
    "es", "2025-09-03", CR_DATE_SOURCE_METADATA, "Pekín", "Mesa de Asia",
    NULL, "Kim Jong-un y el presidente ruso Vladimir Putin conversaron", "**",
    "https://example.org/noticias/kim-putin-pekin" },
  { "page-jsonld.html", 1, 0, "html",
    "Seoul summons Russian envoy over Pyongyang treaty",
    "en", "2024-06-20", CR_DATE_SOURCE_METADATA, NULL, "Min-ji Park",
    "South Korea protested the mutual defence clause", "threatened regional security", "comment",
    "https://daily.example.com/world/seoul-treaty" },
  { "page-jsonld.html", 1, 0, "html",
    "Seoul summons Russian envoy over Pyongyang treaty",
    "en", "2024-06-20", CR_DATE_SOURCE_METADATA, NULL, "Min-ji Park",
    "South Korea protested", "review its policy on arms exports", "navigation menu", NULL },
  { "page-jsonld.html", 1, 0, "html",
    "Seoul summons Russian envoy over Pyongyang treaty",
    "en", "2024-06-20", CR_DATE_SOURCE_METADATA, NULL, "Min-ji Park",
    "South Korea protested", "summoned the Russian ambassador", "tracking", NULL },
  { "page-jsonld.html", 1, 0, "html",
    "Seoul summons Russian envoy over Pyongyang treaty",
    "en", "2024-06-20", CR_DATE_SOURCE_METADATA, NULL, "Min-ji Park",
    "South Korea protested", "summoned the Russian ambassador", "Related: our full coverage", NULL },
  { "page-jsonld.html", 1, 0, "html",
    "Seoul summons Russian envoy over Pyongyang treaty",
    "en", "2024-06-20", CR_DATE_SOURCE_METADATA, NULL, "Min-ji Park",
    "South Korea protested", "summoned the Russian ambassador", "editor's note", NULL },
  /* 23:30 at UTC-5 on the 3rd is the 4th in UTC: the day is the 3rd. */
  { "page-meta.html", 1, 0, "html",
    "Analistas dudan del alcance del apoyo norcoreano",
    "es", "2025-09-03", CR_DATE_SOURCE_METADATA, NULL, "Laura Gómez",
    NULL, "sobre todo un gesto político", "console.log", "page-meta.html" },
  { "page-dateline.html", 1, 0, "html",
    "Una feria del libro bate récords de público",
    "es", "2025-03-07", CR_DATE_SOURCE_DATELINE, NULL, NULL,
    NULL, "más de cien mil visitantes", "Viernes", NULL },
  /* <time datetime> dates it (in its own offset); a byline element. */
  { "page-time.html", 1, 0, "html",
    "Elections board confirms the count",
    "en", "2024-11-05", CR_DATE_SOURCE_METADATA, NULL, "Jordan Lee",
    NULL, "every ballot had been counted", "Example Post", NULL },
  /* Markdown without front matter: the first heading is the title. */
  { "heading-only.md", 1, 0, "markdown",
    "Nace en el zoológico una cría de panda rojo",
    "es", NULL, CR_DATE_SOURCE_NONE, NULL, NULL,
    NULL, "La cría, una hembra, nació el pasado 12 de mayo y pesa ya 400 gramos.\nLos cuidadores", "#",
    "heading-only.md" },
  { "feed-rss2.xml", 2, 0, "rss",
    "Corea del Norte envía una delegación a Moscú",
    "es", "2024-07-15", CR_DATE_SOURCE_FEED, NULL, "Agencia Ejemplo",
    "Resumen breve", "La visita durará tres días.", "<b>",
    "https://noticias.example.net/2024/07/delegacion" },
  /* Escaped HTML description, and the day in the item's own offset. */
  { "feed-rss2.xml", 2, 1, "rss",
    "Lluvias récord en el norte de España",
    "es", "2024-10-29", CR_DATE_SOURCE_FEED, NULL, NULL,
    NULL, "más de 200 litros", "&lt;p", "https://noticias.example.net/2024/10/lluvias" },
  { "feed-rss1.rdf", 1, 0, "rss",
    "Markets steady after parade",
    "en", "2025-09-04", CR_DATE_SOURCE_FEED, NULL, NULL,
    NULL, "Asian markets were little changed", NULL, "https://wire.example.org/markets-1" },
  { "feed-atom.atom", 2, 0, "atom",
    "Telescope spots the faintest galaxy yet",
    "en", "2025-05-01", CR_DATE_SOURCE_FEED, NULL, "Science Desk",
    "Astronomers report a record-breaking", "thirteen billion years", NULL,
    "urn:example:science:galaxy" },
  /* No <published>: <updated> dates it. */
  { "feed-atom.atom", 2, 1, "atom",
    "Rover finds layered rocks",
    "en", "2025-04-10", CR_DATE_SOURCE_FEED, NULL, NULL,
    NULL, "layered rocks near the crater rim", "<p>", "urn:example:science:rover" },
  { "articles.json", 2, 0, "json",
    "Wheat prices fall after record harvest",
    "en", "2024-08-12", CR_DATE_SOURCE_METADATA, NULL, "Ana Ruiz",
    NULL, "Wheat futures fell for a third day.\nTraders cited", NULL,
    "https://markets.example.com/wheat" },
  /* No URL or id: the key is the file and the item's position. */
  { "articles.json", 2, 1, "json",
    "La Liga presenta su nuevo calendario",
    "es", "2024-07-01", CR_DATE_SOURCE_METADATA, NULL, NULL,
    NULL, "El primer partido se jugará en agosto.", NULL, "articles.json#2" },
  /* Unix seconds, an author object, an id, no declared language. */
  { "one.json", 1, 0, "json",
    "Kim regresa a Pyongyang en tren blindado",
    "es", "2025-09-05", CR_DATE_SOURCE_METADATA, NULL, "Redacción Asia",
    NULL, "volvió a su país", NULL, "asia-kim-tren" },
  { "lines.ndjson", 2, 1, "json",
    "Segundo artículo sobre el presupuesto municipal",
    "es", "2025-01-20", CR_DATE_SOURCE_METADATA, NULL, NULL,
    NULL, "El pleno aprobó", NULL, "nd-2" },
};

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

static void
test_import_file (gconstpointer data)
{
  const ImportRow *row = data;
  g_autofree char *path = fixture_path (row->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autoptr(GPtrArray) articles = cr_importer_parse_file (path, &warning, &error);
  CrArticle *a;

  g_assert_no_error (error);
  g_assert_nonnull (articles);
  g_assert_null (warning);
  g_assert_cmpuint (articles->len, ==, row->n_articles);
  a = g_ptr_array_index (articles, row->index);

  g_assert_cmpstr (a->format, ==, row->format);
  g_assert_cmpstr (a->title, ==, row->title);
  g_assert_cmpstr (cr_language_to_string (a->language), ==, row->language);
  g_assert_cmpstr (a->date_value, ==, row->date);
  if (row->date)
    g_assert_cmpint (a->date_source, ==, row->date_source);
  g_assert_cmpstr (a->place, ==, row->place);
  g_assert_cmpstr (a->author, ==, row->author);
  if (row->standfirst)
    {
      g_assert_nonnull (a->standfirst);
      g_assert_true (g_str_has_prefix (a->standfirst, row->standfirst));
      /* The standfirst is kept apart from the body. */
      g_assert_null (strstr (a->body, row->standfirst));
    }
  else
    g_assert_null (a->standfirst);
  g_assert_nonnull (strstr (a->body, row->body_has));
  if (row->body_lacks)
    g_assert_null (strstr (a->body, row->body_lacks));
  /* The title is metadata, not the first line of the body. */
  g_assert_false (g_str_has_prefix (a->body, a->title));
  if (row->source_key_has)
    g_assert_nonnull (strstr (cr_article_get_source_key (a), row->source_key_has));
  g_assert_true (g_path_is_absolute (a->file_path));
  g_assert_cmpuint (strlen (a->content_hash), ==, 64);
}

/* Files that must be refused, and why. */
typedef struct {
  const char *name;
  const char *file;          /* a fixture, or NULL to use @data */
  const char *data;
  gsize       len;
  int         code;
} RefusalRow;

static const RefusalRow refusal_rows[] = {
  { "empty", "empty.txt", NULL, 0, CR_IMPORT_ERROR_EMPTY },
  { "malformed-xml", "malformed.xml", NULL, 0, CR_IMPORT_ERROR_MALFORMED },
  { "malformed-json", "bad.json", NULL, 0, CR_IMPORT_ERROR_MALFORMED },
  { "unknown-charset", "unknown-charset.html", NULL, 0, CR_IMPORT_ERROR_ENCODING },
  { "binary", NULL, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20, CR_IMPORT_ERROR_BINARY },
  { "bom-only", NULL, "\xef\xbb\xbf", 3, CR_IMPORT_ERROR_EMPTY },
  { "blank", NULL, "\n\n   \n", 0, CR_IMPORT_ERROR_NO_CONTENT },
  { "ndjson-bad-line", NULL, "{\"title\": \"a\", \"body\": \"b\"}\n{\"title\": \n", 0, CR_IMPORT_ERROR_MALFORMED },
  { "json-no-text", NULL, "[{\"date\": \"2024-01-01\"}]", 0, CR_IMPORT_ERROR_NO_CONTENT },
  { "feed-no-items", NULL, "<rss version=\"2.0\"><channel><title>x</title></channel></rss>", 0, CR_IMPORT_ERROR_NO_CONTENT },
  { "not-a-feed", NULL, "<?xml version=\"1.0\"?><catalog><book/></catalog>", 0, CR_IMPORT_ERROR_UNSUPPORTED },
  /* An external entity must never be fetched or expanded. */
  { "xxe", NULL, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
    "<rss><channel></channel></rss>", 0, CR_IMPORT_ERROR_NO_CONTENT },
};

static void
test_refusal (gconstpointer data)
{
  const RefusalRow *row = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;

  if (row->file)
    {
      g_autofree char *path = fixture_path (row->file);

      articles = cr_importer_parse_file (path, NULL, &error);
    }
  else
    {
      const char *name = g_str_has_prefix (row->name, "ndjson") ? "/tmp/x.ndjson"
                       : g_str_has_prefix (row->name, "json") ? "/tmp/x.json"
                       : g_str_has_prefix (row->name, "binary") ? "/tmp/x.png"
                       : "/tmp/x";
      articles = cr_importer_parse_data (name, row->data, row->len ? row->len : strlen (row->data),
                                         NULL, &error);
    }
  g_assert_error (error, CR_IMPORT_ERROR, row->code);
  g_assert_null (articles);
  /* The message is for people: not empty. */
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
test_refusal_oversize (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cronista-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  FILE *fp = fopen (path, "w");

  /* A sparse file: the size is what counts, and it must not be read. */
  g_assert_nonnull (fp);
  g_assert_cmpint (fseek (fp, CR_IMPORT_MAX_FILE_SIZE + 1, SEEK_SET), ==, 0);
  fputc ('x', fp);
  fclose (fp);

  articles = cr_importer_parse_file (path, NULL, &error);
  g_assert_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_TOO_LARGE);
  g_assert_null (articles);
  g_unlink (path);
  g_rmdir (dir);
}

/* The same Spanish article in several encodings reads the same. */
typedef struct {
  const char *name;
  const char *charset;       /* convert the UTF-8 text to this first */
  const char *prefix;        /* bytes before the text (a BOM) */
  gsize       prefix_len;
  const char *html_charset;  /* wrap in HTML declaring this */
  gboolean    warns;
  const char *xml_charset;   /* wrap in an RSS feed declaring this */
} EncodingRow;

static const EncodingRow encoding_rows[] = {
  { "utf8", NULL, NULL, 0, NULL, FALSE },
  { "utf8-bom", NULL, "\xef\xbb\xbf", 3, NULL, FALSE },
  { "utf16le-bom", "UTF-16LE", "\xff\xfe", 2, NULL, FALSE },
  { "utf16be-bom", "UTF-16BE", "\xfe\xff", 2, NULL, FALSE },
  { "cp1252-fallback", "WINDOWS-1252", NULL, 0, NULL, TRUE },
  { "latin1-declared", "ISO-8859-1", NULL, 0, "iso-8859-1", FALSE },
  { "latin9-declared", "ISO-8859-15", NULL, 0, "iso-8859-15", FALSE },
  { "feed-latin1-declared", "ISO-8859-1", NULL, 0, NULL, FALSE, "ISO-8859-1" },
  { "feed-utf16-bom", "UTF-16LE", "\xff\xfe", 2, NULL, FALSE, "UTF-16" },
};

static const char encoding_title[] = "Año récord: la economía crece “más de lo previsto”";

static void
test_encoding (gconstpointer data)
{
  const EncodingRow *row = data;
  g_autoptr(GString) utf8 = g_string_new (NULL);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *converted = NULL;
  const char *title = encoding_title;
  gsize converted_len;
  CrArticle *a;

  /* Latin-1 has no curly quotes or euro sign. */
  if (row->charset && (g_str_equal (row->charset, "ISO-8859-1") || g_str_equal (row->charset, "ISO-8859-15")))
    title = "Año récord: la economía crece más de lo previsto";

  if (row->xml_charset)
    g_string_append_printf (utf8, "<?xml version=\"1.0\" encoding=\"%s\"?>\n<rss version=\"2.0\"><channel>"
                            "<title>Canal</title><item><title>%s</title>"
                            "<description>El crecimiento sorprendió a los analistas del banco.</description>"
                            "</item></channel></rss>", row->xml_charset, title);
  else if (row->html_charset)
    g_string_append_printf (utf8, "<html><head><meta charset=\"%s\"><title>%s</title></head>"
                            "<body><p>El crecimiento sorprendió a los analistas del banco.</p></body></html>",
                            row->html_charset, title);
  else
    g_string_append_printf (utf8, "%s\nEl crecimiento sorprendió a los analistas del banco.\n", title);

  if (row->charset)
    {
      converted = g_convert (utf8->str, utf8->len, row->charset, "UTF-8", NULL, &converted_len, &error);
      g_assert_no_error (error);
    }
  else
    {
      converted = g_strdup (utf8->str);
      converted_len = utf8->len;
    }
  if (row->prefix)
    g_byte_array_append (bytes, (const guint8 *) row->prefix, row->prefix_len);
  g_byte_array_append (bytes, (const guint8 *) converted, converted_len);

  articles = cr_importer_parse_data (row->xml_charset ? "/tmp/feed.xml" : row->html_charset ? "/tmp/page.html" : "/tmp/note.txt",
                                     (const char *) bytes->data, bytes->len, &warning, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 1);
  a = g_ptr_array_index (articles, 0);
  g_assert_cmpstr (a->title, ==, title);
  g_assert_cmpstr (a->body, ==, "El crecimiento sorprendió a los analistas del banco.");
  if (row->warns)
    g_assert_nonnull (warning);
  else
    g_assert_null (warning);
}

static void
test_encoding_sniff (void)
{
  static const struct { const char *text; const char *charset; } rows[] = {
    { "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss/>", "iso-8859-1" },
    { "<?xml version='1.0' encoding='windows-1252'?>", "windows-1252" },
    { "<html><head><META CHARSET=UTF-8>", "utf-8" },
    { "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", "koi8-r" },
    { "plain text with the word charset in it", NULL },
    { "<?xml version=\"1.0\"?><a encoding=\"x\"/>", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *cs = cr_encoding_sniff_declared (rows[i].text, strlen (rows[i].text));
      g_assert_cmpstr (cs, ==, rows[i].charset);
    }
}

/* Metadata dates: the written day, in the timestamp's own offset. */
static const struct {
  const char *text;
  const char *value;
} date_rows[] = {
  { "2025-09-03", "2025-09-03" },
  { "2025-09-03T23:30-05:00", "2025-09-03" },
  { "2025-09-03T23:30:00-05:00", "2025-09-03" },
  { "2025-09-04T01:30:00+09:00", "2025-09-04" },
  { "2025-09-03T10:00:00Z", "2025-09-03" },
  { "2025-09-03 10:00", "2025-09-03" },
  { "2024-06", "2024-06" },
  { "2024", "2024" },
  { "Wed, 03 Sep 2025 23:30:00 -0500", "2025-09-03" },
  { "Tue, 29 Oct 2024 23:30:00 GMT", "2024-10-29" },
  { "3 de septiembre de 2025", "2025-09-03" },
  { "Miércoles, 3 de septiembre de 2025", "2025-09-03" },
  { "19 de junio del 2024", "2024-06-19" },
  { "September 3, 2025", "2025-09-03" },
  { "Sept. 3rd, 2025", "2025-09-03" },
  { "3 September 2025", "2025-09-03" },
  { "junio de 2024", "2024-06" },
  { "June 2024", "2024-06" },
  { "2025-02-30", NULL },
  { "31 de febrero de 2025", NULL },
  { "yesterday", NULL },
  { "", NULL },
  { "20250903", NULL },
};

static void
test_parse_date (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (date_rows); i++)
    {
      g_autofree char *value = cr_article_parse_date (date_rows[i].text);

      g_test_message ("%s", date_rows[i].text);
      g_assert_cmpstr (value, ==, date_rows[i].value);
    }
}

static const struct {
  const char *line;
  const char *value;
} dateline_rows[] = {
  { "3 de septiembre de 2025", "2025-09-03" },
  { "Viernes, 7 de marzo de 2025", "2025-03-07" },
  { "September 3, 2025", "2025-09-03" },
  { "2025-09-03", "2025-09-03" },
  /* A sentence that contains a date is not a dateline. */
  { "El 3 de septiembre de 2025 se celebró el desfile", NULL },
  { "Beijing, China", NULL },
  { "Redacción", NULL },
};

static void
test_parse_dateline (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (dateline_rows); i++)
    {
      g_autofree char *value = cr_article_parse_dateline (dateline_rows[i].line);

      g_test_message ("%s", dateline_rows[i].line);
      g_assert_cmpstr (value, ==, dateline_rows[i].value);
    }
}

static void
test_normalized_hash (void)
{
  g_autoptr(GError) error = NULL;
  const char *a = "Título\nPrimer párrafo.\nSegundo párrafo.\n";
  /* CRLF, trailing spaces, blank lines and decomposed accents. */
  const char *b = "Ti\xcc\x81tulo  \r\n\r\nPrimer   pa\xcc\x81rrafo.\r\n\r\nSegundo párrafo.   \r\n";
  g_autoptr(GPtrArray) pa = cr_importer_parse_data ("/tmp/a.txt", a, strlen (a), NULL, &error);
  g_autoptr(GPtrArray) pb = cr_importer_parse_data ("/tmp/b.txt", b, strlen (b), NULL, &error);
  CrArticle *x, *y;

  g_assert_no_error (error);
  x = g_ptr_array_index (pa, 0);
  y = g_ptr_array_index (pb, 0);
  g_assert_cmpstr (x->body, ==, "Primer párrafo.\nSegundo párrafo.");
  g_assert_cmpstr (x->body, ==, y->body);
  g_assert_cmpstr (x->content_hash, ==, y->content_hash);
}

static void
test_unsupported_sniff (void)
{
  g_autoptr(GError) error = NULL;
  const char *svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>";
  g_autoptr(GPtrArray) articles = cr_importer_parse_data ("/tmp/picture.svg", svg, strlen (svg), NULL, &error);

  g_assert_error (error, CR_IMPORT_ERROR, CR_IMPORT_ERROR_UNSUPPORTED);
  g_assert_null (articles);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (import_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/file/%u-%s", i, import_rows[i].file);
      g_test_add_data_func (path, &import_rows[i], test_import_file);
    }
  for (guint i = 0; i < G_N_ELEMENTS (refusal_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/refuse/%s", refusal_rows[i].name);
      g_test_add_data_func (path, &refusal_rows[i], test_refusal);
    }
  g_test_add_func ("/import/refuse/oversize", test_refusal_oversize);
  for (guint i = 0; i < G_N_ELEMENTS (encoding_rows); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/encoding/%s", encoding_rows[i].name);
      g_test_add_data_func (path, &encoding_rows[i], test_encoding);
    }
  g_test_add_func ("/import/encoding/sniff", test_encoding_sniff);
  g_test_add_func ("/import/date/metadata", test_parse_date);
  g_test_add_func ("/import/date/dateline", test_parse_dateline);
  g_test_add_func ("/import/hash/normalized", test_normalized_hash);
  g_test_add_func ("/import/unsupported", test_unsupported_sniff);

  return g_test_run ();
}
