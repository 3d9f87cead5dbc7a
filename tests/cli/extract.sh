#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# cronista-cli extract: dates of a text as TSV or JSON, the dateline as the
# publication date, and clear errors for bad input.
set -u
cli=${CRONISTA_CLI:?}
src=${CRONISTA_SOURCE_DIR:?}
fixture=$src/tests/data/dates/article-es.txt
fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT; cd "$tmp"
check () { # description, command...
  desc=$1; shift
  if "$@"; then echo "ok - $desc"; else echo "not ok - $desc"; fail=1; fi
}
tab=$(printf '\t')

"$cli" extract "$fixture" > out.tsv 2> err.txt
check "extract exits 0 on an article" test $? -eq 0
check "the dateline is found at its code point offsets" \
  grep -qx "168${tab}187${tab}12 de marzo de 2025${tab}2025-03-12${tab}day${tab}${tab}absolute" out.tsv
check "\"este martes\" counts from the dateline" \
  grep -q "${tab}este martes${tab}2025-03-11${tab}day${tab}${tab}relative\$" out.tsv
check "\"año pasado\" is the year before" grep -q "${tab}año pasado${tab}2024${tab}year${tab}" out.tsv
check "\"octubre de 2023\" is a month" grep -q "${tab}octubre de 2023${tab}2023-10${tab}month${tab}" out.tsv
check "a mod is its own column" grep -q "${tab}finales de febrero${tab}2025-02${tab}month${tab}END${tab}underspecified\$" out.tsv
check "nothing is tagged in an ordinal anniversary" sh -c '! grep -q "aniversario\|50\.º" out.tsv'
check "nothing is tagged in the name of a war" sh -c '! grep -q "Guerra" out.tsv'
check "every line has seven columns" sh -c "awk -F'\t' 'NF != 7 { exit 1 }' out.tsv"
check "the lines are in text order" sh -c "cut -f1 out.tsv | sort -n -c"

"$cli" extract --dct 2025-03-20 "$fixture" > dct.tsv
check "--dct overrides the dateline" grep -q "${tab}este martes${tab}2025-03-18${tab}" dct.tsv

"$cli" extract --lang es - < "$fixture" > stdin.tsv
check "\"-\" reads standard input" cmp -s out.tsv stdin.tsv

"$cli" extract --format json "$fixture" > out.json
check "--format json gives the value" grep -q '"value" : "2025-03-11"' out.json
check "--format json gives the first day as ISO and as an integer" \
  sh -c 'grep -q "\"first\" : \"2025-03-11\"" out.json && grep -q "\"first_day\" : 20158" out.json'
"$cli" --format json extract "$fixture" > global.json
check "the global --format json works too" cmp -s out.json global.json

printf '3 de\tseptiembre de 2025\n' > tab.txt
"$cli" extract --lang es tab.txt > tab.tsv
check "a tab inside a span is written as \\t" grep -q '3 de\\tseptiembre de 2025' tab.tsv

printf 'El 3 de mayo \377 de 2025\n' > bad.txt
"$cli" extract bad.txt > bad.out 2> bad.err
check "invalid UTF-8 exits 1" test $? -eq 1
check "invalid UTF-8 names the file" grep -q "bad.txt" bad.err
check "invalid UTF-8 names the byte offset" grep -q "13" bad.err
check "invalid UTF-8 prints nothing on stdout" test ! -s bad.out

"$cli" extract --lang xx "$fixture" > /dev/null 2> lang.err
check "an unknown language exits 2" test $? -eq 2
"$cli" extract --dct 2025-13-01 "$fixture" > /dev/null 2> dct.err
check "an invalid --dct exits 2" test $? -eq 2
"$cli" extract no-such-file.txt > /dev/null 2> missing.err
check "a missing file exits 1" test $? -eq 1
check "a missing file is named" grep -q "no-such-file.txt" missing.err

exit $fail
