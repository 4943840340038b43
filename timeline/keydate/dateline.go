package keydate

import (
	"strings"
	"unicode"
)

// trimStamp removes what a page prints before a sentence's own words and the
// sentence splitter left attached to it: an agency dateline ("ROME | Wed Apr
// 29, 2009 3:58 pm BST ROME (Reuters) - ", "KUALA LUMPUR, April 27 (Reuters)
// - ") and an update stamp ("Page last updated at 08:14 GMT, Tuesday, 8
// November 2011 "). The rest is the source's text unchanged. It returns s
// when nothing is found or nothing would remain.
func trimStamp(s string) string {
	if isASCII(s) && !mayStamp(s) && !containsFoldASCII(s, "updated at") {
		// Nothing to remove: no "(Agency) -", no "updated at" in any
		// case, no clock time (an ASCII text has no other digits).
		out := strings.TrimSpace(s)
		if !hasWord(out) {
			return s
		}
		return out
	}
	out := s
	// An agency dateline ends with "(Agency) -" near the start.
	for _, dash := range []string{") - ", ") -- ", ") — ", ") – "} {
		i := strings.LastIndex(out, dash)
		if i < 0 {
			continue
		}
		j := strings.LastIndexByte(out[:i], '(')
		if j >= 0 && isAgency(out[j+1:i]) {
			out = out[i+len(dash):]
			break
		}
	}
	// An update stamp: "Last updated at 06:28" with an optional zone and
	// date after it.
	lower := strings.ToLower(out)
	if i := strings.Index(lower, "updated at "); i >= 0 && i < 80 {
		rest := out[i+len("updated at "):]
		fields := strings.Fields(rest)
		skip := 0
		if len(fields) > 0 && strings.Contains(fields[0], ":") {
			skip = 1
			// Zone, weekday, day, month and year of the stamp.
			for skip < len(fields) && skip < 6 && isStampWord(fields[skip]) {
				skip++
			}
		}
		if skip > 0 && skip < len(fields) {
			out = strings.Join(fields[skip:], " ")
		}
	}
	// A clock time with its zone ("26 April 2009 10.40 BST") is a page's
	// time stamp: what comes before it is a headline or a standfirst.
	if i := stampEnd(out); i > 0 {
		out = out[i:]
	}
	out = strings.TrimSpace(out)
	if !hasWord(out) {
		return s
	}
	return out
}

// isAgency reports whether the text in brackets is a news agency's name: one
// to three capitalized words ("Reuters", "AP", "Agence France-Presse").
func isAgency(s string) bool {
	fs := strings.Fields(s)
	if len(fs) == 0 || len(fs) > 3 {
		return false
	}
	for _, f := range fs {
		r := []rune(f)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && c != '-' && c != '.' {
				return false
			}
		}
	}
	return true
}

// isStampWord reports whether a word continues an update stamp: a zone,
// a weekday, a day number, a month or a year.
func isStampWord(f string) bool {
	f = strings.Trim(strings.ToLower(f), ",.")
	if f == "" {
		return true
	}
	switch f {
	case "gmt", "bst", "utc", "et", "edt", "est", "cet", "cest",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	if isMonth(f) {
		return true
	}
	for _, r := range f {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// zones are the time zones news pages print in their time stamps.
var zones = map[string]bool{"gmt": true, "bst": true, "utc": true, "et": true, "edt": true, "est": true,
	"cet": true, "cest": true, "pt": true, "pdt": true, "pst": true, "ist": true}

// stampEnd returns the offset just after the last time stamp of s, a clock
// time such as "10.40" or "3:58" followed by a time zone, or 0 when there is
// none.
func stampEnd(s string) int {
	end := 0
	fields := strings.Fields(s)
	pos := 0
	offsets := make([]int, len(fields))
	for i, f := range fields {
		j := strings.Index(s[pos:], f)
		offsets[i] = pos + j
		pos += j + len(f)
	}
	for i := 0; i+1 < len(fields); i++ {
		if !isClock(fields[i]) {
			continue
		}
		k := i + 1
		if m := strings.ToLower(fields[k]); (m == "am" || m == "pm" || m == "a.m." || m == "p.m.") && k+1 < len(fields) {
			k++
		}
		// "14:44 UK time," as a zone.
		if k+1 < len(fields) && strings.EqualFold(fields[k+1], "time,") && len(fields[k]) <= 3 && strings.ToUpper(fields[k]) == fields[k] {
			k++
		} else if !zones[strings.Trim(strings.ToLower(fields[k]), ",.()")] {
			continue
		}
		end = offsets[k] + len(fields[k])
		// A date after the zone and a comma belongs to the stamp when it
		// ends in a year: "14:44 UK time, Wednesday, 29 April 2009".
		if strings.HasSuffix(fields[k], ",") {
			for m := k + 1; m < len(fields) && m <= k+4 && isStampWord(fields[m]); m++ {
				if y := strings.Trim(fields[m], ",."); len(y) == 4 && isDigit(y[0]) && isStampWord(y) {
					end = offsets[m] + len(fields[m])
					break
				}
			}
		}
	}
	return end
}

// isClock reports whether a word is a clock time: "10.40", "3:58", "06:28".
func isClock(f string) bool {
	sep := strings.IndexAny(f, ":.")
	if sep < 1 || sep > 2 || len(f) != sep+3 {
		return false
	}
	for i, r := range f {
		if i != sep && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// stamped reports whether a sentence's date expression is a time stamp of
// the page rather than the date of a happening: the header of a reader
// comment ("At 5:48 pm on 15 Jun 2009, tonytang wrote:") or a dateline or
// time stamp glued to the sentence's start (what trimStamp removes). Such a
// date says that something was published that day, as a publication date
// does, and nothing about what happened on it.
func stamped(quote, expr string) bool {
	if expr == "" {
		return false
	}
	i := strings.Index(quote, expr)
	if i < 0 {
		return false
	}
	if w := strings.Index(quote, " wrote:"); w >= 0 && i < w {
		return true
	}
	if !mayStamp(quote) {
		return false
	}
	rest := trimStamp(quote)
	return len(rest) < len(quote) && i < len(quote)-len(rest)
}

// mayStamp reports cheaply, without allocating, whether trimStamp could
// remove something from s: an agency's "(Name) -", an "updated at" or a
// clock time ("10.40", "9:05").
func mayStamp(s string) bool {
	if strings.Contains(s, ") ") || strings.Contains(s, "pdated at") || strings.Contains(s, "PDATED AT") {
		return true
	}
	return clockAt(s, ':') || clockAt(s, '.')
}

// clockAt reports whether s has sep between a digit and two digits
// ("3:58", "10.40"), finding sep by IndexByte (most sentences have one
// full stop, at their end).
func clockAt(s string, sep byte) bool {
	for from := 1; from+2 < len(s); {
		j := strings.IndexByte(s[from:len(s)-2], sep)
		if j < 0 {
			return false
		}
		i := from + j
		if isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) {
			return true
		}
		from = i + 1
	}
	return false
}

// containsFoldASCII reports whether s holds the lowercase ASCII word sub
// in any case, without allocating.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }
