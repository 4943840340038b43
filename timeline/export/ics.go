package export

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"storyline/timeline"
)

// ICSOptions says what WriteICS writes.
type ICSOptions struct {
	// Periods adds events known only to the week, month, season, quarter,
	// half, year, decade or century, as all-day spans over the whole period
	// with the period in the summary ("[Apr 2022] ..."). Without it they are
	// left out, since a calendar has no way to say "some day in April".
	Periods bool
	// ProdID is the calendar's PRODID; empty gives DefaultProdID.
	ProdID string
	// Now is the DTSTAMP of every event, the time the calendar is made. It is
	// required: the package never reads the clock.
	Now time.Time
	// Reviews give each event's STATUS (CONFIRMED once checked or
	// published, else TENTATIVE), SEQUENCE (the number of changes in its
	// history) and LAST-MODIFIED (its last change). Rejected events are left
	// out. Without an entry an event is new: TENTATIVE, SEQUENCE 0.
	Reviews Reviews
	// Outside writes the calendar for readers outside the newsroom: no
	// STATUS, which would tell them the review state (see View).
	Outside bool
}

// DefaultProdID is the PRODID of calendars written without ICSOptions.ProdID.
const DefaultProdID = "-//Storyline//Storyline timeline export//EN"

// The X- properties of a VEVENT that carry what iCalendar has no field for:
// the date's precision, its TIMEX3 value and its EDTF.
const (
	PrecisionProperty = "X-STORYLINE-PRECISION"
	ValueProperty     = "X-STORYLINE-TIMEX"
	EDTFProperty      = "X-STORYLINE-EDTF"
)

// WriteICS writes the dated events of s as an RFC 5545 calendar: lines folded
// at 75 octets, CRLF line ends. An event dated to a day, or to a range of
// days, is an all-day event with an exclusive DTEND; one with a clock time
// is a floating DATE-TIME (the zone is not known). Coarser events appear only
// with opt.Periods; events without both bounds (before, after, "in the
// past"), durations and sets never. Each VEVENT has a UID derived from the
// story and the sentence that reports the event, so it stays the same when
// the events are extracted again. STATUS, SEQUENCE and LAST-MODIFIED follow
// the event's review in opt.Reviews.
func WriteICS(w io.Writer, s timeline.Story, opt ICSOptions) error {
	if opt.Now.IsZero() {
		return invalid("write ics: ICSOptions.Now is required (it is the DTSTAMP)")
	}
	cal := ics.NewCalendar()
	cal.SetProductId(cmp.Or(opt.ProdID, DefaultProdID))
	cal.SetCalscale("GREGORIAN")
	cal.SetMethod(ics.MethodPublish)
	if s.Title != "" {
		cal.SetXWRCalName(clean(s.Title))
	}
	// The calendar's head, then each event as it is made, then its end:
	// the bytes the calendar holding every event would serialize to.
	var head bytes.Buffer
	if err := cal.SerializeTo(&head, icsSerialization); err != nil {
		return fmt.Errorf("write ics: %w", err)
	}
	end := "END:VCALENDAR" + icsSerialization.NewLine
	if !bytes.HasSuffix(head.Bytes(), []byte(end)) {
		return fmt.Errorf("write ics: the calendar does not end with %q", end)
	}
	if _, err := w.Write(head.Bytes()[:head.Len()-len(end)]); err != nil {
		return fmt.Errorf("write ics: %w", err)
	}
	docs := documents(s)
	uids := make(map[string]int)
	err := eachInDateOrder(s.Events, func(ep *timeline.Event) error {
		e := *ep
		span, ok := calendarSpan(e.Date, opt.Periods)
		review := opt.Reviews[e.ID]
		if !ok || review.State == timeline.StateRejected {
			return nil
		}
		uid := eventUID(s.ID, e)
		if n := uids[uid]; n > 0 {
			uids[uid] = n + 1
			uid = strings.Replace(uid, "@", "-"+strconv.Itoa(n+1)+"@", 1)
		} else {
			uids[uid] = 1
		}
		ev := ics.NewEvent(uid)
		ev.SetSequence(review.Sequence())
		ev.SetDtStampTime(opt.Now)
		ev.SetLastModifiedAt(cmp.Or(review.LastModified(), lastModified(e, docs), s.Created, opt.Now))
		if span.clock {
			ev.SetProperty(ics.ComponentPropertyDtStart, span.start.Format("20060102T150405"))
		} else {
			ev.SetAllDayStartAt(span.start)
			ev.SetAllDayEndAt(span.end)
		}
		summary := clean(cmp.Or(e.Title, e.Trigger, e.Text))
		if span.label != "" {
			summary = "[" + span.label + "] " + summary
		}
		ev.SetSummary(summary)
		ev.SetDescription(description(e, docs))
		if u := firstURL(e, docs); u != "" {
			ev.SetURL(u)
		}
		if loc := location(e); loc != "" {
			ev.SetLocation(loc)
		}
		for _, p := range e.Places {
			if geocoded(p) {
				ev.SetGeo(strconv.FormatFloat(p.Lat, 'f', -1, 64), strconv.FormatFloat(p.Lon, 'f', -1, 64))
				break
			}
		}
		switch {
		case opt.Outside:
		case review.Confirmed():
			ev.SetStatus(ics.ObjectStatusConfirmed)
		default:
			ev.SetStatus(ics.ObjectStatusTentative)
		}
		ev.SetTimeTransparency(ics.TransparencyTransparent)
		ev.SetProperty(ics.ComponentProperty(PrecisionProperty), string(e.Date.Precision))
		ev.SetProperty(ics.ComponentProperty(ValueProperty), e.Date.Value)
		if e.Date.EDTF != "" {
			ev.SetProperty(ics.ComponentProperty(EDTFProperty), e.Date.EDTF)
		}
		if err := ev.SerializeTo(w, icsSerialization); err != nil {
			return fmt.Errorf("write ics: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, end); err != nil {
		return fmt.Errorf("write ics: %w", err)
	}
	return nil
}

// icsSerialization is how calendars are written: the library's defaults
// (lines folded at 75 octets) with CRLF line ends.
var icsSerialization = &ics.SerializationConfiguration{MaxLength: 75, PropertyMaxLength: 75, NewLine: "\r\n"}

// span is when a VEVENT happens: all-day from start to the exclusive end, or
// at the clock time start.
type span struct {
	start, end time.Time
	clock      bool
	label      string // the period or qualifier for the summary; empty for a plain day
}

// unbounded are the modifiers that say only on which side of a date an event
// lies; a calendar cannot place such an event.
var unbounded = set("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE")

// calendarSpan says whether and where a date goes in a calendar.
func calendarSpan(d timeline.Date, periods bool) (span, bool) {
	if d.IsZero() || (d.Type != "DATE" && d.Type != "TIME") || unbounded[d.Mod] {
		return span{}, false
	}
	start, ok1 := parseISO(d.Start)
	end, ok2 := parseISO(d.End)
	if !ok1 || !ok2 || end.Before(start) {
		return span{}, false
	}
	sp := span{start: start, end: end.AddDate(0, 0, 1)}
	if d.Mod != "" {
		sp.label = Label(d)
	}
	switch d.Precision {
	case timeline.PrecisionTime:
		if clock, ok := clockOf(d.Value); ok && d.Mod == "" {
			t, _ := time.Parse("15:04", clock)
			sp.start = time.Date(start.Year(), start.Month(), start.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC)
			sp.clock = true
		}
		return sp, true
	case timeline.PrecisionDay:
		return sp, true
	case timeline.PrecisionWeek, timeline.PrecisionMonth, timeline.PrecisionSeason, timeline.PrecisionQuarter,
		timeline.PrecisionHalf, timeline.PrecisionYear, timeline.PrecisionDecade, timeline.PrecisionCentury:
		if !periods {
			return span{}, false
		}
		sp.label = Label(d)
		return sp, true
	}
	return span{}, false
}

// eventUID names an event by what survives extracting it again: the story,
// the document and sentence of its first source, and the span of its date
// expression (one sentence may report two events). Events without sources
// fall back to their ID.
func eventUID(storyID int64, e timeline.Event) string {
	if len(e.Sources) == 0 {
		return fmt.Sprintf("event-%d@storyline", e.ID)
	}
	src := e.Sources[0]
	key := fmt.Sprintf("story %d doc %d sentence %d-%d date %d-%d", storyID, src.DocumentID,
		src.Span.Start, src.Span.End, e.Date.Span.Start, e.Date.Span.End)
	sum := sha256.Sum256([]byte(key))
	return "event-" + hex.EncodeToString(sum[:10]) + "@storyline"
}

// lastModified is when the newest document reporting the event was added,
// which is when the event last changed; zero when not known.
func lastModified(e timeline.Event, docs map[int64]timeline.Document) time.Time {
	var t time.Time
	for _, src := range e.Sources {
		if a := docs[src.DocumentID].Added; a.After(t) {
			t = a
		}
	}
	return t
}

// description is the event's sentences with their outlets, and how the date
// was read.
func description(e timeline.Event, docs map[int64]timeline.Document) string {
	var b strings.Builder
	for _, src := range e.Sources {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "“%s” — %s", clean(src.Quote), clean(outlet(docs[src.DocumentID])))
		if u := docs[src.DocumentID].URL; u != "" {
			fmt.Fprintf(&b, " (%s)", u)
		}
	}
	if len(e.Sources) == 0 && e.Text != "" {
		b.WriteString(clean(e.Text))
	}
	if e.Date.Expression != "" || e.Date.Explanation != "" {
		fmt.Fprintf(&b, "\nDate: %s", clean(cmp.Or(e.Date.Expression, e.Date.Value)))
		if e.Date.Explanation != "" {
			fmt.Fprintf(&b, " (%s)", clean(e.Date.Explanation))
		}
	}
	if e.Disagreement != "" {
		fmt.Fprintf(&b, "\nThe sources disagree on the %s.", clean(e.Disagreement))
	}
	return b.String()
}

// firstURL is the first web address of the event's sources. URI values are
// not escaped in iCalendar, so only well-formed http(s) addresses qualify.
func firstURL(e timeline.Event, docs map[int64]timeline.Document) string {
	for _, src := range e.Sources {
		if u := docs[src.DocumentID].URL; webURL(u) {
			return u
		}
	}
	return ""
}

func webURL(s string) bool {
	if strings.ContainsFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7f || r == '"' }) {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func location(e timeline.Event) string {
	names := make([]string, 0, len(e.Places))
	for _, p := range e.Places {
		names = append(names, clean(p.Name))
	}
	return strings.Join(names, "; ")
}

// clean makes text fit one TEXT value: line breaks and other control
// characters become spaces, which RFC 5545 does not allow unescaped.
func clean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029'
	}), " ")
}
