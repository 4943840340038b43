package temporal

// Fuzzy references: "now", "currently", "recently", "the past", "the
// future", "soon", "in recent years".

func (m *matcher) fuzzy(i int) (cand, bool) {
	c := cand{s: i, typ: "DATE", rule: "fuzzy"}
	switch m.word(i) {
	case "now":
		// "from now on" and "by now" are no point in time; "until now" and
		// the conjunction "now that" still name the present.
		if m.is(i-1, "from", "by") || m.discourseMarker(i) {
			return c, false
		}
		c.e, c.val = i+1, "PRESENT_REF"
	case "currently", "nowadays", "presently":
		if m.discourseMarker(i) {
			return c, false
		}
		c.e, c.val = i+1, "PRESENT_REF"
	case "current":
		if m.class(i+1, cUnit) {
			return c, false
		}
		c.e, c.val = i+1, "PRESENT_REF"
	case "then":
		if !m.is(i+1, "current") || m.class(i+2, cUnit) {
			return c, false
		}
		c.e, c.val = i+2, "PAST_REF" // "the then current price": current back then
	case "recently", "lately", "formerly":
		c.e, c.val = i+1, "PAST_REF"
	case "recent":
		if m.class(i+1, cUnit) && m.tok(i+1).w.class&cPlural != 0 {
			c.e, c.val = i+2, "PAST_REF"
		} else {
			return c, false // "recent" alone is mostly an adjective of no time
		}
	case "the":
		switch {
		case m.is(i+1, "past") && (i+2 >= len(m.toks) || m.tok(i+2).kind == tPunct || m.is(i+2, "and", "or", "when", "that", "as") ||
			m.is(i-1, "in") && m.is(i+2, "it", "they", "he", "she", "we", "i", "you", "there", "the", "a", "an", "its", "their", "his", "her", "such", "many", "most")):
			// "in the past it considered ...": a new clause follows, so
			// "past" is no adjective of "it"
			c.e, c.val = i+2, "PAST_REF"
		case m.is(i+1, "future") && !m.is(i+2, "of"):
			c.e, c.val = i+2, "FUTURE_REF"
		case m.is(i+1, "near", "foreseeable") && m.is(i+2, "future"):
			c.e, c.val = i+3, "FUTURE_REF"
		case m.is(i+1, "near", "short", "long") && m.is(i+2, "term"):
			c.e, c.val = i+3, "FUTURE_REF" // "in the near term"; "the long-term" is an adjective
		case m.is(i+1, "present") && (i+2 >= len(m.toks) || m.tok(i+2).kind == tPunct):
			c.e, c.val = i+2, "PRESENT_REF"
		case m.is(i+1, "moment") && m.is(i-1, "at"):
			c.e, c.val = i+2, "PRESENT_REF"
		case m.is(i+1, "time") && m.is(i-1, "at") && (i+2 >= len(m.toks) || m.tok(i+2).kind == tPunct && !m.punct(i+2, '\'') ||
			m.is(i-2, "said", "saying", "says", "wrote", "reported") && !m.is(i+2, "that")):
			// "saying at the time he was willing", "was private at the
			// time.": back then (PAST_REF); "at the time Howes was
			// captured" and "at the time of the attack" name an event
			c.e, c.val = i+2, "PAST_REF"
		default:
			return c, false
		}
	case "a":
		if !m.is(i+1, "long") || !m.is(i+2, "time") || !m.is(i+3, "ago") {
			return c, false
		}
		c.e, c.val = i+4, "PAST_REF" // "a long time ago"
	case "long":
		if !m.is(i+1, "ago") || m.is(i-1, "how", "so", "too", "as", "that") {
			return c, false
		}
		c.e, c.val = i+2, "PAST_REF" // "long ago"
	case "these":
		if m.is(i+1, "days") {
			c.e, c.val = i+2, "PRESENT_REF"
		} else {
			return c, false
		}
	default:
		return c, false
	}
	if !m.dct.IsZero() {
		c.anchor, c.anchorKind = format(m.dct, gDay), "dct"
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
