package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"storyline/db"
	"storyline/timeline"
	"storyline/timeline/extract"
)

// The glue between the extraction pipeline's incremental API and the
// store: a document is extracted alone into reports (outside any
// transaction); inside the write, the events found under the reports'
// lookup keys go into an extract.Index with their stored reports, the new
// reports are merged into it, and each changed event is built again from
// its reports.

// reportsOf extracts doc (ID 0: not stored yet) into its reports, with the
// story's actors its short names may stand for to resolve them against.
func (s *Service) reportsOf(ctx context.Context, doc timeline.Document) ([]extract.Report, []string, error) {
	reports, err := s.Extractor.DocumentWith(ctx, doc, func(keys []string) ([]timeline.Actor, error) {
		return s.Store.StoryActors(ctx, doc.StoryID, keys)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("extracting events: %w", err)
	}
	var lookup []string
	for _, r := range reports {
		lookup = append(lookup, r.Lookup()...)
	}
	slices.Sort(lookup)
	return reports, slices.Compact(lookup), nil
}

// merger merges reports, once their document is stored, into the found
// events; lookup are the reports' lookup keys.
func merger(ctx context.Context, reports []extract.Report, lookup []string) db.Merge {
	return func(doc timeline.Document, found []db.FoundEvent) ([]db.EventChange, error) {
		rs := slices.Clone(reports)
		for i := range rs {
			rs[i].Document, rs[i].Order = doc.ID, doc.ID
		}
		ix := extract.NewIndex()
		ix.Expect(lookup)
		for _, f := range found {
			old, err := decodeReports(f.Reports)
			if err != nil {
				return nil, fmt.Errorf("event %d: %w", f.ID, err)
			}
			ix.Add(f.ID, f.Disagreement, old)
		}
		changes, err := ix.Merge(ctx, rs)
		if err != nil {
			return nil, err
		}
		out := make([]db.EventChange, len(changes))
		for i, c := range changes {
			added, err := storedReports(c.Added)
			if err != nil {
				return nil, err
			}
			out[i] = db.EventChange{ID: c.Event, Event: extract.Build(c.Reports, c.Disagreement), Added: added}
		}
		return out, nil
	}
}

// rebuild builds an event again from the reports it has left.
func rebuild(f db.FoundEvent) (timeline.Event, error) {
	rs, err := decodeReports(f.Reports)
	if err != nil {
		return timeline.Event{}, fmt.Errorf("event %d: %w", f.ID, err)
	}
	return extract.Build(rs, f.Disagreement), nil
}

func decodeReports(bodies [][]byte) ([]extract.Report, error) {
	rs := make([]extract.Report, len(bodies))
	for i, b := range bodies {
		if err := json.Unmarshal(b, &rs[i]); err != nil {
			return nil, fmt.Errorf("stored report: %w", err)
		}
	}
	return rs, nil
}

func storedReports(rs []extract.Report) ([]db.StoredReport, error) {
	out := make([]db.StoredReport, len(rs))
	for i, r := range rs {
		b, err := json.Marshal(r)
		if err != nil {
			return nil, err
		}
		out[i] = db.StoredReport{Body: b, Keys: r.Keys()}
	}
	return out, nil
}

// storyEvents extracts every document of a story and merges all their
// reports at once: the events and, for each, its reports.
func (s *Service) storyEvents(ctx context.Context, docs []timeline.Document) ([]timeline.Event, [][]db.StoredReport, error) {
	var all []extract.Report
	var known []timeline.Actor
	seen := map[string]bool{}
	for _, d := range docs {
		rs, err := s.Extractor.Document(ctx, d, known)
		if err != nil {
			return nil, nil, fmt.Errorf("extracting events: %w", err)
		}
		for _, r := range rs {
			for _, a := range r.Actors {
				if !seen[a.Name] {
					seen[a.Name] = true
					known = append(known, a.Actor)
				}
			}
		}
		all = append(all, rs...)
	}
	changes, err := extract.NewIndex().Merge(ctx, all)
	if err != nil {
		return nil, nil, err
	}
	evs := make([]timeline.Event, len(changes))
	reports := make([][]db.StoredReport, len(changes))
	for i, c := range changes {
		evs[i] = extract.Build(c.Reports, c.Disagreement)
		if reports[i], err = storedReports(c.Reports); err != nil {
			return nil, nil, err
		}
	}
	return evs, reports, nil
}
