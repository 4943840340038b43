package extract

import (
	"strings"

	"storyline/timeline/temporal"
)

var temporalPreps = lexSet(`before after since following until ahead prior amid during`)

var clauseWords = lexSet(`which who while whereas but although though because as and when where that`)

// datesEvents reports whether a temporal expression can date an event:
// dates and times with a value, not durations, sets or vague references.
func datesEvents(x temporal.Timex) bool {
	if x.Type != "DATE" && x.Type != "TIME" {
		return false
	}
	v := x.Value.String()
	return v != "" && !strings.HasSuffix(v, "_REF")
}

// attachTimex chooses the trigger a temporal expression dates and the cost
// of that choice. Triggers after a temporal preposition ("before Xi's
// arrival") are reference points, not the dated event; a date that opens the
// sentence dates what follows it.
func attachTimex(text string, ws []word, trigs []int, x temporal.Timex) (int, int) {
	first := wordIndexAt(ws, x.Start)
	last := first
	for last+1 < len(ws) && ws[last+1].start < x.End {
		last++
	}
	opening := first <= 1
	bestIdx, bestCost := -1, 1<<30
	for _, ti := range trigs {
		if ws[ti].quoted {
			continue
		}
		var cost int
		switch {
		case ti < first:
			cost = first - ti
			if opening {
				cost += 20
			}
			cost += 3 * clauseBreaks(text, ws, ti, first)
		case ti > last:
			// A date right before its event ("on Wednesday started", "an
			// October congress") dates it; further right, a date after its
			// verb is the usual order, so the left side is preferred.
			cost = ti - last
			if cost > 1 && !opening {
				cost *= 3
			}
			if !opening && hasPunctBetween(text, ws, last, ti) {
				cost += 10 // "Friday, killing dozens": a trailing clause
			}
			// a temporal preposition among the words last+1 .. ti-1
			if between(ws, last+1, ti, func(w word) int { return w.temporals }) > 0 {
				continue
			}
			cost += 3 * clauseBreaks(text, ws, last, ti)
		default:
			continue
		}
		if cost < bestCost {
			bestIdx, bestCost = ti, cost
		}
	}
	return bestIdx, bestCost
}

// clauseBreaks counts clause boundaries between words i and j: commas and
// dashes followed by a clause word, semicolons.
func clauseBreaks(text string, ws []word, i, j int) int {
	return between(ws, i, j, func(w word) int { return w.breaks })
}
