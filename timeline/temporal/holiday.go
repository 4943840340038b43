package temporal

import (
	"strings"
	"time"
)

// Holidays with rules: Christmas, New Year's Day, Easter, Thanksgiving and
// kin, with or without a year.

func (m *matcher) holiday(i int) (cand, bool) {
	if c, ok := m.namedDay(i); ok {
		return c, true
	}
	if m.id(i) == wThe {
		// "the Christmas weekend": the weekend of the holiday's week
		c, ok := m.holiday(i + 1)
		if !ok || m.id(c.e) != wWeekend || len(c.val) != 10 {
			return cand{}, false
		}
		t, _, ok := calOf(c.val)
		if !ok {
			return cand{}, false
		}
		c.s, c.e, c.rule = i, c.e+1, rHolidayWeekend
		c.val = format(t, gWeek) + "-WE"
		return c, true
	}
	c := cand{s: i, typ: xDate, rule: rHoliday}
	if !m.toks[i].upper {
		return c, false
	}
	var date func(y int) (int, int)
	j := i
	for _, h := range holidayPhrases {
		if !holidayFirst.has(m.id(i)) {
			break // no phrase starts with the word
		}
		k := i
		ok := true
		for _, w := range h.words {
			if w == wApostrophe {
				if !m.punct(k, '\'') {
					ok = false
					break
				}
			} else if !m.is(k, w) {
				ok = false
				break
			} else if w == wSt && m.punct(k+1, '.') && m.adjacent(k+1) {
				k++ // "St. Patrick's Day"
			}
			k++
		}
		if ok && k > j {
			date, j = h.date, k
		}
	}
	if date == nil {
		d, ok := holidayTable.at(m.id(i))
		if !ok {
			return c, false
		}
		date, j = d, i+1
	}
	c.e = j
	if m.seasonGerund(i, j) {
		// "its Christmas trading figures", "the Christmas shopping
		// season": the season of the holiday's trade, not its day
		return c, false
	}
	if m.id(j) == wWeek {
		// "Easter week": the week of the holiday
		c.e = j + 1
		c, ok := m.cyclic(c, gDay, func(y int) (time.Time, bool) {
			mo, d := date(y)
			return civil(y, time.Month(mo), d), true
		}, rHolidayWeek)
		if ok && !m.dct.IsZero() {
			t, _, _ := calOf(c.val)
			c.val = format(t, gWeek)
		}
		return c, ok
	}
	k := j
	if m.punct(k, ',') || m.id(k) == wOf {
		k++
	}
	if y, l, ok := m.readYear(k, true); ok {
		mo, d := date(y)
		c.e, c.val = l, format(civil(y, time.Month(mo), d), gDay)
		return c, true
	}
	return m.cyclic(c, gDay, func(y int) (time.Time, bool) {
		mo, d := date(y)
		return civil(y, time.Month(mo), d), true
	}, rHoliday)
}

// seasonGerund reports whether the holiday name at i, after a determiner,
// modifies a lower-case noun in -ing at j ("its Christmas trading figures",
// "the Christmas shopping season"), not a part of the day ("on Christmas
// morning"), a preposition ("the Christmas during the war") or a verb
// ("was found Thanksgiving Day clinging to an inner tube").
func (m *matcher) seasonGerund(i, j int) bool {
	if !m.is(i-1, wThe, wA, wAn, wIts, wTheir, wHis, wHer, wThis, wLast, wNext) {
		return false
	}
	if j >= len(m.toks) || m.toks[j].kind != tWord || m.toks[j].upper || m.class(j, cPartOfDay) {
		return false
	}
	t := m.toks[j]
	w := m.text[t.start:t.end]
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !ingPrepositions[w]
}

// ingPrepositions are the prepositions in -ing.
var ingPrepositions = map[string]bool{"during": true, "following": true, "including": true, "according": true,
	"regarding": true, "concerning": true, "excluding": true, "pending": true, "starting": true, "beginning": true}

// easter is Easter Sunday of year y (Gregorian, anonymous algorithm).
func easter(y int) (int, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}

// nthWeekday is the day of month of the n-th weekday wd (1 = Monday) of
// month mo.
func nthWeekday(y, mo, wd, n int) int {
	first := civil(y, time.Month(mo), 1)
	fw := (int(first.Weekday())+6)%7 + 1
	return 1 + (wd-fw+7)%7 + 7*(n-1)
}

// lastWeekday is the day of month of the last weekday wd of month mo.
func lastWeekday(y, mo, wd int) int {
	last := civil(y, time.Month(mo+1), 0)
	lw := (int(last.Weekday())+6)%7 + 1
	return last.Day() - (lw-wd+7)%7
}

// namedDay: days named after what happened on them, whose date is a
// historical fact rather than a yearly rule ("D-Day" is 1944-06-06), and
// "the Ides of March", the 15th, in the year the text is talking about.
func (m *matcher) namedDay(i int) (cand, bool) {
	c := cand{s: i, typ: xDate, rule: rNamedDay}
	j := i
	if m.id(j) == wThe {
		j++
	}
	if m.id(j) == wIdes && m.tok(j).upper && m.id(j+1) == wOf && m.class(j+2, cMonth) && m.tok(j+2).upper {
		// the Ides fall on the 15th of March, May, July and October and
		// on the 13th of the other months
		mo := int(m.tok(j + 2).wd().val)
		d := 13
		if mo == 3 || mo == 5 || mo == 7 || mo == 10 {
			d = 15
		}
		c.e = j + 3
		if y, l, ok := m.eraYear(c.e); ok {
			c.e, c.val = l, format(civil(y, time.Month(mo), d), gDay)
			return c, c.val != ""
		}
		return m.cyclic(c, gDay, func(y int) (time.Time, bool) { return civil(y, time.Month(mo), d), true }, rNamedDay)
	}
	if j != i {
		return c, false
	}
	for _, f := range fixedDays {
		if !fixedFirst.has(m.id(i)) {
			break // no day's name starts with the word
		}
		k := i
		for _, w := range f.words {
			if w == wHyphen && m.punct(k, '-') && m.adjacent(k) || w != wHyphen && m.is(k, w) && m.tok(k).upper {
				k++
				continue
			}
			k = -1
			break
		}
		if k > i {
			c.e, c.val = k, f.date
			c.expl = m.text[m.tok(i).start:m.tok(k-1).end] + ": the day it names, " + f.date
			return c, true
		}
	}
	return c, false
}

// holidayFirst and fixedFirst are the first words of holidayPhrases and
// fixedDays.
var holidayFirst, fixedFirst = func() (*wordSet, *wordSet) {
	var h, f []wordID
	for _, p := range holidayPhrases {
		h = append(h, p.words[0])
	}
	for _, d := range fixedDays {
		f = append(f, d.words[0])
	}
	return setOf(h...), setOf(f...)
}()

// fixedDays are days named after an event with one date.
var fixedDays = []struct {
	words []wordID
	date  string
}{
	{[]wordID{wD, wHyphen, wDay}, "1944-06-06"},
	{[]wordID{wVe, wDay}, "1945-05-08"},
	{[]wordID{wV, wHyphen, wE, wDay}, "1945-05-08"},
}
