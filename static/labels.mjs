// Derives the map's label set (static/dist/labels.json) from the embedded
// GeoNames gazetteer (timeline/geo/gazetteer.tsv.gz): countries, capitals
// and large cities, each with the least zoom at which the map shows it.
// Pure functions, so that the unit tests can check them without a build.

// A label is [name, lat, lon, kind, minZoom, rank]; rank orders labels when
// they collide (lower first).
export const KIND_COUNTRY = "country";
export const KIND_CAPITAL = "capital";
export const KIND_CITY = "city";

// Only whole towns: PPLX (sections of cities) and the like are left out.
const TOWN_FEATURES = new Set(["P.PPL", "P.PPLA", "P.PPLA2", "P.PPLC", "P.PPLG"]);

// Least populations for cities by zoom (capitals come in regardless).
const CITY_ZOOMS = [
  [5_000_000, 4],
  [1_000_000, 5],
  [300_000, 6],
];

function countryZoom(pop) {
  if (pop >= 100_000_000) return 1;
  if (pop >= 30_000_000) return 2;
  if (pop >= 3_000_000) return 3;
  return 4;
}

function cityZoom(pop) {
  for (const [least, zoom] of CITY_ZOOMS) if (pop >= least) return zoom;
  return -1;
}

const round = (v) => Math.round(v * 100) / 100;

// labelsFromGazetteer turns the gazetteer's TSV text into labels, most
// important first.
export function labelsFromGazetteer(tsv) {
  const out = [];
  for (const line of tsv.split("\n")) {
    if (line === "" || line[0] === "#") continue;
    const f = line.split("\t");
    if (f.length < 8) continue;
    const [, name, lat, lon, , , feature, popText] = f;
    const pop = Number(popText) || 0;
    let kind;
    let zoom;
    if (feature === "A.PCLI") {
      kind = KIND_COUNTRY;
      zoom = countryZoom(pop);
    } else if (feature === "P.PPLC") {
      kind = KIND_CAPITAL;
      zoom = pop >= 5_000_000 ? 3 : 4;
    } else if (TOWN_FEATURES.has(feature) && f[11] !== "minor") {
      kind = KIND_CITY;
      zoom = cityZoom(pop);
      if (zoom < 0) continue;
    } else {
      continue;
    }
    out.push({ name, lat: round(Number(lat)), lon: round(Number(lon)), kind, zoom, pop });
  }
  const kindRank = { [KIND_COUNTRY]: 0, [KIND_CAPITAL]: 1, [KIND_CITY]: 2 };
  out.sort((a, b) => a.zoom - b.zoom || kindRank[a.kind] - kindRank[b.kind] || b.pop - a.pop || (a.name < b.name ? -1 : 1));
  return out.map((l, i) => [l.name, l.lat, l.lon, l.kind, l.zoom, i]);
}
