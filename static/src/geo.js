// Pure helpers that make world-atlas shapes draw on a flat Leaflet map.

// Natural Earth's Antarctica ring runs along the pole and both sides of the
// antimeridian; on a Web Mercator map it is only a smear, so it is left out.
const ANTARCTICA = "010";

// unwrapRing makes a ring's longitudes continuous: where consecutive points
// jump across the antimeridian (179.9 to -180), the rest of the ring is
// shifted by 360 degrees, so Chukotka or Fiji draw as one shape past 180
// instead of a stripe across the whole map. It returns a new ring.
export function unwrapRing(ring) {
  let shift = 0;
  let prev = null;
  return ring.map(([lon, lat, ...rest]) => {
    if (prev !== null) {
      const d = lon + shift - prev;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    prev = lon + shift;
    return [prev, lat, ...rest];
  });
}

// flatWorld returns the features of a GeoJSON FeatureCollection ready for
// Leaflet: rings unwrapped at the antimeridian, Antarctica left out.
export function flatWorld(fc) {
  const features = [];
  for (const f of fc.features ?? []) {
    if (String(f.id) === ANTARCTICA || !f.geometry) continue;
    const g = f.geometry;
    let coordinates;
    if (g.type === "Polygon") coordinates = g.coordinates.map(unwrapRing);
    else if (g.type === "MultiPolygon") coordinates = g.coordinates.map((p) => p.map(unwrapRing));
    else coordinates = g.coordinates;
    features.push({ ...f, geometry: { ...g, coordinates } });
  }
  return { type: "FeatureCollection", features };
}

// fitPadding is the room, in pixels, left on every side when the map fits
// the story's places: a tenth of the map's smaller side, at least enough for
// a marker and its name's first letters, at most 64 pixels.
export function fitPadding(width, height) {
  const side = Math.min(width, height);
  return Math.max(28, Math.min(64, Math.round(side / 10)));
}

// visibleLabels picks the basemap labels to show: those the zoom admits
// (label[4] <= zoom), inside the view, in the order given (most important
// first), skipping any whose box would overlap one already taken or whose
// name a story's marker already shows. A label is [name, lat, lon, kind,
// minZoom, rank]; project maps a point to container pixels ({x, y}).
export function visibleLabels(labels, { zoom, project, width, height, charPx, heightPx, max, avoid }) {
  const boxes = [];
  const out = [];
  const margin = 4;
  for (const l of labels) {
    if (out.length >= max) break;
    if (l[4] > zoom) continue;
    if (avoid && avoid.has(l[0])) continue;
    const p = project(l[1], l[2]);
    const w = l[0].length * (charPx[l[3]] || 6.5) + 8;
    // Labels are centred on their point.
    const box = { x0: p.x - w / 2, y0: p.y - heightPx / 2, x1: p.x + w / 2, y1: p.y + heightPx / 2 };
    if (box.x1 < 0 || box.y1 < 0 || box.x0 > width || box.y0 > height) continue;
    let clash = false;
    for (const b of boxes) {
      if (box.x0 < b.x1 + margin && b.x0 < box.x1 + margin && box.y0 < b.y1 + margin && b.y0 < box.y1 + margin) {
        clash = true;
        break;
      }
    }
    if (clash) continue;
    boxes.push(box);
    out.push(l);
  }
  return out;
}
