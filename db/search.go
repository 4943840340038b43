package db

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
)

// Full-text search over event headlines, quotes and notes uses SQLite's
// FTS5 when the driver was built with it (go build -tags sqlite_fts5) and
// falls back to LIKE otherwise, so a build without the tag still works on
// the same file. The index, event_search, holds one row per event (rowid =
// events.id) and is rewritten per story after each change; a program
// without FTS5 records the stories it changed in search_stale, and the next
// program with FTS5 re-indexes them when it opens the file.

// detectFTS reports whether the SQLite linked in has FTS5.
func detectFTS(ctx context.Context, q queryer) (bool, error) {
	var on bool
	if err := q.QueryRowContext(ctx, `SELECT sqlite_compileoption_used('ENABLE_FTS5')`).Scan(&on); err != nil {
		return false, err
	}
	return on, nil
}

// setupSearch creates the FTS5 index when missing and indexes the stories
// that need it. It runs after the migrations.
func (db *DB) setupSearch(ctx context.Context) error {
	on, err := detectFTS(ctx, db.w)
	if err != nil {
		return fmt.Errorf("detect FTS5: %w", err)
	}
	db.fts = on
	if !on {
		return nil
	}
	return db.write(ctx, "set up search index", func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE name = 'event_search'`).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			if _, err := tx.ExecContext(ctx, `CREATE VIRTUAL TABLE event_search USING fts5(
				title, quote, notes, story_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO search_stale (story_id) SELECT id FROM stories`); err != nil {
				return err
			}
		}
		var stale []int64
		if err := eachRow(ctx, tx, `SELECT story_id FROM search_stale`, nil, func(rows *sql.Rows) error {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return err
			}
			stale = append(stale, id)
			return nil
		}); err != nil {
			return err
		}
		for _, id := range stale {
			if err := db.reindex(ctx, tx, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// reindex rewrites the search index of a story's events (or, without
// FTS5, marks the story for the next program that has it).
func (db *DB) reindex(ctx context.Context, tx *sql.Tx, storyID int64) error {
	if !db.fts {
		_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO search_stale (story_id) SELECT id FROM stories WHERE id = ?`, storyID)
		return err
	}
	for _, q := range []string{
		`DELETE FROM event_search WHERE story_id = ?`,
		`INSERT INTO event_search (rowid, title, quote, notes, story_id)
		SELECT e.id, e.title,
			COALESCE((SELECT group_concat(s.quote, ' ') FROM event_sources s WHERE s.event_id = e.id), ''),
			COALESCE((SELECT group_concat(a.body, ' ') FROM annotations a WHERE a.event_id = e.id AND a.kind = 'note'), ''),
			e.story_id
		FROM events e WHERE e.story_id = ?`,
		`DELETE FROM search_stale WHERE story_id = ?`,
	} {
		if _, err := tx.ExecContext(ctx, q, storyID); err != nil {
			return fmt.Errorf("index story %d for search: %w", storyID, err)
		}
	}
	return nil
}

// searchWords splits search text into words: runs of letters and digits.
func searchWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// textCondition returns a condition on events e that holds when every word
// of text occurs in the headline, a quote or (when notes is set) a note,
// with its arguments.
// With FTS5 words match whole tokens (diacritics and case folded); without
// it they match as substrings.
func (db *DB) textCondition(text string, notes bool) (string, []any) {
	words := searchWords(text)
	if len(words) == 0 {
		return "", nil
	}
	if db.fts {
		// Each word quoted: a phrase of one token, so no FTS5 syntax gets through.
		q := make([]string, len(words))
		for i, w := range words {
			q[i] = `"` + w + `"`
		}
		match := strings.Join(q, " ")
		if !notes {
			match = "{title quote} : (" + match + ")"
		}
		return `e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH ?)`, []any{match}
	}
	var (
		conds []string
		args  []any
	)
	for _, w := range words {
		like := "%" + w + "%"
		cond := `(e.title LIKE ? ESCAPE '\'
			OR EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND s.quote LIKE ? ESCAPE '\')`
		args = append(args, like, like)
		if notes {
			cond += `
			OR EXISTS (SELECT 1 FROM annotations a WHERE a.event_id = e.id AND a.kind = 'note' AND a.body LIKE ? ESCAPE '\')`
			args = append(args, like)
		}
		conds = append(conds, cond+")")
	}
	return strings.Join(conds, " AND "), args
}
