package extract

import (
	"sort"

	"storyline/timeline/temporal"
)

// forecastVerbs tell what is expected or forecast: a date in their object
// is the time of what is expected, no happening's.
var forecastVerbs = lexSet(`expect expects expected forecast forecasts predict predicts predicted
anticipate anticipates anticipated`)

// forecastDate reports a date x in the object of a verb of forecast or
// expectation that opens a clause of its own after a comma, with no verb
// between them: "Firefighters have contained about a third of the blaze,
// but forecasters expect temperatures above 40 degrees on Wednesday". The
// date is what is forecast, not a time of the happening told before the
// comma, which a date after another clause's verb never dates; the
// forecast itself is no event. "as expected" and "than expected" compare,
// and open no forecast; a verb between the forecast and the date ("expect
// the storm to hit the coast on Wednesday") is what is expected, which the
// date may schedule, and is left to the other rules.
func forecastDate(text string, ws []word, trigs, verbs []int, x temporal.Timex) bool {
	first := wordIndexAt(ws, x.Start)
	if first < 3 {
		return false
	}
	for k := first - 1; k >= 1 && k >= first-maxReach; k-- {
		if hardGap(text[ws[k].end:ws[k+1].start]) || ws[k].quoted || ws[k].is(cClauseOpener) {
			return false
		}
		if isIn(trigs, k) || isIn(verbs, k) && !forecastVerbs[ws[k].lower] {
			return false // a verb of the date's own clause
		}
		if !forecastVerbs[ws[k].lower] {
			continue
		}
		if p := ws[k-1].lower; p == "as" || p == "than" || ws[k-1].is(cBeForm) {
			return false // "as expected", "is expected to": no clause of forecast
		}
		object := false // what is forecast, between the verb and the date
		for j := k + 1; j < first; j++ {
			object = object || !ws[j].is(cPreposition|cTemporalPrep)
		}
		if !object {
			return false // "Cuba predicted Wednesday": the forecast's own time
		}
		// a clause of its own after a comma: its subject between the
		// comma and the verb, and a verb before the comma
		for j := k - 1; j >= 1 && j >= k-4; j-- {
			if hasPunct(text[ws[j-1].end:ws[j].start]) {
				return len(trigs) > 0 && trigs[0] < j || len(verbs) > 0 && verbs[0] < j
			}
		}
		return false
	}
	return false
}

// isIn reports k in the sorted list.
func isIn(sorted []int, k int) bool {
	i := sort.SearchInts(sorted, k)
	return i < len(sorted) && sorted[i] == k
}

// threatVerbs put their object ahead of them: what is threatened or
// promised is still to come.
var threatVerbs = lexSet(`threatened promised vowed pledged`)

// threatObject is the object of a verb of threat or promise in the present
// perfect that a date right after it dates, with no comma between: "the
// union has threatened further action in April". The present perfect
// takes no date of the past in its own clause ("has threatened in April" is
// not said), so the date is of what is threatened, which lies ahead; the
// threat is the news of its day. It returns the object's head, the verb
// and true; the head is -1 when it is no noun of happening ("has
// threatened further action in April": the date dates no event of its
// own, and not the threat either). It returns false when the date follows
// no such object.
func threatObject(text string, ws []word, first int) (int, int, bool) {
	head := -1
	for k := first - 1; k >= 1 && k >= first-6; k-- {
		if hasPunct(text[ws[k].end:ws[k+1].start]) || ws[k].is(cClauseOpener) {
			return -1, -1, false
		}
		if threatVerbs[ws[k].lower] {
			if head < 0 || !presentPerfect(ws, k) {
				return -1, -1, false
			}
			if !lowerWord(text, ws[head]) || !eventWord(text, ws, head) {
				return -1, k, true
			}
			return head, k, true
		}
		if head < 0 && !ws[k].is(cPreposition|cTemporalPrep) {
			head = k
		}
	}
	return -1, -1, false
}
