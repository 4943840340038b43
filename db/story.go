package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/timeline"
)

// maxTitle is the longest story title accepted, in bytes.
const maxTitle = 500

// StorySummary is a story as the list of stories shows it.
type StorySummary struct {
	ID        int64
	Title     string
	Created   time.Time
	Documents int
	Events    int
	// First and Last are the earliest lower and the latest upper date bound
	// (YYYY-MM-DD) of the story's dated events; "" when there are none.
	First string
	Last  string
}

// CreateStory adds an empty story.
func (db *DB) CreateStory(ctx context.Context, title string) (timeline.Story, error) {
	title, err := validTitle(title)
	if err != nil {
		return timeline.Story{}, err
	}
	s := timeline.Story{Title: title, Created: db.now().UTC()}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return timeline.Story{}, fmt.Errorf("create story: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `INSERT INTO stories (title, created) VALUES (?, ?)`, s.Title, formatTime(s.Created))
	if err != nil {
		return timeline.Story{}, fmt.Errorf("create story: %w", constraintError(err, "create story"))
	}
	if s.ID, err = res.LastInsertId(); err != nil {
		return timeline.Story{}, fmt.Errorf("create story: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return timeline.Story{}, fmt.Errorf("create story: %w", err)
	}
	return s, nil
}

// validTitle returns title without surrounding space, or an error saying
// why it cannot be a story's title.
func validTitle(title string) (string, error) {
	title = strings.TrimSpace(title)
	switch {
	case title == "":
		return "", timeline.Errorf(timeline.EInvalid, "A story needs a title.")
	case len(title) > maxTitle:
		return "", timeline.Errorf(timeline.EInvalid, "A story title can be at most %d bytes long.", maxTitle)
	case !utf8.ValidString(title):
		return "", timeline.Errorf(timeline.EInvalid, "The story title is not valid UTF-8.")
	}
	return title, nil
}

// ListStories returns a summary of every story, newest first.
func (db *DB) ListStories(ctx context.Context) ([]StorySummary, error) {
	rows, err := db.r.QueryContext(ctx, `
		SELECT s.id, s.title, s.created,
			(SELECT COUNT(*) FROM documents d WHERE d.story_id = s.id),
			(SELECT COUNT(*) FROM events e WHERE e.story_id = s.id),
			(SELECT MIN(ed.lower_bound) FROM events e
				JOIN event_dates ed ON ed.event_id = e.id AND ed.source_id IS NULL
				WHERE e.story_id = s.id),
			(SELECT MAX(ed.upper_bound) FROM events e
				JOIN event_dates ed ON ed.event_id = e.id AND ed.source_id IS NULL
				WHERE e.story_id = s.id)
		FROM stories s
		ORDER BY s.id DESC`)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	var list []StorySummary
	for rows.Next() {
		var (
			s           StorySummary
			created     string
			first, last sql.NullString
		)
		if err := rows.Scan(&s.ID, &s.Title, &created, &s.Documents, &s.Events, &first, &last); err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		if s.Created, err = parseTime(created); err != nil {
			return nil, fmt.Errorf("list stories: story %d: %w", s.ID, err)
		}
		s.First, s.Last = first.String, last.String
		list = append(list, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	return list, nil
}

// StoryCount returns the number of stories.
func (db *DB) StoryCount(ctx context.Context) (int, error) {
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM stories`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count stories: %w", err)
	}
	return n, nil
}

// Story returns a story with its documents (in the order they were added)
// and its events (by the lower bound of their date, open starts first and
// undated events last).
func (db *DB) Story(ctx context.Context, id int64) (timeline.Story, error) {
	// One read transaction, so documents and events come from one snapshot.
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return timeline.Story{}, fmt.Errorf("read story: %w", err)
	}
	defer tx.Rollback()
	s, err := story(ctx, tx, id)
	if err != nil {
		return timeline.Story{}, fmt.Errorf("read story: %w", err)
	}
	if s.Documents, err = documents(ctx, tx, `story_id = ?`, id); err != nil {
		return timeline.Story{}, fmt.Errorf("read story %d: %w", id, err)
	}
	if s.Events, err = events(ctx, tx, `e.story_id = ?`, id); err != nil {
		return timeline.Story{}, fmt.Errorf("read story %d: %w", id, err)
	}
	return s, nil
}

// StoryUpdate is a change to a story's title, whether it is public and
// what outsiders see of it; a nil field stays as it is.
type StoryUpdate struct {
	Title  *string
	Public *bool
	Show   *timeline.Show
}

// UpdateStory renames a story, makes it public or private and sets what
// outsiders see of it, in one transaction: when the title or the setting
// is not valid nothing changes. It returns the story as it is now, without
// its documents and events.
func (db *DB) UpdateStory(ctx context.Context, id int64, u StoryUpdate) (timeline.Story, error) {
	var title string
	if u.Title != nil {
		t, err := validTitle(*u.Title)
		if err != nil {
			return timeline.Story{}, fmt.Errorf("update story: %w", err)
		}
		title = t
	}
	if u.Show != nil {
		if _, err := timeline.ParseShow(string(*u.Show)); err != nil || *u.Show == "" {
			return timeline.Story{}, fmt.Errorf("update story: %w", timeline.Errorf(timeline.EInvalid, "show=%q: use %q or %q.", *u.Show, timeline.ShowAllButRejected, timeline.ShowPublished))
		}
	}
	var s timeline.Story
	err := db.write(ctx, "update story", func(tx *sql.Tx) error {
		var err error
		if s, err = story(ctx, tx, id); err != nil {
			return err
		}
		if u.Title != nil {
			if _, err := tx.ExecContext(ctx, `UPDATE stories SET title = ? WHERE id = ?`, title, id); err != nil {
				return constraintError(err, "update story")
			}
			s.Title = title
		}
		if u.Public != nil {
			if _, err := tx.ExecContext(ctx, `UPDATE stories SET public = ? WHERE id = ?`, *u.Public, id); err != nil {
				return err
			}
		}
		if u.Show != nil {
			if _, err := tx.ExecContext(ctx, `UPDATE stories SET show = ? WHERE id = ?`, string(*u.Show), id); err != nil {
				return constraintError(err, "update story")
			}
		}
		return nil
	})
	if err != nil {
		return timeline.Story{}, err
	}
	return s, nil
}

// DeleteStory deletes a story with its documents, events and annotations.
func (db *DB) DeleteStory(ctx context.Context, id int64) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("delete story: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete story: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("delete story: %w", err)
	}
	if n == 0 {
		return fmt.Errorf("delete story: %w", notFound("story", id))
	}
	if db.fts {
		if _, err := tx.ExecContext(ctx, `DELETE FROM event_search WHERE story_id = ?`, id); err != nil {
			return fmt.Errorf("delete story: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("delete story: %w", err)
	}
	return nil
}

// queryer is what reads need from a *sql.Tx or a *sql.DB.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// story reads the stories row of id.
func story(ctx context.Context, q queryer, id int64) (timeline.Story, error) {
	s := timeline.Story{ID: id}
	var created string
	err := q.QueryRowContext(ctx, `SELECT title, created FROM stories WHERE id = ?`, id).Scan(&s.Title, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return timeline.Story{}, notFound("story", id)
	}
	if err != nil {
		return timeline.Story{}, err
	}
	if s.Created, err = parseTime(created); err != nil {
		return timeline.Story{}, fmt.Errorf("story %d: %w", id, err)
	}
	return s, nil
}
