package db

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"storyline/timeline"
	"storyline/timeline/timelinetest"
)

// recorder is a queryer that remembers every query it runs.
type recorder struct {
	q       queryer
	queries []recorded
}

type recorded struct {
	sql  string
	args []any
}

func (r *recorder) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	r.queries = append(r.queries, recorded{query, args})
	return r.q.QueryContext(ctx, query, args...)
}

func (r *recorder) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	r.queries = append(r.queries, recorded{query, args})
	return r.q.QueryRowContext(ctx, query, args...)
}

// badSteps returns the steps of the query plan of q that make a read cost
// more than what it returns: "SCAN t" reads a whole table, and a loop
// nested in another that looks rows up by story_id alone reads the whole
// story once per outer row (the quadratic merged-events join of old).
func badSteps(t *testing.T, db *DB, q recorded) []string {
	t.Helper()
	rows, err := db.r.Query(`EXPLAIN QUERY PLAN `+q.sql, q.args...)
	if err != nil {
		t.Fatalf("EXPLAIN QUERY PLAN %s: %v", q.sql, err)
	}
	defer rows.Close()
	var bad []string
	loops := map[int]int{} // parent id: loops seen under it
	for rows.Next() {
		var (
			id, parent, notused int
			detail              string
		)
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		scan := strings.HasPrefix(detail, "SCAN ") && !strings.HasPrefix(detail, "SCAN CONSTANT ROW") &&
			!strings.Contains(detail, "VIRTUAL TABLE")
		search := strings.HasPrefix(detail, "SEARCH ")
		if scan || search {
			loops[parent]++
		}
		switch {
		case scan:
			bad = append(bad, detail)
		case search && loops[parent] > 1 && strings.HasSuffix(detail, "(story_id=?)"):
			bad = append(bad, detail+" inside a loop")
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return bad
}

// TestStoryQueriesUseIndexes runs every query that reading a story, its
// filtered events and its review data makes, on a story with other stories
// around it, and checks with EXPLAIN QUERY PLAN that none scans a table:
// the cost of a read follows what it returns, not the size of the file.
func TestStoryQueriesUseIndexes(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	var s timeline.Story
	for i := range 3 {
		var err error
		if s, err = db.ImportStory(ctx, timelinetest.Story(fmt.Sprintf("Story %d", i), 60)); err != nil {
			t.Fatal(err)
		}
	}
	// Merge one event into another and note one, so the review joins have rows.
	if _, err := db.MergeEvents(ctx, s.Events[0].ID, s.Events[1].ID, "tester", ""); err != nil {
		t.Fatalf("MergeEvents: %v", err)
	}
	if _, err := db.AddNote(ctx, s.Events[2].ID, 0, "tester", "a note"); err != nil {
		t.Fatalf("AddNote: %v", err)
	}
	place := s.Events[0].Places[0].GeonameID
	tests := []struct {
		name string
		read func(q queryer) error
	}{
		{"story", func(q queryer) error { _, err := story(ctx, q, s.ID); return err }},
		{"documents", func(q queryer) error { _, err := documents(ctx, q, `story_id = ?`, s.ID); return err }},
		{"events", func(q queryer) error { _, err := events(ctx, q, `e.story_id = ?`, s.ID); return err }},
		{"info", func(q queryer) error { _, err := storyInfo(ctx, q, s.ID); return err }},
		{"outline", func(q queryer) error { _, err := documentRows(ctx, q, "''", `story_id = ?`, s.ID); return err }},
		{"places", func(q queryer) error { _, err := storyPlaces(ctx, q, s.ID); return err }},
		{"history", func(q queryer) error { _, err := changes(ctx, q, `story_id = ?`, s.ID); return err }},
	}
	for _, f := range []timeline.StoryFilter{
		{},
		{IncludeHidden: true},
		{From: "2020-01-01", To: "2020-12-31"},
		{Place: place},
		{Actor: "Xi Jinping"},
		{Document: s.Documents[0].ID},
		{State: timeline.StateNew},
		{Text: "Astana"},
	} {
		where, args, err := db.filterCondition(s.ID, f)
		if err != nil {
			t.Fatal(err)
		}
		tests = append(tests, struct {
			name string
			read func(q queryer) error
		}{fmt.Sprintf("reviewed %+v", f), func(q queryer) error { _, err := reviewed(ctx, q, where, args...); return err }})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tx, err := db.r.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback()
			rec := &recorder{q: tx}
			if err := tc.read(rec); err != nil {
				t.Fatalf("read: %v", err)
			}
			if len(rec.queries) == 0 {
				t.Fatal("no query recorded")
			}
			for _, q := range rec.queries {
				if bad := badSteps(t, db, q); len(bad) > 0 {
					t.Errorf("query plan reads more than it returns: %v\n%s", bad, q.sql)
				}
			}
		})
	}
}

// BenchmarkBigStory reads a story of 500, 2,000 and 5,000 day-dated
// events (one source, one place, two actors each) as the story page does:
// the reviewed events with their parts. Read ns/event and cpu-ns/event
// (CPU time of the process, getrusage, which suffers less from other work
// on the machine): flat across the sizes means the read is linear in the
// events.
func BenchmarkBigStory(b *testing.B) {
	for _, n := range []int{500, 2000, 5000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			db := openTest(b)
			ctx := context.Background()
			s, err := db.ImportStory(ctx, timelinetest.Story("Big", n))
			if err != nil {
				b.Fatal(err)
			}
			cpu := cpuTime()
			for b.Loop() {
				evs, err := db.Events(ctx, s.ID, timeline.StoryFilter{})
				if err != nil {
					b.Fatal(err)
				}
				if len(evs) != n {
					b.Fatalf("Events = %d events, want %d", len(evs), n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/float64(n), "cpu-ns/event")
		})
	}
}
