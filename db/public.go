package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"storyline/timeline"
)

// SetStoryPublic makes a story readable by anybody (public true) or by the
// newsroom only.
func (db *DB) SetStoryPublic(ctx context.Context, storyID int64, public bool) error {
	_, err := db.UpdateStory(ctx, storyID, StoryUpdate{Public: &public})
	return err
}

// StoryPublic reports whether anybody may read a story.
func (db *DB) StoryPublic(ctx context.Context, storyID int64) (bool, error) {
	var public bool
	err := db.r.QueryRowContext(ctx, `SELECT public FROM stories WHERE id = ?`, storyID).Scan(&public)
	if errors.Is(err, sql.ErrNoRows) {
		return false, fmt.Errorf("read story: %w", notFound("story", storyID))
	}
	if err != nil {
		return false, fmt.Errorf("read story: %w", err)
	}
	return public, nil
}

// StoryAccess returns whether anybody may read a story and what readers
// outside the newsroom see of it.
func (db *DB) StoryAccess(ctx context.Context, storyID int64) (timeline.Access, error) {
	var (
		a    timeline.Access
		show string
	)
	err := db.r.QueryRowContext(ctx, `SELECT public, show FROM stories WHERE id = ?`, storyID).Scan(&a.Public, &show)
	if errors.Is(err, sql.ErrNoRows) {
		return timeline.Access{}, fmt.Errorf("read story: %w", notFound("story", storyID))
	}
	if err != nil {
		return timeline.Access{}, fmt.Errorf("read story: %w", err)
	}
	if a.Show, err = timeline.ParseShow(show); err != nil {
		return timeline.Access{}, fmt.Errorf("read story %d: %w", storyID, err)
	}
	return a, nil
}

// PublicStories returns the ids of the public stories.
func (db *DB) PublicStories(ctx context.Context) (map[int64]bool, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT id FROM stories WHERE public = 1`)
	if err != nil {
		return nil, fmt.Errorf("list public stories: %w", err)
	}
	defer rows.Close()
	ids := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("list public stories: %w", err)
		}
		ids[id] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list public stories: %w", err)
	}
	return ids, nil
}
