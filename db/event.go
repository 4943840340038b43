package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"storyline/timeline"
)

// Event returns one event with its date, places, actors and sources.
func (db *DB) Event(ctx context.Context, id int64) (timeline.Event, error) {
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return timeline.Event{}, fmt.Errorf("read event: %w", err)
	}
	defer tx.Rollback()
	evs, err := events(ctx, tx, `e.id = ?`, id)
	if err != nil {
		return timeline.Event{}, fmt.Errorf("read event: %w", err)
	}
	if len(evs) == 0 {
		return timeline.Event{}, fmt.Errorf("read event: %w", notFound("event", id))
	}
	return evs[0], nil
}

// EventsBetween returns the events of a story whose date range overlaps
// from..to, both inclusive YYYY-MM-DD dates, "" leaving that side open. An
// event matches when its lower bound is at most to and its upper bound at
// least from, an open bound matching everything on its side; events with
// no bounds at all (undated, durations, PRESENT_REF) never match.
func (db *DB) EventsBetween(ctx context.Context, storyID int64, from, to string) ([]timeline.Event, error) {
	for _, d := range []string{from, to} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(dateLayout, d); err != nil {
			return nil, fmt.Errorf("events between: %w", timeline.Errorf(timeline.EInvalid, "%q is not a date (YYYY-MM-DD).", d))
		}
	}
	if from != "" && to != "" && from > to {
		return nil, fmt.Errorf("events between: %w", timeline.Errorf(timeline.EInvalid, "The range %s to %s ends before it starts.", from, to))
	}
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("events between: %w", err)
	}
	defer tx.Rollback()
	if _, err := story(ctx, tx, storyID); err != nil {
		return nil, fmt.Errorf("events between: %w", err)
	}
	evs, err := events(ctx, tx, `e.story_id = ?
		AND (d.lower_bound IS NOT NULL OR d.upper_bound IS NOT NULL)
		AND (d.lower_bound IS NULL OR ? = '' OR d.lower_bound <= ?)
		AND (d.upper_bound IS NULL OR ? = '' OR d.upper_bound >= ?)`, storyID, to, to, from, from)
	if err != nil {
		return nil, fmt.Errorf("events between: %w", err)
	}
	return evs, nil
}

// EventKey returns the key that identifies an event across re-extractions:
// the document and span of its first source. Events sharing a first source
// are told apart by their order (see replaceEvents).
func EventKey(e timeline.Event) string {
	if len(e.Sources) == 0 {
		return "none"
	}
	s := e.Sources[0]
	return fmt.Sprintf("d%d:%d-%d", s.DocumentID, s.Span.Start, s.Span.End)
}

// eventKeys returns the keys of evs, numbering repeats ("/2", "/3", ...).
func eventKeys(evs []timeline.Event) []string {
	keys := make([]string, len(evs))
	seen := map[string]int{}
	for i, e := range evs {
		k := EventKey(e)
		seen[k]++
		if n := seen[k]; n > 1 {
			k = fmt.Sprintf("%s/%d", k, n)
		}
		keys[i] = k
	}
	return keys
}

// validEvents checks that every source of evs points into one of docs and
// that every place has a gazetteer id.
func validEvents(docs []timeline.Document, evs []timeline.Event) error {
	text := make(map[int64]int, len(docs))
	for _, d := range docs {
		text[d.ID] = len(d.Text)
	}
	inside := func(s timeline.Span, n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }
	for i, e := range evs {
		for _, s := range e.Sources {
			n, ok := text[s.DocumentID]
			if !ok {
				return timeline.Errorf(timeline.EInvalid, "event %d (%q) cites document %d, which is not in the story", i, e.Title, s.DocumentID)
			}
			if !inside(s.Span, n) {
				return timeline.Errorf(timeline.EInvalid, "event %d (%q): source span %d-%d is outside document %d", i, e.Title, s.Span.Start, s.Span.End, s.DocumentID)
			}
		}
		for _, p := range e.Places {
			if p.GeonameID <= 0 {
				return timeline.Errorf(timeline.EInvalid, "event %d (%q): place %q has no GeoNames id", i, e.Title, p.Name)
			}
		}
	}
	return nil
}

// replaceEvents makes evs the events of the story. An event whose key the
// story already has keeps its id; events whose key is gone are deleted.
// Corrections are applied again (see correction.go), and annotations and
// changes are attached to the events that now have their key. It sets ID
// and StoryID of each element of evs. The caller re-indexes the story for
// search.
func replaceEvents(ctx context.Context, tx *sql.Tx, storyID int64, docs []timeline.Document, evs []timeline.Event) error {
	if err := validEvents(docs, evs); err != nil {
		return err
	}
	keys := eventKeys(evs)
	prepared := &stmts{tx: tx}

	old := map[string]int64{}
	rows, err := tx.QueryContext(ctx, `SELECT key, id FROM events WHERE story_id = ?`, storyID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			k  string
			id int64
		)
		if err := rows.Scan(&k, &id); err != nil {
			return err
		}
		old[k] = id
	}
	if err := rows.Err(); err != nil {
		return err
	}

	// Children are rewritten from scratch; event rows are kept where the key stays.
	for _, q := range []string{
		`DELETE FROM event_dates WHERE event_id IN (SELECT id FROM events WHERE story_id = ?)`,
		`DELETE FROM event_sources WHERE event_id IN (SELECT id FROM events WHERE story_id = ?)`,
		`DELETE FROM event_places WHERE event_id IN (SELECT id FROM events WHERE story_id = ?)`,
		`DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE story_id = ?)`,
	} {
		if _, err := tx.ExecContext(ctx, q, storyID); err != nil {
			return err
		}
	}
	keep := make(map[string]bool, len(keys))
	for _, k := range keys {
		keep[k] = true
	}
	for k, id := range old {
		if keep[k] {
			continue
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?`, id); err != nil {
			return err
		}
	}
	for i := range evs {
		e := &evs[i]
		e.StoryID = storyID
		if id, ok := old[keys[i]]; ok {
			e.ID = id
			_, err = tx.ExecContext(ctx, `
				UPDATE events SET position = ?, title = ?, trigger = ?, text = ?, disagreement = ?
				WHERE id = ?`, i, e.Title, e.Trigger, e.Text, e.Disagreement, id)
		} else {
			var res sql.Result
			res, err = tx.ExecContext(ctx, `
				INSERT INTO events (story_id, key, position, title, trigger, text, disagreement)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, storyID, keys[i], i, e.Title, e.Trigger, e.Text, e.Disagreement)
			if err == nil {
				e.ID, err = res.LastInsertId()
			}
		}
		if err != nil {
			return constraintError(err, "save event")
		}
		if err := insertEventParts(ctx, prepared, e); err != nil {
			return err
		}
	}
	if err := applyCorrections(ctx, tx, storyID, evs, keys); err != nil {
		return fmt.Errorf("apply corrections: %w", err)
	}
	for _, table := range []string{"annotations", "event_changes"} {
		if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET event_id =
			(SELECT id FROM events WHERE events.story_id = `+table+`.story_id AND events.key = `+table+`.event_key)
			WHERE story_id = ?`, storyID); err != nil {
			return err
		}
	}
	return nil
}

// insertEventParts writes the date, sources, places and actors of e, whose ID is set.
func insertEventParts(ctx context.Context, tx execer, e *timeline.Event) error {
	if err := insertDate(ctx, tx, e.ID, nil, e.Date); err != nil {
		return err
	}
	for i, s := range e.Sources {
		also, err := encodeSpans(s.Also)
		if err != nil {
			return err
		}
		statement, err := encodeStatement(s.Statement)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `
			INSERT INTO event_sources (event_id, position, document_id, span_start, span_end, quote, trigger_start, trigger_end, also, statement)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.ID, i, s.DocumentID, s.Span.Start, s.Span.End, s.Quote, s.Trigger.Start, s.Trigger.End, also, statement)
		if err != nil {
			return constraintError(err, "save event source")
		}
		sid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		if err := insertDate(ctx, tx, e.ID, &sid, s.Date); err != nil {
			return err
		}
	}
	if err := insertPlaces(ctx, tx, e.ID, e.Places); err != nil {
		return err
	}
	return insertActors(ctx, tx, e.ID, e.Actors)
}

// execer is what writes need from a *sql.Tx or a *stmts.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// insertPlaces writes the places of event eventID, which has none yet.
func insertPlaces(ctx context.Context, tx execer, eventID int64, places []timeline.Place) error {
	for i, p := range places {
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO places (geonameid, name, lat, lon, country, precision) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (geonameid) DO UPDATE SET name = excluded.name, lat = excluded.lat, lon = excluded.lon,
				country = excluded.country, precision = excluded.precision`,
			p.GeonameID, p.Name, p.Lat, p.Lon, p.Country, string(p.Precision)); err != nil {
			return constraintError(err, "save place")
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO event_places (event_id, position, geonameid, mention, span_start, span_end)
			VALUES (?, ?, ?, ?, ?, ?)`, eventID, i, p.GeonameID, p.Mention, p.Span.Start, p.Span.End); err != nil {
			return constraintError(err, "save event place")
		}
	}
	return nil
}

// insertActors writes the actors of event eventID, which has none yet.
func insertActors(ctx context.Context, tx execer, eventID int64, actors []timeline.Actor) error {
	for i, a := range actors {
		if _, err := tx.ExecContext(ctx, `INSERT INTO event_actors (event_id, position, name, kind) VALUES (?, ?, ?, ?)`,
			eventID, i, a.Name, a.Kind); err != nil {
			return constraintError(err, "save event actor")
		}
		for _, k := range timeline.ActorKeys(a.Name) {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO actor_keys (story_id, key, name, kind)
				SELECT story_id, ?, ?, ? FROM events WHERE id = ?`, k, a.Name, a.Kind, eventID); err != nil {
				return constraintError(err, "save event actor")
			}
		}
	}
	return nil
}

// insertDate writes d as the date of event eventID, or of its source
// sourceID when that is not nil. The zero Date is not written.
func insertDate(ctx context.Context, tx execer, eventID int64, sourceID *int64, d timeline.Date) error {
	if d == (timeline.Date{}) {
		return nil
	}
	_, err := tx.ExecContext(ctx, `
		INSERT INTO event_dates (event_id, source_id, value, type, mod, precision, lower_bound, upper_bound,
			edtf, expression, span_start, span_end, explanation, rule, anchor, tense)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		eventID, sourceID, d.Value, d.Type, d.Mod, string(d.Precision), nullString(d.Start), nullString(d.End),
		d.EDTF, d.Expression, d.Span.Start, d.Span.End, d.Explanation, d.Rule, d.Anchor, d.Tense)
	if err != nil {
		return constraintError(err, fmt.Sprintf("save date %q", d.Value))
	}
	return nil
}

// dateColumns are the columns of event_dates that scanDate reads, in order.
const dateColumns = `value, type, mod, precision, lower_bound, upper_bound, edtf, expression,
	span_start, span_end, explanation, rule, anchor, tense`

// nullDate receives the columns of an event_dates row that may be missing
// (LEFT JOIN).
type nullDate struct {
	value, typ, mod, precision, lower, upper, edtf, expression sql.NullString
	start, end                                                 sql.NullInt64
	explanation, rule, anchor, tense                           sql.NullString
}

func (n *nullDate) dest() []any {
	return []any{&n.value, &n.typ, &n.mod, &n.precision, &n.lower, &n.upper, &n.edtf, &n.expression,
		&n.start, &n.end, &n.explanation, &n.rule, &n.anchor, &n.tense}
}

func (n *nullDate) date() timeline.Date {
	return timeline.Date{
		Value:       n.value.String,
		Type:        n.typ.String,
		Mod:         n.mod.String,
		Precision:   timeline.Precision(n.precision.String),
		Start:       n.lower.String,
		End:         n.upper.String,
		EDTF:        n.edtf.String,
		Expression:  n.expression.String,
		Span:        timeline.Span{Start: int(n.start.Int64), End: int(n.end.Int64)},
		Explanation: n.explanation.String,
		Rule:        n.rule.String,
		Anchor:      n.anchor.String,
		Tense:       n.tense.String,
	}
}

// events reads the events matching where (a condition on events e, with its
// arguments) in date order, with their parts.
func events(ctx context.Context, q queryer, where string, args ...any) ([]timeline.Event, error) {
	evs, _, err := readEvents(ctx, q, where, args, false)
	return evs, err
}

// reviewColumns are the review columns readEvents reads along with each
// event when asked: its key, state, hidden flag, the event it was merged
// into and its count of notes.
const reviewColumns = `e.key, e.state, e.hidden, COALESCE(m.id, 0),
	(SELECT COUNT(*) FROM annotations a WHERE a.event_id = e.id AND a.kind = 'note')`

// reviewRow receives the review columns of one event.
type reviewRow struct {
	key, state string
	hidden     bool
	mergedInto int64
	notes      int
}

// readEvents reads the events matching where in date order with their
// parts, in four queries whatever their number: the events (with their
// review columns when review is set, one reviewRow per event), then each
// table of parts, ordered by event id and given to the events by walking
// them in id order.
func readEvents(ctx context.Context, q queryer, where string, args []any, review bool) ([]timeline.Event, []reviewRow, error) {
	cols, join := "", ""
	if review {
		cols = ", " + reviewColumns
		join = "LEFT JOIN events m ON e.merged_into <> '' AND m.story_id = e.story_id AND m.key = e.merged_into"
	}
	rows, err := q.QueryContext(ctx, `
		SELECT e.id, e.story_id, e.title, e.trigger, e.text, e.disagreement, `+prefix("d.", dateColumns)+cols+`
		FROM events e
		LEFT JOIN event_dates d ON d.event_id = e.id AND d.source_id IS NULL
		`+join+`
		WHERE `+where+`
		ORDER BY (d.lower_bound IS NULL AND d.upper_bound IS NULL), d.lower_bound NULLS FIRST,
			d.upper_bound NULLS LAST, e.position, e.id`, args...)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var (
		evs     []timeline.Event
		reviews []reviewRow
		e       timeline.Event
		r       reviewRow
		d       nullDate
	)
	// One set of destinations serves every row; each row is copied out.
	dest := append([]any{&e.ID, &e.StoryID, &e.Title, &e.Trigger, &e.Text, &e.Disagreement}, d.dest()...)
	if review {
		dest = append(dest, &r.key, &r.state, &r.hidden, &r.mergedInto, &r.notes)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, nil, err
		}
		e.Date = d.date()
		evs = append(evs, e)
		if review {
			reviews = append(reviews, r)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	rows.Close()
	if len(evs) == 0 {
		return nil, nil, nil
	}
	// byID lists the events' positions in id order: the parts come in that
	// order, and are matched to their events by walking it.
	byID := make([]int32, len(evs))
	for i := range byID {
		byID[i] = int32(i)
	}
	sort.Slice(byID, func(a, b int) bool { return evs[byID[a]].ID < evs[byID[b]].ID })
	walk := func() func(id int64) *timeline.Event {
		at := 0
		return func(id int64) *timeline.Event {
			for at < len(byID) && evs[byID[at]].ID < id {
				at++
			}
			if at == len(byID) || evs[byID[at]].ID != id {
				return nil // a part of an event the filter left out
			}
			return &evs[byID[at]]
		}
	}
	// The parts are read for the same condition rather than for a list of
	// ids, so a story with many events needs no long IN list.
	ids := `SELECT e.id FROM events e LEFT JOIN event_dates d ON d.event_id = e.id AND d.source_id IS NULL WHERE ` + where
	var (
		id              int64
		s               timeline.Source
		also, statement string
	)
	event := walk()
	dest = append([]any{&id, &s.DocumentID, &s.Span.Start, &s.Span.End, &s.Quote, &s.Trigger.Start, &s.Trigger.End, &also, &statement}, d.dest()...)
	if err := eachRow(ctx, q, `
		SELECT s.event_id, s.document_id, s.span_start, s.span_end, s.quote, s.trigger_start, s.trigger_end, s.also, s.statement, `+prefix("d.", dateColumns)+`
		FROM event_sources s
		LEFT JOIN event_dates d ON d.source_id = s.id
		WHERE s.event_id IN (`+ids+`)
		ORDER BY s.event_id, s.position`, args, func(rows *sql.Rows) error {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		s.Date = d.date()
		var err error
		if s.Also, err = decodeSpans(also); err != nil {
			return fmt.Errorf("source words of event %d: %w", id, err)
		}
		if s.Statement, err = decodeStatement(statement); err != nil {
			return fmt.Errorf("source statement of event %d: %w", id, err)
		}
		if e := event(id); e != nil {
			e.Sources = append(e.Sources, s)
		}
		return nil
	}); err != nil {
		return nil, nil, fmt.Errorf("event sources: %w", err)
	}
	var (
		p         timeline.Place
		precision string
	)
	event = walk()
	dest = []any{&id, &p.GeonameID, &p.Name, &p.Lat, &p.Lon, &p.Country, &precision, &p.Mention, &p.Span.Start, &p.Span.End}
	if err := eachRow(ctx, q, `
		SELECT ep.event_id, p.geonameid, p.name, p.lat, p.lon, p.country, p.precision, ep.mention, ep.span_start, ep.span_end
		FROM event_places ep JOIN places p ON p.geonameid = ep.geonameid
		WHERE ep.event_id IN (`+ids+`)
		ORDER BY ep.event_id, ep.position`, args, func(rows *sql.Rows) error {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		p.Precision = timeline.PlacePrecision(precision)
		if e := event(id); e != nil {
			e.Places = append(e.Places, p)
		}
		return nil
	}); err != nil {
		return nil, nil, fmt.Errorf("event places: %w", err)
	}
	var a timeline.Actor
	event = walk()
	dest = []any{&id, &a.Name, &a.Kind}
	if err := eachRow(ctx, q, `
		SELECT event_id, name, kind FROM event_actors
		WHERE event_id IN (`+ids+`)
		ORDER BY event_id, position`, args, func(rows *sql.Rows) error {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		if e := event(id); e != nil {
			e.Actors = append(e.Actors, a)
		}
		return nil
	}); err != nil {
		return nil, nil, fmt.Errorf("event actors: %w", err)
	}
	return evs, reviews, nil
}

// stmts prepares each statement once per transaction: rebuilding a story
// runs the same few inserts for every event. The transaction closes them.
type stmts struct {
	tx   *sql.Tx
	byID map[string]*sql.Stmt
}

func (s *stmts) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, ok := s.byID[query]
	if !ok {
		var err error
		if st, err = s.tx.PrepareContext(ctx, query); err != nil {
			return nil, err
		}
		if s.byID == nil {
			s.byID = map[string]*sql.Stmt{}
		}
		s.byID[query] = st
	}
	return st.ExecContext(ctx, args...)
}

// prefix qualifies each column of a comma-separated list with p.
func prefix(p, columns string) string {
	cols := strings.Split(columns, ",")
	for i, c := range cols {
		cols[i] = p + strings.TrimSpace(c)
	}
	return strings.Join(cols, ", ")
}

// eachRow runs query and calls fn for each row.
func eachRow(ctx context.Context, q queryer, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := q.QueryContext(ctx, query, args...)
	return eachOf(rows, err, fn)
}

// eachOf calls fn for each of rows (unless err, the query's error, is
// set), closes them and returns the first error.
func eachOf(rows *sql.Rows, err error, fn func(*sql.Rows) error) error {
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// encodeSpans is the JSON text of spans as [start, end] pairs, "" for none:
// the form of event_sources.also.
func encodeSpans(spans []timeline.Span) (string, error) {
	if len(spans) == 0 {
		return "", nil
	}
	pairs := make([][2]int, len(spans))
	for i, sp := range spans {
		pairs[i] = [2]int{sp.Start, sp.End}
	}
	b, err := json.Marshal(pairs)
	return string(b), err
}

// storedStatement is the form of event_sources.statement: the spans as
// [start, end] pairs beside the date, whose span JSON leaves out.
type storedStatement struct {
	Trigger  [2]int        `json:"trigger"`
	DateSpan [2]int        `json:"date_span"`
	Date     timeline.Date `json:"date"`
}

// encodeStatement gives the form of event_sources.statement, "" for none.
func encodeStatement(st *timeline.Statement) (string, error) {
	if st == nil {
		return "", nil
	}
	b, err := json.Marshal(storedStatement{
		Trigger:  [2]int{st.Trigger.Start, st.Trigger.End},
		DateSpan: [2]int{st.Date.Span.Start, st.Date.Span.End},
		Date:     st.Date,
	})
	return string(b), err
}

// decodeStatement reads what encodeStatement wrote.
func decodeStatement(text string) (*timeline.Statement, error) {
	if text == "" {
		return nil, nil
	}
	var s storedStatement
	if err := json.Unmarshal([]byte(text), &s); err != nil {
		return nil, err
	}
	out := &timeline.Statement{Trigger: timeline.Span{Start: s.Trigger[0], End: s.Trigger[1]}, Date: s.Date}
	out.Date.Span = timeline.Span{Start: s.DateSpan[0], End: s.DateSpan[1]}
	return out, nil
}

// decodeSpans reads what encodeSpans wrote.
func decodeSpans(text string) ([]timeline.Span, error) {
	if text == "" {
		return nil, nil
	}
	var pairs [][2]int
	if err := json.Unmarshal([]byte(text), &pairs); err != nil {
		return nil, err
	}
	spans := make([]timeline.Span, len(pairs))
	for i, p := range pairs {
		spans[i] = timeline.Span{Start: p[0], End: p[1]}
	}
	return spans, nil
}
