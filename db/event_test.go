package db

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

func TestEventsBetween(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story := newStory(t, db, "Xi in Central Asia")
	doc := timeline.Document{StoryID: story.ID, Text: seed(t, seedAlJazeera), Published: published}
	var evs []timeline.Event
	err := addDocument(ctx, db, &doc, func(docs []timeline.Document) ([]timeline.Event, error) {
		evs = alJazeeraEvents(t, docs[0])
		return evs, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Indexes of alJazeeraEvents: 0 met 2022-09-14, 1 fly 2022-09-15,
	// 2 April 2022, 3 October 2022, 4 before 2020-09-14, 5 undated.
	tests := []struct {
		from, to string
		want     []int
	}{
		{"", "", []int{4, 2, 0, 1, 3}},
		{"2022-09-14", "2022-09-14", []int{0}},
		{"2022-09-01", "2022-09-30", []int{0, 1}},
		{"2022-04-15", "2022-09-14", []int{2, 0}},
		{"2019-01-01", "2019-12-31", []int{4}},
		{"2020-10-01", "2022-03-31", nil},
		{"", "2022-04-30", []int{4, 2}},
		{"2022-10-15", "", []int{3}},
		{"2022-11-01", "", nil},
	}
	for _, tc := range tests {
		got, err := db.EventsBetween(ctx, story.ID, tc.from, tc.to)
		if err != nil {
			t.Errorf("EventsBetween(%q, %q): %v", tc.from, tc.to, err)
			continue
		}
		var want, titles []string
		for _, i := range tc.want {
			want = append(want, evs[i].Title)
		}
		for _, e := range got {
			titles = append(titles, e.Title)
		}
		if diff := cmp.Diff(want, titles); diff != "" {
			t.Errorf("EventsBetween(%q, %q) titles (-want +got):\n%s", tc.from, tc.to, diff)
		}
	}
	// Whole events come back, with their parts.
	got, err := db.EventsBetween(ctx, story.ID, "2022-09-14", "2022-09-14")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]timeline.Event{evs[0]}, got, cmpStory); diff != "" {
		t.Errorf("EventsBetween(2022-09-14) (-want +got):\n%s", diff)
	}

	bad := []struct {
		story    int64
		from, to string
		code     timeline.ErrorCode
	}{
		{story.ID, "2022-13-01", "", timeline.EInvalid},
		{story.ID, "", "2022-09", timeline.EInvalid},
		{story.ID, "2022-09-15", "2022-09-14", timeline.EInvalid},
		{story.ID + 1, "", "", timeline.ENotFound},
	}
	for _, tc := range bad {
		_, err := db.EventsBetween(ctx, tc.story, tc.from, tc.to)
		if code := timeline.ErrorCodeOf(err); code != tc.code {
			t.Errorf("EventsBetween(%d, %q, %q) error code = %q (%v), want %q", tc.story, tc.from, tc.to, code, err, tc.code)
		}
	}
}
