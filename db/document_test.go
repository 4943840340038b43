package db

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"storyline/timeline"
	"storyline/timeline/temporal"
)

var (
	published = time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC)
	astana    = timeline.Place{GeonameID: 1526273, Name: "Astana", Lat: 51.1801, Lon: 71.44598, Country: "KZ", Precision: timeline.PlaceCity}
	samarkand = timeline.Place{GeonameID: 1216265, Name: "Samarkand", Lat: 39.65417, Lon: 66.95972, Country: "UZ", Precision: timeline.PlaceCity}
	xi        = timeline.Actor{Name: "Xi Jinping", Kind: "person"}
)

// cmpStory compares stories and events read back with what was written:
// empty and nil slices are the same, times compare as instants.
var cmpStory = cmpopts.EquateEmpty()

// day is a day-precision date of the kind the extractor gives.
func day(value, expression string, span timeline.Span, tense string) timeline.Date {
	return timeline.Date{
		Value: value, Type: "DATE", Precision: timeline.PrecisionDay, Start: value, End: value, EDTF: value,
		Expression: expression, Span: span, Rule: "weekday", Anchor: "2022-09-14", Tense: tense,
		Explanation: expression + ", anchored to the publication date Wed 2022-09-14",
	}
}

// alJazeeraEvents are events of the Al Jazeera seed with every field set,
// in the order an extractor would find them (not date order).
func alJazeeraEvents(t testing.TB, doc timeline.Document) []timeline.Event {
	t.Helper()
	source := func(sentence string, d timeline.Date) timeline.Source {
		return timeline.Source{DocumentID: doc.ID, Span: spanOf(t, doc.Text, sentence), Quote: sentence, Date: d}
	}
	at := func(p timeline.Place, mention string) timeline.Place {
		p.Mention, p.Span = mention, spanOf(t, doc.Text, mention)
		return p
	}
	met := "Xi was met on Wednesday at the airport tarmac in Nur-Sultan by President Kassym-Jomart Tokayev and an honour guard."
	metDate := day("2022-09-14", "on Wednesday", spanOf(t, doc.Text, "on Wednesday"), "past")
	fly := "On Thursday, Xi is due to fly to Samarkand in neighbouring Uzbekistan for a summit of the eight-nation Shanghai Cooperation Organization (SCO)."
	flyDate := day("2022-09-15", "On Thursday", spanOf(t, doc.Text, "On Thursday"), "future")
	// The source's own reading differs from the event's, as when sources disagree.
	flySourceDate := flyDate
	flySourceDate.Explanation = "Thursday after the publication date"
	april := "announced in April"
	congress := "an October congress"
	outbreak := "since the outbreak of the coronavirus pandemic more than two years ago"
	discuss := "Tokayev’s government said the two leaders would discuss energy and trade."
	return []timeline.Event{
		{
			Title: "Xi arrives in Kazakhstan", Trigger: "met", Text: met,
			Date:   metDate,
			Places: []timeline.Place{at(astana, "Nur-Sultan")},
			Actors: []timeline.Actor{xi, {Name: "Kassym-Jomart Tokayev", Kind: "person"}},
			Sources: []timeline.Source{func() timeline.Source {
				s := source(met, metDate)
				s.Trigger = spanOf(t, doc.Text, "met on Wednesday")
				s.Trigger.End = s.Trigger.Start + len("met")
				s.Also = []timeline.Span{spanOf(t, doc.Text, "honour guard")}
				return s
			}()},
		},
		{
			Title: "Xi flies to Samarkand", Trigger: "fly", Text: fly,
			Date:         flyDate,
			Places:       []timeline.Place{at(samarkand, "Samarkand")},
			Actors:       []timeline.Actor{xi, {Name: "Shanghai Cooperation Organization", Kind: "organization"}},
			Sources:      []timeline.Source{source(fly, flySourceDate)},
			Disagreement: "date",
		},
		{
			Title: "Global Security Initiative announced", Trigger: "announced", Text: april,
			Date: timeline.Date{Value: "2022-04", Type: "DATE", Precision: timeline.PrecisionMonth,
				Start: "2022-04-01", End: "2022-04-30", EDTF: "2022-04", Expression: "in April",
				Span: spanOf(t, doc.Text, "in April"), Rule: "month", Anchor: "2022-09-14", Tense: "past"},
			Actors:  []timeline.Actor{{Name: "China", Kind: "country"}},
			Sources: []timeline.Source{source(april, timeline.Date{})},
		},
		{
			Title: "Communist Party congress", Trigger: "congress", Text: congress,
			Date: timeline.Date{Value: "2022-10", Type: "DATE", Precision: timeline.PrecisionMonth,
				Start: "2022-10-01", End: "2022-10-31", EDTF: "2022-10", Expression: "October",
				Span: spanOf(t, doc.Text, "October"), Rule: "month", Anchor: "2022-09-14", Tense: "future"},
			Sources: []timeline.Source{source(congress, timeline.Date{})},
		},
		{
			Title: "Outbreak of the coronavirus pandemic", Trigger: "outbreak", Text: outbreak,
			Date: timeline.Date{Value: "PAST_REF", Type: "DATE", Mod: "BEFORE", Precision: timeline.PrecisionPast,
				End: "2020-09-14", EDTF: "../2020-09", Expression: "more than two years ago",
				Span: spanOf(t, doc.Text, "more than two years ago"), Rule: "fuzzy", Anchor: "2022-09-14", Tense: "past",
				Explanation: "more than two years before the publication date"},
			Sources: []timeline.Source{source(outbreak, timeline.Date{})},
		},
		{
			Title: "Talks on energy and trade", Trigger: "discuss", Text: discuss,
			Actors: []timeline.Actor{{Name: "Kassym-Jomart Tokayev", Kind: "person"}},
			// the saying keeps its own date as the source's statement
			Sources: []timeline.Source{func() timeline.Source {
				s := source(discuss, timeline.Date{})
				said := spanOf(t, doc.Text, discuss)
				said.Start += strings.Index(discuss, "said")
				said.End = said.Start + len("said")
				s.Statement = &timeline.Statement{Trigger: said, Date: metDate}
				return s
			}()},
		},
	}
}

// alJazeeraOrder is the date order of alJazeeraEvents: the open start
// first, then by lower bound, the undated event last.
var alJazeeraOrder = []int{4, 2, 0, 1, 3, 5}

// lineEvents is a stand-in extractor: one event per line that mentions Xi,
// dated on the publication day when the document has one.
func lineEvents(docs []timeline.Document) ([]timeline.Event, error) {
	var evs []timeline.Event
	for _, doc := range docs {
		var date timeline.Date
		if !doc.Published.IsZero() {
			v := doc.Published.Format("2006-01-02")
			date = timeline.Date{Value: v, Type: "DATE", Precision: timeline.PrecisionDay, Start: v, End: v, EDTF: v, Rule: "dct"}
		}
		start := 0
		for line := range strings.Lines(doc.Text) {
			end := start + len(line)
			text := strings.TrimRight(line, "\n")
			if strings.Contains(text, "Xi") {
				evs = append(evs, timeline.Event{
					Title: text, Trigger: "Xi", Text: text, Date: date,
					Places:  []timeline.Place{astana},
					Actors:  []timeline.Actor{xi},
					Sources: []timeline.Source{{DocumentID: doc.ID, Span: timeline.Span{Start: start, End: start + len(text)}, Quote: text, Date: date}},
				})
			}
			start = end
		}
	}
	return evs, nil
}

// newStory creates a story or fails the test.
func newStory(t testing.TB, db *DB, title string) timeline.Story {
	t.Helper()
	s, err := db.CreateStory(context.Background(), title)
	if err != nil {
		t.Fatalf("CreateStory(%q): %v", title, err)
	}
	return s
}

func TestAddDocumentRoundTrip(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story := newStory(t, db, "Xi in Central Asia")

	doc := timeline.Document{
		StoryID: story.ID, Title: "Chinese leader Xi Jinping in Kazakhstan before summit with Putin",
		Outlet: "Al Jazeera", URL: "https://www.aljazeera.com/news/2022/9/14/chinese-leader-xi-jinping-in-kazakhstan",
		Text: seed(t, seedAlJazeera), Published: published, PublishedSource: timeline.PublishedMeta,
		Added: time.Date(2026, 11, 23, 9, 30, 15, 987654321, time.FixedZone("CET", 3600)),
	}
	var gave []timeline.Document
	var written []timeline.Event
	err := addDocument(ctx, db, &doc, func(docs []timeline.Document) ([]timeline.Event, error) {
		gave = docs
		if len(docs) != 1 {
			return nil, errors.New("want one document")
		}
		written = alJazeeraEvents(t, docs[0])
		return written, nil
	})
	if err != nil {
		t.Fatalf("AddDocument: %v", err)
	}
	if doc.ID == 0 {
		t.Fatalf("AddDocument did not set the document id")
	}
	if diff := cmp.Diff([]timeline.Document{doc}, gave); diff != "" {
		t.Errorf("rebuild got documents (-want +got):\n%s", diff)
	}

	got, err := db.Document(ctx, doc.ID)
	if err != nil {
		t.Fatalf("Document(%d): %v", doc.ID, err)
	}
	if diff := cmp.Diff(doc, got); diff != "" {
		t.Errorf("Document(%d) (-want +got):\n%s", doc.ID, diff)
	}

	want := timeline.Story{ID: story.ID, Title: story.Title, Created: story.Created, Documents: []timeline.Document{doc}}
	seen := map[int64]bool{}
	for _, i := range alJazeeraOrder {
		e := written[i]
		if e.ID == 0 || seen[e.ID] || e.StoryID != story.ID {
			t.Errorf("event %d: ID %d, StoryID %d; want a new id and story %d", i, e.ID, e.StoryID, story.ID)
		}
		seen[e.ID] = true
		want.Events = append(want.Events, e)
	}
	gotStory, err := db.Story(ctx, story.ID)
	if err != nil {
		t.Fatalf("Story(%d): %v", story.ID, err)
	}
	if diff := cmp.Diff(want, gotStory, cmpStory); diff != "" {
		t.Errorf("Story(%d) (-want +got):\n%s", story.ID, diff)
	}
	for _, e := range want.Events {
		got, err := db.Event(ctx, e.ID)
		if err != nil {
			t.Fatalf("Event(%d): %v", e.ID, err)
		}
		if diff := cmp.Diff(e, got, cmpStory); diff != "" {
			t.Errorf("Event(%d) (-want +got):\n%s", e.ID, diff)
		}
	}

	list, err := db.ListStories(ctx)
	if err != nil {
		t.Fatalf("ListStories: %v", err)
	}
	wantList := []StorySummary{{ID: story.ID, Title: story.Title, Created: story.Created, Documents: 1, Events: 6, First: "2022-04-01", Last: "2022-10-31"}}
	if diff := cmp.Diff(wantList, list); diff != "" {
		t.Errorf("ListStories (-want +got):\n%s", diff)
	}

	// A second document: the first events keep their ids, one gains a
	// source, the undated one is gone and a new one appears.
	doc2 := timeline.Document{StoryID: story.ID, Title: "China's Xi visits Kazakhstan ahead of summit with Putin",
		Outlet: "The Independent", Text: seed(t, seedIndependent), Published: published, PublishedSource: timeline.PublishedDateline}
	var rewritten []timeline.Event
	err = addDocument(ctx, db, &doc2, func(docs []timeline.Document) ([]timeline.Event, error) {
		if len(docs) != 2 || docs[0].ID != doc.ID || docs[1].Text != doc2.Text || docs[1].ID == 0 {
			return nil, errors.New("want both documents in order, with ids")
		}
		evs := alJazeeraEvents(t, docs[0])[:5]
		started := "Chinese President Xi Jinping on Wednesday started his first trip abroad"
		evs[0].Sources = append(evs[0].Sources, timeline.Source{DocumentID: docs[1].ID, Span: spanOf(t, docs[1].Text, started), Quote: started,
			Date: day("2022-09-14", "on Wednesday", spanOf(t, docs[1].Text, "on Wednesday"), "past")})
		led := "led by China and Russia"
		evs = append(evs, timeline.Event{Title: "SCO led by China and Russia", Text: led,
			Sources: []timeline.Source{{DocumentID: docs[1].ID, Span: spanOf(t, docs[1].Text, led), Quote: led}}})
		rewritten = evs
		return evs, nil
	})
	if err != nil {
		t.Fatalf("AddDocument(second): %v", err)
	}
	for i := range 5 {
		if rewritten[i].ID != written[i].ID {
			t.Errorf("event %q: id %d after the second document, want %d as before", written[i].Title, rewritten[i].ID, written[i].ID)
		}
	}
	if id := rewritten[5].ID; seen[id] {
		t.Errorf("new event got id %d, which an earlier event had", id)
	}
	want.Documents = append(want.Documents, doc2)
	want.Events = nil
	for _, i := range []int{4, 2, 0, 1, 3, 5} {
		want.Events = append(want.Events, rewritten[i])
	}
	gotStory, err = db.Story(ctx, story.ID)
	if err != nil {
		t.Fatalf("Story(%d): %v", story.ID, err)
	}
	if diff := cmp.Diff(want, gotStory, cmpStory); diff != "" {
		t.Errorf("Story(%d) after the second document (-want +got):\n%s", story.ID, diff)
	}
	if _, err := db.Event(ctx, written[5].ID); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("Event(%d) of the dropped event: %v, want not found", written[5].ID, err)
	}
}

// TestReplaceStoryEventsInvalid checks that a re-extraction whose events
// fail (the extractor's error, or events the store refuses) writes nothing.
func TestReplaceStoryEventsInvalid(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story := newStory(t, db, "Xi in Central Asia")
	first := timeline.Document{StoryID: story.ID, Title: "Al Jazeera", Text: seed(t, seedAlJazeera), Published: published}
	if err := addDocument(ctx, db, &first, lineEvents); err != nil {
		t.Fatalf("AddDocument: %v", err)
	}
	before, err := db.Story(ctx, story.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(before.Events) == 0 {
		t.Fatal("lineEvents found no events; the test needs some")
	}
	placesBefore := count(t, db, "places")

	errExtract := errors.New("extractor crashed")
	// breaking returns the events of lineEvents, spoiled by spoil.
	breaking := func(spoil func(docs []timeline.Document, evs []timeline.Event) []timeline.Event) func([]timeline.Document) ([]timeline.Event, error) {
		return func(docs []timeline.Document) ([]timeline.Event, error) {
			evs, err := lineEvents(docs)
			if err != nil {
				return nil, err
			}
			return spoil(docs, evs), nil
		}
	}
	// A new place in a late event, so that a failure after it was written shows.
	withNewPlace := func(evs []timeline.Event) []timeline.Event {
		evs[len(evs)-1].Places = []timeline.Place{samarkand}
		return evs
	}
	tests := []struct {
		name    string
		rebuild func([]timeline.Document) ([]timeline.Event, error)
		code    timeline.ErrorCode
	}{
		{"rebuild error", func([]timeline.Document) ([]timeline.Event, error) { return nil, errExtract }, timeline.EInternal},
		{"source in another story", breaking(func(docs []timeline.Document, evs []timeline.Event) []timeline.Event {
			evs[len(evs)-1].Sources[0].DocumentID = docs[len(docs)-1].ID + 100
			return evs
		}), timeline.EInvalid},
		{"span outside the document", breaking(func(docs []timeline.Document, evs []timeline.Event) []timeline.Event {
			evs[len(evs)-1].Sources[0].Span = timeline.Span{Start: 10, End: len(docs[len(docs)-1].Text) + 1}
			return evs
		}), timeline.EInvalid},
		{"negative span", breaking(func(docs []timeline.Document, evs []timeline.Event) []timeline.Event {
			evs[0].Sources[0].Span = timeline.Span{Start: -1, End: 3}
			return evs
		}), timeline.EInvalid},
		{"place without GeoNames id", breaking(func(docs []timeline.Document, evs []timeline.Event) []timeline.Event {
			evs[len(evs)-1].Places = []timeline.Place{{Name: "Somewhere"}}
			return evs
		}), timeline.EInvalid},
		{"bound not a date", breaking(func(docs []timeline.Document, evs []timeline.Event) []timeline.Event {
			evs = withNewPlace(evs)
			evs[len(evs)-1].Date.Start = "April"
			return evs
		}), timeline.EInvalid},
		{"bounds reversed", breaking(func(docs []timeline.Document, evs []timeline.Event) []timeline.Event {
			evs = withNewPlace(evs)
			evs[len(evs)-1].Date.Start, evs[len(evs)-1].Date.End = "2022-09-15", "2022-09-14"
			return evs
		}), timeline.EInvalid},
		{"latitude out of range", breaking(func(docs []timeline.Document, evs []timeline.Event) []timeline.Event {
			evs[len(evs)-1].Places = []timeline.Place{{GeonameID: 1, Name: "Nowhere", Lat: 123}}
			return evs
		}), timeline.EInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := extractAgain(ctx, db, story.ID, tc.rebuild)
			if err == nil {
				t.Fatalf("extraction succeeded, want an error")
			}
			if code := timeline.ErrorCodeOf(err); code != tc.code {
				t.Errorf("extraction error code = %q (%v), want %q", code, err, tc.code)
			}
			if tc.name == "rebuild error" && !errors.Is(err, errExtract) {
				t.Errorf("extraction error = %v, want it to wrap %v", err, errExtract)
			}
			after, err := db.Story(ctx, story.ID)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(before, after, cmpStory); diff != "" {
				t.Errorf("story changed by a failed extraction (-before +after):\n%s", diff)
			}
			if n := count(t, db, "places"); n != placesBefore {
				t.Errorf("%d places after a failed extraction, want %d", n, placesBefore)
			}
		})
	}
}

func TestAddDocumentInvalid(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story := newStory(t, db, "Xi in Central Asia")
	tests := []struct {
		name string
		doc  *timeline.Document
	}{
		{"nil", nil},
		{"no text", &timeline.Document{StoryID: story.ID, Title: "Empty"}},
		{"bad UTF-8", &timeline.Document{StoryID: story.ID, Text: "Xi \xff arrived"}},
		{"year out of range", &timeline.Document{StoryID: story.ID, Text: "Xi arrived.", Published: time.Date(12022, 1, 1, 0, 0, 0, 0, time.UTC)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := addDocument(ctx, db, tc.doc, lineEvents)
			if code := timeline.ErrorCodeOf(err); code != timeline.EInvalid {
				t.Errorf("AddDocument(%s) error code = %q (%v), want %q", tc.name, code, err, timeline.EInvalid)
			}
		})
	}
	if n := count(t, db, "documents"); n != 0 {
		t.Errorf("%d documents after invalid AddDocument calls, want 0", n)
	}
}

func TestSetPublished(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story := newStory(t, db, "Xi in Central Asia")
	doc := timeline.Document{StoryID: story.ID, Text: seed(t, seedAlJazeera)}
	if err := addDocument(ctx, db, &doc, lineEvents); err != nil {
		t.Fatalf("AddDocument: %v", err)
	}
	undated, err := db.Story(ctx, story.ID)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		published  time.Time
		source     string
		wantSource string
		wantValue  string
	}{
		{"set by the user", published, timeline.PublishedUser, timeline.PublishedUser, "2022-09-14"},
		{"corrected", time.Date(2022, 9, 15, 0, 0, 0, 0, time.UTC), timeline.PublishedMeta, timeline.PublishedMeta, "2022-09-15"},
		{"civil date of another zone", time.Date(2022, 9, 14, 23, 30, 0, 0, time.FixedZone("ALMT", 6*3600)), timeline.PublishedUser, timeline.PublishedUser, "2022-09-14"},
		{"cleared", time.Time{}, timeline.PublishedUser, timeline.PublishedUndefined, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := setPublished(ctx, db, doc.ID, tc.published, tc.source, lineEvents); err != nil {
				t.Fatalf("SetPublished: %v", err)
			}
			got, err := db.Document(ctx, doc.ID)
			if err != nil {
				t.Fatal(err)
			}
			if v := formatDate(got.Published); v != tc.wantValue || got.PublishedSource != tc.wantSource {
				t.Errorf("Document(%d) published %q from %q, want %q from %q", doc.ID, v, got.PublishedSource, tc.wantValue, tc.wantSource)
			}
			s, err := db.Story(ctx, story.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Events) != len(undated.Events) {
				t.Fatalf("%d events, want %d", len(s.Events), len(undated.Events))
			}
			for i, e := range s.Events {
				if e.Date.Value != tc.wantValue || e.Sources[0].Date.Value != tc.wantValue {
					t.Errorf("event %d date %q, source date %q, want %q", e.ID, e.Date.Value, e.Sources[0].Date.Value, tc.wantValue)
				}
				// Same first source, same key: the event keeps its id.
				if e.ID != undated.Events[i].ID {
					t.Errorf("event %d has id %d, want %d as before", i, e.ID, undated.Events[i].ID)
				}
			}
		})
	}

}

func TestConcurrentReadersAndWriters(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	stories := []timeline.Story{newStory(t, db, "One"), newStory(t, db, "Two")}
	// Every document gives as many events (one per line about Xi, its own:
	// the lines are numbered by document), added in the transaction that
	// stores it, so a reader that saw documents and events from different
	// moments would notice.
	textOf := func(n int) string {
		return strings.ReplaceAll(seed(t, seedAlJazeera), "Xi", fmt.Sprintf("Xi (%d)", n))
	}
	perDoc, _ := reportsOf(t, timeline.Document{Text: textOf(0), Published: published})
	const docs = 8
	var writers, readers sync.WaitGroup
	var done atomic.Bool
	errs := make(chan error, 16)
	for _, s := range stories {
		writers.Go(func() {
			for n := range docs {
				doc := timeline.Document{StoryID: s.ID, Title: "T", Text: textOf(n), Published: published}
				rs, keys := reportsOf(t, doc)
				if _, err := db.IngestDocument(ctx, &doc, keys, testMerge(t, rs)); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	var reads atomic.Int64
	for range 3 {
		readers.Go(func() {
			for {
				for _, s := range stories {
					got, err := db.Story(ctx, s.ID)
					if err != nil {
						errs <- err
						return
					}
					if len(got.Events) != len(got.Documents)*len(perDoc) {
						errs <- errors.New("a reader saw documents and events from different moments")
						return
					}
				}
				list, err := db.ListStories(ctx)
				if err != nil {
					errs <- err
					return
				}
				for _, s := range list {
					if s.Events != s.Documents*len(perDoc) {
						errs <- errors.New("ListStories counted documents and events from different moments")
						return
					}
				}
				reads.Add(1)
				if done.Load() {
					return
				}
			}
		})
	}
	writers.Wait()
	done.Store(true)
	readers.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, s := range stories {
		got, err := db.Story(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Documents) != docs {
			t.Errorf("story %d has %d documents, want %d", s.ID, len(got.Documents), docs)
		}
	}
	if reads.Load() < 3 {
		t.Errorf("%d reads, want at least one per reader", reads.Load())
	}
}

// count returns the number of rows in table.
func count(t testing.TB, db *DB, table string) int {
	t.Helper()
	var n int
	if err := db.r.QueryRowContext(context.Background(), `SELECT COUNT(*) FROM `+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func BenchmarkStory(b *testing.B) {
	db := openTest(b)
	ctx := context.Background()
	story := newStory(b, db, "Bench")
	size := 0
	for _, name := range []string{seedAlJazeera, seedIndependent} {
		doc := timeline.Document{StoryID: story.ID, Text: seed(b, name), Published: published}
		if err := addDocument(ctx, db, &doc, lineEvents); err != nil {
			b.Fatal(err)
		}
		size += len(doc.Text)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		s, err := db.Story(ctx, story.ID)
		if err != nil {
			b.Fatal(err)
		}
		if len(s.Events) == 0 {
			b.Fatal("no events")
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ops/s")
}

func TestDocumentKeepsAnchoring(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story := newStory(t, db, "The fall of France")
	doc := timeline.Document{StoryID: story.ID, Text: "Paris fell on June 14, 1940.", Published: published, Anchoring: temporal.News}
	if err := addDocument(ctx, db, &doc, lineEvents); err != nil {
		t.Fatalf("AddDocument: %v", err)
	}
	if got, err := db.Document(ctx, doc.ID); err != nil || got.Anchoring != temporal.News {
		t.Fatalf("Document(%d).Anchoring = %q, %v, want news as added", doc.ID, got.Anchoring, err)
	}
}
