package extract

import (
	"strings"

	"storyline/timeline/temporal"
)

// planNouns name a figure set or reckoned for a period: a forecast, a
// budget, a target. The period such a figure is for is the figure's, not a
// happening's.
var planNouns = lexSet(`forecast forecasts outlook outlooks target targets budget budgets goal goals
projection projections guidance quota quotas prediction predictions expectation expectations
estimate estimates`)

// planPeriod reports a date that names the period of a plan or forecast:
// "cut its profit forecast for 2007", "approved the budget for next year",
// "raised its 2008 target", "next year's budget". A journalist dates the cut
// or the approval by the day it is news, never by the period the figure is
// for, so the date dates no happening of its clause. A possessive date after
// "for" modifies the noun after it ("plans for Monday's vote"), not the plan.
// A year that says which thing a verb acts on (objectYear) dates no
// happening either.
func planPeriod(text string, ws []word, x temporal.Timex) bool {
	first, last := wordRange(ws, x.Start, x.End)
	if first >= len(ws) {
		return false
	}
	k := first - 1
	if k >= 0 && ws[k].is(cDeterminer) {
		k-- // "for the third quarter", the article left out of the date
	}
	if k >= 1 && ws[k].lower == "for" && planNouns[ws[k-1].lower] && !ws[last].possessive {
		return true
	}
	if h, ok := objectYear(text, ws, first, last); ok && h < 0 {
		return true
	}
	h := modifiedNoun(text, ws, first, last)
	return h >= 0 && planNouns[ws[h].lower]
}

// objectYear reads a bare year (words first..last) between a verb and its
// object's noun, or a preposition of topic and its noun (topicPrepositions),
// after an article or a possessive: "strengthened the 1959 trade embargo",
// "overruled a 1971 Convention", "recalled the 1957 flu pandemic", "wrote
// about the 1918 pandemic". The year tells which thing the verb acts on, not when it
// acted: it dates the object's noun when that names a happening, as TimeML
// reads "the 1959 trade embargo" and "led the 1992 protests", else no
// happening. It gives whether the year is such a year and, if so, the noun
// of happening or -1. A name after the year is a thing only when it names a
// document.
func objectYear(text string, ws []word, first, last int) (int, bool) {
	if first == last && first >= 4 && ws[first-1].lower == "of" {
		return yearOfThing(text, ws, first)
	}
	if first != last || first < 2 || last+1 >= len(ws) || text[ws[last].end:ws[last+1].start] != " " {
		return -1, false
	}
	y := ws[first].lower
	if len(y) != 4 || strings.Trim(y, "0123456789") != "" {
		return -1, false
	}
	if !ws[first-1].is(cArticle) && !ws[first-1].possessive && !ws[first-1].is(cDeterminer) {
		return -1, false
	}
	if v := first - 2; !topicPrepositions[ws[v].lower] && (!eventWord(text, ws, v) || isNoun(ws, v) || ws[v].is(cPreposition)) {
		return -1, false // no verb right before the object: "A 1996 law strengthened"
	}
	if n := last + 1; ws[n].is(cClosed) || ws[n].is(cPreposition) {
		return -1, false
	}
	h := modifiedNoun(text, ws, first, last)
	if topicPrepositions[ws[first-2].lower] && h >= 0 && h+1 < len(ws) && relativePronouns[ws[h+1].lower] {
		return -1, false // "worse than the 1918 pandemic that killed 40 million": the clause tells the thing's happening, of its year
	}
	if h >= 0 && lowerWord(text, ws[h]) && eventWord(text, ws, h) && isNoun(ws, h) {
		return h, true
	}
	if h < 0 {
		// a name: a named document says which one ("a 1971 Convention");
		// a named contest or war may be where the verb happened ("won
		// the 1994 Tchaikovsky Piano Competition")
		for k := last + 1; k < len(ws) && k <= last+5 && !lowerWord(text, ws[k]); k++ {
			if namedDocuments[ws[k].lower] {
				return -1, true
			}
		}
		return -1, false
	}
	return -1, true
}

// yearOfThing reads a bare year at first after "of" and the noun it
// names, in a phrase opened by a preposition of topic: "equal in severity
// to the flu of 1957", "the same as the Spanish flu of 1918". Like
// objectYear's, the year says which thing: it dates the noun when that
// names a happening ("similar to the floods of 1953"), else no happening.
// A relative clause after the year tells the thing's own happening, of its
// year ("like the flu of 1918, which killed millions").
func yearOfThing(text string, ws []word, first int) (int, bool) {
	y, h := ws[first].lower, first-2
	if len(y) != 4 || strings.Trim(y, "0123456789") != "" || hasPunct(text[ws[h].end:ws[first].start]) {
		return -1, false
	}
	n := first + 1
	if n < len(ws) && strings.Trim(text[ws[first].end:ws[n].start], "-–") == "" {
		n++ // the end of a span of years: "the flu of 1918-1920, which killed"
	}
	if n < len(ws) && relativePronouns[ws[n].lower] {
		return -1, false
	}
	if eventWord(text, ws, h) && !isNoun(ws, h) || ws[h].is(cClosed) {
		return -1, false // "a rise of 1957": no noun; "a total of 1957" is a figure the tagger leaves
	}
	for k := h - 1; k >= 1 && k >= h-4; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) {
			return -1, false
		}
		if !ws[k].is(cArticle) && !ws[k].is(cDeterminer) && !ws[k].possessive {
			if eventWord(text, ws, k) && !isNoun(ws, k) || ws[k].is(cClosed) {
				return -1, false // a verb or a closed word inside: no one noun phrase
			}
			continue
		}
		if !topicPrepositions[ws[k-1].lower] || hasPunct(text[ws[k-1].end:ws[k].start]) {
			return -1, false
		}
		if lowerWord(text, ws[h]) && eventWord(text, ws, h) {
			return h, true
		}
		return -1, true
	}
	return -1, false
}

// topicPrepositions open a phrase that names what a happening is about,
// is compared with or bears on, not the time it fills: "posted an exhibit
// about the 1918 pandemic", "thought to be related to the 1918 virus",
// "such as the 1957 Asian flu", "songs from his 1982 album". A year
// before the noun of such a phrase says which thing, as it does for a
// verb's object. "in", "during", "at" and "by" are left out: "died in the
// 1918 pandemic", "was hit by the 2003 outbreak" happen within it.
var topicPrepositions = lexSet(`about of to from like unlike as than with behind against into for on over toward
towards including despite`)

// namedDocuments end the name of a document that stays in force once made.
var namedDocuments = lexSet(`convention treaty act accord accords agreement pact protocol charter law constitution
resolution declaration`)

// yearsNoun reports a noun at k that objectYear dates by its own year
// before it ("abandoned the 2015 nuclear deal on Tuesday"): a later date of
// the clause is the verb's, not the noun's.
func yearsNoun(text string, ws []word, k int) bool {
	if !isNoun(ws, k) {
		return false
	}
	for y := k - 1; y >= 2 && y >= k-4; y-- {
		if h, ok := objectYear(text, ws, y, y); ok {
			return h == k
		}
	}
	return false
}
