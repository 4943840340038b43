package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"storyline/timeline"
)

// CSVHeader is the first row WriteCSV writes.
var CSVHeader = []string{"id", "date", "mod", "edtf", "precision", "start", "end", "label", "headline", "places", "sources", "state"}

// WriteCSV writes one row per event of s under CSVHeader: dated events in
// date order, then undated ones (empty date columns) in story order. Places
// are "name (lat, lon)" joined by "; ", sources "outlet: quote" joined by
// " | ". The state column is the review state, "new" for every event.
// A text cell that a spreadsheet would run as a formula (it starts with
// =, +, -, @, tab or carriage return) is prefixed with an apostrophe.
func WriteCSV(w io.Writer, s timeline.Story) error { return WriteReviewedCSV(w, s, nil) }

// WriteReviewedCSV is WriteCSV with each event's review state from r; it
// leaves rejected events out.
func WriteReviewedCSV(w io.Writer, s timeline.Story, r Reviews) error {
	return writeCSV(w, s, r, true)
}

// WritePublicCSV is WriteCSV for readers outside the newsroom (see View):
// the columns of PublicCSVHeader, without the review state.
func WritePublicCSV(w io.Writer, s timeline.Story) error { return writeCSV(w, s, nil, false) }

// PublicCSVHeader is the first row WritePublicCSV writes: CSVHeader without
// the state column.
var PublicCSVHeader = CSVHeader[:len(CSVHeader)-1]

func writeCSV(w io.Writer, s timeline.Story, r Reviews, withState bool) error {
	docs := documents(s)
	cw := csv.NewWriter(w)
	header := CSVHeader
	if !withState {
		header = PublicCSVHeader
	}
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	// Dated events by date, then the others in story order, each written
	// as it is read.
	write := func(e *timeline.Event) error {
		state := r[e.ID].State
		if state == timeline.StateRejected {
			return nil
		}
		if state == "" {
			state = timeline.StateNew
		}
		places := make([]string, 0, len(e.Places))
		for _, p := range e.Places {
			if geocoded(p) {
				places = append(places, fmt.Sprintf("%s (%s, %s)", p.Name,
					strconv.FormatFloat(p.Lat, 'f', -1, 64), strconv.FormatFloat(p.Lon, 'f', -1, 64)))
			} else {
				places = append(places, p.Name)
			}
		}
		sources := make([]string, 0, len(e.Sources))
		for _, src := range e.Sources {
			sources = append(sources, outlet(docs[src.DocumentID])+": "+src.Quote)
		}
		row := []string{
			strconv.FormatInt(e.ID, 10),
			e.Date.Value,
			e.Date.Mod,
			e.Date.EDTF,
			string(e.Date.Precision),
			e.Date.Start,
			e.Date.End,
			Label(e.Date),
			cell(e.Title),
			cell(strings.Join(places, "; ")),
			cell(strings.Join(sources, " | ")),
		}
		if withState {
			row = append(row, string(state))
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
		return nil
	}
	if err := eachInDateOrder(s.Events, write); err != nil {
		return err
	}
	for i := range s.Events {
		if e := &s.Events[i]; !e.Dated() || sortKey(*e) == "" {
			if err := write(e); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// cell defuses text a spreadsheet would evaluate as a formula.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
