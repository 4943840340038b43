// chrono-bench.js: the chrono-node side of scripts/bench-chrono.sh. It
// parses every file named on the command line with chrono-node, anchored to
// the reference date in $REF_DATE, and writes one JSON line per date found
// to standard output, as `storyline tag -format jsonl -out -` does.
"use strict";
const fs = require("fs");
const chrono = require("chrono-node");

const ref = new Date((process.env.REF_DATE || "2009-06-01") + "T00:00:00Z");
const out = [];
let pending = 0;
for (const path of process.argv.slice(2)) {
  const text = fs.readFileSync(path, "utf8");
  const id = path.replace(/^.*\//, "").replace(/\.[^.]*$/, "");
  for (const r of chrono.parse(text, ref)) {
    out.push(JSON.stringify({ id, start: r.index, end: r.index + r.text.length, text: r.text, value: r.start.date().toISOString() }));
    pending++;
    if (pending >= 4096) {
      fs.writeSync(1, out.join("\n") + "\n");
      out.length = 0;
      pending = 0;
    }
  }
}
if (out.length > 0) {
  fs.writeSync(1, out.join("\n") + "\n");
}
