// Progressive enhancement of the event page's forms. A POST form marked
// data-enhance is sent with fetch instead of a page load; the redirected-to
// page (or the 422 page with the message) is parsed and its part with the
// id the form names in data-enhance (event-detail unless it names one)
// replaces the same part of this page. Without JavaScript, or when fetch
// fails, the forms post and redirect as they always do.

// formBody encodes a form's entries the way the browser does for
// application/x-www-form-urlencoded; files, which such a form cannot carry,
// are left out.
export function formBody(entries) {
  const body = new URLSearchParams();
  for (const [name, value] of entries) {
    if (typeof value === "string") body.append(name, value);
  }
  return body;
}

// outcome says what to do with a response: "swap" the part in when the
// response has it (a success, or a 4xx page that shows the message on the
// form), else "error": show the response's message in place.
export function outcome(status, hasTarget) {
  if (hasTarget && ((status >= 200 && status < 300) || status === 409 || status === 422)) return "swap";
  return "error";
}

// announcement is what the live region says after a swap.
export function announcement(form, status) {
  if (status >= 200 && status < 300) return form?.dataset?.enhanceDone || "Saved.";
  return "Not saved: see the message on the form.";
}

// quote escapes a string for a double-quoted CSS attribute value.
function quote(s) {
  return String(s).replace(/["\\]/g, "\\$&").replace(/\n/g, "\\a ");
}

// focusSelector is how to find, in the new part, the element that had the
// focus in the old one: by id, else by data-testid, else by its place
// among its part's elements with the same tag.
export function focusSelector(el, index) {
  if (!el) return null;
  if (el.id) return `[id="${quote(el.id)}"]`;
  const testid = el.getAttribute?.("data-testid");
  if (testid) return `[data-testid="${quote(testid)}"]`;
  return index >= 0 ? { tag: el.tagName.toLowerCase(), index } : null;
}

function statusRegion(part) {
  const id = `${part.id}-status`;
  let region = document.getElementById(id);
  if (!region) {
    region = document.createElement("p");
    region.id = id;
    region.className = "muted enhance-status";
    region.setAttribute("role", "status");
    region.setAttribute("aria-live", "polite");
    part.before(region);
  }
  return region;
}

// indexIn is el's place among root's elements with its tag, or -1.
function indexIn(root, el) {
  const tag = el?.tagName?.toLowerCase();
  return tag ? Array.prototype.indexOf.call(root.getElementsByTagName(tag), el) : -1;
}

function findFocus(part, sel) {
  if (!sel) return null;
  if (typeof sel === "string") return part.querySelector(sel);
  return part.getElementsByTagName(sel.tag)[sel.index] || null;
}

async function send(form, submitter, part) {
  const method = (submitter?.getAttribute("formmethod") || form.getAttribute("method") || "get").toLowerCase();
  const action = submitter?.getAttribute("formaction") || form.getAttribute("action") || location.href;
  const entries = new FormData(form, submitter || undefined);
  // Where the focus goes back to: the same element of the same form, found
  // in the new part by focusSelector.
  const active = part.contains(document.activeElement) ? document.activeElement : submitter;
  const inForm = active != null && form.contains(active);
  const formSel = inForm ? focusSelector(form, indexIn(part, form)) : null;
  const sel = focusSelector(active, indexIn(inForm ? form : part, active));

  const region = statusRegion(part);
  part.setAttribute("aria-busy", "true");
  if (submitter) submitter.disabled = true;
  let resp;
  let html;
  try {
    resp = await fetch(action, {
      method: method.toUpperCase(),
      body: method === "post" ? formBody(entries) : undefined,
      headers: { Accept: "text/html", "X-Requested-With": "fetch" },
      credentials: "same-origin",
      redirect: "follow",
    });
    html = await resp.text();
  } catch (err) {
    part.removeAttribute("aria-busy");
    if (submitter) submitter.disabled = false;
    region.textContent = "Not saved: the server could not be reached. Try again.";
    console.error("form:", err);
    return;
  }

  const doc = new DOMParser().parseFromString(html, "text/html");
  const fresh = doc.getElementById(part.id);
  if (outcome(resp.status, fresh != null) === "swap") {
    const node = document.importNode(fresh, true);
    part.replaceWith(node);
    if (doc.title) document.title = doc.title;
    const url = new URL(resp.url || action, location.href);
    if (resp.ok && url.pathname !== location.pathname) history.pushState(null, "", url.pathname + url.search);
    const problem = node.querySelector('[role="alert"]');
    const scope = formSel ? findFocus(node, formSel) : node;
    const target = problem || (scope && findFocus(scope, sel));
    if (problem && !problem.hasAttribute("tabindex")) problem.setAttribute("tabindex", "-1");
    target?.focus({ preventScroll: !problem });
    region.textContent = announcement(form, resp.status);
    return;
  }

  // Some other page (an error page, say): its message goes above the form.
  part.removeAttribute("aria-busy");
  if (submitter) submitter.disabled = false;
  const box = document.createElement("div");
  box.className = "flash flash-error";
  box.setAttribute("role", "alert");
  box.setAttribute("data-testid", "enhance-error");
  const message = doc.querySelector('[data-testid="error-message"]') || doc.querySelector("main") || doc.body;
  const p = document.createElement("p");
  p.textContent = (message?.textContent || `The server answered ${resp.status}.`).trim();
  box.append(p);
  form.querySelector('[data-testid="enhance-error"]')?.remove();
  form.prepend(box);
  region.textContent = `Not saved (${resp.status}).`;
}

// enhanceForms makes the data-enhance forms under root post with fetch.
export function enhanceForms(root = document) {
  if (typeof fetch !== "function" || typeof DOMParser !== "function") return;
  let busy = false;
  root.addEventListener("submit", async (ev) => {
    const form = ev.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-enhance")) return;
    const part = document.getElementById(form.dataset.enhance || "event-detail");
    if (!part || !part.contains(form)) return;
    ev.preventDefault();
    if (busy) return;
    busy = true;
    try {
      await send(form, ev.submitter, part);
    } finally {
      busy = false;
    }
  });
}
