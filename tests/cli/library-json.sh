#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A library exported as JSON imports into an empty library with the same
# articles, events and edits (undo history included).
set -u
cli=${CRONISTA_CLI:?}
data=${CRONISTA_SOURCE_DIR:?}/tests/data/events
fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT; cd "$tmp"
check () { # description, command...
  desc=$1; shift
  if "$@"; then echo "ok - $desc"; else echo "not ok - $desc"; fail=1; fi
}
a="$tmp/a.db"; b="$tmp/b.db"
"$cli" --db "$a" import "$data/cumbre-es.txt" "$data/summit-en.txt" "$data/otra-cumbre-es.txt" > /dev/null 2>&1
meeting=$("$cli" --db "$a" events --kind meeting | awk -F'\t' '$7 ~ /Chile/ { print $1; exit }')
other=$("$cli" --db "$a" events --kind other | awk -F'\t' '{ print $1; exit }')
"$cli" --db "$a" event rename "$meeting" "Cumbre del agua" > /dev/null
"$cli" --db "$a" event hide "$other" > /dev/null
"$cli" --db "$a" event add 2023-08 other "Sequía en la frontera" > /dev/null
"$cli" --db "$a" article date 3 2025-03-19 > /dev/null
"$cli" --db "$a" undo > /dev/null      # the date correction: undone, kept for redo

out=$("$cli" --db "$a" export --output lib.json)
check "export --format json (from the extension) reports the articles" test "$out" = "exported	lib.json	3"
check "the file says what it is" python3 -c 'import json,sys; d=json.load(open("lib.json")); sys.exit(0 if d["format"]=="cronista-library" and d["version"]==1 and len(d["articles"])==3 and len(d["edits"])==4 and d["edits"][3]["undone"] else 1)'

"$cli" --db "$b" import lib.json > out.txt 2> err.txt
check "import reads the library file" grep -q "^imported	.*/lib.json" out.txt
"$cli" --db "$a" list > a-list.txt; "$cli" --db "$b" list > b-list.txt
check "same articles" cmp -s a-list.txt b-list.txt
"$cli" --db "$a" events | cut -f2- > a-events.txt; "$cli" --db "$b" events | cut -f2- > b-events.txt
check "same events, edits applied" cmp -s a-events.txt b-events.txt
check "the renamed title came along" grep -q "Cumbre del agua" b-events.txt
check "the manual event came along" grep -q "Sequía en la frontera" b-events.txt
check "the hidden event stays hidden" test "$(wc -l < b-events.txt)" -eq "$(wc -l < a-events.txt)"

out=$("$cli" --db "$b" redo)
check "the undone edit can be redone in the new library" test "$out" = "redone	article-date"
out=$("$cli" --db "$b" undo)
out=$("$cli" --db "$b" undo)
check "and the manual event undone" test "$out" = "undone	add"
check "… which removes it" sh -c "! \"$cli\" --db \"$b\" events | grep -q 'Sequía en la frontera'"

# A damaged or newer library file is refused and changes nothing.
python3 -c 'import json; d=json.load(open("lib.json")); d["version"]=99; json.dump(d, open("new.json","w"))'
"$cli" --db "$tmp/c.db" import new.json > out.txt 2> err.txt
check "a newer format is refused" grep -q "^failed	.*/new.json" out.txt
check "… with an explanation" grep -q "new.json" err.txt
printf '{"format": "cronista-library", "version": 1, "articles": [{"title": 1}]}' > bad.json
"$cli" --db "$tmp/c.db" import bad.json > out.txt 2>&1
check "a damaged library file fails" grep -q "^failed	.*/bad.json" out.txt
check "… and imports nothing" test "$("$cli" --db "$tmp/c.db" list | wc -l)" -eq 0

exit $fail
