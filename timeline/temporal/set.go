package temporal

// Sets: "every Monday", "each year", "daily", "annually", "twice a week",
// "every July". A rate after an amount ("$5 a year") is no set: TimeBank
// leaves it untagged (rateAfterAmount).

var adverbSets = map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
	"yearly": "P1Y", "hourly": "PT1H", "biweekly": "P2W", "nightly": "P1D"}

func (m *matcher) set(i int) (cand, bool) {
	c := cand{s: i, typ: xSet, rule: rSet}
	w := m.id(i)
	if v, ok := adverbTable.at(m.id(i)); ok {
		if m.tok(i).upper && (m.upperWord(i-1) || m.upperWord(i+1)) {
			return c, false // a name: "Example Daily", "Publishers Weekly", "the Daily Mail"
		}
		c.e, c.val = i+1, v
		return c, true
	}
	if c, ok := m.frequency(i); ok {
		return c, true
	}
	switch w {
	case wEvery, wEach, wPer:
		j := i + 1
		if m.id(j) == wOther {
			j++
		}
		if m.class(j, cWeekday) && m.tok(j).class&cPlural == 0 {
			c.e, c.val, c.every = j+1, "XXXX-WXX-"+itoa(int(m.tok(j).wd().val)), true
			if m.class(j+1, cPartOfDay) {
				c.val += "T" + m.tok(j+1).wd().tod
				c.e++
			}
			return c, true
		}
		if m.class(j, cMonth) && m.tok(j).upper && w != wPer {
			c.e, c.val, c.every = j+1, "XXXX-"+pad2(int(m.tok(j).wd().val)), true
			return c, true
		}
		if m.class(j, cSeason) && w != wPer {
			c.e, c.val, c.every = j+1, "XXXX-"+m.tok(j).wd().season, true
			return c, true
		}
		if m.id(j) == wWeekend && w != wPer {
			c.e, c.val, c.every = j+1, "XXXX-WXX-WE", true // "every weekend"
			return c, true
		}
		if m.class(j, cPartOfDay) && w != wPer {
			c.e, c.val, c.every = j+1, "XXXX-XX-XXT"+m.tok(j).wd().tod, true
			return c, true
		}
		if q, u, ok := m.readDuration(j); ok && !q.x {
			c.e, c.val, c.every = q.j, durationValue(q, u), true
			return c, c.val != ""
		}
		if u, ok := m.unitAt(j); ok && m.tok(j).class&cPlural == 0 {
			c.e, c.val = j+1, durationValue(quantity{n: 1}, u)
			if w != wPer {
				c.every = true
			}
			if m.id(i+1) == wOther {
				c.val = durationValue(quantity{n: 2}, u)
			}
			return c, c.val != ""
		}
	}
	return c, false
}

// upperWord reports whether token i is a word written with a capital.
func (m *matcher) upperWord(i int) bool {
	return uint(i) < uint(len(m.toks)) && m.toks[i].kind == tWord && m.toks[i].upper
}

// rateAfterAmount reports whether "a"/"an" at i with a unit after it is the
// "per" of a rate after an amount: "$1.76 a year", "358,000 a month", "four
// flights a week", "24 hours a day". Such a rate names no span of time.
func (m *matcher) rateAfterAmount(i int) bool {
	if !m.is(i, wA, wAn) || !m.class(i+1, cUnit) || i == 0 {
		return false
	}
	p := i - 1
	if m.tok(p).kind == tNum || m.is(p, wMillion, wBillion, wTrillion, wThousand, wPercent) {
		return true
	}
	if p == 0 || m.tok(p).kind != tWord || m.is(p-1, wA, wAn) {
		return false
	}
	q, ok := m.readNumber(p - 1)
	return ok && !q.x && q.j == p
}

// frequency: "twice a week", "once a month", "three times a year", "twice
// daily": a set with how often in freq, the count inside the extent as the
// TimeML guidelines write it.
func (m *matcher) frequency(i int) (cand, bool) {
	c := cand{s: i, typ: xSet, rule: rSet}
	j := i + 1
	switch {
	case m.id(i) == wOnce:
		c.freq = "1X"
	case m.id(i) == wTwice:
		c.freq = "2X"
	case m.id(i) == wThrice:
		c.freq = "3X"
	default:
		q, ok := m.readNumber(i)
		if !ok || q.x || m.id(q.j) != wTimes || m.is(i, wA, wAn) {
			return c, false
		}
		c.freq, j = numString(q.n)+"X", q.j+1
	}
	if v, ok := adverbTable.at(m.id(j)); ok {
		c.e, c.val = j+1, v // "twice daily"
		return c, true
	}
	if m.punct(j, '-') && m.adjacent(j) {
		j++ // "once-a-week"
	}
	if !m.is(j, wA, wAn, wPer, wEach, wEvery) {
		return c, false
	}
	k := j + 1
	if m.punct(k, '-') && m.adjacent(k) {
		k++
	}
	u, ok := m.unitAt(k)
	if !ok || m.tok(k).class&cPlural != 0 || m.is(k+1, wAgo, wEarlier, wLater, wBefore, wAfter, wOld) {
		return c, false
	}
	c.e, c.val = k+1, durationValue(quantity{n: 1}, u)
	return c, c.val != ""
}
