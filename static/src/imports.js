// An import's page shows its progress live: this module polls the import's
// JSON (data-poll) until the import is over, updates the counts, the
// progress bar and the list of articles, and sets data-ready on the section
// after each update (browser tests wait for it). Without JavaScript the page
// is the same, one reload behind.

const over = new Set(["done", "failed", "cancelled"]);

// isOver reports whether an import will not change any more.
export function isOver(state) {
  return over.has(state);
}

// counts are the fields of the page that show a number of the import.
export function counts(imp) {
  return {
    state: imp.state,
    done: String(imp.done),
    total: String(imp.total),
    added: String(imp.added),
    duplicates: String(imp.duplicates),
    refused: String(imp.refused),
    cancelled: String(imp.cancelled),
  };
}

function row(doc, it) {
  const tr = doc.createElement("tr");
  tr.dataset.state = it.state;
  tr.dataset.testid = "import-item";
  const cells = [String(it.position + 1), null, it.state, it.reason || ""];
  cells.forEach((text, i) => {
    const td = doc.createElement("td");
    if (i === 1) {
      if (it.document) {
        const a = doc.createElement("a");
        a.href = `/documents/${it.document}`;
        a.textContent = it.name;
        td.append(a);
      } else {
        td.textContent = it.name;
      }
    } else {
      td.textContent = text;
    }
    tr.append(td);
  });
  return tr;
}

// render writes an import's JSON into its section.
export function render(section, imp) {
  const doc = section.ownerDocument;
  for (const [field, value] of Object.entries(counts(imp))) {
    const el = section.querySelector(`[data-field="${field}"]`);
    if (el) el.textContent = value;
  }
  const bar = section.querySelector("progress");
  if (bar) {
    bar.max = Math.max(imp.total, 1);
    bar.value = imp.done;
  }
  const body = section.querySelector(".import-items tbody");
  if (body) body.replaceChildren(...imp.items.filter((it) => it.state !== "pending").map((it) => row(doc, it)));
  section.dataset.state = imp.state;
  if (isOver(imp.state)) {
    section.querySelector('[data-testid="import-cancel-form"]')?.remove();
    section.querySelector('[data-testid="import-reload"]')?.remove();
  }
  section.dataset.ready = "true";
}

// mountImport polls while the import runs.
export function mountImport(section, { interval = 700, fetchImpl = fetch } = {}) {
  const url = section.dataset.poll;
  if (!url) return;
  const tick = async () => {
    try {
      const res = await fetchImpl(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (res.ok) {
        const imp = await res.json();
        render(section, imp);
        if (isOver(imp.state)) return;
      }
    } catch (err) {
      console.error("import progress:", err);
    }
    setTimeout(tick, interval);
  };
  tick();
}
