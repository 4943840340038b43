package db

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"storyline/timeline"
)

// ReviewedEvent returns one event with its review state, corrections and
// merges.
func (db *DB) ReviewedEvent(ctx context.Context, id int64) (timeline.ReviewedEvent, error) {
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return timeline.ReviewedEvent{}, fmt.Errorf("read event: %w", err)
	}
	defer tx.Rollback()
	e, err := reviewedEvent(ctx, tx, id)
	if err != nil {
		return timeline.ReviewedEvent{}, fmt.Errorf("read event: %w", err)
	}
	return e, nil
}

func reviewedEvent(ctx context.Context, q queryer, id int64) (timeline.ReviewedEvent, error) {
	evs, err := reviewed(ctx, q, `e.id = ?`, id)
	if err != nil {
		return timeline.ReviewedEvent{}, err
	}
	if len(evs) == 0 {
		return timeline.ReviewedEvent{}, notFound("event", id)
	}
	return evs[0], nil
}

// Events returns the events of a story that pass filter, in date order
// (see Story). Hidden and merged events are left out unless
// filter.IncludeHidden.
func (db *DB) Events(ctx context.Context, storyID int64, filter timeline.StoryFilter) ([]timeline.ReviewedEvent, error) {
	where, args, err := db.filterCondition(storyID, filter)
	if err != nil {
		return nil, fmt.Errorf("filter events: %w", err)
	}
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("filter events: %w", err)
	}
	defer tx.Rollback()
	if _, err := story(ctx, tx, storyID); err != nil {
		return nil, fmt.Errorf("filter events: %w", err)
	}
	evs, err := reviewed(ctx, tx, where, args...)
	if err != nil {
		return nil, fmt.Errorf("filter events: %w", err)
	}
	return evs, nil
}

// filterCondition turns a filter into a condition on events e and their
// own date d, with its arguments.
func (db *DB) filterCondition(storyID int64, f timeline.StoryFilter) (string, []any, error) {
	where := `e.story_id = ?`
	args := []any{storyID}
	and := func(cond string, a ...any) {
		where += "\n\t\tAND " + cond
		args = append(args, a...)
	}
	for _, d := range []string{f.From, f.To} {
		if d == "" {
			continue
		}
		if _, err := time.Parse(dateLayout, d); err != nil {
			return "", nil, timeline.Errorf(timeline.EInvalid, "%q is not a date (YYYY-MM-DD).", d)
		}
	}
	if f.From != "" || f.To != "" {
		// As EventsBetween: the date range overlaps from..to, an open bound
		// matching everything on its side; events without bounds never match.
		and(`(d.lower_bound IS NOT NULL OR d.upper_bound IS NOT NULL)
			AND (d.lower_bound IS NULL OR ? = '' OR d.lower_bound <= ?)
			AND (d.upper_bound IS NULL OR ? = '' OR d.upper_bound >= ?)`, f.To, f.To, f.From, f.From)
	}
	if !f.IncludeHidden {
		and(`e.hidden = 0 AND e.merged_into = ''`)
	}
	if f.Place != 0 {
		and(`EXISTS (SELECT 1 FROM event_places ep WHERE ep.event_id = e.id AND ep.geonameid = ?)`, f.Place)
	}
	if f.Actor != "" {
		and(`EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND ea.name = ? COLLATE NOCASE)`, f.Actor)
	}
	if f.Document != 0 {
		and(`EXISTS (SELECT 1 FROM event_sources es WHERE es.event_id = e.id AND es.document_id = ?)`, f.Document)
	}
	if f.State != "" {
		if _, err := timeline.ParseReviewState(string(f.State)); err != nil {
			return "", nil, err
		}
		and(`e.state = ?`, string(f.State))
	}
	if cond, a := db.textCondition(f.Text, !f.SkipNotes); cond != "" {
		and(cond, a...)
	}
	return where, args, nil
}

// ReviewQueue returns the visible events of a story still in state new,
// most uncertain first (see timeline.Assess); candidates counts the
// gazetteer entries a place mention could mean, e.g.
//
//	func(name string) int { return len(gaz.Lookup(name)) }
//
// and may be nil.
func (db *DB) ReviewQueue(ctx context.Context, storyID int64, candidates func(mention string) int) ([]timeline.ReviewedEvent, error) {
	evs, err := db.Events(ctx, storyID, timeline.StoryFilter{State: timeline.StateNew})
	if err != nil {
		return nil, fmt.Errorf("review queue: %w", err)
	}
	timeline.SortReviewQueue(evs, candidates)
	return evs, nil
}

// reviewed reads the events matching where (as for events) with their
// review state, merges, corrected fields and note counts.
func reviewed(ctx context.Context, q queryer, where string, args ...any) ([]timeline.ReviewedEvent, error) {
	evs, reviews, err := readEvents(ctx, q, where, args, true)
	if err != nil {
		return nil, err
	}
	out := make([]timeline.ReviewedEvent, len(evs))
	for i, e := range evs {
		r := reviews[i]
		out[i] = timeline.ReviewedEvent{Event: e, Key: r.key, State: timeline.ReviewState(r.state), Hidden: r.hidden,
			MergedInto: r.mergedInto, Notes: r.notes}
	}
	if len(out) == 0 {
		return nil, nil
	}
	index := make(map[int64]int, len(out))
	for i := range out {
		index[out[i].ID] = i
	}
	ids := `SELECT e.id FROM events e LEFT JOIN event_dates d ON d.event_id = e.id AND d.source_id IS NULL WHERE ` + where
	if err := eachRow(ctx, q, `
		SELECT e.id, m.id FROM events e
		JOIN events m ON m.story_id = e.story_id AND m.merged_into = e.key
		WHERE e.id IN (`+ids+`)
		ORDER BY e.id, m.position, m.id`, args, func(rows *sql.Rows) error {
		var id, merged int64
		if err := rows.Scan(&id, &merged); err != nil {
			return err
		}
		e := &out[index[id]]
		e.Merged = append(e.Merged, merged)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("merged events: %w", err)
	}
	if err := eachRow(ctx, q, `
		SELECT e.id, c.field FROM events e
		JOIN event_corrections c ON c.story_id = e.story_id AND c.event_key = e.key
		WHERE e.id IN (`+ids+`) AND c.field IN ('title', 'date', 'place', 'actors')
		ORDER BY e.id, c.field`, args, func(rows *sql.Rows) error {
		var (
			id    int64
			field string
		)
		if err := rows.Scan(&id, &field); err != nil {
			return err
		}
		e := &out[index[id]]
		e.Corrected = append(e.Corrected, field)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("corrected fields: %w", err)
	}
	return out, nil
}
