package timeml

import "fmt"

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

// Calendar reports whether a TIMEX3 value names a year of the calendar.
func Calendar(v string) bool {
	if len(v) < 4 {
		return false
	}
	for i := range 4 {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
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
			if contains(a.Values, e.Value) {
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
