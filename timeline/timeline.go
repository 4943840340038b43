// Package timeline is Storyline's domain: stories, documents, events, their
// dates and places. The pipeline that extracts events from text lives in
// timeline/extract. It uses
// the standard library only; it speaks no SQL and no HTTP, never logs and
// never reads the clock.
package timeline

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"storyline/timeline/temporal"
)

// Span is a half-open range of byte offsets into a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Story is a set of documents about one subject and the events they report.
type Story struct {
	ID        int64
	Title     string
	Created   time.Time
	Documents []Document
	Events    []Event
}

// Where a document's publication date came from.
const (
	PublishedUser      = "user"      // typed by the user
	PublishedMeta      = "meta"      // <meta property="article:published_time"> and kin
	PublishedJSONLD    = "json-ld"   // JSON-LD datePublished
	PublishedTimeTag   = "time"      // <time datetime>
	PublishedDateline  = "dateline"  // "NUR-SULTAN, Kazakhstan (AP) — Sept. 14, 2022"
	PublishedByline    = "published" // a "Published 14 September 2022" line
	PublishedLoneDate  = "date-line" // a line near the top holding only a date: "Tuesday, October 3, 2006"
	PublishedUndefined = ""          // not known
)

// Document is one article of a story: its plain text (HTML input is reduced
// to text before it gets here) and what is known about its publication.
type Document struct {
	ID      int64
	StoryID int64
	Title   string
	Outlet  string
	URL     string
	// Text is the plain text every Span of the document points into.
	Text string
	// Published is the publication date (a civil date, UTC midnight); zero when unknown.
	Published       time.Time
	PublishedSource string
	// Anchoring is how the tagger anchors the document's year-less and
	// relative dates: temporal.Auto (chosen from the text), News or
	// Narrative, as the user set it.
	Anchoring temporal.Mode
	Added     time.Time
}

// Precision of an event date, coarsest last. It says how much of the date is
// known, so nothing downstream invents a day that the text did not give.
type Precision string

const (
	PrecisionTime    Precision = "time"
	PrecisionDay     Precision = "day"
	PrecisionWeek    Precision = "week"
	PrecisionMonth   Precision = "month"
	PrecisionSeason  Precision = "season"
	PrecisionQuarter Precision = "quarter"
	PrecisionHalf    Precision = "half"
	PrecisionYear    Precision = "year"
	PrecisionDecade  Precision = "decade"
	PrecisionCentury Precision = "century"
	PrecisionPast    Precision = "past"   // fuzzy: some time before the anchor
	PrecisionFuture  Precision = "future" // fuzzy: some time after the anchor
	PrecisionPresent Precision = "present"
	PrecisionUnknown Precision = "unknown"
)

// Date is the resolved date of an event, as TIMEX3 and as bounds.
type Date struct {
	Value     string    `json:"value"` // TIMEX3 value: 2022-09-14, 2022-04, 2022-W37, PAST_REF
	Type      string    `json:"type"`  // DATE, TIME, DURATION, SET
	Mod       string    `json:"mod,omitempty"`
	Precision Precision `json:"precision"`
	// Start and End are inclusive ISO dates (YYYY-MM-DD) bounding the value;
	// empty where the bound is open ("before 2020" has no start).
	Start string `json:"start"`
	End   string `json:"end"`
	EDTF  string `json:"edtf"`
	// Expression is the text that gave the date ("on Wednesday"), Span its place.
	Expression string `json:"expression,omitempty"`
	Span       Span   `json:"-"`
	// Explanation says how the value was resolved, for people:
	// "Wednesday, anchored to publication date Wed 2022-09-14, past tense: same day".
	Explanation string `json:"explanation,omitempty"`
	Rule        string `json:"rule,omitempty"`
	Anchor      string `json:"anchor,omitempty"`
	Tense       string `json:"tense,omitempty"`
}

// IsZero reports whether the event has no date.
func (d Date) IsZero() bool { return d.Value == "" }

// PlacePrecision classes how big a place is.
type PlacePrecision string

const (
	PlacePoint     PlacePrecision = "point"
	PlaceCity      PlacePrecision = "city"
	PlaceRegion    PlacePrecision = "region"
	PlaceCountry   PlacePrecision = "country"
	PlaceContinent PlacePrecision = "continent"
)

// Place is a gazetteer entry an event happened at.
type Place struct {
	GeonameID int64          `json:"geonameid"`
	Name      string         `json:"name"`
	Lat       float64        `json:"lat"`
	Lon       float64        `json:"lon"`
	Country   string         `json:"country"` // ISO 3166-1 alpha-2, empty for seas and continents
	Precision PlacePrecision `json:"precision"`
	// Mention is the text that named the place ("Nur-Sultan") and Span its
	// place in the document of the event's first source.
	Mention string `json:"mention,omitempty"`
	Span    Span   `json:"-"`
}

// Actor is a person, organization or country taking part in an event.
type Actor struct {
	Name string `json:"name"`
	Kind string `json:"kind"` // person, organization, country
	// Mention is the text that named the actor ("Xi", "President Tokayev" gives
	// "Tokayev") and Span its place in the document of the event's first source.
	Mention string `json:"mention,omitempty"`
	Span    Span   `json:"-"`
}

// ActorKeys are the keys a short name finds an actor's full name by: the
// name itself and each of its words (split at spaces and hyphens) in lower
// case; for a name of several words also its NameSpelling and its
// Initialisms. "Xi Jinping" has "Xi Jinping", "xi" and "jinping"; a document
// that names "Xi" (key "xi") may mean him, one that names "the WHO" or the
// "World Health Organisation" the "World Health Organization". A store
// indexes a story's actors by these keys so that resolving a new document's
// short names reads only the names it could mean.
func ActorKeys(name string) []string {
	keys := []string{name}
	add := func(k string) {
		if k != name && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		add(strings.ToLower(w))
	}
	if strings.Contains(name, " ") {
		add(NameSpelling(name))
		for _, k := range Initialisms(name) {
			add(k)
		}
	}
	return keys
}

// NameSpelling is a name in lower case with the British "-isation" spelled
// "-ization": "World Health Organisation" and "World Health Organization"
// are one name in two spellings.
func NameSpelling(name string) string {
	return strings.ReplaceAll(strings.ToLower(name), "isation", "ization")
}

// Initialisms are the abbreviations a name of two or more capitalized words
// goes by: its initials, leaving out the words in lower case ("WHO" for
// "World Health Organization", "NIBSC" for "National Institute for
// Biological Standards and Control"), and the initials of its part before
// an "and" ("CDC" for "Centers for Disease Control and Prevention"). None
// when the name opens in lower case or a word is neither capitalized nor
// lower case ("iPhone Users").
func Initialisms(name string) []string {
	var out []string
	var b strings.Builder
	n := 0
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "and" && n >= 2:
			out = append(out, b.String())
		case unicode.IsUpper(r):
			b.WriteRune(r)
			n++
		case n == 0 || !unicode.IsLower(r) || strings.IndexFunc(w, unicode.IsUpper) >= 0:
			return nil // a name opens with a capital
		}
	}
	if n < 2 {
		return nil
	}
	return append(out, b.String())
}

// Source is where an event was reported: a document, the span of the
// sentence and its text.
type Source struct {
	DocumentID int64  `json:"document"`
	Span       Span   `json:"-"`
	Quote      string `json:"quote"`
	// Trigger is where the source's word of happening stands ("launched");
	// zero when the source has none.
	Trigger Span `json:"-"`
	// Also are the other words of happening of the trigger's clause that
	// the source's date anchors with it ("wrapped up a meeting today": the
	// meeting; "said on Friday that it had activated its response": the
	// saying), as TimeML links each of them to the date.
	Also []Span `json:"-"`
	// Date is the event's date as this source gave it; it differs from the
	// event's when sources disagree.
	Date Date `json:"-"`
	// Statement is the saying that reports the happening when it has a
	// date of its own, other than the happening's: "The council said on
	// Monday that ferries would be barred from April 1" is one event, the
	// barring on April 1, whose source keeps the saying of Monday. Nil
	// when the source's sentence has no such saying.
	Statement *Statement `json:"-"`
}

// Statement is a verb of saying with its own date, kept on the source of
// the happening it reports and never an event of its own: Trigger is where
// the saying's word stands in the source's document ("said"), Date its date
// (with the span of its expression, "on Monday").
type Statement struct {
	Trigger Span
	Date    Date
}

// Event is who did what, where and when, with the sentences that report it.
type Event struct {
	ID      int64
	StoryID int64
	Title   string // a short headline
	Trigger string // the verb or noun of the happening
	Text    string // the sentence of the first source
	Date    Date
	Places  []Place
	Actors  []Actor
	Sources []Source
	// Disagreement says what the sources disagree on ("date", "place"); empty when they agree.
	Disagreement string
}

// Dated reports whether the event has a resolved date.
func (e Event) Dated() bool { return !e.Date.IsZero() }
