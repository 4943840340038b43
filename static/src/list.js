// The plain-HTML event list: clicking an item selects its event; a selected
// item gets class "selected", aria-current and is scrolled into view.

export function mountList(root, selection) {
  const itemFor = (id) => root.querySelector(`li[data-event-id="${id}"]`);

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
    const li = id == null ? null : itemFor(id);
    if (!li) return;
    li.classList.add("selected");
    li.setAttribute("aria-current", "true");
    if (source !== "list") {
      const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      li.scrollIntoView({ block: "nearest", behavior: smooth ? "smooth" : "auto" });
    }
  });
}
