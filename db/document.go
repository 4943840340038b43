package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"storyline/timeline"
	"storyline/timeline/temporal"
)

// Rebuild extracts the events of a story from all of its documents (in the
// order they were added, IDs set). AddDocument and SetPublished call it
// inside their transaction; when it fails nothing is written.
type Rebuild func(docs []timeline.Document) ([]timeline.Event, error)

// Document returns one document.
func (db *DB) Document(ctx context.Context, id int64) (timeline.Document, error) {
	docs, err := documents(ctx, db.r, `id = ?`, id)
	if err != nil {
		return timeline.Document{}, fmt.Errorf("read document: %w", err)
	}
	if len(docs) == 0 {
		return timeline.Document{}, fmt.Errorf("read document: %w", notFound("document", id))
	}
	return docs[0], nil
}

// AddDocument adds doc to the story doc.StoryID and, in the same
// transaction, replaces the story's events with what rebuild returns for
// all of the story's documents, the new one included. It sets doc.ID, and
// doc.Added when it is zero. When rebuild or anything else fails, nothing is
// written.
func (db *DB) AddDocument(ctx context.Context, doc *timeline.Document, rebuild func(docs []timeline.Document) ([]timeline.Event, error)) error {
	if err := validDocument(doc); err != nil {
		return fmt.Errorf("add document: %w", err)
	}
	if rebuild == nil {
		return fmt.Errorf("add document: no rebuild function")
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("add document: %w", err)
	}
	defer tx.Rollback()
	if _, err := story(ctx, tx, doc.StoryID); err != nil {
		return fmt.Errorf("add document: %w", err)
	}
	added := doc.Added
	if added.IsZero() {
		added = db.now().UTC()
	}
	res, err := tx.ExecContext(ctx, `
		INSERT INTO documents (story_id, title, outlet, url, text, published, published_source, anchoring, added)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		doc.StoryID, doc.Title, doc.Outlet, doc.URL, doc.Text,
		formatDate(doc.Published), doc.PublishedSource, string(doc.Anchoring), formatTime(added))
	if err != nil {
		return fmt.Errorf("add document: %w", constraintError(err, "add document"))
	}
	id, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("add document: %w", err)
	}
	if err := db.rebuild(ctx, tx, doc.StoryID, rebuild); err != nil {
		return fmt.Errorf("add document: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("add document: %w", err)
	}
	doc.ID, doc.Added = id, added
	return nil
}

// SetPublished sets the publication date of a document and where it came
// from (a zero published clears it), then replaces the story's events with
// what rebuild returns, all in one transaction.
func (db *DB) SetPublished(ctx context.Context, docID int64, published time.Time, source string, rebuild func(docs []timeline.Document) ([]timeline.Event, error)) error {
	if rebuild == nil {
		return fmt.Errorf("set publication date: no rebuild function")
	}
	if err := validPublished(published); err != nil {
		return fmt.Errorf("set publication date: %w", err)
	}
	if published.IsZero() {
		source = timeline.PublishedUndefined
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("set publication date: %w", err)
	}
	defer tx.Rollback()
	var storyID int64
	err = tx.QueryRowContext(ctx, `
		UPDATE documents SET published = ?, published_source = ? WHERE id = ?
		RETURNING story_id`, formatDate(published), source, docID).Scan(&storyID)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("set publication date: %w", notFound("document", docID))
	}
	if err != nil {
		return fmt.Errorf("set publication date: %w", constraintError(err, "set publication date"))
	}
	if err := db.rebuild(ctx, tx, storyID, rebuild); err != nil {
		return fmt.Errorf("set publication date: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("set publication date: %w", err)
	}
	return nil
}

// DeleteDocument removes a document from its story and replaces the story's
// events with what rebuild returns for the remaining documents, all in one
// transaction.
func (db *DB) DeleteDocument(ctx context.Context, docID int64, rebuild func(docs []timeline.Document) ([]timeline.Event, error)) error {
	if rebuild == nil {
		return fmt.Errorf("delete document: no rebuild function")
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("delete document: %w", err)
	}
	defer tx.Rollback()
	var storyID int64
	err = tx.QueryRowContext(ctx, `DELETE FROM documents WHERE id = ? RETURNING story_id`, docID).Scan(&storyID)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("delete document: %w", notFound("document", docID))
	}
	if err != nil {
		return fmt.Errorf("delete document: %w", err)
	}
	if err := db.rebuild(ctx, tx, storyID, rebuild); err != nil {
		return fmt.Errorf("delete document: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("delete document: %w", err)
	}
	return nil
}

// rebuild runs fn over the story's documents and replaces its events.
func (db *DB) rebuild(ctx context.Context, tx *sql.Tx, storyID int64, fn Rebuild) error {
	docs, err := documents(ctx, tx, `story_id = ?`, storyID)
	if err != nil {
		return err
	}
	evs, err := fn(docs)
	if err != nil {
		return fmt.Errorf("extract events: %w", err)
	}
	if err := replaceEvents(ctx, tx, storyID, docs, evs); err != nil {
		return err
	}
	// Events made this way have no stored reports: the story's next
	// incremental add extracts it again first (see IngestDocument).
	if _, err := tx.ExecContext(ctx, `DELETE FROM reports WHERE story_id = ?`, storyID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE stories SET reports_ready = 0 WHERE id = ?`, storyID); err != nil {
		return err
	}
	return db.reindex(ctx, tx, storyID)
}

// validDocument checks what the database cannot.
func validDocument(doc *timeline.Document) error {
	switch {
	case doc == nil:
		return timeline.Errorf(timeline.EInvalid, "No document given.")
	case doc.Text == "":
		return timeline.Errorf(timeline.EInvalid, "The document has no text.")
	case !utf8.ValidString(doc.Text) || !utf8.ValidString(doc.Title) || !utf8.ValidString(doc.Outlet) || !utf8.ValidString(doc.URL):
		return timeline.Errorf(timeline.EInvalid, "The document is not valid UTF-8.")
	}
	return validPublished(doc.Published)
}

// validPublished accepts the zero time and dates of years 1 to 9999.
func validPublished(t time.Time) error {
	if t.IsZero() {
		return nil
	}
	if y := t.Year(); y < 1 || y > 9999 {
		return timeline.Errorf(timeline.EInvalid, "The publication year %d is out of range.", y)
	}
	return nil
}

// documents reads the documents matching where (a condition on the
// documents table, with its arguments), in id order.
func documents(ctx context.Context, q queryer, where string, args ...any) ([]timeline.Document, error) {
	return documentRows(ctx, q, "text", where, args...)
}

// documentRows reads documents as documents does, with text the column (or
// expression, an empty string literal for none) that fills their Text.
func documentRows(ctx context.Context, q queryer, text, where string, args ...any) ([]timeline.Document, error) {
	rows, err := q.QueryContext(ctx, `
		SELECT id, story_id, title, outlet, url, `+text+`, published, published_source, anchoring, added
		FROM documents WHERE `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var docs []timeline.Document
	for rows.Next() {
		var (
			d                           timeline.Document
			published, anchoring, added string
		)
		if err := rows.Scan(&d.ID, &d.StoryID, &d.Title, &d.Outlet, &d.URL, &d.Text, &published, &d.PublishedSource, &anchoring, &added); err != nil {
			return nil, err
		}
		if d.Published, err = parseDate(published); err != nil {
			return nil, fmt.Errorf("document %d: %w", d.ID, err)
		}
		if d.Anchoring, err = temporal.ParseMode(anchoring); err != nil {
			return nil, fmt.Errorf("document %d: %w", d.ID, err)
		}
		if d.Added, err = parseTime(added); err != nil {
			return nil, fmt.Errorf("document %d: %w", d.ID, err)
		}
		docs = append(docs, d)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return docs, nil
}
