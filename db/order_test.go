package db

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
	"storyline/timeline/timelinetest"
)

// TestEventsInDateOrder checks that events come in the order the store
// sorted them in SQL before readEvents sorted them in Go: dated first, by
// lower bound (none first), upper bound (none last), position and id;
// undated events last, by position.
func TestEventsInDateOrder(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	s := timelinetest.Story("Order", 60)
	for i := range s.Events {
		d := &s.Events[i].Date
		switch i % 6 {
		case 1:
			*d = timeline.Date{} // undated
		case 2:
			d.Start = "" // open start
		case 3:
			d.End = "" // open end
		case 4:
			d.Start, d.End = "2020-06-01", "2020-06-30" // many alike: position decides
		}
	}
	stored, err := db.ImportStory(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	var want []int64
	rows, err := db.r.QueryContext(ctx, `
		SELECT e.id FROM events e
		LEFT JOIN event_dates d ON d.event_id = e.id AND d.source_id IS NULL
		WHERE e.story_id = ?
		ORDER BY (d.lower_bound IS NULL AND d.upper_bound IS NULL), d.lower_bound NULLS FIRST,
			d.upper_bound NULLS LAST, e.position, e.id`, stored.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		want = append(want, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	evs, err := db.Events(ctx, stored.ID, timeline.StoryFilter{IncludeHidden: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, e := range evs {
		got = append(got, e.ID)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Events order (-SQL ORDER BY +got):\n%s", diff)
	}
	plain, err := events(ctx, db.r, `e.story_id = ?`, stored.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range plain {
		if e.ID != want[i] || len(e.Sources) != 1 || len(e.Actors) != 2 {
			t.Fatalf("events()[%d] = id %d with %d sources, %d actors; want id %d with 1 and 2", i, e.ID, len(e.Sources), len(e.Actors), want[i])
		}
	}
}
