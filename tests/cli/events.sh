#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# cronista-cli events, entities, event edits, undo and redo, reextract.
set -u
cli=${CRONISTA_CLI:?}
data=${CRONISTA_SOURCE_DIR:?}/tests/data/events
fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT; cd "$tmp"
check () { # description, command...
  desc=$1; shift
  if "$@"; then echo "ok - $desc"; else echo "not ok - $desc"; fail=1; fi
}
db="$tmp/lib.db"

"$cli" --db "$db" import "$data/cumbre-es.txt" "$data/summit-en.txt" "$data/otra-cumbre-es.txt" > /dev/null 2>&1
check "import of the event fixtures succeeds" test $? -eq 0

"$cli" --db "$db" events --kind meeting > meetings.tsv
check "two meetings on the same day with different participants stay apart" \
  test "$(wc -l < meetings.tsv)" -eq 2
# The Chile–Peru meeting is reported in Spanish (article 1) and English (2).
check "the Spanish and English reports are one event" \
  grep -q "	2025-03-12	2025-03-12	2025-03-12	day	meeting	.*	1,2	" meetings.tsv
check "TSV has 11 columns" awk -F'\t' 'NF != 11 { exit 1 }' meetings.tsv

"$cli" --db "$db" --format json events --from 2025-03 --to 2025-03 > events.json
check "JSON output parses" python3 -c 'import json,sys; d=json.load(open("events.json")); sys.exit(0 if d and all("mentions" in e and "first_day" in e for e in d) else 1)'
check "--from/--to select the overlapping events" \
  python3 -c 'import json,sys; d=json.load(open("events.json")); sys.exit(0 if all(e["first_day"] <= "2025-03-31" and e["last_day"] >= "2025-03-01" for e in d) and len(d) >= 2 else 1)'

"$cli" --db "$db" events --entity "Perú" > peru.tsv
"$cli" --db "$db" events --entity "Peru" > peru-en.tsv
check "--entity takes a name in either language" cmp -s peru.tsv peru-en.tsv
check "--entity filters" test "$(wc -l < peru.tsv)" -ge 1

"$cli" --db "$db" entities > entities.tsv
check "entities lists the gazetteer ids" grep -q "^country:pe	country	" entities.tsv

id=$(awk -F'\t' '$7 ~ /Chile/ { print $1; exit }' meetings.tsv)
out=$("$cli" --db "$db" event rename "$id" "Acuerdo del agua")
check "event rename prints a stable status word" test "$out" = "renamed	$id"
check "the new title is listed" sh -c "\"$cli\" --db \"$db\" events --kind meeting | grep -q 'Acuerdo del agua'"

"$cli" --db "$db" reextract > /dev/null 2>&1
check "the title survives re-extraction" sh -c "\"$cli\" --db \"$db\" events --kind meeting | grep -q 'Acuerdo del agua'"

out=$("$cli" --db "$db" undo)
check "undo says what it undid" test "$out" = "undone	rename"
check "undo restores the extracted title" sh -c "! \"$cli\" --db \"$db\" events | grep -q 'Acuerdo del agua'"
out=$("$cli" --db "$db" redo)
check "redo says what it redid" test "$out" = "redone	rename"

"$cli" --db "$db" undo > /dev/null
"$cli" --db "$db" undo > /dev/null 2> err.txt
check "undo with nothing left exits 3" test $? -eq 3
check "… and explains it on stderr" test -s err.txt

"$cli" --db "$db" event redate "$id" "marzo" > /dev/null 2> err.txt
check "a bad date is refused with exit 1" test $? -eq 1
check "… naming the value" grep -q "marzo" err.txt

"$cli" --db "$db" event frobnicate 1 > /dev/null 2>&1
check "an unknown event command exits 2" test $? -eq 2

# Correcting an article's language: the Spanish report read as English
# finds no Spanish weekday, so its meeting loses that date's mention.
out=$("$cli" --db "$db" article lang 1 en)
check "article lang prints a stable status word" test "$out" = "corrected	1"
check "the article's language is corrected" sh -c "\"$cli\" --db \"$db\" list | grep -q '^1	2025-03-12	en	'"
"$cli" --db "$db" undo > /dev/null
check "undo restores the language" sh -c "\"$cli\" --db \"$db\" list | grep -q '^1	2025-03-12	es	'"
"$cli" --db "$db" article lang 1 fr > /dev/null 2>&1
check "an unknown language exits 2" test $? -eq 2

# Removing an article, and undoing it.
n_before=$("$cli" --db "$db" list | wc -l)
out=$("$cli" --db "$db" article remove 1)
check "article remove prints a stable status word" test "$out" = "removed	1"
check "the article is gone" sh -c "! \"$cli\" --db \"$db\" list | grep -q '^1	'"
out=$("$cli" --db "$db" undo)
check "undo says it brought the article back" test "$out" = "undone	remove-article"
check "the article is back" test "$("$cli" --db "$db" list | wc -l)" -eq "$n_before"
"$cli" --db "$db" article remove 999 > /dev/null 2> err.txt
check "removing a missing article exits 1" test $? -eq 1

exit $fail
