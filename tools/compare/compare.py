#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 The Cronista authors
"""Compare Cronista's date extractor with chrono-node and dateparser.

Runs the three over tools/compare/annotated-{es,en}.tsv (news sentences we
annotated ourselves) and prints precision and recall per tool and language,
then their speed on the same text. Not a test: a yardstick. See README.md.

Run with Debian's /usr/bin/python3 (python3-dateparser lives there).
"""

import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(os.path.dirname(HERE))


def parse_day(iso):
    return datetime.date.fromisoformat(iso)


def load_annotations(path):
    """Rows of {dct, text, expected: [(start, end, first, last)]}."""
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("# "):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            rec = dict(zip(header, fields + [""] * (len(header) - len(fields))))
            expected = []
            for item in filter(None, (s.strip() for s in rec["expected"].split(" | "))):
                span, value = item.split("=>")
                first, _, last = value.partition("..")
                start = rec["text"].index(span)
                expected.append((start, start + len(span), parse_day(first),
                                 parse_day(last or first)))
            rows.append({"dct": rec["dct"], "text": rec["text"], "expected": expected})
    return rows


def utf16_to_codepoints(text, index):
    """chrono reports JavaScript (UTF-16) offsets; Python counts code points."""
    units = 0
    for i, ch in enumerate(text):
        if units >= index:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


# Each tool returns, per row, a list of predictions (start, end, first, last);
# last is None when the tool gives a single point in time.

def run_cronista(cli, lang, rows):
    out = []
    for row in rows:
        proc = subprocess.run(
            [cli, "--format", "json", "extract", "--lang", lang, "--dct", row["dct"], "-"],
            input=row["text"].encode("utf-8"), capture_output=True, check=True)
        preds = []
        for t in json.loads(proc.stdout or b"[]"):
            if t.get("first") is None:
                continue  # open values ("XXXX-WXX-3") name no day
            preds.append((t["start"], t["end"], parse_day(t["first"]), parse_day(t["last"])))
        out.append(preds)
    return out


def run_chrono(node_modules, lang, rows, speed=None):
    job = {"lang": lang, "items": [{"dct": r["dct"], "text": r["text"]} for r in rows]}
    if speed is not None:
        job["speed"] = speed
    env = dict(os.environ, TZ="UTC", NODE_PATH=node_modules)
    proc = subprocess.run(["node", os.path.join(HERE, "chrono-run.js")],
                          input=json.dumps(job).encode("utf-8"),
                          capture_output=True, check=True, env=env)
    data = json.loads(proc.stdout)
    out = []
    for row, results in zip(rows, data["results"]):
        preds = []
        for r in results:
            start = utf16_to_codepoints(row["text"], r["index"])
            end = utf16_to_codepoints(row["text"], r["index"] + len(r["text"].encode("utf-16-le")) // 2)
            preds.append((start, end, parse_day(r["start"]),
                          parse_day(r["end"]) if r["end"] else None))
        out.append(preds)
    return out, data.get("speed_seconds"), data.get("speed_found")


def dateparser_settings(dct):
    base = datetime.datetime.combine(parse_day(dct), datetime.time(12, 0))
    return {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        # A month alone ("en agosto") then starts on its first day.
        "PREFER_DAY_OF_MONTH": "first",
    }


def run_dateparser(lang, rows):
    from dateparser.search import search_dates

    out = []
    for row in rows:
        found = search_dates(row["text"], languages=[lang],
                             settings=dateparser_settings(row["dct"])) or []
        preds, pos = [], 0
        for substring, when in found:
            start = row["text"].find(substring, pos)
            if start < 0:
                start = row["text"].find(substring)
            if start < 0:
                continue
            pos = start + len(substring)
            preds.append((start, start + len(substring), when.date(), None))
        out.append(preds)
    return out


def matches(pred, first, last, mode):
    """exact: same first day, and the same last day when the tool gives one
    (dateparser gives a point in time, chrono an end only for ranges).
    within: the predicted start lies inside the annotated interval, the
    fairest reading for tools that return a point ("2019" as 2019-09-01)."""
    if mode == "exact":
        return pred[2] == first and (pred[3] is None or pred[3] == last)
    return first <= pred[2] <= last


def score(rows, predictions, mode):
    """A prediction is right when it overlaps an annotated expression and
    matches its value (see matches()). Extra pieces of an expression that
    another prediction got right (a range split in two) are neither right
    nor wrong; anything else found is wrong."""
    n_expected = n_found = n_right = n_wrong = 0
    misses = []
    for row, preds in zip(rows, predictions):
        status = ["wrong"] * len(preds)
        for (s, e, first, last) in row["expected"]:
            n_expected += 1
            overlapping = [i for i, p in enumerate(preds) if p[0] < e and p[1] > s]
            hit = [i for i in overlapping if matches(preds[i], first, last, mode)]
            if hit:
                n_found += 1
                for i in overlapping:
                    if i == hit[0]:
                        status[i] = "right"
                    elif status[i] == "wrong":
                        status[i] = "ignored"
            else:
                misses.append((row["text"], row["text"][s:e], first, last,
                               [preds[i] for i in overlapping]))
        n_right += status.count("right")
        n_wrong += status.count("wrong")
        for i, st in enumerate(status):
            if st == "wrong" and not any(preds[i] in m[4] for m in misses if m[0] == row["text"]):
                misses.append((row["text"], None, None, None, [preds[i]]))
    precision = n_right / (n_right + n_wrong) if n_right + n_wrong else 0.0
    recall = n_found / n_expected if n_expected else 0.0
    return {"expected": n_expected, "right": n_right, "wrong": n_wrong,
            "precision": precision, "recall": recall, "misses": misses}


def describe(text, pred):
    value = str(pred[2]) if pred[3] is None or pred[3] == pred[2] else "%s..%s" % (pred[2], pred[3])
    return "«%s» %s" % (text[pred[0]:pred[1]], value)


def speed_text(rows, repeat):
    """Paragraphs of four sentences, the whole set repeated."""
    sentences = [r["text"] for r in rows]
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    return paragraphs * repeat


def time_cronista(cli, lang, dct, paragraphs):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write("\n\n".join(paragraphs))
        path = f.name
    try:
        t0 = time.perf_counter()
        proc = subprocess.run([cli, "extract", "--lang", lang, "--dct", dct, path],
                              capture_output=True, check=True)
        seconds = time.perf_counter() - t0
    finally:
        os.unlink(path)
    return seconds, proc.stdout.count(b"\n")


def time_dateparser(lang, dct, paragraphs, budget):
    """dateparser is slow: paragraph by paragraph until the budget is spent."""
    from dateparser.search import search_dates

    settings = dateparser_settings(dct)
    done, found = [], 0
    t0 = time.perf_counter()
    for p in paragraphs:
        found += len(search_dates(p, languages=[lang], settings=settings) or [])
        done.append(p)
        if time.perf_counter() - t0 > budget:
            break
    return time.perf_counter() - t0, found, done


def main():
    # dateparser 1.1 on Debian 12 warns about pytz on every call.
    warnings.filterwarnings("ignore", module="dateparser")
    warnings.filterwarnings("ignore", message=".*localize method.*")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(SOURCE_ROOT, "_build", "src", "cli", "cronista-cli"),
                    help="cronista-cli to run (default: _build/src/cli/cronista-cli)")
    ap.add_argument("--node-modules", default="/tmp/compare/node_modules",
                    help="folder holding chrono-node (default: /tmp/compare/node_modules)")
    ap.add_argument("--lang", choices=["es", "en"], action="append",
                    help="only this language (repeatable; default both)")
    ap.add_argument("--repeat", type=int, default=500,
                    help="repetitions of the sentences for the speed runs (default 500)")
    ap.add_argument("--dateparser-budget", type=float, default=20.0,
                    help="seconds dateparser may spend on the speed run (default 20)")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed runs")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list every miss and wrong prediction per tool")
    args = ap.parse_args()

    scores, speeds = [], []
    for lang in args.lang or ["es", "en"]:
        rows = load_annotations(os.path.join(HERE, "annotated-%s.tsv" % lang))
        dct = rows[0]["dct"]
        paragraphs = speed_text(rows, args.repeat)
        size_kb = sum(len(p.encode("utf-8")) + 2 for p in paragraphs) / 1000.0
        speed = None if args.no_speed else {"dct": dct, "paragraphs": paragraphs}

        chrono_preds, chrono_seconds, chrono_found = run_chrono(args.node_modules, lang, rows, speed)
        results = [
            ("cronista", run_cronista(args.cli, lang, rows)),
            ("chrono", chrono_preds),
            ("dateparser", run_dateparser(lang, rows)),
        ]
        for tool, preds in results:
            scores.append((tool, lang, score(rows, preds, "exact"), score(rows, preds, "within")))

        if not args.no_speed:
            seconds, found = time_cronista(args.cli, lang, dct, paragraphs)
            speeds.append(("cronista", lang, size_kb, seconds, found, "whole text, one process"))
            speeds.append(("chrono", lang, size_kb, chrono_seconds, chrono_found,
                           "paragraph by paragraph, in node"))
            seconds, found, done = time_dateparser(lang, dct, paragraphs, args.dateparser_budget)
            done_kb = sum(len(p.encode("utf-8")) + 2 for p in done) / 1000.0
            speeds.append(("dateparser", lang, done_kb, seconds, found,
                           "paragraph by paragraph, %d of %d paragraphs" % (len(done), len(paragraphs))))

    print("Precision and recall on our annotated sentences. A prediction must overlap an")
    print("annotated expression; exact: same first day (and last day, when the tool gives")
    print("one); within: its start day lies inside the annotated interval.\n")
    print("%-11s %-4s %8s | %6s %6s %9s %7s | %6s %6s %9s %7s" % (
        "tool", "lang", "expected", "right", "wrong", "precision", "recall",
        "right", "wrong", "precision", "recall"))
    print("%-11s %-4s %8s | %-31s | %-31s" % ("", "", "", "exact", "within"))
    for tool, lang, exact, within in scores:
        print("%-11s %-4s %8d | %6d %6d %8.1f%% %6.1f%% | %6d %6d %8.1f%% %6.1f%%" % (
            tool, lang, exact["expected"], exact["right"], exact["wrong"],
            100 * exact["precision"], 100 * exact["recall"], within["right"], within["wrong"],
            100 * within["precision"], 100 * within["recall"]))
    if speeds:
        print("\nSpeed on the same text (the sentences in paragraphs of four, repeated)\n")
        print("%-11s %-4s %9s %8s %10s %9s  %s" % ("tool", "lang", "KB", "seconds", "KB/s",
                                                  "found", "how"))
        for tool, lang, kb, seconds, found, how in speeds:
            print("%-11s %-4s %9.1f %8.3f %10.1f %9d  %s" % (tool, lang, kb, seconds,
                                                           kb / seconds if seconds else 0.0,
                                                           found, how))
    if args.verbose:
        for tool, lang, exact, _ in scores:
            print("\n== %s %s (exact)" % (tool, lang))
            for text, span, first, last, got in exact["misses"]:
                if span is None:
                    print("  extra   %s  in: %s" % (describe(text, got[0]), text))
                else:
                    want = str(first) if first == last else "%s..%s" % (first, last)
                    print("  missed  «%s» %s  got: %s  in: %s" % (
                        span, want, ", ".join(describe(text, g) for g in got) or "nothing", text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
