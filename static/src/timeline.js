// The timeline widget: vis-timeline over the story's dated events.

import { DataSet, Timeline } from "vis-timeline/standalone";

import { addDays, CLUSTER_FROM, clusterLabel, timelineItems, timelineWindow } from "./story.js";

const DAY = 24 * 60 * 60 * 1000;

// isoDay is the civil date of a time vis-timeline holds (local midnight).
function isoDay(t) {
  const d = new Date(t);
  const m = String(d.getMonth() + 1).padStart(2, "0");
  const day = String(d.getDate()).padStart(2, "0");
  return `${d.getFullYear()}-${m}-${day}`;
}

// clusterContent is the label of a cluster: how many events it holds and
// the days they span.
function clusterContent(cluster) {
  const el = document.createElement("span");
  el.className = "timeline-cluster";
  const n = cluster.uiItems?.length ?? 0;
  const first = Number.isFinite(cluster.min) ? isoDay(cluster.min) : "";
  const last = Number.isFinite(cluster.max) ? isoDay(cluster.max) : "";
  el.textContent = `${n}`;
  el.title = `${clusterLabel(n, first, last)}: click to zoom in`;
  el.dataset.count = String(n);
  return el;
}

// itemContent builds an item's label from text nodes only, so titles taken
// from articles can never inject markup.
function itemContent(item) {
  if (item?.isCluster || item?.uiItems) return clusterContent(item);
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
  // A big story (CLUSTER_FROM items or more) is drawn unstacked: its
  // cards overlap on one row instead of piling into a wall; selecting an
  // event zooms to its weeks.
  const clustered = items.length >= CLUSTER_FROM;
  root.dataset.clustered = String(clustered);
  const timeline = new Timeline(root, new DataSet(items), {
    // vis-timeline 8.5's cluster option hid the clustered items without
    // drawing their counts in our tests, so a big story is drawn unstacked
    // instead: a row of day marks to zoom into rather than a wall of cards.
    start: win.start,
    end: win.end,
    orientation: { axis: "top", item: "top" },
    stack: !clustered,
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

  const byID = new Map(items.map((it) => [it.id, it]));
  timeline.on("select", ({ items: ids }) => {
    if (ids.length === 0) return;
    if (byID.has(Number(ids[0]))) {
      selection.select(Number(ids[0]), "timeline");
      return;
    }
    // A cluster: zoom to the days it spans.
    const cluster = timeline.itemSet?.clusters?.find((c) => c.id === ids[0]);
    timeline.setSelection([]);
    if (cluster && Number.isFinite(cluster.data.min)) {
      const pad = Math.max(DAY, (cluster.data.max - cluster.data.min) * 0.1);
      timeline.setWindow(cluster.data.min - pad, cluster.data.max + pad, { animation: { duration: 300 } });
    } else {
      timeline.zoomIn(0.6);
    }
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
    const w = timeline.getWindow();
    if (clustered && w.end - w.start > 120 * DAY) {
      // At this zoom the event may sit in a cluster: show its weeks.
      const day = it.start.slice(0, 10);
      timeline.setWindow(addDays(day, -30), addDays(day, 31), { animation: false });
      timeline.setSelection([id]);
      return;
    }
    timeline.setSelection([id], { focus: !visible(it), animation: { duration: 300 }, zoom: false });
  });
  return timeline;
}
