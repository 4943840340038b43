// The timeline widget: vis-timeline over the story's dated events.

import { DataSet, Timeline } from "vis-timeline/standalone";

import { addDays, CLUSTER_FROM, clusterLabel, overview, timelineItems, timelineWindow, windowAround } from "./story.js";

// OVERVIEW_MAX is the most events a big story's timeline draws as cards
// in one window; more are drawn as counts.
const OVERVIEW_MAX = 40;

// isoDay is the civil date of a time vis-timeline holds (local midnight).
function isoDay(t) {
  const d = new Date(t);
  const m = String(d.getMonth() + 1).padStart(2, "0");
  const day = String(d.getDate()).padStart(2, "0");
  return `${d.getFullYear()}-${m}-${day}`;
}

// bucketContent is the label of a count of a big story's overview: how
// many events a day, week, month, quarter or year holds.
function bucketContent(item) {
  const el = document.createElement("span");
  el.className = "timeline-cluster";
  // The number alone, so that counts side by side fit on one row; the
  // tooltip says what it counts.
  el.textContent = String(item.count);
  el.title = `${clusterLabel(item.count, item.start, addDays(item.end, -1))}: click to see them`;
  el.dataset.count = String(item.count);
  return el;
}

// itemContent builds an item's label from text nodes only, so titles taken
// from articles can never inject markup.
function itemContent(item) {
  if (item?.bucket) return bucketContent(item);
  const el = document.createElement("span");
  el.className = "timeline-item";
  el.title = item.label ? `${item.label}: ${item.headline}` : item.headline;
  if (item.label) {
    const date = document.createElement("span");
    date.className = "timeline-date";
    date.textContent = item.label;
    el.append(date, " ");
  }
  const text = document.createElement("span");
  text.className = "timeline-headline";
  text.textContent = item.headline;
  el.append(text);
  return el;
}

// mountTimeline draws the story's dated events into root and links them to
// the selection; root gets data-ready="true" after the first draw.
export function mountTimeline(root, data, selection) {
  const { items } = timelineItems(data.events);
  if (items.length === 0) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = "No dated events to draw.";
    root.replaceChildren(p);
    root.dataset.ready = "true";
    return null;
  }

  const win = timelineWindow(items, { widthPx: root.clientWidth });
  // A big story (CLUSTER_FROM items or more) draws an overview: where a
  // window holds more than OVERVIEW_MAX events, one count per day, week,
  // month, quarter or year; zooming in (or clicking a count) opens them
  // into their events. Smaller stories draw every event, as ever.
  const clustered = items.length >= CLUSTER_FROM;
  root.dataset.clustered = String(clustered);
  const sorted = clustered ? [...items].sort((a, b) => (String(a.start) < String(b.start) ? -1 : 1)) : items;
  const shown = new DataSet(clustered ? overview(sorted, { start: win.start, end: win.end, max: OVERVIEW_MAX }).items : items);
  const timeline = new Timeline(root, shown, {
    start: win.start,
    end: win.end,
    orientation: { axis: "top", item: "top" },
    stack: true,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    // The wheel scrolls a tall stack of items, then the page; Ctrl+wheel
    // zooms and dragging pans.
    zoomKey: "ctrlKey",
    horizontalScroll: false,
    verticalScroll: true,
    zoomMin: 6 * 60 * 60 * 1000, // six hours: enough for times of day
    zoomMax: 200 * 365 * 24 * 60 * 60 * 1000, // two centuries
    maxHeight: 420,
    minHeight: 160,
    margin: { item: { horizontal: 6, vertical: 8 } },
    dataAttributes: ["event-id"],
    template: itemContent,
    onInitialDrawComplete: () => {
      root.dataset.ready = "true";
    },
  });

  // redraw puts what the window start..end shows into the data set, when
  // that changed.
  let drawnKey = "";
  const redraw = (start, end) => {
    const { items: next } = overview(sorted, { start: isoDay(start), end: isoDay(end), max: OVERVIEW_MAX });
    const key = next.map((it) => it.id).join(",");
    if (key === drawnKey) return;
    drawnKey = key;
    const keep = timeline.getSelection();
    shown.clear();
    shown.add(next);
    timeline.setSelection(keep.filter((id) => shown.get(id)));
  };
  if (clustered) {
    drawnKey = shown.getIds().join(",");
    timeline.on("rangechanged", ({ start, end }) => redraw(start, end));
  }

  const byID = new Map(items.map((it) => [it.id, it]));
  timeline.on("select", ({ items: ids }) => {
    if (ids.length === 0) return;
    const picked = shown.get(ids[0]);
    if (picked?.bucket) {
      // A count: open it into its events.
      timeline.setSelection([]);
      timeline.setWindow(picked.start, picked.end, { animation: false });
      return;
    }
    if (byID.has(Number(ids[0]))) selection.select(Number(ids[0]), "timeline");
  });

  // visible reports whether an item lies inside the window, so selecting it
  // only moves the timeline when it has to.
  const visible = (it) => {
    const w = timeline.getWindow();
    const start = new Date(it.start.length === 10 ? `${it.start}T00:00` : it.start);
    const end = it.end ? new Date(`${it.end}T00:00`) : start;
    return start >= w.start && end <= w.end;
  };
  selection.onSelect((id, source) => {
    const it = id == null ? undefined : byID.get(id);
    if (!it) {
      timeline.setSelection([]);
      return;
    }
    if (source === "timeline") return;
    if (clustered && !shown.get(id)) {
      // The event is inside a count: zoom to the days around it that are
      // drawn as events.
      const w = windowAround(sorted, id, OVERVIEW_MAX);
      timeline.setWindow(w.start, w.end, { animation: false });
      redraw(new Date(`${w.start}T00:00`), new Date(`${w.end}T00:00`));
      timeline.setSelection([id]);
      return;
    }
    timeline.setSelection([id], { focus: !visible(it), animation: { duration: 300 }, zoom: false });
  });
  return timeline;
}
