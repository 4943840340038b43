package db

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	"storyline/timeline"
	"storyline/timeline/temporal"
)

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
