#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# cronista-cli import/list/show/search/repair as analysts script them.
set -u
cli=${CRONISTA_CLI:?}
src=${CRONISTA_SOURCE_DIR:?}/tests/data/import
fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT; cd "$tmp"
check () { # description, command...
  desc=$1; shift
  if "$@"; then echo "ok - $desc"; else echo "not ok - $desc"; fail=1; fi
}
tab=$(printf '\t')
db=$tmp/lib/library.db

"$cli" --db "$db" import "$src/es-desk.txt" > out 2> err
rc=$?
check "importing one article exits 0" test $rc -eq 0
check "it reports imported with the path and id" \
  grep -qx "imported${tab}$src/es-desk.txt${tab}1" out
check "the summary goes to stderr" grep -q "1 new article" err

"$cli" --db "$db" list > list.out
check "list shows id, date, language, title, source" \
  grep -qx "1${tab}2024-06-19${tab}es${tab}«Un acuerdo para las próximas décadas»: Rusia y Corea del Norte firman un tratado de asociación en Pyongyang${tab}$src/es-desk.txt" list.out

"$cli" --db "$db" show 1 > show.out
check "show gives the place" grep -qx "place${tab}Pyongyang, Corea del Norte" show.out
check "show gives the author" grep -qx "author${tab}Redacción" show.out
check "show keeps the standfirst apart" grep -q "^standfirst${tab}El pacto, rubricado" show.out
check "the body does not start with the standfirst" sh -c "! grep -q '^body${tab}El pacto' show.out"
check "show lists date mentions with offsets" grep -q "^mention${tab}body${tab}[0-9]*${tab}[0-9]*${tab}" show.out

"$cli" --db "$db" --format json show 1 > show.json
check "show --format json is JSON with mentions" grep -q '"mentions"' show.json
check "show --format json has the date" grep -q '"date" : "2024-06-19"' show.json

"$cli" --db "$db" import "$src/es-desk.txt" > out 2> err
rc=$?
check "re-importing exits 0" test $rc -eq 0
check "re-importing reports duplicate" grep -qx "duplicate${tab}$src/es-desk.txt${tab}1" out
check "re-importing says it is already in the library" grep -q "already in the library" err
check "re-importing adds nothing" test "$(wc -l < list.out)" -eq "$("$cli" --db "$db" list | wc -l)"

# A folder with good, unsupported and broken files.
"$cli" --db "$db" import "$src" > out 2> err
rc=$?
check "a folder with broken files exits 1" test $rc -eq 1
check "the broken XML is reported failed" grep -qx "failed${tab}$src/malformed.xml${tab}malformed" out
check "the empty file is reported failed" grep -qx "failed${tab}$src/empty.txt${tab}empty" out
check "the unknown encoding is reported failed" grep -qx "failed${tab}$src/unknown-charset.html${tab}encoding" out
check "the CSV is skipped, not fatal" grep -qx "skipped${tab}$src/notes.csv${tab}unsupported" out
check "stderr names the broken file and the problem" grep -q "malformed.xml: not imported: .*XML" err
check "the other files are still imported" grep -q "^imported${tab}$src/feed-atom.atom${tab}" out
check "one line per file" test "$(wc -l < out)" -eq 19
check "18 articles in the library" test "$("$cli" --db "$db" list | wc -l)" -eq 18

"$cli" --db "$db" --format json list > list.json
check "list --format json" grep -q '"title" : "Telescope spots the faintest galaxy yet"' list.json

"$cli" --db "$db" search pekin > search.out
check "search ignores accents and case" grep -q "\[Pekín\]" search.out
check "search finds the Markdown article" grep -q "Kim y Putin se reúnen tras el desfile de Pekín" search.out
"$cli" --db "$db" search --format json telescope > search.json
check "search --format json has a snippet" grep -q '"snippet"' search.json
"$cli" --db "$db" search 'AND "(' > /dev/null 2> err
check "search with FTS syntax in it does not fail" test $? -eq 0

"$cli" --db "$db" show 999 > /dev/null 2> err
check "show of a missing id exits 1" test $? -eq 1
check "show of a missing id explains" grep -q "999" err

# Damaged library: refused, untouched, then moved aside by repair.
printf 'this is not a database %.0s' $(seq 1 300) > bad.db
cp bad.db bad.copy
"$cli" --db bad.db list > /dev/null 2> err
check "a damaged library is refused" test $? -eq 1
check "the refusal says it is damaged" grep -q "damaged" err
check "the damaged file is untouched" cmp -s bad.db bad.copy
"$cli" --db bad.db import "$src/en-desk.txt" > /dev/null 2> err
check "import into a damaged library is refused" test $? -eq 1
check "the damaged file is still untouched" cmp -s bad.db bad.copy
"$cli" --db bad.db repair > out 2> err
check "repair exits 0" test $? -eq 0
check "repair reports where the file went" grep -q "^repaired${tab}bad.db${tab}bad.db.damaged-" out
moved=$(ls bad.db.damaged-* 2>/dev/null | head -n 1)
check "the damaged file is kept, not deleted" cmp -s "$moved" bad.copy
"$cli" --db bad.db import "$src/en-desk.txt" > out 2> err
check "the new library works" grep -q "^imported" out
"$cli" --db bad.db repair > out 2> err
check "repair of a healthy library changes nothing" grep -q "^ok${tab}bad.db" out

# A changed version of the same file is an update of the same article.
cp "$src/en-desk.txt" story.txt
"$cli" --db upd.db import story.txt > out 2> /dev/null
id=$(cut -f3 out)
printf 'Officials said the parade would be repeated on 1 October 2025.\n' >> story.txt
"$cli" --db upd.db import story.txt > out 2> err
check "re-importing a changed file reports updated with the same id" \
  grep -qx "updated${tab}$tmp/story.txt${tab}$id" out
check "an update adds no article" test "$("$cli" --db upd.db list | wc -l)" -eq 1
check "the update is stored" sh -c "\"$cli\" --db upd.db show $id | grep -q 'repeated on 1 October 2025'"
check "the update re-extracts the mentions" sh -c "\"$cli\" --db upd.db show $id | grep -q '^mention.*2025-10-01'"

# --lang overrides detection.
"$cli" --db lang.db import --lang en "$src/es-desk.txt" > /dev/null 2>&1
check "--lang overrides the detected language" \
  sh -c "\"$cli\" --db lang.db list | cut -f3 | grep -qx en"

CRONISTA_DB=$tmp/env.db "$cli" import "$src/one.json" > /dev/null 2>&1
check "CRONISTA_DB chooses the library" test -f "$tmp/env.db"

exit $fail
