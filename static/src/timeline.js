// The timeline widget: vis-timeline over the story's dated events.

import { DataSet, Timeline } from "vis-timeline/standalone";

import { timelineItems, timelineWindow } from "./story.js";

// itemContent builds an item's label from text nodes only, so titles taken
// from articles can never inject markup.
function itemContent(item) {
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
  const timeline = new Timeline(root, new DataSet(items), {
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

  timeline.on("select", ({ items: ids }) => {
    if (ids.length > 0) selection.select(Number(ids[0]), "timeline");
  });

  const byID = new Map(items.map((it) => [it.id, it]));
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
    timeline.setSelection([id], { focus: !visible(it), animation: { duration: 300 }, zoom: false });
  });
  return timeline;
}
