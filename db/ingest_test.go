package db

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"storyline/timeline"
)

// reportsOf extracts a document alone with lineEvents (document id 0, as
// the ingest service extracts before storing).
func reportsOf(t testing.TB, doc timeline.Document) []timeline.Event {
	t.Helper()
	doc.ID = 0
	evs, err := lineEvents([]timeline.Document{doc})
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// sameTitle matches a report with the candidate of the same title.
func sameTitle(r timeline.Event, cands []timeline.Event) int {
	for i, c := range cands {
		if c.Title == r.Title {
			return i
		}
	}
	return -1
}

func ingestText(t testing.TB, db *DB, storyID int64, text, url string, published time.Time) Addition {
	t.Helper()
	doc := timeline.Document{StoryID: storyID, Title: "T", Text: text, URL: url, Published: published}
	add, err := db.IngestDocument(context.Background(), &doc, reportsOf(t, doc), sameTitle)
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

	rm, err := db.RemoveDocument(ctx, first.Document.ID)
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
	if _, err := db.RemoveDocument(ctx, first.Document.ID); timeline.ErrorCodeOf(err) != timeline.ENotFound {
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
	docs, err := db.StoryDocuments(ctx, s.ID)
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
	if err := db.AddDocument(ctx, &doc, lineEvents); err != nil {
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
	docs, err := db.StoryDocuments(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	evs, _ := lineEvents(docs)
	ingestText(t, db, s.ID, "Xi flew on.\n", "", published)
	if err := db.ReplaceStoryEvents(ctx, s.ID, docs, evs); timeline.ErrorCodeOf(err) != timeline.EConflict {
		t.Errorf("ReplaceStoryEvents after an add = %v, want a conflict", err)
	}
	docs, _ = db.StoryDocuments(ctx, s.ID)
	evs, _ = lineEvents(docs)
	if err := db.ReplaceStoryEvents(ctx, s.ID, docs, evs); err != nil {
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
			for b.Loop() {
				doc := timeline.Document{StoryID: s.ID, Title: "T", Text: text(i), Published: published.AddDate(0, 0, i%n)}
				reports := reportsOf(b, doc)
				if _, err := db.IngestDocument(ctx, &doc, reports, sameTitle); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if _, err := db.RemoveDocument(ctx, doc.ID); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				i++
			}
		})
	}
}
