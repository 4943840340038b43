// The map widget: Leaflet over an offline basemap of country shapes (Natural
// Earth via world-atlas), optional tiles, and one marker per place.

import L from "leaflet";
import { feature } from "topojson-client";

import { flatWorld } from "./geo.js";
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

function icon(m) {
  return L.divIcon({
    className: "map-marker",
    html: `<span class="map-marker-dot">${m.events.length > 1 ? m.events.length : ""}</span>`,
    iconSize: [22, 22],
    iconAnchor: [11, 11],
    popupAnchor: [0, -10],
  });
}

// mountMap draws the map into root. basemapURL is where the TopoJSON lives;
// root gets data-ready="true" once the markers and the basemap are in place
// (or the basemap failed to load, which also sets data-basemap="failed").
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
  for (const m of markers) {
    const marker = L.marker([m.lat, m.lon], {
      icon: icon(m),
      title: `${m.name}: ${m.events.length} event${m.events.length === 1 ? "" : "s"}`,
      alt: m.name,
      riseOnHover: true,
      keyboard: true,
    });
    marker.bindPopup(() => popupContent(m, selection), { maxWidth: 280, autoPanPadding: [20, 20] });
    marker.on("add", () => {
      const el = marker.getElement();
      el.dataset.testid = "marker";
      el.dataset.place = m.name;
    });
    marker.on("click", () => {
      const ids = m.events.map((e) => e.id);
      selection.select(ids.includes(selection.current) ? selection.current : ids[0], "map");
    });
    marker.addTo(map);
    layers.set(m.key, marker);
  }

  if (markers.length === 0) {
    map.fitBounds(WORLD);
  } else if (markers.length === 1) {
    map.setView([markers[0].lat, markers[0].lon], Math.min(markerZoom(markers[0]), map.getMaxZoom()));
  } else {
    const bounds = L.latLngBounds(markers.map((m) => [m.lat, m.lon]));
    map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6 });
  }

  // A selected event highlights every place it names and opens the popup of
  // the first.
  selection.onSelect((id) => {
    const hits = id == null ? [] : markersForEvent(markers, id);
    const keys = new Set(hits.map((m) => m.key));
    for (const [key, marker] of layers) {
      marker.getElement()?.classList.toggle("selected", keys.has(key));
    }
    if (hits.length === 0) {
      map.closePopup();
      return;
    }
    const marker = layers.get(hits[0].key);
    marker.setPopupContent(popupContent(hits[0], selection));
    marker.openPopup();
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
      root.dataset.ready = "true";
    });
  return map;
}

function escapeHTML(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
