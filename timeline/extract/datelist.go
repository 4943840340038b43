package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"storyline/timeline"
	"storyline/timeline/temporal"
)

// listGapWords may stand between the dates of a list: "February, March and
// April", "on Thursday night and Friday", "in October and again in March",
// "22 April - 15 May".
// A month or weekday name the tagger left out of a list ("March" between
// "February" and "April") may stand there too.
var listGapWords = lexSet(`and or to through until again in on then january february march april may june
july august september october november december monday tuesday wednesday thursday friday saturday sunday`)

// listGap reports a gap between two dates that only joins them.
func listGap(gap string) bool {
	for _, w := range strings.FieldsFunc(gap, func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == '–' || r == '—' || r == '\n' }) {
		if !listGapWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// listOf reports whether the date b after the date a joins a's list: the
// gap between them only joins them (listGap), and a gap of a preposition
// alone ("at 11:15 a.m. on Friday") joins a date only to a coarser one it
// lies in, not to another: "a loss for the first quarter in April" names the period of
// the loss and the month it was reported.
func listOf(text string, a, b temporal.Timex) bool {
	gap := text[a.End:b.Start]
	if !listGap(gap) {
		return false
	}
	for _, w := range strings.Fields(gap) {
		if !prepGapWords[strings.ToLower(w)] {
			return true
		}
	}
	if strings.TrimSpace(gap) == "" {
		return true
	}
	ra := slices.Index(precisionOrder, timeline.DateOf(a).Precision)
	rb := slices.Index(precisionOrder, timeline.DateOf(b).Precision)
	return ra < 0 || rb < 0 || ra < rb
}

// precisionOrder runs from the finest precision to the coarsest.
var precisionOrder = []timeline.Precision{timeline.PrecisionTime, timeline.PrecisionDay, timeline.PrecisionWeek,
	timeline.PrecisionMonth, timeline.PrecisionSeason, timeline.PrecisionQuarter, timeline.PrecisionHalf,
	timeline.PrecisionYear, timeline.PrecisionDecade, timeline.PrecisionCentury}

// prepGapWords are the list gap words that open a date rather than join
// two.
var prepGapWords = lexSet(`in on again`)

var yearIn = regexp.MustCompile(`\b\d{4}\b`)

// namesYear reports a date expression that names its year, in figures or
// by a word of the year ("April 2018", "April this year", "last year").
func namesYear(expr string) bool {
	return yearIn.MatchString(expr) || strings.Contains(strings.ToLower(expr), "year")
}

// listDates gives the dates of a list that a single kind of happening
// takes. Dates that adjoin ("in February, March and April", "on Thursday
// night and Friday", "2013, 2014 and 2015") or that a range joins ("22
// April - 15 May") are one happening over them, one date whose bounds run
// from the first to the last; dates apart ("erupted in 1980, 2000 and
// 2014", "in October and again in March") are that happening's
// occurrences, a date each; a list with one date inside another is one
// date over it. A date of the list that names no year takes the
// year of the last one when that one names it ("in February, March and
// April 2018").
func listDates(text string, xs []temporal.Timex) []timeline.Date {
	ds := make([]timeline.Date, len(xs))
	for i, x := range xs {
		ds[i] = timeline.DateOf(x)
	}
	last := ds[len(ds)-1]
	if namesYear(last.Expression) && len(last.Start) == 10 {
		year := last.Start[:4]
		for i := range ds[:len(ds)-1] {
			if !namesYear(ds[i].Expression) && len(ds[i].Start) == 10 && len(ds[i].End) == 10 && ds[i].Start[:4] == ds[i].End[:4] {
				ds[i].Start, ds[i].End = year+ds[i].Start[4:], year+ds[i].End[4:]
				if len(ds[i].Value) >= 4 {
					ds[i].Value = year + ds[i].Value[4:]
				}
				if v, err := temporal.ParseValue(ds[i].Value); err == nil {
					if start, end, ok := v.Bounds(); ok {
						ds[i].Start, ds[i].End = start.Format(time.DateOnly), end.Format(time.DateOnly) // February of a leap year
					}
				}
			}
		}
	}
	if nested(ds) {
		// "twice last year, in March and in September": the months tell
		// which parts of the year, one list over it
		return []timeline.Date{spanOf(text, xs, ds)}
	}
	var out []timeline.Date
	from := 0
	for i := 1; i <= len(xs); i++ {
		if i < len(xs) && !apart(text, xs[i-1], xs[i], ds[i-1], ds[i]) {
			continue
		}
		if i-from == 1 {
			out = append(out, ds[from])
		} else {
			out = append(out, spanOf(text, xs[from:i], ds[from:i]))
		}
		from = i
	}
	return out
}

// nested reports dates of a list one of which lies within another.
func nested(ds []timeline.Date) bool {
	for i, a := range ds {
		for _, b := range ds[i+1:] {
			if a.Start <= b.Start && b.End <= a.End || b.Start <= a.Start && a.End <= b.End {
				return true
			}
		}
	}
	return false
}

// apart reports two dates of a list, a then b, that name two occasions:
// only a comma, "and", "again" or "then" (and a preposition) stand between
// them, and b begins later than the day after a ends. A range word ("to",
// "until", a dash) or "or" joins them whatever their distance, and so does
// "and" after "between" ("between 2015 and 2018" is one span).
func apart(text string, a, b temporal.Timex, da, db timeline.Date) bool {
	if betweenRange(text, a, b) {
		return false
	}
	for _, w := range strings.FieldsFunc(text[a.End:b.Start], func(r rune) bool { return r == ' ' || r == ',' || r == '\n' }) {
		if lw := strings.ToLower(w); lw != "and" && lw != "again" && lw != "then" && !prepGapWords[lw] {
			return false
		}
	}
	end, err1 := time.Parse(time.DateOnly, da.End)
	start, err2 := time.Parse(time.DateOnly, db.Start)
	return err1 == nil && err2 == nil && start.After(end.AddDate(0, 0, 1))
}

// betweenRange reports two dates, a then b, that bound one span: "between"
// stands just before a (or before "the years" and such before a) and "and"
// alone between them.
func betweenRange(text string, a, b temporal.Timex) bool {
	if strings.ToLower(strings.TrimSpace(text[a.End:b.Start])) != "and" {
		return false
	}
	before := strings.Fields(strings.ToLower(text[max(0, a.Start-30):a.Start]))
	if len(before) > 0 && a.Start-30 > 0 {
		before = before[1:] // the first may be cut
	}
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		switch strings.Trim(before[k], ",") {
		case "between":
			return true
		case "the", "years", "months", "days", "weeks":
			continue
		}
		return false
	}
	return false
}

// spanOf is one date over dates of a list (listDates) that adjoin: it
// keeps the first one's value and runs from the first to the last.
func spanOf(text string, xs []temporal.Timex, ds []timeline.Date) timeline.Date {
	d := ds[0]
	for _, o := range ds[1:] {
		if o.Start != "" && (d.Start == "" || o.Start < d.Start) {
			d.Start = o.Start
		}
		if o.End > d.End {
			d.End = o.End
		}
	}
	d.Expression = text[xs[0].Start:xs[len(xs)-1].End]
	d.Span = timeline.Span{Start: xs[0].Start, End: xs[len(xs)-1].End}
	if d.Start != "" && d.End != "" {
		d.EDTF = d.Start + "/" + d.End
	}
	d.Explanation = strings.TrimSpace("a list of dates for one happening, " + d.Start + " to " + d.End + "; first date: " + d.Explanation)
	d.Rule = "list"
	return d
}

// forPeriod reports a date after "for" (and an article): the period of a
// figure or a noun ("a loss for the first quarter", "the budget for 2024"),
// not a time of the verb when the verb has another date.
func forPeriod(ws []word, x temporal.Timex) bool {
	k := wordIndexAt(ws, x.Start) - 1
	if k >= 0 && ws[k].is(cDeterminer) {
		k--
	}
	return k >= 0 && ws[k].lower == "for"
}

// periodBound reports a date that bounds a period named before it: "the
// quarter ended Sept. 30", "the three months to June", "the year through
// March".
func periodBound(ws []word, x temporal.Timex) bool {
	k := wordIndexAt(ws, x.Start) - 1
	return k >= 0 && periodBoundWords[ws[k].lower]
}

var periodBoundWords = lexSet(`ended ending to through until till`)

// closedPeriod reads a period of the calendar named by its length and its
// end, the end being the date x: "the three months to June" is the second
// quarter, "the six months ended Dec. 31" the second half. It gives x with
// that value and its span over the whole period; false when x ends no
// period before it, or the period is no calendar quarter or half ("the
// quarter ended Aug. 26", "the nine months to September"). A fiscal year
// ("the year ended Sept. 30") keeps its end day: TimeBank dates what
// happened in it so (wsj_0505, wsj_0376), and the year alone cost more
// anchors there than it gained.
func closedPeriod(text string, ws []word, xs []temporal.Timex, x temporal.Timex) (temporal.Timex, bool) {
	if !periodBound(ws, x) || x.Type != "DATE" {
		return x, false
	}
	k := wordIndexAt(ws, x.Start) - 1 // the bound word
	var length temporal.Timex
	found := false
	for _, y := range xs {
		if y.Type == "DURATION" && y.End <= ws[k].start && (k == 0 || y.End >= ws[k-1].end) {
			length, found = y, true
		}
	}
	if !found {
		return x, false
	}
	prec := x.Value.Precision()
	_, end, ok := x.Value.Bounds()
	if !ok || prec != "day" && prec != "month" {
		return x, false
	}
	if prec == "day" && end.AddDate(0, 0, 1).Day() != 1 {
		return x, false // a fiscal period ends on any day: "the quarter ended Aug. 26"
	}
	y, m := end.Year(), int(end.Month())
	v := ""
	switch length.Value.String() {
	case "P3M":
		if m%3 == 0 {
			v = fmt.Sprintf("%04d-Q%d", y, m/3)
		}
	case "P6M":
		if m%6 == 0 {
			v = fmt.Sprintf("%04d-H%d", y, m/6)
		}
	}
	if v == "" {
		return x, false
	}
	val, err := temporal.ParseValue(v)
	if err != nil {
		return x, false
	}
	out := x
	out.Value, out.Start, out.Text = val, length.Start, text[length.Start:x.End]
	out.Explanation = "a period named by its length (" + length.Value.String() + ") and its end (" + x.Value.String() + "): " + v
	return out, true
}

// listWords gives the occurrences of a list of dates apart that have no
// trigger ("Further stoppages are planned for 5, 7 and 12 February") the
// trigger and the words of happening of the first occurrence (coAnchor
// gives each word to the nearest date, the first of the list, and a
// trigger to its draft alone), so that each occurrence names the same
// happening.
func listWords(drafts []*draft) {
	var first *draft
	for _, d := range drafts {
		switch {
		case d.list.End == 0:
		case first == nil || first.list != d.list:
			first = d
		case d.trig < 0 && len(d.also) == 0:
			d.trig, d.info, d.trigger = first.trig, first.info, first.trigger
			d.also = slices.Clone(first.also)
		}
	}
}
