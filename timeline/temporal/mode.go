package temporal

import (
	"fmt"
	"time"
)

// Mode is how a document's year-less and relative dates are anchored.
type Mode string

const (
	// Auto reads the mode from the text (Classify).
	Auto Mode = ""
	// News anchors to the publication date, in the direction of the
	// sentence's tense: "June 10" in a story of June 12 is two days before.
	News Mode = "news"
	// Narrative anchors to the reference time the text has established,
	// the last date of year precision or finer: in a history piece on
	// 1940, "June 10" is 1940-06-10 and "twelve days later" counts from
	// it. Deictic words ("today", "last year", "three years ago") keep the
	// publication date, and "today" and "now" mean the present
	// (PRESENT_REF).
	Narrative Mode = "narrative"
)

// ParseMode reads a mode as a user or an API types it: "news",
// "narrative", or "auto" / "" for the automatic choice.
func ParseMode(s string) (Mode, error) {
	switch s {
	case "", "auto":
		return Auto, nil
	case "news":
		return News, nil
	case "narrative":
		return Narrative, nil
	}
	return Auto, fmt.Errorf("anchoring mode %q: want auto, news or narrative", s)
}

// Options are the parameters of one tagging call.
type Options struct {
	DCT  time.Time // the document creation time (publication date); zero when unknown
	Mode Mode      // Auto (the zero value), News or Narrative
}

// Tagged is the result of TagWith: the expressions, the mode they were
// resolved in, and why that mode (for the document page).
type Tagged struct {
	Timexes []Timex
	Mode    Mode
	Why     string
}

// farYears is how far from the publication date a date must lie to be
// history rather than news: a story of 1998 that recalls 1995 is still
// news, one about 1940 is not.
const farYears = 5

// Classify chooses the anchoring mode of a document from its expressions
// as tagged in news mode. A date written with its year is near when it lies
// within a year of the publication date and far when more than farYears
// from it; words anchored to
// the publication date ("Tuesday", "yesterday", "last week") count for news.
// The text reads as narrative when its explicit dates are mostly far from
// the publication date, or when it has no date at all.
func Classify(xs []Timex, dct time.Time) (Mode, string) {
	near, mid, far, deictic := 0, 0, 0, 0
	farBefore, farAfter := dct.AddDate(-farYears, 0, 0), dct.AddDate(farYears, 0, 0)
	nearBefore, nearAfter := dct.AddDate(-1, 0, 0), dct.AddDate(1, 0, 0)
	for _, x := range xs {
		if x.Type != "DATE" && x.Type != "TIME" {
			continue
		}
		if x.AnchorKind == "dct" {
			deictic += pointsToDCT[x.Rule]
			continue
		}
		if x.AnchorKind != "" {
			continue
		}
		start, end, ok := x.Value.Bounds()
		if !ok || dct.IsZero() {
			continue
		}
		switch {
		case end.Before(farBefore) || start.After(farAfter):
			far++
		case !end.Before(nearBefore) && !start.After(nearAfter):
			near++
		default:
			mid++
		}
	}
	switch {
	case dct.IsZero():
		return Narrative, "no publication date: dates are anchored to the ones the text gives"
	case near+mid+far+deictic == 0:
		return Narrative, "no dates to anchor: read as a narrative"
	case far >= 2 && far > 2*near+deictic:
		return Narrative, fmt.Sprintf("%d of its %d dates with a year lie more than five years from the publication date; words that point to the publication date weigh %d", far, near+mid+far, deictic)
	}
	return News, fmt.Sprintf("%d of its %d dates with a year lie within a year of the publication date, %d more than five years from it; words that point to it weigh %d", near, near+mid+far, far, deictic)
}

// pointsToDCT weighs the rules of words that only make sense from the
// moment of writing: a weekday ("Tuesday", "last Friday") dates news
// twice as surely as "this year" or "today", which backgrounders use as
// well; a year-less "June 10" resolved against the DCT says nothing
// either way. An anniversary's weekday ("Thirty years ago on Saturday")
// weighs as a weekday.
var pointsToDCT = map[string]int{"deictic": 1, "weekday": 2, "this-next": 1, "last-next-weekday": 2,
	"this-weekday": 2, "part-of-day": 2, "this-month-name": 1, "this-season": 1, "full-year": 1,
	"year-end": 1, "month-relative-year": 1, "anniversary": 2}
