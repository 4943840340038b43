package temporal

import (
	"strings"
	"time"
)

// Weekdays: "on Wednesday", "last Friday", "next Monday", "Thursday night",
// "Mondays". A bare weekday is the one the sentence's tense points to from
// the DCT: past tense the latest not after it, future the next not before
// it, otherwise the closest.

func (m *matcher) weekday(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rWeekday}
	j := i
	if m.id(i) == wThe && m.is(i+1, wPrevious, wPreceding, wFollowing) || m.id(i) == wThis && m.id(i+1) == wPast {
		j++ // "the previous Friday", "this past Tuesday"
	}
	n := 0
	switch m.id(j) {
	case wLast, wPast:
		n = -1
	case wNext, wComing:
		n = 1
	case wThis:
		n = 2
	case wPrevious, wPreceding:
		n = -3
	case wFollowing:
		n = 3
	}
	if n != 0 {
		j++
	}
	if !m.class(j, cWeekday) || !m.tok(j).upper {
		return c, false
	}
	if m.id(j-1) == wThe && m.tok(j+1).upper && m.tok(j+1).class == 0 {
		return c, false // a name: "the Sunday Times"
	}
	if n == 0 && m.id(j-1) == wBlack && m.tok(j-1).upper {
		return c, false // a day named for a crash or a massacre ("Black Monday"), not this week's
	}
	wd := int(m.tok(j).wd().val) // 1 = Monday
	if m.tok(j).class&cPlural != 0 {
		if n != 0 {
			return c, false
		}
		c.typ, c.rule, c.e = xSet, rWeekdayPlural, j+1
		c.val = "XXXX-WXX-" + itoa(wd)
		if m.class(j+1, cPartOfDay) {
			c.val += "T" + m.tok(j+1).wd().tod
			c.e++
		}
		return c, true
	}
	c.e = j + 1
	tod := ""
	if m.class(j+1, cPartOfDay) && m.tok(j+1).class&cPlural == 0 {
		tod = m.tok(j + 1).wd().tod
		c.typ, c.e = xTime, j+2
	}
	if m.dct.IsZero() {
		c.val = "XXXX-WXX-" + itoa(wd)
		if tod != "" {
			c.val += "T" + tod
		}
		return c, true
	}
	if k, e, ok := m.weekNamed(c.e); ok && n == 0 {
		// "on Monday last week", "Tuesday of next week": that weekday of
		// the week named, counted from the publication date's week
		monday := m.dct.AddDate(0, 0, -((int(m.dct.Weekday()) + 6) % 7))
		t := monday.AddDate(0, 0, 7*k+wd-1)
		c.e, c.rule = e, rLastNextWeekday
		c.val = format(t, gDay)
		if tod != "" {
			c.val += "T" + tod
		}
		c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
		c.expl = m.tok(j).written(m.text) + " of the week named, counted from publication date " + anchorName(m.dct) + " (" + direction(t, m.dct) + ")"
		return c, true
	}
	base, baseName := m.dct, "publication date "+anchorName(m.dct)
	if n == 3 || n == -3 {
		// "the previous Friday", "the following Monday": the reference
		// time is the last day named, else the DCT
		if !m.last.IsZero() && (m.lastGran == gDay || m.lastGran == gTime) {
			base, baseName = startOf(m.last, gDay), m.lastVal
		}
		n /= 3
	}
	dctWD := (int(base.Weekday())+6)%7 + 1
	back := base.AddDate(0, 0, -((dctWD - wd + 7) % 7)) // latest on or before the anchor
	fwd := base.AddDate(0, 0, (wd-dctWD+7)%7)           // next on or after
	var t time.Time
	how := ""
	switch n {
	case -1:
		t = back
		if t.Equal(base) {
			t = t.AddDate(0, 0, -7)
		}
		how = "the one before it"
	case 1:
		t = fwd
		if t.Equal(base) {
			t = t.AddDate(0, 0, 7)
		}
		how = "the one after it"
	default:
		c.tense = m.tense(j, j+1)
		tn := c.tense
		possessive := n == 0 && tod == "" && m.punct(j+1, '\'') && m.id(j+2) == wS && m.frontTense(j) == tenseNone
		ahead := possessive && ((m.id(j-1) == wFor || m.id(j-1) == wOf && m.id(j-2) == wAhead) && (tn != tensePast || m.perfectOfPreparation(j-1)) || m.futureRelative(j+3))
		switch {
		case m.withinDay(j):
			// "later on Tuesday", "earlier on Monday": a time within the
			// day the news is of, which is the closest such day whatever
			// the tense ("could return home later on Tuesday", read on
			// Wednesday, is the day before)
			tn = tenseNone
		case ahead:
			// what is made ready for or done ahead of a day's event,
			// told in no past tense, lies ahead: "tickets are on sale
			// for Sunday's match", "roads close ahead of Friday's race"
			tn = tenseFuture
		case tn == tenseNone || possessive:
			// news reports what happened; a possessive names a
			// reported event: "Wednesday's ruling"
			tn = tensePast
		}
		t = pick([]time.Time{back, fwd}, gDay, m.dct, tn)
		switch tn {
		case tensePast:
			how = "the latest one not after it"
			if possessive {
				how = "a possessive names a reported event, so " + how
			}
		case tenseFuture:
			how = "the next one not before it"
			if ahead {
				how = "a possessive after \"for\" or \"ahead of\", or told by a relative clause in the future, names an event to come, so " + how
			}
		default:
			how = "the closest one"
			if m.withinDay(j) {
				how = "\"later\" or \"earlier\" on a day is within the day the news is of, so " + how
			}
		}
		if u, ok := m.reportedAhead(j, wd, tn); ok && u.Before(t) {
			// "said on Friday that the vote would be held on Sunday",
			// read on Monday: the Sunday after the Friday of the report
			t, base, baseName = u, startOf(m.last, gDay), m.lastVal
			how = "the next one after the day of the report, told as what lay ahead then"
		}
		if n == 2 {
			c.rule = rThisWeekday
		}
	}
	if n == -1 || n == 1 {
		c.rule = rLastNextWeekday
	}
	c.val = format(t, gDay)
	c.anchor, c.anchorKind = format(base, gDay), aDCT
	if !base.Equal(m.dct) {
		c.anchor, c.anchorKind = baseName, aPrevious
	}
	c.expl = m.tok(j).written(m.text) + ", anchored to " + baseName + tenseNote(c.tense) + ": " + how + " (" + direction(t, base) + ")"
	if tod != "" {
		c.val += "T" + tod
	}
	return c, true
}

// namedWeekday is the weekday that token k names, written with a capital
// and in the singular ("on Saturday", not "saturdays", which tell no one
// day); ok is false for any other token.
func (m *matcher) namedWeekday(k int) (wd time.Weekday, ok bool) {
	t := m.tok(k)
	if !m.class(k, cWeekday) || !t.upper || t.class&cPlural != 0 {
		return 0, false
	}
	return time.Weekday(int(t.wd().val) % 7), true // the lexicon counts Monday 1 to Sunday 7
}

// weekNamed reads "last week", "this week" or "next week", perhaps after
// "of", at token k, right after a weekday ("Monday last week", "Friday of
// next week"): the week counted from the publication date's (-1, 0, 1) and
// where the words end.
func (m *matcher) weekNamed(k int) (int, int, bool) {
	if m.id(k) == wOf {
		k++
	}
	if !m.is(k, wLast, wThis, wNext) || m.id(k+1) != wWeek || m.punct(k+2, '\'') {
		return 0, 0, false
	}
	return thisLastNext(m.id(k)), k + 2, true
}

// withinDay reports "later" or "earlier", perhaps with "on", right before
// the weekday at j, with no span counted before it ("two days later on
// Tuesday" counts from another day).
func (m *matcher) withinDay(j int) bool {
	k := j - 1
	if m.id(k) == wOn {
		k--
	}
	return m.is(k, wLater, wEarlier) && !m.class(k-1, cUnit) && m.tok(k-1).kind != tNum
}

// written is the token as it stands in the text.
func (t *token) written(text string) string { return text[t.start:t.end] }

// preparations are the participles of getting ready for an occasion.
var preparations = map[string]bool{"set": true, "scheduled": true, "planned": true, "arranged": true, "booked": true,
	"prepared": true, "organised": true, "organized": true, "named": true, "picked": true, "selected": true, "sold": true}

// perfectOfPreparation reports a present perfect of getting ready in the
// clause before the "for" at p, at most eight words back with no
// punctuation but a figure's: "The stadium has been set a capacity of
// 60,000 for Saturday's show", "has booked a hall for Friday's party". It
// tells the state of things now, looking ahead to the occasion; "has been
// fined for Sunday's foul" is no preparation.
func (m *matcher) perfectOfPreparation(p int) bool {
	for k := p - 1; k > 0 && k >= p-8; k-- {
		t := m.tok(k)
		if t.kind != tWord && t.kind != tNum && !(m.punct(k, ',') && m.tok(k-1).kind == tNum && m.tok(k+1).kind == tNum) {
			return false // a thousands separator is part of its figure
		}
		if t.kind == tWord && preparations[strings.ToLower(t.written(m.text))] {
			return m.is(k-1, wHas, wHave) || m.id(k-1) == wBeen && m.is(k-2, wHas, wHave)
		}
	}
	return false
}

// futureRelative reports a relative clause in the future after the noun
// phrase that opens at token s (at most four words, then a comma, "which"
// or "that", and "will"): "Sunday's final, which will be shown live" names
// an event to come.
func (m *matcher) futureRelative(s int) bool {
	for k := s; k < s+5 && k < len(m.toks); k++ {
		if m.toks[k].kind == tWord {
			continue
		}
		if !m.punct(k, ',') {
			return false
		}
		return m.is(k+1, wWhich, wThat) && m.id(k+2) == wWill
	}
	return false
}

// reportedAhead reads a weekday at j told as what lay ahead on a past day
// named earlier in the sentence: "the minister said on Friday that the vote
// would be held on Sunday" is the Sunday after that Friday, even when the
// story appears the Monday after. It needs the future of the past ("would",
// "was to", "were due to", "was expected to"), not "will", which speaks
// from the writer's present, and returns the first such weekday after the
// day named.
func (m *matcher) reportedAhead(j, wd int, tn xtense) (time.Time, bool) {
	if tn != tenseFuture || m.lastEnd < 0 || m.lastEnd > j || m.lastSent != m.sent || m.lastGran != gDay || !m.last.Before(m.dct) {
		return time.Time{}, false
	}
	ahead := false
	for k := m.lastEnd; k < j; k++ {
		switch {
		case m.is(k, wWill, wLl):
			return time.Time{}, false
		case m.id(k) == wWould,
			m.is(k, wWas, wWere) && (m.id(k+1) == wTo || m.is(k+1, wDue, wExpected, wScheduled, wSet, wSlated, wPlanned, wGoing) && k+1 < j):
			ahead = true
		}
	}
	if !ahead {
		return time.Time{}, false
	}
	d := startOf(m.last, gDay)
	dWD := (int(d.Weekday())+6)%7 + 1
	return d.AddDate(0, 0, (wd-dWD+6)%7+1), true
}
