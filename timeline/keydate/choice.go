package keydate

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"storyline/timeline"
)

// Pin is what a journalist decided about a day being a key date.
type Pin string

const (
	// PinAuto leaves it to the score.
	PinAuto Pin = ""
	// PinPinned makes the day a key date whatever its score.
	PinPinned Pin = "pinned"
	// PinUnpinned keeps the day out of the key dates whatever its score.
	PinUnpinned Pin = "unpinned"
)

// ParsePin reads a pin as a form or the API sends it: "pin" or "pinned",
// "unpin" or "unpinned", "auto" or "".
func ParsePin(s string) (Pin, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return PinAuto, nil
	case "pin", "pinned":
		return PinPinned, nil
	case "unpin", "unpinned":
		return PinUnpinned, nil
	}
	return "", timeline.Errorf(timeline.EInvalid, "pin=%q: use pin, unpin or auto.", strings.ToValidUTF8(s, "\uFFFD"))
}

// MaxSummary is the longest summary a journalist may write, in bytes.
const MaxSummary = 2000

// Choice is what journalists decided about one day of a story: stored by
// story and date, not by event, so it survives new articles and
// re-extraction.
type Choice struct {
	Date string `json:"date"`
	Pin  Pin    `json:"pin"`
	// Summary replaces the chosen sentences when not empty.
	Summary string `json:"summary"`
}

// ValidDate checks a key date's day: YYYY-MM-DD.
func ValidDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return "", timeline.Errorf(timeline.EInvalid, "%q is not a date (YYYY-MM-DD).", strings.ToValidUTF8(s, "\uFFFD"))
	}
	return s, nil
}

// ValidSummary checks and trims a journalist's summary.
func ValidSummary(s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", timeline.Errorf(timeline.EInvalid, "The summary is not UTF-8 text.")
	}
	s = strings.TrimSpace(s)
	if len(s) > MaxSummary {
		return "", timeline.Errorf(timeline.EInvalid, "A summary can be at most %d bytes long.", MaxSummary)
	}
	return s, nil
}

// Apply lays journalists' choices over ranked days (as Rank returns them):
// unpinned days leave, an edited summary replaces the chosen sentences,
// and pinned days come first (in date order), the others keep their rank.
// A pinned day without events is still a key date, with its summary.
func Apply(ranked []Day, choices map[string]Choice) []Day {
	var pinned, rest []Day
	seen := map[string]bool{}
	for _, d := range ranked {
		seen[d.Date] = true
		c, ok := choices[d.Date]
		if ok {
			d.Edited = c.Summary
			d.Pin = c.Pin
		}
		switch d.Pin {
		case PinUnpinned:
			continue
		case PinPinned:
			pinned = append(pinned, d)
		default:
			rest = append(rest, d)
		}
	}
	for date, c := range choices {
		if c.Pin == PinPinned && !seen[date] {
			pinned = append(pinned, Day{Date: date, Pin: PinPinned, Edited: c.Summary})
		}
	}
	slices.SortFunc(pinned, func(a, b Day) int { return strings.Compare(a.Date, b.Date) })
	return append(pinned, rest...)
}
