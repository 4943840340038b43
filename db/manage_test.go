package db

import (
	"context"
	"strings"
	"testing"

	"storyline/timeline"
)

func TestUpdateStory(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	s := newStory(t, db, "Xi in Central Asia")
	other := newStory(t, db, "Another story")
	title := func(v string) *string { return &v }
	public := func(v bool) *bool { return &v }
	tests := []struct {
		name       string
		update     StoryUpdate
		wantTitle  string
		wantPublic bool
		wantCode   timeline.ErrorCode
	}{
		{"rename", StoryUpdate{Title: title("  Xi's trip, September 2022 ")}, "Xi's trip, September 2022", false, ""},
		{"make public", StoryUpdate{Public: public(true)}, "Xi's trip, September 2022", true, ""},
		{"both", StoryUpdate{Title: title("Xi in Samarkand"), Public: public(false)}, "Xi in Samarkand", false, ""},
		{"nothing", StoryUpdate{}, "Xi in Samarkand", false, ""},
		{"empty title changes nothing", StoryUpdate{Title: title("  "), Public: public(true)}, "Xi in Samarkand", false, timeline.EInvalid},
		{"long title changes nothing", StoryUpdate{Title: title(strings.Repeat("x", maxTitle+1)), Public: public(true)}, "Xi in Samarkand", false, timeline.EInvalid},
		{"bad UTF-8 changes nothing", StoryUpdate{Title: title("Xi \xff")}, "Xi in Samarkand", false, timeline.EInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := db.UpdateStory(ctx, s.ID, tc.update)
			if timeline.ErrorCodeOf(err) != tc.wantCode {
				t.Fatalf("UpdateStory(%d, %+v) = %v, want code %q", s.ID, tc.update, err, tc.wantCode)
			}
			if err == nil && (got.ID != s.ID || got.Title != tc.wantTitle) {
				t.Errorf("UpdateStory(%d) returned %d %q, want %d %q", s.ID, got.ID, got.Title, s.ID, tc.wantTitle)
			}
			stored, err := db.Story(ctx, s.ID)
			if err != nil {
				t.Fatal(err)
			}
			pub, err := db.StoryPublic(ctx, s.ID)
			if err != nil {
				t.Fatal(err)
			}
			if stored.Title != tc.wantTitle || pub != tc.wantPublic {
				t.Errorf("after UpdateStory: title %q public %v, want %q %v", stored.Title, pub, tc.wantTitle, tc.wantPublic)
			}
		})
	}
	if o, err := db.Story(ctx, other.ID); err != nil || o.Title != "Another story" {
		t.Errorf("other story after updates: %q, %v", o.Title, err)
	}
	if _, err := db.UpdateStory(ctx, 999, StoryUpdate{Title: title("x")}); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("UpdateStory(999) = %v, want not found", err)
	}
}

// TestDeleteDocumentKeepsCorrections checks that removing a document keeps
// what people decided about the events the other documents still report,
// and drops the events only the removed one reported.
func TestDeleteDocumentKeepsCorrections(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story, docs := seedStory(t, db, true)
	var kept, gone timeline.ReviewedEvent
	for _, e := range allEvents(t, db, story.ID) {
		switch e.Sources[0].DocumentID {
		case docs[0].ID:
			kept = e
		case docs[1].ID:
			gone = e
		}
	}
	if kept.ID == 0 || gone.ID == 0 {
		t.Fatalf("the seed story lacks an event of each document")
	}
	title := "Xi lands in Astana (checked)"
	if _, err := db.EditEvent(ctx, kept.ID, timeline.Edit{Title: &title}, "anna"); err != nil {
		t.Fatalf("EditEvent: %v", err)
	}
	if _, err := db.AddNote(ctx, kept.ID, 0, "anna", "Confirmed with the embassy."); err != nil {
		t.Fatalf("AddNote: %v", err)
	}
	if err := deleteDocument(ctx, db, docs[1].ID, seedEvents(t)); err != nil {
		t.Fatalf("DeleteDocument(%d): %v", docs[1].ID, err)
	}
	after := allEvents(t, db, story.ID)
	var found *timeline.ReviewedEvent
	for i, e := range after {
		for _, src := range e.Sources {
			if src.DocumentID == docs[1].ID {
				t.Errorf("event %d still cites the removed document %d", e.ID, docs[1].ID)
			}
		}
		if EventKey(e.Event) == EventKey(kept.Event) {
			found = &after[i]
		}
	}
	if found == nil {
		t.Fatalf("the event of the remaining document is gone after DeleteDocument")
	}
	if found.Title != title {
		t.Errorf("corrected title after DeleteDocument = %q, want %q", found.Title, title)
	}
	notes, err := db.Notes(ctx, found.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) != 1 || notes[0].Body != "Confirmed with the embassy." {
		t.Errorf("notes after DeleteDocument = %+v, want the one note", notes)
	}
}

// TestDeleteStoryRemovesEverything checks that deleting a story leaves
// nothing of it: share links, corrections, history and notes included.
func TestDeleteStoryRemovesEverything(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story, _ := seedStory(t, db, true)
	e := allEvents(t, db, story.ID)[0]
	title := "Corrected"
	if _, err := db.EditEvent(ctx, e.ID, timeline.Edit{Title: &title}, "anna"); err != nil {
		t.Fatalf("EditEvent: %v", err)
	}
	if _, err := db.AddNote(ctx, e.ID, 0, "anna", "A note."); err != nil {
		t.Fatalf("AddNote: %v", err)
	}
	if _, err := db.CreateShareLink(ctx, story.ID, "anna"); err != nil {
		t.Fatalf("CreateShareLink: %v", err)
	}
	tables := []string{"documents", "events", "event_sources", "event_dates", "event_places", "event_actors",
		"annotations", "event_changes", "event_corrections", "share_links"}
	for _, table := range tables {
		if count(t, db, table) == 0 {
			t.Fatalf("no rows in %s before DeleteStory: the test would prove nothing", table)
		}
	}
	if err := db.DeleteStory(ctx, story.ID); err != nil {
		t.Fatalf("DeleteStory(%d): %v", story.ID, err)
	}
	for _, table := range tables {
		if n := count(t, db, table); n != 0 {
			t.Errorf("%d rows in %s after deleting the only story, want 0", n, table)
		}
	}
}
