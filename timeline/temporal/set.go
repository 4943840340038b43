package temporal

// Sets: "every Monday", "each year", "daily", "annually", "twice a week",
// "every July". A rate after an amount ("$5 a year") is no set: TimeBank
// leaves it untagged (rateAfterAmount).

var adverbSets = map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
	"yearly": "P1Y", "hourly": "PT1H", "biweekly": "P2W", "nightly": "P1D"}

func (m *matcher) set(i int) (cand, bool) {
	c := cand{s: i, typ: "SET", rule: "set"}
	w := m.word(i)
	if v, ok := adverbSets[w]; ok {
		c.e, c.val = i+1, v
		return c, true
	}
	if c, ok := m.frequency(i); ok {
		return c, true
	}
	switch w {
	case "every", "each", "per":
		j := i + 1
		if m.is(j, "other") {
			j++
		}
		if m.class(j, cWeekday) && m.tok(j).w.class&cPlural == 0 {
			c.e, c.val, c.quant = j+1, "XXXX-WXX-"+itoa(int(m.tok(j).w.val)), "EVERY"
			if m.class(j+1, cPartOfDay) {
				c.val += "T" + m.tok(j+1).w.tod
				c.e++
			}
			return c, true
		}
		if m.class(j, cMonth) && m.tok(j).upper && w != "per" {
			c.e, c.val, c.quant = j+1, "XXXX-"+pad2(int(m.tok(j).w.val)), "EVERY"
			return c, true
		}
		if m.class(j, cSeason) && w != "per" {
			c.e, c.val, c.quant = j+1, "XXXX-"+m.tok(j).w.season, "EVERY"
			return c, true
		}
		if m.is(j, "weekend") && w != "per" {
			c.e, c.val, c.quant = j+1, "XXXX-WXX-WE", "EVERY" // "every weekend"
			return c, true
		}
		if m.class(j, cPartOfDay) && w != "per" {
			c.e, c.val, c.quant = j+1, "XXXX-XX-XXT"+m.tok(j).w.tod, "EVERY"
			return c, true
		}
		if q, u, ok := m.readDuration(j); ok && !q.x {
			c.e, c.val, c.quant = q.j, durationValue(q, u), "EVERY"
			return c, c.val != ""
		}
		if u, ok := m.unitAt(j); ok && m.tok(j).w.class&cPlural == 0 {
			c.e, c.val = j+1, durationValue(quantity{n: 1}, u)
			if w != "per" {
				c.quant = "EVERY"
			}
			if m.is(i+1, "other") {
				c.val = durationValue(quantity{n: 2}, u)
			}
			return c, c.val != ""
		}
	}
	return c, false
}

// rateAfterAmount reports whether "a"/"an" at i with a unit after it is the
// "per" of a rate after an amount: "$1.76 a year", "358,000 a month", "four
// flights a week", "24 hours a day". Such a rate names no span of time.
func (m *matcher) rateAfterAmount(i int) bool {
	if !m.is(i, "a", "an") || !m.class(i+1, cUnit) || i == 0 {
		return false
	}
	p := i - 1
	if m.tok(p).kind == tNum || m.is(p, "million", "billion", "trillion", "thousand", "percent") {
		return true
	}
	if p == 0 || m.tok(p).kind != tWord || m.is(p-1, "a", "an") {
		return false
	}
	q, ok := m.readNumber(p - 1)
	return ok && !q.x && q.j == p
}

// frequency: "twice a week", "once a month", "three times a year", "twice
// daily": a set with how often in freq, the count inside the extent as the
// TimeML guidelines write it.
func (m *matcher) frequency(i int) (cand, bool) {
	c := cand{s: i, typ: "SET", rule: "set"}
	j := i + 1
	switch {
	case m.is(i, "once"):
		c.freq = "1X"
	case m.is(i, "twice"):
		c.freq = "2X"
	case m.is(i, "thrice"):
		c.freq = "3X"
	default:
		q, ok := m.readNumber(i)
		if !ok || q.x || !m.is(q.j, "times") || m.is(i, "a", "an") {
			return c, false
		}
		c.freq, j = numString(q.n)+"X", q.j+1
	}
	if v, ok := adverbSets[m.word(j)]; ok {
		c.e, c.val = j+1, v // "twice daily"
		return c, true
	}
	if m.punct(j, '-') && m.adjacent(j) {
		j++ // "once-a-week"
	}
	if !m.is(j, "a", "an", "per", "each", "every") {
		return c, false
	}
	k := j + 1
	if m.punct(k, '-') && m.adjacent(k) {
		k++
	}
	u, ok := m.unitAt(k)
	if !ok || m.tok(k).w.class&cPlural != 0 || m.is(k+1, "ago", "earlier", "later", "before", "after", "old") {
		return c, false
	}
	c.e, c.val = k+1, durationValue(quantity{n: 1}, u)
	return c, c.val != ""
}
