#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# cronista-cli export --format handout: a title page and a section per
# event, every title in the text, page numbers, the pages it says.
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
"$cli" --db "$db" events --lang es | cut -f7 > titles.txt
n=$(wc -l < titles.txt)

out=$("$cli" --db "$db" export --format handout --output h.pdf --title "Dossier del agua" --lang es)
pages=$(echo "$out" | cut -f4)
check "the handout reports its events" test "$(echo "$out" | cut -f3)" = "$n"
check "pdfinfo counts the pages it reported" sh -c "pdfinfo h.pdf | grep -q '^Pages: *$pages\$'"
check "a title page and at least one page of events" test "$pages" -ge 2
pdftotext h.pdf - | tr -s ' \n' '  ' > text.txt
check "the title page has the title" grep -q "Dossier del agua" text.txt
check "every event title is in the text" sh -c 'while read -r t; do grep -qF "$t" text.txt || exit 1; done < titles.txt'
check "pages are numbered" grep -q "Página $pages de $pages" text.txt
check "the dates are written in Spanish" grep -q "12 de marzo de 2025" text.txt

exit $fail
