package db

import (
	"context"
	"fmt"

	"storyline/timeline"
)

// ImportStory stores a whole story as it is, without extracting anything:
// a new story with s's title and creation time (now when zero), its
// documents and its events. The database assigns new ids; the sources of
// s's events point at s's documents by the ids s gives them, and are
// renumbered with them. It returns the story as stored.
func (db *DB) ImportStory(ctx context.Context, s timeline.Story) (timeline.Story, error) {
	title, err := validTitle(s.Title)
	if err != nil {
		return timeline.Story{}, fmt.Errorf("import story: %w", err)
	}
	created := s.Created
	if created.IsZero() {
		created = db.now()
	}
	renumber := make(map[int64]int64, len(s.Documents))
	for i := range s.Documents {
		d := &s.Documents[i]
		if err := validDocument(d); err != nil {
			return timeline.Story{}, fmt.Errorf("import story: document %d: %w", i+1, err)
		}
		if _, dup := renumber[d.ID]; dup {
			return timeline.Story{}, fmt.Errorf("import story: %w", timeline.Errorf(timeline.EInvalid, "Two documents have the id %d.", d.ID))
		}
		renumber[d.ID] = 0
	}

	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return timeline.Story{}, fmt.Errorf("import story: %w", err)
	}
	defer tx.Rollback()
	var storyID int64
	if err := tx.QueryRowContext(ctx, `INSERT INTO stories (title, created) VALUES (?, ?) RETURNING id`,
		title, formatTime(created)).Scan(&storyID); err != nil {
		return timeline.Story{}, fmt.Errorf("import story: %w", constraintError(err, "import story"))
	}
	docs := make([]timeline.Document, len(s.Documents))
	for i, d := range s.Documents {
		added := d.Added
		if added.IsZero() {
			added = db.now()
		}
		var id int64
		if err := tx.QueryRowContext(ctx, `
			INSERT INTO documents (story_id, title, outlet, url, text, published, published_source, added)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			storyID, d.Title, d.Outlet, d.URL, d.Text, formatDate(d.Published), d.PublishedSource, formatTime(added)).Scan(&id); err != nil {
			return timeline.Story{}, fmt.Errorf("import story: %w", constraintError(err, "import document"))
		}
		renumber[d.ID] = id
		docs[i] = d
		docs[i].ID, docs[i].StoryID = id, storyID
	}
	evs := make([]timeline.Event, len(s.Events))
	for i, e := range s.Events {
		e.Sources = append([]timeline.Source(nil), e.Sources...)
		for j := range e.Sources {
			id, ok := renumber[e.Sources[j].DocumentID]
			if !ok {
				return timeline.Story{}, fmt.Errorf("import story: %w", timeline.Errorf(timeline.EInvalid,
					"Event %d (%q) cites document %d, which the story does not have.", i+1, e.Title, e.Sources[j].DocumentID))
			}
			e.Sources[j].DocumentID = id
		}
		evs[i] = e
	}
	if err := replaceEvents(ctx, tx, storyID, docs, evs); err != nil {
		return timeline.Story{}, fmt.Errorf("import story: %w", err)
	}
	if err := db.reindex(ctx, tx, storyID); err != nil {
		return timeline.Story{}, fmt.Errorf("import story: %w", err)
	}
	out, err := story(ctx, tx, storyID)
	if err != nil {
		return timeline.Story{}, fmt.Errorf("import story: %w", err)
	}
	if out.Documents, err = documents(ctx, tx, `story_id = ?`, storyID); err != nil {
		return timeline.Story{}, fmt.Errorf("import story: %w", err)
	}
	if out.Events, err = events(ctx, tx, `e.story_id = ?`, storyID); err != nil {
		return timeline.Story{}, fmt.Errorf("import story: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return timeline.Story{}, fmt.Errorf("import story: %w", err)
	}
	return out, nil
}
