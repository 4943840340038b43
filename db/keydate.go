package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"storyline/timeline"
	"storyline/timeline/keydate"
)

// KeyDateEdit is a change to one day of a story's key dates; nil fields stay.
type KeyDateEdit struct {
	Pin     *keydate.Pin
	Summary *string
	Reason  string
}

// KeyDateChange is one recorded change to a story's key dates.
type KeyDateChange struct {
	ID      int64
	StoryID int64
	Date    string
	Author  string
	Time    string // RFC 3339, UTC
	Field   string // pin or summary
	Old     string
	New     string
	Reason  string
}

// KeyDateChoices returns what journalists decided about the days of a
// story, by date.
func (db *DB) KeyDateChoices(ctx context.Context, storyID int64) (map[string]keydate.Choice, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT date, pin, summary FROM key_date_choices WHERE story_id = ?`, storyID)
	if err != nil {
		return nil, fmt.Errorf("read key date choices: %w", err)
	}
	defer rows.Close()
	out := map[string]keydate.Choice{}
	for rows.Next() {
		var c keydate.Choice
		var pin string
		if err := rows.Scan(&c.Date, &pin, &c.Summary); err != nil {
			return nil, fmt.Errorf("read key date choices: %w", err)
		}
		c.Pin = keydate.Pin(pin)
		out[c.Date] = c
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read key date choices: %w", err)
	}
	return out, nil
}

// EditKeyDate pins, unpins or summarizes one day of a story, recording each
// field that changes in the history, all in one transaction. An edit that
// changes nothing records nothing.
func (db *DB) EditKeyDate(ctx context.Context, storyID int64, date string, edit KeyDateEdit, by string) (keydate.Choice, error) {
	date, err := keydate.ValidDate(date)
	if err != nil {
		return keydate.Choice{}, fmt.Errorf("edit key date: %w", err)
	}
	if err := validAuthor(by); err != nil {
		return keydate.Choice{}, fmt.Errorf("edit key date: %w", err)
	}
	if edit.Pin == nil && edit.Summary == nil {
		return keydate.Choice{}, fmt.Errorf("edit key date: %w", timeline.Errorf(timeline.EInvalid, "Nothing to change: give a pin or a summary."))
	}
	if edit.Summary != nil {
		s, err := keydate.ValidSummary(*edit.Summary)
		if err != nil {
			return keydate.Choice{}, fmt.Errorf("edit key date: %w", err)
		}
		edit.Summary = &s
	}
	if len(edit.Reason) > 2000 {
		return keydate.Choice{}, fmt.Errorf("edit key date: %w", timeline.Errorf(timeline.EInvalid, "A reason can be at most 2000 bytes long."))
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return keydate.Choice{}, fmt.Errorf("edit key date: %w", err)
	}
	defer tx.Rollback()
	if _, err := story(ctx, tx, storyID); err != nil {
		return keydate.Choice{}, fmt.Errorf("edit key date: %w", err)
	}
	cur := keydate.Choice{Date: date}
	var pin string
	err = tx.QueryRowContext(ctx, `SELECT pin, summary FROM key_date_choices WHERE story_id = ? AND date = ?`, storyID, date).Scan(&pin, &cur.Summary)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return keydate.Choice{}, fmt.Errorf("edit key date: %w", err)
	}
	cur.Pin = keydate.Pin(pin)
	next := cur
	if edit.Pin != nil {
		next.Pin = *edit.Pin
	}
	if edit.Summary != nil {
		next.Summary = *edit.Summary
	}
	now := formatTime(db.now())
	record := func(field, old, new string) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO key_date_changes (story_id, date, author, changed, field, old, new, reason)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, storyID, date, by, now, field, old, new, edit.Reason)
		return err
	}
	if next.Pin != cur.Pin {
		if err := record("pin", pinLabel(cur.Pin), pinLabel(next.Pin)); err != nil {
			return keydate.Choice{}, fmt.Errorf("edit key date: %w", err)
		}
	}
	if next.Summary != cur.Summary {
		if err := record("summary", cur.Summary, next.Summary); err != nil {
			return keydate.Choice{}, fmt.Errorf("edit key date: %w", err)
		}
	}
	if next == cur {
		return cur, nil
	}
	if next.Pin == keydate.PinAuto && next.Summary == "" {
		_, err = tx.ExecContext(ctx, `DELETE FROM key_date_choices WHERE story_id = ? AND date = ?`, storyID, date)
	} else {
		_, err = tx.ExecContext(ctx, `INSERT INTO key_date_choices (story_id, date, pin, summary, author, changed)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (story_id, date) DO UPDATE SET pin = excluded.pin, summary = excluded.summary,
				author = excluded.author, changed = excluded.changed`,
			storyID, date, string(next.Pin), next.Summary, by, now)
	}
	if err != nil {
		return keydate.Choice{}, fmt.Errorf("edit key date: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return keydate.Choice{}, fmt.Errorf("edit key date: %w", err)
	}
	return next, nil
}

// pinLabel is how the history shows a pin.
func pinLabel(p keydate.Pin) string {
	if p == keydate.PinAuto {
		return "by score"
	}
	return string(p)
}

// KeyDateHistory returns the changes to a story's key dates, oldest first.
func (db *DB) KeyDateHistory(ctx context.Context, storyID int64) ([]KeyDateChange, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT id, story_id, date, author, changed, field, old, new, reason
		FROM key_date_changes WHERE story_id = ? ORDER BY id`, storyID)
	if err != nil {
		return nil, fmt.Errorf("read key date history: %w", err)
	}
	defer rows.Close()
	var out []KeyDateChange
	for rows.Next() {
		var c KeyDateChange
		if err := rows.Scan(&c.ID, &c.StoryID, &c.Date, &c.Author, &c.Time, &c.Field, &c.Old, &c.New, &c.Reason); err != nil {
			return nil, fmt.Errorf("read key date history: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read key date history: %w", err)
	}
	return out, nil
}
