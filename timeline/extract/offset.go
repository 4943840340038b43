package extract

import (
	"strconv"
	"strings"
	"time"

	"storyline/timeline"
	"storyline/timeline/temporal"
)

// offsetHappenings dates the happening of a clause of time counted from a
// dated happening of its sentence: "finished counting on Thursday, two days
// after polls closed" puts the closing two days before Thursday. The
// counted span ("two days", a duration) stands right before "after" or
// "before", the clause's verb in the past follows within a few words, and
// the happening it counts from is a draft of the sentence dated to a day
// before the span. Each new draft is returned with its verb marked used.
func (a *docAnalysis) offsetHappenings(s Sentence, ws []word, xs []temporal.Timex, drafts []*draft, used map[int]bool) []*draft {
	text := a.doc.Text
	for _, x := range xs {
		if x.Start < s.Span.Start || x.End > s.Span.End || x.Type != "DURATION" || inQuote(ws, x.Start) {
			continue
		}
		n, unit, ok := countedSpan(x.Value.String())
		if !ok {
			continue
		}
		first, last := wordRange(ws, x.Start, x.End)
		if first > 0 && lengthPreps[ws[first-1].lower] {
			continue // "quarantined for a week after a tourist tested positive": how long, no offset
		}
		p := last + 1
		if p+1 >= len(ws) || ws[p].lower != "after" && ws[p].lower != "before" || hasPunct(text[ws[last].end:ws[p].start]) {
			continue
		}
		v := clauseVerbAfter(text, ws, p)
		if v < 0 || used[v] {
			continue
		}
		from := dayDraftBefore(drafts, x.Start)
		if from == nil {
			continue
		}
		if _, fl := wordRange(ws, from.date.Span.Start, from.date.Span.End); verbBetween(text, ws, fl, first) {
			continue // "heard evidence on Tuesday from X, who told of an email he had written about a week before he died": counted from the writing
		}
		day, err := time.Parse("2006-01-02", from.date.Value[:10])
		if err != nil {
			continue
		}
		if ws[p].lower == "after" {
			n = -n // "two days after polls closed": the closing is two days earlier
		}
		switch unit {
		case 'D':
			day = day.AddDate(0, 0, n)
		case 'W':
			day = day.AddDate(0, 0, 7*n)
		default:
			continue
		}
		val, err := temporal.ParseValue(day.Format("2006-01-02"))
		if err != nil {
			continue
		}
		d := a.newDraft(s, ws, v)
		d.date = timeline.DateOf(temporal.Timex{Start: x.Start, End: x.End, Text: text[x.Start:ws[p].end], Type: "DATE", Value: val, Rule: x.Rule, Tense: "past",
			Explanation: text[x.Start:ws[p].end] + " the date of \"" + text[ws[from.trig].start:ws[from.trig].end] + "\" (" + from.date.Value[:10] + ")"})
		d.ownDate = true
		drafts = append(drafts, d)
		used[v] = true
	}
	return drafts
}

// lengthPreps put a duration as a length of time, not as the distance from a
// date: "for a week after", "within two days after".
var lengthPreps = lexSet(`for within over during in throughout`)

// countedSpan reads a duration of whole days or weeks ("P2D", "P1W"): the
// count and the unit letter.
func countedSpan(v string) (int, byte, bool) {
	if len(v) < 3 || v[0] != 'P' || strings.ContainsAny(v, "T.") {
		return 0, 0, false
	}
	unit := v[len(v)-1]
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n <= 0 || n > 60 || unit != 'D' && unit != 'W' {
		return 0, 0, false
	}
	return n, unit, true
}

// clauseVerbAfter is the verb in the past of the clause opened after the
// word p ("after polls closed", "before he was arrested"), within five
// words and with no punctuation or other verb of happening between; -1
// when there is none. A noun of happening without a verb after it ("after
// the vote") opens no clause.
func clauseVerbAfter(text string, ws []word, p int) int {
	for k := p + 1; k < len(ws) && k <= p+5; k++ {
		if hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k].quoted {
			return -1
		}
		if ws[k].is(cBeForm | cHaveForm) {
			continue // "he was arrested", "they had met"
		}
		if eventWord(text, ws, k) {
			if isNoun(ws, k) {
				continue // the clause's subject: "after the report was published"
			}
			if !pastForm(ws, k) && !ws[k].is(cIrregularParticiple) {
				return -1
			}
			return k
		}
	}
	return -1
}

// dayDraftBefore is the last draft dated to a day (or a time of a day) by
// a date of its own whose trigger and date both stand before offset at;
// nil when there is none.
func dayDraftBefore(drafts []*draft, at int) *draft {
	var best *draft
	for _, d := range drafts {
		if d.trig < 0 || !d.ownDate || len(d.date.Value) < 10 || d.date.Value[4] != '-' || d.date.Value[7] != '-' || d.date.Span.End > at || d.date.Span.End <= d.date.Span.Start {
			continue
		}
		if d.words[d.trig].start >= at {
			continue
		}
		if best == nil || d.date.Span.End > best.date.Span.End {
			best = d
		}
	}
	return best
}
