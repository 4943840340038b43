package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"storyline/timeline"
)

// StoryInfo is a story's own row: what a page needs to decide whether it
// may answer from a cache before it reads any event.
type StoryInfo struct {
	ID      int64
	Title   string
	Created time.Time
	Public  bool
	// Version counts the writes to the story: its documents, events and
	// their parts, corrections, history, notes, share links, title and
	// visibility (triggers in migration 0006 bump it). Two reads of one
	// version give the same story.
	Version int64
	// Updated is the time of the last write, to the microsecond; the
	// creation time for a story not written since.
	Updated time.Time
}

// StoryInfo returns the row of story id, with one indexed read.
func (db *DB) StoryInfo(ctx context.Context, id int64) (StoryInfo, error) {
	info, err := storyInfo(ctx, db.r, id)
	if err != nil {
		return StoryInfo{}, fmt.Errorf("read story: %w", err)
	}
	return info, nil
}

func storyInfo(ctx context.Context, q queryer, id int64) (StoryInfo, error) {
	s := StoryInfo{ID: id}
	var created, updated string
	err := q.QueryRowContext(ctx, `SELECT title, created, public, version, updated FROM stories WHERE id = ?`, id).
		Scan(&s.Title, &created, &s.Public, &s.Version, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return StoryInfo{}, notFound("story", id)
	}
	if err != nil {
		return StoryInfo{}, err
	}
	if s.Created, err = parseTime(created); err != nil {
		return StoryInfo{}, fmt.Errorf("story %d: %w", id, err)
	}
	s.Updated = s.Created
	if updated != "" {
		if s.Updated, err = parseTime(updated); err != nil {
			return StoryInfo{}, fmt.Errorf("story %d: %w", id, err)
		}
	}
	return s, nil
}

// StoryDocuments returns a story with its documents and without events,
// for a reader that reads the events with Events.
func (db *DB) StoryDocuments(ctx context.Context, id int64) (timeline.Story, error) {
	return db.storyHead(ctx, id, "text")
}

// StoryOutline returns a story with its documents, without their text,
// and without events: what a story page shows around its event list.
func (db *DB) StoryOutline(ctx context.Context, id int64) (timeline.Story, error) {
	return db.storyHead(ctx, id, "''")
}

func (db *DB) storyHead(ctx context.Context, id int64, text string) (timeline.Story, error) {
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return timeline.Story{}, fmt.Errorf("read story: %w", err)
	}
	defer tx.Rollback()
	s, err := story(ctx, tx, id)
	if err != nil {
		return timeline.Story{}, fmt.Errorf("read story: %w", err)
	}
	if s.Documents, err = documentRows(ctx, tx, text, `story_id = ?`, id); err != nil {
		return timeline.Story{}, fmt.Errorf("read story %d: %w", id, err)
	}
	return s, nil
}

// StoryPlaces returns the places a story's events name, each once, by name.
func (db *DB) StoryPlaces(ctx context.Context, storyID int64) ([]timeline.Place, error) {
	out, err := storyPlaces(ctx, db.r, storyID)
	if err != nil {
		return nil, fmt.Errorf("read places of story %d: %w", storyID, err)
	}
	return out, nil
}

func storyPlaces(ctx context.Context, q queryer, storyID int64) ([]timeline.Place, error) {
	var out []timeline.Place
	err := eachRow(ctx, q, `
		SELECT p.geonameid, p.name, p.lat, p.lon, p.country, p.precision FROM places p
		WHERE p.geonameid IN (SELECT ep.geonameid FROM events e JOIN event_places ep ON ep.event_id = e.id WHERE e.story_id = ?)
		ORDER BY p.name, p.geonameid`, []any{storyID}, func(rows *sql.Rows) error {
		var (
			p         timeline.Place
			precision string
		)
		if err := rows.Scan(&p.GeonameID, &p.Name, &p.Lat, &p.Lon, &p.Country, &precision); err != nil {
			return err
		}
		p.Precision = timeline.PlacePrecision(precision)
		out = append(out, p)
		return nil
	})
	return out, err
}
