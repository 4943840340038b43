// A tiny hub that keeps one selected event across the list, the timeline and
// the map. Widgets subscribe with onSelect and report clicks with select; the
// source of a selection is passed along so a widget can skip echoing itself.

export function createSelection() {
  const listeners = [];
  let current = null;
  return {
    get current() {
      return current;
    },
    onSelect(fn) {
      listeners.push(fn);
    },
    select(id, source) {
      if (id === current) return;
      current = id;
      for (const fn of listeners) fn(id, source);
    },
  };
}
