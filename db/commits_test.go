package db

import (
	"context"
	"testing"
)

// TestCommits checks that every write moves the commit count and that
// reads do not.
func TestCommits(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	n := db.Commits()
	s, err := db.CreateStory(ctx, "Counted")
	if err != nil {
		t.Fatal(err)
	}
	if db.Commits() <= n {
		t.Fatalf("CreateStory: commits %d, was %d; want more", db.Commits(), n)
	}
	n = db.Commits()
	if _, err := db.StoryInfo(ctx, s.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ListStories(ctx); err != nil {
		t.Fatal(err)
	}
	if db.Commits() != n {
		t.Errorf("reads moved the commit count from %d to %d", n, db.Commits())
	}
	if err := db.SetStoryPublic(ctx, s.ID, true); err != nil {
		t.Fatal(err)
	}
	if db.Commits() <= n {
		t.Errorf("SetStoryPublic: commits %d, was %d; want more", db.Commits(), n)
	}
	n = db.Commits()
	if _, err := db.CreateStory(ctx, ""); err == nil {
		t.Fatalf("CreateStory with no title succeeded")
	}
	if db.Commits() != n {
		t.Errorf("a refused write moved the commit count from %d to %d", n, db.Commits())
	}
}
