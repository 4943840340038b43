package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"storyline/timeline"
)

// The tests set stories up as a whole-story extraction leaves them: a
// document is stored through the incremental path (IngestDocument, with no
// events of its own), then the story's events are replaced with what an
// extraction of all its documents gives (ReplaceStoryEvents), as
// ingest.Service.Reextract does. extraction stands for the extractor.

// extraction extracts the events of a story from all of its documents (in
// the order they were added, IDs set).
type extraction func(docs []timeline.Document) ([]timeline.Event, error)

// noEvents is the merge of a document that makes no events of its own.
func noEvents(timeline.Document, []FoundEvent) ([]EventChange, error) { return nil, nil }

// addDocument stores doc in its story, sets doc.ID and doc.Added, and
// extracts the story again with extract.
// A story whose events were made another way (an import) is extracted
// again first, as ingest.Service.AddDocument does.
func addDocument(ctx context.Context, db *DB, doc *timeline.Document, extract extraction) error {
	_, err := db.IngestDocument(ctx, doc, nil, noEvents)
	if errors.Is(err, ErrReportsMissing) {
		if err := extractAgain(ctx, db, doc.StoryID, extract); err != nil {
			return err
		}
		_, err = db.IngestDocument(ctx, doc, nil, noEvents)
	}
	if err != nil {
		return err
	}
	return extractAgain(ctx, db, doc.StoryID, extract)
}

// setPublished sets a document's publication date (the zero time clears
// it) and extracts its story again with extract.
func setPublished(ctx context.Context, db *DB, docID int64, published time.Time, source string, extract extraction) error {
	if err := validPublished(published); err != nil {
		return err
	}
	if published.IsZero() {
		source = timeline.PublishedUndefined
	}
	var storyID int64
	err := db.w.QueryRowContext(ctx, `UPDATE documents SET published = ?, published_source = ? WHERE id = ? RETURNING story_id`,
		formatDate(published), source, docID).Scan(&storyID)
	if errors.Is(err, sql.ErrNoRows) {
		return notFound("document", docID)
	}
	if err != nil {
		return err
	}
	return extractAgain(ctx, db, storyID, extract)
}

// deleteDocument removes a document and extracts its story again with
// extract.
func deleteDocument(ctx context.Context, db *DB, docID int64, extract extraction) error {
	rm, err := db.RemoveDocument(ctx, docID, nil)
	if err != nil {
		return err
	}
	return extractAgain(ctx, db, rm.StoryID, extract)
}

// extractAgain replaces the story's events with what extract makes of its
// documents, with no stored reports.
func extractAgain(ctx context.Context, db *DB, storyID int64, extract extraction) error {
	docs, err := db.DocumentsOf(ctx, storyID)
	if err != nil {
		return err
	}
	evs, err := extract(docs)
	if err != nil {
		return fmt.Errorf("extract events: %w", err)
	}
	return db.ReplaceStoryEvents(ctx, storyID, docs, evs, make([][]StoredReport, len(evs)))
}
