package keydate_test

import (
	"bufio"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"storyline/timeline"
	"storyline/timeline/extract"
	"storyline/timeline/geo"
	"storyline/timeline/keydate"
	"storyline/timeline/temporal"
)

// tlsDir holds the Timeline17 development stories, ../shared/tls-dev from
// the repository root: research data, never committed here.
const tlsDir = "../../../shared/tls-dev"

// floors are just under the figures reached (date F1 of the top K days, mean
// unigram F1 of the summaries of the matched days); raise them when the
// ranking improves, never lower them for a worse ranking. The summary
// floor is a mean over the matched days, so it may fall when the date F1
// rises: with the clause-level event anchoring, H1N1_guardian matched a
// seventh of its 12 gold days (date F1 0.500 -> 0.583) and its mean summary
// F1 went from 0.251 to 0.229 with that day's low score in it. A summary
// may also fall when its sentences are read right: once a capitalized "A"
// or "The" after a word in lower case parted sentences glued without a
// stop, H1N1_bbc's 30 April summary became two sentences instead of three
// run together (0.278 -> 0.194 on that day, the mean 0.253 -> 0.237).
var floors = map[string]struct{ date, summary float64 }{
	"H1N1_bbc":      {0.70, 0.23},
	"H1N1_guardian": {0.57, 0.22},
	"H1N1_reuters":  {0.52, 0.19},
	"MJ_bbc":        {0.78, 0.87},
	"average":       {0.65, 0.385},
}

type goldEntry struct {
	Date string `json:"date"`
	Text string `json:"text"`
}

// story is a Timeline17 story read from disk and extracted.
type story struct {
	docs   []timeline.Document
	events []timeline.Event
	gold   map[string]string // day -> gold text of the day
}

func readStory(t *testing.T, x *extract.Extractor, dir string) story {
	t.Helper()
	var s story
	raw, err := os.ReadFile(filepath.Join(dir, "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(raw)))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var a struct{ ID, Published, Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		p, err := time.Parse(time.DateOnly, a.Published)
		if err != nil {
			t.Fatal(err)
		}
		title, _, _ := strings.Cut(a.Text, "\n")
		s.docs = append(s.docs, timeline.Document{ID: int64(len(s.docs) + 1), Title: title, Text: a.Text, Published: p})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	g, err := os.ReadFile(filepath.Join(dir, "timeline.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	s.gold = map[string]string{}
	for line := range strings.Lines(string(g)) {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var e goldEntry
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatal(err)
		}
		s.gold[e.Date] = strings.TrimSpace(s.gold[e.Date] + " " + e.Text)
	}
	s.events = extractStory(t, x, filepath.Base(dir), raw, s.docs)
	return s
}

// cachedEvent is what the scoring reads of an event, for the optional cache.
type cachedEvent struct {
	ID      int64
	Date    timeline.Date
	Sources []cachedSource
}

type cachedSource struct {
	Doc   int64
	Quote string
	Date  timeline.Date
}

// extractStory runs the extractor over every document of the story. With
// STORYLINE_TLS_CACHE set to a folder, the events are cached there by the
// hash of the articles and of this test binary, so that a rerun of the same
// build skips the extraction (about a minute for the four stories).
func extractStory(t *testing.T, x *extract.Extractor, name string, raw []byte, docs []timeline.Document) []timeline.Event {
	t.Helper()
	cacheDir := os.Getenv("STORYLINE_TLS_CACHE")
	var cacheFile string
	if cacheDir != "" {
		h := sha256.New()
		h.Write(raw)
		if exe, err := os.Executable(); err == nil {
			if b, err := os.ReadFile(exe); err == nil && os.Getenv("STORYLINE_TLS_CACHE_ANY_BUILD") == "" {
				h.Write(b)
			}
		}
		cacheFile = filepath.Join(cacheDir, name+"-"+hex.EncodeToString(h.Sum(nil))[:16]+".json")
		if b, err := os.ReadFile(cacheFile); err == nil {
			var ces []cachedEvent
			if err := json.Unmarshal(b, &ces); err == nil {
				return fromCache(ces)
			}
		}
	}
	start := time.Now()
	events, err := x.Extract(docs)
	if err != nil {
		t.Fatal(err)
	}
	for i := range events {
		events[i].ID = int64(i + 1)
	}
	t.Logf("%s: extracted %d events from %d documents in %v", name, len(events), len(docs), time.Since(start).Round(time.Millisecond))
	if cacheFile != "" {
		ces := make([]cachedEvent, len(events))
		for i, e := range events {
			ces[i] = cachedEvent{ID: e.ID, Date: e.Date}
			for _, s := range e.Sources {
				ces[i].Sources = append(ces[i].Sources, cachedSource{s.DocumentID, s.Quote, s.Date})
			}
		}
		if b, err := json.Marshal(ces); err == nil {
			_ = os.MkdirAll(cacheDir, 0o755)
			_ = os.WriteFile(cacheFile, b, 0o644)
		}
	}
	return events
}

func fromCache(ces []cachedEvent) []timeline.Event {
	events := make([]timeline.Event, len(ces))
	for i, c := range ces {
		events[i] = timeline.Event{ID: c.ID, Date: c.Date}
		for _, s := range c.Sources {
			events[i].Sources = append(events[i].Sources, timeline.Source{DocumentID: s.Doc, Quote: s.Quote, Date: s.Date})
		}
	}
	return events
}

// dateF1 is the F1 of the predicted days against the gold days.
func dateF1(pred []string, gold map[string]string) float64 {
	tp := 0
	for _, d := range pred {
		if _, ok := gold[d]; ok {
			tp++
		}
	}
	return f1(tp, len(pred), len(gold))
}

func f1(tp, npred, ngold int) float64 {
	if tp == 0 || npred == 0 || ngold == 0 {
		return 0
	}
	p, r := float64(tp)/float64(npred), float64(tp)/float64(ngold)
	return 2 * p * r / (p + r)
}

// tokens are the lowercase words of letters and digits of a text: every
// word counts, stop words included, no stemming (ROUGE-1 without options).
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// unigramF1 is the F1 of the clipped unigram overlap of two texts.
func unigramF1(sys, ref string) float64 {
	a, b := tokens(sys), tokens(ref)
	count := map[string]int{}
	for _, w := range b {
		count[w]++
	}
	tp := 0
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
			tp++
		}
	}
	return f1(tp, len(a), len(b))
}

// result is the figures of one story.
type result struct {
	dateF1, summaryF1, concatF1 float64
	pubF1, reportsF1            float64
	matched, k                  int
}

func evaluate(s story) result {
	k := len(s.gold)
	ranked := keydate.Rank(s.docs, s.events)
	top := keydate.Top(ranked, k)
	var r result
	r.k = k
	pred := make([]string, len(top))
	var sum float64
	var sysAll, goldAll strings.Builder
	for i, d := range top {
		pred[i] = d.Date
		sysAll.WriteString(d.Summary() + " ")
		if g, ok := s.gold[d.Date]; ok {
			r.matched++
			sum += unigramF1(d.Summary(), g)
		}
	}
	for _, g := range s.gold {
		goldAll.WriteString(g + " ")
	}
	r.dateF1 = dateF1(pred, s.gold)
	if r.matched > 0 {
		r.summaryF1 = sum / float64(r.matched)
	}
	r.concatF1 = unigramF1(sysAll.String(), goldAll.String())

	// Baselines: days ranked by the articles published on them, and by the
	// number of sentences reporting events dated to them.
	published := map[string]int{}
	for _, d := range s.docs {
		published[d.Published.Format(time.DateOnly)]++
	}
	reports := map[string]int{}
	for _, e := range s.events {
		if day, ok := keydate.DayOf(e.Date); ok {
			reports[day] += len(e.Sources)
		}
	}
	r.pubF1 = dateF1(topDays(published, k), s.gold)
	r.reportsF1 = dateF1(topDays(reports, k), s.gold)
	return r
}

func topDays(count map[string]int, k int) []string {
	days := make([]string, 0, len(count))
	for d := range count {
		days = append(days, d)
	}
	slices.SortFunc(days, func(a, b string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return days[:min(k, len(days))]
}

func TestTimeline17(t *testing.T) {
	if _, err := os.Stat(tlsDir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("Timeline17 stories not found at %s (CI=true): %v", tlsDir, err)
		}
		t.Skipf("Timeline17 stories not found at %s (they live beside the repository in ../shared/tls-dev): %v", tlsDir, err)
	}
	gaz, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.NewExtractor(temporal.NewTagger(), gaz)
	names := make([]string, 0, len(floors))
	for name := range floors {
		if name != "average" {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	var avg result
	var table strings.Builder
	fmt.Fprintf(&table, "%-14s %3s %7s %9s %9s %8s %8s\n", "story", "K", "date F1", "summ. F1", "concat F1", "pub F1", "rep. F1")
	for _, name := range names {
		s := readStory(t, x, filepath.Join(tlsDir, name))
		r := evaluate(s)
		fmt.Fprintf(&table, "%-14s %3d %7.3f %9.3f %9.3f %8.3f %8.3f\n", name, r.k, r.dateF1, r.summaryF1, r.concatF1, r.pubF1, r.reportsF1)
		avg.dateF1 += r.dateF1 / float64(len(names))
		avg.summaryF1 += r.summaryF1 / float64(len(names))
		avg.concatF1 += r.concatF1 / float64(len(names))
		avg.pubF1 += r.pubF1 / float64(len(names))
		avg.reportsF1 += r.reportsF1 / float64(len(names))
		checkFloor(t, name, r)
	}
	fmt.Fprintf(&table, "%-14s %3s %7.3f %9.3f %9.3f %8.3f %8.3f\n", "average", "", avg.dateF1, avg.summaryF1, avg.concatF1, avg.pubF1, avg.reportsF1)
	t.Logf("Timeline17 development stories (summ. F1: mean unigram F1 of the matched days' summaries against the gold text of the day; concat F1: all K summaries against the whole gold timeline):\n%s", table.String())
	checkFloor(t, "average", avg)
}

func checkFloor(t *testing.T, name string, r result) {
	t.Helper()
	f := floors[name]
	if r.dateF1 < f.date {
		t.Errorf("%s: date F1 %.3f, below the floor %.3f", name, r.dateF1, f.date)
	}
	if r.summaryF1 < f.summary {
		t.Errorf("%s: summary unigram F1 %.3f, below the floor %.3f", name, r.summaryF1, f.summary)
	}
}
