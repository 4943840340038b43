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
func (m *matcher) modifier(i int) (mod xmod, kind int, j int) {
	w := m.id(i)
	switch w {
	case wEarly, wLate:
		mod, j := modStart, i+1
		if w == wLate {
			mod = modEnd
		}
		if m.punct(j, '-') && m.adjacent(j) {
			j++ // "late-November"
		}
		return mod, modDate, j
	case wMid:
		if m.punct(i+1, '-') {
			return modMid, modDate, i + 2
		}
		return modMid, modDate, i + 1
	case wEarlier:
		if m.is(i+1, wThis, wLast, wToday, wYesterday, wThat) {
			return modStart, modDate, i + 1 // "earlier that day"
		}
	case wLater:
		if m.is(i+1, wThis, wNext, wToday, wTomorrow, wYesterday, wThat) {
			return modEnd, modDate, i + 1
		}
	case wThe:
		if m.is(i+1, wEarly, wLate, wMid) {
			mod, kind, j := m.modifier(i + 1)
			return mod, kind, j
		}
		if m.id(i+2) == wOf {
			switch m.id(i + 1) {
			case wEnd, wClose:
				return modEnd, modDate, i + 3
			case wBeginning, wStart, wOutset, wDawn:
				return modStart, modDate, i + 3
			case wMiddle:
				return modMid, modDate, i + 3
			}
		}
	case wMore, wLess:
		if m.id(i+1) == wThan {
			if w == wMore {
				return modMoreThan, modDur, i + 2
			}
			return modLessThan, modDur, i + 2
		}
	case wNo:
		if m.is(i+1, wMore, wLess) && m.id(i+2) == wThan {
			if m.id(i+1) == wMore {
				return modEqualOrLess, modDur, i + 3
			}
			return modEqualOrMore, modDur, i + 3
		}
	case wAt:
		if m.id(i+1) == wLeast {
			return modEqualOrMore, modDur, i + 2
		}
		if m.id(i+1) == wMost {
			return modEqualOrLess, modDur, i + 2
		}
	case wUp:
		if m.id(i+1) == wTo {
			return modEqualOrLess, modDur, i + 2
		}
	case wOver, wUnder:
		if !m.is(i+1, wA, wAn) {
			break // "over the past year", "over three years": the span alone
		}
		if w == wOver {
			return modMoreThan, modDur, i + 1
		}
		return modLessThan, modDur, i + 1
	case wNearly, wAlmost:
		return modLessThan, modDur, i + 1
	case wAbout, wAround, wApproximately, wRoughly:
		return modApprox, modAny, i + 1
	case wSome:
		return modApprox, modDur, i + 1 // "some 20 years"
	}
	return modNone, 0, i
}

// modFits reports whether a modifier of the given kind may stand in front
// of the expression.
func modFits(kind int, c cand) bool {
	switch kind {
	case modDate:
		return (c.typ == xDate || c.typ == xTime) && c.mod == modNone && c.val != "" && c.val[0] != 'P' && !strings.HasSuffix(c.val, "_REF")
	case modDur:
		return c.typ == xDuration && c.mod == modNone || c.rule == rAgo || c.typ == xSet && c.freq != "" && c.mod == modNone // "at least once a day"
	case modAny:
		if c.typ == xSet {
			return c.freq != "" && c.mod == modNone // "roughly twice a year"
		}
		return c.mod == modNone && c.val != "" && !strings.HasSuffix(c.val, "_REF") && c.rule != rWeekday // not PAST_REF and kin
	}
	return false
}

// applyMod sets the mod; before "ago" a quantity modifier turns into a
// bound on the date ("more than two years ago" is before the date two years
// back).
func applyMod(c cand, mod xmod, kind int, approx bool) cand {
	if c.rule == rAgo && kind == modDur && (approx || mod == modApprox) {
		c.mod = modApprox // "nearly two years ago": about then
		return c
	}
	if c.rule == rAgo && kind == modDur {
		switch mod {
		case modMoreThan, modEqualOrMore:
			if mod == modMoreThan {
				c.mod = modBefore
			} else {
				c.mod = modOnOrBefore
			}
		default:
			if mod == modLessThan {
				c.mod = modAfter
			} else {
				c.mod = modOnOrAfter
			}
		}
		if c.fine != "" {
			c.val = c.fine
		}
		if c.expl != "" {
			c.expl += "; the quantity is a bound: " + c.mod.String()
		}
		return c
	}
	c.mod = mod
	if c.expl != "" {
		c.expl += "; mod " + mod.String()
	}
	return c
}
