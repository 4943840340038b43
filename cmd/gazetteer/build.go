package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"storyline/timeline/geo"
)

// entry is one output row.
type entry struct {
	id       int64
	name     string
	lat, lon float64
	country  string
	admin1   string
	feature  string
	pop      int64
	alts     []string
	demonyms []string
	abbrevs  []string
	minor    bool // a town under 15,000 people: named only with context
}

type builder struct {
	src      string
	entries  map[int64]*entry
	country  map[string]*entry // ISO alpha-2 -> country entry
	admin1   map[string]*entry // "CC.XX" -> admin1 entry
	a1Name   map[string]string // "CC.XX" -> name
	primary  map[string]bool   // folded primary names of every entry
	a1Sum    map[string][3]float64
	a2Sum    map[string][4]float64 // "CC.A1.A2" -> sum lat, sum lon, population, count
	capitals map[string][2]float64
	minor    []*entry
}

func run(src, out string) error {
	b := &builder{
		src:      src,
		entries:  map[int64]*entry{},
		country:  map[string]*entry{},
		admin1:   map[string]*entry{},
		a1Name:   map[string]string{},
		primary:  map[string]bool{},
		a1Sum:    map[string][3]float64{},
		a2Sum:    map[string][4]float64{},
		capitals: map[string][2]float64{},
	}
	steps := []struct {
		name string
		fn   func() error
	}{
		{"admin1 codes", b.readAdmin1},
		{"cities500", b.readCities500},
		{"cities15000", b.readCities15000},
		{"minor towns", b.addMinor},
		{"countries", b.readCountries},
		{"country shapes", b.readCountryShapes},
		{"admin1 points", b.placeAdmin1},
		{"admin2 regions", b.readAdmin2},
		{"regions and seas", b.readNoCountry},
		{"landforms", b.readLandforms},
		{"demonyms", b.readDemonyms},
		{"abbreviations", b.readAbbrevs},
	}
	for _, s := range steps {
		if err := s.fn(); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return b.write(out)
}

func (b *builder) path(p string) string { return filepath.Join(b.src, p) }

// eachRow calls fn with the tab-separated fields of every non-comment line.
func eachRow(r io.Reader, fn func(f []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}

func eachFileRow(path string, fn func(f []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return err
		}
		defer gz.Close()
		r = gz
	}
	return eachRow(r, fn)
}

func (b *builder) add(e *entry) {
	b.entries[e.id] = e
	b.primary[geo.Fold(e.name)] = true
}

func (b *builder) readAdmin1() error {
	return eachFileRow(b.path("geonames/admin1CodesASCII.txt"), func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("short row %q", f)
		}
		id, err := strconv.ParseInt(f[3], 10, 64)
		if err != nil {
			return err
		}
		cc, _, _ := strings.Cut(f[0], ".")
		e := &entry{id: id, name: f[1], country: cc, feature: "A.ADM1", lat: math.NaN()}
		if f[2] != f[1] {
			e.alts = append(e.alts, f[2])
		}
		b.admin1[f[0]] = e
		b.a1Name[f[0]] = f[1]
		return nil
	})
}

// minMinorPopulation is the least population of a town taken from
// cities500 (seats of first- and second-level regions come in regardless).
const minMinorPopulation = 1000

// readCities500 sums population and coordinates per first-level region and
// keeps the towns of 1,000 people or more as minor places.
func (b *builder) readCities500() error {
	return eachFileRow(b.path("geonames/cities500-2023-03.txt.gz"), func(f []string) error {
		if len(f) < 15 {
			return nil
		}
		lat, _ := strconv.ParseFloat(f[4], 64)
		lon, _ := strconv.ParseFloat(f[5], 64)
		pop, _ := strconv.ParseFloat(f[14], 64)
		if id, err := strconv.ParseInt(f[0], 10, 64); err == nil && (pop >= minMinorPopulation || f[7] == "PPLA" || f[7] == "PPLA2" || f[7] == "PPLC") {
			e := &entry{
				id: id, name: f[1], lat: lat, lon: lon, country: f[8], admin1: b.a1Name[f[8]+"."+f[10]],
				feature: f[6] + "." + f[7], pop: int64(pop), minor: true,
			}
			if f[2] != f[1] {
				e.alts = []string{f[2]}
			}
			b.minor = append(b.minor, e)
		}
		k2 := f[8] + "." + f[10] + "." + f[11]
		s2 := b.a2Sum[k2]
		b.a2Sum[k2] = [4]float64{s2[0] + lat, s2[1] + lon, s2[2] + pop, s2[3] + 1}
		key := f[8] + "." + f[10]
		s := b.a1Sum[key]
		b.a1Sum[key] = [3]float64{s[0] + lat, s[1] + lon, s[2] + pop}
		c := b.a1Sum[key+"#n"]
		b.a1Sum[key+"#n"] = [3]float64{c[0] + 1}
		return nil
	})
}

// addMinor adds the towns of cities500 that cities15000 lacks.
func (b *builder) addMinor() error {
	for _, e := range b.minor {
		if _, ok := b.entries[e.id]; !ok {
			b.entries[e.id] = e // not a primary name to shorten regions with
		}
	}
	return nil
}

func (b *builder) readCities15000() error {
	return eachFileRow(b.path("geonames/cities15000.txt"), func(f []string) error {
		if len(f) < 15 {
			return fmt.Errorf("short row %q", f[0])
		}
		id, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return err
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		pop, err3 := strconv.ParseInt(f[14], 10, 64)
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("row %d: bad number", id)
		}
		e := &entry{
			id: id, name: f[1], lat: lat, lon: lon, country: f[8],
			admin1: b.a1Name[f[8]+"."+f[10]], feature: f[6] + "." + f[7], pop: pop,
		}
		e.alts = append(e.alts, f[2])
		e.alts = append(e.alts, strings.Split(f[3], ",")...)
		if f[7] == "PPLC" {
			b.capitals[f[8]] = [2]float64{lat, lon}
		}
		b.add(e)
		return nil
	})
}

// countryExtra are common English names of countries that neither GeoNames'
// country list nor Natural Earth carries.
var countryExtra = map[string][]string{
	"US": {"United States of America", "America", "USA", "U.S.A.", "United States"},
	"GB": {"Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"},
	"NL": {"Netherlands", "Holland"},
	"MM": {"Burma"},
	"CZ": {"Czech Republic"},
	"CI": {"Côte d'Ivoire", "Cote d'Ivoire"},
	"SZ": {"Swaziland"},
	"MK": {"Macedonia"},
	"TL": {"East Timor", "Timor-Leste"},
	"VA": {"Vatican City", "Holy See"},
	"TR": {"Türkiye", "Turkiye"},
	"CV": {"Cape Verde"},
	"CG": {"Congo", "Congo-Brazzaville", "Republic of Congo"},
	"CD": {"DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire"},
	"PS": {"Palestine", "Palestinian Territories", "State of Palestine"},
	"KR": {"Korea", "Republic of Korea"},
	"KP": {"Democratic People's Republic of Korea"},
	"RU": {"Russian Federation"},
	"IR": {"Islamic Republic of Iran", "Persia"},
	"VN": {"Viet Nam"},
	"BS": {"The Bahamas"},
	"GM": {"The Gambia"},
	"MO": {"Macau"},
	"CN": {"People's Republic of China", "Mainland China"},
	"TW": {"Republic of China"},
	"LA": {"Lao PDR"},
	"SY": {"Syrian Arab Republic"},
	"BN": {"Brunei Darussalam"},
	"FM": {"Federated States of Micronesia"},
	"AE": {"Emirates"},
	"SA": {"Saudi"},
	"BA": {"Bosnia", "Bosnia-Herzegovina"},
	"XK": {"Republic of Kosovo"},
	"SR": {"Surinam"},
	"KG": {"Kirghizia", "Kyrgyz Republic"},
}

// countryAbbrevs are the all-capital forms news writes for a few countries.
var countryAbbrevs = map[string][]string{
	"US": {"US", "U.S.", "USA", "U.S.A."},
	"GB": {"UK", "U.K."},
	"AE": {"UAE", "U.A.E."},
	"CD": {"DRC"},
	"CN": {"PRC"},
	"KP": {"DPRK"},
}

func (b *builder) readCountries() error {
	return eachFileRow(b.path("geonames/countryInfo.txt"), func(f []string) error {
		if len(f) < 17 || f[16] == "" {
			return nil
		}
		id, err := strconv.ParseInt(f[16], 10, 64)
		if err != nil {
			return err
		}
		pop, _ := strconv.ParseInt(f[7], 10, 64)
		name := strings.TrimSpace(f[4])
		if strings.HasPrefix(name, "The ") {
			name = strings.TrimPrefix(name, "The ")
		}
		e := &entry{id: id, name: name, country: f[0], feature: "A.PCLI", pop: pop, lat: math.NaN()}
		if f[0] == "CS" || f[0] == "AN" {
			e.feature = "A.PCLH"
		}
		e.alts = append(e.alts, countryExtra[f[0]]...)
		e.abbrevs = append(e.abbrevs, countryAbbrevs[f[0]]...)
		b.country[f[0]] = e
		b.add(e)
		return nil
	})
}

type neFeature struct {
	Properties map[string]any `json:"properties"`
	Geometry   struct {
		Type        string          `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	} `json:"geometry"`
}

// polygons are the feature's polygons (rings of [lon, lat] points): one
// for a Polygon, each of a MultiPolygon's, none for other geometries.
func (ft neFeature) polygons() ([][][][]float64, error) {
	var polys [][][][]float64
	switch ft.Geometry.Type {
	case "Polygon":
		var poly [][][]float64
		if err := json.Unmarshal(ft.Geometry.Coordinates, &poly); err != nil {
			return nil, err
		}
		polys = append(polys, poly)
	case "MultiPolygon":
		if err := json.Unmarshal(ft.Geometry.Coordinates, &polys); err != nil {
			return nil, err
		}
	}
	return polys, nil
}

func readGeoJSON(path string) ([]neFeature, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		if data, err = io.ReadAll(gz); err != nil {
			return nil, err
		}
	}
	var fc struct {
		Features []neFeature `json:"features"`
	}
	if err := json.Unmarshal(data, &fc); err != nil {
		return nil, err
	}
	return fc.Features, nil
}

func prop(p map[string]any, k string) string {
	s, _ := p[k].(string)
	if s == "-99" {
		return ""
	}
	return s
}

// ringCentroid returns the area and area centroid of a polygon's outer ring.
func ringCentroid(ring [][]float64) (area, x, y float64) {
	for i := range ring {
		j := (i + 1) % len(ring)
		c := ring[i][0]*ring[j][1] - ring[j][0]*ring[i][1]
		area += c
		x += (ring[i][0] + ring[j][0]) * c
		y += (ring[i][1] + ring[j][1]) * c
	}
	if area == 0 {
		return 0, ring[0][0], ring[0][1]
	}
	return math.Abs(area / 2), x / (3 * area), y / (3 * area)
}

func (b *builder) readCountryShapes() error {
	feats, err := readGeoJSON(b.path("naturalearth/ne_110m_admin_0_countries.json"))
	if err != nil {
		return err
	}
	iso3 := map[string]string{}
	if err := eachFileRow(b.path("geonames/countryInfo.txt"), func(f []string) error {
		if len(f) > 1 {
			iso3[f[1]] = f[0]
		}
		return nil
	}); err != nil {
		return err
	}
	for _, ft := range feats {
		p := ft.Properties
		cc := iso3[prop(p, "ADM0_A3")]
		if cc == "" {
			cc = prop(p, "ISO_A2")
		}
		e := b.country[cc]
		if e == nil {
			continue
		}
		polys, err := ft.polygons()
		if err != nil {
			return err
		}
		best := -1.0
		for _, poly := range polys {
			if len(poly) == 0 || len(poly[0]) < 3 {
				continue
			}
			a, x, y := ringCentroid(poly[0])
			if a > best {
				best, e.lon, e.lat = a, x, y
			}
		}
		for _, k := range []string{"NAME", "NAME_LONG", "FORMAL_EN", "NAME_CIAWF", "BRK_NAME", "NAME_SORT", "NAME_ALT"} {
			if v := prop(p, k); v != "" {
				e.alts = append(e.alts, v)
			}
		}
	}
	for cc, e := range b.country {
		if !math.IsNaN(e.lat) {
			continue
		}
		if c, ok := b.capitals[cc]; ok {
			e.lat, e.lon = c[0], c[1]
			continue
		}
		var n, lat, lon float64
		for key, s := range b.a1Sum {
			if strings.HasPrefix(key, cc+".") && !strings.HasSuffix(key, "#n") {
				lat += s[0]
				lon += s[1]
				n += b.a1Sum[key+"#n"][0]
			}
		}
		if n > 0 {
			e.lat, e.lon = lat/n, lon/n
		}
	}
	return nil
}

// admin1Suffixes are generic words that news often leaves off a region's name.
var admin1Suffixes = []string{" Province", " Region", " Oblast", " Oblysy", " Governorate", " State", " Prefecture", " Territory", " District", " Department", " Voivodeship", " County", " Krai", " Republic"}

func (b *builder) placeAdmin1() error {
	byID := map[int64][2]float64{}
	states, err := readGeoJSON(b.path("naturalearth/ne_50m_admin_1_states_provinces.json"))
	if err != nil {
		return err
	}
	for _, ft := range states {
		id, _ := ft.Properties["gn_id"].(float64)
		lat, ok1 := ft.Properties["latitude"].(float64)
		lon, ok2 := ft.Properties["longitude"].(float64)
		if id > 0 && ok1 && ok2 {
			byID[int64(id)] = [2]float64{lat, lon}
		}
	}
	labels, err := readGeoJSON(b.path("naturalearth/ne_10m_admin_1_label_points.json.gz"))
	if err != nil {
		return err
	}
	type lp struct {
		rank     float64
		lat, lon float64
	}
	byName := map[string]lp{}
	for _, ft := range labels {
		var pt []float64
		if ft.Geometry.Type != "Point" || json.Unmarshal(ft.Geometry.Coordinates, &pt) != nil || len(pt) < 2 {
			continue
		}
		rank, _ := ft.Properties["adm0_sr"].(float64)
		key := prop(ft.Properties, "iso_a2") + "|" + geo.Fold(prop(ft.Properties, "name"))
		if old, ok := byName[key]; !ok || rank < old.rank {
			byName[key] = lp{rank, pt[1], pt[0]}
		}
	}
	for code, e := range b.admin1 {
		s, n := b.a1Sum[code], b.a1Sum[code+"#n"][0]
		e.pop = int64(s[2])
		if p, ok := byID[e.id]; ok {
			e.lat, e.lon = p[0], p[1]
		} else if p, ok := byName[e.country+"|"+geo.Fold(e.name)]; ok {
			e.lat, e.lon = p.lat, p.lon
		} else if n > 0 {
			e.lat, e.lon = s[0]/n, s[1]/n
		} else {
			continue // no point known: leave it out
		}
		for _, suf := range admin1Suffixes {
			if short, ok := strings.CutSuffix(e.name, suf); ok && len(short) >= 4 {
				e.alts = append(e.alts, short)
			}
		}
		e.admin1 = e.name
		b.add(e)
	}
	return nil
}

// majorAdmin2Population is the population (summed over its GeoNames places)
// from which a second-level region is named without further context.
const majorAdmin2Population = 200000

// readAdmin2 adds the second-level regions (counties, départements) that
// hold places of cities500, at the mean point of those places.
func (b *builder) readAdmin2() error {
	return eachFileRow(b.path("geonames/admin2Codes.txt"), func(f []string) error {
		if len(f) < 4 {
			return nil
		}
		id, err := strconv.ParseInt(f[3], 10, 64)
		if err != nil {
			return err
		}
		s, ok := b.a2Sum[f[0]]
		if !ok || s[3] == 0 {
			return nil
		}
		if _, dup := b.entries[id]; dup {
			return nil
		}
		parts := strings.SplitN(f[0], ".", 3)
		e := &entry{
			id: id, name: f[1], lat: s[0] / s[3], lon: s[1] / s[3], country: parts[0],
			admin1: b.a1Name[parts[0]+"."+parts[1]], feature: "A.ADM2", pop: int64(s[2]),
			minor: s[2] < majorAdmin2Population,
		}
		if f[2] != f[1] {
			e.alts = []string{f[2]}
		}
		b.entries[id] = e
		return nil
	})
}

// keepNoCountry are the feature codes taken from no-country.txt.
var keepNoCountry = map[string]bool{
	"CONT": true, "OCN": true, "SEA": true, "GULF": true, "BAY": true, "STRT": true,
	"BGHT": true, "RGN": true, "PCLH": true,
}

// regionExtra are English names of world regions that GeoNames lacks.
var regionExtra = map[int64][]string{
	6269133:  {"Mideast"},
	7729896:  {"Southeast Asia", "South-East Asia", "South East Asia"},
	7730009:  {"Latin America"},
	8354411:  {"Soviet Union", "USSR", "U.S.S.R."},
	615318:   {"Caucasus", "the Caucasus"},
	12216908: {"Balkan Peninsula"},
	2363254:  {"Pacific"},
	3373405:  {"Atlantic"},
	1545739:  {"Indian Ocean"},
	7729891:  {"the Caribbean"},
}

// regionAdjectives are the adjectives of continents and world regions.
var regionAdjectives = map[int64][]string{
	7729893:  {"Central Asian"},
	6255148:  {"European"},
	6255146:  {"African"},
	6255147:  {"Asian"},
	6269133:  {"Middle Eastern", "Mideast"},
	7730009:  {"Latin American"},
	7729896:  {"Southeast Asian"},
	12216908: {"Balkan"},
	7729891:  {"Caribbean"},
	6255151:  {"Oceanian"},
	6255152:  {"Antarctic"},
	10941926: {"Arctic"},
	2614165:  {"Scandinavian"},
}

func (b *builder) readNoCountry() error {
	var regions []*entry
	err := eachFileRow(b.path("geonames/no-country.txt"), func(f []string) error {
		if len(f) < 15 || !keepNoCountry[f[7]] {
			return nil
		}
		id, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return err
		}
		lat, _ := strconv.ParseFloat(f[4], 64)
		lon, _ := strconv.ParseFloat(f[5], 64)
		e := &entry{id: id, name: f[1], lat: lat, lon: lon, feature: f[6] + "." + f[7]}
		e.alts = append(e.alts, f[2])
		e.alts = append(e.alts, strings.Split(f[3], ",")...)
		e.alts = append(e.alts, regionExtra[id]...)
		e.demonyms = append(e.demonyms, regionAdjectives[id]...)
		regions = append(regions, e)
		b.add(e)
		return nil
	})
	if err != nil {
		return err
	}
	// Short forms: "South Pacific Ocean" -> "South Pacific", "Eastern Asia" -> "East Asia".
	for _, e := range regions {
		var short []string
		if s, ok := strings.CutSuffix(e.name, " Ocean"); ok && strings.Contains(s, " ") {
			short = append(short, s)
		}
		for _, p := range [][2]string{{"Eastern ", "East "}, {"Western ", "West "}, {"Northern ", "North "}, {"Southern ", "South "}, {"South Eastern ", "Southeast "}} {
			if s, ok := strings.CutPrefix(e.name, p[0]); ok && e.feature == "L.RGN" {
				short = append(short, p[1]+s)
			}
		}
		for _, s := range short {
			if !b.primary[geo.Fold(s)] {
				e.alts = append(e.alts, s)
			}
		}
	}
	return nil
}

// demonymCountry maps the demonym file's country names that differ from
// GeoNames' to ISO codes.
var demonymCountry = map[string]string{
	"Bahamas, The": "BS", "Gambia, The": "GM", "Burma": "MM", "Czech Republic": "CZ",
	"Côte d'Ivoire": "CI", "Democratic Republic of the Congo": "CD", "East Timor": "TL",
	"Timor-Leste": "TL", "Macedonia, Republic of": "MK", "Micronesia, Federated States of": "FM",
	"Netherlands": "NL", "Swaziland": "SZ", "Surinam": "SR", "Macau": "MO", "Palestine": "PS",
	"United Kingdom of Great Britain and Northern Ireland": "GB", "United States of America": "US",
	"Vatican City State": "VA", "Virgin Islands, British": "VG", "Virgin Islands, United States": "VI",
	"Pitcairn Islands": "PN", "Réunion": "RE", "São Tomé and Príncipe": "ST", "Saint Barthélemy": "BL",
	"Curaçao": "CW", "Åland Islands": "AX", "Cabo Verde": "CV", "Svalbard": "SJ",
	"Saint Helena, Ascension and Tristan da Cunha": "SH",
}

// demonymSkip are adjectives that name something else first.
var demonymSkip = map[string]bool{
	"Channel Island": true, "none": true, "Vatican": true, "Antarctic": true, "Central African": true,
}

func (b *builder) readDemonyms() error {
	byName := map[string]*entry{}
	for _, e := range b.country {
		byName[geo.Fold(e.name)] = e
	}
	a1ByName := map[string]*entry{}
	for _, e := range b.admin1 {
		a1ByName[geo.Fold(e.name)] = e
	}
	owner := map[string]*entry{} // folded demonym -> entry
	order := []string{}
	forms := map[string]string{}
	err := eachFileRow(b.path("geonames/demonyms_adjectival_chf.tsv"), func(f []string) error {
		if len(f) < 2 {
			return nil
		}
		name := strings.TrimSpace(f[0])
		var e *entry
		if cc, ok := demonymCountry[name]; ok {
			e = b.country[cc]
		} else if c, ok := byName[geo.Fold(name)]; ok {
			e = c
		} else if a, ok := a1ByName[geo.Fold(name)]; ok && b.entries[a.id] == a {
			e = a
		}
		if e == nil {
			return nil
		}
		var words []string
		for _, col := range f[1:min(len(f), 3)] { // adjectives, demonyms
			col = strings.NewReplacer("/", ",", " or ", ",").Replace(col)
			for w := range strings.SplitSeq(col, ",") {
				w = strings.TrimSpace(w)
				if w == "" || strings.ContainsAny(w, "()") || demonymSkip[w] || b.primary[geo.Fold(w)] || strings.ToUpper(w) == w {
					continue
				}
				if w[0] < 'A' || w[0] > 'Z' {
					if r := []rune(w)[0]; !unicode.IsUpper(r) {
						continue
					}
				}
				words = append(words, w)
			}
		}
		for _, w := range words {
			k := geo.Fold(w)
			old, seen := owner[k]
			if !seen {
				order = append(order, k)
				forms[k] = w
			}
			// A shared adjective (British, Chinese) goes to the most populous.
			if !seen || (e.feature == "A.PCLI" && (old.feature != "A.PCLI" || e.pop > old.pop)) {
				owner[k] = e
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range order {
		e := owner[k]
		e.demonyms = append(e.demonyms, forms[k])
	}
	return nil
}

func (b *builder) readAbbrevs() error {
	err := eachFileRow(b.path("geonames/us_state_abbrev_chf.tsv"), func(f []string) error {
		if len(f) < 2 {
			return nil
		}
		id, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			return err
		}
		e := b.entries[id]
		if e == nil {
			return nil
		}
		w := strings.TrimSpace(f[0])
		switch {
		case strings.HasSuffix(w, "."):
			e.abbrevs = append(e.abbrevs, w)
		case !b.primary[geo.Fold(w)]:
			e.demonyms = append(e.demonyms, w) // Texans, New Yorkers
		}
		return nil
	})
	if err != nil {
		return err
	}
	for code, e := range b.admin1 {
		if st, ok := strings.CutPrefix(code, "US."); ok && len(st) == 2 && b.entries[e.id] == e {
			e.abbrevs = append(e.abbrevs, st)
			e.abbrevs = append(e.abbrevs, apStates[st]...)
		}
	}
	return nil
}

// apStates are the AP-style abbreviations of US states that the CHF list
// lacks ("Calif.", "N.Y.").
var apStates = map[string][]string{
	"CA": {"Calif."}, "GA": {"Ga."}, "IN": {"Ind."}, "KY": {"Ky."}, "LA": {"La."}, "MD": {"Md."},
	"MS": {"Miss."}, "MO": {"Mo."}, "NH": {"N.H."}, "NJ": {"N.J."}, "NM": {"N.M."}, "NY": {"N.Y."},
	"NC": {"N.C."}, "ND": {"N.D."}, "PA": {"Pa."}, "RI": {"R.I."}, "SD": {"S.D."}, "VT": {"Vt."},
	"VA": {"Va."}, "ME": {"Me."}, "AK": {"Alaska"}, "HI": {"Hawaii"}, "ID": {"Idaho"}, "IA": {"Iowa"},
	"OH": {"Ohio"}, "UT": {"Utah"},
}

// keepAlt reports whether an alternate name can appear in English text.
func keepAlt(s string) bool {
	if len(s) < 2 || strings.ContainsAny(s, "0123456789|\t/()[]") || strings.HasPrefix(s, "http") {
		return false
	}
	first := true
	upper := 0
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			if unicode.IsUpper(r) {
				upper++
			}
			if first && !unicode.IsUpper(r) {
				return false
			}
			first = false
		} else if r > unicode.MaxLatin1 && r != '’' && r != 'ʼ' && r != 'ʻ' && r != '‘' {
			return false
		}
	}
	if upper == letters && letters <= 4 {
		return false // codes: NQZ, TSE
	}
	return letters >= 2
}

func cleanList(primary string, in []string, filter bool) []string {
	seen := map[string]bool{geo.Fold(primary): true}
	var out []string
	for _, s := range in {
		s = strings.TrimSpace(s)
		if s == "" || (filter && !keepAlt(s)) {
			continue
		}
		k := geo.Fold(s)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

func (b *builder) write(out string) error {
	ids := make([]int64, 0, len(b.entries))
	for id, e := range b.entries {
		if math.IsNaN(e.lat) {
			continue
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var buf bytes.Buffer
	buf.WriteString("# Storyline gazetteer, derived by cmd/gazetteer. Contains data from GeoNames (geonames.org), CC BY 4.0, and Natural Earth (public domain).\n")
	buf.WriteString("# geonameid\tname\tlat\tlon\tcountry\tadmin1\tfeature\tpopulation\talternates\tdemonyms\tabbreviations\ttier\n")
	for _, id := range ids {
		e := b.entries[id]
		alts := cleanList(e.name, e.alts, true)
		dem := cleanList(e.name, e.demonyms, false)
		abbr := cleanList("", e.abbrevs, false)
		tier := ""
		if e.minor {
			tier = "minor"
		}
		fmt.Fprintf(&buf, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n",
			e.id, e.name, coord(e.lat), coord(e.lon), e.country, e.admin1, e.feature, e.pop,
			strings.Join(alts, "|"), strings.Join(dem, "|"), strings.Join(abbr, "|"), tier)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	gz, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	if _, err := gz.Write(buf.Bytes()); err != nil {
		f.Close()
		return err
	}
	if err := gz.Close(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gazetteer: %d places, %d bytes raw, written to %s\n", len(ids), buf.Len(), out)
	return nil
}

func coord(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64)
}
