// The map widget: Leaflet over an offline basemap of country shapes (Natural
// Earth via world-atlas) with labels (countries, capitals and large cities
// from the GeoNames gazetteer), optional tiles, and one marker per place,
// clustered where markers would overlap.

import L from "leaflet";
import "leaflet.markercluster";
import { feature } from "topojson-client";

import { fitPadding, flatWorld, visibleLabels } from "./geo.js";
import { markersForEvent, markerZoom, placeMarkers } from "./story.js";

const BASEMAP_ATTRIBUTION = 'Basemap: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';
const WORLD = L.latLngBounds([-58, -170], [78, 190]);

// loadBasemap fetches the TopoJSON countries and returns them as GeoJSON.
async function loadBasemap(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`basemap: ${res.status} ${res.statusText}`);
  const topo = await res.json();
  return flatWorld(feature(topo, topo.objects.countries));
}

// loadLabels fetches the label set built from the gazetteer.
async function loadLabels(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`labels: ${res.status} ${res.statusText}`);
  return res.json();
}

function text(tag, className, value) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.textContent = value;
  return el;
}

// popupContent lists a marker's events; a date selects its event (its href
// is the event's hash, for opening in a new tab), the headline links to the
// event page.
function popupContent(m, selection) {
  const selectedID = selection.current;
  const root = document.createElement("div");
  root.className = "marker-popup";
  const title = text("strong", "marker-place", m.name);
  root.append(title);
  if (m.mentions.length > 0) root.append(" ", text("span", "marker-mentions", `(“${m.mentions.join("”, “")}”)`));
  const ol = document.createElement("ol");
  for (const e of m.events) {
    const li = document.createElement("li");
    if (e.id === selectedID) li.className = "selected";
    const date = text("a", "marker-date", e.label || "show");
    date.href = `#event-${e.id}`;
    date.addEventListener("click", (ev) => {
      if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      // Select in place rather than follow the hash, which would make the
      // page jump to the list item.
      ev.preventDefault();
      selection.select(e.id, "map");
    });
    const link = text("a", "marker-event", e.title);
    link.href = e.url || `#event-${e.id}`;
    li.append(date, " ", link);
    ol.append(li);
  }
  root.append(ol);
  return root;
}

// icon is a marker's dot (with its number of events) and its place's name,
// built as elements so that no name is parsed as HTML.
function icon(m) {
  const html = document.createElement("span");
  html.append(text("span", "map-marker-dot", m.events.length > 1 ? String(m.events.length) : ""));
  html.append(text("span", "map-marker-label", m.name));
  return L.divIcon({
    className: "map-marker",
    html,
    iconSize: [22, 22],
    iconAnchor: [11, 11],
    popupAnchor: [0, -10],
  });
}

// clusterIcon shows how many events the places of a cluster hold.
function clusterIcon(cluster) {
  let events = 0;
  for (const child of cluster.getAllChildMarkers()) events += child.options.events || 1;
  const n = cluster.getChildCount();
  const html = text("span", "map-cluster-count", String(events));
  return L.divIcon({
    className: `map-cluster${n >= 10 ? " map-cluster-large" : ""}`,
    html,
    iconSize: [34, 34],
    iconAnchor: [17, 17],
  });
}

// labelIcon is a basemap label: a country, a capital or a city.
function labelIcon(name, kind) {
  return L.divIcon({
    className: `map-label map-label-${kind}`,
    html: text("span", "", name),
    iconSize: null,
    iconAnchor: [0, 0],
  });
}

// A label's box on screen, estimated from its text, for decluttering.
const LABEL_CHAR_PX = { country: 7.5, capital: 6.5, city: 6 };
const LABEL_HEIGHT_PX = 16;
const MAX_LABELS = 250;

// drawLabels keeps the label layer in step with the view: the labels that
// the zoom admits, inside the view, not overlapping one another or a
// story's place of the same name.
function drawLabels(map, layer, labels, taken, avoid) {
  const size = map.getSize();
  const zoom = map.getZoom();
  const want = visibleLabels(labels, {
    zoom,
    project: (lat, lon) => map.latLngToContainerPoint([lat, lon]),
    width: size.x,
    height: size.y,
    charPx: LABEL_CHAR_PX,
    heightPx: LABEL_HEIGHT_PX,
    max: MAX_LABELS,
    avoid,
  });
  const keep = new Set(want.map((l) => l[5]));
  for (const [rank, marker] of taken) {
    if (!keep.has(rank)) {
      layer.removeLayer(marker);
      taken.delete(rank);
    }
  }
  for (const l of want) {
    if (taken.has(l[5])) continue;
    const marker = L.marker([l[1], l[2]], {
      icon: labelIcon(l[0], l[3]),
      interactive: false,
      keyboard: false,
      pane: "labels",
    });
    layer.addLayer(marker);
    taken.set(l[5], marker);
  }
}

// mountMap draws the map into root. basemapURL is where the TopoJSON lives
// (its labels, labels.json, lie beside it); root gets data-ready="true" once
// the markers, the basemap and its labels are in place (or the basemap
// failed to load, which also sets data-basemap="failed"; failed labels set
// data-labels="failed").
export function mountMap(root, data, selection, basemapURL) {
  const tiled = Boolean(data.tiles);
  const map = L.map(root, {
    worldCopyJump: false,
    minZoom: 1,
    maxZoom: tiled ? 18 : 9,
    zoomSnap: 0.5,
    attributionControl: true,
  });
  // The basemap sits in its own pane under the tile pane, so tiles (when
  // configured) cover it and it shows wherever they fail to load.
  map.createPane("basemap").style.zIndex = "150";
  // Labels lie over the basemap and tiles, under the markers, and take no clicks.
  const labelPane = map.createPane("labels");
  labelPane.style.zIndex = "450";
  labelPane.style.pointerEvents = "none";
  map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
  if (data.credit) map.attributionControl.addAttribution(escapeHTML(data.credit));
  // tiles and tileAttribution come from the operator's configuration, so the
  // attribution may carry links (HTML); the credit is escaped.
  if (tiled) {
    L.tileLayer(data.tiles, { attribution: data.tileAttribution || "", maxZoom: 18 })
      // A tile that fails to load leaves the basemap showing, not a broken image.
      .on("tileerror", (e) => {
        e.tile.style.visibility = "hidden";
      })
      .addTo(map);
  }

  const markers = placeMarkers(data.events);
  const layers = new Map();
  // Markers that would overlap gather into a cluster; a click on a cluster
  // zooms to its places, or spreads them out where the map cannot zoom further.
  const clusters = L.markerClusterGroup({
    // A little more than a cluster's icon, so that clusters never overlap.
    maxClusterRadius: 40,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    zoomToBoundsOnClick: true,
    chunkedLoading: true,
    iconCreateFunction: clusterIcon,
  });
  let selectedKeys = new Set();
  for (const m of markers) {
    const marker = L.marker([m.lat, m.lon], {
      icon: icon(m),
      title: `${m.name}: ${m.events.length} event${m.events.length === 1 ? "" : "s"}`,
      alt: m.name,
      riseOnHover: true,
      keyboard: true,
      events: m.events.length,
    });
    marker.bindPopup(() => popupContent(m, selection), { maxWidth: 280, autoPanPadding: [20, 20] });
    marker.on("add", () => {
      const el = marker.getElement();
      el.dataset.testid = "marker";
      el.dataset.place = m.name;
      el.classList.toggle("selected", selectedKeys.has(m.key));
    });
    marker.on("click", () => {
      const ids = m.events.map((e) => e.id);
      selection.select(ids.includes(selection.current) ? selection.current : ids[0], "map");
    });
    layers.set(m.key, marker);
  }
  clusters.addLayers([...layers.values()]);
  clusters.addTo(map);
  // Few places name themselves beside their markers; many only once zoomed in.
  const nameMarkers = () => root.classList.toggle("map-named", markers.length <= 40 || map.getZoom() >= 6);

  // The story's places fit inside the view with room around them, so that
  // no marker sits on an edge, on a phone as on a desktop; until the reader
  // moves the map, a change of the map's size fits them again.
  let moved = false;
  let popupOpen = false;
  map.on("popupopen", () => (popupOpen = true)).on("popupclose", () => (popupOpen = false));
  const fit = () => {
    if (markers.length === 0) {
      map.fitBounds(WORLD);
    } else if (markers.length === 1) {
      map.setView([markers[0].lat, markers[0].lon], Math.min(markerZoom(markers[0]), map.getMaxZoom()));
    } else {
      const size = map.getSize();
      const pad = fitPadding(size.x, size.y);
      // Names stand right of their markers: room for the longest on the right.
      const named = root.classList.contains("map-named");
      const longest = named ? Math.max(...markers.map((m) => m.name.length)) : 0;
      const right = pad + Math.min(Math.round(size.x / 4), longest * 7);
      // The zoom buttons (top left) and the attribution (bottom, two lines
      // on a phone) cover the map: no marker is fitted under them.
      const zoomBox = map.zoomControl?.getContainer();
      const left = Math.max(pad, zoomBox ? zoomBox.offsetLeft + zoomBox.offsetWidth + 6 : 0);
      const bottom = pad + (map.attributionControl?.getContainer().offsetHeight || 0);
      const bounds = L.latLngBounds(markers.map((m) => [m.lat, m.lon]));
      map.fitBounds(bounds, { paddingTopLeft: [left, pad], paddingBottomRight: [right, bottom], maxZoom: 6 });
    }
  };
  root.classList.toggle("map-named", markers.length <= 40);
  fit();
  nameMarkers();
  for (const type of ["pointerdown", "wheel", "keydown", "touchstart"]) {
    root.addEventListener(type, () => (moved = true), { passive: true, once: true });
  }
  if (typeof ResizeObserver === "function") {
    let last = `${root.clientWidth}x${root.clientHeight}`;
    new ResizeObserver(() => {
      const now = `${root.clientWidth}x${root.clientHeight}`;
      if (now === last) return;
      last = now;
      map.invalidateSize();
      if (!moved && !popupOpen) fit();
    }).observe(root);
  }

  // A selected event highlights every place it names and opens the popup of
  // the first, out of its cluster if need be.
  selection.onSelect((id) => {
    const hits = id == null ? [] : markersForEvent(markers, id);
    selectedKeys = new Set(hits.map((m) => m.key));
    for (const [key, marker] of layers) {
      marker.getElement()?.classList.toggle("selected", selectedKeys.has(key));
    }
    if (hits.length === 0) {
      map.closePopup();
      return;
    }
    const marker = layers.get(hits[0].key);
    clusters.zoomToShowLayer(marker, () => {
      marker.getElement()?.classList.add("selected");
      marker.setPopupContent(popupContent(hits[0], selection));
      marker.openPopup();
    });
  });

  // Labels follow the view; the story's own places are named by their markers.
  const labelLayer = L.layerGroup().addTo(map);
  const taken = new Map();
  const avoid = new Set(markers.map((m) => m.name));
  let labels = [];
  const redraw = () => {
    nameMarkers();
    drawLabels(map, labelLayer, labels, taken, avoid);
  };
  map.on("zoomend moveend resize", redraw);
  const labelsLoaded = loadLabels(new URL("labels.json", basemapURL).href)
    .then((l) => {
      labels = Array.isArray(l) ? l : [];
      redraw();
    })
    .catch((err) => {
      root.dataset.labels = "failed";
      console.error(err);
    });

  loadBasemap(basemapURL)
    .then((countries) => {
      L.geoJSON(countries, {
        pane: "basemap",
        interactive: false,
        style: { className: "basemap-country", color: "#b9b2a3", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
        attribution: BASEMAP_ATTRIBUTION,
      }).addTo(map);
    })
    .catch((err) => {
      root.dataset.basemap = "failed";
      console.error(err);
    })
    .finally(() => {
      labelsLoaded.finally(() => {
        root.dataset.ready = "true";
      });
    });
  return map;
}

function escapeHTML(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
