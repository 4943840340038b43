package temporal

// Fuzzy references: "now", "currently", "recently", "the past", "the
// future", "soon", "in recent years".

func (m *matcher) fuzzy(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rFuzzy}
	switch m.id(i) {
	case wNow:
		// "from now on" and "by now" are no point in time; "until now" and
		// the conjunction "now that" still name the present.
		if m.is(i-1, wFrom, wBy) || m.discourseMarker(i) {
			return c, false
		}
		c.e, c.val = i+1, "PRESENT_REF"
	case wCurrently, wNowadays, wPresently:
		if m.discourseMarker(i) {
			return c, false
		}
		c.e, c.val = i+1, "PRESENT_REF"
	case wCurrent:
		if m.class(i+1, cUnit) {
			return c, false
		}
		c.e, c.val = i+1, "PRESENT_REF"
	case wThen:
		if m.id(i+1) != wCurrent || m.class(i+2, cUnit) {
			return c, false
		}
		c.e, c.val = i+2, "PAST_REF" // "the then current price": current back then
	case wRecently, wLately, wFormerly:
		c.e, c.val = i+1, "PAST_REF"
	case wRecent:
		if m.class(i+1, cUnit) && m.tok(i+1).class&cPlural != 0 {
			c.e, c.val = i+2, "PAST_REF"
		} else {
			return c, false // "recent" alone is mostly an adjective of no time
		}
	case wThe:
		switch {
		case m.id(i+1) == wPast && (i+2 >= len(m.toks) || m.tok(i+2).kind == tPunct || m.is(i+2, wAnd, wOr, wWhen, wThat, wAs) ||
			m.id(i-1) == wIn && m.is(i+2, wIt, wThey, wHe, wShe, wWe, wI, wYou, wThere, wThe, wA, wAn, wIts, wTheir, wHis, wHer, wSuch, wMany, wMost)):
			// "in the past it considered ...": a new clause follows, so
			// "past" is no adjective of "it"
			c.e, c.val = i+2, "PAST_REF"
		case m.id(i+1) == wFuture && m.id(i+2) != wOf:
			c.e, c.val = i+2, "FUTURE_REF"
		case m.is(i+1, wNear, wForeseeable) && m.id(i+2) == wFuture:
			c.e, c.val = i+3, "FUTURE_REF"
		case m.is(i+1, wNear, wShort, wLong) && m.id(i+2) == wTerm:
			c.e, c.val = i+3, "FUTURE_REF" // "in the near term"; "the long-term" is an adjective
		case m.id(i+1) == wPresent && (i+2 >= len(m.toks) || m.tok(i+2).kind == tPunct):
			c.e, c.val = i+2, "PRESENT_REF"
		case m.id(i+1) == wMoment && m.id(i-1) == wAt:
			c.e, c.val = i+2, "PRESENT_REF"
		case m.id(i+1) == wTime && m.id(i-1) == wAt && (i+2 >= len(m.toks) || m.tok(i+2).kind == tPunct && !m.punct(i+2, '\'') ||
			m.is(i-2, wSaid, wSaying, wSays, wWrote, wReported) && m.id(i+2) != wThat):
			// "saying at the time he was willing", "was private at the
			// time.": back then (PAST_REF); "at the time Howes was
			// captured" and "at the time of the attack" name an event
			c.e, c.val = i+2, "PAST_REF"
		default:
			return c, false
		}
	case wA:
		if m.id(i+1) != wLong || m.id(i+2) != wTime || m.id(i+3) != wAgo {
			return c, false
		}
		c.e, c.val = i+4, "PAST_REF" // "a long time ago"
	case wLong:
		if m.id(i+1) != wAgo || m.is(i-1, wHow, wSo, wToo, wAs, wThat) {
			return c, false
		}
		c.e, c.val = i+2, "PAST_REF" // "long ago"
	case wThese:
		if m.id(i+1) == wDays {
			c.e, c.val = i+2, "PRESENT_REF"
		} else {
			return c, false
		}
	default:
		return c, false
	}
	if !m.dct.IsZero() {
		c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
	}
	return c, true
}

// discourseMarker reports whether the word at i opens its sentence and is
// set off by a comma: "Now, he says, ..." and "Currently, organs are
// rationed" move the discourse on rather than date anything.
func (m *matcher) discourseMarker(i int) bool {
	if !m.punct(i+1, ',') {
		return false
	}
	for k := 0; k < i; k++ {
		if m.tok(k).kind != tPunct {
			return false
		}
	}
	return true
}
