package db

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"storyline/timeline"
)

// testReport is a stand-in for the pipeline's reports: one line of a
// document that mentions Xi, merged with the events of the same title and
// date.
type testReport struct {
	Document int64  `json:"document"`
	Title    string `json:"title"`
	Date     string `json:"date"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

func (r testReport) key() string { return r.Date + "|" + r.Title }

// reportsOf makes the reports of a document and their lookup keys.
func reportsOf(t testing.TB, doc timeline.Document) ([]testReport, []string) {
	t.Helper()
	var rs []testReport
	var keys []string
	start := 0
	for line := range strings.Lines(doc.Text) {
		text := strings.TrimRight(line, "\n")
		if strings.Contains(text, "Xi") {
			r := testReport{Title: text, Date: doc.Published.Format("2006-01-02"), Start: start, End: start + len(text)}
			rs = append(rs, r)
			keys = append(keys, r.key())
		}
		start += len(line)
	}
	return rs, keys
}

// buildTest makes the event its reports tell: the first one's title and
// date, one source per report.
func buildTest(doc map[int64]string, rs []testReport) timeline.Event {
	v := rs[0].Date
	date := timeline.Date{Value: v, Type: "DATE", Precision: timeline.PrecisionDay, Start: v, End: v, EDTF: v}
	e := timeline.Event{Title: rs[0].Title, Trigger: "Xi", Text: rs[0].Title, Date: date, Actors: []timeline.Actor{xi}}
	for _, r := range rs {
		e.Sources = append(e.Sources, timeline.Source{DocumentID: r.Document, Span: timeline.Span{Start: r.Start, End: r.End}, Quote: r.Title, Date: date})
	}
	return e
}

func decodeTest(t testing.TB, bodies [][]byte) []testReport {
	t.Helper()
	rs := make([]testReport, len(bodies))
	for i, b := range bodies {
		if err := json.Unmarshal(b, &rs[i]); err != nil {
			t.Fatal(err)
		}
	}
	return rs
}

func storedTest(rs ...testReport) []StoredReport {
	var out []StoredReport
	for _, r := range rs {
		b, _ := json.Marshal(r)
		out = append(out, StoredReport{Body: b, Keys: []string{r.key()}})
	}
	return out
}

// testMerge joins each report to the found event of its key, else makes a new event.
func testMerge(t testing.TB, reports []testReport) Merge {
	return func(doc timeline.Document, found []FoundEvent) ([]EventChange, error) {
		byKey := map[string]int{}
		var changes []EventChange
		var all [][]testReport
		for _, f := range found {
			rs := decodeTest(t, f.Reports)
			byKey[rs[0].key()] = len(changes)
			changes = append(changes, EventChange{ID: f.ID})
			all = append(all, rs)
		}
		touched := map[int]bool{}
		for _, r := range reports {
			r.Document = doc.ID
			i, ok := byKey[r.key()]
			if !ok {
				i = len(changes)
				byKey[r.key()] = i
				changes = append(changes, EventChange{})
				all = append(all, nil)
			}
			all[i] = append(all[i], r)
			changes[i].Added = append(changes[i].Added, storedTest(r)...)
			touched[i] = true
		}
		var out []EventChange
		for i, c := range changes {
			if touched[i] {
				c.Event = buildTest(nil, all[i])
				out = append(out, c)
			}
		}
		return out, nil
	}
}

func testRebuild(t testing.TB) RebuildEvent {
	return func(f FoundEvent) (timeline.Event, error) { return buildTest(nil, decodeTest(t, f.Reports)), nil }
}

func ingestText(t testing.TB, db *DB, storyID int64, text, url string, published time.Time) Addition {
	t.Helper()
	doc := timeline.Document{StoryID: storyID, Title: "T", Text: text, URL: url, Published: published}
	rs, keys := reportsOf(t, doc)
	add, err := db.IngestDocument(context.Background(), &doc, keys, testMerge(t, rs))
	if err != nil {
		t.Fatalf("IngestDocument(%q): %v", text, err)
	}
	return add
}

func TestIngestDocumentMergesAndRemoves(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	s := newStory(t, db, "Trip")
	first := ingestText(t, db, s.ID, "Xi met Tokayev.\nXi flew on.\nRain fell.\n", "https://example.com/a", published)
	if first.Duplicate || len(first.Created) != 2 || len(first.Joined) != 0 {
		t.Fatalf("first add = %+v, want 2 events created", first)
	}
	// The same day's "Xi met Tokayev." joins; "Xi spoke." is new.
	second := ingestText(t, db, s.ID, "Xi met Tokayev.\nXi spoke.\n", "", published)
	if len(second.Created) != 1 || len(second.Joined) != 1 || second.Joined[0] != first.Created[0] {
		t.Fatalf("second add = %+v, want 1 created and event %d joined", second, first.Created[0])
	}
	// A report of another day does not join.
	third := ingestText(t, db, s.ID, "Xi met Tokayev.\n", "", published.AddDate(0, 1, 0))
	if len(third.Created) != 1 || len(third.Joined) != 0 {
		t.Fatalf("third add = %+v, want a new event (a month later)", third)
	}
	got, err := db.Story(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Events) != 4 {
		t.Fatalf("story has %d events, want 4", len(got.Events))
	}
	met, err := db.Event(ctx, first.Created[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(met.Sources) != 2 || met.Sources[1].DocumentID != second.Document.ID {
		t.Fatalf("joined event sources = %+v, want the first and second documents", met.Sources)
	}

	// A correction of the joined event stays through adds and removals.
	title := "Xi and Tokayev meet"
	if _, err := db.EditEvent(ctx, met.ID, timeline.Edit{Title: &title}, "ed"); err != nil {
		t.Fatal(err)
	}
	ingestText(t, db, s.ID, "Xi met Tokayev.\nXi left.\n", "", published)

	rm, err := db.RemoveDocument(ctx, first.Document.ID, testRebuild(t))
	if err != nil {
		t.Fatalf("RemoveDocument: %v", err)
	}
	// "Xi flew on." only the first document reported: gone. The meeting stays.
	if len(rm.Deleted) != 1 || rm.Deleted[0] != first.Created[1] {
		t.Errorf("removal deleted %v, want [%d]", rm.Deleted, first.Created[1])
	}
	met, err = db.Event(ctx, met.ID)
	if err != nil {
		t.Fatalf("the joined event went with the first document: %v", err)
	}
	if met.Title != title {
		t.Errorf("title = %q, want the correction %q", met.Title, title)
	}
	for _, src := range met.Sources {
		if src.DocumentID == first.Document.ID {
			t.Errorf("source of the removed document kept: %+v", src)
		}
	}
	if _, err := db.Document(ctx, first.Document.ID); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("Document(removed) = %v, want not found", err)
	}
	if _, err := db.RemoveDocument(ctx, first.Document.ID, testRebuild(t)); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("RemoveDocument twice = %v, want not found", err)
	}
}

func TestIngestDocumentDuplicates(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	s := newStory(t, db, "Trip")
	other := newStory(t, db, "Other")
	first := ingestText(t, db, s.ID, "Xi met Tokayev.\nRain fell.\n", "https://example.com/a", published)
	tests := []struct {
		name, text, url string
		story           int64
		dup             bool
	}{
		{"same text", "Xi met Tokayev.\nRain fell.\n", "", s.ID, true},
		{"same text, other spacing", "  Xi met   Tokayev.\r\n\r\nRain fell.", "", s.ID, true},
		{"same URL, other text", "Xi met Tokayev again.\n", "https://example.com/a", s.ID, true},
		{"other text and URL", "Xi met Mirziyoyev.\n", "https://example.com/b", s.ID, false},
		{"same text in another story", "Xi met Tokayev.\nRain fell.\n", "", other.ID, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			add := ingestText(t, db, tc.story, tc.text, tc.url, published)
			if add.Duplicate != tc.dup {
				t.Fatalf("Duplicate = %v, want %v", add.Duplicate, tc.dup)
			}
			if tc.dup && add.Document.ID != first.Document.ID {
				t.Errorf("duplicate answered document %d, want %d", add.Document.ID, first.Document.ID)
			}
		})
	}
	docs, err := db.DocumentsOf(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Errorf("story has %d documents, want 2 (duplicates stored nothing)", len(docs))
	}
}

// A document stored before text hashes existed is still recognised.
func TestDuplicateOfOldDocument(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	s := newStory(t, db, "Trip")
	doc := timeline.Document{StoryID: s.ID, Title: "Old", Text: "Xi met Tokayev.\n", Published: published}
	if err := addDocument(ctx, db, &doc, lineEvents); err != nil {
		t.Fatal(err)
	}
	if _, err := db.w.Exec(`UPDATE documents SET text_hash = ''`); err != nil {
		t.Fatal(err)
	}
	got, ok, err := db.Duplicate(ctx, s.ID, doc.Text, "")
	if err != nil || !ok || got.ID != doc.ID {
		t.Errorf("Duplicate = %d, %v, %v; want document %d", got.ID, ok, err, doc.ID)
	}
}

func TestReplaceStoryEventsConflict(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	s := newStory(t, db, "Trip")
	ingestText(t, db, s.ID, "Xi met Tokayev.\n", "", published)
	docs, err := db.DocumentsOf(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	evs, _ := lineEvents(docs)
	ingestText(t, db, s.ID, "Xi flew on.\n", "", published)
	if err := db.ReplaceStoryEvents(ctx, s.ID, docs, evs, make([][]StoredReport, len(evs))); timeline.ErrorCodeOf(err) != timeline.EConflict {
		t.Errorf("ReplaceStoryEvents after an add = %v, want a conflict", err)
	}
	docs, _ = db.DocumentsOf(ctx, s.ID)
	evs, _ = lineEvents(docs)
	if err := db.ReplaceStoryEvents(ctx, s.ID, docs, evs, make([][]StoredReport, len(evs))); err != nil {
		t.Fatalf("ReplaceStoryEvents: %v", err)
	}
	got, _ := db.Story(ctx, s.ID)
	if len(got.Events) != 2 {
		t.Errorf("story has %d events, want 2", len(got.Events))
	}
}

// Opening an up-to-date database takes no write lock: it succeeds while
// another connection holds the file's write transaction.
func TestOpenUpToDateWhileWriting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tx, err := db.w.Begin() // BEGIN IMMEDIATE: holds the write lock
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO stories (title, created) VALUES ('x', '2022-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		other, err := Open(path)
		if err == nil {
			err = other.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Open while another writes: %v", err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("Open waited for the other writer")
	}
}

// BenchmarkIngestDocument adds the Nth document to a story of N-1: the cost
// must not grow with N. Each document is 3 lines (about 60 bytes) with 2
// events, dated a day apart, so each add finds the events of a few days.
func BenchmarkIngestDocument(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			ctx := context.Background()
			db := openTest(b)
			s := newStory(b, db, "Big")
			text := func(i int) string {
				return fmt.Sprintf("Xi met leader %d.\nXi spoke of %d.\nRain fell.\n", i, i)
			}
			for i := range n - 1 {
				ingestText(b, db, s.ID, text(i), "", published.AddDate(0, 0, i))
			}
			i := n
			var cpu time.Duration
			for b.Loop() {
				doc := timeline.Document{StoryID: s.ID, Title: "T", Text: text(i), Published: published.AddDate(0, 0, i%n)}
				rs, keys := reportsOf(b, doc)
				start := cpuTime()
				if _, err := db.IngestDocument(ctx, &doc, keys, testMerge(b, rs)); err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - start
				b.StopTimer()
				if _, err := db.RemoveDocument(ctx, doc.ID, testRebuild(b)); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				i++
			}
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}

// cpuTime is the CPU time the process has used (user and system, SQLite
// included): on a machine shared with other work it measures an operation
// better than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestStoryActorsByKey(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	s := newStory(t, db, "Trip")
	other := newStory(t, db, "Other")
	add := ingestText(t, db, s.ID, "Xi met Tokayev.\n", "", published)
	ingestText(t, db, other.ID, "Xi spoke.\n", "", published)
	lookup := func(name string, keys ...string) []timeline.Actor {
		t.Helper()
		got, err := db.StoryActors(ctx, s.ID, keys)
		if err != nil {
			t.Fatalf("%s: StoryActors(%q): %v", name, keys, err)
		}
		return got
	}
	check := func(name string, got, want []timeline.Actor) {
		t.Helper()
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: StoryActors = %v, want %v", name, got, want)
		}
	}
	check("short name", lookup("short name", "xi"), []timeline.Actor{xi})
	check("full name", lookup("full name", "Xi Jinping", "nobody"), []timeline.Actor{xi})
	check("case kept", lookup("case kept", "Xi"), nil)
	check("other word", lookup("other word", "tokayev"), nil)

	// The keys of actors stored before migration 0009 are filled by its Go step.
	if _, err := db.w.ExecContext(ctx, `DELETE FROM actor_keys`); err != nil {
		t.Fatal(err)
	}
	check("emptied", lookup("emptied", "jinping"), nil)
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := fillActorKeys(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	check("filled", lookup("filled", "jinping"), []timeline.Actor{xi})

	// Migration 0012 files them again under the keys ActorKeys gained then.
	for _, q := range []string{`DELETE FROM actor_keys WHERE key = 'XJ'`, `DELETE FROM schema_migrations WHERE version = 12`} {
		if _, err := db.w.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	check("initials emptied", lookup("initials emptied", "XJ"), nil)
	ms, err := readMigrations()
	if err != nil {
		t.Fatal(err)
	}
	if err := db.apply(ctx, ms[slices.IndexFunc(ms, func(m migration) bool { return m.version == 12 })]); err != nil {
		t.Fatal(err)
	}
	check("initials filled", lookup("initials filled", "XJ"), []timeline.Actor{xi})

	// A name no event of the story has any more is not answered.
	if _, err := db.RemoveDocument(ctx, add.Document.ID, testRebuild(t)); err != nil {
		t.Fatal(err)
	}
	check("removed", lookup("removed", "xi"), nil)
}
