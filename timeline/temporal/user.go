package temporal

import (
	"fmt"
	"strings"
	"time"
)

var userPrefixes = []struct{ word, mod string }{
	{"on or before ", "ON_OR_BEFORE"}, {"on or after ", "ON_OR_AFTER"}, {"no later than ", "ON_OR_BEFORE"},
	{"before ", "BEFORE"}, {"after ", "AFTER"}, {"by ", "ON_OR_BEFORE"}, {"until ", "ON_OR_BEFORE"},
	{"since ", "ON_OR_AFTER"}, {"from ", "ON_OR_AFTER"}, {"circa ", "APPROX"}, {"c. ", "APPROX"},
	{"ca. ", "APPROX"}, {"about ", "APPROX"}, {"around ", "APPROX"},
}

var userWeekdays = map[string]bool{"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thurs": true,
	"fri": true, "sat": true, "sun": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// ParseUserDate reads a date a journalist types to correct an event: "14
// Sept 2022", "Sept. 14, 2022", "April 2022", "spring 2021", "before 2020",
// "2022-W37" or a raw TIMEX3 value. The precision follows what was typed;
// relative input ("last Friday") is resolved against dct. It returns an
// error when the input is not one date.
func ParseUserDate(s string, dct time.Time) (Timex, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return Timex{}, fmt.Errorf("parse date: empty input; type a date such as \"14 Sept 2022\", \"April 2022\" or \"2022-W37\"")
	}
	rest, mod := in, ""
	lower := strings.ToLower(in)
	for _, p := range userPrefixes {
		if strings.HasPrefix(lower, p.word) {
			rest, mod = strings.TrimSpace(in[len(p.word):]), p.mod
			break
		}
	}
	if i := strings.IndexByte(rest, ' '); i > 0 && userWeekdays[strings.ToLower(strings.TrimRight(rest[:i], ".,"))] {
		// "Wed 14 Sep 2022", as the pages show a day: the date says it all
		rest = strings.TrimSpace(rest[i+1:])
	}
	if v, err := ParseValue(rest); err == nil {
		typ := "DATE"
		switch {
		case strings.HasPrefix(rest, "P"):
			typ = "DURATION"
		case strings.Contains(rest, "T"):
			typ = "TIME"
		}
		return Timex{Start: 0, End: len(s), Text: s, Type: typ, Value: v, Mod: mod, Rule: "value",
			Explanation: fmt.Sprintf("typed as the TIMEX3 value %s", v)}, nil
	}
	if !dct.IsZero() {
		dct = civil(dct.Year(), dct.Month(), dct.Day())
	}
	if day, hh, mm, ok := splitClock(rest); ok {
		// "20 Jan 2020, 23:52", as the pages show a time: the day, then
		// the clock time on it
		x, err := ParseUserDate(day, dct)
		if err == nil && x.Mod == "" && x.Value.Precision() == "day" {
			v, err := ParseValue(fmt.Sprintf("%sT%02d:%02d", x.Value.String()[:10], hh, mm))
			if err == nil {
				return Timex{Start: 0, End: len(s), Text: s, Type: "TIME", Value: v, Mod: mod, Rule: x.Rule,
					Explanation: "typed by the user: " + v.String()}, nil
			}
		}
	}
	xs := NewTagger().Tag(rest, dct)
	if len(xs) != 1 || xs[0].Start != 0 || xs[0].End != len(rest) || xs[0].Value.IsZero() {
		return Timex{}, fmt.Errorf("parse date %q: not a date; type a date such as \"14 Sept 2022\", \"Sept. 14, 2022\", \"April 2022\", \"spring 2021\", \"before 2020\" or \"2022-W37\"", in)
	}
	x := xs[0]
	if mod != "" {
		if x.Mod != "" {
			return Timex{}, fmt.Errorf("parse date %q: two qualifiers (%s and %s); keep one", in, strings.ToLower(mod), strings.ToLower(x.Mod))
		}
		x.Mod = mod
	}
	x.Start, x.End, x.Text = 0, len(s), s
	x.Explanation = "typed by the user: " + x.Explanation
	return x, nil
}

// splitClock splits "20 Jan 2020, 23:52" (or "... at 23:52", "... 23:52")
// into the day and a 24-hour clock time.
func splitClock(s string) (day string, hh, mm int, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return "", 0, 0, false
	}
	clock := s[i+1:]
	if len(clock) < 4 || len(clock) > 5 || clock[len(clock)-3] != ':' {
		return "", 0, 0, false
	}
	if _, err := fmt.Sscanf(clock, "%d:%d", &hh, &mm); err != nil || hh > 23 || mm > 59 || hh < 0 || mm < 0 {
		return "", 0, 0, false
	}
	day = strings.TrimSpace(s[:i])
	day = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(day, ","), " at"))
	return day, hh, mm, day != ""
}
