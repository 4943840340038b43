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
// "before", the clause's verb in the past follows within a few words (or,
// with no verb, a noun of happening that the phrase introduces: "three
// years after an international competition"), and the happening it counts
// from is a draft of the sentence dated before the span, at least as
// finely as the span counts. The date found has the precision the span
// gives: days and weeks give a day, months a month ("eight months after he
// formed a coalition"), years a year. Each new draft is returned with its
// word marked used.
func (a *docAnalysis) offsetHappenings(s Sentence, ws []word, xs []temporal.Timex, drafts []*draft, used map[int]bool) []*draft {
	text := a.doc.Text
	for _, x := range xs {
		if x.Start < s.Span.Start || x.End > s.Span.End {
			continue
		}
		n, unit, first, p, ok := countedOffset(ws, x)
		if !ok || p+1 >= len(ws) || hasPunct(text[ws[p-1].end:ws[p].start]) {
			continue
		}
		v := clauseVerbAfter(text, ws, p)
		if v < 0 {
			v = introducedNoun(text, ws, p)
		}
		if v < 0 || used[v] {
			continue
		}
		layout := spanLayouts[unit]
		from := draftDatedBefore(drafts, x.Start, len(layout))
		if from == nil {
			continue
		}
		if _, fl := wordRange(ws, from.date.Span.Start, from.date.Span.End); verbBetween(text, ws, fl, first) {
			continue // "heard evidence on Tuesday from X, who told of an email he had written about a week before he died": counted from the writing
		}
		base := from.date.Value[:len(layout)]
		if ws[p].lower == "after" {
			n = -n // "two days after polls closed": the closing is two days earlier
		}
		val, ok := countFrom(base, n, unit)
		if !ok {
			continue
		}
		d := a.newDraft(s, ws, v)
		d.date = timeline.DateOf(temporal.Timex{Start: x.Start, End: x.End, Text: text[x.Start:ws[p].end], Type: "DATE", Value: val, Rule: x.Rule, Tense: "past",
			Explanation: text[x.Start:ws[p].end] + " the date of \"" + text[ws[from.trig].start:ws[from.trig].end] + "\" (" + base + ")"})
		d.ownDate = true
		drafts = append(drafts, d)
		used[v] = true
	}
	return drafts
}

// countedOffset reads a duration x that counts the distance between two
// happenings: a span of whole days, weeks, months or years (countedSpan)
// outside a quote, right before "after" or "before". It gives the count,
// the unit, the index of the span's first word and that of "after" or
// "before" (p).
func countedOffset(ws []word, x temporal.Timex) (n int, unit byte, first, p int, ok bool) {
	if x.Type != "DURATION" || x.Mod != "" || inQuote(ws, x.Start) {
		return 0, 0, 0, 0, false // "nearly two months after", "more than a year after": a bound, no date of the span's precision
	}
	n, unit, ok = countedSpan(x.Value.String())
	first, last := wordRange(ws, x.Start, x.End)
	p = last + 1
	if !ok || first > 0 && lengthPreps[ws[first-1].lower] || p >= len(ws) || ws[p].lower != "after" && ws[p].lower != "before" {
		return 0, 0, 0, 0, false // "quarantined for a week after a tourist tested positive": how long, no offset
	}
	return n, unit, first, p, true
}

// lengthPreps put a duration as a length of time, not as the distance from a
// date: "for a week after", "within two days after".
var lengthPreps = lexSet(`for within over during in throughout`)

// spanLayouts are the layouts of the values a span counts to, by its unit:
// days and weeks reach a day, months a month, years a year.
var spanLayouts = map[byte]string{'D': "2006-01-02", 'W': "2006-01-02", 'M': "2006-01", 'Y': "2006"}

// countedSpan reads a duration of whole days, weeks, months or years
// ("P2D", "P1W", "P8M", "P3Y"): the count and the unit letter.
func countedSpan(v string) (int, byte, bool) {
	if len(v) < 3 || v[0] != 'P' || strings.ContainsAny(v, "T.") {
		return 0, 0, false
	}
	unit := v[len(v)-1]
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if _, ok := spanLayouts[unit]; err != nil || n <= 0 || n > 60 || !ok {
		return 0, 0, false
	}
	return n, unit, true
}

// clauseVerbAfter is the verb in the past of the clause opened after the
// word p ("after polls closed", "before he was arrested"), within six
// words (a figure such as "6.1" is two: "after a magnitude 6.1 earthquake
// struck") and with no punctuation or other verb of happening between; -1
// when there is none. A noun of happening without a verb after it ("after
// the vote") opens no clause.
func clauseVerbAfter(text string, ws []word, p int) int {
	for k := p + 1; k < len(ws) && k <= p+6; k++ {
		if hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k].quoted {
			return -1
		}
		if ws[k].is(cBeForm | cHaveForm) {
			continue // "he was arrested", "they had met"
		}
		if eventWord(text, ws, k) {
			if isNoun(ws, k) || ws[k-1].is(cPreposition) {
				continue // the clause's subject: "after the report was published"; a participle after a preposition modifies a noun: "after talks over automated cranes broke down"
			}
			if !pastForm(ws, k) && !ws[k].is(cIrregularParticiple) {
				return -1
			}
			return k
		}
	}
	return -1
}

// draftDatedBefore is the last draft dated by a date of its own, to at
// least the precision whose value has size letters ("2006-01-02": a day, or
// a time of a day; "2006-01": a month or finer), whose trigger and date
// both stand before offset at; nil when there is none.
func draftDatedBefore(drafts []*draft, at, size int) *draft {
	var best *draft
	for _, d := range drafts {
		if d.trig < 0 || !d.ownDate || !calendarPrefix(d.date.Value, size) || d.date.Span.End > at || d.date.Span.End <= d.date.Span.Start {
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

// calendarPrefix reports a value that opens with a year, month or day of
// size letters: "2025-03-09" has all three, "2025-03" a year and a month,
// "2025-W10" a year only.
func calendarPrefix(v string, size int) bool {
	if len(v) < size || len(v) > size && size < 10 && v[size] != '-' {
		return false
	}
	for i := 0; i < size; i++ {
		if c := v[i]; (i == 4 || i == 7) != (c == '-') || c != '-' && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// introducedNoun is the noun of happening that a phrase opened by "a" or
// "an" right after the word p introduces, when the phrase ends there, at a
// punctuation mark, the sentence's end or a preposition, within five
// words: "three years after an international architecture competition,".
// An indefinite phrase tells a happening the text had not told before; a
// definite one ("after the storm") names one told or known elsewhere,
// whose own date is the one to keep. -1 when there is none.
func introducedNoun(text string, ws []word, p int) int {
	if p+2 >= len(ws) || ws[p+1].lower != "a" && ws[p+1].lower != "an" {
		return -1
	}
	for k := p + 2; k < len(ws) && k <= p+5; k++ {
		if hasPunct(text[ws[k-1].end:ws[k].start]) || ws[k].quoted {
			return -1
		}
		if !eventWord(text, ws, k) || !isNoun(ws, k) {
			continue
		}
		if k+1 == len(ws) || hasPunct(text[ws[k].end:ws[k+1].start]) || ws[k+1].is(cPreposition) {
			return k
		}
	}
	return -1
}

// countFrom is the value n units of a span ('D', 'W', 'M', 'Y') from
// base, a value of the span's layout (spanLayouts).
func countFrom(base string, n int, unit byte) (temporal.Value, bool) {
	layout := spanLayouts[unit]
	day, err := time.Parse(layout, base)
	if err != nil {
		return temporal.Value{}, false
	}
	switch unit {
	case 'D':
		day = day.AddDate(0, 0, n)
	case 'W':
		day = day.AddDate(0, 0, 7*n)
	case 'M':
		day = day.AddDate(0, n, 0)
	case 'Y':
		day = day.AddDate(n, 0, 0)
	}
	val, err := temporal.ParseValue(day.Format(layout))
	return val, err == nil
}

// dateByOffset dates the undated drafts of a sentence whose clause counts
// a span from a happening the document told with its date: "Divers
// recovered the recorder four days after the crash", after "The plane
// crashed on 23 April", is of 27 April. The span (countedOffset) stands
// right before "after" or "before", "the" and a noun of that happening
// within three words follow, and the draft's trigger stands before the
// span in the same clause. The happening's date
// must be at least as fine as the span counts; the date found has the
// span's precision. A happening with no date gives nothing.
func dateByOffset(text string, ds []*draft, ws []word, xs []temporal.Timex, told map[string]eventAnchor) {
	if len(told) == 0 {
		return
	}
	for _, x := range xs {
		n, unit, first, p, ok := countedOffset(ws, x)
		if !ok || first < 1 || p+2 >= len(ws) || ws[p+1].lower != "the" {
			continue
		}
		an, j := eventAnchor{}, -1
		for k := p + 2; k < len(ws) && k <= p+4 && j < 0; k++ {
			if info, ok := ws[k].trigger(); ok && isNoun(ws, k) {
				an, ok = told[info.lemma]
				if !ok {
					break
				}
				j = k
			}
		}
		layout := spanLayouts[unit]
		if j < 0 || !calendarPrefix(an.date.Value, len(layout)) {
			continue
		}
		if ws[p].lower == "before" {
			n = -n // "an inspection three days before the accident": earlier
		}
		val, ok := countFrom(an.date.Value[:len(layout)], n, unit)
		if !ok {
			continue
		}
		phrase := text[x.Start:ws[j].end]
		for _, d := range ds {
			if !d.date.IsZero() || d.trig < 0 || d.trig >= first || ws[d.trig].quoted || clauseBreaks(text, ws, d.trig, first) > 0 {
				continue
			}
			d.date = timeline.DateOf(temporal.Timex{Start: x.Start, End: ws[j].end, Text: phrase, Type: "DATE", Value: val, Rule: "event-offset", Tense: "past",
				Explanation: "\"" + phrase + "\": counted from the date of the happening told before (" + an.date.Value + ")"})
			d.date.Anchor = an.date.Value
		}
	}
}
