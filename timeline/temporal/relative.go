package temporal

import (
	"strings"
	"time"
)

// Relative dates: "today", "yesterday", "this week", "last month", "next
// year", "two years ago", "a year earlier", "the following day", "last
// April", "this spring", "year-earlier".

// unitGrans are the granularities of the units that name a calendar
// period (0 for the others).
var unitGrans = [...]gran{uDay: gDay, uWeek: gWeek, uMonth: gMonth, uQuarter: gQuarter, uYear: gYear,
	uDecade: gDecade, uCentury: gCentury, uWeekend: gWeek}

// unitGranOf is the granularity of unit u, if it names a calendar period.
func unitGranOf(u int) (gran, bool) {
	g := unitGranAt(u)
	return g, g != 0
}

// unitGranAt is the granularity of unit u, or 0.
func unitGranAt(u int) gran {
	if u < 0 || u >= len(unitGrans) {
		return 0
	}
	return unitGrans[u]
}

func (m *matcher) readYearOK(i int) bool {
	_, _, ok := m.readYear(i, true)
	return ok
}

var relativeRules []rule

func init() {
	relativeRules = []rule{(*matcher).deictic, (*matcher).thisNext, (*matcher).ago, (*matcher).yearEarlier, (*matcher).anaphoric, (*matcher).weekOf}
}

// weekOf: "the week of March 6" is the week that holds the day.
func (m *matcher) weekOf(i int) (cand, bool) {
	if m.id(i) != wThe || m.id(i+1) != wWeek || m.id(i+2) != wOf {
		return cand{}, false
	}
	c, ok := m.calendarDate(i + 3)
	if !ok || c.typ != xDate {
		if c, ok = m.holiday(i + 3); !ok {
			return cand{}, false // "the week of Thanksgiving" passes
		}
	}
	t, g, ok := calOf(c.val)
	if !ok || g != gDay {
		return cand{}, false
	}
	c.s, c.rule, c.val = i, rWeekOf, format(t, gWeek)
	c.expl = "the ISO week holding " + format(t, gDay) + "; the day " + c.expl
	return c, true
}

func (m *matcher) relative(i int) (cand, bool) {
	var best cand
	found := false
	for _, f := range relativeRules {
		if c, ok := f(m, i); ok && (!found || c.e > best.e) {
			best, found = c, true
		}
	}
	return best, found
}

// deictic: today, yesterday, tomorrow, tonight, with a part of the day.
func (m *matcher) deictic(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rDeictic}
	n := 0
	switch m.id(i) {
	case wToday:
		if m.todayName(i) {
			return c, false // "told USA Today", "the breakfast show Today", "told Today's presenter"
		}
		if m.inNarrative(m.refSet) {
			// a narrative that has moved into the past: "still carved on
			// a stone today" is the present age, not a day
			c.e, c.val, c.rule = i+1, "PRESENT_REF", rDeictic
			c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
			c.expl = "today, in a narrative set in the past: the present (PRESENT_REF)"
			if m.dct.IsZero() {
				c.anchor, c.anchorKind = "", aNone
			}
			return c, true
		}
	case wYesterday:
		n = -1
	case wTomorrow:
		n = 1
	case wTonight:
		c.typ, c.e = xTime, i+1
		m.relativeDate(&c, gDay, 0, rDeictic)
		c.val += "TNI"
		return c, true
	default:
		return c, false
	}
	c.e = i + 1
	if m.id(i) == wToday && (m.id(i+1) == wS && m.punct(i-1, '\'')) {
		return c, false
	}
	if n == 0 && m.punct(i+1, '\'') && m.id(i+2) == wS && m.tok(i+3).kind == tWord && genericToday[strings.ToLower(m.tok(i+3).written(m.text))] {
		return c, false // "today's youth": the present age, not the day
	}
	m.relativeDate(&c, gDay, n, rDeictic)
	if m.class(i+1, cPartOfDay) && m.tok(i+1).class&cPlural == 0 {
		c.typ, c.e = xTime, i+2
		c.val += "T" + m.tok(i+1).wd().tod
	}
	c.expl = m.word(i) + ": the publication date " + dayShift(n)
	return c, true
}

// todayName reports a "Today" at i written with a capital inside a line of
// prose, right after a word: the name of a programme or a paper ("told USA
// Today", "the breakfast show Today", "told Today's presenter"), not the
// day. The word before it is in lower case, or an initialism in capitals
// ("USA"), so that a headline in title case ("Markets Rally Today") keeps
// its day.
func (m *matcher) todayName(i int) bool {
	t, p := m.tok(i), m.tok(i-1)
	if i == 0 || !t.upper || t.newline || !t.space || p.kind != tWord {
		return false
	}
	if !p.upper {
		return true
	}
	w := p.written(m.text)
	return len(w) >= 2 && len(w) <= 4 && strings.ToUpper(w) == w
}

// genericToday are nouns after "today's" that make it mean the present
// age rather than the publication day.
var genericToday = map[string]bool{"world": true, "youth": true, "society": true, "generation": true,
	"children": true, "kids": true, "young": true, "teenagers": true, "computers": true, "technology": true,
	"standards": true, "culture": true, "families": true, "economy": true, "students": true}

func dayShift(n int) string {
	switch n {
	case 0:
		return "itself"
	case -1:
		return "minus one day"
	case 1:
		return "plus one day"
	}
	return "shifted by " + itoa(n) + " days"
}

// thisNext: [the] this/last/next/past/coming/current/previous + a unit,
// month, season; "this morning", "last night".
func (m *matcher) thisNext(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rThisNext}
	if m.id(i) == wThis && m.id(i+1) == wPast {
		// "this past weekend", "this past spring": the last one
		c, ok := m.thisNext(i + 1)
		c.s = i
		return c, ok
	}
	j := i
	if m.id(j) == wThe {
		j++
	}
	w := m.id(j)
	n := 0
	switch w {
	case wThis, wCurrent, wPresent:
	case wLast, wPast, wPrevious:
		n = -1
	case wNext, wComing, wUpcoming, wFollowing:
		n = 1
	default:
		return c, false
	}
	if (w == wPast || w == wFollowing || w == wPrevious || w == wComing) && j == i {
		if w != wPast || !m.class(j+1, cSeason) {
			if !(w == wPast && m.is(j+1, wWeek, wMonth, wYear, wWeekend)) {
				return c, false
			}
		}
	}
	if w == wThis && j > i || (w == wPresent || w == wCurrent) && j == i && m.id(j+1) != wFiscal {
		return c, false
	}
	k := j + 1
	if m.is(k, wFiscal, wFinancial) && m.id(k+1) == wYear {
		k++ // "the current fiscal year"
	}
	// part of day: "this morning", "last night"
	if m.class(k, cPartOfDay) && m.tok(k).class&cPlural == 0 && (w == wThis || w == wLast && m.id(k) == wNight) {
		c.typ, c.e = xTime, k+1
		m.relativeDate(&c, gDay, n, rPartOfDay)
		c.val += "T" + m.tok(k).wd().tod
		return c, true
	}
	// a unit: "this week", "last year", "next month", "the current quarter"
	if u, ok := m.unitAt(k); ok && m.tok(k).class&cPlural == 0 {
		if m.titleCase(j) && m.titleCase(k) {
			return c, false // a title: ABC's "This Week"
		}
		g, ok := unitGranOf(u)
		if !ok {
			return c, false
		}
		if j > i && (u == uDecade || u == uCentury) && w != wThis && w != wCurrent && w != wPresent && m.id(i-1) != wIn {
			// "over the next decade", "the past century": a span, as
			// "the past ten years" is (P10Y); "in the last decade" is the
			// decade itself
			c.typ, c.e, c.rule = xDuration, k+1, rDuration
			c.val = "P10Y"
			if u == uCentury {
				c.val = "P100Y"
			}
			return c, true
		}
		if (w == wPast || w == wFollowing || w == wPrevious || w == wNext && u == uDay) && j > i {
			// "the next day" counts from the day last named, as "the
			// following day" does; "next week" counts from the DCT
			if w == wPast || u != uDay && u != uWeek && u != uMonth && u != uYear {
				return c, false // "the past year" is a duration
			}
			return m.fromPrevious(c, k+1, g, n)
		}
		c.e = k + 1
		sunday := false
		if u == uWeek && n == 0 && !m.dct.IsZero() && m.dct.Weekday() == time.Sunday && (m.id(i-1) == wLater || m.tense(i, c.e) == tenseFuture) {
			// on a Sunday nothing of the (ISO) week is left to come:
			// "will announce ... later this week" is the week that
			// starts the next day, as a week counted from Sunday has it
			n, sunday = 1, true
		}
		if u == uQuarter && w == wThis && j == i && m.reportQuarterOwns(k) {
			// "reported a net loss for the third quarter ended Sept.
			// 30 ... This quarter's loss includes charges": a quarter's
			// results are reported once it is over, so the quarter whose
			// results the story reports, not the one just begun
			c.val, c.anchor, c.anchorKind = m.mainQVal, m.mainQVal, aPrevious
			c.expl = "this quarter's: the quarter the report is about (" + m.mainQVal + "), which is over"
			return c, true
		}
		gone := false
		if u == uWeekend && n == 0 && !m.dct.IsZero() && m.dct.Weekday() != time.Saturday && m.dct.Weekday() != time.Sunday && m.tense(i, c.e) == tensePast {
			// "rebels attacked the town this weekend" in a paper of a
			// weekday: the week's own weekend is still to come, so what
			// happened is on the weekend just gone
			n, gone = -1, true
		}
		m.relativeDate(&c, g, n, rThisNext)
		if u == uWeekend && !m.dct.IsZero() {
			c.val += "-WE"
		}
		c.expl = m.text[m.toks[i].start:m.tok(k).end] + ": the publication date's " + m.word(k) + " " + periodShift(n)
		if sunday {
			c.expl += ": on a Sunday the week still ahead is the next one"
		}
		if gone {
			c.expl += ": told in the past on a weekday, the weekend just gone"
		}
		return c, true
	}
	if j > i {
		return c, false
	}
	// a month, season or weekday name: "last April", "this spring"
	switch {
	case m.class(k, cMonth) && m.tok(k).upper && (m.tok(k).class&cAbbrev == 0 || m.punct(k+1, '.')):
		mo := time.Month(m.tok(k).wd().val)
		_, c.e, _ = m.monthWord(k)
		if _, _, ok := m.readDay(c.e); ok {
			return c, false // "last Oct. 23": the date alone
		}
		return m.directed(c, gMonth, func(y int) time.Time { return civil(y, mo, 1) }, n, rThisMonthName)
	case m.class(k, cSeason) && m.tok(k).class&cPlural == 0:
		mo := seasonMonth[m.tok(k).wd().season]
		c.e = k + 1
		return m.directed(c, gSeason, func(y int) time.Time { return civil(y, mo, 1) }, n, rThisSeason)
	}
	return c, false
}

// reportQuarterOwns reports whether "this quarter" ending at token k is a
// possessive ("this quarter's loss") in a story that reports a quarter
// over before the DCT and that ended within the quarter before the DCT's,
// told in a clause that does not look ahead.
func (m *matcher) reportQuarterOwns(k int) bool {
	if m.mainQ.IsZero() || m.ahead(m.mainQ, gQuarter) || !m.punct(k+1, '\'') || m.id(k+2) != wS {
		return false
	}
	if !startOf(m.dct, gQuarter).AddDate(0, -3, 0).Equal(m.mainQ) {
		return false
	}
	return m.tense(k-1, k+1) != tenseFuture
}

func periodShift(n int) string {
	switch n {
	case 0:
		return "itself"
	case -1:
		return "minus one"
	case 1:
		return "plus one"
	}
	return "shifted by " + itoa(n)
}

// directed resolves "last April" (the latest April before the DCT's
// month), "next April", "this April" (the one of the DCT's year).
func (m *matcher) directed(c cand, g gran, at func(y int) time.Time, n int, rule ruleID) (cand, bool) {
	c.rule = rule
	if m.dct.IsZero() {
		v := format(at(2000), g)
		c.val = "XXXX" + v[4:]
		return c, true
	}
	c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
	cur := startOf(m.dct, g)
	y := m.dct.Year()
	var t time.Time
	switch n {
	case 0:
		t = at(y)
		if g == gSeason && m.dct.Month() <= 2 && t.Month() == time.December {
			t = at(y - 1) // "this winter" in February began last December
		}
	case -1:
		for yy := y + 1; yy >= y-2; yy-- {
			if t = at(yy); t.Before(cur) {
				break
			}
		}
	default:
		for yy := y - 1; yy <= y+2; yy++ {
			if t = at(yy); t.After(cur) {
				break
			}
		}
	}
	c.val = format(t, g)
	return c, true
}

// fromPrevious resolves "the following day", "the previous year" against
// the last mentioned date, else the DCT.
func (m *matcher) fromPrevious(c cand, e int, g gran, n int) (cand, bool) {
	c.e, c.rule = e, rAnaphoric
	base, kind, name := m.dct, aDCT, ""
	if !m.last.IsZero() && m.lastGran <= g {
		base, kind, name = m.last, aPrevious, m.lastVal
	} else if t, sg, ok := calOf(m.storyVal); ok && m.storyVal != "" && sg <= g {
		// the last reference is coarser than the unit ("pleaded guilty
		// last year"): the day the story last stood on, not the DCT ("The
		// trial opened on October 1 ... took the stand the following
		// week")
		base, kind, name = t, aPrevious, m.storyVal
	}
	if base.IsZero() {
		c.val = placeholder(g)
		return c, true
	}
	if name == "" {
		name = format(base, gDay)
	}
	c.anchor, c.anchorKind = name, kind
	c.val = format(shift(startOf(base, g), g, n), g)
	return c, true
}

// ago: "two years ago", "a week earlier", "three days later", "a year
// before". Ago counts from the DCT; earlier, later, before and after from
// the last mentioned date when there is one.
func (m *matcher) ago(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rAgo}
	q, u, ok := m.readDuration(i)
	if !ok {
		if m.class(i, cUnit) && m.tok(i).class&cPlural != 0 && m.id(i+1) == wAgo && m.id(i-1) != wThe {
			// "weeks ago": some time back
			c.e, c.rule, c.val = i+2, rAgoVague, "PAST_REF"
			return c, true
		}
		if u, ok := m.unitAt(i); ok && (u == uHour || u == uMinute) && m.tok(i).class&cPlural != 0 && m.id(i-1) != wThe {
			return m.dayLater(c, i+1) // "Minutes later, the roof fell in"
		}
		return c, false
	}
	if u == uHour || u == uMinute {
		if c, ok := m.clockLater(c, q, u); ok {
			return c, true
		}
		e, _ := m.compound(q.j, durationValue(q, u), u)
		if c, ok := m.dayLater(c, e); ok {
			return c, true
		}
	}
	k := q.j
	dir := 0
	fromPrev := false
	switch m.id(k) {
	case wAgo, wBack:
		dir = -1
	case wEarlier, wBefore:
		dir, fromPrev = -1, true
	case wLater, wAfter, wHence:
		dir, fromPrev = 1, true
	case wFrom:
		if m.id(k+1) == wNow {
			dir = 1
			k++
		}
	}
	if (m.is(k, wLater, wEarlier) && m.id(k+1) == wThan) || m.is(k-1, wMore, wAdditional, wFurther, wExtra) {
		// "18 months later than promised": a delay, not a date; "two
		// more weeks later" is rare and a span
		return c, false
	}
	if dir == 0 || m.id(k) == wBefore && !m.punct(k+1, '.') && !m.punct(k+1, ',') && k+1 < len(m.toks) || m.id(k) == wAfter && k+1 < len(m.toks) && !m.punct(k+1, '.') && !m.punct(k+1, ',') {
		return c, false
	}
	c.e = k + 1
	if m.id(k) == wBack && !m.is(k-1, wYears, wMonths, wWeeks, wDays, wYear, wMonth, wWeek, wDay) {
		return c, false
	}
	g, ok := unitGranOf(u)
	if !ok {
		return c, false // "an hour later": a duration and a signal
	}
	if u == uDecade || u == uCentury {
		g = gYear
	}
	if q.x {
		c.rule = rAgoVague
		if dir < 0 {
			c.val = "PAST_REF"
		} else {
			c.val = "FUTURE_REF"
		}
		return c, true
	}
	n := int(q.n)
	switch u {
	case uDecade:
		n *= 10
	case uCentury:
		n *= 100
	case uFortnight:
		n *= 2
	}
	if float64(int(q.n)) != q.n {
		return c, false
	}
	base, kind, name := m.dct, aDCT, ""
	if u == uYear && n == 1 && (m.lastGran == gQuarter || m.lastGran == gHalf) && (dir > 0 || m.id(k) != wAgo || m.comparedFigure(i)) {
		fromPrev = true // "profit rose from $5 million a year ago": the quarter just named
	}
	// "net for the quarter ended Sept. 30 rose to $412 million from $361
	// million a year earlier": the day closes the reported quarter, and
	// the figure compared is that quarter's, a year back
	closesQuarter := u == uYear && n == 1 && (m.lastGran == gDay || m.lastGran == gTime) && m.lastAside &&
		!m.mainQ.IsZero() && startOf(m.last, gQuarter).Equal(m.mainQ) && !m.monthsBefore(i)
	if closesQuarter {
		fromPrev = true
	}
	baseGran := m.lastGran // base's granularity when it is the date last named
	if fromPrev && !m.last.IsZero() {
		base, kind, name = m.last, aPrevious, m.lastVal
		if m.lastGran == gQuarter && u == uYear {
			base, name = m.reportedQuarter()
		}
		if t, sg, ok := calOf(m.storyVal); ok && (u == uDay || u == uWeek) && m.lastGran > gWeek && sg <= gDay {
			// days are counted from a day: after a month or a year named
			// in passing ("the ceasefire agreed in August. Three days
			// later, ..."), from the day the story last stood on
			base, name, baseGran = t, m.storyVal, sg
		}
	}
	if base.IsZero() {
		c.val = placeholder(g)
		if g == gTime {
			c.typ = xTime
			c.val = "XXXX-XX-XX"
		}
		return c, true
	}
	if name == "" {
		name = format(base, gDay)
	}
	c.anchor, c.anchorKind = name, kind
	// a year before a mentioned quarter or month keeps that granularity,
	// unless the figure compared is for months of the year to date; years
	// counted on in a story ("Three years later, the militants packed the
	// hall") name a year, not the month the story started from
	if kind == aPrevious && u == uYear && dir < 0 && (m.lastGran == gQuarter || m.lastGran == gMonth || m.lastGran == gDay || m.lastGran == gHalf) && !m.monthsBefore(i) {
		g = m.lastGran
	}
	if closesQuarter {
		base, name, g = m.mainQ, m.mainQVal, gQuarter
		c.anchor = name
	}
	if kind == aPrevious && u == uWeek && (baseGran == gDay || baseGran == gTime) {
		// weeks counted from a day named reach a day: "broke through
		// on May 13 and reached the coast a week later"
		g = gDay
	}
	if g == gTime {
		c.typ = xTime
		c.val = format(base, gDay)
		return c, true
	}
	// a narrative moves on with the days, weeks, months or years it counts
	// forward from the date last named ("Two years later, the battle
	// began. The following year ..."); counted back, or from the DCT, it
	// looks aside
	c.onward = kind == aPrevious && (u == uDay || u == uWeek || dir > 0 && (u == uMonth || u == uYear))
	if day, e, ok := m.anniversaryDay(k); ok && kind == aDCT && dir < 0 && (u == uYear || u == uDecade || u == uCentury) {
		// "Thirty years ago on Saturday", "Ten years ago today": the day
		// so many years before the day named
		t := shift(day, gYear, -n)
		c.e, c.val, c.rule = e, format(t, gDay), rAnniversary
		c.expl = m.text[m.toks[i].start:m.tok(e-1).end] + ": " + format(day, gDay) + " shifted by " + itoa(-n) + " years"
		return c, true
	}
	var t time.Time
	switch g {
	case gDay, gWeek, gMonth, gQuarter, gHalf:
		t = shift(startOf(base, gDay), unitGranOr(u, g), dir*n)
	default:
		t = shift(base, gYear, dir*n)
		c.fine = format(t, gMonth)
	}
	c.val = format(t, g)
	c.expl = m.text[m.toks[i].start:m.tok(k).end] + ": " + name + " shifted by " + itoa(dir*n) + " " + m.word(q.j-1)
	return c, true
}

// anniversaryDay reads "today" or "on Saturday" right after the "ago" at k:
// the day of the publication week whose date, years back, an anniversary
// recalls (a weekday is the one closest to the publication date), and
// where the words end.
func (m *matcher) anniversaryDay(k int) (time.Time, int, bool) {
	if m.id(k) != wAgo || m.dct.IsZero() {
		return time.Time{}, 0, false
	}
	if m.id(k+1) == wToday {
		return m.dct, k + 2, true
	}
	j := k + 2
	wd, ok := m.namedWeekday(j)
	if m.id(k+1) != wOn || !ok {
		return time.Time{}, 0, false
	}
	d := (int(wd) - int(m.dct.Weekday()) + 7) % 7 // days ahead to the next one
	if d > 3 {
		d -= 7
	}
	return m.dct.AddDate(0, 0, d), j + 1, true
}

// comparedFigure reports whether the "a year ago" at i closes a comparison
// of figures ("from $5 million a year ago", "or 86 cents a share, a year
// ago", "higher than a year ago"), where the period compared is the one just
// named. Told of a happening ("the fund approved a loan a year ago"), or
// opening a sentence, it counts from the DCT whatever period came before.
func (m *matcher) comparedFigure(i int) bool {
	k := i - 1
	if m.punct(k, ',') {
		k--
	}
	p := m.tok(k)
	if p.kind == tNum || m.class(k, cNumber) || m.punct(k, '%') {
		return true
	}
	if p.kind != tWord {
		return false
	}
	switch strings.ToLower(p.written(m.text)) {
	case "from", "than", "with", "versus", "vs", "against", "million", "billion", "share", "shares", "percent", "cents", "level", "levels":
		return true
	}
	return false
}

func unitGranOr(u int, g gran) gran {
	if ug, ok := unitGranOf(u); ok && u != uWeekend {
		return ug
	}
	return g
}

// yearEarlier: "year-earlier", "the year-ago quarter", "the year-earlier
// period": the same period one year before the last mentioned one.
func (m *matcher) yearEarlier(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rYearEarlier}
	if e := m.periodYearBack(i); e > i {
		// "the quarter a year ago", "the corresponding period last
		// year", "last year's quarter": the quarter being reported, a
		// year back
		c.e = e
		q, name := m.reportedQuarter()
		kind := aPrevious
		if m.lastGran != gQuarter {
			if m.dct.IsZero() {
				c.val = "XXXX-QX"
				return c, true
			}
			q, kind = shift(startOf(m.dct, gQuarter), gQuarter, -1), aDCT
			name = format(m.dct, gDay)
		}
		c.anchor, c.anchorKind = name, kind
		c.val = format(shift(q, gYear, -1), gQuarter)
		return c, true
	}
	j := i
	if m.is(j, wThe, wA) {
		j++
	}
	if m.is(j, wComparable, wCorresponding) && j > i {
		j++
	}
	if m.id(j) != wYear || !m.punct(j+1, '-') || !m.is(j+2, wEarlier, wAgo) {
		return c, false
	}
	c.e = j + 3
	q := 0
	if o := m.ordinal(c.e); o.ok && o.n >= 1 && o.n <= 4 && m.id(o.j) == wQuarter {
		q, c.e = o.n, o.j+1 // "the year-earlier third quarter"
	} else if j > i {
		if m.is(c.e, wPeriod, wQuarter, wLevel, wLevels, wMonth, wWeek, wYear) {
			c.e++
		} else {
			return c, false
		}
	}
	base, kind, name, g := m.dct, aDCT, "", gYear
	if !m.last.IsZero() {
		base, kind, name, g = m.last, aPrevious, m.lastVal, m.lastGran
		if g == gQuarter {
			base, name = m.reportedQuarter()
		} else if (g == gDay || g == gTime) && !m.mainQ.IsZero() && startOf(m.last, gQuarter).Equal(m.mainQ) && !m.monthsBefore(i) {
			// "a loss for the quarter ended Sept. 30. The year-ago
			// results were restated": the day closes the reported
			// quarter, which is what the results are for
			base, name, g = m.mainQ, m.mainQVal, gQuarter
		}
		if g == gDay || g == gTime || g == gWeek || j == i && m.monthsBefore(i) {
			// "for the nine months, net fell, compared with
			// year-earlier net income": those months a year back
			g = gYear
		}
	}
	if base.IsZero() {
		c.val = "XXXX"
		return c, true
	}
	if name == "" {
		name = format(base, gDay)
	}
	if m.id(c.e-1) == wQuarter && g != gQuarter && !m.dct.IsZero() {
		// "the year-ago quarter" with no quarter named: the one just
		// ended, a year back
		base, g = shift(startOf(m.dct, gQuarter), gQuarter, -1), gQuarter
		name, kind = format(m.dct, gDay), aDCT
	}
	c.anchor, c.anchorKind = name, kind
	c.val = format(shift(startOf(base, g), gYear, -1), g)
	if kind == aPrevious && !m.dct.IsZero() && base.Year() == m.dct.Year()-1 {
		// the last date named is already the period a year back: "in the
		// 1988 period. The year-ago results ..." names that period again
		c.val = format(startOf(base, g), g)
	}
	if q > 0 {
		c.val = format(civil(base.Year()-1, time.Month(3*q-2), 1), gQuarter)
	}
	return c, true
}

// monthsBefore reports whether the sentence names a count of months before
// token i ("for the nine months", "through the first nine months"): a
// figure compared with "a year earlier" after it is for those months of
// the year, so the comparison is with the year before, not with the
// quarter or day last named.
func (m *matcher) monthsBefore(i int) bool {
	for k := i - 1; k > 0; k-- {
		if m.id(k) == wMonths && (m.class(k-1, cNumber) || m.tok(k-1).kind == tNum) {
			// "the six months ended Aug. 12" is pinned by the day
			// that ends it, the date last named
			return !m.is(k+1, wEnded, wEnding)
		}
	}
	return false
}

// periodYearBack reads a reporting period a year back at i and returns
// where it ends, or i: "the quarter a year ago", "the same period a year
// earlier", "the corresponding period last year", "last year's quarter".
func (m *matcher) periodYearBack(i int) int {
	if m.id(i) == wLast && m.id(i+1) == wYear && m.punct(i+2, '\'') && m.id(i+3) == wS && m.is(i+4, wQuarter, wPeriod) {
		return i + 5
	}
	if m.id(i) != wThe {
		return i
	}
	j := i + 1
	if m.is(j, wComparable, wCorresponding, wSame) {
		j++
	}
	if !m.is(j, wQuarter, wPeriod) {
		return i
	}
	j++
	switch {
	case m.id(j) == wA && m.id(j+1) == wYear && m.is(j+2, wAgo, wEarlier):
		return j + 3
	case m.id(j) == wLast && m.id(j+1) == wYear && !m.punct(j+2, '\''):
		return j + 2
	}
	return i
}

// nextToToday reports a part of the day at i+1 ("in the morning") told in
// the past in the sentence right after one that named the publication day:
// "Seoul said Wednesday it would act. The cabinet approved the step in the
// morning" is that day's morning.
func (m *matcher) nextToToday(i int) bool {
	return m.sent == m.lastSent+1 && !m.dct.IsZero() && m.storyVal == format(m.dct, gDay) && m.tense(i, i+2) == tensePast
}

// anaphoric: "the next day", "the following week", "the day before", "that
// day", "the same day".
func (m *matcher) anaphoric(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rAnaphoric}
	if w := m.id(i); w != wThe && w != wThat && w != wYear {
		return c, false // every case below starts with one of these
	}
	switch {
	case m.id(i) == wThe && m.is(i+1, wNext, wFollowing, wPrevious, wPreceding) && m.class(i+2, cUnit) && m.tok(i+2).class&cPlural == 0:
		u := int(m.tok(i + 2).wd().unit)
		g, ok := unitGranOf(u)
		if !ok || u == uWeekend {
			return c, false
		}
		n := 1
		if m.is(i+1, wPrevious, wPreceding) {
			n = -1
		}
		return m.fromPrevious(c, i+3, g, n)
	case m.id(i) == wThe && m.id(i+1) == wDay && (m.id(i+2) == wBefore && m.id(i+3) == wYesterday || m.id(i+2) == wAfter && m.id(i+3) == wTomorrow):
		n := 2
		if m.id(i+2) == wBefore {
			n = -2
		}
		c.e = i + 4
		m.relativeDate(&c, gDay, n, rDeictic)
		return c, true
	case m.id(i) == wThe && m.id(i+1) == wDay && m.is(i+2, wBefore, wAfter) && m.dayAt(i+3).e > i+3:
		// "the day before last Tuesday's hearing", "the day after
		// Christmas": the day next to the one written after it
		d := m.dayAt(i + 3)
		t, _, _ := calOf(d.val)
		n := 1
		if m.id(i+2) == wBefore {
			n = -1
		}
		c.e, c.val = d.e, format(t.AddDate(0, 0, n), gDay)
		c.anchor, c.anchorKind, c.tense = d.anchor, d.anchorKind, d.tense
		c.expl = m.text[m.toks[i].start:m.tok(d.e-1).end] + ": the day " + m.word(i+2) + " " + d.val
		return c, true
	case m.id(i) == wThe && m.id(i+1) == wDay && m.is(i+2, wBefore, wAfter) && m.is(i+3, wThe, wA, wAn, wHis, wHer, wIts, wTheir) && !m.punct(i-1, ','):
		// "shares fell the day before the vote": a day counted from the
		// one last named (the event's own day is rarely written); after a
		// comma it is an apposition ("Oct. 12, the day before the crash")
		n := 1
		if m.id(i+2) == wBefore {
			n = -1
		}
		c, ok := m.fromPrevious(c, i+3, gDay, n)
		if ok && c.anchorKind == aDCT && m.is(i+3, wHis, wHer, wIts, wTheir) {
			// no day named before it: the day of "his death" is not the
			// publication's ("rehearsing the day before his death"), where
			// "the vote" of a wire story is the day's news
			c.val, c.anchor, c.anchorKind = placeholder(gDay), "", aNone
			c.expl = m.text[m.toks[i].start:m.tok(i+2).end] + " an event the text does not date"
		}
		return c, ok
	case m.id(i) == wThe && m.ordinal(i+1).ok && m.id(m.ordinal(i+1).j) == wDay && m.id(m.ordinal(i+1).j+1) == wOf && m.tok(i+1).kind != tWord || m.id(i) == wThe && m.class(i+1, cOrdinal) && m.id(i+2) == wDay && m.id(i+3) == wOf:
		// "the 99th day of the strike": a day counted from an event's
		// start, which the text rarely dates; "today is the eighth day"
		// is the publication date
		e := m.ordinal(i+1).j + 1
		c.e = e
		if (m.id(i-1) == wIs && m.id(i-2) == wToday || m.id(i-1) == wS && m.punct(i-2, '\'') && m.id(i-3) == wIt) && !m.dct.IsZero() {
			c.val = format(m.dct, gDay)
			c.anchor, c.anchorKind = c.val, aDCT
			return c, true
		}
		c.val = "XXXX-XX-XX"
		c.expl = m.text[m.toks[i].start:m.tok(e-1).end] + ": a day counted from an event the text does not date"
		return c, true
	case m.id(i) == wThe && m.is(i+1, wDay, wWeek, wMonth, wYear) && m.is(i+2, wBefore, wAfter) && (i+3 >= len(m.toks) || m.tok(i+3).kind == tPunct):
		// "the day before", "down from 26 the year before"
		n := 1
		if m.id(i+2) == wBefore {
			n = -1
		}
		return m.fromPrevious(c, i+3, unitGranAt(int(m.tok(i+1).wd().unit)), n)
	case m.id(i) == wThe && m.is(i+1, wFollowing, wNext) && m.class(i+2, cSeason) && m.tok(i+2).class&cPlural == 0 && m.id(i+3) != wOf && !m.last.IsZero():
		// "the following spring": the first one that starts after the
		// date last named
		mo := seasonMonth[m.tok(i+2).wd().season]
		t := civil(m.last.Year(), mo, 1)
		for !t.After(m.last) {
			t = t.AddDate(1, 0, 0)
		}
		c.e, c.val = i+3, format(t, gSeason)
		c.anchor, c.anchorKind = m.lastVal, aPrevious
		c.expl = "the first " + m.word(i+2) + " after " + m.lastVal
		return c, true
	case m.id(i) == wThe && m.id(i+1) == wFollowing && m.class(i+2, cMonth) && m.toks[i+2].upper && m.toks[i+2].class&cAbbrev == 0 &&
		m.tok(i+3).kind != tNum && m.id(i+3) != wOf && !m.last.IsZero():
		// "the war began in 2014 ... a coalition intervened the following
		// March": the first one that starts after the date last named
		// (after the whole of a year named alone)
		from := m.last
		if m.lastGran == gYear {
			from = civil(m.last.Year(), 12, 31)
		}
		mo := time.Month(m.tok(i + 2).wd().val)
		t := civil(from.Year(), mo, 1)
		for !t.After(from) {
			t = t.AddDate(1, 0, 0)
		}
		c.e, c.val = i+3, format(t, gMonth)
		c.anchor, c.anchorKind = m.lastVal, aPrevious
		c.expl = "the first " + m.tok(i+2).written(m.text) + " after " + m.lastVal
		return c, true
	case m.id(i) == wThe && m.is(i+1, wFollowing, wNext, wPrevious, wPreceding) && m.class(i+2, cPartOfDay) && m.tok(i+2).class&cPlural == 0 && m.tok(i+2).wd().tod != "" &&
		m.id(i+3) != wOf && (m.lastGran == gDay || m.lastGran == gTime):
		// "he died the following morning": the day after the one last
		// named; "had argued in the bar the previous evening": the day
		// before it
		n := 1
		if m.is(i+1, wPrevious, wPreceding) {
			n = -1
		}
		c.typ, c.e = xTime, i+3
		c.val = format(m.last.AddDate(0, 0, n), gDay) + "T" + m.tok(i+2).wd().tod
		c.anchor, c.anchorKind = m.lastVal, aPrevious
		return c, true
	case m.id(i) == wThe && m.is(i-1, wIn, wDuring) && m.class(i+1, cPartOfDay) && m.tok(i+1).class&cPlural == 0 && m.tok(i+1).wd().tod != "" &&
		m.id(i+2) != wOf && m.sent != m.lastSent && m.nextToToday(i) && m.tok(i-2).kind != tNum:
		// "Seoul said Wednesday it would act. The cabinet approved the
		// step in the morning": the publication day's morning
		c.typ, c.e = xTime, i+2
		c.val = format(m.dct, gDay) + "T" + m.tok(i+1).wd().tod
		c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
		return c, true
	case m.id(i) == wThe && m.is(i-1, wIn, wDuring) && m.class(i+1, cPartOfDay) && m.tok(i+1).class&cPlural == 0 && m.tok(i+1).wd().tod != "" &&
		m.id(i+2) != wOf && (m.lastGran == gDay || m.lastGran == gTime) && m.sent == m.lastSent && !m.lastAside && m.tok(i-2).kind != tNum:
		// "On Saturday a team flew over the lake in the morning": the part
		// of the day named in the sentence (a sentence later the clause
		// may tell of mornings at large)
		c.typ, c.e = xTime, i+2
		c.val = format(m.last, gDay) + "T" + m.tok(i+1).wd().tod
		c.anchor, c.anchorKind = m.lastVal, aPrevious
		return c, true
	case m.id(i) == wThat && m.class(i+1, cSeason) && m.id(i+2) != wOf && !m.last.IsZero():
		// "throughout that fall": the season of the year last named
		c.e, c.rule = i+2, rAnaphoric
		c.val = format(m.last, gYear) + "-" + m.tok(i+1).wd().season
		c.anchor, c.anchorKind = m.lastVal, aPrevious
		c.expl = "the season in the year of the date last mentioned (" + m.lastVal + ")"
		return c, true
	case m.is(i, wThat, wThe) && m.id(i+1) == wSame && m.id(i+2) == wDay:
		if m.is(i+3, wA, wOne) && m.id(i+4) == wYear && m.is(i+5, wEarlier, wAgo, wBefore) {
			// "compared with the same day a year earlier": the day last
			// named, a year back
			c, ok := m.fromPrevious(c, i+6, gDay, 0)
			if t, _, isCal := calOf(c.val); ok && isCal {
				c.val = format(t.AddDate(-1, 0, 0), gDay)
			}
			return c, ok
		}
		return m.fromPrevious(c, i+3, gDay, 0)
	case m.id(i) == wThe && m.id(i+1) == wMonth && m.id(i-1) == wOf && m.id(i+2) != wOf && !m.punct(i+2, '\''):
		// "at the end of the month", "the beginning of the month": the
		// month of the day last named, else the DCT's
		return m.fromPrevious(c, i+2, gMonth, 0)
	case m.samePartOfDay(i) > 0 && m.storyDay() != "":
		// "the first trains that morning", "quit the government the same
		// night": the part of the day last named
		k, day := m.samePartOfDay(i), m.storyDay()
		c.typ, c.e = xTime, k+1
		c.val = day[:len("2006-01-02")] + "T" + m.tok(k).wd().tod
		c.anchor, c.anchorKind = day, aPrevious
		return c, true
	case m.id(i) == wThat && m.id(i+1) == wDay && m.id(i+2) != wOf:
		return m.fromPrevious(c, i+2, gDay, 0)
	case m.id(i) == wThat && m.is(i+1, wWeek, wMonth, wQuarter, wYear) && m.id(i+2) != wOf:
		// "that year": the one of the last mentioned date
		g := unitGranAt(int(m.tok(i + 1).wd().unit))
		if m.last.IsZero() || m.lastGran > g {
			return c, false
		}
		return m.fromPrevious(c, i+2, g, 0)
	case m.id(i) == wThe && m.is(i+1, wLatest, wMost) && (m.id(i+2) == wPeriod || m.id(i+1) == wMost && m.id(i+2) == wRecent && m.is(i+3, wPeriod, wQuarter)):
		c.e = i + 3
		if m.id(i+1) == wMost {
			c.e++
		}
		return m.previousPeriod(c, gQuarter)
	case m.id(i) == wThe && m.id(i+1) == wLatest && m.id(i+2) == wFiscal && m.id(i+3) == wYear:
		c.e = i + 4
		return m.previousPeriod(c, gYear)
	case m.id(i) == wYear && (m.punct(i+1, '-') && m.id(i+2) == wEnd || m.id(i+1) == wEnd || m.punct(i+1, '\'') && m.id(i+2) == wS && m.id(i+3) == wEnd):
		// "year-end", "year's end": the end of the current year
		c.e = i + 2
		if m.id(i+1) != wEnd {
			c.e = i + 3
		}
		if m.punct(i+1, '\'') {
			c.e = i + 4
		}
		m.relativeDate(&c, gYear, 0, rYearEnd)
		return c, true
	case m.id(i) == wThe && m.id(i+1) == wFiscal && m.id(i+2) == wYear && !m.readYearOK(i+3):
		c.typ, c.e, c.rule, c.val = xDuration, i+3, rTheYear, "P1Y"
		return c, true
	case m.id(i) == wThe && m.id(i+1) == wWeek && (m.punct(i+2, ',') || m.punct(i+2, '.') || m.punct(i+2, '\'') && m.id(i+3) == wS):
		// "For the week, the index dropped 3.8%", "the week's most active
		// session": the week of the day last named, else of the DCT
		return m.fromPrevious(c, i+2, gWeek, 0)
	case m.id(i) == wThe && m.id(i+1) == wWeekend:
		// the weekend the tense points to, the last one by default
		c.e, c.rule = i+2, rWeekend
		if m.dct.IsZero() {
			c.val = "XXXX-WXX-WE"
			return c, true
		}
		c.tense = m.tense(i, i+2)
		wd := (int(m.dct.Weekday()) + 6) % 7 // Monday = 0
		sat := m.dct.AddDate(0, 0, 5-wd)     // this week's Saturday
		if c.tense != tenseFuture && wd < 5 {
			sat = sat.AddDate(0, 0, -7)
		}
		c.val = format(sat, gWeek) + "-WE"
		c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
		return c, true
	case m.id(i) == wThe && m.id(i+1) == wYear && !m.punct(i+2, '-') && !m.is(i+2, wOf, wBefore, wAfter, wEarlier, wLater, wAgo, wS) && !m.punct(i+2, '\''):
		// "during the year": a year's span; "the end of the year", "earlier
		// in the year": the current one
		c.typ, c.e, c.rule, c.val = xDuration, i+2, rTheYear, "P1Y"
		if m.is(i-1, wOf, wIn) && !m.is(i+2, wEnded, wEnding) && m.inNarrative(m.refSet) {
			// in a narrative, the year of its reference time
			c.typ, c.val = xDate, format(m.last, gYear)
			c.anchor, c.anchorKind = m.lastVal, aReference
		} else if m.is(i-1, wOf, wIn) && !m.is(i+2, wEnded, wEnding) && !m.dct.IsZero() {
			// "in the year ended March 31" is a reporting period's span
			c.typ, c.val = xDate, format(m.dct, gYear)
			c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
		}
		return c, true
	}
	return c, false
}

// storyDay is the value of the day last named, or of the day the story
// last stood on when a coarser date came after it ("collapsed last
// Wednesday over next year's budget; the partner quit the same night"), or
// "" when there is none.
func (m *matcher) storyDay() string {
	if m.lastGran == gDay || m.lastGran == gTime {
		return m.lastVal
	}
	if _, g, ok := calOf(m.storyVal); ok && g <= gDay && m.lastGran > gDay {
		return m.storyVal
	}
	return ""
}

// samePartOfDay is the part of the day named by "that", "that same" or
// "the same" at i ("that morning", "the same night"), or 0 when there is
// none.
func (m *matcher) samePartOfDay(i int) int {
	k := i + 1
	if m.id(k) == wSame && m.is(i, wThat, wThe) {
		k++
	} else if m.id(i) != wThat {
		return 0
	}
	if !m.class(k, cPartOfDay) || m.tok(k).class&cPlural != 0 || m.tok(k).wd().tod == "" || m.id(k+1) == wOf {
		return 0
	}
	return k
}

// dayAt reads a day written at k (a weekday, "yesterday", a calendar
// date, a holiday) as part of an expression that starts before it; its e
// is k when there is none.
func (m *matcher) dayAt(k int) cand {
	if m.exprStart < 0 {
		m.exprStart = k - 3
		defer func() { m.exprStart = -1 }()
	}
	for _, f := range onDayRules {
		if d, ok := f(m, k); ok && d.typ == xDate && len(d.val) == len("2006-01-02") {
			return d
		}
	}
	if d, ok := m.deictic(k); ok && d.typ == xDate && len(d.val) == len("2006-01-02") {
		return d
	}
	return cand{e: k}
}

// titleCase reports whether the word at i is written with a capital and
// then small letters ("Week", not "week" or "WEEK").
func (m *matcher) titleCase(i int) bool {
	t := m.tok(i)
	if t.kind != tWord || !t.upper || t.end-t.start < 2 {
		return false
	}
	c := m.text[t.start+1]
	return c >= 'a' && c <= 'z'
}

// clockLater reads "five minutes later", "an hour and 22 minutes later",
// "two hours earlier" told after a clock time: the time that many hours
// and minutes from it ("the call came at 11:41 p.m.; officers arrived five
// minutes later" is 23:46 that day). With no clock time before, the words
// are a span and a signal; set off right after a clock time, they restate
// it.
func (m *matcher) clockLater(c cand, q quantity, u int) (cand, bool) {
	if q.x || q.approx || m.lastGran != gTime || m.lastAside {
		return c, false
	}
	e, val := m.compound(q.j, durationValue(q, u), u)
	dir := 1
	switch {
	case m.id(e) == wEarlier:
		dir = -1
	case m.id(e) != wLater:
		return c, false
	}
	if m.id(e+1) == wThan || m.is(q.j-2, wMore, wAdditional, wFurther, wExtra) {
		return c, false // "two hours later than planned": a delay
	}
	if m.clockEnd >= 0 && m.clockEnd == c.s-1 && m.tok(c.s-1).kind == tPunct {
		// "arrived at 1:14 a.m. -- an hour and 22 minutes later --": the
		// words restate the time just named, counted from an earlier one
		c.e, c.typ, c.val = e+1, xTime, m.lastVal
		c.anchor, c.anchorKind = m.lastVal, aPrevious
		c.expl = m.text[m.tok(c.s).start:m.tok(e).end] + ": the time just named, " + m.lastVal
		return c, true
	}
	mins, ok := clockMinutes(val)
	base, ok2 := clockInstant(m.lastVal)
	if !ok || !ok2 {
		return c, false
	}
	t := base.Add(time.Duration(dir*mins) * time.Minute)
	c.e, c.typ = e+1, xTime
	c.val = format(t, gDay) + "T" + twoDigits(t.Hour()) + ":" + twoDigits(t.Minute())
	c.anchor, c.anchorKind = m.lastVal, aPrevious
	c.expl = m.text[m.tok(c.s).start:m.tok(e).end] + ": " + m.lastVal + " shifted by " + val
	return c, true
}

// dayLater reads "an hour later", "minutes earlier" (the word at k) told
// after a day or a clock time named in the same or the previous sentence,
// where clockLater finds no clock time to shift ("the ferry left on Monday
// and sank two hours later"): the day last named. A few hours may cross
// midnight; the day is what the words most often mean. With no day so
// near, the words stay a span and a signal, as the TimeML corpora tag
// them ("Just over an hour later" told paragraphs after its day).
func (m *matcher) dayLater(c cand, k int) (cand, bool) {
	if !m.is(k, wLater, wEarlier) || m.id(k+1) == wThan || m.is(c.s-1, wMore, wAdditional, wFurther, wExtra) {
		return c, false
	}
	if m.last.IsZero() || m.lastGran != gDay && m.lastGran != gTime || m.sent-m.lastSent > 1 || m.lastAside {
		return c, false
	}
	c.e, c.typ, c.val = k+1, xDate, format(m.last, gDay)
	c.anchor, c.anchorKind = m.lastVal, aPrevious
	c.expl = m.text[m.tok(c.s).start:m.tok(k).end] + ": the day of " + m.lastVal
	return c, true
}

// clockMinutes is the number of minutes of a duration of hours and
// minutes ("PT1H22M" is 82), for at most two days.
func clockMinutes(v string) (int, bool) {
	rest, ok := strings.CutPrefix(v, "PT")
	if !ok || rest == "" {
		return 0, false
	}
	total, n, digits := 0, 0, false
	for i := 0; i < len(rest); i++ {
		switch ch := rest[i]; {
		case ch >= '0' && ch <= '9':
			n, digits = n*10+int(ch-'0'), true
			if n > 48*60 {
				return 0, false
			}
		case ch == 'H' && digits:
			total, n, digits = total+60*n, 0, false
		case ch == 'M' && digits:
			total, n, digits = total+n, 0, false
		default:
			return 0, false
		}
	}
	return total, !digits && total > 0 && total <= 48*60
}

// clockInstant reads a clock time value ("2012-02-11T23:41", "2012-02-11T09")
// into its instant; a part of the day ("TNI") is no clock time.
func clockInstant(v string) (time.Time, bool) {
	if len(v) != 13 && len(v) != 16 || v[10] != 'T' {
		return time.Time{}, false
	}
	day, _, ok := calOf(v[:10])
	if !ok {
		return time.Time{}, false
	}
	h, ok := atoi2(v[11:13])
	mi := 0
	if ok && len(v) == 16 {
		if v[13] != ':' {
			return time.Time{}, false
		}
		mi, ok = atoi2(v[14:16])
	}
	if !ok || h > 24 || mi > 59 {
		return time.Time{}, false
	}
	return day.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute), true
}

// atoi2 reads two decimal digits.
func atoi2(s string) (int, bool) {
	if len(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return 0, false
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), true
}

// twoDigits prints 0 <= n < 100 with a leading zero.
func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}
