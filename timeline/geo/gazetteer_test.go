package geo

import (
	"bytes"
	"slices"
	"testing"
	"time"
)

func gazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	return g
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nur-Sultan", "nur sultan"},
		{"Québec", "quebec"},
		{"U.S.", "us"},
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"  São   Paulo ", "sao paulo"},
		{"Tromsø", "tromso"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"Astana–Almaty", "astana almaty"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	g := gazetteer(t)
	tests := []struct {
		name      string
		wantID    int64
		wantName  string
		precision string
	}{
		{"Nur-Sultan", 1526273, "Astana", "city"},
		{"Nur Sultan", 1526273, "Astana", "city"},
		{"Akmola", 1526273, "Astana", "city"},
		{"Astana", 1526273, "Astana", "city"},
		{"Peking", 1816670, "Beijing", "city"},
		{"Bombay", 1275339, "Mumbai", "city"},
		{"Samarkand", 1216265, "Samarkand", "city"},
		{"Paris", 2988507, "Paris", "city"},
		{"paris", 2988507, "Paris", "city"},
		{"Georgia", 614540, "Georgia", "country"},
		{"Kazakhstan", 1522867, "Kazakhstan", "country"},
		{"Kazakh", 1522867, "Kazakhstan", "country"},
		{"Chinese", 1814991, "China", "country"},
		{"Russian", 2017370, "Russia", "country"},
		{"US", 6252001, "United States", "country"},
		{"U.S.", 6252001, "United States", "country"},
		{"Britain", 2635167, "United Kingdom", "country"},
		{"Central Asia", 7729893, "Central Asia", "region"},
		{"South Pacific", 4030483, "South Pacific Ocean", "region"},
		{"East Asia", 7729894, "Eastern Asia", "region"},
		{"Middle East", 6269133, "Middle East", "region"},
		{"Asia", 6255147, "Asia", "continent"},
		{"Europe", 6255148, "Europe", "continent"},
		{"Texas", 4736286, "Texas", "region"},
		{"New York", 5128581, "New York City", "city"},
		{"Shanghai", 1796236, "Shanghai", "city"},
		{"Ukraine", 690791, "Ukraine", "country"},
		{"Soviet Union", 8354411, "Union of Soviet Socialist Republics", "country"},
		{"Kiev", 703448, "Kyiv", "city"},
		{"Kyiv", 703448, "Kyiv", "city"},
		{"Madras", 1264527, "Chennai", "city"},
		{"Calcutta", 1275004, "Kolkata", "city"},
		{"Saigon", 1566083, "Ho Chi Minh City", "city"},
		{"Oklahoma", 4544379, "Oklahoma", "region"},
		{"Quebec", 6115047, "Quebec", "region"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := g.Lookup(tc.name)
			if len(got) == 0 {
				t.Fatalf("Lookup(%q) = none, want %d %s", tc.name, tc.wantID, tc.wantName)
			}
			if got[0].ID != tc.wantID || got[0].Name != tc.wantName || got[0].Precision != tc.precision {
				t.Errorf("Lookup(%q)[0] = %d %s %s, want %d %s %s", tc.name,
					got[0].ID, got[0].Name, got[0].Precision, tc.wantID, tc.wantName, tc.precision)
			}
		})
	}
	// The biggest namesake comes right after the French capital (and its
	// département, which shares its point).
	got := g.Lookup("Paris")
	k := slices.IndexFunc(got, func(p Place) bool { return p.ID == 4717560 })
	if k < 1 || k > 2 {
		t.Errorf("Lookup(%q) has Paris, Texas (4717560) at %d, want 1 or 2: %v", "Paris", k, got)
	}
	for _, name := range []string{"Xi", "Putin", "Wednesday"} {
		if got := g.Lookup(name); len(got) != 0 {
			t.Errorf("Lookup(%q) = %v, want none", name, got)
		}
	}
}

func TestGet(t *testing.T) {
	g := gazetteer(t)
	p, ok := g.Get(1526273)
	if !ok || p.Name != "Astana" || p.Country != "KZ" || p.Feature != "P.PPLC" {
		t.Errorf("Get(1526273) = %+v, %v, want Astana, KZ, P.PPLC", p, ok)
	}
	if p.Lat < 51 || p.Lat > 51.3 || p.Lon < 71.3 || p.Lon > 71.6 {
		t.Errorf("Get(1526273) at %v,%v, want about 51.18,71.45", p.Lat, p.Lon)
	}
	if _, ok := g.Get(-1); ok {
		t.Errorf("Get(-1) found a place, want none")
	}
}

func TestPrecision(t *testing.T) {
	tests := map[string]string{
		"P.PPLC": "city", "P.PPL": "city", "A.PCLI": "country", "A.PCLH": "country", "L.CONT": "continent",
		"A.ADM1": "region", "L.RGN": "region", "H.OCN": "region", "H.SEA": "region", "S.AIRP": "point",
	}
	for feature, want := range tests {
		if got := precisionOf(feature); got != want {
			t.Errorf("precisionOf(%q) = %q, want %q", feature, got, want)
		}
	}
}

func TestSearch(t *testing.T) {
	g := gazetteer(t)
	tests := []struct {
		query  string
		wantID int64
	}{
		{"Astan", 1526273},
		{"nur-sul", 1526273},
		{"Samark", 1216265},
		{"Kazakhst", 1522867},
		{"ukrain", 690791},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			got := g.Search(tc.query, 5)
			if len(got) == 0 || got[0].ID != tc.wantID {
				t.Errorf("Search(%q, 5) = %v, want %d first", tc.query, got, tc.wantID)
			}
			if len(got) > 5 {
				t.Errorf("Search(%q, 5) gave %d places", tc.query, len(got))
			}
			seen := map[int64]bool{}
			for _, p := range got {
				if seen[p.ID] {
					t.Errorf("Search(%q, 5) lists %d twice", tc.query, p.ID)
				}
				seen[p.ID] = true
			}
		})
	}
	if got := g.Search("", 5); len(got) != 0 {
		t.Errorf("Search(%q, 5) = %v, want none", "", got)
	}
}

func TestLoadRejectsBadInput(t *testing.T) {
	if _, err := Load(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Errorf("Load(not gzip) succeeded, want an error")
	}
}

func TestLoadTime(t *testing.T) {
	// Not a timing assertion: logs the figure for the report.
	start := time.Now()
	g, err := Load(bytes.NewReader(embedded))
	if err != nil {
		t.Fatalf("Load() error: %v", err)
	}
	t.Logf("loaded %d places, %d names in %v from %d bytes", g.Len(), len(g.names), time.Since(start), len(embedded))
	if g.Len() < 30000 {
		t.Errorf("Load() gave %d places, want over 30000", g.Len())
	}
}

func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(embedded)))
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	// Run with -race: Default, Parse and Search share one gazetteer.
	done := make(chan []Mention)
	for range 4 {
		go func() {
			g, err := Default()
			if err != nil {
				done <- nil
				return
			}
			g.Search("Sam", 3)
			done <- g.Parse("Xi flew from Nur-Sultan to Samarkand.")
		}()
	}
	for range 4 {
		ms := <-done
		if len(ms) != 2 || ms[0].Place.ID != 1526273 || ms[1].Place.ID != 1216265 {
			t.Errorf("Parse in a goroutine = %v, want Astana and Samarkand", ms)
		}
	}
}
