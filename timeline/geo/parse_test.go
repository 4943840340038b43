package geo

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func readSeed(t testing.TB, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", name))
	if err != nil {
		t.Fatalf("reading seed: %v", err)
	}
	return string(data)
}

// mentionsByText groups a parse by the text of each mention.
func mentionsByText(ms []Mention) map[string][]Mention {
	out := map[string][]Mention{}
	for _, m := range ms {
		out[m.Text] = append(out[m.Text], m)
	}
	return out
}

func TestParseSeeds(t *testing.T) {
	g := gazetteer(t)
	tests := []struct {
		seed string
		want map[string]int64 // text -> geonameid, every occurrence
		not  []string         // texts that must not be tagged
	}{
		{
			seed: "000_48c26321fd265a38.txt",
			want: map[string]int64{
				"Nur-Sultan": 1526273, "Samarkand": 1216265, "Uzbekistan": 1512440, "Kazakhstan": 1522867,
				"Central Asia": 7729893, "South Pacific": 4030483, "Middle East": 6269133, "Ukraine": 690791,
				"Kazakh": 1522867, "Chinese": 1814991, "China": 1814991, "Beijing": 1816670, "Moscow": 524901,
				"US": 6252001, "United States": 6252001, "East Asia": 7729894, "Asia": 6255147, "Europe": 6255148,
				"Africa": 6255146, "Russia": 2017370, "Japan": 1861060, "India": 1269750,
			},
			not: []string{"Xi", "Putin", "Tokayev", "Kassym-Jomart", "Mok", "Andy", "Francis", "Pope", "Jinping",
				"Vladimir", "Yuri", "Ushakov", "Roman", "Vassilenko", "Al Jazeera", "Jazeera", "Shanghai", "Centre",
				"SCO", "Quad", "Wednesday", "Thursday", "April", "October", "Communist", "Global", "Belt"},
		},
		{
			seed: "004_72fb59bc08362900.txt",
			want: map[string]int64{
				"Kazakhstan": 1522867, "Samarkand": 1216265, "Uzbekistan": 1512440, "Central Asia": 7729893,
				"Washington": 4140963, "U.S.": 6252001, "East Asia": 7729894, "Ukraine": 690791, "Russia": 2017370,
			},
			not: []string{"Xi", "Putin", "Tokayev", "Elon", "Musk", "Trump", "Independent", "Shanghai", "SCO"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			text := readSeed(t, tc.seed)
			got := mentionsByText(g.Parse(text))
			for name, id := range tc.want {
				ms := got[name]
				if len(ms) == 0 {
					t.Errorf("Parse(%s) missed %q (want %d)", tc.seed, name, id)
				}
				for _, m := range ms {
					if m.Place.ID != id {
						t.Errorf("Parse(%s) %q at %d = %d %s, want %d", tc.seed, name, m.Start, m.Place.ID, m.Place.Name, id)
					}
				}
			}
			for _, name := range tc.not {
				if ms := got[name]; len(ms) > 0 {
					t.Errorf("Parse(%s) tagged %q as %s (%d), want no place", tc.seed, name, ms[0].Place.Name, ms[0].Place.ID)
				}
			}
		})
	}
}

func TestParseSentences(t *testing.T) {
	g := gazetteer(t)
	type want struct {
		text string
		id   int64
		via  string
	}
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"Paris France", "Protesters filled the streets of Paris as France's unions called a national strike.",
			[]want{{"Paris", 2988507, ViaName}, {"France", 3017382, ViaName}}},
		{"Paris, Texas", "A storm hit Paris, Texas, overnight.",
			[]want{{"Paris", 4717560, ViaName}, {"Texas", 4736286, ViaName}}},
		{"Paris near Dallas", "The plant in Paris will hire 200 workers, the Texas governor said in Dallas.",
			[]want{{"Paris", 4717560, ViaName}, {"Texas", 4736286, ViaName}, {"Dallas", 4684888, ViaName}}},
		{"Georgia the country", "Georgia applied to join the EU after Russia's invasion; crowds gathered in Tbilisi.",
			[]want{{"Georgia", 614540, ViaName}, {"Russia", 2017370, ViaName}, {"Tbilisi", 611717, ViaName}}},
		{"Georgia the state", "Voters in Atlanta and Savannah decided the Senate race in Georgia.",
			[]want{{"Atlanta", 4180439, ViaName}, {"Savannah", 4221552, ViaName}, {"Georgia", 4197000, ViaName}}},
		{"old names", "Trains from Peking to Bombay never ran, but Nur-Sultan once was Akmola.",
			[]want{{"Peking", 1816670, ViaAlternate}, {"Bombay", 1275339, ViaAlternate}, {"Nur-Sultan", 1526273, ViaAlternate}, {"Akmola", 1526273, ViaAlternate}}},
		{"demonym and possessive", "Kazakh officials welcomed China's offer.",
			[]want{{"Kazakh", 1522867, ViaDemonym}, {"China", 1814991, ViaName}}},
		{"US and UK", "The US and the U.K. agreed, while the EU and the UN stayed silent.",
			[]want{{"US", 6252001, ViaAbbreviation}, {"U.K.", 2635167, ViaAbbreviation}}},
		{"province after a name: the region", "The quake struck western Balıkesir province.",
			[]want{{"Balıkesir", 322164, ViaName}}},
		{"a name alone: the city", "The quake struck near Balıkesir.",
			[]want{{"Balıkesir", 322165, ViaName}}},
		{"a district without its suffix, where the article supports it", "Fires near Katoomba and Leura in New South Wales spread across the Blue Mountains.",
			[]want{{"Katoomba", 2161776, ViaName}, {"Leura", 2160297, ViaName}, {"New South Wales", 2155400, ViaName}, {"Blue Mountains", 2175228, ViaName}}},
		// Alone, the district needs support; the mountain range of the name
		// (Natural Earth's) does not.
		{"a district without its suffix, alone", "Hikers crossed the Blue Mountains.",
			[]want{{"Blue Mountains", 90000307, ViaName}}},
		{"islands and deltas", "Ferries to Newfoundland and Borneo ran; the Mekong Delta flooded. Manuel Flores spoke.",
			[]want{{"Newfoundland", 90000647, ViaAlternate}, {"Borneo", 90000799, ViaName}, {"Mekong Delta", 90000738, ViaName}}},
		{"mountain ranges and deserts", "Climbers left the Himalayas for the Andes, then crossed the Gobi Desert and the Pamir.",
			[]want{{"Himalayas", 90000880, ViaName}, {"Andes", 90000881, ViaName}, {"Gobi Desert", 90000893, ViaName}, {"Pamir", 90000824, ViaAlternate}}},
		{"us the pronoun", "Us? They told us nothing.", nil},
		{"title before name", "President Jordan met Pope Francis.", nil},
		{"person names", "Will Smith and May Jones met Paris Hilton.", nil},
		{"organization", "Texas Instruments and the Shanghai Cooperation Organization signed.", nil},
		{"sentence-initial common word", "Reading the report, she smiled. Nice work, he said.", nil},
		{"city, state abbreviation", "He grew up in Springfield, Ill., and moved to Portland, Ore.",
			[]want{{"Springfield", 4250542, ViaName}, {"Ill.", 4896861, ViaAbbreviation}, {"Portland", 5746545, ViaName}, {"Ore.", 5744337, ViaAbbreviation}}},
		{"dateline", "NUR-SULTAN, Kazakhstan (AP) — Xi arrived.",
			[]want{{"NUR-SULTAN", 1526273, ViaAlternate}, {"Kazakhstan", 1522867, ViaName}}},
		{"headline", "China's Xi Visits Kazakhstan Ahead Of Summit With Putin In Samarkand",
			[]want{{"China", 1814991, ViaName}, {"Kazakhstan", 1522867, ViaName}, {"Samarkand", 1216265, ViaName}}},
		{"hyphenated", "The Russia-Ukraine war strained Kazakh-Chinese ties, but Nur-Sultan stayed calm.",
			[]want{{"Russia", 2017370, ViaName}, {"Ukraine", 690791, ViaName}, {"Kazakh", 1522867, ViaDemonym},
				{"Chinese", 1814991, ViaDemonym}, {"Nur-Sultan", 1526273, ViaAlternate}}},
		{"AP state", "Officials in Sacramento, Calif., and Albany, N.Y., agreed.",
			[]want{{"Sacramento", 5389489, ViaName}, {"Calif.", 5332921, ViaAbbreviation}, {"Albany", 5106834, ViaName}, {"N.Y.", 5128638, ViaAbbreviation}}},
		{"surname later alone", "Denzel Washington starred in the film. Washington said he was pleased.", nil},
		{"region names", "Herders in Inner Mongolia sell wool to Mongolia and Northern Ireland.",
			[]want{{"Inner Mongolia", 2035607, ViaName}, {"Mongolia", 2029969, ViaName}, {"Northern Ireland", 2641364, ViaName}}},
		{"sentence-initial adverb", "Elsewhere Ukraine held firm. Visiting Kazakhstan, he spoke.",
			[]want{{"Ukraine", 690791, ViaName}, {"Kazakhstan", 1522867, ViaName}}},
		{"all-caps headline", "BREAKING: PEACE TALKS WILL RESUME IN MAY, SAYS CHINA", []want{{"CHINA", 1814991, ViaName}}},
		{"postal codes", "He moved from Austin, TX to Portland, OR in 2020. IN the end, OR else.",
			[]want{{"Austin", 4671654, ViaName}, {"TX", 4736286, ViaAbbreviation}, {"Portland", 5746545, ViaName}, {"OR", 5744337, ViaAbbreviation}}},
		{"Mexico is the country", "Mexico and Canada signed the deal in Mexico City.",
			[]want{{"Mexico", 3996063, ViaName}, {"Canada", 6251999, ViaName}, {"Mexico City", 3530597, ViaName}}},
		{"country after a sentence's first word", "Given Tunisia's debt, lenders hesitated. Tunisia later agreed.",
			[]want{{"Tunisia", 2464461, ViaName}, {"Tunisia", 2464461, ViaName}}},
		{"country inside an organisation's name", "He spoke to Zimbabwe Tourism Authority staff. Zimbabwe expects more visitors.",
			[]want{{"Zimbabwe", 878675, ViaName}}},
		{"demonyms before names", "The Russian Foreign Ministry and the Canadian Prime Minister replied.",
			[]want{{"Russian", 2017370, ViaDemonym}, {"Canadian", 6251999, ViaDemonym}}},
		{"people are no place", "Mexicans and Russians voted; New Yorkers did not.", nil},
		{"institutions", "The White House said the University would close. Police arrived.", nil},
		{"region ending in an institution word", "Settlers in the West Bank protested; Temple, Texas, voted.",
			[]want{{"West Bank", 285153, ViaName}, {"Temple", 4735966, ViaName}, {"Texas", 4736286, ViaName}}},
		{"given name then alone", "Kim Jong Un inspected a factory. Later Kim spoke again.", nil},
		{"person speaking", "Police said Kim arrived late, and Kim said nothing.", nil},
		{"compound region", "Trade across the Asia-Pacific grew, and Euro-Atlantic ties held.", nil},
		{"EU as a place, UN never", "Exports to the EU rose. The EU said the UN agreed.",
			[]want{{"EU", 6255148, ViaAbbreviation}}},
		{"St. abbreviation", "Suburbs of Kansas City and St. Louis grew.",
			[]want{{"Kansas City", 4393217, ViaName}, {"St. Louis", 4407066, ViaName}}},
		{"connector es", "Flights from Dar es Salaam resumed.", []want{{"Dar es Salaam", 160263, ViaName}}},
		{"Greater", "Fire crews in Greater Manchester were busy.", []want{{"Greater Manchester", 2643123, ViaName}}},
		{"small town at a sentence start", "KUMASI, Ghana — Cocoa farmers gathered.",
			[]want{{"KUMASI", 2298890, ViaName}, {"Ghana", 2300660, ViaName}}},
		{"names vouch, repeats do not", "KOCHI — Boats from Kochi and Alappuzha stayed along the Kerala coast.",
			[]want{{"KOCHI", 1273874, ViaName}, {"Kochi", 1273874, ViaName}, {"Alappuzha", 1278985, ViaName}, {"Kerala", 1267254, ViaName}}},
		{"the article's region", "Firefighters from Athens and Watkinsville fought a fire. Athens is in northeast Georgia.",
			[]want{{"Athens", 4180386, ViaName}, {"Watkinsville", 4229691, ViaName}, {"Athens", 4180386, ViaName}, {"Georgia", 4197000, ViaName}}},
		{"dateline region", "PARIS, Ky. — Schools between Paris and Lexington opened late.",
			[]want{{"PARIS", 4303602, ViaName}, {"Ky.", 6254925, ViaAbbreviation}, {"Paris", 4303602, ViaName}, {"Lexington", 4297983, ViaName}}},
		{"a name that is also the adjective", "Saudi ministers met bankers, then he flew back to Saudi.",
			[]want{{"Saudi", 102358, ViaDemonym}, {"Saudi", 102358, ViaAlternate}}},
		{"a continent's adjective in a body's name", "The African Union, the European Central Bank and the European Commission met European and Asian ministers.",
			[]want{{"European", 6255148, ViaDemonym}, {"Asian", 6255147, ViaDemonym}}},
		{"seas", "Ships crossed the Black Sea and the Gulf of Aden into the Indian Ocean.",
			[]want{{"Black Sea", 630673, ViaName}, {"Gulf of Aden", 80303, ViaName}, {"Indian Ocean", 1545739, ViaName}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := g.Parse(tc.in)
			var gotW []want
			for _, m := range got {
				gotW = append(gotW, want{m.Text, m.Place.ID, m.Via})
			}
			if fmt.Sprint(gotW) != fmt.Sprint(tc.want) {
				t.Errorf("Parse(%q) = %v, want %v", tc.in, gotW, tc.want)
			}
			for _, m := range got {
				if tc.in[m.Start:m.End] != m.Text {
					t.Errorf("Parse(%q): span %d-%d is %q, text %q", tc.in, m.Start, m.End, tc.in[m.Start:m.End], m.Text)
				}
				if m.Score <= 0 || m.Score > 1 {
					t.Errorf("Parse(%q): %q score %v, want in (0, 1]", tc.in, m.Text, m.Score)
				}
			}
		})
	}
}

// goldMention is one hand-annotated toponym.
type goldMention struct {
	start, end int
	text       string
	id         int64
	lat, lon   float64
	demonym    bool
}

var goldMark = regexp.MustCompile(`\[\[([^|\]]+)\|([^|\]]+)(\|d)?\]\]`)

// readGold reads testdata/gold.txt: paragraphs with [[surface|geonameid]],
// [[surface|@lat,lon]] (a place the gazetteer lacks) and [[surface|id|d]]
// (a demonym).
func readGold(t testing.TB, g *Gazetteer, name string) (texts []string, golds [][]goldMention) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("reading gold: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var b strings.Builder
		var ms []goldMention
		last := 0
		for _, loc := range goldMark.FindAllStringSubmatchIndex(line, -1) {
			b.WriteString(line[last:loc[0]])
			surface, ref := line[loc[2]:loc[3]], line[loc[4]:loc[5]]
			m := goldMention{start: b.Len(), text: surface, demonym: loc[6] >= 0}
			b.WriteString(surface)
			m.end = b.Len()
			if coords, ok := strings.CutPrefix(ref, "@"); ok {
				la, lo, _ := strings.Cut(coords, ",")
				m.lat, _ = strconv.ParseFloat(la, 64)
				m.lon, _ = strconv.ParseFloat(lo, 64)
			} else {
				id, err := strconv.ParseInt(ref, 10, 64)
				if err != nil {
					t.Fatalf("gold %q: bad id %q", surface, ref)
				}
				p, ok := g.Get(id)
				if !ok {
					t.Fatalf("gold %q: geonameid %d not in the gazetteer", surface, id)
				}
				m.id, m.lat, m.lon = id, p.Lat, p.Lon
			}
			ms = append(ms, m)
			last = loc[1]
		}
		b.WriteString(line[last:])
		texts = append(texts, b.String())
		golds = append(golds, ms)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading gold: %v", err)
	}
	return texts, golds
}

// Floors for the gold sets, recorded from the current parser; raise them
// when it improves. gold.txt was written while the rules were tuned;
// heldout.txt was written afterwards and scored without tuning on it.
// localnews.txt (US, UK, India, Africa) was annotated and committed before
// its first score (F1 0.955, 94.9% within 161 km); the rules were then
// improved with it in view, so it is a regression set now. webnews.txt
// (web news from Latin America, Central Asia, the Gulf, Southeast Asia,
// Eastern Europe, Oceania, Canada) was annotated and committed before its
// first score: F1 0.962 (P 0.991 R 0.934), 99.1% within 161 km, demonym
// F1 0.727.
var goldFloors = []struct {
	file                        string
	toponymF1, within161, demF1 float64
}{
	{"gold.txt", 0.93, 0.97, 0.95},
	{"heldout.txt", 0.93, 0.95, 0.95},
	{"localnews.txt", 0.97, 0.97, 0},
	{"webnews.txt", 0.97, 0.99, 0.99},
}

var verbose = flag.Bool("gold.v", false, "list every gold error")

func TestGold(t *testing.T) {
	g := gazetteer(t)
	for _, fl := range goldFloors {
		t.Run(fl.file, func(t *testing.T) {
			texts, golds := readGold(t, g, fl.file)
			if len(texts) < 30 {
				t.Fatalf("gold set has %d paragraphs, want 30 or more", len(texts))
			}
			s := scoreGold(t, g, texts, golds)
			t.Logf("toponyms: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d); within 161 km %.3f (%d/%d); demonym F1 %.3f",
				s.p, s.r, s.f1, s.top.tp, s.top.fp, s.top.fn, s.within, s.near, s.resolved, s.demF1)
			if s.f1 < fl.toponymF1 {
				t.Errorf("toponym F1 = %.3f, want >= %.2f", s.f1, fl.toponymF1)
			}
			if s.within < fl.within161 {
				t.Errorf("within 161 km = %.3f, want >= %.2f", s.within, fl.within161)
			}
			if s.demF1 < fl.demF1 {
				t.Errorf("demonym F1 = %.3f, want >= %.2f", s.demF1, fl.demF1)
			}
		})
	}
}

type goldCounts struct{ tp, fp, fn int }

func (c goldCounts) f1() (p, r, f float64) {
	p = float64(c.tp) / float64(max(1, c.tp+c.fp))
	r = float64(c.tp) / float64(max(1, c.tp+c.fn))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

type goldScore struct {
	top, dem        goldCounts
	p, r, f1, demF1 float64
	resolved, near  int
	within          float64
}

// scoreGold counts exact-span toponym matches (demonyms apart) and, for
// each matched toponym, whether it lies within 161 km of the gold point.
func scoreGold(t *testing.T, g *Gazetteer, texts []string, golds [][]goldMention) goldScore {
	var s goldScore
	for i, text := range texts {
		got := g.Parse(text)
		matched := map[int]bool{}
		for _, m := range got {
			isDem := m.Via == ViaDemonym
			c := &s.top
			if isDem {
				c = &s.dem
			}
			found := -1
			for k, gm := range golds[i] {
				if gm.start == m.Start && gm.end == m.End && gm.demonym == isDem {
					found = k
				}
			}
			if found < 0 {
				c.fp++
				if *verbose {
					t.Logf("false positive: %q -> %s (%d) in %q", m.Text, m.Place.Name, m.Place.ID, text)
				}
				continue
			}
			c.tp++
			matched[found] = true
			if !isDem {
				gm := golds[i][found]
				s.resolved++
				d := DistanceKm(m.Place, Place{Lat: gm.lat, Lon: gm.lon})
				if d <= 161 {
					s.near++
				} else if *verbose {
					t.Logf("far: %q -> %s (%d), %.0f km from gold %d", m.Text, m.Place.Name, m.Place.ID, d, gm.id)
				}
			}
		}
		for k, gm := range golds[i] {
			if !matched[k] {
				if gm.demonym {
					s.dem.fn++
				} else {
					s.top.fn++
				}
				if *verbose {
					t.Logf("missed: %q (%d)", gm.text, gm.id)
				}
			}
		}
	}
	s.p, s.r, s.f1 = s.top.f1()
	_, _, s.demF1 = s.dem.f1()
	s.within = float64(s.near) / float64(max(1, s.resolved))
	return s
}

func FuzzParse(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Xi was met on Wednesday in Nur-Sultan.", "Paris, Texas", "U.S.", "China’s", "NUR-SULTAN, Kazakhstan",
		"A.", "'s", "Côte d'Ivoire", "\xff\xfeParis", "Gulf of", "New York New York",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		// Rune boundaries as Go decodes the text (an invalid byte is a rune).
		boundary := map[int]bool{len(text): true}
		for i := range text {
			boundary[i] = true
		}
		prev := 0
		for _, m := range g.Parse(text) {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("Parse(%q): span %d-%d out of order or bounds", text, m.Start, m.End)
			}
			if !boundary[m.Start] || !boundary[m.End] {
				t.Fatalf("Parse(%q): span %d-%d not on rune boundaries", text, m.Start, m.End)
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("Parse(%q): text %q, span holds %q", text, m.Text, text[m.Start:m.End])
			}
			prev = m.End
		}
	})
}

func BenchmarkParse(b *testing.B) {
	g := gazetteer(b)
	text := readSeed(b, "000_48c26321fd265a38.txt") + "\n" + readSeed(b, "004_72fb59bc08362900.txt")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.Parse(text)
	}
}

// manyPlaces is news-like text of about size bytes that names many distinct
// cities of the gazetteer (those over 100,000 people, in gazetteer order),
// so that the context the disambiguation weighs grows with the input.
func manyPlaces(g *Gazetteer, size int) string {
	var b strings.Builder
	var cities []string
	for _, p := range g.places {
		if p.Precision == "city" && p.Population > 100000 && !strings.ContainsAny(p.Name, "'’") {
			cities = append(cities, p.Name)
		}
	}
	for i := 0; b.Len() < size; i++ {
		a, c := cities[i%len(cities)], cities[(i*7+3)%len(cities)]
		fmt.Fprintf(&b, "Officials met in %s on Monday, and the mayor of %s said talks would go on.\n", a, c)
	}
	return b.String()
}

// BenchmarkParseSize shows how the parse scales: MB/s should hold steady as
// the input grows.
func BenchmarkParseSize(b *testing.B) {
	g := gazetteer(b)
	for _, size := range []int{64 << 10, 256 << 10, 1 << 20} {
		text := manyPlaces(g, size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				g.Parse(text)
			}
		})
	}
}

// TestGridAny checks the grid against a scan of every place: it must find
// a place within reach exactly when one exists, across the antimeridian and
// near the poles too, with places all over the globe (more cells in reach
// than hold places) and in a few clusters (fewer).
func TestGridAny(t *testing.T) {
	var spread, clusters []Place
	for lat := -89.5; lat < 90; lat += 7.3 {
		for lon := -179.9; lon < 180; lon += 11.7 {
			spread = append(spread, Place{ID: int64(len(spread) + 1), Lat: lat, Lon: lon})
		}
	}
	spread = append(spread, Place{ID: int64(len(spread) + 1), Lat: 10, Lon: 180}, Place{ID: int64(len(spread) + 2), Lat: 10, Lon: -180})
	r := rand.New(rand.NewPCG(1, 2))
	var around []Place // probes around the clusters
	for _, c := range [][2]float64{{10, 179.5}, {10.5, -179.8}, {45, 7}, {-87, 20}, {60, -30}} {
		for range 15 {
			clusters = append(clusters, Place{ID: int64(len(clusters) + 1), Lat: c[0] + r.Float64()*2 - 1, Lon: math.Mod(c[1]+r.Float64()*4-2+540, 360) - 180})
		}
		for range 40 {
			around = append(around, Place{Lat: max(-90, min(90, c[0]+r.Float64()*16-8)), Lon: math.Mod(c[1]+r.Float64()*40-20+540, 360) - 180})
		}
	}
	gridAgrees(t, spread, nil)
	gridAgrees(t, clusters, around)
}

func gridAgrees(t *testing.T, ps, more []Place) {
	t.Helper()
	g := newGrid()
	for k, p := range ps {
		g.add(p, k)
	}
	probes := append([]Place{
		{Lat: 0, Lon: 0}, {Lat: 10, Lon: 179.5}, {Lat: 10, Lon: -179.5}, {Lat: 85, Lon: 60}, {Lat: -88, Lon: -100},
		{Lat: 45.2, Lon: 7.7}, {Lat: -33.9, Lon: 151.2}, {Lat: 64.1, Lon: -21.9},
	}, more...)
	for _, km := range []float64{100, 300, 700, 1500, 5000} {
		for _, p := range probes {
			for _, skip := range []int{-1, 0, 5} {
				want := false
				for k, o := range ps {
					if k != skip && within(o, p, km) {
						want = true
						break
					}
				}
				got := g.any(p, km, func(k int) bool { return k != skip && within(ps[k], p, km) })
				if got != want {
					t.Errorf("grid.any(%v,%v, %v km, skip %d) = %v, want %v", p.Lat, p.Lon, km, skip, got, want)
				}
			}
		}
	}
}
