import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { feature } from "topojson-client";

import { flatWorld, unwrapRing } from "../src/geo.js";

test("unwrapRing", async (t) => {
  const cases = [
    {
      name: "a ring away from the antimeridian is unchanged",
      in: [[70, 50], [72, 50], [72, 52], [70, 50]],
      want: [[70, 50], [72, 50], [72, 52], [70, 50]],
    },
    {
      name: "eastward across 180",
      in: [[179, -16], [-180, -16], [-179, -17], [179, -17], [179, -16]],
      want: [[179, -16], [180, -16], [181, -17], [179, -17], [179, -16]],
    },
    {
      name: "westward across -180",
      in: [[-179, 65], [180, 65], [179, 66], [-179, 66], [-179, 65]],
      want: [[-179, 65], [-180, 65], [-181, 66], [-179, 66], [-179, 65]],
    },
    {
      name: "extra coordinates are kept",
      in: [[179, 0, 5], [-179, 0, 6]],
      want: [[179, 0, 5], [181, 0, 6]],
    },
  ];
  for (const tc of cases) {
    await t.test(tc.name, () => {
      assert.deepEqual(unwrapRing(tc.in), tc.want, `unwrapRing(${JSON.stringify(tc.in)})`);
    });
  }
});

test("flatWorld on the bundled basemap", () => {
  const topo = JSON.parse(readFileSync(new URL("../../node_modules/world-atlas/countries-50m.json", import.meta.url)));
  const before = feature(topo, topo.objects.countries);
  const got = flatWorld(before);
  assert.equal(got.features.length, before.features.length - 1, "only Antarctica is dropped");
  assert.ok(!got.features.some((f) => f.properties.name === "Antarctica"), "Antarctica is dropped");
  let jumps = 0;
  for (const f of got.features) {
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const ring of polys.flat()) {
      for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) jumps++;
    }
  }
  assert.equal(jumps, 0, "no ring jumps across the antimeridian");
  const russia = got.features.find((f) => f.properties.name === "Russia");
  const maxLon = Math.max(...russia.geometry.coordinates.flat(2).map((p) => p[0]));
  assert.ok(maxLon > 180 && maxLon < 200, `Russia reaches ${maxLon}, want Chukotka just past 180`);
});
