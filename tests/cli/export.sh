#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# cronista-cli export draws the library's timeline as PNG, SVG and PDF.
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

out=$("$cli" --db "$db" export --format png --output t.png --width 1200 --height 700 --scale 2 --today 2025-03-20)
check "png export reports its file and event count" sh -c "echo '$out' | grep -q '^exported	t.png	[1-9]'"
check "the PNG has the scaled size" test "$(identify -format '%wx%h' t.png)" = "2400x1400"
# A drawn timeline has the palette's colours, not just a background.
check "the PNG is a drawing, not an empty page" test "$(convert t.png -format '%k' info:)" -gt 20

"$cli" --db "$db" export --output t.svg --lanes entity --lang en > /dev/null
check "svg export (format from the extension) renders with rsvg-convert" rsvg-convert -o svg.png t.svg
check "the SVG is a drawing too" test "$(convert svg.png -format '%k' info:)" -gt 20

"$cli" --db "$db" export --output t.pdf --lanes article --lang es --title "Cumbres de marzo" > /dev/null
check "the PDF has one page" sh -c "pdfinfo t.pdf | grep -q '^Pages: *1$'"
pdftotext t.pdf t.txt
check "the PDF has the title" grep -q "Cumbres de marzo" t.txt
check "the PDF names the months in Spanish" grep -q "marzo" t.txt

"$cli" --db "$db" export --format gif --output t.gif > /dev/null 2> err.txt
check "an unknown format exits 2" test $? -eq 2
check "… and is explained" grep -q "gif" err.txt
"$cli" --db "$tmp/none.db" export --output n.png > /dev/null 2>&1
check "exporting a missing library fails" test $? -eq 1

exit $fail
