package db

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"storyline/timeline"
)

func TestImportStory(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	// Ids as another installation gave them; the database assigns its own.
	doc := timeline.Document{ID: 7, StoryID: 3, Title: "Al Jazeera", Outlet: "Al Jazeera", Text: seed(t, seedAlJazeera),
		Published: published, PublishedSource: timeline.PublishedMeta, Added: time.Date(2022, 9, 15, 8, 0, 0, 0, time.UTC)}
	other := timeline.Document{ID: 2, StoryID: 3, Title: "The Independent", Text: seed(t, seedIndependent),
		Added: time.Date(2022, 9, 15, 9, 0, 0, 0, time.UTC)}
	in := timeline.Story{ID: 3, Title: "Xi in Central Asia", Created: time.Date(2022, 9, 15, 7, 0, 0, 0, time.UTC),
		Documents: []timeline.Document{doc, other}, Events: alJazeeraEvents(t, doc)}

	got, err := db.ImportStory(ctx, in)
	if err != nil {
		t.Fatalf("ImportStory: %v", err)
	}
	if len(got.Documents) != 2 {
		t.Fatalf("ImportStory stored %d documents, want 2", len(got.Documents))
	}
	want := timeline.Story{ID: got.ID, Title: in.Title, Created: in.Created}
	for i, d := range in.Documents {
		d.ID, d.StoryID = got.Documents[i].ID, got.ID
		want.Documents = append(want.Documents, d)
	}
	stored := alJazeeraEvents(t, want.Documents[0])
	for _, i := range alJazeeraOrder {
		e := stored[i]
		e.StoryID = got.ID
		want.Events = append(want.Events, e)
	}
	if diff := cmp.Diff(want, got, cmpStory, cmpopts.IgnoreFields(timeline.Event{}, "ID")); diff != "" {
		t.Errorf("ImportStory (-want +got):\n%s", diff)
	}
	read, err := db.Story(ctx, got.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, read, cmpStory); diff != "" {
		t.Errorf("Story(%d) differs from what ImportStory returned (-import +read):\n%s", got.ID, diff)
	}
	// The caller's story is left as it was.
	if in.Events[0].Sources[0].DocumentID != 7 || in.Documents[0].ID != 7 {
		t.Errorf("ImportStory changed its argument")
	}

	bad := []struct {
		name  string
		story func() timeline.Story
	}{
		{"no title", func() timeline.Story { s := in; s.Title = " "; return s }},
		{"unknown document", func() timeline.Story {
			s := in
			s.Events = alJazeeraEvents(t, timeline.Document{ID: 99, Text: doc.Text})
			return s
		}},
		{"same document id twice", func() timeline.Story {
			s := in
			s.Documents = []timeline.Document{doc, doc}
			return s
		}},
		{"document without text", func() timeline.Story {
			s := in
			s.Documents = []timeline.Document{doc, {ID: 8}}
			return s
		}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.ImportStory(ctx, tc.story())
			if code := timeline.ErrorCodeOf(err); code != timeline.EInvalid {
				t.Errorf("ImportStory(%s) error code = %q (%v), want %q", tc.name, code, err, timeline.EInvalid)
			}
			if n, err := db.StoryCount(ctx); err != nil || n != 1 {
				t.Errorf("StoryCount = %d, %v after a failed import, want 1", n, err)
			}
		})
	}
}

func TestDeleteDocument(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	story := newStory(t, db, "Xi in Central Asia")
	var docs []timeline.Document
	for _, name := range []string{seedAlJazeera, seedIndependent} {
		doc := timeline.Document{StoryID: story.ID, Text: seed(t, name), Published: published}
		if err := addDocument(ctx, db, &doc, lineEvents); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	var gave []timeline.Document
	err := deleteDocument(ctx, db, docs[0].ID, func(d []timeline.Document) ([]timeline.Event, error) {
		gave = d
		return lineEvents(d)
	})
	if err != nil {
		t.Fatalf("DeleteDocument(%d): %v", docs[0].ID, err)
	}
	if diff := cmp.Diff(docs[1:], gave); diff != "" {
		t.Errorf("rebuild after DeleteDocument got (-want +got):\n%s", diff)
	}
	after, err := db.Story(ctx, story.ID)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := lineEvents(docs[1:])
	if len(after.Documents) != 1 || len(after.Events) != len(want) {
		t.Errorf("after DeleteDocument: %d documents, %d events, want 1 and %d", len(after.Documents), len(after.Events), len(want))
	}
	for _, e := range after.Events {
		for _, s := range e.Sources {
			if s.DocumentID != docs[1].ID {
				t.Errorf("event %d cites document %d, want only %d", e.ID, s.DocumentID, docs[1].ID)
			}
		}
	}
	if _, err := db.Document(ctx, docs[0].ID); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("Document(%d) after DeleteDocument: %v, want not found", docs[0].ID, err)
	}
	if err := deleteDocument(ctx, db, docs[0].ID, lineEvents); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("DeleteDocument(%d) twice: %v, want not found", docs[0].ID, err)
	}
}
