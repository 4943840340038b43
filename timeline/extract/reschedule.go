package extract

import (
	"strings"

	"storyline/timeline/temporal"
)

// rescheduleVerbs move a happening to another time: their "to" phrase
// names the new time of what is moved, not when the moving is done.
var rescheduleVerbs = lexSet(`slip slips slipped slipping delay delays delayed delaying postpone postpones
postponed postponing defer defers deferred deferring reschedule reschedules rescheduled rescheduling
push pushes pushed pushing put puts putting move moves moved moving bring brings brought bringing`)

// particleVerbs are those of rescheduleVerbs that move a happening only
// with their particle: "pushed back to", "put off to", "brought forward
// to", "moved up to".
var particleVerbs = lexSet(`push pushes pushed pushing put puts putting bring brings brought bringing`)

// rescheduleTarget is the verb of rescheduling whose "to" phrase is the
// date x: "deliveries will slip by another year, to late 2008", "pushed
// back the launch to 2027", "moved the meeting to Friday". The date is the
// new time of what is moved; the slipping, pushing or moving is not done
// then. It is -1 when x is no such phrase. "until" is left alone: it bounds
// the wait itself ("postponed until Tuesday morning any action": nothing is
// done until Tuesday).
func rescheduleTarget(ws []word, x temporal.Timex) int {
	first, _ := wordRange(ws, x.Start, x.End)
	p := first - 1
	if p < 1 || ws[p].lower != "to" {
		return -1
	}
	for k := p - 1; k >= 0 && k >= p-8; k-- {
		w := ws[k]
		if w.is(cClauseWord) || w.is(cBeForm) && k == p-1 {
			return -1
		}
		if !rescheduleVerbs[w.lower] || isNoun(ws, k) {
			continue
		}
		if !particleVerbs[w.lower] {
			return k
		}
		for j := k + 1; j < p && j <= k+4; j++ {
			if l := ws[j].lower; l == "back" || l == "off" || l == "forward" || l == "up" {
				return k
			}
		}
		return -1
	}
	return -1
}

// movedHappening is the noun of happening that the verb of rescheduling at
// v moves, which its "to" date (at word to+1) dates: its object ("pushed
// back the launch to 2027"), else the head of its subject ("the first
// deliveries of its airliner will slip ... to late 2008"); -1 when the
// moved thing is no happening ("moved the team to Friday" has none).
func movedHappening(text string, ws []word, v, to int) int {
	for k := v + 1; k < to; k++ {
		if isNoun(ws, k) && eventWord(text, ws, k) {
			return k
		}
	}
	subj := -1
	for k := v - 1; k >= 0 && k >= v-12; k-- {
		if ws[k].is(cClauseWord) || strings.ContainsAny(text[ws[k].end:ws[k+1].start], ",;:") {
			break
		}
		if isNoun(ws, k) && eventWord(text, ws, k) {
			subj = k // the leftmost: the head before its modifiers ("deliveries of its airliner")
		}
	}
	return subj
}
