// Package export writes a story in the formats newsrooms and their tools
// read, and reads Storyline's own JSON back:
//
//   - Story JSON (WriteJSON, NewStory, ImportJSON): the API and archive
//     format. Export, import and export again gives the same document.
//   - iCalendar, RFC 5545 (WriteICS): one all-day VEVENT per event dated to a
//     day; month, season and year events only on request (ICSOptions.Periods),
//     labelled with the period; events without a bounded date never.
//   - TimelineJS3 JSON (WriteTimelineJS): partial date objects that carry only
//     the fields the text gave; qualifiers go into display_date.
//   - StoryMapJS JSON (WriteStoryMap): geocoded events in date order, zoomed
//     by the size of the place.
//   - GeoJSON, RFC 7946 (WriteGeoJSON): one Point feature per event and place.
//   - CSV (WriteCSV): one row per event.
//
// No format may say more than the text did: a date known to the month is
// never written as a day, and what a format has no field for (precision,
// uncertainty, provenance) goes where the format allows it: display_date,
// an X- property, a label in the summary.
//
// # Offsets
//
// timeline.Span counts bytes of UTF-8 text. Every offset this package writes
// into JSON (a source's start and end, the targets of date, place and actor
// mentions, and their TextPositionSelectors of the W3C Web Annotation model)
// counts Unicode code points of the document's text instead, as the W3C model
// asks; the conversion uses the document's text, which the Story JSON
// therefore carries. A TextQuoteSelector gives the exact text with up to 32
// code points of prefix and suffix. Mentions of an event's date, places and
// actors point into the document of its first source. ImportJSON converts
// offsets back to bytes, and rejects offsets outside the text and selectors
// that do not match it.
//
// # Review
//
// What the newsroom added to an event (Review: its state, notes and
// history) travels in Reviews, by event ID. Publishable keeps the events a
// publication format may show (not hidden, merged or rejected); the
// Story JSON (WriteReviewedJSON) carries the review of every event and
// ImportReviewedJSON reads it back; WriteICS takes STATUS (CONFIRMED once
// checked or published), SEQUENCE (the number of changes) and
// LAST-MODIFIED (the last change) from it; WriteReviewedCSV has a state
// column.
//
// # iCalendar library
//
// WriteICS builds the calendar with github.com/arran4/golang-ical, a
// maintained iCalendar library, rather than printing the format by hand: it
// escapes TEXT values, folds lines at 75 octets on UTF-8 boundaries and keeps
// the property grammar right, which are the parts of RFC 5545 that
// hand-written exporters most often get wrong.
package export

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/timeline"
	"storyline/timeline/geo"
)

// Credit is the attribution the GeoNames licence (CC BY 4.0) asks for
// wherever its coordinates are shown; formats with room for prose carry it.
const Credit = geo.Credit

const isoDate = "2006-01-02"

// geocoded reports whether a place has coordinates. A place without a
// gazetteer entry and at 0,0 was never located.
func geocoded(p timeline.Place) bool {
	if p.GeonameID == 0 && p.Lat == 0 && p.Lon == 0 {
		return false
	}
	return p.Lat >= -90 && p.Lat <= 90 && p.Lon >= -180 && p.Lon <= 180
}

// parseISO parses an inclusive bound (YYYY-MM-DD); ok is false for an open
// or malformed bound.
func parseISO(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	t, err := time.Parse(isoDate, s)
	return t, err == nil
}

// sortKey is where an event sits in date order: its lower bound, or its upper
// bound when the lower one is open ("before September 2020").
func sortKey(e timeline.Event) string {
	if e.Date.Start != "" {
		return e.Date.Start
	}
	return e.Date.End
}

// inDateOrder returns the dated events of s sorted by date, then by the end
// of their range (a day before the month it falls in), then by ID, so every
// export lists them in the same order.
func inDateOrder(events []timeline.Event) []timeline.Event {
	out := make([]timeline.Event, 0, len(events))
	for _, e := range events {
		if e.Dated() && sortKey(e) != "" {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b timeline.Event) int { return dateOrder(&a, &b) })
	return out
}

// dateOrder compares two dated events in the order inDateOrder sorts them.
func dateOrder(a, b *timeline.Event) int {
	return cmp.Or(
		strings.Compare(sortKey(*a), sortKey(*b)),
		strings.Compare(a.Date.End, b.Date.End),
		cmp.Compare(a.ID, b.ID),
	)
}

// eachInDateOrder calls fn with the dated events of events in the order
// of inDateOrder, without copying them: in place when they are in that
// order already (as a story read from the store is), else through a
// sorted index of 4 bytes an event. It stops at fn's first error.
func eachInDateOrder(events []timeline.Event, fn func(e *timeline.Event) error) error {
	dated := func(e *timeline.Event) bool { return e.Dated() && sortKey(*e) != "" }
	sorted := true
	var last *timeline.Event
	for i := range events {
		if e := &events[i]; dated(e) {
			if last != nil && dateOrder(last, e) > 0 {
				sorted = false
				break
			}
			last = e
		}
	}
	if sorted {
		for i := range events {
			if e := &events[i]; dated(e) {
				if err := fn(e); err != nil {
					return err
				}
			}
		}
		return nil
	}
	index := make([]int32, 0, len(events))
	for i := range events {
		if dated(&events[i]) {
			index = append(index, int32(i))
		}
	}
	slices.SortStableFunc(index, func(a, b int32) int { return dateOrder(&events[a], &events[b]) })
	for _, i := range index {
		if err := fn(&events[i]); err != nil {
			return err
		}
	}
	return nil
}

// documents indexes a story's documents by ID.
func documents(s timeline.Story) map[int64]timeline.Document {
	m := make(map[int64]timeline.Document, len(s.Documents))
	for _, d := range s.Documents {
		m[d.ID] = d
	}
	return m
}

// outlet names where a source was published: the outlet, else the host of
// its URL, else the document title.
func outlet(d timeline.Document) string {
	if d.Outlet != "" {
		return d.Outlet
	}
	if host := hostOf(d.URL); host != "" {
		return host
	}
	return d.Title
}

func hostOf(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	host, _, _ := strings.Cut(rest, "/")
	return host
}

// codePoints converts a byte offset into text to a code point offset. An
// offset past the end counts to the end; one inside a multi-byte sequence
// counts the code points that start before it.
func codePoints(text string, b int) int {
	b = max(0, min(b, len(text)))
	return utf8.RuneCountInString(text[:b])
}

// byteOffsetsOf converts code point offsets into text to byte offsets as
// byteOffset does, in one forward pass over the offsets sorted; an offset
// past the text's end is left out.
func byteOffsetsOf(text string, offsets []int) map[int]int {
	sorted := slices.Clone(offsets)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	out := make(map[int]int, len(sorted))
	i, cp := 0, 0 // byte and code point offsets reached
	for _, o := range sorted {
		if o < 0 {
			continue
		}
		for cp < o && i < len(text) {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			cp++
		}
		if cp == o {
			out[o] = i
		}
	}
	return out
}

// byteOffset converts a code point offset into text to a byte offset; ok is
// false when the text is shorter.
func byteOffset(text string, cp int) (int, bool) {
	if cp < 0 {
		return 0, false
	}
	n := 0
	for i := range text {
		if n == cp {
			return i, true
		}
		n++
	}
	if n == cp {
		return len(text), true
	}
	return 0, false
}

// Label says a date the way a reader would, with its precision and
// qualifier: "14 Sep 2022", "Apr 2022", "Spring 2022", "c. Apr 2022",
// "before Sep 2020". It is empty for an undated event.
func Label(d timeline.Date) string {
	if d.IsZero() {
		return ""
	}
	start, hasStart := parseISO(d.Start)
	end, hasEnd := parseISO(d.End)
	switch {
	case !hasStart && !hasEnd:
		return fuzzyLabel(d)
	case !hasStart:
		return openLabel(d, end, true)
	case !hasEnd:
		return openLabel(d, start, false)
	}
	base := periodLabel(d, start)
	if end.After(start) {
		switch d.Precision {
		case timeline.PrecisionDay:
			base = dayRangeLabel(start, end)
		case timeline.PrecisionMonth:
			base = monthRangeLabel(start, end)
		case timeline.PrecisionYear:
			if end.Year() != start.Year() {
				base = start.Format("2006") + "–" + end.Format("2006")
			}
		}
	}
	if q := qualifier(d.Mod); q != "" {
		return q + " " + base
	}
	return base
}

// qualifier is the word a modifier puts before a date.
func qualifier(mod string) string {
	switch mod {
	case "APPROX":
		return "c."
	case "BEFORE", "MORE_THAN":
		return "before"
	case "ON_OR_BEFORE", "EQUAL_OR_MORE":
		return "on or before"
	case "AFTER", "LESS_THAN":
		return "after"
	case "ON_OR_AFTER", "EQUAL_OR_LESS":
		return "on or after"
	case "START":
		return "early"
	case "MID":
		return "mid"
	case "END":
		return "late"
	}
	return ""
}

// openLabel labels a range open at one end: before its upper bound or after
// its lower bound, "on or" when the modifier includes the bound.
func openLabel(d timeline.Date, bound time.Time, before bool) string {
	word := "after"
	if before {
		word = "before"
	}
	switch d.Mod {
	case "ON_OR_BEFORE", "ON_OR_AFTER", "EQUAL_OR_MORE", "EQUAL_OR_LESS":
		word = "on or " + word
	}
	return word + " " + periodLabel(d, bound)
}

// fuzzyLabel labels a date with no bounds at all.
func fuzzyLabel(d timeline.Date) string {
	switch d.Precision {
	case timeline.PrecisionPast:
		return "in the past"
	case timeline.PrecisionFuture:
		return "in the future"
	case timeline.PrecisionPresent:
		return "now"
	}
	if d.Expression != "" {
		return d.Expression
	}
	return d.Value
}

// periodLabel names the period of precision d.Precision that contains t.
func periodLabel(d timeline.Date, t time.Time) string {
	switch d.Precision {
	case timeline.PrecisionTime:
		if clock, ok := clockOf(d.Value); ok {
			return t.Format("2 Jan 2006") + ", " + clock
		}
		if part := partOfDay(d.Value); part != "" {
			return t.Format("2 Jan 2006") + ", " + part
		}
		return t.Format("2 Jan 2006")
	case timeline.PrecisionWeek:
		return "week of " + t.AddDate(0, 0, -(int(t.Weekday())+6)%7).Format("2 Jan 2006")
	case timeline.PrecisionMonth:
		return t.Format("Jan 2006")
	case timeline.PrecisionSeason:
		return seasonOf(d.Value, t) + " " + t.Format("2006")
	case timeline.PrecisionQuarter:
		return fmt.Sprintf("Q%d %d", (int(t.Month())-1)/3+1, t.Year())
	case timeline.PrecisionHalf:
		return fmt.Sprintf("H%d %d", (int(t.Month())-1)/6+1, t.Year())
	case timeline.PrecisionYear:
		return t.Format("2006")
	case timeline.PrecisionDecade:
		return fmt.Sprintf("%ds", t.Year()/10*10)
	case timeline.PrecisionCentury:
		return fmt.Sprintf("%ds", t.Year()/100*100)
	}
	return t.Format("2 Jan 2006")
}

// monthRangeLabel labels a span of months, such as a list of dates for one
// happening ("in February, March and April"): "Feb–Apr 2010"; one month is
// just that month.
func monthRangeLabel(start, end time.Time) string {
	switch {
	case start.Year() != end.Year():
		return start.Format("Jan 2006") + "–" + end.Format("Jan 2006")
	case start.Month() != end.Month():
		return start.Format("Jan") + "–" + end.Format("Jan 2006")
	}
	return start.Format("Jan 2006")
}

func dayRangeLabel(start, end time.Time) string {
	switch {
	case start.Year() != end.Year():
		return start.Format("2 Jan 2006") + "–" + end.Format("2 Jan 2006")
	case start.Month() != end.Month():
		return start.Format("2 Jan") + "–" + end.Format("2 Jan 2006")
	}
	return start.Format("2") + "–" + end.Format("2 Jan 2006")
}

// seasonOf names the season of a TIMEX3 season value (2022-SU), or of the
// month it starts in when the value does not say.
func seasonOf(value string, t time.Time) string {
	switch {
	case strings.HasSuffix(value, "-SP"):
		return "Spring"
	case strings.HasSuffix(value, "-SU"):
		return "Summer"
	case strings.HasSuffix(value, "-FA"):
		return "Autumn"
	case strings.HasSuffix(value, "-WI"):
		return "Winter"
	}
	switch t.Month() {
	case time.March, time.April, time.May:
		return "Spring"
	case time.June, time.July, time.August:
		return "Summer"
	case time.September, time.October, time.November:
		return "Autumn"
	}
	return "Winter"
}

// clockOf returns the hh:mm of a TIMEX3 time value (2022-09-14T14:30).
func clockOf(value string) (string, bool) {
	_, clock, ok := strings.Cut(value, "T")
	if !ok || len(clock) < 5 || clock[2] != ':' {
		return "", false
	}
	if _, err := time.Parse("15:04", clock[:5]); err != nil {
		return "", false
	}
	return clock[:5], true
}

// partOfDay names the part of day of a TIMEX3 value (2022-09-14TEV).
func partOfDay(value string) string {
	_, tod, _ := strings.Cut(value, "T")
	switch tod {
	case "MO":
		return "morning"
	case "AF":
		return "afternoon"
	case "EV":
		return "evening"
	case "NI":
		return "night"
	case "DT":
		return "daytime"
	case "MI":
		return "midday"
	}
	return ""
}
