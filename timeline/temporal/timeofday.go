package temporal

// Times of day: "3 p.m.", "10:30 a.m. EST", "noon Saturday", "5 p.m. EST
// Nov. 9", "midnight", "overnight". The day is the one written next to the
// time, else the DCT.

import (
	"strconv"
	"strings"
)

var zones = map[string]bool{"est": true, "edt": true, "gmt": true, "utc": true, "pst": true, "pdt": true,
	"cst": true, "cdt": true, "bst": true, "cet": true, "et": true, "ct": true, "pt": true, "cest": true,
	"eet": true, "eest": true, "jst": true, "ist": true, "aest": true, "msk": true, "sgt": true, "hkt": true}

// readAMPM reads "a.m.", "p.m.", "am", "pm".
func (m *matcher) readAMPM(i int) (pm bool, j int, ok bool) {
	switch {
	case m.id(i) == wAm, m.id(i) == wPm:
		// "2pm." at the end of a sentence: the period is the sentence's
		return m.id(i) == wPm, i + 1, true
	case m.is(i, wA, wP) && m.punct(i+1, '.') && m.id(i+2) == wM && m.adjacent(i+1) && m.adjacent(i+2):
		return m.id(i) == wP, m.skipDot(i + 3), true
	}
	return false, i, false
}

var attachedDayRules, onDayRules []rule

// The calendar date comes first: it reads a weekday with the date after it
// ("7 pm on Saturday 28 October"), where the weekday alone would take the
// week the tense points to.
func init() {
	attachedDayRules = []rule{(*matcher).calendarDate, (*matcher).weekday, (*matcher).deictic}
	onDayRules = []rule{(*matcher).calendarDate, (*matcher).weekday, (*matcher).holiday}
}

// zoneNames are the capitalized words of spelled-out time zones: "Eastern
// time", "Pacific Standard Time".
var zoneNames = map[string]bool{"eastern": true, "pacific": true, "central": true, "mountain": true,
	"greenwich": true, "moscow": true, "beijing": true}

// readZone reads a time zone after a clock time, "EST", "GMT", "local
// time", "Eastern", "Eastern time", "Pacific Standard Time", and returns
// the token after it (j when there is none).
func (m *matcher) readZone(j int) int {
	switch {
	case m.id(j) != 0 && zones[m.word(j)]:
		return j + 1
	case m.punct(j, '(') && m.punct(j+2, ')') && m.id(j+1) != 0 && zones[m.word(j+1)]:
		return j + 3 // "20:00 (UTC)", as wiki news writes its times
	case m.id(j) == wLocal && m.id(j+1) == wTime:
		return j + 2
	case m.id(j) != 0 && zoneNames[m.word(j)] && m.tok(j).upper:
		k := j + 1
		if m.is(k, wStandard, wDaylight, wMean) {
			k++
		}
		if m.id(k) == wTime {
			k++
		}
		return k
	}
	return j
}

func (m *matcher) isAMPM(i int) bool {
	_, _, ok := m.readAMPM(i)
	return ok
}

// partOfDayOn: a part of the day followed by its day: "afternoon
// yesterday", "mid-afternoon yesterday", "morning Tuesday". "The night of
// Oct. 23" is left to the date, as the TimeML corpora annotate it.
func (m *matcher) partOfDayOn(i int) (cand, bool) {
	c := cand{s: i, typ: xTime, rule: rPartOfDayOn}
	if !m.class(i, cPartOfDay) || m.tok(i).class&cPlural != 0 || m.tok(i).wd().tod == "" {
		return c, false
	}
	m.exprStart = i
	defer func() { m.exprStart = -1 }()
	var day cand
	for _, f := range attachedDayRules {
		if d, ok := f(m, i+1); ok && d.typ == xDate && len(d.val) == 10 && d.s == i+1 && d.e > day.e {
			day = d
		}
	}
	if day.e == 0 {
		return c, false
	}
	c.e, c.val = day.e, day.val+"T"+m.tok(i).wd().tod
	c.anchor, c.anchorKind, c.tense, c.expl = day.anchor, day.anchorKind, day.tense, day.expl
	return c, true
}

func (m *matcher) timeOfDay(i int) (cand, bool) {
	if c, ok := m.partOfDayOn(i); ok {
		return c, true
	}
	if c, ok := m.modifiedPartOfDay(i); ok {
		return c, true
	}
	c := cand{s: i, typ: xTime, rule: rClock}
	hh, mm := -1, 0
	j := i
	switch m.id(i) {
	case wNoon, wMidday:
		if p := m.tok(i - 1); p.kind == tWord && strings.EqualFold(p.written(m.text), "high") {
			return c, false // "high noon": a climax, not a clock time
		}
		hh, j = 12, i+1
	case wMidnight:
		hh, j = 24, i+1
	case wOvernight:
		// the night that ends on the reference day: the day last
		// named, else the DCT. "Shares closed lower Friday, depressed
		// by overnight losses in New York": Thursday night.
		// After an evening or a night ("marched on Tuesday evening, and
		// police detained 40 protesters overnight") it is the night that
		// evening runs into: Tuesday night.
		c.e = i + 1
		if m.lastGran == gDay || m.lastGran == gTime {
			c.rule = rPartOfDay
			back := -1
			if strings.HasSuffix(m.lastVal, "TEV") || strings.HasSuffix(m.lastVal, "TNI") {
				back = 0
			}
			c.val = format(startOf(m.last, gDay).AddDate(0, 0, back), gDay)
			c.anchor, c.anchorKind = m.lastVal, aPrevious
		} else {
			m.relativeDate(&c, gDay, -1, rPartOfDay)
		}
		c.val += "TNI"
		return c, true
	}
	if hh < 0 {
		h, ok := m.num(i)
		if !ok || m.toks[i].digits > 2 || h > 24 {
			return c, false
		}
		j = i + 1
		hasMin := false
		if (m.punct(j, ':') || m.punct(j, '.') && m.isAMPM(j+2)) && m.adjacent(j) && m.tok(j+1).kind == tNum && m.tok(j+1).digits == 2 && m.adjacent(j+1) {
			mm = m.tok(j + 1).num
			if mm > 59 {
				return c, false
			}
			j += 2
			hasMin = true
		}
		if pm, k, ok := m.readAMPM(j); ok {
			if h < 1 || h > 12 {
				return c, false
			}
			if pm && h < 12 {
				h += 12
			} else if !pm && h == 12 {
				h = 0
			}
			j = k
		} else if m.id(j) == wO && m.punct(j+1, '\'') && m.id(j+2) == wClock {
			j += 3
		} else if m.id(j) == wIn && m.id(j+1) == wThe && m.is(j+2, wMorning, wAfternoon, wEvening) && h >= 1 && h <= 12 && !hasMin {
			// "4 in the morning", "3 in the afternoon"
			if m.id(j+2) != wMorning && h < 12 {
				h += 12
			}
			j += 3
		} else if m.id(j) == wAt && m.id(j+1) == wNight && h >= 6 && h <= 12 && !hasMin {
			if h < 12 {
				h += 12 // "10 at night"
			}
			j += 2
		} else if !hasMin || !(m.id(j) != 0 && zones[m.word(j)] || m.is(i-1, wAt, wBy, wUntil, wBefore, wAfter)) {
			return c, false
		}
		hh = h
	}
	j = m.readZone(j)
	c.e = j
	if every := m.everyDay(j); every > j {
		// "11 a.m. daily", "10 p.m. each night": a time of every day
		c.typ, c.rule, c.e, c.every = xSet, rClockSet, every, true
		c.val = "XXXX-XX-XXT" + pad2(hh) + ":" + pad2(mm)
		return c, true
	}
	// an attached day: "noon Saturday", "5 p.m. EST, Nov. 9", "10 p.m. yesterday"
	k := j
	if m.punct(k, ',') {
		k++
	}
	day := ""
	m.exprStart = i
	for _, f := range attachedDayRules {
		if d, ok := f(m, k); ok && d.typ == xDate && len(d.val) == 10 {
			day, c.e = d.val, d.e
			c.anchor, c.anchorKind, c.tense = d.anchor, d.anchorKind, d.tense
			break
		}
	}
	if day == "" && m.id(k) == wThis {
		// "at 02:30 this morning", "at 3 p.m. this afternoon": the day of
		// the part of the day after the time, not the day last named
		if d, ok := m.thisNext(k); ok && d.typ == xTime && len(d.val) > 11 && d.val[10] == 'T' {
			day, c.e = d.val[:10], d.e
			c.anchor, c.anchorKind, c.tense = d.anchor, d.anchorKind, d.tense
		}
	}
	if day == "" && m.id(k) == wOn {
		// "9 a.m. Eastern on Dec. 8", "from 6pm on Christmas Eve": the
		// day after "on" is the time's day, and a tag of its own
		for _, f := range onDayRules {
			if d, ok := f(m, k+1); ok && d.typ == xDate && len(d.val) == 10 {
				day = d.val
				c.anchor, c.anchorKind, c.tense = d.val, aPrevious, d.tense
				break
			}
		}
	}
	m.exprStart = -1
	if day == "" && m.eventOffsetAfter(j) {
		// "spotted the car at 6 a.m. ten days before the shooting": the
		// day is counted from a happening the expression does not date
		day = "XXXX-XX-XX"
		c.expl = m.text[m.toks[i].start:m.tok(j-1).end] + ": a time of a day counted from a happening, not of the day last named"
	}
	if day == "" && (m.lastGran == gDay || m.lastGran == gTime) && (!m.lastAside || m.storyVal != "") {
		// a bare clock time belongs to the day just mentioned; after a
		// day named aside ("the quarter ended Sept. 30", "lower than on
		// Boxing Day 2019"), to the story's day before it
		last, lastVal, clock := m.last, m.lastVal, m.lastGran == gTime
		if m.lastAside {
			last, _, _ = calOf(m.storyVal)
			lastVal, clock = m.storyVal, len(m.storyVal) > len("2006-01-02")
		}
		day = format(last, gDay)
		c.anchor, c.anchorKind = lastVal, aPrevious
		if m.inNarrative(clock) {
			// a narrative moves forward: "at 11:40 p.m. ... at 2:20 a.m."
			// is the small hours of the next day
			if lh, lm, ok := clockOf(lastVal); ok && hh*60+mm < lh*60+lm {
				day = format(last.AddDate(0, 0, 1), gDay)
				c.expl = "the first " + pad2(hh) + ":" + pad2(mm) + " after " + lastVal
			}
		}
	}
	if day == "" && m.lastGran > gDay && !m.dct.IsZero() && endOf(m.last, m.lastGran).Before(m.dct.AddDate(0, -6, 0)) && m.tense(i, j) == tensePast && !m.reportedAt(i) {
		// the story has gone back to a period over for more than half
		// a year ("crossing the border in 1994, 1995 and 1997 ... was
		// shot to death at 10 p.m."): a past clock time with no day is
		// of a day the text does not give, not of the publication day.
		// After a recent month the day's news goes on ("from $560
		// million in October. Shares were up 7.5% at 11 a.m."), and the
		// time of a statement is the news of the day ("Vogt told
		// analysts on a call at 8:30 a.m.").
		day = "XXXX-XX-XX"
		c.expl = m.text[m.toks[i].start:m.tok(j-1).end] + ": a past time of a day not named, after " + m.lastVal
	}
	if day == "" && m.lastGran > gDay && !m.dct.IsZero() && m.tense(i, j) == tensePast && !m.reportedAt(i) {
		if t, g, ok := calOf(m.storyVal); ok && g <= gDay && t.Before(m.dct.AddDate(0, -6, 0)) {
			// the story's day is long gone and a month told since names
			// no day ("stabbed at his shop on 14 October 2014 ... a trial
			// that began in September. ... entered the shop shortly
			// before 5 pm"): the time is of the story's day, not of the
			// publication day
			day = format(t, gDay)
			c.anchor, c.anchorKind = m.storyVal, aPrevious
			c.expl = m.text[m.toks[i].start:m.tok(j-1).end] + ": a past time on the day the story last stood on, " + m.storyVal
		}
	}
	if day == "" {
		if m.dct.IsZero() {
			day = "XXXX-XX-XX"
		} else {
			day = format(m.dct, gDay)
			c.anchor, c.anchorKind = day, aDCT
		}
	}
	c.val = day + "T" + pad2(hh) + ":" + pad2(mm)
	return c, true
}

// reportingVerbs are the past and present forms that report a statement.
var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true, "adds": true,
	"announced": true, "reported": true, "stated": true, "wrote": true}

// reportedAt reports whether the nearest tense cue before token i reports
// a statement.
func (m *matcher) reportedAt(i int) bool {
	c, ok := m.cueBefore(i)
	if !ok {
		return false
	}
	t := m.toks[c.pos]
	return reportingVerbs[strings.ToLower(m.text[t.start:t.end])]
}

// modifiedPartOfDay: a part of the day with no day written, after "mid",
// "early" or "late" ("By mid afternoon, Serb sources were saying"), or an
// afternoon or evening after "by" or "until" ("by evening"): the
// part of the day last named, else of the DCT. A bare "afternoon" is
// left alone, as it is as often a noun of no date ("an afternoon of
// talks").
func (m *matcher) modifiedPartOfDay(i int) (cand, bool) {
	c := cand{s: i, e: i + 1, typ: xTime, rule: rPartOfDay}
	p := i - 1
	if m.punct(p, '-') {
		p--
	}
	// "by evening Harold was dead", "talks went on until afternoon", "By
	// the evening the boat had gone": the later parts of the day last
	// named (a morning or a night after "by" may be the next day's)
	next := i // the word after the preposition
	if m.id(p) == wThe && p == i-1 && m.is(p-1, wBy, wUntil, wTill) {
		next, p = p, p-1
	}
	until := m.is(p, wBy, wUntil, wTill) && m.is(i, wAfternoon, wEvening) && p == next-1
	// after "mid", "early" or "late", a preposition in front ("by mid
	// afternoon", "in the late afternoon"); without one the phrase
	// modifies a noun ("an early-morning session", "late-night talks")
	q := p - 1
	if m.id(q) == wThe {
		q--
	}
	timed := until || m.is(p, wMid, wEarly, wLate) && m.is(q, wBy, wIn, wAt, wUntil, wTill, wFrom, wSince, wBefore, wAfter, wThrough, wDuring, wInto)
	if !timed || !m.class(i, cPartOfDay) || m.tok(i).class&cPlural != 0 || m.text[m.tok(i).end-1] == 's' || m.tok(i).wd().tod == "" ||
		m.id(i+1) == wOf || m.class(i+1, cWeekday) || m.is(i+1, wYesterday, wToday, wTomorrow) {
		return c, false
	}
	return m.onLastDay(c, m.tok(i).wd().tod)
}

// onLastDay gives c the part of the day tod of the day last named, else of
// the DCT.
func (m *matcher) onLastDay(c cand, tod string) (cand, bool) {
	switch {
	case m.lastGran == gDay || m.lastGran == gTime:
		c.val = format(m.last, gDay) + "T" + tod
		c.anchor, c.anchorKind = m.lastVal, aPrevious
	case m.dct.IsZero():
		c.val = "XXXX-XX-XXT" + tod
	default:
		c.val = format(m.dct, gDay) + "T" + tod
		c.anchor, c.anchorKind = format(m.dct, gDay), aDCT
	}
	return c, true
}

// eventOffsetAfter reports whether the clause goes on after token j with a
// count of days or weeks before or after a happening ("at 6 a.m. near the
// house 10 days before the murder"): that is the day of a time of day
// written before it.
func (m *matcher) eventOffsetAfter(j int) bool {
	for k := j; k < len(m.toks) && k < j+8; k++ {
		if t := m.tok(k); t.kind == tPunct && t.punct != '\'' && t.punct != '-' {
			return false
		}
		if t := m.tok(k); t.kind != tNum && t.class&cNumber == 0 {
			continue
		}
		q, u, ok := m.readDuration(k)
		if ok && (u == uDay || u == uWeek) && m.is(q.j, wBefore, wAfter) && m.tok(q.j+1).kind == tWord {
			return true
		}
	}
	return false
}

// everyDay reads "daily", "nightly", "every day", "each night", "every
// morning" at j and returns the token after it, or j.
func (m *matcher) everyDay(j int) int {
	switch {
	case m.is(j, wDaily, wNightly):
		return j + 1
	case m.is(j, wEvery, wEach) && (m.is(j+1, wDay, wNight) || m.class(j+1, cPartOfDay) && m.tok(j+1).class&cPlural == 0):
		return j + 2
	}
	return j
}

// clockOf reads the hour and minute of a TIMEX3 time value
// ("1912-04-14T23:40").
func clockOf(v string) (hh, mm int, ok bool) {
	i := len(v) - 5
	if i < 1 || v[i-1] != 'T' || v[i+2] != ':' {
		return 0, 0, false
	}
	h, err1 := strconv.Atoi(v[i : i+2])
	n, err2 := strconv.Atoi(v[i+3:])
	return h, n, err1 == nil && err2 == nil
}
