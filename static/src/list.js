// The plain-HTML event list: clicking an item selects its event; a selected
// item gets class "selected", aria-current and is scrolled into view.
//
// A big story's list is paged by the server (?page=N keeps the filters). An
// event selected on the timeline or the map that is on another page is
// named in a note under the list, with a link to the page that shows it.

import { listPage, pageURL } from "./story.js";

export function mountList(root, selection, data = {}) {
  const itemFor = (id) => root.querySelector(`li[data-event-id="${id}"]`);
  const events = Array.isArray(data.events) ? data.events : [];
  const index = new Map(events.map((e, i) => [e.id, i]));

  let note = null;
  const elsewhere = (ev, page) => {
    if (!note) {
      note = document.createElement("p");
      note.className = "list-elsewhere";
      note.dataset.testid = "list-elsewhere";
      note.setAttribute("role", "status");
      root.after(note);
    }
    const link = document.createElement("a");
    link.href = pageURL(location.href, page, ev.id);
    link.textContent = `page ${page} of the list`;
    const title = document.createElement("a");
    title.href = ev.url;
    title.textContent = ev.title;
    note.replaceChildren(ev.label ? `${ev.label}: ` : "", title, " is on ", link, ".");
    note.hidden = false;
  };

  // A click anywhere on an item, or moving the keyboard focus into it (its
  // link), selects its event.
  const selectFrom = (e) => {
    const li = e.target.closest("li[data-event-id]");
    if (!li || !root.contains(li)) return;
    const id = Number(li.dataset.eventId);
    if (Number.isFinite(id)) selection.select(id, "list");
  };
  root.addEventListener("click", selectFrom);
  root.addEventListener("focusin", selectFrom);

  selection.onSelect((id, source) => {
    for (const li of root.querySelectorAll("li.selected")) {
      li.classList.remove("selected");
      li.removeAttribute("aria-current");
    }
    if (note) note.hidden = true;
    const li = id == null ? null : itemFor(id);
    if (!li) {
      const i = index.get(id);
      if (i !== undefined && data.pageSize > 0) elsewhere(events[i], listPage(i, data.pageSize));
      return;
    }
    li.classList.add("selected");
    li.setAttribute("aria-current", "true");
    if (source !== "list") {
      const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      li.scrollIntoView({ block: "nearest", behavior: smooth ? "smooth" : "auto" });
    }
  });
}
