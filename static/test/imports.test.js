import { test } from "node:test";
import assert from "node:assert/strict";
import { counts, isOver } from "../src/imports.js";

test("isOver", () => {
  for (const [state, want] of [["queued", false], ["running", false], ["done", true], ["failed", true], ["cancelled", true]]) {
    assert.equal(isOver(state), want, state);
  }
});

test("counts", () => {
  const got = counts({ state: "running", done: 3, total: 5, added: 2, duplicates: 1, refused: 0, cancelled: 0 });
  assert.deepEqual(got, { state: "running", done: "3", total: "5", added: "2", duplicates: "1", refused: "0", cancelled: "0" });
});
