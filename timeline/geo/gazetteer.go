// Package geo is Storyline's gazetteer and geoparser: it finds the places an
// article names ("Nur-Sultan", "Central Asia", "Kazakh officials") and
// resolves each to a GeoNames entry, using the article's other places to
// choose between namesakes.
//
// The gazetteer is gazetteer.tsv.gz, derived from GeoNames and Natural Earth
// by cmd/gazetteer (its doc comment says what goes in) and embedded in the
// binary; Default loads it once.
package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Credit is the attribution GeoNames' licence asks for; the app shows it.
const Credit = "Contains data from GeoNames (geonames.org), CC BY 4.0"

// Place is one gazetteer entry.
type Place struct {
	ID         int64   `json:"geonameid"` // geonameid
	Name       string  `json:"name"`      // primary English name: "Astana"
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Country    string  `json:"country"`          // ISO 3166-1 alpha-2; "" for continents, seas, oceans
	Admin1     string  `json:"admin1,omitempty"` // first-level region name where known
	Feature    string  `json:"feature"`          // GeoNames class.code: "P.PPLC", "A.PCLI", "L.RGN", "H.OCN"
	Population int64   `json:"population"`
	Precision  string  `json:"precision"` // "point", "city", "region", "country", "continent"
}

// How a name matched a place.
const (
	ViaName         = "name"
	ViaAlternate    = "alternate"
	ViaDemonym      = "demonym"
	ViaAbbreviation = "abbreviation"
)

type via uint8

const (
	viaName via = iota
	viaAlternate
	viaDemonym
	viaAbbreviation
)

func (v via) String() string {
	return [...]string{ViaName, ViaAlternate, ViaDemonym, ViaAbbreviation}[v]
}

// ref is one way a folded name leads to a place.
type ref struct {
	idx int32
	via via
	adj float32 // a correction to the rank for this name only
}

// Gazetteer is a set of places indexed by folded name. It is read-only
// after loading and safe for concurrent use.
type Gazetteer struct {
	places []Place
	prior  []float64 // importance of each place, 0..~1.3
	minor  []bool    // a town under 15,000 people: named only with context
	byID   map[int64]int32
	names  map[string][]ref // folded name -> places, best first
	// adjectives are folded names that are also the same place's demonym
	// ("Saudi"): an adjective before a noun, a name after "in" or "to".
	adjectives map[string]bool
	keysOnce   sync.Once
	keys       []string // sorted folded names, for Search; built on first use
	maxWords   int      // longest name in words
}

//go:generate go run ../../cmd/gazetteer -src ../../../shared/data -out gazetteer.tsv.gz

//go:embed gazetteer.tsv.gz
var embedded []byte

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, loading it on first use.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultGaz, defaultErr = Load(bytes.NewReader(embedded))
	})
	return defaultGaz, defaultErr
}

// Load reads a gzipped gazetteer in the format cmd/gazetteer writes.
func Load(r io.Reader) (*Gazetteer, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("reading gazetteer: %w", err)
	}
	defer gz.Close()
	g := &Gazetteer{byID: make(map[int64]int32, 140000), names: make(map[string][]ref, 210000), adjectives: map[string]bool{}}
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 64*1024), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		if err := g.addLine(text); err != nil {
			return nil, fmt.Errorf("reading gazetteer line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading gazetteer: %w", err)
	}
	for _, refs := range g.names {
		if len(refs) > 1 {
			g.preferCities(refs)
			g.sortRefs(refs)
		}
	}
	return g, nil
}

func (g *Gazetteer) addLine(text string) error {
	var f [12]string
	n := 0
	for n < len(f)-1 {
		i := strings.IndexByte(text, '\t')
		if i < 0 {
			break
		}
		f[n], text = text[:i], text[i+1:]
		n++
	}
	f[n] = text
	if n < len(f)-2 {
		return fmt.Errorf("%d fields, want %d", n+1, len(f))
	}
	id, err := strconv.ParseInt(f[0], 10, 64)
	if err != nil {
		return err
	}
	lat, err := strconv.ParseFloat(f[2], 64)
	if err != nil {
		return err
	}
	lon, err := strconv.ParseFloat(f[3], 64)
	if err != nil {
		return err
	}
	pop, err := strconv.ParseInt(f[7], 10, 64)
	if err != nil {
		return err
	}
	p := Place{ID: id, Name: f[1], Lat: lat, Lon: lon, Country: f[4], Admin1: f[5], Feature: f[6], Population: pop}
	p.Precision = precisionOf(p.Feature)
	idx := int32(len(g.places))
	g.places = append(g.places, p)
	g.prior = append(g.prior, importance(p))
	g.minor = append(g.minor, f[11] == "minor")
	g.byID[id] = idx
	g.addName(f[1], idx, viaName)
	if short, ok := withoutAdminSuffix(p); ok {
		g.addName(short, idx, viaName) // "Blue Mountains Municipality" is "the Blue Mountains": its own name
	}
	for _, col := range []struct {
		s string
		v via
	}{{f[8], viaAlternate}, {f[9], viaDemonym}, {f[10], viaAbbreviation}} {
		for col.s != "" {
			name, rest, _ := strings.Cut(col.s, "|")
			g.addName(name, idx, col.v)
			col.s = rest
		}
	}
	return nil
}

// adminSuffixes end the names of second-level regions that text names
// without them: "Blue Mountains Municipality", "Byron Shire".
var adminSuffixes = []string{" Municipality", " Shire"}

// withoutAdminSuffix is the name of a second-level region without its
// suffix, when at least two words remain ("Blue Mountains", "Lake
// Macquarie"); a lone word ("Orange", "Byron") is too often something else.
func withoutAdminSuffix(p Place) (string, bool) {
	if p.Feature != "A.ADM2" {
		return "", false
	}
	for _, suf := range adminSuffixes {
		if short, ok := strings.CutSuffix(p.Name, suf); ok && strings.Contains(short, " ") && !strings.HasSuffix(short, " District") {
			return short, true
		}
	}
	return "", false
}

func (g *Gazetteer) addName(name string, idx int32, v via) {
	k := Fold(name)
	if k == "" {
		return
	}
	if w := strings.Count(k, " ") + 1; w > g.maxWords {
		g.maxWords = w
	}
	refs := g.names[k]
	for i, r := range refs {
		if r.idx == idx {
			if v < r.via {
				refs[i].via = v
			}
			if v == viaDemonym && refs[i].via == viaAlternate {
				g.adjectives[k] = true
			}
			return
		}
	}
	g.names[k] = append(refs, ref{idx: idx, via: v})
}

// cityOverRegion is how much a city is preferred over the first-level
// region of the same name that contains it or lies around it ("New York",
// "Shanghai", "Lagos", "Kiev": news means the city).
const cityOverRegion = 0.2

// preferCities applies cityOverRegion to the readings of one name.
func (g *Gazetteer) preferCities(refs []ref) {
	// A country's own name means the country ("Mexico", "Kuwait",
	// "Panama"), not the capital named after it.
	for _, r := range refs {
		if r.via == viaName && g.places[r.idx].Precision == "country" {
			return
		}
	}
	for i, r := range refs {
		p := g.places[r.idx]
		if p.Precision != "city" || p.Population < 100000 {
			continue
		}
		for _, o := range refs {
			q := g.places[o.idx]
			// The city must dominate its region (Shanghai, Berlin, Lagos;
			// not Quebec City in Quebec), and be known by the region's
			// name (New York, not Oklahoma City).
			if q.Feature == "A.ADM1" && q.Country == p.Country && (q.Name == p.Admin1 || within(p, q, 150)) &&
				p.Population*4 >= q.Population && (r.via != viaAlternate || p.Population >= 1000000) {
				if refs[i].via == viaAlternate {
					refs[i].via = viaName
				}
				refs[i].adj = cityOverRegion
				break
			}
		}
	}
}

// viaBonus ranks a primary-name match above an alternate-name match.
var viaBonus = [...]float64{viaName: 0.5, viaAlternate: 0, viaDemonym: 0.45, viaAbbreviation: 0.4}

// famousAlternate is the bonus of an alternate name of a city of a million
// people or more: its old names are known ("Calcutta", "Bombay") and beat a
// small town's primary name.
const famousAlternate = 0.3

func (g *Gazetteer) rank(r ref) float64 {
	v := g.prior[r.idx] + viaBonus[r.via] + float64(r.adj)
	if r.via == viaAlternate && g.places[r.idx].Population >= 1000000 && g.places[r.idx].Precision == "city" {
		v += famousAlternate
	}
	return v
}

// minorPenalty puts minor towns after every other reading in Lookup, where
// no article can speak for them (Madras, Oregon after Chennai).
const minorPenalty = 0.6

func (g *Gazetteer) lookupRank(r ref) float64 {
	if g.minor[r.idx] {
		return g.rank(r) - minorPenalty
	}
	return g.rank(r)
}

func (g *Gazetteer) sortRefs(refs []ref) {
	slices.SortStableFunc(refs, func(a, b ref) int {
		ra, rb := g.lookupRank(a), g.lookupRank(b)
		switch {
		case ra > rb:
			return -1
		case ra < rb:
			return 1
		}
		return int(g.places[a.idx].ID - g.places[b.idx].ID)
	})
}

// precisionOf classes a GeoNames feature code.
func precisionOf(feature string) string {
	class, code, _ := strings.Cut(feature, ".")
	switch {
	case code == "CONT":
		return "continent"
	case strings.HasPrefix(code, "PCL"):
		return "country"
	case class == "P":
		return "city"
	case class == "A", class == "L", class == "H", class == "T":
		return "region"
	}
	return "point"
}

// featureBonus is how much a kind of place is named for itself in news,
// beyond what its population says.
var featureBonus = map[string]float64{
	"A.PCLI": 0.3, "A.PCLH": 0.2, "L.CONT": 0.45, "H.OCN": 0.4, "L.RGN": 0.3, "H.SEA": 0.3,
	"H.GULF": 0.2, "H.STRT": 0.2, "H.BAY": 0.1, "H.BGHT": 0.1, "A.ADM1": 0.05,
	"P.PPLC": 0.25, "P.PPLA": 0.08, "P.PPLA2": 0.03, "T.MTS": 0.1, "T.DSRT": 0.1, "T.PLAT": 0.05,
}

// unpeopled stands in for the population term of places GeoNames gives no
// population: continents, oceans, seas, world regions and landforms
// (mountain ranges, deserts, plateaus).
var unpeopled = map[string]float64{
	"L.CONT": 0.55, "H.OCN": 0.5, "L.RGN": 0.45, "H.SEA": 0.4, "H.GULF": 0.35, "H.STRT": 0.35,
	"H.BAY": 0.3, "H.BGHT": 0.3, "A.PCLH": 0.5, "T.MTS": 0.4, "T.DSRT": 0.4, "T.PLAT": 0.35,
}

// importance is a place's prior: bigger places are named more often.
func importance(p Place) float64 {
	v := math.Log10(float64(p.Population)+1) / 9.5
	if p.Population == 0 {
		v = unpeopled[p.Feature]
	}
	return v + featureBonus[p.Feature]
}

// Get returns the place with a geonameid.
func (g *Gazetteer) Get(id int64) (Place, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// major reports whether a folded name names a place that is not minor.
func (g *Gazetteer) major(key string) bool {
	for _, r := range g.names[key] {
		if !g.minor[r.idx] {
			return true
		}
	}
	return false
}

// Len is the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Lookup returns every place a name can mean (by primary name, alternate
// name, demonym or abbreviation), best first: a primary-name match above an
// alternate-name match, then by importance (population, and countries,
// capitals and world regions above towns).
func (g *Gazetteer) Lookup(name string) []Place {
	refs := g.names[Fold(name)]
	out := make([]Place, len(refs))
	for i, r := range refs {
		out[i] = g.places[r.idx]
	}
	return out
}

// Search finds places whose names start with the query (or, when those are
// fewer than limit, contain it), best first, each place once. It serves a
// place picker.
func (g *Gazetteer) Search(query string, limit int) []Place {
	q := Fold(query)
	if q == "" || limit <= 0 {
		return nil
	}
	type hit struct {
		idx   int32
		score float64
	}
	g.keysOnce.Do(func() {
		g.keys = make([]string, 0, len(g.names))
		for k := range g.names {
			g.keys = append(g.keys, k)
		}
		sort.Strings(g.keys)
	})
	best := map[int32]float64{}
	add := func(k string, bonus float64) {
		for _, r := range g.names[k] {
			s := g.rank(r) + bonus
			if k == q {
				s += 1
			}
			if old, ok := best[r.idx]; !ok || s > old {
				best[r.idx] = s
			}
		}
	}
	i := sort.SearchStrings(g.keys, q)
	for ; i < len(g.keys) && strings.HasPrefix(g.keys[i], q); i++ {
		add(g.keys[i], 0.5)
	}
	if len(best) < limit && len(q) >= 3 {
		for _, k := range g.keys {
			if !strings.HasPrefix(k, q) && strings.Contains(k, q) {
				add(k, 0)
			}
		}
	}
	hits := make([]hit, 0, len(best))
	for idx, s := range best {
		hits = append(hits, hit{idx, s})
	}
	slices.SortFunc(hits, func(a, b hit) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return int(g.places[a.idx].ID - g.places[b.idx].ID)
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]Place, len(hits))
	for i, h := range hits {
		out[i] = g.places[h.idx]
	}
	return out
}
