package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"storyline/timeline"
)

// Incremental ingest. Adding a document stores it and merges the events
// extracted from it alone (its reports) into the story's events, in one
// short transaction: the extraction runs before, outside any transaction.
// Each report is compared only with the story's events whose date lies
// near its own (found through the date index), never with every event, so
// the cost of an add does not grow with the story. Events keep their rows,
// corrections, notes and merges: a report that joins an event only adds
// its sources to it.

// Addition is what adding a document did.
type Addition struct {
	Document timeline.Document
	// Duplicate is set when the story already had the article (the same
	// text or the same URL): Document is then the stored one, and nothing
	// was written.
	Duplicate bool
	// Created and Joined are the ids of the events the document created
	// and of the existing events it added sources to.
	Created, Joined []int64
}

// Matcher picks, among the candidates (the story's events whose date lies
// near the report's), the event the report tells of too; it answers -1
// when there is none.
type Matcher func(report timeline.Event, candidates []timeline.Event) int

// matchWindow is how far, in days, the lower bound of a candidate's date
// may lie from the report's.
const matchWindow = 3

// Duplicate returns the story's document with the same text hash, or the
// same URL when url is not empty; ok is false when there is none. Documents
// stored before hashes existed are compared by their text.
func (db *DB) Duplicate(ctx context.Context, storyID int64, text, url string) (timeline.Document, bool, error) {
	doc, ok, err := duplicate(ctx, db.r, storyID, timeline.TextHash(text), text, url)
	if err != nil {
		return timeline.Document{}, false, fmt.Errorf("find duplicate: %w", err)
	}
	return doc, ok, nil
}

func duplicate(ctx context.Context, q queryer, storyID int64, hash, text, url string) (timeline.Document, bool, error) {
	// One indexed look-up each: an OR of them would read the story.
	lookups := []struct {
		where string
		args  []any
	}{
		{`story_id = ? AND text_hash = ?`, []any{storyID, hash}},
		{`story_id = ? AND url = ? AND url <> ''`, []any{storyID, url}},
		{`story_id = ? AND text_hash = '' AND text = ?`, []any{storyID, text}},
	}
	for _, l := range lookups {
		if l.args[1] == "" {
			continue
		}
		docs, err := documents(ctx, q, l.where, l.args...)
		if err != nil {
			return timeline.Document{}, false, err
		}
		if len(docs) > 0 {
			return docs[0], true, nil
		}
	}
	return timeline.Document{}, false, nil
}

// IngestDocument adds doc to the story doc.StoryID with reports, the events
// extracted from doc alone (their sources cite document 0 or doc.ID 0; they
// are set to the new id). Each report joins the event match picks among
// the story's events of nearby date, or becomes a new event. When the
// story already has the article (see Duplicate) nothing is written and the
// answer says so. It sets doc.ID and doc.Added.
func (db *DB) IngestDocument(ctx context.Context, doc *timeline.Document, reports []timeline.Event, match Matcher) (Addition, error) {
	if err := validDocument(doc); err != nil {
		return Addition{}, fmt.Errorf("add document: %w", err)
	}
	var add Addition
	err := db.write(ctx, "add document", func(tx *sql.Tx) error {
		if _, err := story(ctx, tx, doc.StoryID); err != nil {
			return err
		}
		hash := timeline.TextHash(doc.Text)
		if old, ok, err := duplicate(ctx, tx, doc.StoryID, hash, doc.Text, doc.URL); err != nil {
			return err
		} else if ok {
			add = Addition{Document: old, Duplicate: true}
			return nil
		}
		added := doc.Added
		if added.IsZero() {
			added = db.now().UTC()
		}
		res, err := tx.ExecContext(ctx, `
			INSERT INTO documents (story_id, title, outlet, url, text, published, published_source, added, text_hash)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			doc.StoryID, doc.Title, doc.Outlet, doc.URL, doc.Text,
			formatDate(doc.Published), doc.PublishedSource, formatTime(added), hash)
		if err != nil {
			return constraintError(err, "add document")
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		doc.ID, doc.Added = id, added
		add.Document = *doc
		add.Created, add.Joined, err = mergeReports(ctx, tx, *doc, reports, match)
		if err != nil {
			return err
		}
		return db.reindexEvents(ctx, tx, doc.StoryID, append(add.Created, add.Joined...))
	})
	if err != nil {
		doc.ID = 0
		return Addition{}, err
	}
	return add, nil
}

// mergeReports writes the reports of doc (stored, ID set) into its story.
func mergeReports(ctx context.Context, tx *sql.Tx, doc timeline.Document, reports []timeline.Event, match Matcher) (created, joined []int64, err error) {
	for i := range reports {
		for j := range reports[i].Sources {
			if s := &reports[i].Sources[j]; s.DocumentID == 0 {
				s.DocumentID = doc.ID
			}
		}
	}
	if err := validEvents([]timeline.Document{doc}, reports); err != nil {
		return nil, nil, err
	}
	var position int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(position), -1) + 1 FROM events WHERE story_id = ?`,
		doc.StoryID).Scan(&position); err != nil {
		return nil, nil, err
	}
	prepared := &stmts{tx: tx}
	keys := eventKeys(reports)
	var fresh []timeline.Event
	var freshKeys []string
	seen := map[int64]bool{}
	for i, r := range reports {
		var cands []timeline.Event
		if match != nil && r.Dated() && r.Date.Start != "" {
			if cands, err = candidates(ctx, tx, doc.StoryID, doc.ID, r.Date); err != nil {
				return nil, nil, fmt.Errorf("merge candidates: %w", err)
			}
		}
		if k := matchIndex(match, r, cands); k >= 0 {
			if err := joinEvent(ctx, tx, prepared, cands[k].ID, r.Sources); err != nil {
				return nil, nil, err
			}
			if !seen[cands[k].ID] {
				seen[cands[k].ID] = true
				joined = append(joined, cands[k].ID)
			}
			continue
		}
		e := &reports[i]
		e.StoryID = doc.StoryID
		res, err := tx.ExecContext(ctx, `
			INSERT INTO events (story_id, key, position, title, trigger, text, disagreement)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, doc.StoryID, keys[i], position, e.Title, e.Trigger, e.Text, e.Disagreement)
		if err != nil {
			return nil, nil, constraintError(err, "save event")
		}
		position++
		if e.ID, err = res.LastInsertId(); err != nil {
			return nil, nil, err
		}
		if err := insertEventParts(ctx, prepared, e); err != nil {
			return nil, nil, err
		}
		created = append(created, e.ID)
		fresh, freshKeys = append(fresh, *e), append(freshKeys, keys[i])
	}
	if err := applyKeyCorrections(ctx, tx, doc.StoryID, fresh, freshKeys); err != nil {
		return nil, nil, fmt.Errorf("apply corrections: %w", err)
	}
	return created, joined, nil
}

func matchIndex(match Matcher, r timeline.Event, cands []timeline.Event) int {
	if match == nil || len(cands) == 0 {
		return -1
	}
	k := match(r, cands)
	if k < 0 || k >= len(cands) {
		return -1
	}
	return k
}

// candidates returns the events of a story, other than those of document
// skip, whose own date begins within matchWindow days of d's. The range
// scan runs on the index of date bounds, so it reads the events of those
// days, not the story.
func candidates(ctx context.Context, tx *sql.Tx, storyID, skip int64, d timeline.Date) ([]timeline.Event, error) {
	lo, hi := d.Start, d.Start
	if t, err := time.Parse(dateLayout, d.Start); err == nil {
		lo, hi = t.AddDate(0, 0, -matchWindow).Format(dateLayout), t.AddDate(0, 0, matchWindow).Format(dateLayout)
	}
	// The range scan is on the bounds index (INDEXED BY: the planner
	// would rather walk the story's events, which grows with the story).
	var ids []any
	if err := eachRow(ctx, tx, `SELECT ed.event_id FROM event_dates ed INDEXED BY event_dates_bounds
		JOIN events ev ON ev.id = ed.event_id
		WHERE ed.lower_bound BETWEEN ? AND ? AND ed.source_id IS NULL AND ev.story_id = ?
			AND NOT EXISTS (SELECT 1 FROM event_sources es WHERE es.event_id = ev.id AND es.document_id = ?)`,
		[]any{lo, hi, storyID, skip}, func(r *sql.Rows) error {
			var id int64
			if err := r.Scan(&id); err != nil {
				return err
			}
			ids = append(ids, id)
			return nil
		}); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, nil
	}
	return events(ctx, tx, `e.id IN (`+placeholders(len(ids))+`)`, ids...)
}

// joinEvent adds sources (with their dates) to event id after its own.
func joinEvent(ctx context.Context, tx *sql.Tx, prepared *stmts, id int64, sources []timeline.Source) error {
	var next int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(position), -1) + 1 FROM event_sources WHERE event_id = ?`, id).Scan(&next); err != nil {
		return err
	}
	for _, s := range sources {
		res, err := prepared.ExecContext(ctx, `
			INSERT INTO event_sources (event_id, position, document_id, span_start, span_end, quote)
			VALUES (?, ?, ?, ?, ?, ?)`, id, next, s.DocumentID, s.Span.Start, s.Span.End, s.Quote)
		if err != nil {
			return constraintError(err, "save event source")
		}
		next++
		sid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		if err := insertDate(ctx, prepared, id, &sid, s.Date); err != nil {
			return err
		}
	}
	return nil
}

// applyKeyCorrections applies the corrections recorded under the keys of
// evs (just written, in the same order as keys) and attaches the notes
// and changes kept under those keys. Only those keys are read: a document
// that comes back after it was removed (or whose publication date changed)
// finds what people decided about its events.
func applyKeyCorrections(ctx context.Context, tx *sql.Tx, storyID int64, evs []timeline.Event, keys []string) error {
	for i, k := range keys {
		var rows []correctionRow
		if err := eachRow(ctx, tx, `SELECT event_key, field, value, extracted FROM event_corrections
			WHERE story_id = ? AND event_key = ? ORDER BY field`, []any{storyID, k}, func(r *sql.Rows) error {
			var c correctionRow
			if err := r.Scan(&c.key, &c.field, &c.value, &c.extracted); err != nil {
				return err
			}
			rows = append(rows, c)
			return nil
		}); err != nil {
			return err
		}
		e := evs[i]
		for _, c := range rows {
			switch c.field {
			case fieldMergedInto:
				var into string
				if err := json.Unmarshal([]byte(c.value), &into); err != nil {
					return fmt.Errorf("decode merge of %s: %w", c.key, err)
				}
				if _, err := tx.ExecContext(ctx, `UPDATE events SET merged_into = ? WHERE id = ?
					AND EXISTS (SELECT 1 FROM events WHERE story_id = ? AND key = ?)`, into, e.ID, storyID, into); err != nil {
					return err
				}
				continue
			case fieldMerged:
				var from []string
				if err := json.Unmarshal([]byte(c.value), &from); err != nil {
					return fmt.Errorf("decode merges into %s: %w", c.key, err)
				}
				for _, fk := range from {
					var fid int64
					err := tx.QueryRowContext(ctx, `SELECT id FROM events WHERE story_id = ? AND key = ?`, storyID, fk).Scan(&fid)
					if errors.Is(err, sql.ErrNoRows) {
						continue
					}
					if err != nil {
						return err
					}
					if err := borrowSources(ctx, tx, e.ID, fid, fk); err != nil {
						return err
					}
				}
				continue
			}
			extracted, err := encodeField(timeline.ReviewedEvent{Event: e, State: timeline.StateNew}, c.field)
			if err != nil {
				return err
			}
			if extracted != c.extracted {
				if _, err := tx.ExecContext(ctx, `UPDATE event_corrections SET extracted = ? WHERE story_id = ? AND event_key = ? AND field = ?`,
					extracted, storyID, c.key, c.field); err != nil {
					return err
				}
			}
			if err := applyField(ctx, tx, e.ID, c.field, c.value); err != nil {
				return err
			}
		}
		// An event merged into this one earlier, and still there, is
		// marked again.
		if _, err := tx.ExecContext(ctx, `UPDATE events SET merged_into = ? WHERE story_id = ? AND key IN
			(SELECT event_key FROM event_corrections WHERE story_id = ? AND field = 'merged_into' AND value = ?)`,
			k, storyID, storyID, jsonString(k)); err != nil {
			return err
		}
		for _, table := range []string{"annotations", "event_changes"} {
			if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET event_id = ? WHERE story_id = ? AND event_key = ?`,
				e.ID, storyID, k); err != nil {
				return err
			}
		}
	}
	return nil
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// Removal is what removing a document did.
type Removal struct {
	StoryID int64
	// Deleted are the events no other document supported; Kept those that
	// lost the document's sources and stay.
	Deleted, Kept []int64
}

// RemoveDocument deletes a document, its sources and the events that no
// other document supports, in one transaction. The story's other events,
// their corrections, notes and merges stay as they are.
func (db *DB) RemoveDocument(ctx context.Context, docID int64) (Removal, error) {
	var rm Removal
	err := db.write(ctx, "remove document", func(tx *sql.Tx) error {
		var err error
		rm, err = removeDocument(ctx, tx, docID)
		if err != nil {
			return err
		}
		return db.reindexEvents(ctx, tx, rm.StoryID, append(rm.Deleted, rm.Kept...))
	})
	return rm, err
}

func removeDocument(ctx context.Context, tx *sql.Tx, docID int64) (Removal, error) {
	rm := Removal{}
	var touched []int64
	if err := eachRow(ctx, tx, `SELECT DISTINCT event_id FROM event_sources WHERE document_id = ?`, []any{docID},
		func(r *sql.Rows) error {
			var id int64
			if err := r.Scan(&id); err != nil {
				return err
			}
			touched = append(touched, id)
			return nil
		}); err != nil {
		return rm, err
	}
	err := tx.QueryRowContext(ctx, `DELETE FROM documents WHERE id = ? RETURNING story_id`, docID).Scan(&rm.StoryID)
	if errors.Is(err, sql.ErrNoRows) {
		return rm, notFound("document", docID)
	}
	if err != nil {
		return rm, err
	}
	for _, id := range touched {
		res, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?
			AND NOT EXISTS (SELECT 1 FROM event_sources WHERE event_id = ?)`, id, id)
		if err != nil {
			return rm, err
		}
		if n, err := res.RowsAffected(); err != nil {
			return rm, err
		} else if n > 0 {
			rm.Deleted = append(rm.Deleted, id)
		} else {
			rm.Kept = append(rm.Kept, id)
		}
	}
	return rm, nil
}

// ReplaceDocumentReports extracts a document again in place: its sources
// and the events only it supported are removed, its publication date is
// set, and reports (extracted with that date) are merged as when it was
// added; all in one transaction. Events that keep their key (the same
// sentence of the same document) find their corrections again.
func (db *DB) ReplaceDocumentReports(ctx context.Context, doc timeline.Document, reports []timeline.Event, match Matcher) (Addition, error) {
	if err := validPublished(doc.Published); err != nil {
		return Addition{}, fmt.Errorf("extract document again: %w", err)
	}
	var add Addition
	err := db.write(ctx, "extract document again", func(tx *sql.Tx) error {
		var storyID int64
		var text string
		err := tx.QueryRowContext(ctx, `SELECT story_id, text FROM documents WHERE id = ?`, doc.ID).Scan(&storyID, &text)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("document", doc.ID)
		}
		if err != nil {
			return err
		}
		if text != doc.Text {
			return timeline.Errorf(timeline.EConflict, "The document changed while it was being read: try again.")
		}
		// The document's own sources go; the row stays (its id is in the keys).
		var touched []int64
		if err := eachRow(ctx, tx, `SELECT DISTINCT event_id FROM event_sources WHERE document_id = ?`, []any{doc.ID},
			func(r *sql.Rows) error {
				var id int64
				if err := r.Scan(&id); err != nil {
					return err
				}
				touched = append(touched, id)
				return nil
			}); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM event_sources WHERE document_id = ?`, doc.ID); err != nil {
			return err
		}
		for _, id := range touched {
			if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?
				AND NOT EXISTS (SELECT 1 FROM event_sources WHERE event_id = ?)`, id, id); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET published = ?, published_source = ? WHERE id = ?`,
			formatDate(doc.Published), doc.PublishedSource, doc.ID); err != nil {
			return constraintError(err, "set publication date")
		}
		doc.StoryID = storyID
		add.Document = doc
		if add.Created, add.Joined, err = mergeReports(ctx, tx, doc, reports, match); err != nil {
			return err
		}
		return db.reindexEvents(ctx, tx, storyID, append(append(touched, add.Created...), add.Joined...))
	})
	return add, err
}

// StoryDocuments returns the documents of a story in the order they were
// added, read from one snapshot.
func (db *DB) StoryDocuments(ctx context.Context, storyID int64) ([]timeline.Document, error) {
	docs, err := documents(ctx, db.r, `story_id = ?`, storyID)
	if err != nil {
		return nil, fmt.Errorf("read documents: %w", err)
	}
	return docs, nil
}

// ReplaceStoryEvents makes evs (extracted from docs, the story's documents
// as StoryDocuments read them) the events of the story, as a full
// re-extraction does: events keep their ids where their key stays, and
// every correction is applied again. When the story's documents changed
// since docs were read it answers a conflict and writes nothing, so the
// caller extracts again.
func (db *DB) ReplaceStoryEvents(ctx context.Context, storyID int64, docs []timeline.Document, evs []timeline.Event) error {
	return db.write(ctx, "replace events", func(tx *sql.Tx) error {
		now, err := documents(ctx, tx, `story_id = ?`, storyID)
		if err != nil {
			return err
		}
		if !sameDocuments(now, docs) {
			return timeline.Errorf(timeline.EConflict, "The story's documents changed during the extraction.")
		}
		if err := replaceEvents(ctx, tx, storyID, now, evs); err != nil {
			return err
		}
		return db.reindex(ctx, tx, storyID)
	})
}

func sameDocuments(a, b []timeline.Document) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID || !a[i].Published.Equal(b[i].Published) || len(a[i].Text) != len(b[i].Text) {
			return false
		}
	}
	return true
}

// EventsByID returns the events with the given ids, in date order.
func (db *DB) EventsByID(ctx context.Context, ids []int64) ([]timeline.Event, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	defer tx.Rollback()
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	evs, err := events(ctx, tx, `e.id IN (`+placeholders(len(ids))+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	return evs, nil
}

// DocumentsByID returns the documents with the given ids (repeats
// allowed), in id order.
func (db *DB) DocumentsByID(ctx context.Context, ids []int64) ([]timeline.Document, error) {
	seen := map[int64]bool{}
	var args []any
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			args = append(args, id)
		}
	}
	if len(args) == 0 {
		return nil, nil
	}
	docs, err := documents(ctx, db.r, `id IN (`+placeholders(len(args))+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("read documents: %w", err)
	}
	return docs, nil
}

func placeholders(n int) string {
	if n == 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}

// reindexEvents rewrites the search index of the given events of a story
// (those gone are dropped from it); without FTS5 it marks the story.
func (db *DB) reindexEvents(ctx context.Context, tx *sql.Tx, storyID int64, ids []int64) error {
	if !db.fts {
		_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO search_stale (story_id) SELECT id FROM stories WHERE id = ?`, storyID)
		return err
	}
	for _, id := range ids {
		if _, err := tx.ExecContext(ctx, `DELETE FROM event_search WHERE rowid = ?`, id); err != nil {
			return fmt.Errorf("index event %d for search: %w", id, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO event_search (rowid, title, quote, notes, story_id)
			SELECT e.id, e.title,
				COALESCE((SELECT group_concat(s.quote, ' ') FROM event_sources s WHERE s.event_id = e.id), ''),
				COALESCE((SELECT group_concat(a.body, ' ') FROM annotations a WHERE a.event_id = e.id AND a.kind = 'note'), ''),
				e.story_id
			FROM events e WHERE e.id = ?`, id); err != nil {
			return fmt.Errorf("index event %d for search: %w", id, err)
		}
	}
	return nil
}
