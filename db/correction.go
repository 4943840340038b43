package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/timeline"
)

// How corrections work. What a person decides about an event is stored in
// event_corrections under the event's key and the field (title, date,
// place, actors, state, hidden, and for merges merged/merged_into), as
// JSON. The events tables always show the result: an edit writes the
// correction and applies it at once, and every extraction that rewrites
// events (IngestDocument, RemoveDocument, ReplaceDocumentReports for the
// events they touch; ReplaceStoryEvents for the whole story) applies the
// corrections under their keys again in the same transaction. So a corrected
// field is never overwritten by extraction, and a new publication date
// moves only what nobody corrected. Each correction also keeps what the
// extraction last gave for its field (extracted), so reverting the first
// correction of a field brings the extraction back.
//
// Every change is recorded in event_changes with readable old and new
// values, the JSON needed to revert it, and whether the old value was
// itself a correction.

// correction fields stored in event_corrections beside the timeline.Field* ones.
const (
	fieldMerged     = "merged"      // on the event merged into: JSON list of the keys merged into it
	fieldMergedInto = "merged_into" // on the merged event: JSON key of the event it was merged into
)

// correctable are the fields an Edit corrects, in the order changes are recorded.
var correctable = []string{timeline.FieldTitle, timeline.FieldDate, timeline.FieldPlace, timeline.FieldActors, timeline.FieldState, timeline.FieldHidden}

// storedDate is a Date as JSON, with its span.
type storedDate struct {
	timeline.Date
	SpanStart int `json:"span_start"`
	SpanEnd   int `json:"span_end"`
}

type storedPlace struct {
	timeline.Place
	SpanStart int `json:"span_start"`
	SpanEnd   int `json:"span_end"`
}

type storedActor struct {
	timeline.Actor
	SpanStart int `json:"span_start"`
	SpanEnd   int `json:"span_end"`
}

// encodeField returns the JSON of field of e.
func encodeField(e timeline.ReviewedEvent, field string) (string, error) {
	var v any
	switch field {
	case timeline.FieldTitle:
		v = e.Title
	case timeline.FieldDate:
		v = storedDate{Date: e.Date, SpanStart: e.Date.Span.Start, SpanEnd: e.Date.Span.End}
	case timeline.FieldPlace:
		ps := make([]storedPlace, len(e.Places))
		for i, p := range e.Places {
			ps[i] = storedPlace{Place: p, SpanStart: p.Span.Start, SpanEnd: p.Span.End}
		}
		v = ps
	case timeline.FieldActors:
		as := make([]storedActor, len(e.Actors))
		for i, a := range e.Actors {
			as[i] = storedActor{Actor: a, SpanStart: a.Span.Start, SpanEnd: a.Span.End}
		}
		v = as
	case timeline.FieldState:
		v = e.State
	case timeline.FieldHidden:
		v = e.Hidden
	default:
		return "", fmt.Errorf("field %q cannot be encoded", field)
	}
	b, err := json.Marshal(v)
	return string(b), err
}

// decodeField reads the JSON of field into the matching part of e.
func decodeField(raw, field string, e *timeline.ReviewedEvent) error {
	var err error
	switch field {
	case timeline.FieldTitle:
		err = json.Unmarshal([]byte(raw), &e.Title)
	case timeline.FieldDate:
		var d storedDate
		if err = json.Unmarshal([]byte(raw), &d); err == nil {
			e.Date = d.Date
			e.Date.Span = timeline.Span{Start: d.SpanStart, End: d.SpanEnd}
		}
	case timeline.FieldPlace:
		var ps []storedPlace
		if err = json.Unmarshal([]byte(raw), &ps); err == nil {
			e.Places = make([]timeline.Place, len(ps))
			for i, p := range ps {
				e.Places[i] = p.Place
				e.Places[i].Span = timeline.Span{Start: p.SpanStart, End: p.SpanEnd}
			}
		}
	case timeline.FieldActors:
		var as []storedActor
		if err = json.Unmarshal([]byte(raw), &as); err == nil {
			e.Actors = make([]timeline.Actor, len(as))
			for i, a := range as {
				e.Actors[i] = a.Actor
				e.Actors[i].Span = timeline.Span{Start: a.SpanStart, End: a.SpanEnd}
			}
		}
	case timeline.FieldState:
		err = json.Unmarshal([]byte(raw), &e.State)
	case timeline.FieldHidden:
		err = json.Unmarshal([]byte(raw), &e.Hidden)
	default:
		err = fmt.Errorf("unknown field")
	}
	if err != nil {
		return fmt.Errorf("decode %s value: %w", field, err)
	}
	return nil
}

// applyField writes the value raw of field to event id.
func applyField(ctx context.Context, tx *sql.Tx, id int64, field, raw string) error {
	var e timeline.ReviewedEvent
	if err := decodeField(raw, field, &e); err != nil {
		return err
	}
	var err error
	switch field {
	case timeline.FieldTitle:
		_, err = tx.ExecContext(ctx, `UPDATE events SET title = ? WHERE id = ?`, e.Title, id)
	case timeline.FieldDate:
		if _, err = tx.ExecContext(ctx, `DELETE FROM event_dates WHERE event_id = ? AND source_id IS NULL`, id); err == nil {
			err = insertDate(ctx, tx, id, nil, e.Date)
		}
	case timeline.FieldPlace:
		if _, err = tx.ExecContext(ctx, `DELETE FROM event_places WHERE event_id = ?`, id); err == nil {
			err = insertPlaces(ctx, tx, id, e.Places)
		}
	case timeline.FieldActors:
		if _, err = tx.ExecContext(ctx, `DELETE FROM event_actors WHERE event_id = ?`, id); err == nil {
			err = insertActors(ctx, tx, id, e.Actors)
		}
	case timeline.FieldState:
		_, err = tx.ExecContext(ctx, `UPDATE events SET state = ? WHERE id = ?`, string(e.State), id)
	case timeline.FieldHidden:
		_, err = tx.ExecContext(ctx, `UPDATE events SET hidden = ? WHERE id = ?`, e.Hidden, id)
	}
	if err != nil {
		return fmt.Errorf("apply %s: %w", field, err)
	}
	return nil
}

// correctionRow is one row of event_corrections.
type correctionRow struct {
	key, field, value, extracted string
}

// applyCorrections applies the corrections of a story to its events, whose
// keys are keys (evs as just extracted, in the same order), after
// replaceEvents wrote them; it records what the extraction gave for each
// corrected field first.
func applyCorrections(ctx context.Context, tx *sql.Tx, storyID int64, evs []timeline.Event, keys []string) error {
	if _, err := tx.ExecContext(ctx, `UPDATE events SET state = 'new', hidden = 0, merged_into = '' WHERE story_id = ?`, storyID); err != nil {
		return err
	}
	var rows []correctionRow
	if err := eachRow(ctx, tx, `SELECT event_key, field, value, extracted FROM event_corrections WHERE story_id = ?
		ORDER BY event_key, field`, []any{storyID}, func(r *sql.Rows) error {
		var c correctionRow
		if err := r.Scan(&c.key, &c.field, &c.value, &c.extracted); err != nil {
			return err
		}
		rows = append(rows, c)
		return nil
	}); err != nil {
		return err
	}
	if len(rows) == 0 {
		return nil
	}
	byKey := make(map[string]*timeline.Event, len(evs))
	for i := range evs {
		byKey[keys[i]] = &evs[i]
	}
	for _, c := range rows {
		e, ok := byKey[c.key]
		if !ok {
			continue // the key may come back with a later extraction
		}
		switch c.field {
		case fieldMergedInto:
			var into string
			if err := json.Unmarshal([]byte(c.value), &into); err != nil {
				return fmt.Errorf("decode merge of %s: %w", c.key, err)
			}
			if _, ok := byKey[into]; ok {
				if _, err := tx.ExecContext(ctx, `UPDATE events SET merged_into = ? WHERE id = ?`, into, e.ID); err != nil {
					return err
				}
			}
			continue
		case fieldMerged:
			var from []string
			if err := json.Unmarshal([]byte(c.value), &from); err != nil {
				return fmt.Errorf("decode merges into %s: %w", c.key, err)
			}
			for _, k := range from {
				if src, ok := byKey[k]; ok {
					if err := borrowSources(ctx, tx, e.ID, src.ID, k); err != nil {
						return err
					}
				}
			}
			continue
		}
		extracted, err := encodeField(timeline.ReviewedEvent{Event: *e, State: timeline.StateNew}, c.field)
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
	return nil
}

// borrowSources copies the own sources of event fromID (with their dates)
// to event intoID, marked as borrowed from key fromKey.
func borrowSources(ctx context.Context, tx *sql.Tx, intoID, fromID int64, fromKey string) error {
	var ids []int64
	if err := eachRow(ctx, tx, `SELECT id FROM event_sources WHERE event_id = ? AND merged_from = '' ORDER BY position`,
		[]any{fromID}, func(r *sql.Rows) error {
			var id int64
			if err := r.Scan(&id); err != nil {
				return err
			}
			ids = append(ids, id)
			return nil
		}); err != nil {
		return err
	}
	for _, id := range ids {
		var newID int64
		if err := tx.QueryRowContext(ctx, `
			INSERT INTO event_sources (event_id, position, document_id, span_start, span_end, quote, trigger_start, trigger_end, also, statement, merged_from)
			SELECT ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM event_sources WHERE event_id = ?),
				document_id, span_start, span_end, quote, trigger_start, trigger_end, also, statement, ?
			FROM event_sources WHERE id = ? RETURNING id`, intoID, intoID, fromKey, id).Scan(&newID); err != nil {
			return fmt.Errorf("borrow source: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO event_dates (event_id, source_id, `+dateColumns+`)
			SELECT ?, ?, `+dateColumns+` FROM event_dates WHERE source_id = ?`, intoID, newID, id); err != nil {
			return fmt.Errorf("borrow source date: %w", err)
		}
	}
	return nil
}

// eventRef is the identity of an event inside a write.
type eventRef struct {
	id, storyID int64
	key         string
}

func refOf(ctx context.Context, tx *sql.Tx, id int64) (eventRef, error) {
	r := eventRef{id: id}
	err := tx.QueryRowContext(ctx, `SELECT story_id, key FROM events WHERE id = ?`, id).Scan(&r.storyID, &r.key)
	if errors.Is(err, sql.ErrNoRows) {
		return eventRef{}, notFound("event", id)
	}
	return r, err
}

// change is a history entry about to be written.
type change struct {
	field, old, new, oldValue, newValue, reason string
	oldCorrected                                bool
	reverts                                     int64
}

func (db *DB) record(ctx context.Context, tx *sql.Tx, r eventRef, by string, c change) (timeline.Change, error) {
	now := db.now().UTC()
	var reverts sql.NullInt64
	if c.reverts != 0 {
		reverts = sql.NullInt64{Int64: c.reverts, Valid: true}
	}
	out := timeline.Change{EventID: r.id, Key: r.key, Author: by, Time: now, Field: c.field, Old: c.old, New: c.new, Reason: c.reason, Reverts: c.reverts}
	err := tx.QueryRowContext(ctx, `
		INSERT INTO event_changes (story_id, event_key, event_id, author, changed, field, old, new, reason,
			old_value, new_value, old_corrected, reverts)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		r.storyID, r.key, r.id, by, formatTime(now), c.field, c.old, c.new, c.reason,
		c.oldValue, c.newValue, c.oldCorrected, reverts).Scan(&out.ID)
	if err != nil {
		return timeline.Change{}, fmt.Errorf("record change: %w", err)
	}
	return out, nil
}

// setCorrection stores value as the correction of field of the event r,
// keeping extracted as what the extraction gave when the field had no
// correction yet. It reports whether there was one.
func (db *DB) setCorrection(ctx context.Context, tx *sql.Tx, r eventRef, field, value, extracted, by string) (bool, error) {
	var had int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM event_corrections WHERE story_id = ? AND event_key = ? AND field = ?`,
		r.storyID, r.key, field).Scan(&had); err != nil {
		return false, err
	}
	_, err := tx.ExecContext(ctx, `
		INSERT INTO event_corrections (story_id, event_key, field, value, extracted, author, changed)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (story_id, event_key, field) DO UPDATE SET value = excluded.value, author = excluded.author,
			changed = excluded.changed`,
		r.storyID, r.key, field, value, extracted, by, formatTime(db.now()))
	if err != nil {
		return false, fmt.Errorf("save correction: %w", err)
	}
	return had > 0, nil
}

// validAuthor checks the name a change is recorded under.
func validAuthor(by string) error {
	if strings.TrimSpace(by) == "" || len(by) > timeline.MaxUserName*2 || !utf8.ValidString(by) {
		return timeline.Errorf(timeline.EInvalid, "A change needs the name of who made it.")
	}
	return nil
}

// EditEvent applies an edit by user by to event id in one transaction:
// each field that changes is corrected (see the comment at the top of this
// file) and recorded in the history. Fields set to the value they already
// have are not recorded. It returns the event as it is now.
func (db *DB) EditEvent(ctx context.Context, id int64, edit timeline.Edit, by string) (timeline.ReviewedEvent, error) {
	if err := validAuthor(by); err != nil {
		return timeline.ReviewedEvent{}, fmt.Errorf("edit event: %w", err)
	}
	if err := edit.CheckText(); err != nil {
		return timeline.ReviewedEvent{}, fmt.Errorf("edit event: %w", err)
	}
	if edit.State != nil {
		if _, err := timeline.ParseReviewState(string(*edit.State)); err != nil {
			return timeline.ReviewedEvent{}, fmt.Errorf("edit event: %w", err)
		}
	}
	if edit.Place != nil && edit.Place.GeonameID < 0 {
		return timeline.ReviewedEvent{}, fmt.Errorf("edit event: %w", timeline.Errorf(timeline.EInvalid, "A place needs a GeoNames id."))
	}
	var out timeline.ReviewedEvent
	err := db.write(ctx, "edit event", func(tx *sql.Tx) error {
		r, err := refOf(ctx, tx, id)
		if err != nil {
			return err
		}
		cur, err := reviewedEvent(ctx, tx, id)
		if err != nil {
			return err
		}
		want := cur
		if edit.Title != nil {
			want.Title = strings.TrimSpace(*edit.Title)
		}
		if edit.Date != nil {
			dct, err := firstSourcePublished(ctx, tx, id)
			if err != nil {
				return err
			}
			if want.Date, err = timeline.ParseCorrectedDate(*edit.Date, dct); err != nil {
				return err
			}
		}
		if edit.Place != nil {
			want.Places = nil
			if edit.Place.GeonameID != 0 {
				p := *edit.Place
				p.Mention, p.Span = "", timeline.Span{}
				want.Places = []timeline.Place{p}
			}
		}
		if edit.Actors != nil {
			want.Actors = nil
			for _, a := range *edit.Actors {
				want.Actors = append(want.Actors, timeline.Actor{Name: strings.TrimSpace(a.Name), Kind: strings.TrimSpace(a.Kind)})
			}
		}
		if edit.State != nil {
			want.State = *edit.State
		}
		if edit.Hidden != nil {
			want.Hidden = *edit.Hidden
		}
		for _, field := range correctable {
			oldRaw, err := encodeField(cur, field)
			if err != nil {
				return err
			}
			newRaw, err := encodeField(want, field)
			if err != nil {
				return err
			}
			if oldRaw == newRaw {
				continue
			}
			had, err := db.setCorrection(ctx, tx, r, field, newRaw, oldRaw, by)
			if err != nil {
				return err
			}
			if err := applyField(ctx, tx, id, field, newRaw); err != nil {
				return err
			}
			if _, err := db.record(ctx, tx, r, by, change{field: field, old: timeline.FieldText(cur, field), new: timeline.FieldText(want, field),
				oldValue: oldRaw, newValue: newRaw, oldCorrected: had, reason: edit.Reason}); err != nil {
				return err
			}
		}
		if err := db.reindex(ctx, tx, r.storyID); err != nil {
			return err
		}
		out, err = reviewedEvent(ctx, tx, id)
		return err
	})
	if err != nil {
		return timeline.ReviewedEvent{}, err
	}
	return out, nil
}

// firstSourcePublished is the publication date of the document of an
// event's first source, the anchor of relative dates typed for it.
func firstSourcePublished(ctx context.Context, tx *sql.Tx, id int64) (time.Time, error) {
	var published string
	err := tx.QueryRowContext(ctx, `
		SELECT d.published FROM event_sources s JOIN documents d ON d.id = s.document_id
		WHERE s.event_id = ? ORDER BY s.position LIMIT 1`, id).Scan(&published)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, err
	}
	return parseDate(published)
}

// History returns the changes recorded for an event's key, oldest first.
func (db *DB) History(ctx context.Context, eventID int64) ([]timeline.Change, error) {
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read history: %w", err)
	}
	defer tx.Rollback()
	var storyID int64
	var key string
	err = tx.QueryRowContext(ctx, `SELECT story_id, key FROM events WHERE id = ?`, eventID).Scan(&storyID, &key)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("read history: %w", notFound("event", eventID))
	}
	if err != nil {
		return nil, fmt.Errorf("read history: %w", err)
	}
	cs, err := changes(ctx, tx, `story_id = ? AND event_key = ?`, storyID, key)
	if err != nil {
		return nil, fmt.Errorf("read history: %w", err)
	}
	return cs, nil
}

// StoryHistory returns the history of every event of a story in one query,
// by event key (see EventKey), each oldest first: what History gives for
// each event, for pages and exports that show them all.
func (db *DB) StoryHistory(ctx context.Context, storyID int64) (map[string][]timeline.Change, error) {
	cs, err := changes(ctx, db.r, `story_id = ?`, storyID)
	if err != nil {
		return nil, fmt.Errorf("read history of story %d: %w", storyID, err)
	}
	byKey := make(map[string][]timeline.Change)
	for _, c := range cs {
		byKey[c.Key] = append(byKey[c.Key], c)
	}
	return byKey, nil
}

// Change returns one history entry.
func (db *DB) Change(ctx context.Context, id int64) (timeline.Change, error) {
	cs, err := changes(ctx, db.r, `id = ?`, id)
	if err != nil {
		return timeline.Change{}, fmt.Errorf("read change: %w", err)
	}
	if len(cs) == 0 {
		return timeline.Change{}, fmt.Errorf("read change: %w", notFound("change", id))
	}
	return cs[0], nil
}

func changes(ctx context.Context, q queryer, where string, args ...any) ([]timeline.Change, error) {
	var cs []timeline.Change
	err := eachRow(ctx, q, `
		SELECT id, COALESCE(event_id, 0), event_key, author, changed, field, old, new, reason, COALESCE(reverts, 0)
		FROM event_changes WHERE `+where+` ORDER BY id`, args, func(rows *sql.Rows) error {
		var (
			c       timeline.Change
			changed string
		)
		if err := rows.Scan(&c.ID, &c.EventID, &c.Key, &c.Author, &changed, &c.Field, &c.Old, &c.New, &c.Reason, &c.Reverts); err != nil {
			return err
		}
		var err error
		if c.Time, err = parseTime(changed); err != nil {
			return fmt.Errorf("change %d: %w", c.ID, err)
		}
		cs = append(cs, c)
		return nil
	})
	return cs, err
}

// Revert undoes change changeID, by user by, and records that as a change
// of its own (Reverts set). A correction goes back to its old value: the
// previous correction, or the extraction when there was none. A merge is
// split, a split merged again, a note removed (unless it has replies). It
// is a conflict when the event is gone or the field already has the old
// value.
func (db *DB) Revert(ctx context.Context, changeID int64, by string) (timeline.Change, error) {
	if err := validAuthor(by); err != nil {
		return timeline.Change{}, fmt.Errorf("revert change: %w", err)
	}
	var out timeline.Change
	err := db.write(ctx, "revert change", func(tx *sql.Tx) error {
		var (
			r                         eventRef
			eventID                   sql.NullInt64
			field, oldValue, newValue string
			oldCorrected              bool
		)
		err := tx.QueryRowContext(ctx, `SELECT story_id, event_key, event_id, field, old_value, new_value, old_corrected
			FROM event_changes WHERE id = ?`, changeID).Scan(&r.storyID, &r.key, &eventID, &field, &oldValue, &newValue, &oldCorrected)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("change", changeID)
		}
		if err != nil {
			return err
		}
		if !eventID.Valid {
			return timeline.Errorf(timeline.EConflict, "The event of change %d is no longer in the story.", changeID)
		}
		r.id = eventID.Int64
		reason := fmt.Sprintf("revert of change %d", changeID)
		switch field {
		case timeline.FieldNote:
			out, err = db.removeNote(ctx, tx, r, newValue, by, reason, changeID)
		case timeline.FieldMerge, timeline.FieldSplit:
			var other string
			raw := newValue
			if field == timeline.FieldSplit {
				raw = oldValue
			}
			if err := json.Unmarshal([]byte(raw), &other); err != nil {
				return fmt.Errorf("decode change %d: %w", changeID, err)
			}
			var fromID int64
			err = tx.QueryRowContext(ctx, `SELECT id FROM events WHERE story_id = ? AND key = ?`, r.storyID, other).Scan(&fromID)
			if errors.Is(err, sql.ErrNoRows) {
				return timeline.Errorf(timeline.EConflict, "The other event of change %d is no longer in the story.", changeID)
			}
			if err != nil {
				return err
			}
			if field == timeline.FieldMerge {
				out, err = db.split(ctx, tx, r.id, fromID, by, reason, changeID)
			} else {
				out, err = db.merge(ctx, tx, r.id, fromID, by, reason, changeID)
			}
		default:
			out, err = db.revertField(ctx, tx, r, field, oldValue, oldCorrected, by, reason, changeID)
		}
		if err != nil {
			return err
		}
		return db.reindex(ctx, tx, r.storyID)
	})
	if err != nil {
		return timeline.Change{}, err
	}
	return out, nil
}

// revertField puts back the old value of a corrected field.
func (db *DB) revertField(ctx context.Context, tx *sql.Tx, r eventRef, field, oldValue string, oldCorrected bool, by, reason string, changeID int64) (timeline.Change, error) {
	if !slices.Contains(correctable, field) {
		return timeline.Change{}, timeline.Errorf(timeline.EInvalid, "Change %d cannot be reverted.", changeID)
	}
	cur, err := reviewedEvent(ctx, tx, r.id)
	if err != nil {
		return timeline.Change{}, err
	}
	curRaw, err := encodeField(cur, field)
	if err != nil {
		return timeline.Change{}, err
	}
	var extracted string
	err = tx.QueryRowContext(ctx, `SELECT extracted FROM event_corrections WHERE story_id = ? AND event_key = ? AND field = ?`,
		r.storyID, r.key, field).Scan(&extracted)
	had := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return timeline.Change{}, err
	}
	restore := oldValue
	if oldCorrected {
		if _, err := db.setCorrection(ctx, tx, r, field, oldValue, curRaw, by); err != nil {
			return timeline.Change{}, err
		}
	} else {
		// The old value was the extraction's: drop the correction and show
		// what the extraction gives now.
		if !had {
			return timeline.Change{}, timeline.Errorf(timeline.EConflict, "The %s already is what the extraction gave.", field)
		}
		restore = extracted
		if _, err := tx.ExecContext(ctx, `DELETE FROM event_corrections WHERE story_id = ? AND event_key = ? AND field = ?`,
			r.storyID, r.key, field); err != nil {
			return timeline.Change{}, err
		}
	}
	if restore == curRaw && oldCorrected {
		return timeline.Change{}, timeline.Errorf(timeline.EConflict, "The %s already has the value change %d replaced.", field, changeID)
	}
	if err := applyField(ctx, tx, r.id, field, restore); err != nil {
		return timeline.Change{}, err
	}
	restored := cur
	if err := decodeField(restore, field, &restored); err != nil {
		return timeline.Change{}, err
	}
	return db.record(ctx, tx, r, by, change{field: field, old: timeline.FieldText(cur, field), new: timeline.FieldText(restored, field),
		oldValue: curRaw, newValue: restore, oldCorrected: had, reason: reason, reverts: changeID})
}

// MergeEvents merges event fromID into event intoID (of the same story):
// intoID then also cites all sources of fromID, and fromID is hidden as
// merged into it. The merge is a correction: it survives re-extraction.
// Events merged into others, or with events merged into them, cannot be
// merged again (split them first).
func (db *DB) MergeEvents(ctx context.Context, intoID, fromID int64, by, reason string) (timeline.Change, error) {
	if err := validAuthor(by); err != nil {
		return timeline.Change{}, fmt.Errorf("merge events: %w", err)
	}
	if err := (timeline.Edit{Reason: reason}).CheckText(); err != nil {
		return timeline.Change{}, fmt.Errorf("merge events: %w", err)
	}
	var out timeline.Change
	err := db.write(ctx, "merge events", func(tx *sql.Tx) error {
		var err error
		out, err = db.merge(ctx, tx, intoID, fromID, by, reason, 0)
		return err
	})
	if err != nil {
		return timeline.Change{}, err
	}
	return out, nil
}

// mergePair reads and checks the two events of a merge or split.
func mergePair(ctx context.Context, tx *sql.Tx, intoID, fromID int64) (into, from eventRef, err error) {
	if intoID == fromID {
		return eventRef{}, eventRef{}, timeline.Errorf(timeline.EInvalid, "An event cannot be merged with itself.")
	}
	if into, err = refOf(ctx, tx, intoID); err != nil {
		return eventRef{}, eventRef{}, err
	}
	if from, err = refOf(ctx, tx, fromID); err != nil {
		return eventRef{}, eventRef{}, err
	}
	if into.storyID != from.storyID {
		return eventRef{}, eventRef{}, timeline.Errorf(timeline.EInvalid, "Events %d and %d belong to different stories.", intoID, fromID)
	}
	return into, from, nil
}

// mergedKeys reads the keys merged into the event r.
func mergedKeys(ctx context.Context, tx *sql.Tx, r eventRef) ([]string, error) {
	var raw string
	err := tx.QueryRowContext(ctx, `SELECT value FROM event_corrections WHERE story_id = ? AND event_key = ? AND field = ?`,
		r.storyID, r.key, fieldMerged).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var keys []string
	if err := json.Unmarshal([]byte(raw), &keys); err != nil {
		return nil, fmt.Errorf("decode merges into %s: %w", r.key, err)
	}
	return keys, nil
}

// setMergedKeys stores the keys merged into r (none deletes the row).
func (db *DB) setMergedKeys(ctx context.Context, tx *sql.Tx, r eventRef, keys []string, by string) error {
	if len(keys) == 0 {
		_, err := tx.ExecContext(ctx, `DELETE FROM event_corrections WHERE story_id = ? AND event_key = ? AND field = ?`,
			r.storyID, r.key, fieldMerged)
		return err
	}
	b, err := json.Marshal(keys)
	if err != nil {
		return err
	}
	_, err = db.setCorrection(ctx, tx, r, fieldMerged, string(b), "", by)
	return err
}

func (db *DB) merge(ctx context.Context, tx *sql.Tx, intoID, fromID int64, by, reason string, reverts int64) (timeline.Change, error) {
	into, from, err := mergePair(ctx, tx, intoID, fromID)
	if err != nil {
		return timeline.Change{}, err
	}
	var intoMerged, fromMerged string
	if err := tx.QueryRowContext(ctx, `SELECT merged_into FROM events WHERE id = ?`, intoID).Scan(&intoMerged); err != nil {
		return timeline.Change{}, err
	}
	if err := tx.QueryRowContext(ctx, `SELECT merged_into FROM events WHERE id = ?`, fromID).Scan(&fromMerged); err != nil {
		return timeline.Change{}, err
	}
	fromKeys, err := mergedKeys(ctx, tx, from)
	if err != nil {
		return timeline.Change{}, err
	}
	if intoMerged != "" || fromMerged != "" || len(fromKeys) > 0 {
		return timeline.Change{}, timeline.Errorf(timeline.EConflict, "Event %d or %d is part of another merge; split it first.", intoID, fromID)
	}
	keys, err := mergedKeys(ctx, tx, into)
	if err != nil {
		return timeline.Change{}, err
	}
	if err := db.setMergedKeys(ctx, tx, into, append(keys, from.key), by); err != nil {
		return timeline.Change{}, err
	}
	intoKey, _ := json.Marshal(into.key)
	if _, err := db.setCorrection(ctx, tx, from, fieldMergedInto, string(intoKey), "", by); err != nil {
		return timeline.Change{}, err
	}
	if err := borrowSources(ctx, tx, intoID, fromID, from.key); err != nil {
		return timeline.Change{}, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE events SET merged_into = ? WHERE id = ?`, into.key, fromID); err != nil {
		return timeline.Change{}, err
	}
	fromKey, _ := json.Marshal(from.key)
	c, err := db.record(ctx, tx, into, by, change{field: timeline.FieldMerge, new: db.eventLabel(ctx, tx, fromID),
		newValue: string(fromKey), reason: reason, reverts: reverts})
	if err != nil {
		return timeline.Change{}, err
	}
	return c, db.reindex(ctx, tx, into.storyID)
}

// SplitEvent undoes the merge of event fromID into event intoID: intoID
// cites its own sources again and fromID shows again.
func (db *DB) SplitEvent(ctx context.Context, intoID, fromID int64, by, reason string) (timeline.Change, error) {
	if err := validAuthor(by); err != nil {
		return timeline.Change{}, fmt.Errorf("split event: %w", err)
	}
	if err := (timeline.Edit{Reason: reason}).CheckText(); err != nil {
		return timeline.Change{}, fmt.Errorf("split event: %w", err)
	}
	var out timeline.Change
	err := db.write(ctx, "split event", func(tx *sql.Tx) error {
		var err error
		out, err = db.split(ctx, tx, intoID, fromID, by, reason, 0)
		return err
	})
	if err != nil {
		return timeline.Change{}, err
	}
	return out, nil
}

func (db *DB) split(ctx context.Context, tx *sql.Tx, intoID, fromID int64, by, reason string, reverts int64) (timeline.Change, error) {
	into, from, err := mergePair(ctx, tx, intoID, fromID)
	if err != nil {
		return timeline.Change{}, err
	}
	keys, err := mergedKeys(ctx, tx, into)
	if err != nil {
		return timeline.Change{}, err
	}
	i := slices.Index(keys, from.key)
	if i < 0 {
		return timeline.Change{}, timeline.Errorf(timeline.EConflict, "Event %d is not merged into event %d.", fromID, intoID)
	}
	if err := db.setMergedKeys(ctx, tx, into, slices.Delete(keys, i, i+1), by); err != nil {
		return timeline.Change{}, err
	}
	for _, q := range []string{
		`DELETE FROM event_corrections WHERE story_id = ? AND event_key = ? AND field = '` + fieldMergedInto + `'`,
	} {
		if _, err := tx.ExecContext(ctx, q, from.storyID, from.key); err != nil {
			return timeline.Change{}, err
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM event_sources WHERE event_id = ? AND merged_from = ?`, intoID, from.key); err != nil {
		return timeline.Change{}, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE events SET merged_into = '' WHERE id = ?`, fromID); err != nil {
		return timeline.Change{}, err
	}
	fromKey, _ := json.Marshal(from.key)
	c, err := db.record(ctx, tx, into, by, change{field: timeline.FieldSplit, old: db.eventLabel(ctx, tx, fromID),
		oldValue: string(fromKey), reason: reason, reverts: reverts})
	if err != nil {
		return timeline.Change{}, err
	}
	return c, db.reindex(ctx, tx, into.storyID)
}

// eventLabel names an event in the history: its headline and id.
func (db *DB) eventLabel(ctx context.Context, tx *sql.Tx, id int64) string {
	var title string
	if err := tx.QueryRowContext(ctx, `SELECT title FROM events WHERE id = ?`, id).Scan(&title); err != nil || title == "" {
		return fmt.Sprintf("event %d", id)
	}
	return fmt.Sprintf("%s (event %d)", title, id)
}

// AddNote adds a note by author to an event; parent is the note it answers
// (of the same event), 0 to start a thread. It is recorded in the history.
func (db *DB) AddNote(ctx context.Context, eventID, parent int64, author, body string) (timeline.Note, error) {
	if err := validAuthor(author); err != nil {
		return timeline.Note{}, fmt.Errorf("add note: %w", err)
	}
	body = strings.TrimSpace(body)
	switch {
	case body == "":
		return timeline.Note{}, fmt.Errorf("add note: %w", timeline.Errorf(timeline.EInvalid, "A note cannot be empty."))
	case len(body) > timeline.MaxNote || !utf8.ValidString(body):
		return timeline.Note{}, fmt.Errorf("add note: %w", timeline.Errorf(timeline.EInvalid, "A note is at most %d bytes of UTF-8.", timeline.MaxNote))
	}
	n := timeline.Note{EventID: eventID, Parent: parent, Author: author, Body: body, Created: db.now().UTC()}
	err := db.write(ctx, "add note", func(tx *sql.Tx) error {
		r, err := refOf(ctx, tx, eventID)
		if err != nil {
			return err
		}
		var p sql.NullInt64
		if parent != 0 {
			var same int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM annotations WHERE id = ? AND kind = 'note' AND story_id = ? AND event_key = ?`,
				parent, r.storyID, r.key).Scan(&same); err != nil {
				return err
			}
			if same == 0 {
				return timeline.Errorf(timeline.EInvalid, "Note %d is not a note of this event.", parent)
			}
			p = sql.NullInt64{Int64: parent, Valid: true}
		}
		if err := tx.QueryRowContext(ctx, `
			INSERT INTO annotations (story_id, event_key, event_id, kind, body, author, created, parent_id)
			VALUES (?, ?, ?, 'note', ?, ?, ?, ?) RETURNING id`,
			r.storyID, r.key, eventID, body, author, formatTime(n.Created), p).Scan(&n.ID); err != nil {
			return err
		}
		id, _ := json.Marshal(n.ID)
		if _, err := db.record(ctx, tx, r, author, change{field: timeline.FieldNote, new: body, newValue: string(id)}); err != nil {
			return err
		}
		return db.reindex(ctx, tx, r.storyID)
	})
	if err != nil {
		return timeline.Note{}, err
	}
	return n, nil
}

// Notes returns the notes of an event (of its key) in the order they were
// written; replies name their parent.
func (db *DB) Notes(ctx context.Context, eventID int64) ([]timeline.Note, error) {
	var ns []timeline.Note
	err := eachRow(ctx, db.r, `
		SELECT a.id, a.event_id, COALESCE(a.parent_id, 0), a.author, a.body, a.created
		FROM annotations a JOIN events e ON e.story_id = a.story_id AND e.key = a.event_key
		WHERE e.id = ? AND a.kind = 'note' ORDER BY a.id`, []any{eventID}, func(rows *sql.Rows) error {
		var (
			n       timeline.Note
			created string
		)
		if err := rows.Scan(&n.ID, &n.EventID, &n.Parent, &n.Author, &n.Body, &created); err != nil {
			return err
		}
		var err error
		if n.Created, err = parseTime(created); err != nil {
			return fmt.Errorf("note %d: %w", n.ID, err)
		}
		ns = append(ns, n)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read notes: %w", err)
	}
	return ns, nil
}

// StoryNotes returns the notes of every event of a story in one query, by
// event key, each event's in the order they were written (as Notes).
func (db *DB) StoryNotes(ctx context.Context, storyID int64) (map[string][]timeline.Note, error) {
	byKey := make(map[string][]timeline.Note)
	err := eachRow(ctx, db.r, `
		SELECT a.id, a.event_id, COALESCE(a.parent_id, 0), a.author, a.body, a.created, a.event_key
		FROM annotations a
		WHERE a.story_id = ? AND a.kind = 'note' ORDER BY a.id`, []any{storyID}, func(rows *sql.Rows) error {
		var (
			n            timeline.Note
			created, key string
		)
		if err := rows.Scan(&n.ID, &n.EventID, &n.Parent, &n.Author, &n.Body, &created, &key); err != nil {
			return err
		}
		var err error
		if n.Created, err = parseTime(created); err != nil {
			return fmt.Errorf("note %d: %w", n.ID, err)
		}
		byKey[key] = append(byKey[key], n)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read notes of story %d: %w", storyID, err)
	}
	return byKey, nil
}

// removeNote undoes the note change that added note raw (its id as JSON).
func (db *DB) removeNote(ctx context.Context, tx *sql.Tx, r eventRef, raw, by, reason string, changeID int64) (timeline.Change, error) {
	if raw == "" {
		return timeline.Change{}, timeline.Errorf(timeline.EConflict, "Change %d removed a note; a removed note cannot be restored.", changeID)
	}
	var id int64
	if err := json.Unmarshal([]byte(raw), &id); err != nil {
		return timeline.Change{}, fmt.Errorf("decode change %d: %w", changeID, err)
	}
	var body string
	err := tx.QueryRowContext(ctx, `SELECT body FROM annotations WHERE id = ? AND kind = 'note'`, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return timeline.Change{}, timeline.Errorf(timeline.EConflict, "The note of change %d is already removed.", changeID)
	}
	if err != nil {
		return timeline.Change{}, err
	}
	var replies int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM annotations WHERE parent_id = ?`, id).Scan(&replies); err != nil {
		return timeline.Change{}, err
	}
	if replies > 0 {
		return timeline.Change{}, timeline.Errorf(timeline.EConflict, "The note of change %d has replies; it stays.", changeID)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM annotations WHERE id = ?`, id); err != nil {
		return timeline.Change{}, err
	}
	return db.record(ctx, tx, r, by, change{field: timeline.FieldNote, old: body, oldValue: raw, reason: reason, reverts: changeID})
}
