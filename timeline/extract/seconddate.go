package extract

import (
	"strings"

	"storyline/timeline"
	"storyline/timeline/temporal"
)

// secondDate reports a date b that follows the date a of the same
// happening's verb across "and" and a phrase with no verb of its own: "will
// reach shops in Europe on Friday and in Asia in June", "rose 3 percent in
// March and 5 percent in April". The verb is left out the second time
// (gapped), not absent: the second date is a second time of the same
// happening's verb, somewhere or somehow else, and makes an event of its
// own on that verb. A gap of only list words ("in October and again in
// March") is one list (listGap); a verb, a modal or a clause word between
// the dates ("on Monday and the index fell on Tuesday") tells another
// clause, whose date it is. Only a verb is gapped: a noun's dates
// ("meetings with Blair 10 days ago and Clinton last week") name several
// instances of it, which the other rules leave to the nearest date.
func secondDate(text string, ws []word, trigs, verbs []int, trig int, a, b temporal.Timex) bool {
	if a.End > b.Start || listGap(text[a.End:b.Start]) || trig < 0 || ws[trig].info().noun || isNoun(ws, trig) {
		return false // a noun's dates ("meetings with Blair 10 days ago and Clinton last week") name its instances
	}
	_, last := wordRange(ws, a.Start, a.End)
	first, _ := wordRange(ws, b.Start, b.End)
	if last+2 >= first || first-last > maxReach/2 || ws[last+1].lower != "and" {
		return false
	}
	if fa, _ := wordRange(ws, a.Start, a.End); fa < 1 || nounDatePreps[ws[fa-1].lower] || nounDatePreps[ws[first-1].lower] {
		return false // "earnings for the last half of 1989 and for 1990": the noun's periods
	}
	if g := text[ws[last].end:ws[last+1].start]; strings.TrimSpace(strings.Trim(g, ",")) != "" {
		return false
	}
	for k := last + 1; k < first; k++ {
		if ws[k].quoted || hardGap(text[ws[k-1].end:ws[k].start]) || hasPunct(text[ws[k-1].end:ws[k].start]) && k > last+1 {
			return false
		}
		if isIn(trigs, k) || isIn(verbs, k) || ws[k].is(cClauseOpener|cBeForm|cModal|cHaveForm|cTemporalPrep|cIrregularPast) ||
			eventWord(text, ws, k) && !isNoun(ws, k) || strings.HasSuffix(ws[k].lower, "ed") || k == last+2 && strings.HasSuffix(ws[k].lower, "ing") {
			return false // "fell from a window on 14 May and died nine days later", "winning on 14 April and drawing six days later": a verb of its own
		}
		if spanPreps[ws[k].lower] || k > last+1 && listGapWords[ws[k].lower] && ws[k].lower != "in" && ws[k].lower != "on" && ws[k].lower != "again" {
			return false // "on Monday and Tuesday nights from March 30": a day or a span between, no second time
		}
	}
	return true
}

// gappedPhrase is the span of the words a headline of the second date's
// event (secondDate) leaves out: from the first phrase that parallels the
// one after "and" (it opens with the same word, or both with a figure) up
// to that "and". "reach shops in Europe on Friday and in Asia in June"
// leaves out "in Europe on Friday and" (the shops are shared); "rose 3
// percent in March and 5 percent in April" leaves out "3 percent in March
// and". Without a parallel word it runs from the word after the trigger.
func gappedPhrase(ws []word, trig int, a temporal.Timex) timeline.Span {
	_, last := wordRange(ws, a.Start, a.End)
	and := last + 1
	if trig < 0 || and+1 >= len(ws) || trig >= and {
		return timeline.Span{}
	}
	second := ws[and+1].lower
	from := trig + 1
	for k := trig + 1; k < and; k++ {
		if ws[k].lower == second || figureWord(ws[k].lower) && figureWord(second) {
			from = k
			break
		}
	}
	return timeline.Span{Start: ws[from].start, End: ws[and].end}
}

// spanPreps open a span or a recurrence, not a second time.
var spanPreps = lexSet(`from to until till through between`)

// nounDatePreps put a date to a noun's period or a deadline, not to a
// time of the verb.
var nounDatePreps = lexSet(`for of by`)
