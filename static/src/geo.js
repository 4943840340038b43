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
