package db

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
	"storyline/timeline/keydate"
)

func TestEditKeyDate(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	s, err := db.CreateStory(ctx, "Strike")
	if err != nil {
		t.Fatal(err)
	}
	pin, unpin, auto := keydate.PinPinned, keydate.PinUnpinned, keydate.PinAuto
	summary, empty := "The strike began at dawn.", ""
	tooLong := string(make([]byte, keydate.MaxSummary+1))
	tests := []struct {
		name    string
		date    string
		edit    KeyDateEdit
		want    keydate.Choice
		wantErr timeline.ErrorCode
	}{
		{"pin", "2020-03-01", KeyDateEdit{Pin: &pin, Reason: "the day it began"}, keydate.Choice{Date: "2020-03-01", Pin: pin}, ""},
		{"summary", "2020-03-01", KeyDateEdit{Summary: &summary}, keydate.Choice{Date: "2020-03-01", Pin: pin, Summary: summary}, ""},
		{"unpin another day", "2020-03-02", KeyDateEdit{Pin: &unpin}, keydate.Choice{Date: "2020-03-02", Pin: unpin}, ""},
		{"back to the score", "2020-03-02", KeyDateEdit{Pin: &auto}, keydate.Choice{Date: "2020-03-02"}, ""},
		{"nothing changes", "2020-03-01", KeyDateEdit{Pin: &pin}, keydate.Choice{Date: "2020-03-01", Pin: pin, Summary: summary}, ""},
		{"bad date", "2020-13-01", KeyDateEdit{Pin: &pin}, keydate.Choice{}, timeline.EInvalid},
		{"nothing given", "2020-03-01", KeyDateEdit{}, keydate.Choice{}, timeline.EInvalid},
		{"summary too long", "2020-03-01", KeyDateEdit{Summary: &tooLong}, keydate.Choice{}, timeline.EInvalid},
		{"clear summary", "2020-03-03", KeyDateEdit{Summary: &empty}, keydate.Choice{Date: "2020-03-03"}, ""},
	}
	version := func() int64 {
		t.Helper()
		info, err := db.StoryInfo(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		return info.Version
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := version()
			got, err := db.EditKeyDate(ctx, s.ID, tc.date, tc.edit, "ana")
			// A change bumps the story's version (pages and caches follow
			// it); an edit that changes nothing or fails does not.
			if changed := tc.wantErr == "" && tc.name != "nothing changes" && tc.name != "clear summary"; changed != (version() > before) {
				t.Errorf("EditKeyDate(%s): version %d -> %d, want a bump: %v", tc.date, before, version(), changed)
			}
			if timeline.ErrorCodeOf(err) != tc.wantErr || (tc.wantErr == "" && err != nil) {
				t.Fatalf("EditKeyDate(%s) error = %v, want code %q", tc.date, err, tc.wantErr)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("EditKeyDate(%s) (-want +got):\n%s", tc.date, diff)
			}
		})
	}
	if _, err := db.EditKeyDate(ctx, s.ID+100, "2020-03-01", KeyDateEdit{Pin: &pin}, "ana"); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("EditKeyDate on a missing story = %v, want not found", err)
	}

	// The choices survive a new document and its re-extraction: they are
	// stored by date, not by event.
	doc := &timeline.Document{StoryID: s.ID, Title: "a", Text: "The strike began on Sunday.", Published: time.Date(2020, 3, 2, 0, 0, 0, 0, time.UTC)}
	if err := addDocument(ctx, db, doc, func([]timeline.Document) ([]timeline.Event, error) { return nil, nil }); err != nil {
		t.Fatal(err)
	}
	got, err := db.KeyDateChoices(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]keydate.Choice{"2020-03-01": {Date: "2020-03-01", Pin: pin, Summary: summary}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("KeyDateChoices (-want +got):\n%s", diff)
	}

	hist, err := db.KeyDateHistory(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ Date, Author, Field, Old, New, Reason string }
	var rows []row
	for _, c := range hist {
		rows = append(rows, row{c.Date, c.Author, c.Field, c.Old, c.New, c.Reason})
	}
	wantRows := []row{
		{"2020-03-01", "ana", "pin", "by score", "pinned", "the day it began"},
		{"2020-03-01", "ana", "summary", "", summary, ""},
		{"2020-03-02", "ana", "pin", "by score", "unpinned", ""},
		{"2020-03-02", "ana", "pin", "unpinned", "by score", ""},
	}
	if diff := cmp.Diff(wantRows, rows); diff != "" {
		t.Errorf("KeyDateHistory (-want +got):\n%s", diff)
	}

	// Deleting the story deletes its choices and history.
	if err := db.DeleteStory(ctx, s.ID); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM key_date_choices) + (SELECT COUNT(*) FROM key_date_changes)`).Scan(&n); err != nil || n != 0 {
		t.Errorf("rows left after DeleteStory = %d, %v; want 0", n, err)
	}
}
