package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/timeline"
	"storyline/timeline/temporal"
)

// ImportJSON reads a Story JSON document, as WriteJSON writes it, back into a
// story. IDs are kept as the document gives them (sources point at documents
// by ID); a store assigns its own. Offsets are converted from code points to
// bytes of the document text. Every problem with the input is a
// *timeline.Error with code timeline.EInvalid whose message names the field.
// Derived fields (a date's label, the selectors) are checked against the
// text, not read.
func ImportJSON(r io.Reader) (timeline.Story, error) {
	s, _, err := ImportReviewedJSON(r)
	return s, err
}

// ImportReviewedJSON is ImportJSON that also returns the reviews of the
// events that carry one, by the event IDs the document gives. Notes and
// changes get those event IDs too.
func ImportReviewedJSON(r io.Reader) (timeline.Story, Reviews, error) {
	dec := json.NewDecoder(r)
	var in Story
	if err := dec.Decode(&in); err != nil {
		return timeline.Story{}, nil, invalid("read story json: %s", jsonProblem(err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return timeline.Story{}, nil, invalid("read story json: unexpected data after the story")
	}
	s, err := fromJSON(in)
	if err != nil {
		return timeline.Story{}, nil, err
	}
	var reviews Reviews
	for i, e := range in.Events {
		if e.Review == nil {
			continue
		}
		rv, err := fromReview(*e.Review, e.ID)
		if err != nil {
			return timeline.Story{}, nil, invalid("event %d (id %d): %v", i+1, e.ID, err)
		}
		if reviews == nil {
			reviews = Reviews{}
		}
		reviews[e.ID] = rv
	}
	return s, reviews, nil
}

func invalid(format string, args ...any) error {
	return timeline.Errorf(timeline.EInvalid, format, args...)
}

// jsonProblem describes a decoding error without Go type names.
func jsonProblem(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Sprintf("invalid JSON at byte %d: %v", syntax.Offset, syntax)
	case errors.As(err, &typ):
		if typ.Field != "" {
			return fmt.Sprintf("field %q: expected %s, got JSON %s", typ.Field, typ.Type, typ.Value)
		}
		return fmt.Sprintf("expected %s, got JSON %s", typ.Type, typ.Value)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "the document is empty or cut short"
	}
	return err.Error()
}

var (
	dateTypes   = set("DATE", "TIME", "DURATION", "SET")
	mods        = set("", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX")
	precisions  = set("time", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "past", "future", "present", "unknown")
	placeSizes  = set("", "point", "city", "region", "country", "continent")
	publishedBy = set(timeline.PublishedUser, timeline.PublishedMeta, timeline.PublishedJSONLD, timeline.PublishedTimeTag,
		timeline.PublishedDateline, timeline.PublishedByline, timeline.PublishedLoneDate, timeline.PublishedUndefined)
)

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func fromJSON(in Story) (timeline.Story, error) {
	if strings.TrimSpace(in.Title) == "" {
		return timeline.Story{}, invalid("story: title is empty")
	}
	created, err := parseTime(in.Created)
	if err != nil {
		return timeline.Story{}, invalid("story: created: %v", err)
	}
	out := timeline.Story{ID: in.ID, Title: in.Title, Created: created}
	docs := make(map[int64]timeline.Document, len(in.Documents))
	for i, d := range in.Documents {
		doc, err := fromDocument(d, in.ID)
		if err != nil {
			return timeline.Story{}, invalid("document %d (id %d): %v", i+1, d.ID, err)
		}
		if _, dup := docs[d.ID]; dup {
			return timeline.Story{}, invalid("document %d: id %d is used twice", i+1, d.ID)
		}
		docs[d.ID] = doc
		out.Documents = append(out.Documents, doc)
	}
	targets := newTargetDocs(docs, in.Events)
	seen := make(map[int64]bool, len(in.Events))
	for i, e := range in.Events {
		if e.ID != 0 && seen[e.ID] {
			return timeline.Story{}, invalid("event %d: id %d is used twice", i+1, e.ID)
		}
		seen[e.ID] = true
		ev, err := fromEvent(e, in.ID, targets)
		if err != nil {
			return timeline.Story{}, invalid("event %d (id %d): %v", i+1, e.ID, err)
		}
		out.Events = append(out.Events, ev)
	}
	return out, nil
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 time", s)
	}
	return t.UTC(), nil
}

func fromDocument(d Document, storyID int64) (timeline.Document, error) {
	if !utf8.ValidString(d.Text) {
		return timeline.Document{}, errors.New("text is not valid UTF-8")
	}
	added, err := parseTime(d.Added)
	if err != nil {
		return timeline.Document{}, fmt.Errorf("added: %w", err)
	}
	if d.URL != "" {
		if u, err := url.Parse(d.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return timeline.Document{}, fmt.Errorf("url %q is not a web address starting with http:// or https://", d.URL)
		}
	}
	if !publishedBy[d.Published.Source] {
		return timeline.Document{}, fmt.Errorf("published.source %q is not one of user, meta, json-ld, time, dateline, published", d.Published.Source)
	}
	var published time.Time
	if d.Published.Date != "" {
		t, ok := parseISO(d.Published.Date)
		if !ok {
			return timeline.Document{}, fmt.Errorf("published.date %q is not a date (YYYY-MM-DD)", d.Published.Date)
		}
		published = t
	}
	return timeline.Document{
		ID:              d.ID,
		StoryID:         storyID,
		Title:           d.Title,
		Outlet:          d.Outlet,
		URL:             d.URL,
		Text:            d.Text,
		Published:       published,
		PublishedSource: d.Published.Source,
		Added:           added,
	}, nil
}

func fromEvent(e Event, storyID int64, docs *targetDocs) (timeline.Event, error) {
	out := timeline.Event{
		ID:           e.ID,
		StoryID:      storyID,
		Title:        e.Title,
		Trigger:      e.Trigger,
		Text:         e.Text,
		Disagreement: e.Disagreement,
	}
	for i, s := range e.Sources {
		src, err := fromSource(s, docs)
		if err != nil {
			return timeline.Event{}, fmt.Errorf("source %d: %w", i+1, err)
		}
		out.Sources = append(out.Sources, src)
	}
	// Date, place and actor mentions point into the document of the first
	// source; an event without sources has nowhere for them to point.
	first := int64(noSource)
	if len(out.Sources) > 0 {
		first = out.Sources[0].DocumentID
	}
	switch {
	case e.Undated && e.Date != nil:
		return timeline.Event{}, errors.New("undated is true but the event has a date")
	case !e.Undated && e.Date == nil:
		return timeline.Event{}, errors.New("date is missing (set \"undated\": true for an event without a date)")
	case e.Date != nil:
		d, err := fromDate(*e.Date, first, docs)
		if err != nil {
			return timeline.Event{}, fmt.Errorf("date: %w", err)
		}
		out.Date = d
	}
	for i, p := range e.Places {
		place, err := fromPlace(p, first, docs)
		if err != nil {
			return timeline.Event{}, fmt.Errorf("place %d: %w", i+1, err)
		}
		out.Places = append(out.Places, place)
	}
	for i, a := range e.Actors {
		if strings.TrimSpace(a.Name) == "" {
			return timeline.Event{}, fmt.Errorf("actor %d: name is empty", i+1)
		}
		actor := timeline.Actor{Name: a.Name, Kind: a.Kind, Mention: a.Mention}
		if a.Target != nil {
			sp, err := fromTarget(*a.Target, first, docs)
			if err != nil {
				return timeline.Event{}, fmt.Errorf("actor %d: target: %w", i+1, err)
			}
			actor.Span = sp
		}
		out.Actors = append(out.Actors, actor)
	}
	return out, nil
}

func fromSource(s Source, docs *targetDocs) (timeline.Source, error) {
	sp, err := fromTarget(Target{Document: s.Document, Start: s.Start, End: s.End, Selector: s.Selector}, anyDocument, docs)
	if err != nil {
		return timeline.Source{}, err
	}
	src := timeline.Source{DocumentID: s.Document, Span: sp, Quote: s.Quote}
	if s.Date != nil {
		d, err := fromDate(*s.Date, s.Document, docs)
		if err != nil {
			return timeline.Source{}, fmt.Errorf("date: %w", err)
		}
		src.Date = d
	}
	if s.Trigger != nil {
		if src.Trigger, err = sourceWord(*s.Trigger, src, docs); err != nil {
			return timeline.Source{}, fmt.Errorf("trigger: %w", err)
		}
	}
	for i, t := range s.Also {
		sp, err := sourceWord(t, src, docs)
		if err != nil {
			return timeline.Source{}, fmt.Errorf("also %d: %w", i+1, err)
		}
		src.Also = append(src.Also, sp)
	}
	if st := s.Statement; st != nil {
		sp, err := sourceWord(st.Trigger, src, docs)
		if err != nil {
			return timeline.Source{}, fmt.Errorf("statement: trigger: %w", err)
		}
		d, err := fromDate(st.Date, s.Document, docs)
		if err != nil {
			return timeline.Source{}, fmt.Errorf("statement: date: %w", err)
		}
		src.Statement = &timeline.Statement{Trigger: sp, Date: d}
	}
	return src, nil
}

// sourceWord is the span of a word of happening of src: it must lie in the
// source's sentence.
func sourceWord(t Target, src timeline.Source, docs *targetDocs) (timeline.Span, error) {
	if t.Document != src.DocumentID {
		return timeline.Span{}, fmt.Errorf("document %d is not the source's document %d", t.Document, src.DocumentID)
	}
	sp, err := fromTarget(t, src.DocumentID, docs)
	if err != nil {
		return timeline.Span{}, err
	}
	if sp.Start < src.Span.Start || sp.End > src.Span.End {
		return timeline.Span{}, fmt.Errorf("range %d..%d is outside the source's sentence", t.Start, t.End)
	}
	return sp, nil
}

// The document a target must name, when it is not a document ID.
const (
	anyDocument = math.MinInt64     // any document of the story
	noSource    = math.MinInt64 + 1 // none: the event has no sources
)

// targetDocs are a story's documents with the byte offset of every code
// point offset its events' targets give, converted in one forward pass over
// each document's sorted offsets.
type targetDocs struct {
	byID  map[int64]timeline.Document
	bytes map[int64]map[int]int // document -> code point offset -> byte offset
}

func newTargetDocs(docs map[int64]timeline.Document, events []Event) *targetDocs {
	out := &targetDocs{byID: docs, bytes: map[int64]map[int]int{}}
	offsets := map[int64][]int{}
	add := func(t *Target) {
		if t != nil {
			offsets[t.Document] = append(offsets[t.Document], t.Start, t.End)
		}
	}
	for _, e := range events {
		if e.Date != nil {
			add(e.Date.Target)
		}
		for _, p := range e.Places {
			add(p.Target)
		}
		for _, a := range e.Actors {
			add(a.Target)
		}
		for _, s := range e.Sources {
			offsets[s.Document] = append(offsets[s.Document], s.Start, s.End)
			if s.Date != nil {
				add(s.Date.Target)
			}
			if st := s.Statement; st != nil {
				add(&st.Trigger)
				add(st.Date.Target)
			}
		}
	}
	for id, cps := range offsets {
		if d, ok := docs[id]; ok {
			out.bytes[id] = byteOffsetsOf(d.Text, cps)
		}
	}
	return out
}

// byteOffset is byteOffset of code point offset cp of document doc.
func (docs *targetDocs) byteOffset(doc int64, text string, cp int) (int, bool) {
	if b, ok := docs.bytes[doc][cp]; ok {
		return b, true
	}
	return byteOffset(text, cp)
}

// fromTarget checks a target against its document's text and returns its
// byte span. want is the only document the target may name, or anyDocument
// or noSource.
func fromTarget(t Target, want int64, docs *targetDocs) (timeline.Span, error) {
	if want == noSource {
		return timeline.Span{}, errors.New("the event has no sources, so a mention has no document to point into")
	}
	d, ok := docs.byID[t.Document]
	if !ok {
		return timeline.Span{}, fmt.Errorf("document %d is not in the story", t.Document)
	}
	if want != anyDocument && t.Document != want {
		return timeline.Span{}, fmt.Errorf("target document %d is not the document of the first source (%d)", t.Document, want)
	}
	if t.Start > t.End {
		return timeline.Span{}, fmt.Errorf("start %d is after end %d", t.Start, t.End)
	}
	start, ok1 := docs.byteOffset(t.Document, d.Text, t.Start)
	end, ok2 := docs.byteOffset(t.Document, d.Text, t.End)
	if !ok1 || !ok2 {
		return timeline.Span{}, fmt.Errorf("range %d..%d is outside the text of document %d (%d code points)",
			t.Start, t.End, t.Document, utf8.RuneCountInString(d.Text))
	}
	for _, sel := range t.Selector {
		switch {
		case sel.Type == PositionSelector && (sel.Start != t.Start || sel.End != t.End):
			return timeline.Span{}, fmt.Errorf("TextPositionSelector %d..%d does not match start and end %d..%d", sel.Start, sel.End, t.Start, t.End)
		case sel.Type == QuoteSelector && sel.Exact != d.Text[start:end]:
			return timeline.Span{}, fmt.Errorf("TextQuoteSelector exact %q does not match the text at %d..%d", sel.Exact, t.Start, t.End)
		}
	}
	return timeline.Span{Start: start, End: end}, nil
}

func fromDate(d Date, doc int64, docs *targetDocs) (timeline.Date, error) {
	switch {
	case strings.TrimSpace(d.Value) == "":
		return timeline.Date{}, errors.New("value is empty")
	case !dateTypes[d.Type]:
		return timeline.Date{}, fmt.Errorf("type %q is not DATE, TIME, DURATION or SET", d.Type)
	case !mods[d.Mod]:
		return timeline.Date{}, fmt.Errorf("mod %q is not a TIMEX3 modifier", d.Mod)
	case !precisions[d.Precision]:
		return timeline.Date{}, fmt.Errorf("precision %q is not one of time, day, week, month, season, quarter, half, year, decade, century, past, future, present, unknown", d.Precision)
	}
	if _, err := temporal.ParseValue(d.Value); err != nil {
		return timeline.Date{}, fmt.Errorf("value %q is not a TIMEX3 value (such as 2022-09-14, 2022-09, 2022-W37, 2022-SU, P3D or PAST_REF)", d.Value)
	}
	if d.EDTF != "" && !validEDTF(d.EDTF) {
		return timeline.Date{}, fmt.Errorf("edtf %q is not an EDTF date or interval (such as 2022-09-14, 2022-21, 2022-04~, ../2020-09, 202X)", d.EDTF)
	}
	start, okStart := parseISO(d.Start)
	end, okEnd := parseISO(d.End)
	switch {
	case d.Start != "" && !okStart:
		return timeline.Date{}, fmt.Errorf("start %q is not a date (YYYY-MM-DD)", d.Start)
	case d.End != "" && !okEnd:
		return timeline.Date{}, fmt.Errorf("end %q is not a date (YYYY-MM-DD)", d.End)
	case okStart && okEnd && end.Before(start):
		return timeline.Date{}, fmt.Errorf("start %s is after end %s", d.Start, d.End)
	}
	out := timeline.Date{
		Value:       d.Value,
		Type:        d.Type,
		Mod:         d.Mod,
		Precision:   timeline.Precision(d.Precision),
		Start:       d.Start,
		End:         d.End,
		EDTF:        d.EDTF,
		Expression:  d.Expression,
		Explanation: d.Explanation,
		Rule:        d.Rule,
		Anchor:      d.Anchor,
		Tense:       d.Tense,
	}
	if d.Target != nil {
		sp, err := fromTarget(*d.Target, doc, docs)
		if err != nil {
			return timeline.Date{}, fmt.Errorf("target: %w", err)
		}
		out.Span = sp
	}
	return out, nil
}

func fromPlace(p Place, doc int64, docs *targetDocs) (timeline.Place, error) {
	switch {
	case strings.TrimSpace(p.Name) == "":
		return timeline.Place{}, errors.New("name is empty")
	case p.GeonameID <= 0:
		return timeline.Place{}, fmt.Errorf("place %q has no GeoNames id (geonameid)", p.Name)
	case p.Lat < -90 || p.Lat > 90:
		return timeline.Place{}, fmt.Errorf("lat %v is outside -90..90", p.Lat)
	case p.Lon < -180 || p.Lon > 180:
		return timeline.Place{}, fmt.Errorf("lon %v is outside -180..180", p.Lon)
	case !placeSizes[p.Precision]:
		return timeline.Place{}, fmt.Errorf("precision %q is not one of point, city, region, country, continent", p.Precision)
	}
	out := timeline.Place{
		GeonameID: p.GeonameID,
		Name:      p.Name,
		Lat:       p.Lat,
		Lon:       p.Lon,
		Country:   p.Country,
		Precision: timeline.PlacePrecision(p.Precision),
		Mention:   p.Mention,
	}
	if p.Target != nil {
		sp, err := fromTarget(*p.Target, doc, docs)
		if err != nil {
			return timeline.Place{}, fmt.Errorf("target: %w", err)
		}
		out.Span = sp
	}
	return out, nil
}

// validEDTF reports whether s is an EDTF (ISO 8601-2) date or interval of
// the kinds the exports write: a year (with X for unspecified digits), a
// month or season (21-41), a day, a day with a time, each with an optional
// qualifier (?, ~, %), or two of them joined by "/" with ".." or nothing
// for an open end.
func validEDTF(s string) bool {
	if len(s) > 64 {
		return false
	}
	a, b, interval := strings.Cut(s, "/")
	if !interval {
		return edtfDate(a)
	}
	open := func(x string) bool { return x == ".." || x == "" }
	if open(a) && open(b) {
		return false
	}
	return (open(a) || edtfDate(a)) && (open(b) || edtfDate(b))
}

// edtfDate reports whether s is one EDTF date (see validEDTF).
func edtfDate(s string) bool {
	s = strings.TrimRight(s, "?~%")
	date, clock, hasTime := strings.Cut(s, "T")
	parts := strings.Split(date, "-")
	digits := func(x string, n int, allowX bool) bool {
		if len(x) != n {
			return false
		}
		for i := 0; i < len(x); i++ {
			if !(x[i] >= '0' && x[i] <= '9' || allowX && x[i] == 'X') {
				return false
			}
		}
		return true
	}
	within := func(x string, lo, hi int) bool {
		if strings.Contains(x, "X") {
			return x == "XX"
		}
		n := int(x[0]-'0')*10 + int(x[1]-'0')
		return n >= lo && n <= hi
	}
	if len(parts) > 3 || !digits(parts[0], 4, true) {
		return false
	}
	if len(parts) >= 2 && (!digits(parts[1], 2, true) || !(within(parts[1], 1, 12) || len(parts) == 2 && within(parts[1], 21, 41))) {
		return false
	}
	if len(parts) == 3 && (!digits(parts[2], 2, true) || !within(parts[2], 1, 31)) {
		return false
	}
	if !hasTime {
		return true
	}
	if len(parts) != 3 {
		return false
	}
	hms := strings.Split(clock, ":")
	if len(hms) < 2 || len(hms) > 3 {
		return false
	}
	for i, x := range hms {
		if !digits(x, 2, false) || !within(x, 0, []int{23, 59, 59}[i]) {
			return false
		}
	}
	return true
}
