package db

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// titles lists the headlines of evs in order.
func titles(evs []timeline.ReviewedEvent) []string {
	var ts []string
	for _, e := range evs {
		ts = append(ts, e.Title)
	}
	return ts
}

func TestEventsFilter(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story, docs := seedStory(t, db, true)
	evs := allEvents(t, db, story.ID)
	met, fly, talks := eventWith(t, evs, "Xi was met"), eventWith(t, evs, "due to fly"), eventWith(t, evs, "discuss energy")
	if _, err := db.EditEvent(ctx, fly.ID, timeline.Edit{State: ptr(timeline.StateChecked)}, "anna"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.EditEvent(ctx, talks.ID, timeline.Edit{Hidden: ptr(true)}, "anna"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddNote(ctx, met.ID, 0, "anna", "Confirmed by the Kazakh foreign ministry"); err != nil {
		t.Fatal(err)
	}

	const (
		outbreak = "Outbreak of the coronavirus pandemic"
		april    = "Global Security Initiative announced"
		arrives  = "Xi arrives in Kazakhstan"
		trip     = "Xi starts his first trip abroad since the pandemic"
		flies    = "Xi flies to Samarkand"
		congress = "Communist Party congress"
		energy   = "Talks on energy and trade"
	)
	tests := []struct {
		name   string
		filter timeline.StoryFilter
		want   []string
	}{
		{"all visible", timeline.StoryFilter{}, []string{outbreak, april, arrives, trip, flies, congress}},
		{"hidden too", timeline.StoryFilter{IncludeHidden: true}, []string{outbreak, april, arrives, trip, flies, congress, energy}},
		{"one day", timeline.StoryFilter{From: "2022-09-14", To: "2022-09-14"}, []string{arrives, trip}},
		{"from a day", timeline.StoryFilter{From: "2022-09-15"}, []string{flies, congress}},
		{"until a day", timeline.StoryFilter{To: "2022-04-15"}, []string{outbreak, april}},
		{"place", timeline.StoryFilter{Place: samarkand.GeonameID}, []string{flies}},
		{"actor, any case", timeline.StoryFilter{Actor: "xi jinping"}, []string{arrives, trip, flies}},
		{"actor of a hidden event", timeline.StoryFilter{Actor: "Kassym-Jomart Tokayev"}, []string{arrives}},
		{"source", timeline.StoryFilter{Document: docs[1].ID}, []string{trip}},
		{"state", timeline.StoryFilter{State: timeline.StateChecked}, []string{flies}},
		{"state new", timeline.StoryFilter{State: timeline.StateNew}, []string{outbreak, april, arrives, trip, congress}},
		{"word of a quote", timeline.StoryFilter{Text: "honour"}, []string{arrives}},
		{"word of a note", timeline.StoryFilter{Text: "ministry"}, []string{arrives}},
		{"word of a headline, any case", timeline.StoryFilter{Text: "SAMARKAND"}, []string{flies}},
		{"two words, both needed", timeline.StoryFilter{Text: "Xi pandemic"}, []string{trip}},
		{"word of a hidden event", timeline.StoryFilter{Text: "energy"}, nil},
		{"punctuation only", timeline.StoryFilter{Text: `"*(`}, []string{outbreak, april, arrives, trip, flies, congress}},
		{"FTS syntax is text", timeline.StoryFilter{Text: `honour OR Samarkand`}, nil},
		{"combined", timeline.StoryFilter{From: "2022-09-01", Actor: "Xi Jinping", State: timeline.StateNew}, []string{arrives, trip}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := db.Events(ctx, story.ID, tc.filter)
			if err != nil {
				t.Fatalf("Events(%+v): %v", tc.filter, err)
			}
			if diff := cmp.Diff(tc.want, titles(got)); diff != "" {
				t.Errorf("Events(%+v) (-want +got):\n%s", tc.filter, diff)
			}
		})
	}
	for _, f := range []timeline.StoryFilter{{From: "yesterday"}, {State: "done"}} {
		if _, err := db.Events(ctx, story.ID, f); timeline.ErrorCodeOf(err) != timeline.EInvalid {
			t.Errorf("Events(%+v) = %v, want invalid", f, err)
		}
	}
	if _, err := db.Events(ctx, 999, timeline.StoryFilter{}); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("Events(no such story) = %v, want not found", err)
	}
}

func TestSearchFollowsEdits(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story, _ := seedStory(t, db, false)
	met := eventWith(t, allEvents(t, db, story.ID), "Xi was met")
	search := func(text string) []string {
		t.Helper()
		evs, err := db.Events(ctx, story.ID, timeline.StoryFilter{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		return titles(evs)
	}
	if got := search("tarmac"); len(got) != 1 {
		t.Fatalf("search(tarmac) = %q, want one event", got)
	}
	if _, err := db.EditEvent(ctx, met.ID, timeline.Edit{Title: ptr("Welcome ceremony at the airport")}, "anna"); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Welcome ceremony at the airport"}, search("ceremony")); diff != "" {
		t.Errorf("search for a word of the new headline (-want +got):\n%s", diff)
	}
	if got := search("arrives"); got != nil {
		t.Errorf("search for a word of the old headline = %q, want nothing", got)
	}
	// Re-extraction keeps the corrected headline searchable.
	doc := allEvents(t, db, story.ID)[0].Sources[0].DocumentID
	if err := setPublished(ctx, db, doc, published, timeline.PublishedUser, seedEvents(t)); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Welcome ceremony at the airport"}, search("ceremony")); diff != "" {
		t.Errorf("search after re-extraction (-want +got):\n%s", diff)
	}
}

func TestReviewQueue(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story, _ := seedStory(t, db, true)
	evs := allEvents(t, db, story.ID)
	if _, err := db.EditEvent(ctx, eventWith(t, evs, "discuss energy").ID, timeline.Edit{State: ptr(timeline.StateChecked)}, "anna"); err != nil {
		t.Fatal(err)
	}
	ambiguous := func(name string) int {
		if name == "Samarkand" {
			return 2
		}
		return 1
	}
	q, err := db.ReviewQueue(ctx, story.ID, ambiguous)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Outbreak of the coronavirus pandemic", // fuzzy, open, single source, no place: 8
		"Xi flies to Samarkand",                // disagreement, ambiguous place, single source: 7
		"Global Security Initiative announced", // single source, no place: 2, earlier
		"Communist Party congress",             // single source, no place: 2
		"Xi arrives in Kazakhstan",             // single source: 1
		"Xi starts his first trip abroad since the pandemic",
	}
	if diff := cmp.Diff(want, titles(q)); diff != "" {
		t.Errorf("ReviewQueue (-want +got):\n%s", diff)
	}
	for i := 1; i < len(q); i++ {
		if q[i].Uncertainty.Score > q[i-1].Uncertainty.Score {
			t.Errorf("ReviewQueue: %q (%d) after %q (%d)", q[i].Title, q[i].Uncertainty.Score, q[i-1].Title, q[i-1].Uncertainty.Score)
		}
	}
}

// BenchmarkEventsFilter filters a story of two seed articles by text and
// date; the bytes are the articles' text.
func BenchmarkEventsFilter(b *testing.B) {
	db := openTest(b)
	ctx := context.Background()
	story, docs := seedStory(b, db, true)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	f := timeline.StoryFilter{From: "2022-09-01", Text: "Xi"}
	b.SetBytes(size)
	for b.Loop() {
		if _, err := db.Events(ctx, story.ID, f); err != nil {
			b.Fatal(err)
		}
	}
}
