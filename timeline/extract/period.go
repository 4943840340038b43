package extract

import "storyline/timeline/temporal"

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
func planPeriod(text string, ws []word, x temporal.Timex) bool {
	first := wordIndexAt(ws, x.Start)
	last := first
	for last+1 < len(ws) && ws[last+1].start < x.End {
		last++
	}
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
	if !ws[last].possessive && !premodifier(text, ws, last) {
		return false
	}
	h := modifiedNoun(text, ws, first, last)
	return h >= 0 && planNouns[ws[h].lower]
}
