// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The Cronista authors
//
// chrono-run.js: runs chrono-node for compare.py. Reads one JSON object on
// stdin: {"lang": "es"|"en", "items": [{"dct": "YYYY-MM-DD", "text": ...}],
// "speed": {"dct": ..., "paragraphs": [...]}} and prints
// {"results": [[{"index", "text", "start", "end"}]], "speed_seconds": s}.
// Indexes are UTF-16 code units, as chrono reports them. Run with TZ=UTC
// and NODE_PATH pointing at the node_modules that holds chrono-node.

'use strict';

const chrono = require('chrono-node');

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function reference(dct) {
  const [y, m, d] = dct.split('-').map(Number);
  // Noon, so that no time zone moves the reference to another day.
  return new Date(Date.UTC(y, m - 1, d, 12, 0, 0));
}

function parse(parser, text, dct) {
  return parser.parse(text, reference(dct)).map(r => ({
    index: r.index,
    text: r.text,
    start: isoDay(r.start.date()),
    end: r.end ? isoDay(r.end.date()) : null,
  }));
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const job = JSON.parse(input);
  // The casual parsers know "ayer", "yesterday", "last week"...
  const parser = job.lang === 'es' ? chrono.es.casual : chrono.casual;
  const out = { results: job.items.map(it => parse(parser, it.text, it.dct)) };

  if (job.speed) {
    const ref = reference(job.speed.dct);
    let found = 0;
    const t0 = process.hrtime.bigint();
    for (const p of job.speed.paragraphs)
      found += parser.parse(p, ref).length;
    out.speed_seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    out.speed_found = found;
  }
  process.stdout.write(JSON.stringify(out));
});
