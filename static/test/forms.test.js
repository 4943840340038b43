import { test } from "node:test";
import assert from "node:assert/strict";

import { announcement, focusSelector, formBody, outcome } from "../src/forms.js";

test("formBody", async (t) => {
  const cases = [
    { name: "csrf and fields", in: [["_csrf", "tok"], ["state", "checked"]], want: "_csrf=tok&state=checked" },
    { name: "repeated names kept in order", in: [["a", "1"], ["a", "2"]], want: "a=1&a=2" },
    { name: "newlines and unicode", in: [["actors", "Xi Jinping\nPutin"], ["title", "Xi in Astana – “met”"]],
      want: "actors=Xi+Jinping%0APutin&title=Xi+in+Astana+%E2%80%93+%E2%80%9Cmet%E2%80%9D" },
    { name: "files left out", in: [["f", new Blob(["x"])], ["body", "note"]], want: "body=note" },
    { name: "empty", in: [], want: "" },
  ];
  for (const c of cases) {
    await t.test(c.name, () => {
      const got = formBody(c.in).toString();
      assert.equal(got, c.want, `formBody(${JSON.stringify(c.in)}) = ${got}, want ${c.want}`);
    });
  }
});

test("outcome", async (t) => {
  const cases = [
    { status: 200, has: true, want: "swap" },
    { status: 200, has: false, want: "error" },
    { status: 422, has: true, want: "swap" },
    { status: 409, has: true, want: "swap" },
    { status: 422, has: false, want: "error" },
    { status: 403, has: true, want: "error" },
    { status: 404, has: false, want: "error" },
    { status: 500, has: true, want: "error" },
  ];
  for (const c of cases) {
    await t.test(`${c.status} ${c.has}`, () => {
      const got = outcome(c.status, c.has);
      assert.equal(got, c.want, `outcome(${c.status}, ${c.has}) = ${got}, want ${c.want}`);
    });
  }
});

test("announcement", async (t) => {
  const cases = [
    { name: "default", form: { dataset: {} }, status: 200, want: "Saved." },
    { name: "form's own", form: { dataset: { enhanceDone: "Note added." } }, status: 200, want: "Note added." },
    { name: "invalid", form: { dataset: { enhanceDone: "Note added." } }, status: 422, want: "Not saved: see the message on the form." },
  ];
  for (const c of cases) {
    await t.test(c.name, () => {
      const got = announcement(c.form, c.status);
      assert.equal(got, c.want, `announcement(${JSON.stringify(c.form)}, ${c.status}) = ${got}, want ${c.want}`);
    });
  }
});

test("focusSelector", async (t) => {
  const el = (tagName, attrs) => ({ tagName, id: attrs.id || "", getAttribute: (n) => attrs[n] ?? null });
  const cases = [
    { name: "by id", el: el("SELECT", { id: "edit-state", "data-testid": "edit-state" }), index: 0, want: '[id="edit-state"]' },
    { name: "id quoted", el: el("INPUT", { id: 'a"b\\c' }), index: 0, want: '[id="a\\"b\\\\c"]' },
    { name: "by testid", el: el("BUTTON", { "data-testid": "hide" }), index: 3, want: '[data-testid="hide"]' },
    { name: "by place", el: el("BUTTON", {}), index: 4, want: { tag: "button", index: 4 } },
    { name: "not in the part", el: el("BUTTON", {}), index: -1, want: null },
    { name: "nothing focused", el: null, index: 0, want: null },
  ];
  for (const c of cases) {
    await t.test(c.name, () => {
      const got = focusSelector(c.el, c.index);
      assert.deepEqual(got, c.want, `focusSelector(${c.name}) = ${JSON.stringify(got)}, want ${JSON.stringify(c.want)}`);
    });
  }
});
