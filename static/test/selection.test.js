import { test } from "node:test";
import assert from "node:assert/strict";

import { createSelection } from "../src/selection.js";

test("createSelection", async (t) => {
  await t.test("tells every listener the event and where the choice came from", () => {
    const sel = createSelection();
    const got = [];
    sel.onSelect((id, source) => got.push(["a", id, source]));
    sel.onSelect((id, source) => got.push(["b", id, source, sel.current]));
    sel.select(42, "map");
    assert.deepEqual(got, [
      ["a", 42, "map"],
      ["b", 42, "map", 42],
    ]);
  });

  await t.test("selecting the current event again is quiet", () => {
    const sel = createSelection();
    let calls = 0;
    sel.onSelect(() => calls++);
    sel.select(1, "list");
    sel.select(1, "timeline");
    sel.select(2, "timeline");
    assert.equal(calls, 2, "select(1), select(1), select(2) notified");
    assert.equal(sel.current, 2);
  });

  await t.test("starts with nothing selected", () => {
    assert.equal(createSelection().current, null);
  });
});
