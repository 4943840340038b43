package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"storyline/timeline"
	"storyline/timeline/extract"
	"storyline/timeline/geo"
	"storyline/timeline/temporal"
)

// extractOutput is the part of the story JSON the tests read.
type extractOutput struct {
	Title     string `json:"title"`
	Documents []struct {
		ID        int64  `json:"id"`
		Title     string `json:"title"`
		Outlet    string `json:"outlet"`
		URL       string `json:"url"`
		Text      string `json:"text"`
		Published struct {
			Date   string `json:"date"`
			Source string `json:"source"`
		} `json:"published"`
	} `json:"documents"`
	Events []struct {
		ID      int64  `json:"id"`
		Title   string `json:"title"`
		Trigger string `json:"trigger"`
		Date    *struct {
			Value     string `json:"value"`
			Precision string `json:"precision"`
		} `json:"date"`
		Places []struct {
			Name      string `json:"name"`
			GeonameID int64  `json:"geonameid"`
		} `json:"places"`
		Actors []struct {
			Name string `json:"name"`
		} `json:"actors"`
		Sources []struct {
			Document int64  `json:"document"`
			Start    int    `json:"start"`
			Quote    string `json:"quote"`
		} `json:"sources"`
	} `json:"events"`
}

func runExtract(t *testing.T, args ...string) extractOutput {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(append([]string{"extract"}, args...), &stdout, &stderr); code != 0 {
		t.Fatalf("run(extract %q) = %d, stderr %q", args, code, stderr.String())
	}
	var out extractOutput
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("run(extract %q) printed no story JSON: %v", args, err)
	}
	return out
}

func TestExtractSeeds(t *testing.T) {
	seeds := []string{
		filepath.Join("..", "..", "testdata", "seeds", "000_48c26321fd265a38.txt"),
		filepath.Join("..", "..", "testdata", "seeds", "004_72fb59bc08362900.txt"),
	}
	out := runExtract(t, append([]string{"-dct", "2022-09-14"}, seeds...)...)
	if len(out.Documents) != 2 || out.Documents[0].ID != 1 || out.Documents[1].ID != 2 {
		t.Fatalf("extract documents = %+v, want IDs 1 and 2", out.Documents)
	}
	for _, d := range out.Documents {
		if d.Published.Date != "2022-09-14" || d.Published.Source != "user" {
			t.Errorf("document %d published = %+v, want 2022-09-14 from the user", d.ID, d.Published)
		}
	}
	if out.Documents[0].Outlet != "Al Jazeera and news agencies" {
		t.Errorf("document 1 outlet = %q, want it read from the Source line", out.Documents[0].Outlet)
	}
	found := false
	for i, e := range out.Events {
		if e.ID != int64(i+1) {
			t.Errorf("event %d has id %d, want %d", i, e.ID, i+1)
		}
		if e.Date != nil && e.Date.Value == "2022-09-14" && e.Trigger == "met" { // the welcome at the airport; the start of the trip is another event of the day
			found = true
			docs := map[int64]bool{}
			for _, s := range e.Sources {
				docs[s.Document] = true
			}
			if len(e.Places) == 0 || e.Places[0].GeonameID != 1526273 || len(docs) != 2 {
				t.Errorf("2022-09-14 event = %+v, want Astana citing both documents", e)
			}
		}
	}
	if !found {
		t.Errorf("extract events = %+v, want a meeting on 2022-09-14", out.Events)
	}
}

func TestExtractHTMLAndOutlet(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "a.html")
	html := `<html><head><meta property="article:published_time" content="2022-09-14T08:00:00Z">
<meta property="og:site_name" content="AP News"><meta property="og:title" content="Xi visits Kazakhstan">
<link rel="canonical" href="https://example.com/xi"></head>
<body><nav>Home</nav><article><p>Chinese President Xi Jinping arrived in Nur-Sultan on Wednesday.</p>
<script>alert("x")</script></article></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	out := runExtract(t, "-outlet", "Associated Press", page)
	d := out.Documents[0]
	if d.Outlet != "Associated Press" || d.Title != "Xi visits Kazakhstan" || d.URL != "https://example.com/xi" || d.Published.Date != "2022-09-14" || d.Published.Source != "meta" {
		t.Errorf("extract HTML document = %+v, want outlet from -outlet, title, URL and date from the page", d)
	}
	if len(out.Events) != 1 || out.Events[0].Date == nil || out.Events[0].Date.Value != "2022-09-14" {
		t.Errorf("extract HTML events = %+v, want one on 2022-09-14", out.Events)
	}
}

func TestExtractErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, []byte("  \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Xi arrived on Wednesday."), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no files", nil, "no files given"},
		{"bad dct", []string{"-dct", "14/09/2022", good}, "bad -dct"},
		{"missing file", []string{filepath.Join(dir, "missing.txt")}, "missing.txt"},
		{"empty file", []string{empty}, "only whitespace"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"extract"}, tc.args...), &stdout, &stderr)
			if code == 0 || !strings.Contains(stderr.String(), tc.want) {
				t.Errorf("run(extract %q) = %d, stderr %q, want failure mentioning %q", tc.args, code, stderr.String(), tc.want)
			}
		})
	}
}

// TestExtractDateLine reads wiki-news-shaped articles without -dct: the
// line under the headline that holds only the date is the publication
// date, which anchors the relative dates of the text ("on Tuesday", "last
// week", "in June", "yesterday"), and the date line itself is no event.
func TestExtractDateLine(t *testing.T) {
	dir := filepath.Join("testdata", "wikinews")
	tests := []struct {
		file, published string
		want            map[string]string // event trigger: date value
	}{
		{"wn01_aircraft.txt", "2006-10-03", map[string]string{"fell": "2006-10-03", "said": "2006-W39", "dropped": "2006-06"}},
		{"wn03_floods.txt", "2013-12-10", map[string]string{"visited": "2013-12-09", "declared": "2013-12-10"}},
		{"wn06_caption.txt", "2025-04-09", map[string]string{"arrested": "2025-04-07", "found": "2025-03"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			out := runExtract(t, filepath.Join(dir, tc.file))
			if p := out.Documents[0].Published; p.Date != tc.published || p.Source != "date-line" {
				t.Fatalf("extract %s published = %+v, want %s from the date line", tc.file, p, tc.published)
			}
			got := map[string][]string{} // a trigger may stand for several events ("said" on two days)
			for _, e := range out.Events {
				if e.Date != nil {
					got[e.Trigger] = append(got[e.Trigger], e.Date.Value)
				}
				for _, s := range e.Sources {
					if strings.Contains(s.Quote, tc.published[:4]) && len(s.Quote) < 40 {
						t.Errorf("extract %s event %q is made of the date line %q", tc.file, e.Title, s.Quote)
					}
				}
			}
			for trigger, value := range tc.want {
				if !slices.Contains(got[trigger], value) {
					t.Errorf("extract %s event %q dated %q, want %q (events %v)", tc.file, trigger, got[trigger], value, got)
				}
			}
		})
	}
}

// TestExtractCitations reads the wiki-news-shaped articles: the citations
// under their "Sources", "Related news" and "External links" headings give
// no event, and their outlets (all named "Example ...") no actor.
func TestExtractCitations(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "wikinews", "*.txt"))
	if err != nil || len(files) < 10 {
		t.Fatalf("wiki news test articles: %v, %v", files, err)
	}
	for _, f := range files {
		out := runExtract(t, f)
		text := out.Documents[0].Text
		section := len(text)
		for _, h := range []string{"\nSources\n", "\nRelated news\n", "\nSee also\n"} {
			if i := strings.Index(text, h); i >= 0 && i < section {
				section = i
			}
		}
		if section == len(text) {
			t.Fatalf("%s has no citation section", f)
		}
		for _, e := range out.Events {
			for _, s := range e.Sources {
				if s.Start > section {
					t.Errorf("%s: event %q from the citations: %q", f, e.Title, s.Quote)
				}
			}
			for _, a := range e.Actors {
				if strings.HasPrefix(a.Name, "Example") {
					t.Errorf("%s: event %q has the outlet %q of a citation as actor", f, e.Title, a.Name)
				}
			}
		}
	}
}

// TestExtractWikinewsGold scores the wiki-news-shaped articles, read
// without -dct, against the events annotated by hand in gold.tsv before the
// app was run on them (wn01-wn10 first, wn11-wn25 later, then wn26-wn37,
// wn38-wn49, wn50-wn61, wn62-wn73, wn74-wn85, wn86-wn97, wn98-wn109,
// wn110-wn121 and wn122-wn133, each set committed before the app ran on
// it; all but wn01-wn25 are also scored on their own).
//
// Recall: a gold anchor is found when an event stands on the gold trigger with
// the gold date (or a time of that day). Precision: of the dated events whose
// trigger or one of its Also words (the other words of happening its date
// anchors) is a gold trigger of the page, how many carry a gold date of one of
// those words. The floors sit just under the figures measured when a second
// verb joined to a dated one became a happening of its own: 197 of 244 found,
// precision 206 of 209. wn26-wn37 were added to be scored once, before any
// rule was written against them (68 of 102 found, 83 with Also, precision 75
// of 78), and wn38-wn49 likewise (83 of 120 found, 99 with Also, precision 95
// of 102); the README gives the history of these figures. The floors now
// sit just under the figures of the session that added wn38-wn49: wn01-wn37
// 202 of 244 found, precision 211 of 212; wn38-wn49 93 of 120, 104 of 107.
// wn50-wn61 (135 anchors: other regions and beats, more kinds of date) came
// last, scored once on the code as it stood before any rule was written
// against them (93 of 135 found, 113 with Also, precision 109 of 114); their
// floors sit just under that first score. wn62-wn73 (111 anchors: Central
// Asia, the Caribbean, West and East Africa, Scandinavia, the Pacific, the
// Middle East) were scored the same way: 68 of 111 found, 80 with Also,
// precision 80 of 86, on the code of that session's start. wn74-wn85 (107
// anchors: the Balkans, the Andes, Mongolia, the Baltic states, the Horn of
// Africa, Polynesia, Central America, Taiwan; captions, a fact box, reported
// dates, plans) likewise: 66 of 107 found, 92 with Also, precision 85 of 87.
// wn86-wn97 (113 anchors: Melanesia, Nepal, Zambia, Sri Lanka, Spain,
// Patagonia, Korea, Indonesia, Nigeria, Georgia, Chile, the Karakoram;
// lists of dates, the present perfect, nominal events, captions, fact
// boxes) likewise: 72 of 113 found, 85 with Also, precision 79 of 81.
// wn98-wn109 (111 anchors: Laos, Ireland, Mauritius, Cabo Verde,
// Greenland, Trinidad, Tonga, Norway, Senegal, Madagascar, Bhutan,
// Finland; transport, labour, elections, health, science, culture;
// captions and fact boxes) likewise: 70 of 111 found, 88 with Also,
// precision 82 of 82. wn110-wn121 (113 anchors: Canada, Mexico, Egypt,
// Kenya, Vietnam, the Philippines, Poland, Brazil, Australia, Morocco,
// Ukraine, Peru; labour, crime, culture, health, disaster, politics,
// courts, science, sport, transport, energy, mining) likewise: 74 of 113
// found, 90 with Also, precision 86 of 91. wn122-wn133 (140 anchors:
// Japan, Turkey, Ghana, Colombia, India, Germany, Iraq, New Zealand,
// Ethiopia, Italy, Chile, South Africa; longer wire copy, narratives told
// in order, court and inquiry reports retelling older events, sport
// results) likewise: 77 of 140 found, 93 with Also, precision 90 of 107.
// wn134-wn145 (118 anchors: Bangladesh, Thailand, Saudi Arabia, Tunisia,
// Tanzania, Mozambique, Venezuela, Cuba, Romania, Greece, the Netherlands,
// Uzbekistan; disaster with caption and fact box, wire items, results,
// a feature told in order, a court report) likewise: 76 of 118 found,
// 89 with Also, precision 87 of 94. wn158-wn169 (149 anchors: Kenya,
// India, Costa Rica, Oman and Yemen, the Czech Republic, Vanuatu, Korea,
// Pakistan, Nigeria, Brazil, China and Japan, New Zealand; wire copy with
// datelines, agency headline lines, bylines, captions and fact boxes,
// company results, central banks, elections, disasters, diplomacy)
// likewise: 107 of 149 found, 126 with Also, precision 124 of 133.
// wn146-wn157 (162 anchors: Belgium, Mali, Nepal, Japan, Australia, Chile,
// Canada, Kenya, Mexico, Taiwan, India, England; narrative news: court
// reports and an inquest retelling the crime and the hearings, obituaries and a profile told in the order
// of a life, anniversaries, an inquiry and a rescue told day by day, a
// season recap) likewise: 118 of 162 found, 132 with Also, precision 128
// of 143.
// wn170-wn177 (99 anchors: Paraguay, Portugal, Malawi, Kazakhstan,
// Malaysia, Scotland, Argentina, Iceland; news reports of politics,
// business and a disaster, wire copy with datelines and reported speech,
// a court report retelling a crime, an obituary, a feature looking back
// over thirty years) likewise: 78 of 99 found, 88 with Also, precision
// 88 of 94.
// wn178-wn185 (101 anchors: Cambodia, Slovenia, Jordan, Bolivia,
// Namibia, Belarus, Solomon Islands, Mauritania; news reports of health
// and transport, wire copies with datelines and reported speech, one with
// company results, an inquiry reconstructing a fire day by day, a profile
// told in the order of a life, a sport report, a science story) likewise:
// 83 of 101 found, 90 with Also, precision 90 of 92, on main as of
// 711e392.
func TestExtractWikinewsGold(t *testing.T) {
	dir := filepath.Join("testdata", "wikinews")
	b, err := os.ReadFile(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	type anchor struct{ trigger, date string }
	var files []string
	gold := map[string][]anchor{}
	for line := range strings.Lines(string(b)) {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if len(f) != 3 {
			t.Fatalf("gold.tsv line %q: want article, trigger and date", line)
		}
		if _, ok := gold[f[0]]; !ok {
			files = append(files, f[0])
		}
		gold[f[0]] = append(gold[f[0]], anchor{f[1], f[2]})
	}
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	ex := extract.NewExtractor(temporal.NewTagger(), gaz)
	sameDay := func(value, want string) bool { return value == want || strings.HasPrefix(value, want+"T") }
	// all is every page; sets are scored on their own too, each against
	// its floors (wn11-wn25 has none of its own; wn01-wn37 is what the
	// later sets leave of all)
	var all wikiTally
	sets := []*wikiSet{
		{name: "wn11-wn25", from: "wn11", to: "wn26"},
		{name: "wn26-wn37", from: "wn26", to: "wn38"},
		{name: "wn38-wn49", from: "wn38", to: "wn50", anchors: 120, floor: wikinewsHeldOutFloor, precision: wikinewsHeldOutPrecisionFloor},
		{name: "wn50-wn61", from: "wn50", to: "wn62", anchors: 135, floor: wikinewsFifthFloor, precision: wikinewsFifthPrecisionFloor},
		{name: "wn62-wn73", from: "wn62", to: "wn74", anchors: 111, floor: wikinewsSixthFloor, precision: wikinewsSixthPrecisionFloor},
		{name: "wn74-wn85", from: "wn74", to: "wn86", anchors: 107, floor: wikinewsSeventhFloor, precision: wikinewsSeventhPrecisionFloor},
		{name: "wn86-wn97", from: "wn86", to: "wn98", anchors: 113, floor: wikinewsEighthFloor, precision: wikinewsEighthPrecisionFloor},
		{name: "wn98-wn109", from: "wn98", to: "wn110", anchors: 111, floor: wikinewsNinthFloor, precision: wikinewsNinthPrecisionFloor},
		{name: "wn110-wn121", from: "wn110", to: "wn122", anchors: 113, floor: wikinewsTenthFloor, precision: wikinewsTenthPrecisionFloor},
		{name: "wn122-wn133", from: "wn122", to: "wn134", anchors: 140, floor: wikinewsEleventhFloor, precision: wikinewsEleventhPrecisionFloor},
		{name: "wn134-wn145", from: "wn134", to: "wn146", anchors: 118, floor: wikinewsTwelfthFloor, precision: wikinewsTwelfthPrecisionFloor},
		{name: "wn146-wn157", from: "wn146", to: "wn158", anchors: 162, floor: wikinewsThirteenthFloor, precision: wikinewsThirteenthPrecisionFloor},
		{name: "wn158-wn169", from: "wn158", to: "wn170", anchors: 149, floor: wikinewsWireFloor, precision: wikinewsWirePrecisionFloor},
		{name: "wn170-wn177", from: "wn170", to: "wn178", anchors: 99, floor: wikinewsKindsFloor, precision: wikinewsKindsPrecisionFloor},
		{name: "wn178-wn185", from: "wn178", to: "wn186", anchors: 101, floor: wikinewsFinalFloor, precision: wikinewsFinalPrecisionFloor},
	}
	for _, name := range files {
		doc, err := readDocument(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		doc.ID = 1
		events, err := ex.Extract([]timeline.Document{doc})
		if err != nil {
			t.Fatalf("Extract(%s): %v", name, err)
		}
		// words are each event's trigger and then its Also words;
		// statements the sayings its sources keep with their own dates
		// (timeline.Source.Statement), each scored as a word of its date
		words := make([][]string, len(events))
		type statement struct{ word, date string }
		var statements []statement
		for i, e := range events {
			words[i] = []string{e.Trigger}
			for _, s := range e.Sources {
				for _, sp := range s.Also {
					words[i] = append(words[i], doc.Text[sp.Start:sp.End])
				}
				if st := s.Statement; st != nil {
					statements = append(statements, statement{doc.Text[st.Trigger.Start:st.Trigger.End], st.Date.Value})
				}
			}
		}
		tallies := []*wikiTally{&all}
		for _, set := range sets {
			if n := wikiPage(name); n >= wikiPage(set.from) && n < wikiPage(set.to) {
				tallies = append(tallies, &set.wikiTally)
			}
		}
		count := func(f func(*wikiTally)) {
			for _, c := range tallies {
				f(c)
			}
		}
		for _, g := range gold[name] {
			hit, hitAlso := false, false
			for i, e := range events {
				if e.Dated() && sameDay(e.Date.Value, g.date) {
					hit = hit || e.Trigger == g.trigger
					hitAlso = hitAlso || slices.Contains(words[i], g.trigger)
				}
			}
			for _, st := range statements {
				hitAlso = hitAlso || st.word == g.trigger && sameDay(st.date, g.date)
			}
			count(func(c *wikiTally) { c.total++ })
			if hitAlso {
				count(func(c *wikiTally) { c.also++ })
			}
			if !hit {
				// "missed (Also)": the gold word dates the event only as an
				// Also word; "missed": no event word carries the gold date
				kind := "missed"
				if hitAlso {
					kind = "missed (Also)"
				}
				t.Logf("%s %s %q %s", kind, name, g.trigger, g.date)
				continue
			}
			count(func(c *wikiTally) { c.found++ })
		}
		// precision: the dated events standing on a gold word, and the
		// statements that are one, with a gold date
		score := func(ws []string, date string, what func() string) {
			onGold, ok := false, false
			for _, g := range gold[name] {
				if slices.Contains(ws, g.trigger) {
					onGold = true
					ok = ok || sameDay(date, g.date)
				}
			}
			if !onGold {
				return
			}
			count(func(c *wikiTally) { c.dated++ })
			if ok {
				count(func(c *wikiTally) { c.right++ })
			} else {
				t.Logf("wrong date %s %s %s", name, what(), date)
			}
		}
		for i, e := range events {
			if !e.Dated() {
				continue
			}
			score(words[i], e.Date.Value, func() string { return fmt.Sprintf("%q (also %q)", e.Trigger, words[i][1:]) })
		}
		for _, st := range statements {
			score([]string{st.word}, st.date, func() string { return fmt.Sprintf("statement %q", st.word) })
		}
	}
	t.Logf("wiki news gold anchors found: %d of %d (wn11-wn25: %d of %d)", all.found, all.total, sets[0].found, sets[0].total)
	t.Logf("wiki news gold anchors found on the trigger or an Also word: %d of %d", all.also, all.total)
	t.Logf("wiki news precision: %d of %d dated events on gold triggers carry a gold date", all.right, all.dated)
	first := all // wn01-wn37: what the sets from wn38 leave
	for _, set := range sets[1:] {
		t.Logf("%s alone: found %d of %d, on the trigger or an Also word %d, precision %d of %d", set.name, set.found, set.total, set.also, set.right, set.dated)
		if set.anchors == 0 {
			continue
		}
		first.found, first.total, first.right, first.dated = first.found-set.found, first.total-set.total, first.right-set.right, first.dated-set.dated
		if set.total != set.anchors || set.found < set.floor || set.right*1000 < set.dated*set.precision {
			t.Errorf("%s found %d of %d, precision %d of %d; want %d anchors, at least %d found and precision 0.%d", set.name, set.found, set.total, set.right, set.dated, set.anchors, set.floor, set.precision)
		}
	}
	// the floors of wn01-wn37 stay what they were before wn38-wn49 came
	if all.total != 1823 || first.total != 244 || first.found < wikinewsFloor {
		t.Errorf("wiki news gold anchors found %d of %d (wn01-wn37: %d of %d), want 1823 anchors, at least %d of 244", all.found, all.total, first.found, first.total, wikinewsFloor)
	}
	if first.right*1000 < first.dated*wikinewsPrecisionFloor {
		t.Errorf("wiki news precision (wn01-wn37) %d of %d, want at least 0.%d", first.right, first.dated, wikinewsPrecisionFloor)
	}
}

// wikiTally counts wiki news anchors: found on an event's trigger, found on
// the trigger, an Also word or a statement with its date, all, and the
// dated events on a gold word, right when their date is a gold one.
type wikiTally struct{ found, also, total, right, dated int }

// wikiPage is the number of a wiki news page or bound ("wn100_election.txt"
// and "wn100": 100), so that wn100 sorts after wn98.
func wikiPage(name string) int {
	n := 0
	for _, c := range strings.TrimPrefix(name, "wn") {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// wikiSet is a set of wiki news pages scored on its own (names from <= name
// < to), with its anchors and floors (none when anchors is 0).
type wikiSet struct {
	name, from, to            string
	anchors, floor, precision int
	wikiTally
}

// wikinewsFloor and wikinewsPrecisionFloor (in thousandths) are the floors of
// TestExtractWikinewsGold.
const (
	wikinewsFloor          = 213
	wikinewsPrecisionFloor = 995

	// wn38-wn49 alone, just under the figures reached once the set had been
	// read (its first score: 83 of 120 found, precision 95 of 102); 101 of
	// 120, precision 108 of 109 after the date and anchor fixes since; 102
	// of 120 once a light verb in a relative clause without "that" took its
	// date ("the sample he gave on 3 December"); 104 now
	wikinewsHeldOutFloor          = 107
	wikinewsHeldOutPrecisionFloor = 990

	// wn50-wn61 alone (its first score: 93 of 135 found, 113 with Also,
	// precision 109 of 114), at the figures reached since: 115 of 135, 129
	// with Also, precision 127 of 127
	wikinewsFifthFloor          = 117
	wikinewsFifthPrecisionFloor = 990

	// wn62-wn73 alone (its first score: 68 of 111 found, 80 with Also,
	// precision 80 of 86), at the figures reached since: 86 of 111, 96
	// with Also, precision 95 of 96
	wikinewsSixthFloor          = 86
	wikinewsSixthPrecisionFloor = 985

	// wn74-wn85 alone (its first score: 66 of 107 found, 92 with Also,
	// precision 85 of 87), at the figures reached since: 81 of 107, 98
	// with Also, precision 91 of 91
	wikinewsSeventhFloor          = 81
	wikinewsSeventhPrecisionFloor = 990

	// wn86-wn97 alone (its first score: 72 of 113 found, 85 with Also,
	// precision 79 of 81), at the figures reached since: 93 of 113, 101
	// with Also, precision 96 of 96
	wikinewsEighthFloor          = 93
	wikinewsEighthPrecisionFloor = 990

	// wn98-wn109 alone (its first score: 70 of 111 found, 88 with Also,
	// precision 82 of 82), at the figures reached since: 87 of 111, 98
	// with Also, precision 94 of 94
	wikinewsNinthFloor          = 87
	wikinewsNinthPrecisionFloor = 990

	// wn110-wn121 alone (its first score: 74 of 113 found, 90 with Also,
	// precision 86 of 91), at the figures reached since: 84 of 113, 97
	// with Also, precision 93 of 95
	wikinewsTenthFloor          = 84
	wikinewsTenthPrecisionFloor = 975

	// wn122-wn133 alone (140 anchors: Japan, Turkey, Ghana, Colombia,
	// India, Germany, Iraq, New Zealand, Ethiopia, Italy, Chile, South
	// Africa; longer wire copy, narratives told in order, court and
	// inquiry reports retelling older events, sport results), annotated
	// before the app ran on it; its first score, on the code of this
	// session's start: 77 of 140 found, 93 with Also, precision 90 of 107;
	// at the figures reached since: 100 of 140, 116 with Also, precision 112
	// of 114
	wikinewsEleventhFloor          = 102
	wikinewsEleventhPrecisionFloor = 980

	// wn134-wn145 alone (118 anchors: Bangladesh, Thailand, Saudi Arabia,
	// Tunisia, Tanzania, Mozambique, Venezuela, Cuba, Romania, Greece, the
	// Netherlands, Uzbekistan; a disaster with a caption and a fact box,
	// short wire items, a results story with a standings box, a feature
	// told in order, a court report retelling older events), annotated
	// before the app ran on it; its first score, on the code of this
	// session's start: 76 of 118 found, 89 with Also, precision 87 of 94;
	// at the figures reached since: 83 of 118, 97 with Also, precision 95
	// of 96
	wikinewsTwelfthFloor          = 83
	wikinewsTwelfthPrecisionFloor = 985

	// wn146-wn157 alone (162 anchors: Belgium, Mali, Nepal, Japan,
	// Australia, Chile, Canada, Kenya, Mexico, Taiwan, India, England;
	// narrative news told in order: court reports and an inquest, two
	// obituaries and a profile, anniversaries, an inquiry and a rescue
	// reconstructed day by day, a season recap), annotated before the app
	// ran on it; its first score, on the code of this session's start: 118
	// of 162 found, 132 with Also, precision 128 of 143; at the figures
	// reached since (days of a story told in order, relative clauses with
	// dates of their own, the verb of a "when" clause's main clause,
	// births, anniversaries): 140 of 162, 152 with Also, precision 147 of
	// 148
	wikinewsThirteenthFloor          = 140
	wikinewsThirteenthPrecisionFloor = 990

	// wn158-wn169 alone (149 anchors: Kenya, India, Costa Rica, Oman and
	// Yemen, the Czech Republic, Vanuatu, Korea, Pakistan, Nigeria,
	// Brazil, China and Japan, New Zealand; wire copy as agencies file it,
	// with datelines, agency headline lines, bylines, captions and fact
	// boxes), annotated before the app ran on it; its first score, on the
	// code of this session's start: 107 of 149 found, 126 with Also,
	// precision 124 of 133; at the figures reached since: 124 of 149, 140
	// with Also, precision 138 of 140
	wikinewsWireFloor          = 124
	wikinewsWirePrecisionFloor = 985

	// wn170-wn177 alone (99 anchors: Paraguay, Portugal, Malawi,
	// Kazakhstan, Malaysia, Scotland, Argentina, Iceland; three news
	// reports, two wire copies with datelines and reported speech, a court
	// report retelling a crime, an obituary, a feature looking back over
	// thirty years), annotated before the app ran on it; its first score,
	// on the code as it stood after the first merges of this session
	// (277e66f): 78 of 99 found, 88 with Also, precision 88 of 94; after
	// the narrative merges two more wrong days (a clock time after a
	// recent month took the publication day in a court report of 2014),
	// mended by reading such a time on the story's old day: 81 of 99, 91
	// with Also, precision 91 of 96; after the fixes of its misses (a body
	// outside which people gather, "May" the month before "and", spans of
	// "between", a "when" clause past an apposition): 84, 95, 94 of 95
	wikinewsKindsFloor          = 84
	wikinewsKindsPrecisionFloor = 985

	// wn178-wn185 alone (101 anchors: Cambodia, Slovenia, Jordan, Bolivia,
	// Namibia, Belarus, Solomon Islands, Mauritania; two news reports, two
	// wire copies with datelines and reported speech, one with company
	// results, an inquiry told day by day, a profile told in the order of
	// a life, a sport report, a science story), annotated before the app
	// ran on it; its first score, on main as of 711e392: 83 of 101
	// found, 90 with Also, precision 90 of 92
	wikinewsFinalFloor          = 83
	wikinewsFinalPrecisionFloor = 978
)
