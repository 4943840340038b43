package temporal

import (
	"strconv"
	"time"
)

// Absolute dates: calendar dates, months, years, decades, centuries,
// quarters, halves, seasons, fiscal years. Parts the text leaves out (the
// year of "Sept. 14", the year of "in April") are taken from the DCT in the
// direction the tense points.

var absoluteRules []rule

func init() {
	absoluteRules = []rule{(*matcher).calendarDate, (*matcher).numericDate, (*matcher).yearRule,
		(*matcher).decade, (*matcher).century, (*matcher).quarterRule, (*matcher).halfRule, (*matcher).season, (*matcher).dayOfMonth, (*matcher).dayInRange, (*matcher).eraDate}
}

func (m *matcher) absolute(i int) (cand, bool) {
	var best cand
	found := false
	for _, f := range absoluteRules {
		if c, ok := f(m, i); ok && (!found || c.e > best.e) {
			best, found = c, true
		}
	}
	return best, found
}

// readYear reads a year at i: 1998, '98, or (when loose) any number
// 1000..2199 after a preposition.
func (m *matcher) readYear(i int, loose bool) (y, j int, ok bool) {
	if n, isNum := m.num(i); isNum && m.toks[i].digits == 4 && !m.toks[i].upper {
		if n >= 1900 && n <= 2099 || loose && n >= 1000 && n <= 2199 {
			if m.punct(i-1, '$') || m.id(i+1) == wPercent || m.punct(i+1, '%') || m.punct(i+1, ',') && m.adjacent(i+1) && m.tok(i+2).kind == tNum && m.adjacent(i+2) {
				return 0, i, false
			}
			if m.punct(i+1, '.') && m.adjacent(i+1) && i+2 < len(m.toks) && m.tok(i+2).kind == tNum && m.adjacent(i+2) {
				return 0, i, false // 1998.5
			}
			return n, i + 1, true
		}
	}
	if m.id(i) == wTwo && m.id(i+1) == wThousand {
		// "two thousand", "two thousand and one"
		j, n := i+2, 0
		if m.id(j) == wAnd && m.class(j+1, cNumber) && m.tok(j+1).wd().num < 100 {
			n, j = int(m.tok(j+1).wd().num), j+2
		} else if m.class(j, cNumber) && m.tok(j).wd().num < 100 {
			n, j = int(m.tok(j).wd().num), j+1
		}
		return 2000 + n, j, true
	}
	if m.is(i, wNineteen, wEighteen, wTwenty) && m.class(i+1, cNumber) {
		// "nineteen ninety-four", "nineteen eighty"
		hi := int(m.tok(i).wd().num)
		lo := int(m.tok(i + 1).wd().num)
		j := i + 2
		if lo >= 20 && lo%10 == 0 && lo < 100 {
			k := j
			if m.punct(k, '-') {
				k++
			}
			if m.class(k, cNumber) && m.tok(k).wd().num > 0 && m.tok(k).wd().num < 10 {
				lo += int(m.tok(k).wd().num)
				j = k + 1
			}
			return hi*100 + lo, j, true
		}
	}
	if m.punct(i, '\'') && m.adjacent(i+1) {
		if n, isNum := m.num(i + 1); isNum && m.tok(i+1).digits == 2 && !m.class(i+2, cUnit) && !(m.id(i+2) == wS && m.adjacent(i+2)) {
			if n < 30 {
				return 2000 + n, i + 2, true
			}
			return 1900 + n, i + 2, true
		}
	}
	return 0, i, false
}

// readDay reads a day of the month: 14, 14th.
func (m *matcher) readDay(i int) (d, j int, ok bool) {
	n, isNum := m.num(i)
	if !isNum || m.toks[i].digits > 2 || n < 1 || n > 31 {
		return 0, i, false
	}
	j = i + 1
	if m.is(j, wSt, wNd, wRd, wTh) && m.adjacent(j) {
		j++
	} else if j < len(m.toks) && m.tok(j).kind == tWord && m.adjacent(j) {
		return 0, i, false // 14kg
	}
	if (m.punct(j, ':') || m.punct(j, '.')) && m.adjacent(j) && m.tok(j+1).kind == tNum && m.adjacent(j+1) {
		return 0, i, false // 14:30, 14.5
	}
	return n, j, true
}

// monthWord reads a month name at i (with the period of an abbreviation).
func (m *matcher) monthWord(i int) (mo, j int, ok bool) {
	if !m.class(i, cMonth) || !m.toks[i].upper {
		return 0, i, false
	}
	if m.toks[i].class&cAbbrev != 0 {
		return int(m.toks[i].wd().val), m.skipDot(i + 1), true
	}
	return int(m.toks[i].wd().val), i + 1, true
}

// monthAloneOK reports whether a bare month name at i is a month: "May"
// and "March" only after a word that introduces a date.
func (m *matcher) monthAloneOK(i int) bool {
	t := m.toks[i]
	if t.class&cAbbrev != 0 && !m.punct(i+1, '.') {
		return false
	}
	switch t.id {
	case wMay, wMarch:
		if m.punct(i-1, ',') && m.class(i-2, cMonth) {
			return true // "February, March and April 2018"
		}
		return m.is(i-1, wIn, wSince, wLast, wNext, wThis, wEarly, wLate, wMid, wUntil, wBy, wThrough,
			wOf, wFrom, wBefore, wAfter, wDuring, wEach, wEvery, wEnd, wTo, wAnd, wOr) || m.punct(i-1, '-') && m.id(i-2) == wMid ||
			m.id(i-1) == wThe && m.premodifies(i+1)
	}
	return true
}

// listYear reads the rest of a list of month names after the month that
// ends at j (", March and April 2018", " or May 2019") and returns the
// year written after its last month.
func (m *matcher) listYear(j int) (int, bool) {
	k, n := j, 0
	for {
		if m.punct(k, ',') {
			k++
		}
		if m.is(k, wAnd, wOr) {
			k++
		}
		if k == j || !m.class(k, cMonth) || !m.tok(k).upper || m.tok(k).class&cAbbrev != 0 && !m.punct(k+1, '.') {
			break
		}
		_, next, _ := m.monthWord(k)
		k, j, n = next, next, n+1
	}
	if n == 0 {
		return 0, false
	}
	y, _, ok := m.readYear(j, true)
	return y, ok
}

// premodifies reports whether the word at j is a common noun a month name
// before it modifies: "the March accession", "the May elections", but
// not "the March of Dimes" or "The March on Washington".
func (m *matcher) premodifies(j int) bool {
	t := m.tok(j)
	return t.kind == tWord && !t.upper && t.class == 0 && !m.is(j, wOf, wOn, wFor, wTo, wIn, wAnd, wOr, wAt, wFrom, wWith, wBy, wIs, wWas, wWill, wHas, wHad)
}

// calendarDate: "Sept. 14, 2022", "14 September 2022", "September 2022",
// "Sept. 14", "in April".
func (m *matcher) calendarDate(i int) (cand, bool) {
	abbr := m.class(i, cAbbrev) && m.tok(i).wd().val >= 1 && m.tok(i).wd().val <= 7 && !m.class(i, cMonth) && m.punct(i+1, '.') && m.adjacent(i+1)
	if (m.class(i, cWeekday) || abbr) && m.tok(i).upper && m.tok(i).class&cPlural == 0 {
		// "Monday, Oct. 26": the date gives the value, the weekday joins the extent
		j := m.skipDot(i + 1)
		if m.punct(j, ',') {
			j++
		}
		if c, ok := m.calendarDate(j); ok && c.s == j && (c.rule == rMonthDay || c.rule == rDayMonth) {
			c.s = i
			if c.anchorKind == aDCT {
				// no year written: the weekday tells which year is meant
				// ("Wed., Sept. 14" is 2022, when Sept. 14 was a Wednesday)
				m.matchWeekday(&c, time.Weekday(int(m.tok(i).wd().val)%7))
			}
			return c, true
		}
		return cand{}, false
	}
	c := cand{s: i, typ: xDate}
	// Month first.
	if mo, j, ok := m.monthWord(i); ok {
		if d, k, ok := m.readDay(j); ok && (!m.punct(k, '-') || m.rangeEnd(k, d)) {
			y, l, hasYear := 0, k, false
			if m.punct(k, ',') {
				y, l, hasYear = m.readYearAfter(k + 1)
				if !hasYear {
					l = k
				}
			} else {
				y, l, hasYear = m.readYearAfter(k)
			}
			var rel cand
			if !hasYear {
				y, rel, hasYear = m.relativeYearAfter(k)
				l = max(l, rel.e)
			}
			c.e = l
			c, ok := m.finishDay(c, y, hasYear, mo, d, rMonthDay)
			if rel.e > 0 {
				c.rule, c.anchor, c.anchorKind = rMonthRelativeYear, rel.anchor, rel.anchorKind
			}
			return c, ok
		}
		k := j
		if m.id(k) == wOf || m.punct(k, ',') {
			k++
		}
		if y, l, ok := m.readYear(k, true); ok {
			c.e, c.rule, c.val = l, rMonthYear, format(civil(y, time.Month(mo), 1), gMonth)
			return c, true
		}
		if y, rel, ok := m.relativeYearAfter(j); ok {
			// "July last year", "in January this year", "in May of that
			// year"
			c.e, c.rule = rel.e, rMonthRelativeYear
			c.val = format(civil(y, time.Month(mo), 1), gMonth)
			c.anchor, c.anchorKind = rel.anchor, rel.anchorKind
			return c, true
		}
		if !m.monthAloneOK(i) {
			return c, false
		}
		c.e = j
		if m.is(i-1, wThrough, wTo, wUntil, wTill) && m.class(i-2, cMonth) && m.lastGran == gMonth && !m.last.IsZero() {
			// "covers October through December": the first such month
			// from the one that opens the range
			t := civil(m.last.Year(), time.Month(mo), 1)
			if t.Before(m.last) {
				t = t.AddDate(1, 0, 0)
			}
			c.rule, c.val = rMonthName, format(t, gMonth)
			c.anchor, c.anchorKind = m.lastVal, aPrevious
			return c, true
		}
		if y, ok := m.listYear(j); ok {
			// "in February, March and April 2018": the year written
			// after the last month of a list is every month's
			c.rule, c.val = rMonthYear, format(civil(y, time.Month(mo), 1), gMonth)
			return c, true
		}
		return m.cyclic(c, gMonth, func(y int) (time.Time, bool) { return civil(y, time.Month(mo), 1), true }, rMonthName)
	}
	// "the month of July": the month, with its extent
	if m.id(i) == wThe && m.id(i+1) == wMonth && m.id(i+2) == wOf && m.class(i+3, cMonth) && m.tok(i+3).upper {
		if mc, ok := m.calendarDate(i + 3); ok && mc.s == i+3 && (mc.rule == rMonthName || mc.rule == rMonthYear) {
			mc.s = i
			return mc, true
		}
	}
	// Day first: "14 September 2022", "the 14th of September".
	s := i
	if m.id(i) == wThe {
		i++
	}
	if d, j, ok := m.readDay(i); ok {
		hasOf := m.id(j) == wOf
		if hasOf {
			j++
		}
		if mo, k, ok := m.monthWord(j); ok {
			y, l, hasYear := m.readYearAfter(k)
			if m.punct(k, ',') && !hasYear {
				y, l, hasYear = m.readYearAfter(k + 1)
				if !hasYear {
					l = k
				}
			}
			var rel cand
			if !hasYear {
				y, rel, hasYear = m.relativeYearAfter(k)
				l = max(l, rel.e)
			}
			c.e = l
			c, ok := m.finishDay(c, y, hasYear, mo, d, rDayMonth)
			if rel.e > 0 {
				c.rule, c.anchor, c.anchorKind = rMonthRelativeYear, rel.anchor, rel.anchorKind
			}
			c.s = s
			if s != i && !hasOf {
				return c, false
			}
			return c, ok
		}
	}
	return c, false
}

func (m *matcher) readYearAfter(i int) (int, int, bool) {
	y, j, ok := m.readYear(i, true)
	if !ok {
		return 0, i, false
	}
	return y, j, true
}

// relativeYearAfter reads "this year", "last year" or "next year" after a
// month or a day ("on 25 June last year", "July last year"): the year
// counted from the DCT, which the day would otherwise take by its tense
// alone; and "(of) that year" or "(of) the same year" ("raised in May of
// that year", "on 10 July of that year", "in October that year"): the year
// of the date last named,
// which a story told of a past year stays in. The candidate holds where
// the words end (e, 0 when there are none) and the anchor.
func (m *matcher) relativeYearAfter(i int) (int, cand, bool) {
	k := i
	if m.id(k) == wOf {
		k++ // "of that year"; without it, "in October that year"
	}
	if m.id(k) == wThat || m.id(k) == wThe && m.id(k+1) == wSame {
		e := k + 1
		if m.id(k) == wThe {
			e++
		}
		if m.id(e) != wYear || m.punct(e+1, '\'') || m.punct(e+1, '-') || m.last.IsZero() || m.lastGran > gYear {
			return 0, cand{}, false
		}
		return m.last.Year(), cand{e: e + 1, anchor: m.lastVal, anchorKind: aPrevious}, true
	}
	if m.dct.IsZero() || !m.is(i, wThis, wLast, wNext) || m.id(i+1) != wYear || m.punct(i+2, '\'') {
		return 0, cand{}, false
	}
	return m.dct.Year() + thisLastNext(m.id(i)), cand{e: i + 2, anchor: format(m.dct, gDay), anchorKind: aDCT}, true
}

func (m *matcher) finishDay(c cand, y int, hasYear bool, mo, d int, rule ruleID) (cand, bool) {
	c.rule = rule
	wd, apposed := m.apposedWeekday(c.e)
	if apposed {
		c.e += 3
	}
	if hasYear {
		if d > daysIn(y, time.Month(mo)) {
			return c, false
		}
		c.val = format(civil(y, time.Month(mo), d), gDay)
		return c, true
	}
	if d > daysIn(2000, time.Month(mo)) {
		return c, false
	}
	c, ok := m.cyclic(c, gDay, func(y int) (time.Time, bool) {
		if d > daysIn(y, time.Month(mo)) {
			return time.Time{}, false
		}
		return civil(y, time.Month(mo), d), true
	}, rule)
	if ok && apposed && c.anchorKind == aDCT {
		m.matchWeekday(&c, wd)
	}
	return c, ok
}

// apposedWeekday reads ", a Saturday" at token k, right after a day of a
// month: the weekday that day fell on, told in apposition ("on 3 July, a
// Saturday"). It is part of the date, not a day of its own (the Saturday
// before the publication date), and tells the year of a day written
// without one.
func (m *matcher) apposedWeekday(k int) (time.Weekday, bool) {
	if !m.punct(k, ',') || m.id(k+1) != wA {
		return 0, false
	}
	return m.namedWeekday(k + 2)
}

// matchWeekday moves a day of a month resolved without a year to the
// nearest year, of the one the tense chose and the ones around it, in which
// it falls on weekday wd; it stays when none does.
func (m *matcher) matchWeekday(c *cand, wd time.Weekday) {
	t, g, ok := calOf(c.val)
	if !ok || g != gDay || t.Weekday() == wd {
		return
	}
	best, bestD := time.Time{}, 0.0
	for _, dy := range []int{-1, 1, -2, 2} {
		u := civil(t.Year()+dy, t.Month(), t.Day())
		if u.Month() != t.Month() || u.Weekday() != wd {
			continue
		}
		d := u.Sub(m.dct).Hours()
		if d < 0 {
			d = -d
		}
		if best.IsZero() || d < bestD {
			best, bestD = u, d
		}
	}
	if !best.IsZero() {
		c.val = format(best, gDay)
		c.expl += "; the year in which it falls on a " + wd.String()
	}
}

// rangeEnd reports whether a hyphen at k after day d opens the second day
// of a range ("Sept. 14-15"), not a compound ("May 3-1 vote").
func (m *matcher) rangeEnd(k, d int) bool {
	e, l, ok := m.readDay(k + 1)
	return ok && e > d && m.adjacent(k) && m.adjacent(k+1) && !m.class(l, cUnit) && !m.is(l, wPercent, wVote, wVictory, wWin, wLoss, wLead, wMargin, wScore)
}

// dayInRange: the bare day that ends or begins a range of days in one
// month, "Sept. 14-15", "from Sept. 14 to 16", "3 and 4 January", or a
// list of days, "3, 9 and 14 March": the other end gives its month and
// year.
func (m *matcher) dayInRange(i int) (cand, bool) {
	return m.dayInRangeAt(i, 0)
}

// dayInRangeAt is dayInRange for a day at depth in a list of days
// ("3, 9 and 14 March": 3 at depth 0, 9 at depth 1).
func (m *matcher) dayInRangeAt(i, depth int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rDayRange}
	d, j, ok := m.readDay(i)
	if !ok || m.class(j, cUnit) || m.class(j, cMonth) || m.is(j, wPercent, wSt, wNd, wRd, wTh) {
		return c, false
	}
	// after the first day: "Sept. 14-15", "Sept. 14 to 16"
	if m.lastEnd == i-1 && (m.punct(i-1, '-') || m.is(i-1, wTo, wAnd, wThrough, wUntil, wTill)) && m.lastGran == gDay &&
		d > m.last.Day() && d <= daysIn(m.last.Year(), m.last.Month()) {
		c.e = j
		c.val = format(civil(m.last.Year(), m.last.Month(), d), gDay)
		c.anchor, c.anchorKind = m.lastVal, aPrevious
		c.expl = "the end of a range of days that starts on " + m.lastVal
		return c, true
	}
	// before the second: "3 and 4 January", "3-4 January"; in a list of
	// days before one month, "3, 9 and 14 March", each day before a
	// comma takes the month of the next day, which is a day of the list
	// itself
	var o cand
	var expl string
	switch {
	case m.punct(j, ',') && depth < 6:
		o, ok = m.dayInRangeAt(j+1, depth+1)
		ok = ok && o.rule == rDayRange && o.anchorKind == aNext
		expl = "a day of a list of days that goes on with "
	case m.punct(j, '-') || m.is(j, wAnd, wTo):
		o, ok = m.calendarDate(j + 1)
		ok = ok && o.s == j+1 && o.rule == rDayMonth && len(o.val) == 10
		expl = "the start of a range of days that ends on "
	default:
		ok = false
	}
	if ok {
		if t, _, ok := calOf(o.val); ok && d < t.Day() {
			c.e = j
			c.val = format(civil(t.Year(), t.Month(), d), gDay)
			c.anchor, c.anchorKind, c.tense = o.val, aNext, o.tense
			c.expl = expl + o.val
			return c, true
		}
	}
	return c, false
}

// dayOfMonth: "opens on the 14th", a day of the month last named, else of
// the DCT's month or the one next to it that the tense points to.
func (m *matcher) dayOfMonth(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rDayOfMonth}
	if m.id(i-1) != wOn || m.id(i) != wThe || m.dct.IsZero() && m.last.IsZero() {
		return c, false
	}
	o := m.ordinal(i + 1)
	if !o.ok || o.n < 1 || o.n > 31 || m.tok(i+1).kind != tNum {
		return c, false
	}
	if m.tok(o.j).kind == tWord && !m.is(o.j, wAnd, wOr, wBut, wWhen, wAfter, wBefore, wAt, wAs, wTo, wUntil) {
		return c, false // "on the 14th floor", "on the 14th of March"
	}
	c.e = o.j
	if !m.last.IsZero() && (m.lastGran == gDay || m.lastGran == gMonth) {
		y, mo := m.last.Year(), m.last.Month()
		if o.n > daysIn(y, mo) {
			return c, false
		}
		c.val = format(civil(y, mo, o.n), gDay)
		c.anchor, c.anchorKind = m.lastVal, aPrevious
		c.expl = "a day of the month last mentioned (" + m.lastVal + ")"
		return c, true
	}
	var cands []time.Time
	for k := -1; k <= 1; k++ {
		first := civil(m.dct.Year(), m.dct.Month()+time.Month(k), 1)
		if o.n <= daysIn(first.Year(), first.Month()) {
			cands = append(cands, civil(first.Year(), first.Month(), o.n))
		}
	}
	c.tense = m.tense(c.s, c.e)
	t := pick(cands, gDay, m.dct, c.tense)
	c.val = format(t, gDay)
	c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
	c.expl = "a day of the month, anchored to publication date " + anchorName(m.dct) + tenseNote(c.tense)
	return c, true
}

// cyclic resolves a period that recurs every year (a month, a day of a
// month, a quarter, a season, a holiday) to the occurrence the tense points
// to from the DCT.
func (m *matcher) cyclic(c cand, g gran, at func(y int) (time.Time, bool), rule ruleID) (cand, bool) {
	c.rule = rule
	c.tense = m.tense(c.s, c.e)
	if m.dct.IsZero() {
		t, ok := at(2000)
		if !ok {
			return c, false
		}
		v := format(t, g)
		c.val = "XXXX" + v[4:]
		if g == gSeason && t.Month() < 3 {
			c.val = "XXXX-WI"
		}
		return c, true
	}
	if m.inNarrative(m.refSet) && m.cueTense(c.s, c.e) != tenseFuture && !m.presentPerfectClause(c.s) {
		// a narrative: the year of the reference time the text has set
		// ("June 10" in a story of 1940 is 1940-06-10); what lies ahead
		// ("a summit set for April") is seen from the writer's present
		t, ok := at(m.last.Year())
		if !ok {
			return c, false
		}
		c.expl = "anchored to the narrative's reference time " + m.lastVal + ": the year it has set"
		if g <= gMonth && m.lastGran <= gMonth && t.AddDate(0, 3, 0).Before(m.last) && !m.hasWord(wHad) {
			// a narrative moves forward: "July 21" told after "November
			// 1860" is the next July, unless the clause looks back ("had")
			if u, ok := at(m.last.Year() + 1); ok {
				t = u
				c.expl = "anchored to the narrative's reference time " + m.lastVal + ": the first one after it"
			}
		}
		c.val = format(t, g)
		c.anchor, c.anchorKind = m.lastVal, aReference
		return c, true
	}
	var cands []time.Time
	for y := m.dct.Year() - 1; y <= m.dct.Year()+1; y++ {
		if t, ok := at(y); ok {
			cands = append(cands, t)
		}
	}
	if len(cands) == 0 {
		return c, false
	}
	// Tense chooses among months and seasons; a day of a month or a quarter
	// is nearly always the closest one in news, whatever the tense.
	tn := c.tense
	if m.setsDate(c.s) {
		// the date is what a schedule was given ("the court today fixed
		// April 22 for the trial"): it lies ahead of the act of setting,
		// which news reports within days, not the better part of a year
		// (a weekday set as a deadline may have passed: not here)
		tn = tenseFuture
	}
	if (g == gQuarter || g == gHalf) && tn == tenseFuture {
		tn = tenseNone
	}
	if (g == gMonth || g == gSeason) && tn == tenseFuture && m.pastIntent(c.s) {
		tn = tenseNone
	}
	t := pick(cands, g, m.dct, tn)
	if g == gMonth && tn == tensePast && monthsBetween(t, m.dct) == 11 && m.pastContent(c.s) {
		// the month after the DCT's, in a past-tense report of what
		// lies ahead, is the coming one: "told them of a cutback in
		// September" on Aug. 16. A month in the past verb's own clause
		// dates the act: "sold 2,000 shares in October" in September is
		// last October.
		tn, t = tenseNone, t.AddDate(1, 0, 0)
	}
	var past time.Time // a day gone by that the closest one would put ahead (pastOnly)
	if g == gDay && tn != tenseNone {
		// a day of a month follows the tense only when that stays within
		// nine months; otherwise the closest wins ("has set Nov. 10").
		if d := t.Sub(m.dct).Hours() / 24; (d > 330 || d < -330) && !m.namesYear(t) {
			if u := pick(cands, g, m.dct, tenseNone); m.pastOnly(c.s, tn, u) {
				past = t
			}
			tn = tenseNone
			t = pick(cands, g, m.dct, tn)
		}
	}
	if (g == gMonth || g == gDay || g == gSeason) && tn == tensePast && m.explicit.Year() == m.dct.Year()-1 && t.Year() == m.dct.Year() {
		// news that is telling last year: "In 2021 sales rose, and in
		// March the company cut jobs", or a sentence after "on Dec. 3,
		// 2021": that year's March
		if u, ok := at(m.explicit.Year()); ok && (m.sent == m.explicitSent && !m.afterTrailYear(c.s) || m.sent == m.explicitSent+1 && m.explicitGran < gYear && u.After(m.explicit)) {
			c.val = format(u, g)
			c.anchor, c.anchorKind = format(m.explicit, gYear), aPrevious
			c.expl = "in the year just named (" + c.anchor + "), which the past-tense story is telling"
			return c, true
		}
	}
	if u, ok := m.toldYear(c.s, g, c.tense, t, at); ok {
		c.val = format(u, g)
		c.anchor, c.anchorKind = format(m.explicit, gYear), aPrevious
		c.expl = "in the year the story is telling (" + c.anchor + "): after the publication date, the day cannot be one already told"
		return c, true
	}
	if u, ok := m.beforeExplicit(c, g, tn, at); ok {
		c.val = format(u, g)
		c.anchor, c.anchorKind = format(m.explicit, gDay), aPrevious
		c.expl = "the latest one before " + c.anchor + ", the day the story last named, from which the past perfect looks back"
		return c, true
	}
	if !past.IsZero() {
		t, tn = past, tensePast
	}
	c.val = format(t, g)
	c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
	how := "the closest one"
	switch tn {
	case tensePast:
		how = "the latest one not after it"
	case tenseFuture:
		how = "the next one not over by then"
	}
	c.expl = "anchored to publication date " + anchorName(m.dct) + tenseNote(c.tense) + ": " + how
	return c, true
}

// afterTrailYear reports whether the expression at s stands in a clause of
// its own after a "last year" that ended an earlier clause of the sentence
// ("Exports fell last year, and in March the port reopened"): the year
// dated that clause only, and the month is told from the present.
func (m *matcher) afterTrailYear(s int) bool {
	return m.trailYear >= 0 && m.trailYear <= s && m.commaCoordinated(m.trailYear, s)
}

// pastOnly reports whether a clause in the simple past (tn, with no "has",
// "have", "will", "would" or "due" in the sentence) keeps the day of a
// month at token s that its tense picked, although the closest one, u,
// lies ahead of the publication date, when that day is the one the clause's
// happening took place on (onDay, and not what a past verb reports): "On the morning of 2 July, a worker reported
// muddy water", published on 22 June, tells a 2 July gone by, not the one
// to come. A present perfect ("has set Nov. 10") or a future speaks of
// what lies ahead.
func (m *matcher) pastOnly(s int, tn xtense, u time.Time) bool {
	return tn == tensePast && u.After(m.dct) && m.onDay(s) && !m.pastContent(s) && !m.hasWord(wHas, wHave, wWill, wWould, wDue)
}

// onDay reports whether the day of a month at token s is the day something
// happened on: "on 3 July", "on the morning of 2 July" (not a day something
// was moved to, "extended to Nov. 16", or a record date, "of record Nov. 10").
func (m *matcher) onDay(s int) bool {
	if m.is(s-1, wOf) && m.is(s-2, wMorning, wAfternoon, wEvening, wNight) && m.id(s-3) == wThe {
		s -= 3
	}
	return m.id(s-1) == wOn
}

// namesYear reports whether the sentence has written the year of t before
// the expression ("the 2025 edition would start on 3 January"): the day the
// tense points to is in the year the writer has just given, however far
// from the publication date.
func (m *matcher) namesYear(t time.Time) bool {
	return m.sent == m.explicitSent && m.explicitGran == gYear && m.explicit.Year() == t.Year()
}

// toldYear is the day or month of at in the year the story is telling,
// when the one the publication date picks (t) lies after it and the tense
// does not look ahead: a story that has named a day of an earlier year
// ("On the afternoon of 24 March 2021 ...") and has not come back to the
// present since goes on in that year ("On 26 March, a convoy tried to break
// out"), and what it tells has happened, so it is not the 26 March two days
// after the publication date. Only the past tells so: the present ("takes
// place on 8 October", "are being sold in December") and the present
// perfect ("has called a strike") speak from the present, and a day
// something is called for ("for 15 March") or due ("due to step up on July
// 1") or that "will" or "would" see lies ahead.
func (m *matcher) toldYear(s int, g gran, tn xtense, t time.Time, at func(y int) (time.Time, bool)) (time.Time, bool) {
	if g != gDay && g != gMonth || tn != tensePast && tn != tenseNone || !t.After(m.dct) || m.explicit.IsZero() || m.explicitSent < 0 ||
		m.explicit.Year() >= m.dct.Year() || m.last.Year() != m.explicit.Year() {
		return time.Time{}, false
	}
	if m.id(s-1) == wFor || m.hasWord(wHas, wHave, wDue, wWill, wWould) {
		return time.Time{}, false
	}
	if tn == tenseNone && !m.pastFormAfter(s) {
		// no tense cue: a fronted date ("On 26 March, a convoy tried to
		// break out") dates the past form after it; with none, the
		// clause may be a timetable ("takes place on 8 October")
		return time.Time{}, false
	}
	return at(m.explicit.Year())
}

// pastFormAfter reports whether a past form (pastForm) follows token s in
// the sentence.
func (m *matcher) pastFormAfter(s int) bool {
	for k := s + 1; k < len(m.toks); k++ {
		if m.pastForm(k) {
			return true
		}
	}
	return false
}

// beforeExplicit is the day or month of at in a clause in the past perfect
// told a few sentences after a day named with a year before the DCT's, and
// not since left for the present: "erupted on 9 December 2019 ... In the
// weeks before, scientists had raised the alert level on 18 November". The
// past perfect looks back from the story's day, so the day is the latest
// one not after it, not the one before the publication date.
func (m *matcher) beforeExplicit(c cand, g gran, tn xtense, at func(y int) (time.Time, bool)) (time.Time, bool) {
	if g != gDay && g != gMonth || tn != tensePast || m.explicit.IsZero() || m.explicitGran > gDay ||
		m.explicitSent < 0 || m.sent-m.explicitSent > 6 || m.explicit.Year() >= m.dct.Year() || !m.hadInClause(c.s, c.e) {
		return time.Time{}, false
	}
	for y := m.explicit.Year(); y >= m.explicit.Year()-1; y-- {
		if u, ok := at(y); ok && !u.After(m.explicit) {
			return u, true
		}
	}
	return time.Time{}, false
}

// hadInClause reports a "had" in the clause of the expression at tokens
// [s, e): before it with no mark of a new clause between ("Scientists had
// raised the alert level on 18 November"), or after it with none ("On 18
// November scientists had raised it"). A "had" in another clause of the
// sentence does not make the date's clause look back: "The wreck was
// raised in May and taken to Plymouth, where investigators found that a
// switch had been stuck" was raised in the May after the sinking.
func (m *matcher) hadInClause(s, e int) bool {
	breaks := func(k int) bool {
		return m.toks[k].kind == tPunct && m.toks[k].punct != '-' && m.toks[k].punct != '\'' ||
			m.is(k, wAnd, wBut, wWhere, wWhich, wWho, wWhen, wThat, wAs, wAfter, wBefore, wUntil)
	}
	for k := s - 1; k >= 0 && !breaks(k); k-- {
		if m.id(k) == wHad {
			return true
		}
	}
	for k := e; k < len(m.toks) && !breaks(k); k++ {
		if m.id(k) == wHad {
			return true
		}
	}
	return false
}

// pastIntent reports whether the future the month at s is read in comes
// only from a past verb of intent before it ("Kessler agreed to pay 80
// million dollars in January", "the board decided to cut jobs in March"):
// the month may date the agreement or what was agreed, and what was agreed
// may be done by now, so the closest month wins, not the next one. A present
// perfect ("has agreed to") keeps the future.
func (m *matcher) pastIntent(s int) bool {
	if m.frontTense(s) != tenseNone {
		return false
	}
	c, ok := m.cueBefore(s)
	if !ok || c.tense != tenseFuture || !intentVerbs.has(m.id(c.pos)) || !m.class(c.pos, cPast) || m.id(c.pos+1) != wTo {
		return false
	}
	// "has decided to admit them in March": the decision is the news of
	// the day and what it decides lies ahead
	p := c.pos - 1
	if m.adverb(p) {
		p--
	}
	return !m.is(p, wHas, wHave)
}

// pastContent reports whether the expression at token s hangs on what a
// past verb reports rather than on the act itself: between the nearest
// tense cue before s and s stands "of", "about", "for", "until" or the
// mark of a later time, "to", "will", "would", "likely", "expected", "due",
// "planned", "scheduled", "slated" ("told them of a cutback in September",
// "talked about the visit in September", "was planned for early March",
// "were told to leave in October", "said a meeting was likely in late
// July"). A month before
// its past verb dates it ("In October, Yahoo sold ...").
func (m *matcher) pastContent(s int) bool {
	c, ok := m.cueBefore(s)
	if !ok {
		return false
	}
	if c.tense != tensePast {
		// "Frieden, who will start his job in June, told": the past
		// is the report's, after the clause
		return true
	}
	for k := c.pos + 1; k < s; k++ {
		if m.is(k, wOf, wAbout, wFor, wTo, wUntil, wWill, wWould, wLikely, wUnlikely, wExpected, wDue, wPlanned, wScheduled, wSlated) {
			return true
		}
	}
	return false
}

// monthsBetween is the number of calendar months from a to b.
func monthsBetween(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

func tenseNote(t xtense) string {
	if t == tenseNone {
		return ", no tense"
	}
	return ", " + t.String() + " tense"
}

// numericDate: 2022-09-14, 9/14/2022, 09/14/98.
func (m *matcher) numericDate(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rNumericDate}
	a, ok1 := m.num(i)
	if !ok1 || i+4 >= len(m.toks) || !m.adjacent(i+1) || !m.adjacent(i+2) || !m.adjacent(i+3) || !m.adjacent(i+4) {
		return c, false
	}
	b, ok2 := m.num(i + 2)
	d, ok3 := m.num(i + 4)
	if !ok2 || !ok3 {
		return c, false
	}
	var y, mo, day int
	switch {
	case m.toks[i].digits == 4 && m.punct(i+1, '-') && m.punct(i+3, '-') && m.tok(i+2).digits == 2 && m.tok(i+4).digits == 2:
		y, mo, day = a, b, d
	case m.punct(i+1, '/') && m.punct(i+3, '/') && m.toks[i].digits <= 2 && m.tok(i+2).digits <= 2 && (m.tok(i+4).digits == 4 || m.tok(i+4).digits == 2):
		y, mo, day = d, a, b
		if m.tok(i+4).digits == 2 {
			y += 1900
			if d < 30 {
				y += 100
			}
		}
	default:
		return c, false
	}
	if mo < 1 || mo > 12 || day < 1 || day > daysIn(y, time.Month(mo)) {
		return c, false
	}
	c.e = i + 5
	c.val = format(civil(y, time.Month(mo), day), gDay)
	return c, true
}

// yearRule: "1998", "fiscal 1998", "the year 2000", "FY1998".
func (m *matcher) yearRule(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rYear}
	j := i
	switch {
	case m.id(i) == wFiscal:
		j++
		if m.id(j) == wYear {
			j++
		}
		c.rule = rFiscalYear
	case m.id(i) == wThe && m.id(i+1) == wYear:
		j += 2
	case m.id(i) == wThe && m.tok(i+1).kind == tNum && m.id(i+2) == wFiscal && m.id(i+3) == wYear:
		j++ // "the 2012 fiscal year"
	case m.id(i) == wFy && m.adjacent(i+1):
		if n, ok := m.num(i + 1); ok && (m.tok(i+1).digits == 2 || m.tok(i+1).digits == 4) {
			if n < 100 {
				n += 1900
				if n < 1930 {
					n += 100
				}
			}
			c.e, c.rule, c.val = i+2, rFiscalYear, format(civil(n, 1, 1), gYear)
			return c, true
		}
	}
	loose := j > i || m.is(i-1, wIn, wSince, wOf, wBy, wUntil, wFrom, wBefore, wAfter, wAround, wCirca, wYear, wEarly, wLate, wDuring, wThrough) ||
		// the second year of a range: "1861-1863"
		m.punct(i-1, '-') && m.adjacent(i-1) && m.adjacent(i) && m.tok(i-2).kind == tNum && m.tok(i-2).digits == 4 && m.tok(i-2).num < m.tok(i).num
	y, e, ok := m.readYear(j, loose)
	if !ok {
		return c, false
	}
	if m.id(e) == wS && m.adjacent(e) || m.class(e, cUnit) && !m.tok(e).upper {
		return c, false // 1990s, "2000 years"
	}
	if m.id(e) == wFiscal && m.id(e+1) == wYear {
		e += 2 // "2012 fiscal year"
		c.rule = rFiscalYear
	}
	c.e, c.val = e, format(civil(y, 1, 1), gYear)
	return c, true
}

var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9}

// thisLastNext is the year offset of "this", "last" or aNext year.
func thisLastNext(id wordID) int {
	switch id {
	case wLast:
		return -1
	case wNext:
		return 1
	}
	return 0
}

// decade: "the 1990s", "the '90s", "1990's", "the nineties".
func (m *matcher) decade(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rDecade}
	j := i
	if m.id(j) == wThe {
		j++
	}
	if d, ok := decadeTable.at(m.id(j)); ok && j > i {
		c.e, c.val = j+1, "19"+itoa(d)
		return c, true
	}
	y := 0
	switch {
	case m.tok(j).kind == tNum && m.tok(j).digits == 4:
		y = m.tok(j).num
		j++
	case m.punct(j, '\'') && j+1 < len(m.toks) && m.tok(j+1).kind == tNum && m.tok(j+1).digits == 2 && m.adjacent(j+1):
		y = 1900 + m.tok(j+1).num
		if y < 1930 {
			y += 100
		}
		j += 2
	default:
		return c, false
	}
	if y%10 != 0 || y < 1000 {
		return c, false
	}
	if m.punct(j, '\'') && m.adjacent(j) {
		j++
	}
	if m.id(j) != wS || !m.adjacent(j) {
		return c, false
	}
	c.e, c.val = j+1, itoa(y/10)
	return c, true
}

// century: "the 20th century", "the twentieth century".
func (m *matcher) century(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rCentury}
	j := i
	if m.id(j) == wThe {
		j++
	}
	n := 0
	if o := m.ordinal(j); o.ok {
		n, j = o.n, o.j
	} else {
		return c, false
	}
	if m.id(j) != wCentury || n < 1 || n > 30 {
		return c, false
	}
	c.e = j + 1
	c.val = pad2(n - 1)
	return c, true
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

type ord struct {
	n, j int
	ok   bool
}

// ordinal reads "third", "3rd", "twenty-first".
func (m *matcher) ordinal(i int) ord {
	if m.class(i, cOrdinal) {
		return ord{int(m.toks[i].wd().ord), i + 1, true}
	}
	if m.class(i, cNumber) && m.punct(i+1, '-') && m.class(i+2, cOrdinal) && m.toks[i].wd().num >= 20 && m.toks[i].wd().num < 100 {
		return ord{int(m.toks[i].wd().num) + int(m.tok(i+2).wd().ord), i + 3, true}
	}
	if n, ok := m.num(i); ok && m.is(i+1, wSt, wNd, wRd, wTh) && m.adjacent(i+1) {
		return ord{n, i + 2, true}
	}
	return ord{}
}

// quarterRule: "the third quarter", "third-quarter", "the fiscal first
// quarter", "the third quarter of 1998", "Q3", "the latest quarter".
func (m *matcher) quarterRule(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rQuarter}
	j := i
	if m.id(j) == wThe {
		j++
	}
	if m.id(j) == wFiscal {
		j++
		if m.punct(j, '-') {
			j++ // "the fiscal-first quarter"
		}
	}
	q := 0
	if q, k, ok := m.monthsOfQuarter(j); ok {
		// "the January-March quarter", "its July-September period"
		return m.finishQuarter(c, q, k)
	}
	if o := m.ordinal(j); o.ok && o.n >= 1 && o.n <= 4 {
		q, j = o.n, o.j
		if m.id(j) == wFiscal {
			j++
		}
		if m.punct(j, '-') {
			j++
			if m.id(i) == wThe {
				return c, false // "the third-quarter results": the adjective alone
			}
		}
	} else if m.id(j) == wQ && j+1 < len(m.toks) && m.adjacent(j+1) && m.tok(j+1).kind == tNum && m.tok(j+1).num >= 1 && m.tok(j+1).num <= 4 && m.tok(j+1).digits == 1 {
		q = m.tok(j + 1).num
		c.e = j + 2
		return m.finishQuarter(c, q, j+2)
	} else if y, k, ok := m.readYear(j, true); ok && j > i && (m.is(k, wQuarter, wPeriod) || m.ordinal(k).ok && m.id(m.ordinal(k).j) == wQuarter) {
		// "the 1988 second quarter", "the 1988 quarter": that year's quarter
		if o := m.ordinal(k); o.ok && o.n >= 1 && o.n <= 4 {
			c.e = o.j + 1
			c.val = format(civil(y, time.Month(3*o.n-2), 1), gQuarter)
			return c, true
		}
		c.e = k + 1
		if m.lastGran == gQuarter {
			q, name := m.reportedQuarter()
			c.val = format(civil(y, q.Month(), 1), gQuarter)
			c.anchor, c.anchorKind = name, aPrevious
		} else if m.id(k) == wQuarter && !m.dct.IsZero() {
			// "the 1988 quarter" in a report: the quarter just ended,
			// in that year
			p := shift(startOf(m.dct, gQuarter), gQuarter, -1)
			c.val = format(civil(y, p.Month(), 1), gQuarter)
			c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
		} else {
			c.val = format(civil(y, 1, 1), gYear)
		}
		return c, true
	} else if m.is(j, wThis, wLast, wNext) && m.id(j+1) == wYear && m.punct(j+2, '\'') && m.id(j+3) == wS && m.ordinal(j+4).ok && m.id(m.ordinal(j+4).j) == wQuarter && j == i {
		// "this year's third quarter"
		o := m.ordinal(j + 4)
		if o.n < 1 || o.n > 4 || m.dct.IsZero() {
			return c, false
		}
		n := thisLastNext(m.id(j))
		c.e = o.j + 1
		c.val = format(civil(m.dct.Year()+n, time.Month(3*o.n-2), 1), gQuarter)
		c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
		return c, true
	} else if m.is(j, wLatest, wLast) && m.id(j+1) == wQuarter && j > i {
		c.e = j + 2
		return m.previousPeriod(c, gQuarter)
	} else if m.id(i) == wThe && m.id(j) == wQuarter && j == i+1 && !m.punct(j+1, '-') {
		c.e = j + 1
		return m.previousPeriod(c, gQuarter)
	} else {
		return c, false
	}
	if !m.is(j, wQuarter, wQuarters) {
		return c, false
	}
	return m.finishQuarter(c, q, j+1)
}

// monthsOfQuarter reads the first and last months of a calendar quarter
// joined by a hyphen and followed by "quarter" or "period" at i ("April-June
// quarter"): the quarter's number and the token after the noun.
func (m *matcher) monthsOfQuarter(i int) (q, k int, ok bool) {
	a, j, ok := m.monthWord(i)
	if !ok || !m.punct(j, '-') || a%3 != 1 {
		return 0, i, false
	}
	b, j, ok := m.monthWord(j + 1)
	if !ok || b != a+2 || !m.is(j, wQuarter, wPeriod) {
		return 0, i, false
	}
	return (a + 2) / 3, j + 1, true
}

func (m *matcher) finishQuarter(c cand, q, j int) (cand, bool) {
	c.e = j
	k := j
	if m.id(k) == wOf || m.punct(k, ',') {
		k++
	}
	if m.id(k) == wFiscal {
		k++
	}
	if y, l, ok := m.readYear(k, true); ok {
		c.e = l
		c.val = format(civil(y, time.Month(3*q-2), 1), gQuarter)
		return c, true
	}
	for f := c.s; f < j; f++ {
		if m.id(f) == wFiscal && !m.dct.IsZero() {
			// "its fiscal second quarter": companies name a fiscal
			// quarter by the fiscal year it is in, which news gives as
			// the current one (TimeBank writes 1989-Q1 for the fiscal
			// first quarter reported in October 1989)
			c.rule = rFiscalQuarter
			c.val = format(civil(m.dct.Year(), time.Month(3*q-2), 1), gQuarter)
			c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
			c.expl = "a fiscal quarter, named in the fiscal year of the publication date"
			return c, true
		}
	}
	if c, ok := m.periodOfYear(c, k, gQuarter, time.Month(3*q-2), rQuarterOfYear); ok {
		return c, true // "the fourth quarter of last year"
	}
	return m.cyclic(c, gQuarter, func(y int) (time.Time, bool) { return civil(y, time.Month(3*q-2), 1), true }, rQuarter)
}

// previousPeriod resolves "the quarter", "the latest quarter": the one last
// mentioned, else the quarter the story reports, else the last complete
// one before the DCT.
func (m *matcher) previousPeriod(c cand, g gran) (cand, bool) {
	c.rule = rLatestPeriod
	if m.lastGran == g && !m.is(c.s+1, wLatest, wLast) {
		c.val, c.anchor, c.anchorKind = m.lastVal, m.lastVal, aPrevious
		return c, true
	}
	if g == gQuarter && !m.mainQ.IsZero() && !m.ahead(m.mainQ, gQuarter) && m.id(c.s+1) != wLast {
		// "said it earned $5.2 million in the fiscal first quarter ...
		// Earlier this month, the company said it expected to break even
		// for the quarter": the quarter the story reports, though other
		// dates were named since; "the latest period" after "the year-ago
		// period" is the reported one too
		c.val, c.anchor, c.anchorKind = m.mainQVal, m.mainQVal, aPrevious
		return c, true
	}
	if m.dct.IsZero() {
		return c, false
	}
	c.val = format(shift(startOf(m.dct, g), g, -1), g)
	c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
	return c, true
}

// halfRule: "the first half of 1998", "the second half", "first-half".
func (m *matcher) halfRule(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rHalf}
	j := i
	if m.id(j) == wThe {
		j++
	}
	if m.id(j) == wH && m.adjacent(j+1) && (m.tok(j+1).num == 1 || m.tok(j+1).num == 2) && m.tok(j+1).digits == 1 {
		// "H1 2022"
		h := m.tok(j + 1).num
		if y, l, ok := m.readYear(j+2, true); ok {
			c.e, c.val = l, format(civil(y, time.Month(6*h-5), 1), gHalf)
			return c, true
		}
		return c, false
	}
	h := 0
	switch {
	case m.id(j) == wFirst:
		h = 1
	case m.id(j) == wSecond, m.id(j) == wLast && j > i:
		h = 2
	default:
		return c, false
	}
	j++
	if m.punct(j, '-') {
		j++
	}
	if m.id(j) != wHalf {
		return c, false
	}
	j++
	c.e = j
	k := j
	if m.id(k) == wOf {
		k++
	}
	if m.id(k) == wFiscal && m.id(k-1) == wOf {
		k++ // "the first half of fiscal 2024"
	}
	if y, l, ok := m.readYear(k, true); ok {
		c.e, c.val = l, format(civil(y, time.Month(6*h-5), 1), gHalf)
		return c, true
	}
	if c, ok := m.periodOfYear(c, k, gHalf, time.Month(6*h-5), rHalfOfYear); ok {
		return c, true // "the second half of last year"
	}
	if m.id(j) == wOf || !m.yearTalk(i) {
		// the half of something else: "the first half of the season",
		// "of the 20th century", "scored both goals in the second half"
		return c, false
	}
	if m.lastGran == gYear || m.lastGran == gHalf || m.lastGran == gQuarter {
		// "Sales fell in 2021. They rose in the second half": the half of
		// the year the text is in
		c.val = format(civil(m.last.Year(), time.Month(6*h-5), 1), gHalf)
		c.anchor, c.anchorKind = m.lastVal, aPrevious
		return c, true
	}
	return m.cyclic(c, gHalf, func(y int) (time.Time, bool) { return civil(y, time.Month(6*h-5), 1), true }, rHalf)
}

// yearTalk reports a sentence where a bare "the first half" or "the second
// half" is a half of a year: the text's last date is a year, a half or a
// quarter ("In 2019, sales fell. They rose in the second half"), or the
// sentence tells a company's or an economy's figures within 15 words of
// the half at i ("Profit rose 5% in the first half", "first-half
// earnings"), which are counted by periods of a year. Else the half is a match's, a programme's, a book's, and no
// date.
func (m *matcher) yearTalk(i int) bool {
	if m.lastGran == gYear || m.lastGran == gHalf || m.lastGran == gQuarter {
		return true
	}
	for k := max(i-15, 0); k < len(m.toks) && k <= i+15; k++ {
		if _, ok := figureTable.at(m.toks[k].id); ok {
			return true
		}
	}
	return false
}

// yearOf reads a year named relative to the DCT after "of": "the year",
// "this year", "the current year", "last year", "the previous year",
// "next year", "the coming year". It returns the year and the token after.
func (m *matcher) yearOf(k int) (y, l int, ok bool) {
	if m.dct.IsZero() {
		return 0, k, false
	}
	j, n := k, 0
	switch {
	case m.id(j) == wThe && m.id(j+1) == wYear:
		j++
	case m.id(j) == wThis || m.id(j) == wThe && m.id(j+1) == wCurrent:
		j++
		if m.id(j) == wCurrent {
			j++
		}
	case m.id(j) == wLast || m.id(j) == wThe && m.is(j+1, wPrevious, wPast):
		n = -1
		j++
		if m.is(j, wPrevious, wPast) {
			j++
		}
	case m.id(j) == wNext || m.id(j) == wThe && m.is(j+1, wComing, wFollowing):
		n = 1
		j++
		if m.is(j, wComing, wFollowing) {
			j++
		}
	default:
		return 0, k, false
	}
	if m.id(j) != wYear || m.punct(j+1, '\'') {
		return 0, k, false
	}
	if j == k+1 && m.id(k) == wThe && m.lastGran == gYear && len(m.lastVal) == 4 {
		// "In 2011 ... the second half of the year": the year just named
		if y, err := strconv.Atoi(m.lastVal); err == nil {
			return y, j + 1, true
		}
	}
	return m.dct.Year() + n, j + 1, true
}

// periodOfYear reads "of" and a year named relative to the DCT or the text
// after a period that starts in month mo ("the fourth quarter" + "of last
// year"), and returns the period in that year, ending at the year.
func (m *matcher) periodOfYear(c cand, k int, g gran, mo time.Month, rule ruleID) (cand, bool) {
	if m.id(k-1) != wOf && !(m.is(k, wThis, wLast, wNext) && m.id(k+1) == wYear) {
		// "the fourth quarter of last year", and as "July last year"
		// has it, "the fourth quarter last year"
		return c, false
	}
	y, l, ok := m.yearOf(k)
	if !ok {
		return c, false
	}
	c.e, c.rule = l, rule
	c.val = format(civil(y, mo, 1), g)
	if l-k == 2 && m.id(k) == wThe && m.lastGran == gYear && m.lastVal == itoa(y) {
		c.anchor, c.anchorKind = m.lastVal, aPrevious
	} else {
		c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
	}
	return c, true
}

var seasonMonth = map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// season: "summer 1998", "the summer of 1998", "in spring".
func (m *matcher) season(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rSeason}
	j := i
	if m.id(j) == wThe {
		j++
	}
	if !m.class(j, cSeason) || m.tok(j).class&cPlural != 0 {
		return c, false
	}
	s := m.tok(j).wd().season
	mo := seasonMonth[s]
	j++
	c.e = j
	if m.toks[j-1].upper && j-1 > 0 && m.tok(j).kind == tWord && m.toks[j].upper && !m.class(j, cMonth) {
		// "the Summer Hill area", "the Winter Palace": a capitalized
		// season inside the sentence that runs on into another
		// capitalized word is part of a name
		return c, false
	}
	k := j
	if m.id(k) == wOf {
		k++
	}
	if y, l, ok := m.readYear(k, true); ok {
		c.e, c.val = l, format(civil(y, mo, 1), gSeason)
		return c, true
	}
	// "well into the summer" reaches into a season; "heading into the
	// summer months" looks ahead at a season it does not date
	if !m.is(i-1, wIn, wThis, wLast, wNext, wEarly, wLate, wMid, wDuring, wBy, wUntil, wSince, wThrough, wOf, wAll) && !(m.id(i) == wThe && (m.is(i-1, wIn, wDuring, wBy, wUntil, wSince, wThrough, wOver) || m.id(i-1) == wInto && m.is(i-2, wWell, wDeep, wFar, wLong))) {
		return c, false
	}
	return m.cyclic(c, gSeason, func(y int) (time.Time, bool) { return civil(y, mo, 1), true }, rSeason)
}

// setsDate reports whether the expression at s is the object of a verb of
// scheduling in the active voice: "fixed April 22", "has set Nov. 10".
func (m *matcher) setsDate(s int) bool {
	return m.is(s-1, wFixed, wSet, wScheduled, wRescheduled) && !m.is(s-2, wHad, wWas, wWere, wBeen, wIs, wAre, wBe)
}

// presentPerfectClause reports the expression at token s in a clause told
// in the present perfect ("Mexico has closed all schools until May 6"): a
// narrative's past moves its reference time, but the present perfect
// speaks from the writer's day, whatever history the text told before.
func (m *matcher) presentPerfectClause(s int) bool {
	cues := m.cueList()
	p := -1
	for _, c := range cues {
		if c.pos < s {
			p = c.pos
		}
	}
	if p < 0 || !m.ownClauseCue(cues, s) {
		return false
	}
	if m.adverb(p - 1) {
		p-- // "has already closed"
	}
	return m.is(p, wHas, wHave) || m.is(p-1, wHas, wHave)
}
