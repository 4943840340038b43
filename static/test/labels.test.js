import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

import { fitPadding, visibleLabels } from "../src/geo.js";
import { labelsFromGazetteer } from "../labels.mjs";

const row = (id, name, lat, lon, feature, pop, tier = "") =>
  [id, name, lat, lon, "XX", "", feature, pop, "", "", "", tier].join("\t");

test("labelsFromGazetteer", async (t) => {
  const tsv = [
    "# header",
    row(1, "Bigland", 10, 20, "A.PCLI", 50_000_000),
    row(10, "Hugeland", 9, 19, "A.PCLI", 200_000_000),
    row(2, "Smallland", 11, 21, "A.PCLI", 100_000),
    row(3, "Capitalia", 12, 22, "P.PPLC", 200_000),
    row(4, "Megacity", 13, 23, "P.PPL", 8_000_000),
    row(5, "Midtown", 14, 24, "P.PPLA", 400_000),
    row(6, "Village", 15, 25, "P.PPL", 20_000),
    row(7, "Borough", 16, 26, "P.PPLX", 900_000), // a section of a city
    row(8, "Minor", 17, 27, "P.PPL", 500_000, "minor"),
    row(9, "Some Sea", 18, 28, "H.SEA", 0),
  ].join("\n");
  const got = labelsFromGazetteer(tsv);
  const cases = [
    { name: "a country of 30 million at zoom 2, after the bigger one", want: ["Bigland", 10, 20, "country", 2, 1] },
    { name: "a country of 100 million first, at zoom 1", want: ["Hugeland", 9, 19, "country", 1, 0] },
    { name: "small country at zoom 4", want: ["Smallland", 11, 21, "country", 4] },
    { name: "capital regardless of population", want: ["Capitalia", 12, 22, "capital", 4] },
  ];
  for (const tc of cases) {
    await t.test(tc.name, () => {
      assert.deepEqual(got.find((l) => l[0] === tc.want[0]).slice(0, tc.want.length), tc.want);
    });
  }
  await t.test("by zoom, then countries, capitals, cities; no sections, minor towns, villages or seas", () => {
    assert.equal(got.find((l) => l[0] === "Megacity")[4], 4);
  });
  await t.test("towns by population; no sections, minor towns, villages or seas", () => {
    assert.deepEqual(got.map((l) => l[0]), ["Hugeland", "Bigland", "Smallland", "Capitalia", "Megacity", "Midtown"]);
    assert.deepEqual(got.map((l) => l[5]), [0, 1, 2, 3, 4, 5]);
  });
});

test("labelsFromGazetteer on the embedded gazetteer", () => {
  const tsv = gunzipSync(readFileSync(new URL("../../timeline/geo/gazetteer.tsv.gz", import.meta.url))).toString("utf8");
  const labels = labelsFromGazetteer(tsv);
  const names = new Set(labels.map((l) => l[0]));
  for (const want of ["Kazakhstan", "China", "Astana", "Beijing", "Tashkent"]) assert.ok(names.has(want), want);
  assert.ok(labels.length < 4000, `${labels.length} labels, want a compact set`);
});

test("fitPadding", () => {
  assert.equal(fitPadding(375, 352), 35); // a phone
  assert.equal(fitPadding(700, 480), 48);
  assert.equal(fitPadding(200, 150), 28); // never less than a marker and a bit
  assert.equal(fitPadding(2000, 1500), 64);
});

test("visibleLabels", async (t) => {
  const labels = [
    ["Bigland", 0, 0, "country", 2, 0],
    ["Overlap", 0, 1, "city", 2, 1], // 10 px right of Bigland: clashes
    ["Farcity", 0, 30, "city", 2, 2],
    ["Outside", 0, 100, "city", 2, 3],
    ["Later", 0, 50, "city", 5, 4],
    ["Marked", 0, 60, "city", 2, 5],
  ];
  const opts = {
    zoom: 3,
    project: (lat, lon) => ({ x: 100 + lon * 10, y: 100 - lat * 10 }),
    width: 900,
    height: 200,
    charPx: { country: 7, city: 6 },
    heightPx: 16,
    max: 10,
    avoid: new Set(["Marked"]),
  };
  await t.test("by zoom, in view, without clashes or the story's names", () => {
    assert.deepEqual(visibleLabels(labels, opts).map((l) => l[0]), ["Bigland", "Farcity"]);
  });
  await t.test("zoomed in", () => {
    assert.deepEqual(visibleLabels(labels, { ...opts, zoom: 5 }).map((l) => l[0]), ["Bigland", "Farcity", "Later"]);
  });
  await t.test("at most max", () => {
    assert.deepEqual(visibleLabels(labels, { ...opts, max: 1 }).map((l) => l[0]), ["Bigland"]);
  });
});
