package temporal

import "strings"

// Modifiers in front of an expression belong to its extent ("early", "mid-",
// "the end of", "more than", "about") and set its mod.

const (
	modDate = iota + 1 // early, mid, late, the end of: dates and times
	modDur             // more than, at least, nearly: durations and "ago" dates
	modAny             // about, around: any
)

// modifier reads a modifier phrase at i; j is the first token after it (i
// when there is none).
func (m *matcher) modifier(i int) (mod string, kind int, j int) {
	w := m.id(i)
	switch w {
	case wEarly, wLate:
		mod, j := "START", i+1
		if w == wLate {
			mod = "END"
		}
		if m.punct(j, '-') && m.adjacent(j) {
			j++ // "late-November"
		}
		return mod, modDate, j
	case wMid:
		if m.punct(i+1, '-') {
			return "MID", modDate, i + 2
		}
		return "MID", modDate, i + 1
	case wEarlier:
		if m.is(i+1, wThis, wLast, wToday, wYesterday, wThat) {
			return "START", modDate, i + 1 // "earlier that day"
		}
	case wLater:
		if m.is(i+1, wThis, wNext, wToday, wTomorrow, wYesterday, wThat) {
			return "END", modDate, i + 1
		}
	case wThe:
		if m.is(i+1, wEarly, wLate, wMid) {
			mod, kind, j := m.modifier(i + 1)
			return mod, kind, j
		}
		if m.is(i+2, wOf) {
			switch m.id(i + 1) {
			case wEnd, wClose:
				return "END", modDate, i + 3
			case wBeginning, wStart, wOutset, wDawn:
				return "START", modDate, i + 3
			case wMiddle:
				return "MID", modDate, i + 3
			}
		}
	case wMore, wLess:
		if m.is(i+1, wThan) {
			if w == wMore {
				return "MORE_THAN", modDur, i + 2
			}
			return "LESS_THAN", modDur, i + 2
		}
	case wNo:
		if m.is(i+1, wMore, wLess) && m.is(i+2, wThan) {
			if m.is(i+1, wMore) {
				return "EQUAL_OR_LESS", modDur, i + 3
			}
			return "EQUAL_OR_MORE", modDur, i + 3
		}
	case wAt:
		if m.is(i+1, wLeast) {
			return "EQUAL_OR_MORE", modDur, i + 2
		}
		if m.is(i+1, wMost) {
			return "EQUAL_OR_LESS", modDur, i + 2
		}
	case wUp:
		if m.is(i+1, wTo) {
			return "EQUAL_OR_LESS", modDur, i + 2
		}
	case wOver, wUnder:
		if !m.is(i+1, wA, wAn) {
			break // "over the past year", "over three years": the span alone
		}
		if w == wOver {
			return "MORE_THAN", modDur, i + 1
		}
		return "LESS_THAN", modDur, i + 1
	case wNearly, wAlmost:
		return "LESS_THAN", modDur, i + 1
	case wAbout, wAround, wApproximately, wRoughly:
		return "APPROX", modAny, i + 1
	case wSome:
		return "APPROX", modDur, i + 1 // "some 20 years"
	}
	return "", 0, i
}

// modFits reports whether a modifier of the given kind may stand in front
// of the expression.
func modFits(kind int, c cand) bool {
	switch kind {
	case modDate:
		return (c.typ == xDate || c.typ == xTime) && c.mod == "" && c.val != "" && c.val[0] != 'P' && !strings.HasSuffix(c.val, "_REF")
	case modDur:
		return c.typ == xDuration && c.mod == "" || c.rule == rAgo || c.typ == xSet && c.freq != "" && c.mod == "" // "at least once a day"
	case modAny:
		if c.typ == xSet {
			return c.freq != "" && c.mod == "" // "roughly twice a year"
		}
		return c.mod == "" && c.val != "" && !strings.HasSuffix(c.val, "_REF") && c.rule != rWeekday // not PAST_REF and kin
	}
	return false
}

// applyMod sets the mod; before "ago" a quantity modifier turns into a
// bound on the date ("more than two years ago" is before the date two years
// back).
func applyMod(c cand, mod string, kind int, approx bool) cand {
	if c.rule == rAgo && kind == modDur && (approx || mod == "APPROX") {
		c.mod = "APPROX" // "nearly two years ago": about then
		return c
	}
	if c.rule == rAgo && kind == modDur {
		switch mod {
		case "MORE_THAN", "EQUAL_OR_MORE":
			if mod == "MORE_THAN" {
				c.mod = "BEFORE"
			} else {
				c.mod = "ON_OR_BEFORE"
			}
		default:
			if mod == "LESS_THAN" {
				c.mod = "AFTER"
			} else {
				c.mod = "ON_OR_AFTER"
			}
		}
		if c.fine != "" {
			c.val = c.fine
		}
		if c.expl != "" {
			c.expl += "; the quantity is a bound: " + c.mod
		}
		return c
	}
	c.mod = mod
	if c.expl != "" {
		c.expl += "; mod " + mod
	}
	return c
}
