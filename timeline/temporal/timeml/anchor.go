package timeml

import (
	"fmt"
	"strings"
)

// Anchor is a gold event–date link: an EVENT placed within a DATE or TIME
// expression of its own sentence that has a calendar value (one that names
// a year: 1998-01-08, 1998-W02, 1998-Q1, 1998-01-08T15:00), with every such
// value the gold gives it.
type Anchor struct {
	Event  Event
	Values []string
}

// anchoring relations place the event within or at the time, not before
// or after it.
var anchoring = map[string]bool{
	"IS_INCLUDED": true, "INCLUDES": true, "DURING": true, "DURING_INV": true,
	"SIMULTANEOUS": true, "IDENTITY": true, "BEGINS": true, "ENDS": true,
	"BEGUN_BY": true, "ENDED_BY": true,
}

// Calendar reports whether a TIMEX3 value names a date of the calendar: a
// year and, when it says more, a month, week, quarter or day of it, without
// placeholders.
func Calendar(v string) bool {
	if len(v) < 4 {
		return false
	}
	for i := range 4 {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	if strings.ContainsRune(v, 'X') {
		return false // "1989-WXX", "1998-XX-XX": some week, some day, not a date of the calendar
	}
	return len(v) == 4 || v[4] == '-' || v[4] == 'T'
}

// Anchors returns the gold anchors of the document. sentence gives the index
// of the sentence holding a byte offset of Text; an event and a time in
// different sentences are not an anchor.
func (d *Document) Anchors(sentence func(offset int) int) []Anchor {
	timex := map[string]Timex{}
	for _, x := range d.Timexes {
		timex[x.TID] = x
	}
	at := map[string]int{} // eid -> index into out
	var out []Anchor
	events := map[string]Event{}
	for _, e := range d.Events {
		events[e.EID] = e
	}
	for _, l := range d.Links {
		x, ok := timex[l.TID]
		e, known := events[l.EID]
		if !ok || !known || !anchoring[l.RelType] || x.Type != "DATE" && x.Type != "TIME" || !Calendar(x.Value) {
			continue
		}
		if sentence(e.Start) != sentence(x.Start) {
			continue
		}
		i, seen := at[e.EID]
		if !seen {
			i = len(out)
			at[e.EID] = i
			out = append(out, Anchor{Event: e})
		}
		if !contains(out[i].Values, x.Value) {
			out[i].Values = append(out[i].Values, x.Value)
		}
	}
	return out
}

func contains(vs []string, v string) bool {
	for _, w := range vs {
		if w == v {
			return true
		}
	}
	return false
}

// Dated is an event a system made: the span of its trigger and its date's
// TIMEX3 value ("" when undated).
type Dated struct {
	Start, End int
	Value      string
}

// AnchorScores count event–date anchoring over documents.
type AnchorScores struct {
	Documents int
	Events    int // events the system made
	Dated     int // of which dated
	Gold      int // gold anchors
	Found     int // gold anchors with a system event on the trigger carrying a gold value
	Checked   int // dated system events whose trigger is a gold-anchored event
	Right     int // of which with a gold value
	DateLines int // system events made of nothing but a date line
}

// Add accumulates o into s.
func (s *AnchorScores) Add(o AnchorScores) {
	s.Documents += o.Documents
	s.Events += o.Events
	s.Dated += o.Dated
	s.Gold += o.Gold
	s.Found += o.Found
	s.Checked += o.Checked
	s.Right += o.Right
	s.DateLines += o.DateLines
}

// Recall is the share of gold anchors found; Precision the share of checked
// system events with the right date.
func (s AnchorScores) Recall() float64    { return ratio(s.Found, s.Gold) }
func (s AnchorScores) Precision() float64 { return ratio(s.Right, s.Checked) }

// PerDocument is the number of system events per document.
func (s AnchorScores) PerDocument() float64 { return ratio(s.Events, s.Documents) }

func (s AnchorScores) String() string {
	return fmt.Sprintf("documents %d, events %d (%.1f a document), dated %d, made of a date line %d\nanchoring recall %.4f (%d of %d gold anchors), precision %.4f (%d of %d dated events on gold-anchored triggers)",
		s.Documents, s.Events, s.PerDocument(), s.Dated, s.DateLines, s.Recall(), s.Found, s.Gold, s.Precision(), s.Right, s.Checked)
}

// AnchorResult is one gold anchor with what the system made of it, or a
// system event on a gold-anchored trigger with a wrong date (Gold nil would
// never happen: wrong dates are reported against their anchor).
type AnchorResult struct {
	Anchor Anchor
	// Values are the dates of the system's events on the trigger, "" for
	// an undated one; empty when no event is there.
	Values []string
	Found  bool
}

// ScoreAnchors matches one document's gold anchors with the system's events:
// a system event is on a gold event when their spans overlap.
func ScoreAnchors(gold []Anchor, sys []Dated) ([]AnchorResult, AnchorScores) {
	s := AnchorScores{Documents: 1, Events: len(sys), Gold: len(gold)}
	for _, e := range sys {
		if e.Value != "" {
			s.Dated++
		}
	}
	var out []AnchorResult
	for _, a := range gold {
		r := AnchorResult{Anchor: a}
		for _, e := range sys {
			if e.Start >= a.Event.End || a.Event.Start >= e.End {
				continue
			}
			r.Values = append(r.Values, e.Value)
			if e.Value == "" {
				continue
			}
			s.Checked++
			if SameDate(a.Values, e.Value) {
				s.Right++
				r.Found = true
			}
		}
		if r.Found {
			s.Found++
		}
		out = append(out, r)
	}
	return out, s
}

// SameDate reports whether a system value names the same date as one of
// the gold values. Values compare in canonical form ("2000-W7" is
// 2000-W07), and a value that names a day compares as that day: a time of
// day is finer than an event's date ("Thursday night", 1999-02-04TNI, and
// "Thursday", 1999-02-04, are the same date).
func SameDate(gold []string, sys string) bool {
	s := canonicalDate(sys)
	for _, g := range gold {
		if canonicalDate(g) == s {
			return true
		}
	}
	return false
}

// canonicalDate pads a one-digit week number and cuts a time of day from a
// value that names a day.
func canonicalDate(v string) string {
	if i := len("2000-01-01"); len(v) > i && v[i] == 'T' && v[4] == '-' && v[7] == '-' {
		return v[:i]
	}
	if len(v) == len("2000-W7") && v[4] == '-' && v[5] == 'W' && v[6] >= '0' && v[6] <= '9' {
		return v[:6] + "0" + v[6:]
	}
	return v
}

// ScoreSentences scores anchoring by sentence, as a reader who does not
// see which word an event stands on would: a gold anchor is found when an
// event told in its sentence carries one of its values, and a dated event
// told in a sentence with gold anchors is right when its date is one of
// theirs. sentence gives the sentence of a byte offset; sys are the
// events' sources, their spans any offset within their sentence.
func ScoreSentences(gold []Anchor, sys []Dated, sentence func(offset int) int) AnchorScores {
	s := AnchorScores{Documents: 1, Events: len(sys), Gold: len(gold)}
	values := map[int][]string{} // sentence -> gold values
	for _, a := range gold {
		i := sentence(a.Event.Start)
		values[i] = append(values[i], a.Values...)
	}
	told := map[int][]string{} // sentence -> system values
	for _, e := range sys {
		if e.Value == "" {
			continue
		}
		s.Dated++
		i := sentence(e.Start)
		told[i] = append(told[i], e.Value)
		if vs, ok := values[i]; ok {
			s.Checked++
			if SameDate(vs, e.Value) {
				s.Right++
			}
		}
	}
	for _, a := range gold {
		for _, v := range told[sentence(a.Event.Start)] {
			if SameDate(a.Values, v) {
				s.Found++
				break
			}
		}
	}
	return s
}
