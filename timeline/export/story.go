package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	"storyline/timeline"
)

// Story is the Story JSON: the API's view of a story and the export that
// ImportJSON reads back. Offsets count code points (see the package doc).
type Story struct {
	ID        int64      `json:"id"`
	Title     string     `json:"title"`
	Created   string     `json:"created,omitempty"` // RFC 3339
	Documents []Document `json:"documents"`
	Events    []Event    `json:"events"`
}

// Document is one article of a story with the text its offsets count in.
type Document struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet"`
	URL       string    `json:"url"`
	Published Published `json:"published"`
	Added     string    `json:"added,omitempty"` // RFC 3339
	Text      string    `json:"text"`
}

// Published is a document's publication date and where it came from
// (timeline.PublishedMeta ...); Date is empty when it is not known.
type Published struct {
	Date   string `json:"date"` // YYYY-MM-DD
	Source string `json:"source"`
}

// Event is an event with its date, places, actors and sources. An undated
// event has Undated set and no date.
type Event struct {
	ID           int64    `json:"id"`
	Title        string   `json:"title"`
	Trigger      string   `json:"trigger,omitempty"`
	Text         string   `json:"text"`
	Undated      bool     `json:"undated"`
	Date         *Date    `json:"date"`
	Places       []Place  `json:"places"`
	Actors       []Actor  `json:"actors"`
	Sources      []Source `json:"sources"`
	Disagreement string   `json:"disagreement,omitempty"` // what the sources disagree on: "date", "place"
	// Review is the review state, notes and history; exports made with
	// Reviews carry it for every event.
	Review *ReviewJSON `json:"review,omitempty"`
}

// Date is a resolved date: its TIMEX3 value, precision, inclusive ISO bounds
// (empty where open), EDTF, and how it was found.
type Date struct {
	Value       string  `json:"value"`
	Type        string  `json:"type"`
	Mod         string  `json:"mod,omitempty"`
	Precision   string  `json:"precision"`
	Start       string  `json:"start"`
	End         string  `json:"end"`
	EDTF        string  `json:"edtf"`
	Label       string  `json:"label"`
	Expression  string  `json:"expression,omitempty"`
	Explanation string  `json:"explanation,omitempty"`
	Rule        string  `json:"rule,omitempty"`
	Anchor      string  `json:"anchor,omitempty"`
	Tense       string  `json:"tense,omitempty"`
	Target      *Target `json:"target,omitempty"` // where Expression is
}

// Place is where an event happened; Target is where the text named it.
type Place struct {
	Name      string  `json:"name"`
	GeonameID int64   `json:"geonameid"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Country   string  `json:"country"`
	Precision string  `json:"precision"`
	Mention   string  `json:"mention,omitempty"`
	Target    *Target `json:"target,omitempty"`
}

// Actor is a person, organization or country taking part; Target is where
// the text named it.
type Actor struct {
	Name    string  `json:"name"`
	Kind    string  `json:"kind"`
	Mention string  `json:"mention,omitempty"`
	Target  *Target `json:"target,omitempty"`
}

// Source is a sentence that reports the event: its document, its code point
// range, the quote, the W3C selectors that find it again, the date as this
// source gave it, when the extractor recorded one, and the words of
// happening in it: Trigger, the word the event stands on ("ordered"), and
// Also, the other words its date anchors ("said" in "said on Friday that it
// had ordered"), as TimeML would link each of them to the date; and
// Statement, the saying that reports the happening with a date of its own
// ("said on Monday that ferries would be barred from April 1": the event is
// the barring on April 1, the statement "said" on Monday).
type Source struct {
	Document  int64      `json:"document"`
	Start     int        `json:"start"`
	End       int        `json:"end"`
	Quote     string     `json:"quote"`
	Selector  []Selector `json:"selector"`
	Date      *Date      `json:"date,omitempty"`
	Trigger   *Target    `json:"trigger,omitempty"`
	Also      []Target   `json:"also,omitempty"`
	Statement *Statement `json:"statement,omitempty"`
}

// Statement is a verb of saying of a source with its own date: the word
// ("said") and its date, whose target is the date's expression ("on Monday").
type Statement struct {
	Trigger Target `json:"trigger"`
	Date    Date   `json:"date"`
}

// Target is a mention in a document: the code point range and its selectors.
type Target struct {
	Document int64      `json:"document"`
	Start    int        `json:"start"`
	End      int        `json:"end"`
	Selector []Selector `json:"selector"`
}

// Selector is a W3C Web Annotation selector: a TextPositionSelector (Start,
// End in code points) or a TextQuoteSelector (Exact with up to 32 code points
// of Prefix and Suffix).
type Selector struct {
	Type   string
	Start  int
	End    int
	Exact  string
	Prefix string
	Suffix string
}

// Selector types.
const (
	PositionSelector = "TextPositionSelector"
	QuoteSelector    = "TextQuoteSelector"
)

// contextLen is how many code points of context a TextQuoteSelector keeps.
const contextLen = 32

type positionJSON struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type quoteJSON struct {
	Type   string `json:"type"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
}

// MarshalJSON writes the fields of the selector's type only.
func (s Selector) MarshalJSON() ([]byte, error) {
	switch s.Type {
	case PositionSelector:
		return json.Marshal(positionJSON{s.Type, s.Start, s.End})
	case QuoteSelector:
		return json.Marshal(quoteJSON{s.Type, s.Exact, s.Prefix, s.Suffix})
	}
	return nil, fmt.Errorf("unknown selector type %q", s.Type)
}

// UnmarshalJSON reads a selector of a known type.
func (s *Selector) UnmarshalJSON(b []byte) error {
	var v struct {
		Type   string `json:"type"`
		Start  int    `json:"start"`
		End    int    `json:"end"`
		Exact  string `json:"exact"`
		Prefix string `json:"prefix"`
		Suffix string `json:"suffix"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if v.Type != PositionSelector && v.Type != QuoteSelector {
		return fmt.Errorf("unknown selector type %q", v.Type)
	}
	*s = Selector(v)
	return nil
}

// NewStory converts a story to its JSON value. Offsets become code points of
// the document they point into; an offset into a document the story does not
// hold is kept as it is.
func NewStory(s timeline.Story) Story { return NewReviewedStory(s, nil) }

// NewReviewedStory is NewStory with each event's review from r (an event
// without an entry is new, with no notes or history). A nil r leaves the
// review out.
func NewReviewedStory(s timeline.Story, r Reviews) Story {
	out, docs := storyHead(s)
	out.Events = make([]Event, 0, len(s.Events))
	for _, e := range s.Events {
		out.Events = append(out.Events, reviewedEvent(e, r, docs))
	}
	return out
}

// reviewedEvent is the Story JSON of e with its review from r.
func reviewedEvent(e timeline.Event, r Reviews, docs map[int64]*indexedDoc) Event {
	ev := newEvent(e, docs)
	if r != nil {
		ev.Review = newReview(r[e.ID])
	}
	return ev
}

// storyHead is the Story JSON of s without its events, and its documents
// indexed for the events' offsets.
func storyHead(s timeline.Story) (Story, map[int64]*indexedDoc) {
	docs := indexDocuments(s)
	out := Story{
		ID:        s.ID,
		Title:     s.Title,
		Created:   formatTime(s.Created),
		Documents: make([]Document, 0, len(s.Documents)),
		Events:    make([]Event, 0, len(s.Events)),
	}
	for _, d := range s.Documents {
		doc := Document{
			ID:        d.ID,
			Title:     d.Title,
			Outlet:    d.Outlet,
			URL:       d.URL,
			Published: Published{Source: d.PublishedSource},
			Added:     formatTime(d.Added),
			Text:      d.Text,
		}
		if !d.Published.IsZero() {
			doc.Published.Date = d.Published.Format(isoDate)
		}
		out.Documents = append(out.Documents, doc)
	}
	return out, docs
}

func newEvent(e timeline.Event, docs map[int64]*indexedDoc) Event {
	ev := Event{
		ID:           e.ID,
		Title:        e.Title,
		Trigger:      e.Trigger,
		Text:         e.Text,
		Undated:      !e.Dated(),
		Places:       make([]Place, 0, len(e.Places)),
		Actors:       make([]Actor, 0, len(e.Actors)),
		Sources:      make([]Source, 0, len(e.Sources)),
		Disagreement: e.Disagreement,
	}
	// Date, place and actor spans point into the document of the first source.
	var first int64
	hasFirst := len(e.Sources) > 0
	if hasFirst {
		first = e.Sources[0].DocumentID
	}
	if e.Dated() {
		ev.Date = newDate(e.Date, first, hasFirst, docs)
	}
	for _, p := range e.Places {
		place := Place{
			Name:      p.Name,
			GeonameID: p.GeonameID,
			Lat:       p.Lat,
			Lon:       p.Lon,
			Country:   p.Country,
			Precision: string(p.Precision),
			Mention:   p.Mention,
		}
		if hasFirst && p.Span != (timeline.Span{}) {
			place.Target = newTarget(first, p.Span, docs)
		}
		ev.Places = append(ev.Places, place)
	}
	for _, a := range e.Actors {
		actor := Actor{Name: a.Name, Kind: a.Kind, Mention: a.Mention}
		if hasFirst && a.Span != (timeline.Span{}) {
			actor.Target = newTarget(first, a.Span, docs)
		}
		ev.Actors = append(ev.Actors, actor)
	}
	for _, src := range e.Sources {
		t := newTarget(src.DocumentID, src.Span, docs)
		s := Source{Document: src.DocumentID, Start: t.Start, End: t.End, Quote: src.Quote, Selector: t.Selector}
		if !src.Date.IsZero() {
			s.Date = newDate(src.Date, src.DocumentID, true, docs)
		}
		if src.Trigger != (timeline.Span{}) {
			s.Trigger = newTarget(src.DocumentID, src.Trigger, docs)
		}
		for _, sp := range src.Also {
			s.Also = append(s.Also, *newTarget(src.DocumentID, sp, docs))
		}
		if st := src.Statement; st != nil {
			s.Statement = &Statement{Trigger: *newTarget(src.DocumentID, st.Trigger, docs), Date: *newDate(st.Date, src.DocumentID, true, docs)}
		}
		ev.Sources = append(ev.Sources, s)
	}
	return ev
}

func newDate(d timeline.Date, doc int64, hasDoc bool, docs map[int64]*indexedDoc) *Date {
	out := &Date{
		Value:       d.Value,
		Type:        d.Type,
		Mod:         d.Mod,
		Precision:   string(d.Precision),
		Start:       d.Start,
		End:         d.End,
		EDTF:        d.EDTF,
		Label:       Label(d),
		Expression:  d.Expression,
		Explanation: d.Explanation,
		Rule:        d.Rule,
		Anchor:      d.Anchor,
		Tense:       d.Tense,
	}
	if hasDoc && d.Span != (timeline.Span{}) {
		out.Target = newTarget(doc, d.Span, docs)
	}
	return out
}

// newTarget converts a byte span of a document to code points and selectors.
func newTarget(doc int64, sp timeline.Span, docs map[int64]*indexedDoc) *Target {
	t := &Target{Document: doc, Start: sp.Start, End: sp.End}
	d, ok := docs[doc]
	if !ok {
		t.Selector = []Selector{{Type: PositionSelector, Start: t.Start, End: t.End}}
		return t
	}
	text := d.Text
	t.Start, t.End = d.codePoints(sp.Start), d.codePoints(sp.End)
	start, end := max(0, min(sp.Start, len(text))), max(0, min(sp.End, len(text)))
	end = max(start, end)
	t.Selector = []Selector{
		{Type: PositionSelector, Start: t.Start, End: t.End},
		{Type: QuoteSelector, Exact: text[start:end], Prefix: lastRunes(text[:start], contextLen), Suffix: firstRunes(text[end:], contextLen)},
	}
	return t
}

func firstRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

func lastRunes(s string, n int) string {
	i, j := 0, len(s)
	for j > 0 && i < n {
		_, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
		i++
	}
	return s[j:]
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// WriteJSON writes the Story JSON of s, indented, fields in a fixed order.
func WriteJSON(w io.Writer, s timeline.Story) error { return WriteReviewedJSON(w, s, nil) }

// WriteReviewedJSON writes the Story JSON of s with the review of each event
// (see NewReviewedStory).
//
// It streams: the story's head is encoded first, then each event on its
// own, so the memory it needs is that of one event, not of the whole
// document. The bytes are those json.Encoder with an indent of two spaces
// writes for NewReviewedStory(s, r).
func WriteReviewedJSON(w io.Writer, s timeline.Story, r Reviews) error {
	head, docs := storyHead(s)
	b, err := json.MarshalIndent(head, "", "  ")
	if err != nil {
		return fmt.Errorf("write story json: %w", err)
	}
	// head has no events, which ends the object as `"events": []` + "\n}".
	const tail = "[]\n}"
	if !bytes.HasSuffix(b, []byte(tail)) {
		return fmt.Errorf("write story json: unexpected head %q", b[max(0, len(b)-40):])
	}
	if _, err := w.Write(b[:len(b)-len(tail)]); err != nil {
		return fmt.Errorf("write story json: %w", err)
	}
	if len(s.Events) == 0 {
		_, err := io.WriteString(w, "[]\n}\n")
		return err
	}
	if _, err := io.WriteString(w, "["); err != nil {
		return fmt.Errorf("write story json: %w", err)
	}
	for i, e := range s.Events {
		b, err := json.MarshalIndent(reviewedEvent(e, r, docs), "    ", "  ")
		if err != nil {
			return fmt.Errorf("write story json: event %d: %w", e.ID, err)
		}
		sep := ",\n    "
		if i == 0 {
			sep = "\n    "
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return fmt.Errorf("write story json: %w", err)
		}
		if _, err := w.Write(b); err != nil {
			return fmt.Errorf("write story json: %w", err)
		}
	}
	_, err = io.WriteString(w, "\n  ]\n}\n")
	return err
}

// indexedDoc is a document with marks on its text: for every
// runeMarkEvery bytes, the first rune start from there and the code points
// before it. Converting an offset then counts at most about that many bytes
// instead of the text from its start (which made the Story JSON of a long
// story quadratic in its events).
type indexedDoc struct {
	timeline.Document
	marks []runeMark
}

type runeMark struct{ at, n int }

const runeMarkEvery = 512

// indexDocuments indexes the documents of s by id, in one pass over each
// text.
func indexDocuments(s timeline.Story) map[int64]*indexedDoc {
	m := make(map[int64]*indexedDoc, len(s.Documents))
	for _, d := range s.Documents {
		x := &indexedDoc{Document: d, marks: make([]runeMark, 0, len(d.Text)/runeMarkEvery+1)}
		n, next := 0, 0
		for i := range d.Text { // i steps over rune starts
			for i >= next {
				x.marks = append(x.marks, runeMark{at: i, n: n})
				next += runeMarkEvery
			}
			n++
		}
		m[d.ID] = x
	}
	return m
}

// codePoints is codePoints(d.Text, b), counted from the last mark at or
// before b: marks sit on rune starts, so the counts add up exactly.
func (d *indexedDoc) codePoints(b int) int {
	b = max(0, min(b, len(d.Text)))
	i := min(b/runeMarkEvery, len(d.marks)-1)
	for i > 0 && d.marks[i].at > b {
		i--
	}
	if i < 0 {
		return codePoints(d.Text, b)
	}
	return d.marks[i].n + utf8.RuneCountInString(d.Text[d.marks[i].at:b])
}
