package timeline

import (
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// ReviewState is how far journalists have checked an event.
type ReviewState string

const (
	StateNew       ReviewState = "new"       // as extracted, nobody looked
	StateChecked   ReviewState = "checked"   // a journalist checked it against the sources
	StatePublished ReviewState = "published" // checked and fit to publish
	StateRejected  ReviewState = "rejected"  // wrong or not an event
)

// ReviewStates lists the states in workflow order.
var ReviewStates = []ReviewState{StateNew, StateChecked, StatePublished, StateRejected}

// ParseReviewState reads a state name.
func ParseReviewState(s string) (ReviewState, error) {
	st := ReviewState(strings.ToLower(strings.TrimSpace(s)))
	for _, known := range ReviewStates {
		if st == known {
			return st, nil
		}
	}
	return "", Errorf(EInvalid, "%q is not a review state; use new, checked, published or rejected.", s)
}

// ReviewedEvent is an event with what the newsroom added to it.
type ReviewedEvent struct {
	Event
	// Key identifies the event across re-extractions (see db.EventKey).
	Key    string
	State  ReviewState
	Hidden bool
	// MergedInto is the id of the event this one was merged into (0 when
	// none); a merged event is hidden and its sources are cited by that one.
	MergedInto int64
	// Merged are the ids of the events merged into this one.
	Merged []int64
	// Corrected lists the fields a person corrected (FieldTitle, FieldDate,
	// ...), which re-extraction leaves alone.
	Corrected []string
	Notes     int
	// Uncertainty is filled by the review queue.
	Uncertainty Uncertainty
}

// IsCorrected reports whether a person corrected field.
func (e ReviewedEvent) IsCorrected(field string) bool {
	for _, f := range e.Corrected {
		if f == field {
			return true
		}
	}
	return false
}

// Visible reports whether the event shows on the timeline by default.
func (e ReviewedEvent) Visible() bool { return !e.Hidden && e.MergedInto == 0 }

// Uncertainty says how much an event needs a journalist's eye: the higher
// the score, the earlier it comes in the review queue.
type Uncertainty struct {
	Score   int
	Reasons []string // for people: "fuzzy date", "single source", ...
}

// Weights of the signals Assess adds up.
const (
	weightFuzzy        = 4 // PAST_REF, FUTURE_REF, PRESENT_REF, durations
	weightUnresolved   = 4 // a value with X: the anchor was not found
	weightDisagreement = 4
	weightUndated      = 3
	weightAmbiguous    = 2 // a place name several gazetteer entries share
	weightOpen         = 2 // an open bound ("before 2020")
	weightCoarse       = 1 // a season, a year, a decade
	weightApprox       = 1
	weightSingleSource = 1
	weightNoPlace      = 1
)

// Assess scores how uncertain an event is. candidates returns how many
// gazetteer entries a place mention could mean (nil counts every mention as
// unambiguous); ambiguous places are those with several.
func Assess(e Event, candidates func(mention string) int) Uncertainty {
	var u Uncertainty
	add := func(w int, why string) {
		u.Score += w
		u.Reasons = append(u.Reasons, why)
	}
	d := e.Date
	switch {
	case d.IsZero():
		add(weightUndated, "no date")
	case strings.Contains(d.Value, "X"):
		add(weightUnresolved, "unresolved anchor")
	case d.Precision == PrecisionPast || d.Precision == PrecisionFuture || d.Precision == PrecisionPresent ||
		d.Precision == PrecisionUnknown || d.Precision == "":
		add(weightFuzzy, "fuzzy date")
	}
	if !d.IsZero() && (d.Start == "") != (d.End == "") {
		add(weightOpen, "open date range")
	}
	switch d.Precision {
	case PrecisionSeason, PrecisionQuarter, PrecisionHalf, PrecisionYear, PrecisionDecade, PrecisionCentury:
		add(weightCoarse, "coarse date")
	}
	if d.Mod == "APPROX" {
		add(weightApprox, "approximate date")
	}
	if e.Disagreement != "" {
		add(weightDisagreement, "sources disagree on "+e.Disagreement)
	}
	if len(e.Sources) <= 1 {
		add(weightSingleSource, "single source")
	}
	if len(e.Places) == 0 {
		add(weightNoPlace, "no place")
	}
	if candidates != nil {
		for _, p := range e.Places {
			name := p.Mention
			if name == "" {
				name = p.Name
			}
			if candidates(name) > 1 {
				add(weightAmbiguous, "ambiguous place "+strconv.Quote(name))
			}
		}
	}
	return u
}

// SortReviewQueue orders events most uncertain first, keeping the given
// (date) order among equals. It fills each event's Uncertainty.
func SortReviewQueue(evs []ReviewedEvent, candidates func(mention string) int) {
	for i := range evs {
		evs[i].Uncertainty = Assess(evs[i].Event, candidates)
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Uncertainty.Score > evs[j].Uncertainty.Score })
}

// Note is a remark a journalist left on an event; replies name their parent.
type Note struct {
	ID      int64
	EventID int64
	// Parent is the note this one answers, 0 for a new thread.
	Parent  int64
	Author  string
	Body    string
	Created time.Time
}

// MaxNote is the longest note accepted, in bytes.
const MaxNote = 10000

// StoryFilter narrows the events of a story. The zero value keeps every
// visible event. It lives in the URL of the story page (ParseFilter,
// Encode), so a filtered view can be shared.
type StoryFilter struct {
	// From and To are inclusive ISO dates (YYYY-MM-DD); an event matches when
	// its date range overlaps them. Either may be empty.
	From, To string
	// Place is a GeoNames id the event must be at.
	Place int64
	// Actor is the name of an actor the event must have (case-insensitive).
	Actor string
	// Document is the id of a document the event must cite.
	Document int64
	// State is the review state the event must have; "" for any.
	State ReviewState
	// Text are words the headline, a quote or a note must contain.
	Text string
	// IncludeHidden also keeps hidden and merged events.
	IncludeHidden bool
	// SkipNotes searches Text in headlines and quotes only, not in notes
	// (what an outsider's search may look into; see Audience.Filter). It
	// is not part of the URL.
	SkipNotes bool
}

// IsZero reports whether the filter keeps every visible event.
func (f StoryFilter) IsZero() bool {
	f.SkipNotes = false
	return f == StoryFilter{}
}

// URL query parameter names of StoryFilter.
const (
	paramFrom     = "from"
	paramTo       = "to"
	paramPlace    = "place"
	paramActor    = "actor"
	paramDocument = "source"
	paramState    = "state"
	paramText     = "q"
	paramHidden   = "hidden"
)

// MaxFilterText is the longest search text accepted, in bytes.
const MaxFilterText = 200

// ParseFilter reads a filter from URL query values (from, to, place,
// actor, source, state, q, hidden) and checks it. Empty values are the same
// as missing ones.
func ParseFilter(v url.Values) (StoryFilter, error) {
	f := StoryFilter{
		From:  strings.TrimSpace(v.Get(paramFrom)),
		To:    strings.TrimSpace(v.Get(paramTo)),
		Actor: strings.TrimSpace(v.Get(paramActor)),
		Text:  strings.TrimSpace(v.Get(paramText)),
	}
	for _, d := range []string{f.From, f.To} {
		if d == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return StoryFilter{}, Errorf(EInvalid, "%q is not a date (YYYY-MM-DD).", d)
		}
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return StoryFilter{}, Errorf(EInvalid, "The range %s to %s ends before it starts.", f.From, f.To)
	}
	var err error
	if f.Place, err = positiveID(v.Get(paramPlace), "place"); err != nil {
		return StoryFilter{}, err
	}
	if f.Document, err = positiveID(v.Get(paramDocument), "source"); err != nil {
		return StoryFilter{}, err
	}
	if s := strings.TrimSpace(v.Get(paramState)); s != "" {
		if f.State, err = ParseReviewState(s); err != nil {
			return StoryFilter{}, err
		}
	}
	if len(f.Text) > MaxFilterText {
		return StoryFilter{}, Errorf(EInvalid, "The search text can be at most %d bytes long.", MaxFilterText)
	}
	if s := strings.TrimSpace(v.Get(paramHidden)); s != "" {
		if f.IncludeHidden, err = strconv.ParseBool(s); err != nil {
			return StoryFilter{}, Errorf(EInvalid, "hidden=%q: use true or false.", s)
		}
	}
	return f, nil
}

// positiveID reads an optional positive id.
func positiveID(s, what string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, Errorf(EInvalid, "%s=%q is not an id.", what, s)
	}
	return id, nil
}

// Values returns the filter as URL query values, leaving out empty fields;
// ParseFilter reads them back.
func (f StoryFilter) Values() url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set(paramFrom, f.From)
	set(paramTo, f.To)
	if f.Place != 0 {
		v.Set(paramPlace, strconv.FormatInt(f.Place, 10))
	}
	set(paramActor, f.Actor)
	if f.Document != 0 {
		v.Set(paramDocument, strconv.FormatInt(f.Document, 10))
	}
	set(paramState, string(f.State))
	set(paramText, f.Text)
	if f.IncludeHidden {
		v.Set(paramHidden, "true")
	}
	return v
}

// Encode returns the filter as a URL query string (without "?"), sorted by
// key, "" for the zero filter.
func (f StoryFilter) Encode() string { return f.Values().Encode() }
