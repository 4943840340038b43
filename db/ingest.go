package db

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"storyline/timeline"
)

// Incremental ingest. Adding a document stores it and merges what the
// extraction made of it alone (its reports) into the story's events, in one
// short transaction: the extraction runs before, outside any transaction.
// Reports are stored with the keys the merge finds them by (reports,
// report_keys), so a new report is compared only with the events that have
// a report under its lookup keys, never with every event: the cost of an
// add does not grow with the story. Events keep their rows, keys,
// corrections, notes and merges.

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

// StoredReport is a report of the extraction as the store keeps it: its
// JSON and the keys the merge finds it by.
type StoredReport struct {
	Body []byte
	Keys []string
}

// FoundEvent is an existing event with its reports, as a merge needs it.
type FoundEvent struct {
	ID           int64
	Disagreement string
	Reports      [][]byte
}

// EventChange is an event a merge created (ID 0) or changed: the event as
// its reports now tell it, and the reports the merge added to it.
type EventChange struct {
	ID    int64
	Event timeline.Event
	Added []StoredReport
}

// Merge plans, inside the write, how a new document (stored, ID set)
// merges into the events found under its reports' lookup keys.
type Merge func(doc timeline.Document, found []FoundEvent) ([]EventChange, error)

// ErrReportsMissing is the error of an add to a story whose events were
// extracted before reports were stored: extract the story again first.
var ErrReportsMissing = timeline.Errorf(timeline.EConflict, "The story must be extracted again before documents are added one by one.")

// maxPerKey is how many of the latest reports under one key an add reads.
const maxPerKey = 64

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

// IngestDocument adds doc to the story doc.StoryID and merges it into the
// story's events: the events that have a report under one of the lookup
// keys (the latest maxPerKey per key) are read with their reports, merge
// says what changes, and the changes are written, corrections applied
// again to the events they touch. When the story already has the article
// (see Duplicate) nothing is written and the answer says so. It sets
// doc.ID and doc.Added.
func (db *DB) IngestDocument(ctx context.Context, doc *timeline.Document, lookup []string, merge Merge) (Addition, error) {
	if err := validDocument(doc); err != nil {
		return Addition{}, fmt.Errorf("add document: %w", err)
	}
	var add Addition
	err := db.write(ctx, "add document", func(tx *sql.Tx) error {
		// EXISTS stops at the first document; a COUNT(*) (LIMIT applies to
		// its one result row, not to what it counts) read them all.
		var ready, hasDocs bool
		err := tx.QueryRowContext(ctx, `SELECT reports_ready, EXISTS (SELECT 1 FROM documents WHERE story_id = s.id)
			FROM stories s WHERE id = ?`, doc.StoryID).Scan(&ready, &hasDocs)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("story", doc.StoryID)
		}
		if err != nil {
			return err
		}
		hash := timeline.TextHash(doc.Text)
		if old, ok, err := duplicate(ctx, tx, doc.StoryID, hash, doc.Text, doc.URL); err != nil {
			return err
		} else if ok {
			add = Addition{Document: old, Duplicate: true}
			return nil
		}
		if !ready {
			if hasDocs {
				return ErrReportsMissing
			}
			if _, err := tx.ExecContext(ctx, `UPDATE stories SET reports_ready = 1 WHERE id = ?`, doc.StoryID); err != nil {
				return err
			}
		}
		added := doc.Added
		if added.IsZero() {
			added = db.now().UTC()
		}
		res, err := tx.ExecContext(ctx, `
			INSERT INTO documents (story_id, title, outlet, url, text, published, published_source, anchoring, added, text_hash)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			doc.StoryID, doc.Title, doc.Outlet, doc.URL, doc.Text,
			formatDate(doc.Published), doc.PublishedSource, string(doc.Anchoring), formatTime(added), hash)
		if err != nil {
			return constraintError(err, "add document")
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		doc.ID, doc.Added = id, added
		add.Document = *doc
		add.Created, add.Joined, err = mergeDocument(ctx, tx, *doc, lookup, merge)
		if err != nil {
			return err
		}
		return db.reindexEvents(ctx, tx, doc.StoryID, append(append([]int64{}, add.Created...), add.Joined...))
	})
	if err != nil {
		doc.ID = 0
		return Addition{}, err
	}
	return add, nil
}

// mergeDocument finds the events under the lookup keys, runs merge and
// writes its changes.
func mergeDocument(ctx context.Context, tx *sql.Tx, doc timeline.Document, lookup []string, merge Merge) (created, joined []int64, err error) {
	found, err := findEvents(ctx, tx, doc.StoryID, lookup)
	if err != nil {
		return nil, nil, fmt.Errorf("find events to merge with: %w", err)
	}
	changes, err := merge(doc, found)
	if err != nil {
		return nil, nil, err
	}
	var position int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(position), -1) + 1 FROM events WHERE story_id = ?`,
		doc.StoryID).Scan(&position); err != nil {
		return nil, nil, err
	}
	prepared := &stmts{tx: tx}
	var touched []timeline.Event
	var keys []string
	seen := map[string]int{}
	for _, c := range changes {
		e := c.Event
		e.StoryID = doc.StoryID
		var key string
		if c.ID == 0 {
			key = EventKey(e)
			seen[key]++
			if n := seen[key]; n > 1 {
				key = fmt.Sprintf("%s/%d", key, n)
			}
			res, err := tx.ExecContext(ctx, `
				INSERT INTO events (story_id, key, position, title, trigger, text, disagreement)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, doc.StoryID, key, position, e.Title, e.Trigger, e.Text, e.Disagreement)
			if err != nil {
				return nil, nil, constraintError(err, "save event")
			}
			position++
			if e.ID, err = res.LastInsertId(); err != nil {
				return nil, nil, err
			}
			created = append(created, e.ID)
		} else {
			e.ID = c.ID
			if key, err = rewriteEvent(ctx, tx, e); err != nil {
				return nil, nil, err
			}
			joined = append(joined, e.ID)
		}
		if err := insertEventParts(ctx, prepared, &e); err != nil {
			return nil, nil, err
		}
		if err := insertReports(ctx, prepared, doc.StoryID, e.ID, doc.ID, c.Added); err != nil {
			return nil, nil, err
		}
		touched, keys = append(touched, e), append(keys, key)
	}
	if err := applyKeyCorrections(ctx, tx, doc.StoryID, touched, keys); err != nil {
		return nil, nil, fmt.Errorf("apply corrections: %w", err)
	}
	return created, joined, nil
}

// rewriteEvent writes the extracted fields of an existing event and drops
// its parts (the caller writes them again); it returns the event's key.
func rewriteEvent(ctx context.Context, tx *sql.Tx, e timeline.Event) (string, error) {
	var key string
	err := tx.QueryRowContext(ctx, `UPDATE events SET title = ?, trigger = ?, text = ?, disagreement = ?
		WHERE id = ? RETURNING key`, e.Title, e.Trigger, e.Text, e.Disagreement, e.ID).Scan(&key)
	if errors.Is(err, sql.ErrNoRows) {
		return "", notFound("event", e.ID)
	}
	if err != nil {
		return "", err
	}
	for _, q := range []string{
		`DELETE FROM event_dates WHERE event_id = ?`,
		`DELETE FROM event_sources WHERE event_id = ?`,
		`DELETE FROM event_places WHERE event_id = ?`,
		`DELETE FROM event_actors WHERE event_id = ?`,
	} {
		if _, err := tx.ExecContext(ctx, q, e.ID); err != nil {
			return "", err
		}
	}
	return key, nil
}

// insertReports stores the reports a document gave an event.
func insertReports(ctx context.Context, tx *stmts, storyID, eventID, docID int64, reports []StoredReport) error {
	for _, r := range reports {
		res, err := tx.ExecContext(ctx, `INSERT INTO reports (story_id, event_id, document_id, body) VALUES (?, ?, ?, ?)`,
			storyID, eventID, docID, string(r.Body))
		if err != nil {
			return constraintError(err, "save report")
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for _, k := range r.Keys {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO report_keys (story_id, key, report_id) VALUES (?, ?, ?)`,
				storyID, k, id); err != nil {
				return err
			}
		}
	}
	return nil
}

// findEvents returns the events of a story with a report under one of keys
// (the latest maxPerKey reports of each key), with all their reports, in id
// order.
func findEvents(ctx context.Context, tx *sql.Tx, storyID int64, keys []string) ([]FoundEvent, error) {
	ids := map[int64]bool{}
	if len(keys) > 0 {
		// One statement for all keys (a document has hundreds).
		st, err := tx.PrepareContext(ctx, `SELECT r.event_id FROM report_keys k JOIN reports r ON r.id = k.report_id
			WHERE k.story_id = ? AND k.key = ? ORDER BY k.report_id DESC LIMIT ?`)
		if err != nil {
			return nil, err
		}
		defer st.Close()
		for _, k := range keys {
			if err := eachStmtRow(ctx, st, []any{storyID, k, maxPerKey}, func(rows *sql.Rows) error {
				var id int64
				if err := rows.Scan(&id); err != nil {
					return err
				}
				ids[id] = true
				return nil
			}); err != nil {
				return nil, err
			}
		}
	}
	return loadFound(ctx, tx, ids)
}

// eachStmtRow runs a prepared query and calls fn for each row.
func eachStmtRow(ctx context.Context, st *sql.Stmt, args []any, fn func(*sql.Rows) error) error {
	rows, err := st.QueryContext(ctx, args...)
	return eachOf(rows, err, fn)
}

// loadFound reads the given events with their reports, in id order.
func loadFound(ctx context.Context, tx *sql.Tx, ids map[int64]bool) ([]FoundEvent, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, 0, len(ids))
	for id := range ids {
		args = append(args, id)
	}
	var found []FoundEvent
	index := map[int64]int{}
	if err := eachRow(ctx, tx, `SELECT id, disagreement FROM events WHERE id IN (`+placeholders(len(args))+`) ORDER BY id`,
		args, func(rows *sql.Rows) error {
			var f FoundEvent
			if err := rows.Scan(&f.ID, &f.Disagreement); err != nil {
				return err
			}
			index[f.ID] = len(found)
			found = append(found, f)
			return nil
		}); err != nil {
		return nil, err
	}
	if err := eachRow(ctx, tx, `SELECT event_id, body FROM reports WHERE event_id IN (`+placeholders(len(args))+`) ORDER BY id`,
		args, func(rows *sql.Rows) error {
			var (
				id   int64
				body string
			)
			if err := rows.Scan(&id, &body); err != nil {
				return err
			}
			if i, ok := index[id]; ok {
				found[i].Reports = append(found[i].Reports, []byte(body))
			}
			return nil
		}); err != nil {
		return nil, err
	}
	return found, nil
}

// applyKeyCorrections applies the corrections recorded under the keys of
// evs (just written, in the same order as keys) and attaches the notes
// and changes kept under those keys. Only those keys are read: a document
// that comes back after it was removed (or whose publication date changed)
// finds what people decided about its events.
func applyKeyCorrections(ctx context.Context, tx *sql.Tx, storyID int64, evs []timeline.Event, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	// Most stories being filled have no corrections, notes or history yet:
	// three look-ups spare five per event.
	var corrections, annotations, changes bool
	if err := tx.QueryRowContext(ctx, `SELECT
		EXISTS (SELECT 1 FROM event_corrections WHERE story_id = ?),
		EXISTS (SELECT 1 FROM annotations WHERE story_id = ?),
		EXISTS (SELECT 1 FROM event_changes WHERE story_id = ?)`, storyID, storyID, storyID).Scan(&corrections, &annotations, &changes); err != nil {
		return err
	}
	for i, k := range keys {
		if !corrections && !annotations && !changes {
			break
		}
		var rows []correctionRow
		if corrections {
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
		if corrections {
			if _, err := tx.ExecContext(ctx, `UPDATE events SET merged_into = ? WHERE story_id = ? AND key IN
			(SELECT event_key FROM event_corrections WHERE story_id = ? AND field = 'merged_into' AND value = ?)`,
				k, storyID, storyID, jsonString(k)); err != nil {
				return err
			}
		}
		for table, any := range map[string]bool{"annotations": annotations, "event_changes": changes} {
			if !any {
				continue
			}
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
	// lost the document's reports and were built again from the others.
	Deleted, Kept []int64
}

// RebuildEvent makes an event again from the reports it has left.
type RebuildEvent func(f FoundEvent) (timeline.Event, error)

// RemoveDocument deletes a document, its reports and sources, and the
// events no other document supports; the events it shared with other
// documents are built again from their other reports (rebuild), keeping
// their corrections, notes and merges. One transaction.
func (db *DB) RemoveDocument(ctx context.Context, docID int64, rebuild RebuildEvent) (Removal, error) {
	var rm Removal
	err := db.write(ctx, "remove document", func(tx *sql.Tx) error {
		var err error
		rm, err = detachDocument(ctx, tx, docID, true, rebuild)
		if err != nil {
			return err
		}
		return db.reindexEvents(ctx, tx, rm.StoryID, append(append([]int64{}, rm.Deleted...), rm.Kept...))
	})
	return rm, err
}

// detachDocument takes a document's reports and sources out of its story's
// events (and deletes the document when drop is set), deletes the events
// left with nothing and rebuilds the others.
func detachDocument(ctx context.Context, tx *sql.Tx, docID int64, drop bool, rebuild RebuildEvent) (Removal, error) {
	rm := Removal{}
	err := tx.QueryRowContext(ctx, `SELECT story_id FROM documents WHERE id = ?`, docID).Scan(&rm.StoryID)
	if errors.Is(err, sql.ErrNoRows) {
		return rm, notFound("document", docID)
	}
	if err != nil {
		return rm, err
	}
	touched := map[int64]bool{}
	for _, q := range []string{
		`SELECT DISTINCT event_id FROM event_sources WHERE document_id = ?`,
		`SELECT DISTINCT event_id FROM reports WHERE document_id = ?`,
	} {
		if err := eachRow(ctx, tx, q, []any{docID}, func(r *sql.Rows) error {
			var id int64
			if err := r.Scan(&id); err != nil {
				return err
			}
			touched[id] = true
			return nil
		}); err != nil {
			return rm, err
		}
	}
	if drop {
		if _, err := tx.ExecContext(ctx, `DELETE FROM documents WHERE id = ?`, docID); err != nil {
			return rm, err
		}
	} else {
		for _, q := range []string{
			`DELETE FROM reports WHERE document_id = ?`,
			`DELETE FROM event_sources WHERE document_id = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, docID); err != nil {
				return rm, err
			}
		}
	}
	found, err := loadFound(ctx, tx, touched)
	if err != nil {
		return rm, err
	}
	prepared := &stmts{tx: tx}
	var rebuilt []timeline.Event
	var keys []string
	for _, f := range found {
		if len(f.Reports) == 0 {
			res, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?
				AND NOT EXISTS (SELECT 1 FROM event_sources WHERE event_id = ?)`, f.ID, f.ID)
			if err != nil {
				return rm, err
			}
			if n, _ := res.RowsAffected(); n > 0 {
				rm.Deleted = append(rm.Deleted, f.ID)
				continue
			}
			rm.Kept = append(rm.Kept, f.ID) // an event of a story extracted before reports
			continue
		}
		rm.Kept = append(rm.Kept, f.ID)
		if rebuild == nil {
			continue
		}
		e, err := rebuild(f)
		if err != nil {
			return rm, err
		}
		e.ID, e.StoryID = f.ID, rm.StoryID
		key, err := rewriteEvent(ctx, tx, e)
		if err != nil {
			return rm, err
		}
		if err := insertEventParts(ctx, prepared, &e); err != nil {
			return rm, err
		}
		rebuilt, keys = append(rebuilt, e), append(keys, key)
	}
	if err := applyKeyCorrections(ctx, tx, rm.StoryID, rebuilt, keys); err != nil {
		return rm, fmt.Errorf("apply corrections: %w", err)
	}
	return rm, nil
}

// ReplaceDocumentReports extracts a document again in place (its
// publication date or its anchoring changed): its reports and sources leave
// the events (rebuilt, or deleted when nothing is left), its date and
// anchoring are set, and it is
// merged again as when it was added, all in one transaction. Events that
// keep their key (the same sentence of the same document) find their
// corrections again.
func (db *DB) ReplaceDocumentReports(ctx context.Context, doc timeline.Document, lookup []string, merge Merge, rebuild RebuildEvent) (Addition, error) {
	if err := validPublished(doc.Published); err != nil {
		return Addition{}, fmt.Errorf("extract document again: %w", err)
	}
	var add Addition
	err := db.write(ctx, "extract document again", func(tx *sql.Tx) error {
		var text string
		var ready int
		err := tx.QueryRowContext(ctx, `SELECT d.story_id, d.text, s.reports_ready FROM documents d JOIN stories s ON s.id = d.story_id
			WHERE d.id = ?`, doc.ID).Scan(&doc.StoryID, &text, &ready)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("document", doc.ID)
		}
		if err != nil {
			return err
		}
		if ready == 0 {
			return ErrReportsMissing
		}
		if text != doc.Text {
			return timeline.Errorf(timeline.EConflict, "The document changed while it was being read: try again.")
		}
		rm, err := detachDocument(ctx, tx, doc.ID, false, rebuild)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET published = ?, published_source = ?, anchoring = ? WHERE id = ?`,
			formatDate(doc.Published), doc.PublishedSource, string(doc.Anchoring), doc.ID); err != nil {
			return constraintError(err, "set publication date")
		}
		add.Document = doc
		if add.Created, add.Joined, err = mergeDocument(ctx, tx, doc, lookup, merge); err != nil {
			return err
		}
		ids := append(append(append([]int64{}, rm.Deleted...), rm.Kept...), add.Created...)
		return db.reindexEvents(ctx, tx, doc.StoryID, append(ids, add.Joined...))
	})
	return add, err
}

// DocumentsOf returns the documents of a story in the order they were
// added, read from one snapshot.
func (db *DB) DocumentsOf(ctx context.Context, storyID int64) ([]timeline.Document, error) {
	docs, err := documents(ctx, db.r, `story_id = ?`, storyID)
	if err != nil {
		return nil, fmt.Errorf("read documents: %w", err)
	}
	return docs, nil
}

// StoryActors returns the actors of a story's events with one of keys
// among their timeline.ActorKeys, each once, by name (with the least kind
// when events give a name two): the full names a new document's short
// names ("Xi") may stand for. It reads the names filed under the keys, not
// the story's actors, so its cost does not grow with the story.
func (db *DB) StoryActors(ctx context.Context, storyID int64, keys []string) ([]timeline.Actor, error) {
	var actors []timeline.Actor
	for chunk := range slices.Chunk(keys, 500) {
		// A name filed under a key is kept while an event of the story
		// still has it (the rows are not removed with the events).
		args := append(append([]any{storyID}, anys(chunk)...), storyID)
		if err := eachRow(ctx, db.r, `SELECT k.name, k.kind FROM (SELECT DISTINCT name, kind FROM actor_keys
			WHERE story_id = ? AND key IN (`+placeholders(len(chunk))+`)) k
			WHERE EXISTS (SELECT 1 FROM event_actors a JOIN events e ON e.id = a.event_id
				WHERE a.name = k.name AND a.kind = k.kind AND e.story_id = ?)`, args, func(r *sql.Rows) error {
			var a timeline.Actor
			if err := r.Scan(&a.Name, &a.Kind); err != nil {
				return err
			}
			actors = append(actors, a)
			return nil
		}); err != nil {
			return nil, fmt.Errorf("read story actors: %w", err)
		}
	}
	slices.SortFunc(actors, func(a, b timeline.Actor) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(a.Kind, b.Kind))
	})
	// Each name once, with its least kind.
	return slices.CompactFunc(actors, func(a, b timeline.Actor) bool { return a.Name == b.Name }), nil
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// fillActorKeys files the actors stored before migration 0009 under their
// keys, and again after migration 0012 under the keys timeline.ActorKeys
// gained then (rows already filed are kept).
func fillActorKeys(ctx context.Context, tx *sql.Tx) error {
	type row struct {
		story      int64
		name, kind string
	}
	var rows []row
	if err := eachRow(ctx, tx, `SELECT DISTINCT e.story_id, a.name, a.kind FROM event_actors a JOIN events e ON e.id = a.event_id`,
		nil, func(r *sql.Rows) error {
			var x row
			if err := r.Scan(&x.story, &x.name, &x.kind); err != nil {
				return err
			}
			rows = append(rows, x)
			return nil
		}); err != nil {
		return err
	}
	prepared := &stmts{tx: tx}
	for _, x := range rows {
		for _, k := range timeline.ActorKeys(x.name) {
			if _, err := prepared.ExecContext(ctx, `INSERT OR IGNORE INTO actor_keys (story_id, key, name, kind) VALUES (?, ?, ?, ?)`,
				x.story, k, x.name, x.kind); err != nil {
				return err
			}
		}
	}
	return nil
}

// ReplaceStoryEvents makes evs (extracted from docs, the story's documents
// as StoryDocuments read them) the events of the story, with reports[i]
// the reports of evs[i], as a full re-extraction does: events keep their
// ids where their key stays, and every correction is applied again. When
// the story's documents changed since docs were read it answers a conflict
// and writes nothing, so the caller extracts again.
func (db *DB) ReplaceStoryEvents(ctx context.Context, storyID int64, docs []timeline.Document, evs []timeline.Event, reports [][]StoredReport) error {
	if len(reports) != len(evs) {
		return fmt.Errorf("replace events: %d events but %d report lists", len(evs), len(reports))
	}
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
		if _, err := tx.ExecContext(ctx, `DELETE FROM reports WHERE story_id = ?`, storyID); err != nil {
			return err
		}
		prepared := &stmts{tx: tx}
		for i, e := range evs {
			for _, r := range reports[i] {
				var doc struct {
					Document int64 `json:"document"`
				}
				if err := json.Unmarshal(r.Body, &doc); err != nil {
					return fmt.Errorf("report of event %d: %w", e.ID, err)
				}
				if err := insertReports(ctx, prepared, storyID, e.ID, doc.Document, []StoredReport{r}); err != nil {
					return err
				}
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET reports_ready = 1 WHERE id = ?`, storyID); err != nil {
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
