// Package temporal finds temporal expressions in English news text and
// normalizes them to TIMEX3 values (TimeML), resolving relative expressions
// against the document creation time (DCT) or the last mentioned date. It
// uses the standard library only and never reads the clock.
//
// The text is cut into sentences of tokens by one hand-written scanner
// (token.go) and every word is looked up once in the lexicon (lexicon.go).
// Rules run only at tokens that can open an expression and lie near a word
// that carries time. They come in families, one file each: absolute dates
// (absolute.go), relative dates (relative.go), weekdays (weekday.go),
// durations (duration.go), sets (set.go), times of day (timeofday.go),
// holidays (holiday.go) and fuzzy references (fuzzy.go); modifiers in front
// ("early", "more than", "about") are in modifier.go. At each token the
// longest match wins, and matches never overlap.
//
// Relative expressions read the tense of their sentence (tagger.go): the
// nearest verb cue, with the word right in front ("until", "since",
// "payable") deciding first. Every result says which rule matched, the
// anchor and the tense it used, and explains the resolution in words.
package temporal

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Value is a parsed TIMEX3 value that keeps its granularity: 2022-09-14,
// 2022-09-14TEV, 2022-W37, 2022-09, 2022-Q3, 2022-SU, 2022-H1, 2022, 202, 19,
// P2Y, PT30M, PRESENT_REF, PAST_REF, FUTURE_REF, XXXX-04, XXXX-WXX-1 ...
// The zero Value is empty.
type Value struct {
	s string
}

// String prints the value in the TIMEX3 grammar.
func (v Value) String() string { return v.s }

// IsZero reports whether the value is empty.
func (v Value) IsZero() bool { return v.s == "" }

// parts are the components of a TIMEX3 value; empty strings are absent.
type parts struct {
	ref      string // PRESENT_REF, PAST_REF, FUTURE_REF
	duration bool
	bc       bool   // a year before the common era: BC0480-04 (TIMEX3's prefix)
	year     string // 4, 3 (decade) or 2 (century) characters, digits or X
	month    string // 01..12 or XX
	day      string // 01..31 or XX
	week     string // 01..53 or XX
	weekday  string // 1..7, X or WE
	quarter  string // 1..4 or X
	half     string // 1..2 or X
	season   string // SP, SU, FA, WI
	tod      string // MO, AF, EV, NI, DT, MI
	clock    string // hh, hh:mm or hh:mm:ss
}

var errValue = errors.New("not a TIMEX3 value")

// ParseValue parses a TIMEX3 value strictly; it accepts exactly what String
// prints.
func ParseValue(s string) (Value, error) {
	if _, err := parse(s); err != nil {
		return Value{}, fmt.Errorf("parse value %q: %w", s, err)
	}
	return Value{s: s}, nil
}

// mustValue wraps a value the tagger built itself; it is only called with
// strings this package formats, so a parse failure is a programming error
// that is reported as the empty value.
func mustValue(s string) Value {
	if _, err := parse(s); err != nil {
		return Value{}
	}
	return Value{s: s}
}

func isDigits(s string, allowX bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || allowX && c == 'X') {
			return false
		}
	}
	return true
}

func inRange(s string, lo, hi int) bool {
	if s == "XX" || s == "X" {
		return true
	}
	n, err := strconv.Atoi(s)
	return err == nil && n >= lo && n <= hi
}

func parse(s string) (parts, error) {
	var p parts
	switch s {
	case "":
		return p, errValue
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		p.ref = s
		return p, nil
	}
	if s[0] == 'P' {
		return p, parseDuration(s)
	}
	if strings.HasPrefix(s, "BC") {
		// "BC0480", "BC0480-04-01", "BC048" (the 480s BC), "BC04" (the
		// fifth century BC): the digits count back from 1 BC, no X
		p.bc, s = true, s[2:]
		y, _, _ := strings.Cut(s, "-")
		if !isDigits(strings.SplitN(y, "T", 2)[0], false) || strings.Contains(s, "W") {
			return p, errValue
		}
	}
	date, tm, hasT := strings.Cut(s, "T")
	// Year: digits or X, 2 to 4 characters, up to the first '-'.
	y, rest, more := strings.Cut(date, "-")
	if len(y) < 2 || len(y) > 4 || !isDigits(y, true) {
		return p, errValue
	}
	p.year = y
	if more {
		if len(y) != 4 {
			return p, errValue
		}
		switch {
		case len(rest) == 2 && rest[0] == 'Q':
			p.quarter = rest[1:]
			if !inRange(p.quarter, 1, 4) {
				return p, errValue
			}
		case len(rest) == 2 && rest[0] == 'H':
			p.half = rest[1:]
			if !inRange(p.half, 1, 2) {
				return p, errValue
			}
		case rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI":
			p.season = rest
		case len(rest) >= 3 && rest[0] == 'W':
			w, d, hasD := strings.Cut(rest[1:], "-")
			if len(w) != 2 || !isDigits(w, true) || !inRange(w, 1, 53) {
				return p, errValue
			}
			p.week = w
			if hasD {
				if d != "WE" && (len(d) != 1 || !inRange(d, 1, 7)) {
					return p, errValue
				}
				p.weekday = d
			}
		default:
			m, d, hasD := strings.Cut(rest, "-")
			if len(m) != 2 || !isDigits(m, true) || !inRange(m, 1, 12) {
				return p, errValue
			}
			p.month = m
			if hasD {
				if len(d) != 2 || !isDigits(d, true) || !inRange(d, 1, 31) {
					return p, errValue
				}
				p.day = d
				if y4, ok := atoi(y); ok && p.month != "XX" && d != "XX" {
					if p.bc {
						y4 = 1 - y4 // astronomical: 1 BC is year 0, a leap year
					}
					m, _ := atoi(p.month)
					dd, _ := atoi(d)
					if dd > daysIn(y4, time.Month(m)) {
						return p, errValue
					}
				}
			}
		}
	}
	if hasT {
		if p.day == "" && p.weekday == "" {
			return p, errValue
		}
		switch tm {
		case "MO", "AF", "EV", "NI", "DT", "MI":
			p.tod = tm
		default:
			if !validClock(tm) {
				return p, errValue
			}
			p.clock = tm
		}
	}
	return p, nil
}

func validClock(s string) bool {
	fields := strings.Split(s, ":")
	if len(fields) > 3 {
		return false
	}
	limits := []int{24, 59, 59}
	for i, f := range fields {
		if len(f) != 2 || !isDigits(f, false) || !inRange(f, 0, limits[i]) {
			return false
		}
	}
	return true
}

func atoi(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseDuration checks P[nY][nM][nW][nD][T[nH][nM][nS]] with n digits (a
// decimal fraction allowed), or X, and the units DE (decade), CE (century),
// Q (quarter) and L (millennium) TimeML corpora use.
func parseDuration(s string) error {
	i := 1
	inTime := false
	n := 0
	for i < len(s) {
		if s[i] == 'T' {
			if inTime || i+1 >= len(s) {
				return errValue
			}
			inTime = true
			i++
			continue
		}
		j := i
		if s[j] == 'X' {
			j++
		} else {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j < len(s) && s[j] == '.' {
				j++
				k := j
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				if k == j {
					return errValue
				}
			}
		}
		if j == i || j >= len(s) {
			return errValue
		}
		unit := s[j : j+1]
		if j+2 <= len(s) && (s[j:j+2] == "DE" || s[j:j+2] == "CE") {
			unit = s[j : j+2]
		}
		ok := false
		if inTime {
			ok = unit == "H" || unit == "M" || unit == "S"
		} else {
			ok = unit == "Y" || unit == "M" || unit == "W" || unit == "D" || unit == "DE" || unit == "CE" || unit == "Q" || unit == "L"
		}
		if !ok {
			return errValue
		}
		i = j + len(unit)
		n++
	}
	if n == 0 {
		return errValue
	}
	return nil
}

// Precision names the granularity of the value: "time", "day", "week",
// "month", "season", "quarter", "half", "year", "decade", "century", "past",
// "future", "present" or "unknown" (durations, sets, values with X).
func (v Value) Precision() string {
	p, err := parse(v.s)
	if err != nil {
		return "unknown"
	}
	return p.precision(v.s)
}

// precision is Precision of the value s parsed into p.
func (p *parts) precision(s string) string {
	if p.duration {
		return "unknown"
	}
	switch p.ref {
	case "PRESENT_REF":
		return "present"
	case "PAST_REF":
		return "past"
	case "FUTURE_REF":
		return "future"
	}
	if strings.HasPrefix(s, "P") || strings.Contains(s, "X") {
		return "unknown"
	}
	switch {
	case p.tod != "" || p.clock != "":
		return "time"
	case p.day != "" || p.weekday != "" && p.weekday != "WE":
		return "day"
	case p.week != "":
		return "week"
	case p.month != "":
		return "month"
	case p.season != "":
		return "season"
	case p.quarter != "":
		return "quarter"
	case p.half != "":
		return "half"
	}
	switch len(p.year) {
	case 4:
		return "year"
	case 3:
		return "decade"
	default:
		return "century"
	}
}

func civil(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// Bounds gives the first and last civil day (UTC midnight, inclusive) the
// value covers: 2022-04 is 2022-04-01..2022-04-30, 2022-W37 Monday..Sunday,
// 199 1990-01-01..1999-12-31. Seasons are meteorological (northern
// hemisphere): spring March-May, summer June-August, autumn
// September-November, winter December to the end of February of the next
// year. ok is false when the value is not a calendar date.
func (v Value) Bounds() (start, end time.Time, ok bool) {
	p, err := parse(v.s)
	if err != nil {
		return time.Time{}, time.Time{}, false
	}
	return p.bounds(p.precision(v.s))
}

// bounds is Bounds of a value parsed into p whose precision is prec.
func (p *parts) bounds(prec string) (start, end time.Time, ok bool) {
	switch prec {
	case "unknown", "past", "future", "present", "":
		return time.Time{}, time.Time{}, false
	}
	y, _ := atoi(p.year)
	if p.bc {
		// years count back: the 480s BC run from 489 BC to 480 BC, and
		// n BC is the astronomical year 1-n
		switch len(p.year) {
		case 3:
			return civil(1-(y*10+9), 1, 1), civil(1-y*10, 12, 31), true
		case 2:
			return civil(1-(y*100+99), 1, 1), civil(1-y*100, 12, 31), true
		}
		y = 1 - y
	}
	switch {
	case len(p.year) == 3:
		return civil(y*10, 1, 1), civil(y*10+9, 12, 31), true
	case len(p.year) == 2:
		return civil(y*100, 1, 1), civil(y*100+99, 12, 31), true
	case p.week != "":
		w, _ := atoi(p.week)
		mon := isoWeekStart(y, w)
		switch p.weekday {
		case "":
			return mon, mon.AddDate(0, 0, 6), true
		case "WE":
			return mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6), true
		default:
			d, _ := atoi(p.weekday)
			t := mon.AddDate(0, 0, d-1)
			return t, t, true
		}
	case p.day != "":
		m, _ := atoi(p.month)
		d, _ := atoi(p.day)
		t := civil(y, time.Month(m), d)
		return t, t, true
	case p.month != "":
		m, _ := atoi(p.month)
		return civil(y, time.Month(m), 1), civil(y, time.Month(m+1), 0), true
	case p.season != "":
		m := seasonStart(p.season)
		return civil(y, m, 1), civil(y, m+3, 0), true
	case p.quarter != "":
		q, _ := atoi(p.quarter)
		m := time.Month(3*q - 2)
		return civil(y, m, 1), civil(y, m+3, 0), true
	case p.half != "":
		h, _ := atoi(p.half)
		m := time.Month(6*h - 5)
		return civil(y, m, 1), civil(y, m+6, 0), true
	}
	return civil(y, 1, 1), civil(y, 12, 31), true
}

// seasonStart is the first month of a TIMEX3 season (meteorological), or
// 0.
func seasonStart(s string) time.Month {
	switch s {
	case "SP":
		return 3
	case "SU":
		return 6
	case "FA":
		return 9
	case "WI":
		return 12
	}
	return 0
}

// isoWeekStart is the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := civil(y, 1, 4)
	wd := int(jan4.Weekday()+6) % 7 // Monday = 0
	return jan4.AddDate(0, 0, -wd+(w-1)*7)
}

// EDTF renders the value with its mod in EDTF (ISO 8601-2) for JSON
// exports: 2022-04, 2022-21 (spring), 2022-04~ (APPROX), ../2020-09
// (BEFORE), 2020-09/.. (AFTER), 202X (a decade), a week as its interval of
// days. It returns "" when the value has no EDTF form (durations, sets,
// PRESENT_REF and the like, values with X).
func EDTF(v Value, mod string) string {
	prec := v.Precision()
	var s string
	p, _ := parse(v.s)
	if p.bc {
		return edtfBC(v, prec, mod)
	}
	switch prec {
	case "unknown", "past", "future", "present":
		return ""
	case "time":
		s = p.year + "-" + p.month + "-" + p.day
		if p.week != "" {
			t, _, _ := v.Bounds()
			s = t.Format("2006-01-02")
		}
		if len(p.clock) >= 5 && p.clock[:2] != "24" {
			s += "T" + p.clock[:5] + ":00"
			if len(p.clock) == 8 {
				s = s[:len(s)-3] + p.clock[5:]
			}
		}
	case "day":
		if p.week != "" {
			t, _, _ := v.Bounds()
			s = t.Format("2006-01-02")
		} else {
			s = v.s
		}
	case "week":
		a, b, _ := v.Bounds()
		s = a.Format("2006-01-02") + "/" + b.Format("2006-01-02")
	case "month", "year":
		s = v.s
	case "season":
		s = p.year + "-" + map[string]string{"SP": "21", "SU": "22", "FA": "23", "WI": "24"}[p.season]
	case "quarter":
		s = p.year + "-" + strconv.Itoa(32+int(p.quarter[0]-'0'))
	case "half":
		s = p.year + "-" + strconv.Itoa(39+int(p.half[0]-'0'))
	case "decade":
		s = p.year + "X"
	case "century":
		s = p.year + "XX"
	}
	interval := strings.Contains(s, "/")
	switch mod {
	case "APPROX":
		if !interval {
			s += "~"
		}
	case "BEFORE", "ON_OR_BEFORE":
		if interval {
			s = s[:strings.IndexByte(s, '/')]
		}
		s = "../" + s
	case "AFTER", "ON_OR_AFTER":
		if interval {
			s = s[strings.IndexByte(s, '/')+1:]
		}
		s += "/.."
	}
	return s
}

// edtfBC renders a BC value in EDTF, which numbers years astronomically
// (1 BC is 0000, 480 BC is -0479): a year, month or day as itself, a
// decade or century as its interval of years.
func edtfBC(v Value, prec, mod string) string {
	a, b, ok := v.Bounds()
	if !ok {
		return ""
	}
	year := func(t time.Time) string {
		y := t.Year()
		if y < 0 {
			return fmt.Sprintf("-%04d", -y)
		}
		return fmt.Sprintf("%04d", y)
	}
	var s string
	switch prec {
	case "year":
		s = year(a)
	case "month":
		s = year(a) + a.Format("-01")
	case "day", "time":
		s = year(a) + a.Format("-01-02")
	case "decade", "century", "season", "quarter", "half":
		s = year(a) + a.Format("-01-02") + "/" + year(b) + b.Format("-01-02")
		if prec == "decade" || prec == "century" {
			s = year(a) + "/" + year(b)
		}
	default:
		return ""
	}
	switch mod {
	case "APPROX":
		if !strings.Contains(s, "/") {
			s += "~"
		}
	case "BEFORE", "ON_OR_BEFORE":
		if i := strings.IndexByte(s, '/'); i >= 0 {
			s = s[:i]
		}
		s = "../" + s
	case "AFTER", "ON_OR_AFTER":
		if i := strings.IndexByte(s, '/'); i >= 0 {
			s = s[i+1:]
		}
		s += "/.."
	}
	return s
}
