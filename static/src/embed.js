// The embed page's script: it draws the story with Knight Lab's TimelineJS,
// which the page loads from this app (/static/timelinejs/), from the
// TimelineJS JSON the page carries in #timeline-data. Nothing is fetched
// from another site: script_path points TimelineJS at our copy for its
// locale file, and no font theme is loaded (embed.css sets the type).

function start() {
  const root = document.getElementById("timeline-embed");
  const el = document.getElementById("timeline-data");
  if (!root || !el) return;
  const fail = (msg) => {
    root.textContent = msg;
    root.dataset.ready = "error";
  };
  if (!window.TL || !window.TL.Timeline) {
    fail("The timeline viewer did not load.");
    return;
  }
  let data;
  try {
    data = JSON.parse(el.textContent);
  } catch (err) {
    fail("The timeline data could not be read.");
    return;
  }
  if (!Array.isArray(data.events) || data.events.length === 0) {
    fail("This story has no dated events to show yet.");
    return;
  }
  const scriptPath = new URL("timelinejs/js/", new URL(root.dataset.static || "/static/", location.href)).href;
  const timeline = new window.TL.Timeline(root, data, {
    script_path: scriptPath,
    language: "en",
    font: null,
    initial_zoom: 2,
    hash_bookmark: false,
    is_embed: true,
  });
  timeline.on("ready", () => {
    root.dataset.ready = "true";
  });
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}
