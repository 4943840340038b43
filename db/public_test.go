package db

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

func TestStoryPublic(t *testing.T) {
	db := openTest(t)
	ctx := context.Background()
	a, err := db.CreateStory(ctx, "Demo")
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.CreateStory(ctx, "Scoop")
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetStoryPublic(ctx, a.ID, true); err != nil {
		t.Fatalf("SetStoryPublic(%d, true): %v", a.ID, err)
	}
	tests := []struct {
		id   int64
		want bool
	}{{a.ID, true}, {b.ID, false}}
	for _, tc := range tests {
		if got, err := db.StoryPublic(ctx, tc.id); err != nil || got != tc.want {
			t.Errorf("StoryPublic(%d) = %v, %v; want %v", tc.id, got, err, tc.want)
		}
	}
	got, err := db.PublicStories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[int64]bool{a.ID: true}, got); diff != "" {
		t.Errorf("PublicStories (-want +got):\n%s", diff)
	}
	if err := db.SetStoryPublic(ctx, a.ID, false); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.StoryPublic(ctx, a.ID); got {
		t.Errorf("StoryPublic after making it private = true")
	}
	if err := db.SetStoryPublic(ctx, 999, true); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("SetStoryPublic(999) = %v, want not found", err)
	}
	if _, err := db.StoryPublic(ctx, 999); timeline.ErrorCodeOf(err) != timeline.ENotFound {
		t.Errorf("StoryPublic(999) = %v, want not found", err)
	}
}
