//go:build sqlite_fts5

package db

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// TestSearchIndexCatchesUp checks that stories written by a program
// without FTS5 are indexed when a program with it opens the file.
func TestSearchIndexCatchesUp(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "storyline.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if !db.fts {
		t.Fatalf("built with sqlite_fts5 but FTS5 not detected")
	}
	db.fts = false // as a program built without the tag
	story, _ := seedStory(t, db, false)
	if n := count(t, db, "search_stale"); n != 1 {
		t.Errorf("%d stale stories, want 1", n)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n := count(t, db, "search_stale"); n != 0 {
		t.Errorf("%d stale stories after opening with FTS5, want 0", n)
	}
	evs, err := db.Events(ctx, story.ID, timeline.StoryFilter{Text: "tarmac"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Xi arrives in Kazakhstan"}, titles(evs)); diff != "" {
		t.Errorf("search after catching up (-want +got):\n%s", diff)
	}
	// FTS5 matches whole words, diacritics folded: "tarmacs" is another word.
	for text, want := range map[string]int{"TARMAC": 1, "tarmacs": 0, "tarma": 0} {
		evs, err := db.Events(ctx, story.ID, timeline.StoryFilter{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != want {
			t.Errorf("search(%q) = %q, want %d events", text, titles(evs), want)
		}
	}
	if err := db.DeleteStory(ctx, story.ID); err != nil {
		t.Fatal(err)
	}
	if n := count(t, db, "event_search"); n != 0 {
		t.Errorf("%d index rows after deleting the story, want 0", n)
	}
}
