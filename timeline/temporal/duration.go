package temporal

import (
	"strconv"
	"strings"
)

// Durations: "two years", "24 hours", "a five-year plan", "the past three
// months", "several weeks", "for years".

// quantity is a number read from the text; x means unspecified ("several").
type quantity struct {
	n      float64
	x      bool
	approx bool // "a couple of": two, roughly
	j      int
}

// readNumber reads "two", "24", "1.5", "twenty-four", "a", "a few",
// "several", "a dozen", "two hundred".
func (m *matcher) readNumber(i int) (quantity, bool) {
	if i >= len(m.toks) {
		return quantity{}, false
	}
	t := m.toks[i]
	switch {
	case t.kind == tNum:
		if t.num < 0 {
			return quantity{}, false
		}
		n := float64(t.num)
		j := i + 1
		if m.punct(j, '.') && m.adjacent(j) && j+1 < len(m.toks) && m.tok(j+1).kind == tNum && m.adjacent(j+1) {
			f, err := strconv.ParseFloat(m.text[t.start:m.tok(j+1).end], 64)
			if err != nil {
				return quantity{}, false
			}
			n, j = f, j+2
		} else if f, ok := m.num(j); ok && m.punct(j+1, '/') && m.adjacent(j+1) && m.adjacent(j+2) {
			// "5 1/2"
			if d, ok := m.num(j + 2); ok && d > f && f > 0 {
				n, j = n+float64(f)/float64(d), j+3
			}
		} else if m.punct(j, ',') && m.adjacent(j) && j+1 < len(m.toks) && m.tok(j+1).kind == tNum && m.adjacent(j+1) && m.tok(j+1).digits == 3 {
			n, j = n*1000+float64(m.tok(j+1).num), j+2
		}
		return quantity{n: n, j: j}, true
	case t.kind != tWord:
		return quantity{}, false
	}
	switch t.id {
	case wA, wAn:
		if m.id(i+1) == wCouple && m.id(i+2) == wOf {
			return quantity{n: 2, approx: true, j: i + 3}, true
		}
		if m.is(i+1, wFew, wCouple) {
			j := i + 2
			if m.id(j) == wOf {
				j++
			}
			return quantity{x: true, j: j}, true
		}
		if m.id(i+1) == wDozen {
			return quantity{n: 12, j: i + 2}, true
		}
		if m.is(i+1, wHundred, wThousand) {
			q := quantity{n: float64(m.tok(i + 1).wd().num), j: i + 2}
			if m.id(q.j) == wAnd {
				// "a hundred and thirty years"
				if r, ok := m.readNumber(q.j + 1); ok && !r.x && r.n < q.n && r.n >= 1 && m.tok(q.j+1).kind == tWord {
					q.n, q.j = q.n+r.n, r.j
				}
			}
			return q, true
		}
		if m.id(i+1) == wHalf && !m.is(i+2, wA, wAn) {
			return quantity{n: 0.5, j: i + 2}, true // "a half hour"
		}
		return quantity{n: 1, j: i + 1}, true
	case wHalf:
		if m.is(i+1, wA, wAn) && m.class(i+2, cUnit) && m.tok(i+2).class&cPlural == 0 {
			return quantity{n: 0.5, j: i + 2}, true // "half an hour"
		}
		return quantity{}, false
	case wCouple:
		if m.id(i+1) == wOf && m.is(i-1, wNext, wPast, wLast, wFirst, wComing) {
			return quantity{n: 2, approx: true, j: i + 2}, true // "the next couple of years"
		}
		return quantity{}, false
	case wSeveral, wFew, wMany, wSome, wNumerous:
		return quantity{x: true, j: i + 1}, true
	}
	if t.class&cNumber == 0 {
		return quantity{}, false
	}
	n := float64(t.wd().num)
	j := i + 1
	if n >= 20 && n < 100 && int(n)%10 == 0 {
		k := j
		if m.punct(k, '-') {
			k++
		}
		if m.class(k, cNumber) && m.tok(k).wd().num < 10 && m.tok(k).wd().num > 0 {
			n += float64(m.tok(k).wd().num)
			j = k + 1
		}
	}
	for m.is(j, wHundred, wThousand) {
		n *= float64(m.tok(j).wd().num)
		j++
	}
	if m.id(j-1) == wHundred && m.id(j) == wAnd && m.class(j+1, cNumber) {
		// "two hundred and fifty years"
		if r, ok := m.readNumber(j + 1); ok && !r.x && r.n < 100 && r.n >= 1 {
			n, j = n+r.n, r.j
		}
	}
	return quantity{n: n, j: j}, true
}

// unitAt reads a unit word at i.
func (m *matcher) unitAt(i int) (int, bool) {
	if !m.class(i, cUnit) {
		return 0, false
	}
	return int(m.toks[i].wd().unit), true
}

func numString(f float64) string {
	if f == float64(int64(f)) {
		return strconv.FormatInt(int64(f), 10)
	}
	return strings.TrimRight(strconv.FormatFloat(f, 'f', 2, 64), "0")
}

// durationValue prints n units as a TIMEX3 duration; a fraction goes to
// the next smaller unit ("2 1/2 years" is P2Y6M).
func durationValue(q quantity, unit int) string {
	if !q.x && q.n != float64(int64(q.n)) {
		whole, frac := float64(int64(q.n)), q.n-float64(int64(q.n))
		sub, k := 0, 0.0
		switch unit {
		case uYear:
			sub, k = uMonth, 12
		case uMonth:
			sub, k = uDay, 30
		case uWeek:
			sub, k = uDay, 7
		case uDay:
			sub, k = uHour, 24
		case uHour:
			sub, k = uMinute, 60
		case uMinute:
			sub, k = uSecond, 60
		}
		if f := frac * k; sub != 0 && f == float64(int64(f)) {
			small := durationValue(quantity{n: f}, sub)
			if whole == 0 {
				return small
			}
			big := durationValue(quantity{n: whole}, unit)
			if strings.Contains(big, "T") || !strings.Contains(small, "T") {
				return big + strings.TrimPrefix(strings.TrimPrefix(small, "PT"), "P")
			}
			return big + small[1:]
		}
	}
	n := "X"
	mul := func(k float64) string {
		if q.x {
			return "X"
		}
		return numString(q.n * k)
	}
	if !q.x {
		n = numString(q.n)
	}
	switch unit {
	case uSecond:
		return "PT" + n + "S"
	case uMinute:
		return "PT" + n + "M"
	case uHour:
		return "PT" + n + "H"
	case uDay:
		return "P" + n + "D"
	case uWeekend:
		return "P" + mul(2) + "D"
	case uWeek:
		return "P" + n + "W"
	case uFortnight:
		return "P" + mul(2) + "W"
	case uMonth:
		return "P" + n + "M"
	case uQuarter:
		return "P" + n + "Q"
	case uYear:
		return "P" + n + "Y"
	case uDecade:
		if q.x {
			return "PXDE"
		}
		return "P" + mul(10) + "Y"
	case uCentury:
		if q.x {
			return "PXCE"
		}
		return "P" + mul(100) + "Y"
	case uMillennium:
		if q.x {
			return "PXL"
		}
		return "P" + mul(1000) + "Y"
	}
	return ""
}

// readDuration reads "two years", "24-hour", "a year", "several weeks",
// "two and a half years"; j is after the unit.
func (m *matcher) readDuration(i int) (q quantity, unit int, ok bool) {
	q, ok = m.readNumber(i)
	if !ok {
		return q, 0, false
	}
	j := q.j
	if !q.x && (m.is(j, wTo, wOr) || m.id(j) == wAnd && m.id(i-1) == wBetween) {
		// a range: "two to three weeks", "12 to 18 months", "three or four
		// days", "between 12 and 18 months"; the count is then
		// unspecified, never one of the bounds
		if r, ok := m.readNumber(j + 1); ok && !r.x && r.n > q.n && r.j == j+2 {
			if _, ok := m.unitAt(r.j); ok {
				q = quantity{x: true, j: r.j}
				j = r.j
			}
		}
	}
	if m.punct(j, '-') && m.adjacent(j) {
		j++ // "five-year"
	}
	if m.id(j) == wAnd && m.id(j+1) == wA && m.id(j+2) == wHalf && !q.x {
		q.n += 0.5
		j += 3
		if m.punct(j, '-') {
			j++
		}
	}
	if m.is(j, wAdditional, wFurther, wExtra) || m.id(j) == wMore && !m.is(i, wA, wAn) && !q.x {
		if _, ok := m.unitAt(j + 1); ok {
			j++ // "two more weeks", "an additional year"
		}
	}
	u, ok := m.unitAt(j)
	if !ok || m.id(j) == wSecond && (m.is(j+1, wQuarter, wHalf) || m.class(j+1, cUnit) || m.id(i) == wA && m.tok(j+1).kind == tWord) {
		return q, 0, false // "the 1988 second quarter", "a second group"
	}
	if u == uQuarter && !q.x && (m.id(j+1) == wOf || m.punct(j-1, '-') && m.tok(j).class&cPlural != 0) {
		return q, 0, false // fractions: "three-quarters", "a quarter of"
	}
	plural := m.tok(j).class&cPlural != 0
	if !q.x && q.n == 1 && plural && m.is(i, wA, wAn) {
		return q, 0, false
	}
	if !plural && q.x && !m.punct(j-1, '-') {
		return q, 0, false // "several year"; "two year" passes, as in "a two year low"
	}
	if plural && m.punct(j-1, '-') && m.id(j+1) == wOld {
		return q, 0, false
	}
	q.j = j + 1
	if m.punct(q.j, '-') && m.adjacent(q.j) || m.id(q.j) == wOld {
		return q, 0, false // ages ("6-year-old", "52 years old") and compounds ("year-earlier")
	}
	if m.id(q.j) == wAnd && m.id(q.j+1) == wA && m.id(q.j+2) == wHalf && !q.x {
		q.n += 0.5
		q.j += 3
	}
	if m.id(q.j) == wOr && m.id(q.j+1) == wSo {
		q.j += 2 // "a week or so": about a week
		q.approx = true
	}
	return q, u, true
}

func (m *matcher) duration(i int) (cand, bool) {
	c := cand{s: i, typ: xDuration, rule: rDuration}
	if m.rateAfterAmount(i) {
		return c, false
	}
	j := i
	lead := false
	if m.id(j) == wThe {
		j++
		lead = true
	}
	if m.is(j, wPast, wLast, wNext, wComing, wFirst, wPrevious, wFollowing, wFinal, wLatest, wRecent, wEntire, wWhole, wFull) {
		j++
		lead = true
	}
	if lead && m.id(i) == wThe && m.class(j, cUnit) && m.id(j) != wWeekend && (m.is(j-1, wPast, wLast, wFirst, wFull, wEntire, wWhole) && j == i+2) {
		// "the past year", "the full year": one unit
		if m.is(j-1, wFull, wPast) && m.tok(j).wd().unit == uYear && !m.dct.IsZero() {
			// "sales for the full year": the current year as a whole;
			// "in the past year": the one before it, as "last year"
			n := 0
			if m.id(j-1) == wPast {
				n = -1
			}
			c.typ, c.e = xDate, j+1
			m.relativeDate(&c, gYear, n, rFullYear)
			return c, true
		}
		if m.tok(j).class&cPlural == 0 {
			c.e = j + 1
			c.val = durationValue(quantity{n: 1}, int(m.tok(j).wd().unit))
			return c, c.val != ""
		}
	}
	if lead && m.is(j-1, wPast, wLast, wRecent, wComing, wNext) && (m.class(j, cUnit) && m.tok(j).class&cPlural != 0 || m.is(j, wFew, wSeveral) && m.class(j+1, cUnit)) {
		// "recent years", "the past few months", "coming weeks": an
		// unmeasured span
		k := j
		if !m.class(k, cUnit) {
			k++
		}
		if m.tok(k).wd().unit >= uDay {
			c.e, c.rule = k+1, rVaguePeriod
			c.val = durationValue(quantity{x: true}, int(m.tok(k).wd().unit))
			return c, true
		}
	}
	if j == i+1 && m.id(i) == wThe && m.class(j, cUnit) && m.tok(j).class&cPlural != 0 && m.id(j+1) == wAhead && m.tok(j).wd().unit >= uDay {
		// "in the weeks ahead": an unmeasured span to come
		c.e, c.rule = j+2, rVaguePeriod
		c.val = durationValue(quantity{x: true}, int(m.tok(j).wd().unit))
		return c, true
	}
	q, u, ok := m.readDuration(j)
	if !ok {
		// "over the years", "through the decades": an unspecified stretch
		if m.id(i) == wThe && m.is(i-1, wOver, wThrough, wThroughout) && m.class(i+1, cUnit) && m.toks[i+1].class&cPlural != 0 && m.id(i+2) != wOf && m.tok(i+2).kind != tNum {
			if u := int(m.toks[i+1].wd().unit); u >= uMonth {
				c.e = i + 2
				c.val = durationValue(quantity{x: true}, u)
				return c, c.val != ""
			}
		}
		if lead {
			return m.duration(j) // let the shorter reading try
		}
		// bare plurals after "for", "in": "for years", "in weeks",
		// "within minutes", "for hours"
		if m.class(i, cUnit) && m.toks[i].class&cPlural != 0 && m.is(i-1, wFor, wOver, wIn, wWithin) && m.id(i+1) != wOf {
			u := int(m.toks[i].wd().unit)
			if u >= uDay || (u == uMinute || u == uHour) && m.is(i-1, wFor, wWithin) {
				c.e = i + 1
				c.val = durationValue(quantity{x: true}, u)
				return c, c.val != ""
			}
		}
		return c, false
	}
	if q.x && j == i && m.is(i, wSome, wMany) {
		return c, false
	}
	c.e = q.j
	c.val = durationValue(q, u)
	if !q.x {
		c.e, c.val = m.compound(c.e, c.val, u)
	}
	if q.approx {
		c.mod = modApprox
	}
	if m.tok(j).kind == tNum && m.tok(q.j-1).upper && !m.tok(j-1).upper && j > 0 {
		return c, false // a title: "CBS's 60 Minutes"
	}
	if j == i && m.id(i) == wOne && m.id(i+1) == wDay && q.j == i+2 && (i == 0 || oneDayBefore[strings.ToLower(m.tok(i-1).written(m.text))]) &&
		!m.is(q.j, wOf, wAfter, wBefore, wLater, wEarlier, wAgo) && m.tok(q.j).kind != tNum && !m.punct(q.j, '-') {
		// "Islam will one day be ...": some day, not a span of a day
		c.typ, c.rule, c.val = xDate, rFuzzy, "FUTURE_REF"
		if m.tense(i, q.j) == tensePast {
			c.val = "PAST_REF"
		}
		return c, true
	}
	if m.id(i) == wThe && j == i+1 && q.n == 1 && !q.x && m.is(i+1, wA, wAn) {
		return c, false
	}
	if j == i && m.id(i) == wA && q.n == 1 && u == uDay && m.id(q.j) == wOf && m.tok(q.j+1).kind == tWord && !m.class(q.j+1, cNumber) {
		return c, false // "declared Tuesday a day of mourning": a kind of day, no span
	}
	if m.id(i) == wThe && j == i+1 && m.hyphenated(j, q.j) {
		return c, false // "the two-week strike": the adjective alone
	}
	return c, c.val != ""
}

// oneDayBefore are the words after which "one day" is an adverb ("will one
// day be"), not a span.
var oneDayBefore = map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true,
	"can": true, "shall": true, "should": true, "must": true, "to": true, "he": true, "she": true, "it": true,
	"they": true, "we": true, "i": true, "you": true, "and": true, "but": true}

// hyphenated reports whether the duration over tokens [s, e) is written
// as one hyphenated adjective ("two-week", "30-day").
func (m *matcher) hyphenated(s, e int) bool {
	for k := s + 1; k < e; k++ {
		if m.punct(k, '-') {
			return true
		}
	}
	return false
}

// compound extends a duration that ends at token e with a smaller unit
// after it: "three hours and 12 minutes" (PT3H12M), "two years, six
// months", "1 hour 20 minutes". It returns the new end and value.
func (m *matcher) compound(e int, val string, unit int) (int, string) {
	k := e
	if m.id(k) == wAnd || m.punct(k, ',') {
		k++
	}
	q, u, ok := m.readDuration(k)
	if !ok || q.x || q.approx || u >= unit || u == uWeekend || u == uFortnight || unit == uWeekend || unit == uFortnight {
		return e, val
	}
	if m.punct(k-1, ',') && m.id(q.j) != wAnd && m.tok(q.j).kind == tWord {
		return e, val // "two years, six months later" is taken; a list "two hours, three days" is not
	}
	small := durationValue(q, u)
	switch {
	case small == "":
		return e, val
	case strings.HasPrefix(small, "PT") && !strings.Contains(val, "T"):
		return q.j, val + small[1:] // P2D + PT3H = P2DT3H
	case strings.HasPrefix(small, "PT"):
		return q.j, val + small[2:] // PT3H + PT12M = PT3H12M
	default:
		return q.j, val + small[1:] // P2Y + P6M = P2Y6M
	}
}
