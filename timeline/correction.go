package timeline

import (
	"strings"
	"time"
	"unicode/utf8"

	"storyline/timeline/geo"
	"storyline/timeline/temporal"
)

// Fields of an event that people change. A change of FieldTitle, FieldDate,
// FieldPlace, FieldActors, FieldState or FieldHidden is a correction: it
// stays in force when the story is extracted again.
const (
	FieldTitle  = "title"
	FieldDate   = "date"
	FieldPlace  = "place"
	FieldActors = "actors"
	FieldState  = "state"
	FieldHidden = "hidden"
	FieldNote   = "note"  // a note was added
	FieldMerge  = "merge" // another event was merged into this one
	FieldSplit  = "split" // an event merged into this one was split off again
)

// Change is one entry of an event's history: who changed which field from
// what to what, and why. Old and New are for people ("2022-09-14",
// "Astana (1526273)"); the db package keeps what it needs to revert.
type Change struct {
	ID      int64
	EventID int64 // 0 while no event has the key
	Key     string
	Author  string
	Time    time.Time
	Field   string
	Old     string
	New     string
	Reason  string
	// Reverts is the id of the change this one reverted, 0 when none.
	Reverts int64
}

// MaxReason is the longest reason accepted, in bytes.
const MaxReason = 1000

// MaxHeadline is the longest headline accepted, in bytes.
const MaxHeadline = 300

// Edit is what one person changes on one event at once; nil fields stay
// as they are. All of it is applied in one transaction, one history entry
// per changed field.
type Edit struct {
	Title *string
	// Date is typed by a person: "14 Sept 2022", "April 2022", "before
	// 2020", "2022-W37" or a TIMEX3 value; relative dates resolve against
	// the publication date of the event's first source.
	Date *string
	// Place replaces the event's places; look it up with GazetteerPlace.
	Place  *Place
	Actors *[]Actor
	State  *ReviewState
	Hidden *bool
	// Reason is kept with every change of the edit.
	Reason string
}

// IsZero reports whether the edit changes nothing.
func (e Edit) IsZero() bool {
	return e.Title == nil && e.Date == nil && e.Place == nil && e.Actors == nil && e.State == nil && e.Hidden == nil
}

// CheckText validates the free-text parts of an edit.
func (e Edit) CheckText() error {
	if len(e.Reason) > MaxReason || !utf8.ValidString(e.Reason) {
		return Errorf(EInvalid, "A reason is at most %d bytes of UTF-8.", MaxReason)
	}
	if e.Title != nil {
		t := strings.TrimSpace(*e.Title)
		switch {
		case t == "":
			return Errorf(EInvalid, "A headline cannot be empty.")
		case len(t) > MaxHeadline || !utf8.ValidString(t):
			return Errorf(EInvalid, "A headline is at most %d bytes of UTF-8.", MaxHeadline)
		}
	}
	if e.Actors != nil {
		for _, a := range *e.Actors {
			if strings.TrimSpace(a.Name) == "" || len(a.Name) > MaxHeadline || !utf8.ValidString(a.Name) {
				return Errorf(EInvalid, "An actor needs a name of at most %d bytes.", MaxHeadline)
			}
		}
	}
	return nil
}

// ParseCorrectedDate reads a date a person typed to correct an event (see
// temporal.ParseUserDate); relative input resolves against dct, the
// publication date of the event's first source (zero when unknown). The
// precision follows what was typed: "April 2022" is a month, not a day.
func ParseCorrectedDate(typed string, dct time.Time) (Date, error) {
	if len(typed) > 100 || !utf8.ValidString(typed) {
		return Date{}, Errorf(EInvalid, "A date is at most 100 bytes of UTF-8.")
	}
	x, err := temporal.ParseUserDate(typed, dct)
	if err != nil {
		return Date{}, &Error{Code: EInvalid, Message: err.Error(), Err: err}
	}
	switch v := x.Value.String(); {
	case v == "PAST_REF" || v == "FUTURE_REF" || v == "PRESENT_REF":
		x.Type = "DATE" // ParseUserDate takes the leading P for a duration
	case x.Type == "SET":
		return Date{}, Errorf(EInvalid, "%q repeats; type one date.", strings.TrimSpace(typed))
	case x.Type == "DURATION":
		return Date{}, Errorf(EInvalid, "%q is a length of time, not a date.", strings.TrimSpace(typed))
	}
	d := DateOf(x)
	d.Expression = strings.TrimSpace(typed)
	d.Span = Span{}
	d.Rule = "user"
	return d, nil
}

// GazetteerPlace returns the gazetteer entry id as an event's place, or an
// invalid-input error when the gazetteer has no such entry.
func GazetteerPlace(g *geo.Gazetteer, id int64) (Place, error) {
	p, ok := g.Get(id)
	if !ok {
		return Place{}, Errorf(EInvalid, "The gazetteer has no place %d.", id)
	}
	return Place{GeonameID: p.ID, Name: p.Name, Lat: p.Lat, Lon: p.Lon, Country: p.Country,
		Precision: PlacePrecision(p.Precision)}, nil
}
