// Storyline's page script. On every page it lets forms marked data-enhance
// save without a page reload (forms.js). On the story page it reads the
// story-data JSON, draws the timeline and the map, and links selection between
// them and the plain-HTML event list (and the URL hash #event-42).

import { enhanceForms } from "./forms.js";
import { mountList } from "./list.js";
import { mountMap } from "./map.js";
import { createSelection } from "./selection.js";
import { decodeStoryData, eventIdFromHash } from "./story.js";
import { mountTimeline } from "./timeline.js";

// The basemap sits next to this script in dist, wherever that is served.
const scriptURL = document.currentScript?.src || `${location.origin}/static/app.js`;
const basemapURL = new URL("basemap.json", scriptURL).href;

function readStoryData() {
  const el = document.getElementById("story-data");
  if (!el) return null;
  try {
    return decodeStoryData(JSON.parse(el.textContent));
  } catch (err) {
    console.error("story-data:", err);
    return null;
  }
}

// label names a widget's root for assistive technology unless the page did.
function label(root, text) {
  if (!root.hasAttribute("role")) root.setAttribute("role", "region");
  if (!root.hasAttribute("aria-label")) root.setAttribute("aria-label", text);
}

function main() {
  enhanceForms();
  const data = readStoryData();
  if (!data) return;
  const selection = createSelection();

  const list = document.getElementById("event-list");
  if (list) mountList(list, selection, data);

  const timelineRoot = document.getElementById("timeline");
  if (timelineRoot) {
    label(timelineRoot, "Timeline of the story's dated events");
    try {
      mountTimeline(timelineRoot, data, selection);
    } catch (err) {
      console.error("timeline:", err);
    }
  }
  const mapRoot = document.getElementById("map");
  if (mapRoot) {
    label(mapRoot, "Map of the story's places");
    try {
      mountMap(mapRoot, data, selection, basemapURL);
    } catch (err) {
      console.error("map:", err);
    }
  }

  const fromHash = () => {
    const id = eventIdFromHash(location.hash);
    if (id != null) selection.select(id, "hash");
  };
  selection.onSelect((id, source) => {
    if (source === "hash" || id == null) return;
    // replaceState keeps the back button for real navigation and does not
    // make the browser jump to the list item.
    history.replaceState(history.state, "", `#event-${id}`);
  });
  window.addEventListener("hashchange", fromHash);
  fromHash();
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", main);
} else {
  main();
}
