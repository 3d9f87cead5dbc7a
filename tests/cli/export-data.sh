#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# cronista-cli export to CSV, iCalendar and TimelineJS JSON: each parses back.
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
# A title with a comma, a quote and a semicolon tests the escaping.
id=$("$cli" --db "$db" events --kind meeting | awk -F'\t' '$7 ~ /Chile/ { print $1; exit }')
"$cli" --db "$db" event rename "$id" 'Cumbre "del agua", Lima; 2025' > /dev/null
n=$("$cli" --db "$db" events | wc -l)

"$cli" --db "$db" export --output ev.csv > out.txt
check "csv export says how many events" grep -q "^exported	ev.csv	$n$" out.txt
check "the CSV parses back (RFC 4180) with a header and one row per event" python3 - "$n" <<'PY'
import csv, sys
rows = list(csv.reader(open("ev.csv", newline="", encoding="utf-8")))
header, body = rows[0], rows[1:]
ok = header[:7] == ["id", "value", "first_day", "last_day", "granularity", "kind", "title"]
ok = ok and len(body) == int(sys.argv[1]) and all(len(r) == len(header) for r in body)
ok = ok and any(r[6] == 'Cumbre "del agua", Lima; 2025' for r in body)
ok = ok and open("ev.csv", "rb").read().count(b"\r\n") >= len(rows)
sys.exit(0 if ok else 1)
PY

"$cli" --db "$db" export --output ev.ics --lang es > /dev/null
check "the iCalendar file is structurally valid" python3 - "$n" <<'PY'
import sys
raw = open("ev.ics", "rb").read()
lines = raw.split(b"\r\n")
ok = raw.endswith(b"\r\n") and all(len(l) <= 75 for l in lines)
text = raw.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")
ok = ok and text[0] == "BEGIN:VCALENDAR" and "END:VCALENDAR" in text and "VERSION:2.0" in text
events, cur = [], None
for l in text:
    if l == "BEGIN:VEVENT": cur = {}
    elif l == "END:VEVENT": events.append(cur); cur = None
    elif cur is not None and ":" in l:
        k, v = l.split(":", 1); cur[k] = v
ok = ok and len(events) == int(sys.argv[1])
for e in events:
    ok = ok and all(k in e for k in ("UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"))
    ok = ok and len(e["DTSTART;VALUE=DATE"]) == 8 and e["DTEND;VALUE=DATE"] > e["DTSTART;VALUE=DATE"]
ok = ok and len({e["UID"] for e in events}) == len(events)
ok = ok and any(e["SUMMARY"] == 'Cumbre "del agua"\\, Lima\\; 2025' for e in events)
# The meeting of 12 March 2025 is one all-day event ending (exclusive) on the 13th.
ok = ok and any(e["DTSTART;VALUE=DATE"] == "20250312" and e["DTEND;VALUE=DATE"] == "20250313" for e in events)
sys.exit(0 if ok else 1)
PY

"$cli" --db "$db" export --format timelinejs --output tl.json --title "Agua" > /dev/null
check "the TimelineJS JSON has the documented structure" python3 - "$n" <<'PY'
import json, sys
d = json.load(open("tl.json", encoding="utf-8"))
ok = d["title"]["text"]["headline"] == "Agua" and len(d["events"]) == int(sys.argv[1])
for e in d["events"]:
    sd = e["start_date"]
    ok = ok and isinstance(sd["year"], int) and set(sd) <= {"year", "month", "day"}
    ok = ok and isinstance(e["text"]["headline"], str) and e["text"]["headline"]
    ok = ok and "unique_id" in e
ok = ok and len({e["unique_id"] for e in d["events"]}) == len(d["events"])
# A month is written at month precision: no day.
ok = ok and any(set(e["start_date"]) == {"year", "month"} for e in d["events"])
sys.exit(0 if ok else 1)
PY

"$cli" --db "$db" export --output ev.csv --from 2025-06 --to 2025-06 > out.txt
check "--from/--to narrow data exports too" sh -c "python3 -c \"import csv; r=list(csv.reader(open('ev.csv'))); exit(0 if len(r) >= 2 and all(x[2] <= '2025-06-30' and x[3] >= '2025-06-01' for x in r[1:]) else 1)\""

exit $fail
