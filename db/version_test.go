package db

import (
	"context"
	"testing"
	"time"

	"storyline/timeline"
	"storyline/timeline/timelinetest"
)

// TestStoryVersion checks that every kind of write to a story bumps its
// version and its updated time, and that a write to another story or a
// read leaves it alone: caches and ETags rely on it.
func TestStoryVersion(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	s, err := db.ImportStory(ctx, timelinetest.Story("Versioned", 12))
	if err != nil {
		t.Fatal(err)
	}
	other, err := db.ImportStory(ctx, timelinetest.Story("Other", 3))
	if err != nil {
		t.Fatal(err)
	}
	keep := func(docs []timeline.Document) ([]timeline.Event, error) {
		// The story's events stay as they are: re-read them.
		st, err := db.Story(ctx, s.ID)
		return st.Events, err
	}
	ev := s.Events
	var share timeline.ShareLink
	var change timeline.Change
	title, checked, hidden := "A new headline", timeline.StateChecked, true
	tests := []struct {
		name  string
		write func() error
	}{
		{"rename", func() error { t := "Renamed"; _, err := db.UpdateStory(ctx, s.ID, StoryUpdate{Title: &t}); return err }},
		{"make public", func() error { return db.SetStoryPublic(ctx, s.ID, true) }},
		{"add document", func() error {
			d := &timeline.Document{StoryID: s.ID, Title: "More", Text: "Nothing dated here."}
			return addDocument(ctx, db, d, keep)
		}},
		{"publication date", func() error {
			return setPublished(ctx, db, s.Documents[0].ID, time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC), timeline.PublishedUser, keep)
		}},
		{"edit title", func() error { _, err := db.EditEvent(ctx, ev[0].ID, timeline.Edit{Title: &title}, "ed"); return err }},
		{"set state", func() error { _, err := db.EditEvent(ctx, ev[1].ID, timeline.Edit{State: &checked}, "ed"); return err }},
		{"hide", func() error { _, err := db.EditEvent(ctx, ev[2].ID, timeline.Edit{Hidden: &hidden}, "ed"); return err }},
		{"merge", func() error {
			var err error
			change, err = db.MergeEvents(ctx, ev[3].ID, ev[4].ID, "ed", "")
			return err
		}},
		{"revert", func() error { _, err := db.Revert(ctx, change.ID, "ed"); return err }},
		{"note", func() error { _, err := db.AddNote(ctx, ev[5].ID, 0, "ed", "checked with the desk"); return err }},
		{"share", func() error { var err error; share, err = db.CreateShareLink(ctx, s.ID, "ed"); return err }},
		{"revoke share", func() error { return db.RevokeShareLink(ctx, s.ID, share.ID) }},
		{"remove document", func() error {
			return deleteDocument(ctx, db, s.Documents[1].ID, func(docs []timeline.Document) ([]timeline.Event, error) {
				evs, err := keep(docs)
				kept := evs[:0]
				for _, e := range evs {
					if e.Sources[0].DocumentID != s.Documents[1].ID {
						kept = append(kept, e)
					}
				}
				return kept, err
			})
		}},
	}
	before, err := db.StoryInfo(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	if before.Version < 1 || before.Updated.IsZero() {
		t.Fatalf("StoryInfo = %+v, want a version and an updated time", before)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.write(); err != nil {
				t.Fatalf("write: %v", err)
			}
			after, err := db.StoryInfo(ctx, s.ID)
			if err != nil {
				t.Fatal(err)
			}
			if after.Version <= before.Version {
				t.Errorf("version after %s = %d, want more than %d", tc.name, after.Version, before.Version)
			}
			if after.Updated.Before(before.Updated) {
				t.Errorf("updated after %s = %v, before %v", tc.name, after.Updated, before.Updated)
			}
			before = after
		})
	}

	t.Run("reads and other stories leave it alone", func(t *testing.T) {
		if _, err := db.Story(ctx, s.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Events(ctx, s.ID, timeline.StoryFilter{IncludeHidden: true}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.AddNote(ctx, other.Events[0].ID, 0, "ed", "elsewhere"); err != nil {
			t.Fatal(err)
		}
		after, err := db.StoryInfo(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		if after.Version != before.Version {
			t.Errorf("version = %d after reads and a write elsewhere, want %d", after.Version, before.Version)
		}
	})
}
