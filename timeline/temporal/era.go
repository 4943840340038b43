package temporal

import "time"

// Years of an era: "480 BC", "April 480 BCE", "January 10, 49 B.C.", "the
// spring of 480 BC", "the 130s BC", "the fifth century BC", "AD 79", "79
// CE". TIMEX3 writes a year before the common era with the prefix BC and
// four digits counted back (BC0480); a century BC keeps the convention of
// centuries AD (the 20th century is 19, the fifth century BC is BC04).

// eraAt reads an era marker at j: "BC", "BCE", "B.C.", "B.C.E.", and with
// ad set "AD", "A.D.", "CE", "C.E.". It returns the token after it.
func (m *matcher) eraAt(j int) (bc bool, e int, ok bool) {
	switch {
	case m.is(j, wBc, wBce) && m.tok(j).upper:
		return true, j + 1, true
	case m.is(j, wAd, wCe) && m.tok(j).upper && m.tok(j).end-m.tok(j).start == 2 && m.text[m.tok(j).start+1] < 'a':
		return false, j + 1, true
	}
	// B.C., B.C.E., A.D., C.E.: letters with periods, written without spaces
	letters := ""
	k := j
	for len(letters) < 3 && m.tok(k).kind == tWord && m.tok(k).end-m.tok(k).start == 1 && m.tok(k).upper &&
		m.punct(k+1, '.') && m.adjacent(k+1) && (k == j || m.adjacent(k)) {
		letters += string(m.text[m.tok(k).start])
		k += 2
	}
	switch letters {
	case "BC", "BCE":
		return true, k, true
	case "AD", "CE":
		return false, k, true
	}
	return false, j, false
}

// eraYear reads a year with its era: "480 BC", "2,560 BC", "79 AD", "AD
// 79". y is the astronomical year (480 BC is -479).
func (m *matcher) eraYear(i int) (y, e int, ok bool) {
	if bc, j, ok := m.eraAt(i); ok && !bc {
		// "AD 79"
		if n, isNum := m.num(j); isNum && m.tok(j).digits <= 4 && n >= 1 {
			return n, j + 1, true
		}
		return 0, i, false
	}
	n, isNum := m.num(i)
	if !isNum || m.tok(i).digits > 4 || n < 1 {
		return 0, i, false
	}
	j := i + 1
	if n < 10 && m.punct(j, ',') && m.adjacent(j) && m.tok(j+1).kind == tNum && m.tok(j+1).digits == 3 && m.adjacent(j+1) {
		n, j = n*1000+m.tok(j+1).num, j+2 // "2,560 BC"
	}
	bc, e, ok := m.eraAt(j)
	if !ok {
		return 0, i, false
	}
	if bc {
		return 1 - n, e, true
	}
	return n, e, true
}

// eraDate: a year, a month, a day or a season of a year written with its
// era.
func (m *matcher) eraDate(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rEra}
	if y, e, ok := m.eraYear(i); ok {
		c.e, c.val = e, format(civil(y, 1, 1), gYear)
		return c, c.val != ""
	}
	// "April 480 BC", "January 10, 49 BC", "10 January 49 BC"
	j, mo, day := i, 0, 0
	if o, k, ok := m.monthWord(j); ok {
		mo, j = o, k
		if d, k, ok := m.readDay(j); ok {
			day, j = d, k
			if m.punct(j, ',') {
				j++
			}
		} else if m.id(j) == wOf || m.punct(j, ',') {
			j++
		}
	} else {
		if m.id(j) == wThe {
			j++
		}
		if d, k, ok := m.readDay(j); ok {
			if m.id(k) == wOf {
				k++
			}
			if o, k2, ok := m.monthWord(k); ok {
				mo, day, j = o, d, k2
			}
		}
		if mo == 0 {
			// "the spring of 480 BC"
			j = i
			if m.id(j) == wThe {
				j++
			}
			if !m.class(j, cSeason) || m.tok(j).class&cPlural != 0 {
				return m.eraPeriod(i)
			}
			s := m.tok(j).wd().season
			j++
			if m.id(j) == wOf {
				j++
			}
			y, e, ok := m.eraYear(j)
			if !ok {
				return c, false
			}
			c.e, c.val = e, format(civil(y, seasonMonth[s], 1), gSeason)
			return c, c.val != ""
		}
	}
	y, e, ok := m.eraYear(j)
	if !ok {
		return c, false
	}
	c.e = e
	if day == 0 {
		c.val = format(civil(y, time.Month(mo), 1), gMonth)
		return c, c.val != ""
	}
	t := civil(y, time.Month(mo), day)
	if t.Day() != day {
		return c, false // February 30
	}
	c.val = format(t, gDay)
	return c, c.val != ""
}

// eraPeriod: "the 130s BC" (BC013), "the fifth century BC" (BC04).
func (m *matcher) eraPeriod(i int) (cand, bool) {
	c := cand{s: i, typ: xDate}
	j := i
	if m.id(j) == wThe {
		j++
	}
	if m.is(j, wEarly, wLate, wMid) {
		return c, false // the modifier reads them: "the early 1350s"
	}
	if n, ok := m.num(j); ok && n%10 == 0 && n > 0 && m.tok(j).digits <= 4 && m.id(j+1) == wS && m.adjacent(j+1) {
		bc, e, ok := m.eraAt(j + 2)
		if !ok || !bc {
			return c, false
		}
		c.e, c.rule, c.val = e, rDecade, "BC"+pad3(n/10)
		return c, true
	}
	cc, ok := m.century(i)
	if !ok {
		return c, false
	}
	bc, e, ok := m.eraAt(cc.e)
	if !ok || !bc {
		return c, false
	}
	cc.e, cc.val = e, "BC"+cc.val
	return cc, true
}

func pad3(n int) string {
	switch {
	case n < 10:
		return "00" + itoa(n)
	case n < 100:
		return "0" + itoa(n)
	}
	return itoa(n)
}
