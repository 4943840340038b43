package extract

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// store keeps a story's events as their reports, the way a database would,
// with the reports of each event found by their keys.
type store struct {
	events map[int64]*storedEvent
	byKey  map[string][]reportRef      // key -> reports under it, oldest first
	actors map[string][]timeline.Actor // timeline.ActorKeys -> the actors under it
	next   int64
}

// reportRef is a stored report: its event and its place among the event's.
type reportRef struct {
	event int64
	i     int
}

type storedEvent struct {
	reports      []Report
	disagreement string
}

func newStore() *store {
	return &store{events: map[int64]*storedEvent{}, byKey: map[string][]reportRef{}, actors: map[string][]timeline.Actor{}, next: 1}
}

// known is what a store would give DocumentWith: the story's actors with
// one of keys among their timeline.ActorKeys, by name, read from an index.
func (s *store) known(keys []string) ([]timeline.Actor, error) {
	seen := map[string]bool{}
	var known []timeline.Actor
	for _, k := range keys {
		for _, a := range s.actors[k] {
			if !seen[a.Name] {
				seen[a.Name] = true
				known = append(known, a)
			}
		}
	}
	slices.SortFunc(known, func(a, b timeline.Actor) int { return strings.Compare(a.Name, b.Name) })
	return known, nil
}

// merge extracts one document alone, puts the stored events under its
// reports' lookup keys into an index and merges: what a store does to add a
// document, but for saving.
func (s *store) merge(tb testing.TB, x *Extractor, doc timeline.Document) []Change {
	tb.Helper()
	reports, err := x.DocumentWith(context.Background(), doc, s.known)
	if err != nil {
		tb.Fatal(err)
	}
	// As a database would: the latest reports under each lookup key (an
	// index on key, newest first, LIMIT), grouped by event in ID order.
	found := map[int64][]int{}
	for _, r := range reports {
		for _, k := range r.Lookup() {
			refs := s.byKey[k]
			for _, ref := range refs[max(0, len(refs)-maxBucket):] {
				found[ref.event] = append(found[ref.event], ref.i)
			}
		}
	}
	ids := slices.Sorted(maps.Keys(found))
	ix := NewIndex()
	var lookup []string
	for _, r := range reports {
		lookup = append(lookup, r.Lookup()...)
	}
	ix.Expect(lookup)
	for _, id := range ids {
		is := found[id]
		slices.Sort(is)
		var rs []Report
		for _, i := range slices.Compact(is) {
			rs = append(rs, s.events[id].reports[i])
		}
		ix.Add(id, s.events[id].disagreement, rs)
	}
	changes, err := ix.Merge(context.Background(), reports)
	if err != nil {
		tb.Fatal(err)
	}
	return changes
}

// add ingests one document as a store would and saves the changes.
func (s *store) add(tb testing.TB, x *Extractor, doc timeline.Document) {
	tb.Helper()
	for _, c := range s.merge(tb, x, doc) {
		id := c.Event
		if id == 0 {
			id = s.next
			s.next++
			s.events[id] = &storedEvent{}
		}
		e := s.events[id]
		e.disagreement = c.Disagreement
		for _, r := range c.Added {
			for _, k := range r.Keys() {
				s.byKey[k] = append(s.byKey[k], reportRef{id, len(e.reports)})
			}
			e.reports = append(e.reports, r)
			for _, a := range r.Actors {
				for _, k := range timeline.ActorKeys(a.Name) {
					if !slices.ContainsFunc(s.actors[k], func(b timeline.Actor) bool { return b.Name == a.Name }) {
						s.actors[k] = append(s.actors[k], a.Actor)
					}
				}
			}
		}
	}
}

// stops lists the dated events of the store as the itinerary tests do.
func (s *store) stops() []stop {
	var events []timeline.Event
	for _, e := range s.events {
		events = append(events, Build(e.reports, e.disagreement))
	}
	slices.SortFunc(events, func(a, b timeline.Event) int {
		return cmp.Or(strings.Compare(a.Date.Value, b.Date.Value), strings.Compare(a.Title, b.Title))
	})
	return stopsOf(events)
}

// TestIncrementalMatchesBatch adds the documents of each story one at a
// time through Document, an Index of the stored events under the new
// reports' keys, Merge and Build, and expects the itinerary that Extract
// gives for the whole story.
func TestIncrementalMatchesBatch(t *testing.T) {
	x := newExtractor(t)
	stories := map[string][]timeline.Document{"seeds": seedDocuments(t)}
	for _, name := range []string{"state_visit.txt", "court_case.txt", "summit_talks.txt", "minister_visit.txt"} {
		stories[name] = readStory(t, name)
	}
	for name, docs := range stories {
		t.Run(name, func(t *testing.T) {
			batch, err := x.Extract(docs)
			if err != nil {
				t.Fatal(err)
			}
			s := newStore()
			for _, d := range docs {
				s.add(t, x, d)
			}
			sortStops := func(ss []stop) []stop {
				slices.SortStableFunc(ss, func(a, b stop) int {
					return cmp.Or(strings.Compare(a.Date, b.Date), strings.Compare(a.Place, b.Place), cmp.Compare(a.Docs, b.Docs))
				})
				return ss
			}
			if diff := gocmp.Diff(sortStops(stopsOf(batch)), sortStops(s.stops())); diff != "" {
				t.Errorf("one document at a time differs from Extract(%s) (-batch +incremental):\n%s", name, diff)
			}
		})
	}
}

// TestSeedsIncremental checks the seeds one document at a time: every
// report lands in exactly one event, and the dated events are the batch's
// (9 events in the batch, 7 cited by both outlets). An undated report that
// arrives before the dated report it would join stays an event of its own:
// merging never reopens stored events.
func TestSeedsIncremental(t *testing.T) {
	s := newStore()
	x := newExtractor(t)
	docs := seedDocuments(t)
	reports := 0
	for _, d := range docs {
		s.add(t, x, d)
		rs, err := x.Document(context.Background(), d, nil)
		if err != nil {
			t.Fatal(err)
		}
		reports += len(rs)
	}
	stored := 0
	for _, e := range s.events {
		stored += len(e.reports)
	}
	if stored != reports {
		t.Errorf("seeds one at a time: %d reports stored in events, want %d", stored, reports)
	}
	batch, err := x.Extract(docs)
	if err != nil {
		t.Fatal(err)
	}
	both := 0
	for _, e := range batch {
		if len(e.Sources) > 0 && e.Sources[0].DocumentID != e.Sources[len(e.Sources)-1].DocumentID {
			both++
		}
	}
	// ("the two leaders would discuss energy and trade", told by both, is a
	// plan without a date: no event)
	if len(batch) != 9 || both != 7 {
		t.Errorf("Extract(seeds): %d events, %d cited by both; want 9 and 7", len(batch), both)
	}
	if len(s.events) < len(batch) || len(s.events) > len(batch)+1 {
		t.Errorf("seeds one at a time: %d events, want %d or one more", len(s.events), len(batch))
	}
}

func TestExtractCancelled(t *testing.T) {
	x := newExtractor(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	docs := seedDocuments(t)
	if _, err := x.ExtractContext(ctx, docs); !errors.Is(err, context.Canceled) {
		t.Errorf("ExtractContext(cancelled) error %v, want context.Canceled", err)
	}
	if _, err := x.Document(ctx, docs[0], nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Document(cancelled) error %v, want context.Canceled", err)
	}
	if _, err := NewIndex().Merge(ctx, []Report{{Title: "x"}}); !errors.Is(err, context.Canceled) {
		t.Errorf("Merge(cancelled) error %v, want context.Canceled", err)
	}
}

// TestReportJSON checks that reports survive a store: encoded as JSON and
// read back, they build the same events, spans included.
func TestReportJSON(t *testing.T) {
	x := newExtractor(t)
	for _, d := range seedDocuments(t) {
		rs, err := x.Document(context.Background(), d, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(rs)
		if err != nil {
			t.Fatal(err)
		}
		var back []Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if diff := gocmp.Diff(rs, back); diff != "" {
			t.Fatalf("reports of document %d after JSON differ (-before +after):\n%s", d.ID, diff)
		}
		for i := range rs {
			want, got := Build(rs[i:i+1], ""), Build(back[i:i+1], "")
			if diff := gocmp.Diff(want, got); diff != "" || got.Date.Span != rs[i].Date.Span {
				t.Fatalf("event of report %d after JSON differs (-before +after):\n%s", i, diff)
			}
		}
	}
}

// TestExpectRefusesOtherKeys checks that an index told which keys merges
// look up refuses a report looked up by another.
func TestExpectRefusesOtherKeys(t *testing.T) {
	x := newExtractor(t)
	reports, err := x.Document(context.Background(), seedDocuments(t)[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex()
	ix.Expect([]string{"v|1999-01-01|*"})
	if _, err := ix.Merge(context.Background(), reports); err == nil {
		t.Errorf("Merge of reports with unexpected lookup keys = nil error, want one")
	}
	var lookup []string
	for _, r := range reports {
		lookup = append(lookup, r.Lookup()...)
	}
	ix = NewIndex()
	ix.Expect(lookup)
	if _, err := ix.Merge(context.Background(), reports); err != nil {
		t.Errorf("Merge with its lookup keys expected: %v", err)
	}
}

// TestStoryNamesOneActor adds articles one at a time and checks the actors
// of each article's reports: a titled surname is the full name its own
// article gives, though the story names another person of that surname; an
// organization keeps the spelling the story gave it first, and its initials
// name it.
func TestStoryNamesOneActor(t *testing.T) {
	x := newExtractor(t)
	day := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	docs := []timeline.Document{
		{ID: 1, Published: day, Text: "The radio host Pete Okafor was fined on Monday.\nThe Northland Health Organization said on Monday that cases rose."},
		{ID: 2, Published: day, Text: "Surgeon Helen Okafor was questioned last week.\nDr Okafor was charged with fraud on Monday.\nThe Northland Health Organisation warned on Monday."},
		{ID: 3, Published: day, Text: "The NHO said on Tuesday that cases fell."},
	}
	want := [][]string{
		{"Pete Okafor", "Northland Health Organization"},
		{"Helen Okafor", "Helen Okafor", "Northland Health Organization"},
		{"Northland Health Organization"},
	}
	s := newStore()
	for i, d := range docs {
		reports, err := x.DocumentWith(context.Background(), d, s.known)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range reports {
			for _, a := range r.Actors {
				got = append(got, a.Name)
			}
		}
		if diff := gocmp.Diff(want[i], got); diff != "" {
			t.Errorf("actors of document %d (-want +got):\n%s", d.ID, diff)
		}
		s.add(t, x, d)
	}
}
