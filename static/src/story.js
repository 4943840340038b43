// Pure functions that turn the story-data JSON written by the story page into
// what the widgets draw: vis-timeline items and map markers. No DOM, no
// library imports, so node --test can check them.
//
// Dates are civil dates (YYYY-MM-DD) and stay strings here: vis-timeline
// parses "2022-09-14" as local midnight, which is what a day on the axis is.

// Precisions drawn as a box on their one day. Everything coarser is a range
// that covers the whole period its bounds describe.
const POINT_PRECISIONS = new Set(["time", "day"]);

// How far an open-ended range ("before 2020", "after the congress") reaches
// from its known bound when nothing else says; it is drawn fading out.
export const OPEN_SPAN_DAYS = 365;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

// parseDate returns {y, m, d} for an ISO civil date, or null.
export function parseDate(s) {
  const m = ISO_DATE.exec(s ?? "");
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return { y, m: mo, d };
}

function format(t) {
  const y = String(t.getUTCFullYear()).padStart(4, "0");
  const m = String(t.getUTCMonth() + 1).padStart(2, "0");
  const d = String(t.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

// addDays moves an ISO civil date by n days (calendar arithmetic, so no
// daylight-saving surprises). It returns "" for an invalid date.
export function addDays(iso, n) {
  const p = parseDate(iso);
  if (!p) return "";
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d));
  t.setUTCDate(t.getUTCDate() + n);
  return format(t);
}

// eventIdFromHash reads "#event-42" into 42; anything else is null.
export function eventIdFromHash(hash) {
  const m = /^#?event-(\d+)$/.exec(hash ?? "");
  return m ? Number(m[1]) : null;
}

// timelineItems converts story-data events into vis-timeline items.
// Day and time precision become a box on the day; coarser precisions a range
// from start to the day after end (vis ranges are end-exclusive), so April
// 2022 covers all of April. A range open on one side reaches openSpanDays
// past its known bound and is marked open-start or open-end. Events with no
// usable bound are returned in skipped, not guessed onto the axis.
export function timelineItems(events, { openSpanDays = OPEN_SPAN_DAYS } = {}) {
  const items = [];
  const skipped = [];
  for (const ev of events ?? []) {
    const precision = ev.precision || "unknown";
    const start = parseDate(ev.start) ? ev.start : "";
    const end = parseDate(ev.end) ? ev.end : "";
    const item = {
      id: ev.id,
      "event-id": ev.id,
      content: ev.title ?? "",
      headline: ev.title ?? "",
      label: ev.label ?? "",
      url: ev.url ?? "",
      className: `precision-${precision}`,
    };
    // The review state (new, checked, published, rejected) styles the item.
    if (/^[a-z]+$/.test(ev.state ?? "")) item.className += ` state-${ev.state}`;
    if (POINT_PRECISIONS.has(precision) && (start || end)) {
      item.type = "box";
      item.start = precision === "time" && ISO_DATETIME.test(ev.value ?? "") ? ev.value : start || end;
    } else if (start && end) {
      item.type = "range";
      item.start = start;
      item.end = addDays(end, 1);
    } else if (end) {
      item.type = "range";
      item.start = addDays(end, 1 - openSpanDays);
      item.end = addDays(end, 1);
      item.className += " open-start";
    } else if (start) {
      item.type = "range";
      item.start = start;
      item.end = addDays(start, openSpanDays);
      item.className += " open-end";
    } else {
      skipped.push(ev);
      continue;
    }
    items.push(item);
  }
  return { items, skipped };
}

// timelineWindow is the window that shows every item: a twentieth of the
// span as margin on the left and a fifth on the right, where labels run on
// (at least minMarginDays each side). Given the timeline's width in pixels,
// the margins also leave leftPx for half a day box before the first item and
// rightPx for a label after the last, scaled down so that together they
// take at most 40% of the width. It is null when there are no items.
export function timelineWindow(items, { minMarginDays = 3, widthPx = 0, leftPx = 130, rightPx = 320 } = {}) {
  let lo = "";
  let hi = "";
  for (const it of items) {
    const s = it.start.slice(0, 10);
    const e = (it.end ?? it.start).slice(0, 10);
    if (!lo || s < lo) lo = s;
    if (!hi || e > hi) hi = e;
  }
  if (!lo) return null;
  const days = Math.round((Date.parse(hi) - Date.parse(lo)) / 86400000);
  let left = Math.max(minMarginDays, Math.ceil(days / 20));
  let right = Math.max(minMarginDays, Math.ceil(days / 5));
  if (widthPx > 0) {
    const scale = Math.min(1, (0.4 * widthPx) / (leftPx + rightPx));
    const l = leftPx * scale;
    const r = rightPx * scale;
    // With the window spanning v days over widthPx, l pixels are l*v/widthPx
    // days; v = days + left + right solves to:
    const v = (days * widthPx) / (widthPx - l - r);
    left = Math.max(left, Math.ceil((l * v) / widthPx));
    right = Math.max(right, Math.ceil((r * v) / widthPx));
  }
  return { start: addDays(lo, -left), end: addDays(hi, right) };
}

function placeKey(p) {
  if (p.geonameid) return `g${p.geonameid}`;
  return `n${p.name}@${p.lat},${p.lon}`;
}

// placeMarkers groups the places of all events into one marker per place
// (by GeoNames id, else by name and position). Each marker lists its events
// in story order and the words the articles used for the place. Places
// without coordinates are left out.
export function placeMarkers(events) {
  const byKey = new Map();
  for (const ev of events ?? []) {
    for (const p of ev.places ?? []) {
      if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
      const key = placeKey(p);
      let m = byKey.get(key);
      if (!m) {
        m = {
          key,
          name: p.name,
          lat: p.lat,
          lon: p.lon,
          precision: p.precision || "",
          geonameid: p.geonameid || 0,
          mentions: [],
          events: [],
        };
        byKey.set(key, m);
      }
      if (p.mention && p.mention !== p.name && !m.mentions.includes(p.mention)) m.mentions.push(p.mention);
      if (!m.events.some((e) => e.id === ev.id)) {
        m.events.push({ id: ev.id, title: ev.title ?? "", label: ev.label ?? "", url: ev.url ?? "" });
      }
    }
  }
  return [...byKey.values()];
}

// markersForEvent returns the markers that list the event, in order.
export function markersForEvent(markers, id) {
  return markers.filter((m) => m.events.some((e) => e.id === id));
}

// Zoom levels for a place's size, used when a map shows a single place.
const PLACE_ZOOM = { point: 10, city: 6, region: 5, country: 4, continent: 3 };

// markerZoom is the zoom that shows a single marker's place sensibly.
export function markerZoom(marker) {
  return PLACE_ZOOM[marker?.precision] ?? 5;
}

// decodeStoryData turns the story-data JSON into the shape the widgets
// read: {events: [{id, title, value, precision, start, end, label, mod,
// state, url, places: [{name, mention, lat, lon, precision, geonameid}]}],
// ...settings}. The story page sends a compact form, each place once and
// each event as an array:
//
//   {"places": [[name, lat, lon, precision, geonameid], ...],
//    "events": [[id, title, start, end, precision, label, value, mod, state,
//                [place index or [place index, mention], ...]], ...],
//    "share": token, "pageSize": n, ...}
//
// where an empty end or value means the same as start, so that a story of
// thousands of events stays small. Data already in the widgets' shape (an
// event is an object) is returned as it is.
export function decodeStoryData(data) {
  const out = { ...(data ?? {}) };
  const raw = Array.isArray(out.events) ? out.events : [];
  if (!raw.some((e) => Array.isArray(e))) {
    out.events = raw;
    return out;
  }
  const places = (Array.isArray(out.places) ? out.places : []).map((p) => ({
    name: p[0] ?? "",
    lat: p[1],
    lon: p[2],
    precision: p[3] ?? "",
    geonameid: p[4] ?? 0,
  }));
  const query = out.share ? `?share=${encodeURIComponent(out.share)}` : "";
  out.events = raw.filter(Array.isArray).map((e) => {
    const [id, title, start, end, precision, label, value, mod, state, refs] = e;
    const ev = {
      id,
      title: title ?? "",
      start: start ?? "",
      end: end || start || "",
      precision: precision ?? "",
      label: label ?? "",
      value: value || start || "",
      mod: mod ?? "",
      url: `/events/${id}${query}`,
      places: [],
    };
    if (state) ev.state = state;
    for (const ref of Array.isArray(refs) ? refs : []) {
      const [i, mention] = Array.isArray(ref) ? ref : [ref, undefined];
      const p = places[i];
      if (p) ev.places.push({ ...p, mention: mention ?? p.name });
    }
    return ev;
  });
  delete out.places;
  return out;
}

// listPage is the page of the paged event list that shows the event at
// index (in the story's order, dated events first) with pageSize events a
// page; 1 when the list is not paged.
export function listPage(index, pageSize) {
  if (!(pageSize > 0) || !(index >= 0)) return 1;
  return Math.floor(index / pageSize) + 1;
}

// pageURL is the address of page n of the list, keeping the rest of the
// query (the filters) of href, and pointing at the event.
export function pageURL(href, n, id) {
  const u = new URL(href);
  if (n > 1) u.searchParams.set("page", String(n));
  else u.searchParams.delete("page");
  u.hash = id == null ? "" : `event-${id}`;
  return u.pathname + u.search + u.hash;
}

// CLUSTER_FROM is the number of timeline items from which a story is drawn
// unstacked (its cards overlap on one row and open by zooming in) rather
// than as a stack of cards that grows into a wall; smaller stories, such
// as the two-article demo, show every card stacked as before.
export const CLUSTER_FROM = 80;

// clusterLabel is the text of a cluster of count events between the first
// and last of its items' dates (ISO civil dates).
export function clusterLabel(count, first, last) {
  const when = first && last && first !== last ? ` ${first} – ${last}` : first ? ` ${first}` : "";
  return `${count} events${when}`;
}

// Units a big story's overview groups its events by, smallest first.
const BUCKET_UNITS = ["day", "week", "month", "quarter", "year"];

// bucketStart is the first day of the unit (day, week from Monday, month,
// quarter, year) that holds the ISO civil date iso.
export function bucketStart(iso, unit) {
  const p = parseDate(iso);
  if (!p) return "";
  switch (unit) {
    case "day":
      return iso;
    case "week": {
      const wd = (new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() + 6) % 7; // Monday 0
      return addDays(iso, -wd);
    }
    case "month":
      return `${String(p.y).padStart(4, "0")}-${String(p.m).padStart(2, "0")}-01`;
    case "quarter":
      return `${String(p.y).padStart(4, "0")}-${String(p.m - ((p.m - 1) % 3)).padStart(2, "0")}-01`;
    default:
      return `${String(p.y).padStart(4, "0")}-01-01`;
  }
}

// bucketEnd is the first day after the unit that starts on start.
export function bucketEnd(start, unit) {
  const p = parseDate(start);
  if (!p) return "";
  const months = { month: 1, quarter: 3, year: 12 }[unit];
  if (!months) return addDays(start, unit === "week" ? 7 : 1);
  const t = new Date(Date.UTC(p.y, p.m - 1 + months, 1));
  return `${String(t.getUTCFullYear()).padStart(4, "0")}-${String(t.getUTCMonth() + 1).padStart(2, "0")}-01`;
}

// itemDay is the civil date an item starts on.
const itemDay = (it) => String(it.start).slice(0, 10);
const itemLast = (it) => String(it.end ?? it.start).slice(0, 10);

// overview is what the timeline of a big story draws for the window
// start..end (ISO civil dates): the items in it when there are at most
// max, and otherwise one item per day, week, month, quarter or year (the
// smallest unit that gives at most max) saying how many events it holds,
// which opens into its events when clicked or zoomed into.
export function overview(items, { start, end, max = 40 }) {
  const inWindow = items.filter((it) => itemDay(it) <= end && itemLast(it) >= start);
  if (inWindow.length <= max) return { items: inWindow, unit: "" };
  let groups = null;
  let unit = "";
  for (unit of BUCKET_UNITS) {
    groups = new Map();
    for (const it of inWindow) {
      const key = bucketStart(itemDay(it), unit);
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    if (groups.size <= max) break;
  }
  // One busy day is drawn as its events: there is nothing left to open.
  if (unit === "day" && groups.size === 1) return { items: inWindow, unit: "" };
  const out = [];
  for (const [key, count] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    out.push({
      id: `bucket-${unit}-${key}`,
      type: "range",
      start: key,
      end: bucketEnd(key, unit),
      content: clusterLabel(count, "", ""),
      count,
      unit,
      bucket: true,
      className: "timeline-bucket",
    });
  }
  return { items: out, unit };
}

// windowAround is a window (ISO civil dates) around the item with id that
// holds at most max items of sorted (items in date order), so that the
// item is drawn as itself.
export function windowAround(sorted, id, max = 40) {
  const i = sorted.findIndex((it) => it.id === id);
  if (i < 0) return null;
  const half = Math.max(1, Math.floor((max - 1) / 2));
  const lo = Math.max(0, i - half);
  const hi = Math.min(sorted.length - 1, i + half);
  const first = itemDay(sorted[lo]);
  const last = itemLast(sorted[hi]);
  // Items on the edge days that were not counted would join the window:
  // keep the window inside the first and last counted days when that is
  // still around the item.
  let start = first;
  let end = last;
  const count = sorted.filter((it) => itemDay(it) <= end && itemLast(it) >= start).length;
  if (count > max) {
    start = itemDay(sorted[i]);
    end = itemLast(sorted[i]);
  }
  return { start, end: addDays(end, 1) };
}
