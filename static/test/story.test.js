import { test } from "node:test";
import assert from "node:assert/strict";

import {
  addDays,
  bucketEnd,
  bucketStart,
  clusterLabel,
  decodeStoryData,
  eventIdFromHash,
  listPage,
  markersForEvent,
  markerZoom,
  overview,
  pageURL,
  parseDate,
  placeMarkers,
  timelineItems,
  timelineWindow,
  windowAround,
} from "../src/story.js";

const astana = { name: "Astana", mention: "Nur-Sultan", lat: 51.18, lon: 71.45, precision: "city", geonameid: 1526273 };
const samarkand = { name: "Samarkand", mention: "Samarkand", lat: 39.65, lon: 66.96, precision: "city", geonameid: 1216265 };

function ev(id, precision, start, end, extra = {}) {
  return { id, title: `event ${id}`, value: start, precision, start, end, label: `label ${id}`, url: `/events/${id}`, places: [], ...extra };
}

test("parseDate", async (t) => {
  const cases = [
    { in: "2022-09-14", want: { y: 2022, m: 9, d: 14 } },
    { in: "2024-02-29", want: { y: 2024, m: 2, d: 29 } },
    { in: "2022-02-29", want: null },
    { in: "2022-13-01", want: null },
    { in: "2022-09", want: null },
    { in: "", want: null },
    { in: undefined, want: null },
  ];
  for (const tc of cases) {
    await t.test(String(tc.in), () => {
      assert.deepEqual(parseDate(tc.in), tc.want, `parseDate(${JSON.stringify(tc.in)})`);
    });
  }
});

test("addDays", async (t) => {
  const cases = [
    { in: "2022-09-14", n: 1, want: "2022-09-15" },
    { in: "2022-04-30", n: 1, want: "2022-05-01" },
    { in: "2022-12-31", n: 1, want: "2023-01-01" },
    { in: "2024-02-28", n: 1, want: "2024-02-29" },
    { in: "2022-03-27", n: 1, want: "2022-03-28" }, // a daylight-saving change in Europe
    { in: "2020-09-14", n: -365, want: "2019-09-15" },
    { in: "bad", n: 1, want: "" },
  ];
  for (const tc of cases) {
    await t.test(`${tc.in}${tc.n >= 0 ? "+" : ""}${tc.n}`, () => {
      assert.equal(addDays(tc.in, tc.n), tc.want, `addDays(${JSON.stringify(tc.in)}, ${tc.n})`);
    });
  }
});

test("eventIdFromHash", async (t) => {
  const cases = [
    { in: "#event-42", want: 42 },
    { in: "event-7", want: 7 },
    { in: "#event-", want: null },
    { in: "#event-4x", want: null },
    { in: "#map", want: null },
    { in: "", want: null },
  ];
  for (const tc of cases) {
    await t.test(tc.in || "empty", () => {
      assert.equal(eventIdFromHash(tc.in), tc.want, `eventIdFromHash(${JSON.stringify(tc.in)})`);
    });
  }
});

test("timelineItems", async (t) => {
  const cases = [
    {
      name: "day is a box on its day",
      in: ev(1, "day", "2022-09-14", "2022-09-14"),
      want: { type: "box", start: "2022-09-14", end: undefined, className: "precision-day" },
    },
    {
      name: "time with a clock time keeps it",
      in: ev(2, "time", "2022-09-14", "2022-09-14", { value: "2022-09-14T14:30" }),
      want: { type: "box", start: "2022-09-14T14:30", end: undefined, className: "precision-time" },
    },
    {
      name: "time of day without a clock time falls back to the day",
      in: ev(3, "time", "2022-09-14", "2022-09-14", { value: "2022-09-14TEV" }),
      want: { type: "box", start: "2022-09-14", end: undefined, className: "precision-time" },
    },
    {
      name: "month covers the whole month, end exclusive",
      in: ev(4, "month", "2022-04-01", "2022-04-30", { value: "2022-04" }),
      want: { type: "range", start: "2022-04-01", end: "2022-05-01", className: "precision-month" },
    },
    {
      name: "week",
      in: ev(5, "week", "2022-09-12", "2022-09-18", { value: "2022-W37" }),
      want: { type: "range", start: "2022-09-12", end: "2022-09-19", className: "precision-week" },
    },
    {
      name: "year ending on new year's eve",
      in: ev(6, "year", "2022-01-01", "2022-12-31", { value: "2022" }),
      want: { type: "range", start: "2022-01-01", end: "2023-01-01", className: "precision-year" },
    },
    {
      name: "open start is clipped to a year and marked",
      in: ev(7, "past", "", "2020-09-13", { value: "PAST_REF" }),
      want: { type: "range", start: "2019-09-15", end: "2020-09-14", className: "precision-past open-start" },
    },
    {
      name: "open end is clipped to a year and marked",
      in: ev(8, "future", "2022-09-15", "", { value: "FUTURE_REF" }),
      want: { type: "range", start: "2022-09-15", end: "2023-09-15", className: "precision-future open-end" },
    },
    {
      name: "missing precision",
      in: ev(9, "", "2022-10-01", "2022-10-31"),
      want: { type: "range", start: "2022-10-01", end: "2022-11-01", className: "precision-unknown" },
    },
  ];
  for (const tc of cases) {
    await t.test(tc.name, () => {
      const { items, skipped } = timelineItems([tc.in]);
      assert.equal(skipped.length, 0, `timelineItems skipped ${JSON.stringify(tc.in)}`);
      assert.equal(items.length, 1);
      const it = items[0];
      const got = { type: it.type, start: it.start, end: it.end, className: it.className };
      assert.deepEqual(got, tc.want, `timelineItems(${JSON.stringify(tc.in)})`);
      assert.equal(it.id, tc.in.id);
      assert.equal(it["event-id"], tc.in.id, "item carries event-id for the data-event-id attribute");
      assert.equal(it.label, tc.in.label);
      assert.equal(it.headline, tc.in.title);
    });
  }

  await t.test("no bounds or bad bounds are skipped", () => {
    const none = ev(10, "past", "", "", { value: "PAST_REF" });
    const bad = ev(11, "day", "14/09/2022", "");
    const good = ev(12, "day", "2022-09-14", "2022-09-14");
    const { items, skipped } = timelineItems([none, bad, good]);
    assert.deepEqual(items.map((i) => i.id), [12]);
    assert.deepEqual(skipped.map((e) => e.id), [10, 11]);
  });

  await t.test("open span is configurable", () => {
    const { items } = timelineItems([ev(13, "past", "", "2020-09-13")], { openSpanDays: 30 });
    assert.equal(items[0].start, "2020-08-15");
  });

  await t.test("no events", () => {
    assert.deepEqual(timelineItems(undefined), { items: [], skipped: [] });
  });
});

test("timelineWindow", async (t) => {
  const cases = [
    { name: "empty", in: [], want: null },
    {
      name: "one day gets the minimum margin",
      in: [{ start: "2022-09-14" }],
      want: { start: "2022-09-11", end: "2022-09-17" },
    },
    {
      name: "a twentieth of the span on the left, a fifth on the right",
      in: [
        { start: "2022-04-01", end: "2022-05-01" },
        { start: "2022-09-14" },
        { start: "2022-10-01", end: "2022-11-01" },
      ],
      want: { start: "2022-03-21", end: "2022-12-14" }, // 214 days: 11 before, 43 after
    },
    {
      name: "room for labels on a wide timeline",
      in: [{ start: "2022-04-01", end: "2022-05-01" }, { start: "2022-10-01", end: "2022-11-01" }],
      // 214 days; reserves 100+300 px fit in 40% of 1000, so v = 214*1000/600
      // = 356.7 days: left ceil(35.67) = 36, right ceil(300*214/600) = 107.
      opts: { widthPx: 1000, leftPx: 100, rightPx: 300 },
      want: { start: "2022-02-24", end: "2023-02-16" },
    },
    {
      name: "reserves shrink on a narrow timeline",
      in: [{ start: "2022-04-01", end: "2022-05-01" }, { start: "2022-10-01", end: "2022-11-01" }],
      // 40% of 500 is 200 px: 50 left, 150 right, v = 214*500/300 = 356.7 days:
      // left ceil(35.67) = 36, right ceil(150*214/300) = 107.
      opts: { widthPx: 500, leftPx: 100, rightPx: 300 },
      want: { start: "2022-02-24", end: "2023-02-16" },
    },
    {
      name: "fractional margins win when they are larger",
      in: [{ start: "2022-04-01", end: "2022-05-01" }, { start: "2022-10-01", end: "2022-11-01" }],
      opts: { widthPx: 1000, leftPx: 10, rightPx: 10 },
      want: { start: "2022-03-21", end: "2022-12-14" },
    },
    {
      name: "times count by their day",
      in: [{ start: "2022-09-14T14:30" }],
      want: { start: "2022-09-11", end: "2022-09-17" },
    },
  ];
  for (const tc of cases) {
    await t.test(tc.name, () => {
      assert.deepEqual(timelineWindow(tc.in, tc.opts), tc.want, `timelineWindow(${JSON.stringify(tc.in)}, ${JSON.stringify(tc.opts)})`);
    });
  }
});

test("placeMarkers", async (t) => {
  await t.test("events at the same place share a marker", () => {
    const events = [
      ev(1, "day", "2022-09-14", "2022-09-14", { places: [astana] }),
      ev(2, "day", "2022-09-15", "2022-09-15", { places: [samarkand] }),
      ev(3, "month", "2022-04-01", "2022-04-30", { places: [{ ...astana, mention: "Astana" }] }),
    ];
    const got = placeMarkers(events);
    assert.deepEqual(
      got.map((m) => ({ name: m.name, ids: m.events.map((e) => e.id), mentions: m.mentions })),
      [
        { name: "Astana", ids: [1, 3], mentions: ["Nur-Sultan"] },
        { name: "Samarkand", ids: [2], mentions: [] },
      ],
    );
    assert.deepEqual(got[0].events[0], { id: 1, title: "event 1", label: "label 1", url: "/events/1" });
    assert.equal(got[0].lat, 51.18);
    assert.equal(got[0].lon, 71.45);
  });

  await t.test("an event naming a place twice is listed once", () => {
    const got = placeMarkers([ev(1, "day", "2022-09-14", "2022-09-14", { places: [astana, astana] })]);
    assert.equal(got.length, 1);
    assert.deepEqual(got[0].events.map((e) => e.id), [1]);
  });

  await t.test("places without a GeoNames id group by name and position", () => {
    const a = { name: "Camp", lat: 1, lon: 2, precision: "point" };
    const b = { name: "Camp", lat: 3, lon: 4, precision: "point" };
    const got = placeMarkers([ev(1, "day", "2022-09-14", "2022-09-14", { places: [a] }), ev(2, "day", "2022-09-15", "2022-09-15", { places: [a, b] })]);
    assert.deepEqual(got.map((m) => m.events.map((e) => e.id)), [[1, 2], [2]]);
  });

  await t.test("places without coordinates are left out", () => {
    const got = placeMarkers([ev(1, "day", "2022-09-14", "2022-09-14", { places: [{ name: "Nowhere", lat: null, lon: null }] })]);
    assert.deepEqual(got, []);
  });

  await t.test("markersForEvent and markerZoom", () => {
    const markers = placeMarkers([
      ev(1, "day", "2022-09-14", "2022-09-14", { places: [astana] }),
      ev(2, "day", "2022-09-15", "2022-09-15", { places: [samarkand] }),
      ev(3, "day", "2022-09-15", "2022-09-16", { places: [astana, samarkand] }),
    ]);
    const names = (id) => markersForEvent(markers, id).map((m) => m.name);
    assert.deepEqual(names(2), ["Samarkand"]);
    assert.deepEqual(names(3), ["Astana", "Samarkand"]);
    assert.deepEqual(names(99), []);
    assert.equal(markerZoom(markers[0]), 6);
    assert.equal(markerZoom({ precision: "country" }), 4);
    assert.equal(markerZoom(null), 5);
  });
});

test("decodeStoryData", async (t) => {
  await t.test("compact", () => {
    const data = {
      places: [["Astana", 51.18, 71.45, "city", 1526273], ["Samarkand", 39.65, 66.96, "city", 1216265]],
      events: [
        [7, "Xi arrives", "2022-09-14", "", "day", "Wed 14 Sep 2022", "", "", "new", [[0, "Nur-Sultan"], 1]],
        [8, "Visit announced", "2022-04-01", "2022-04-30", "month", "Apr 2022", "2022-04", "", "", []],
      ],
      share: "a b",
      pageSize: 100,
      credit: "GeoNames",
    };
    const got = decodeStoryData(data);
    assert.equal(got.places, undefined);
    assert.equal(got.credit, "GeoNames");
    assert.equal(got.pageSize, 100);
    assert.deepEqual(got.events, [
      {
        id: 7,
        title: "Xi arrives",
        start: "2022-09-14",
        end: "2022-09-14",
        precision: "day",
        label: "Wed 14 Sep 2022",
        value: "2022-09-14",
        mod: "",
        state: "new",
        url: "/events/7?share=a%20b",
        places: [
          { name: "Astana", mention: "Nur-Sultan", lat: 51.18, lon: 71.45, precision: "city", geonameid: 1526273 },
          { name: "Samarkand", mention: "Samarkand", lat: 39.65, lon: 66.96, precision: "city", geonameid: 1216265 },
        ],
      },
      {
        id: 8,
        title: "Visit announced",
        start: "2022-04-01",
        end: "2022-04-30",
        precision: "month",
        label: "Apr 2022",
        value: "2022-04",
        mod: "",
        url: "/events/8?share=a%20b",
        places: [],
      },
    ]);
  });
  await t.test("already expanded", () => {
    const data = { events: [ev(1, "day", "2022-09-14", "2022-09-14")] };
    assert.deepEqual(decodeStoryData(data), data);
  });
  await t.test("missing", () => {
    assert.deepEqual(decodeStoryData(null).events, []);
    assert.deepEqual(decodeStoryData({ events: [[1, "x"], "junk"], places: [] }).events.map((e) => e.id), [1]);
  });
});

test("listPage and pageURL", () => {
  const cases = [
    { i: 0, size: 100, want: 1 },
    { i: 99, size: 100, want: 1 },
    { i: 100, size: 100, want: 2 },
    { i: 4999, size: 100, want: 50 },
    { i: 5, size: 0, want: 1 },
    { i: -1, size: 100, want: 1 },
  ];
  for (const tc of cases) assert.equal(listPage(tc.i, tc.size), tc.want, `listPage(${tc.i}, ${tc.size})`);
  assert.equal(pageURL("http://h/stories/1?place=5&page=2#event-3", 7, 42), "/stories/1?place=5&page=7#event-42");
  assert.equal(pageURL("http://h/stories/1?page=2&q=x", 1, 9), "/stories/1?q=x#event-9");
});

test("clusterLabel", () => {
  assert.equal(clusterLabel(12, "2022-09-01", "2022-09-30"), "12 events 2022-09-01 – 2022-09-30");
  assert.equal(clusterLabel(3, "2022-09-01", "2022-09-01"), "3 events 2022-09-01");
  assert.equal(clusterLabel(3, "", ""), "3 events");
});

test("bucketStart and bucketEnd", () => {
  const cases = [
    { iso: "2022-09-14", unit: "day", start: "2022-09-14", end: "2022-09-15" },
    { iso: "2022-09-14", unit: "week", start: "2022-09-12", end: "2022-09-19" }, // a Wednesday; Monday starts
    { iso: "2022-09-12", unit: "week", start: "2022-09-12", end: "2022-09-19" },
    { iso: "2022-09-18", unit: "week", start: "2022-09-12", end: "2022-09-19" }, // Sunday
    { iso: "2022-09-14", unit: "month", start: "2022-09-01", end: "2022-10-01" },
    { iso: "2022-12-31", unit: "month", start: "2022-12-01", end: "2023-01-01" },
    { iso: "2022-09-14", unit: "quarter", start: "2022-07-01", end: "2022-10-01" },
    { iso: "2022-11-02", unit: "quarter", start: "2022-10-01", end: "2023-01-01" },
    { iso: "2022-09-14", unit: "year", start: "2022-01-01", end: "2023-01-01" },
  ];
  for (const tc of cases) {
    const start = bucketStart(tc.iso, tc.unit);
    assert.equal(start, tc.start, `bucketStart(${tc.iso}, ${tc.unit})`);
    assert.equal(bucketEnd(start, tc.unit), tc.end, `bucketEnd(${start}, ${tc.unit})`);
  }
});

test("overview and windowAround", () => {
  // 400 day items, one a day from 2022-01-01.
  const items = [];
  for (let i = 0; i < 400; i++) items.push({ id: i + 1, start: addDays("2022-01-01", i) });
  const few = overview(items, { start: "2022-03-01", end: "2022-03-20", max: 40 });
  assert.equal(few.unit, "");
  assert.equal(few.items.length, 20, "20 days of one event each are drawn as events");
  const all = overview(items, { start: "2021-12-01", end: "2023-03-01", max: 40 });
  assert.equal(all.unit, "month", "400 days in at most 40 counts: months");
  assert.equal(all.items.reduce((n, it) => n + it.count, 0), 400, "the counts add up");
  assert.deepEqual(
    { start: all.items[0].start, end: all.items[0].end, count: all.items[0].count, bucket: all.items[0].bucket },
    { start: "2022-01-01", end: "2022-02-01", count: 31, bucket: true },
  );
  const busy = Array.from({ length: 60 }, (_, i) => ({ id: i + 1, start: "2022-05-05" }));
  assert.equal(overview(busy, { start: "2022-05-01", end: "2022-05-30", max: 40 }).items.length, 60, "one busy day is drawn as its events");
  const w = windowAround(items, 200, 40);
  const around = overview(items, { start: w.start, end: addDays(w.end, -1), max: 40 });
  assert.equal(around.unit, "", "the window around an event draws events");
  assert.ok(around.items.some((it) => it.id === 200), "and the event is one of them");
  assert.equal(windowAround(items, 9999, 40), null);
});
