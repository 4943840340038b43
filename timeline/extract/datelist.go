package extract

import (
	"regexp"
	"strings"

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

var yearIn = regexp.MustCompile(`\b\d{4}\b`)

// listDate is one date over the dates of a list that a single happening
// takes: its bounds run from the first to the last. A date of the list
// that names no year takes the year of the last one when that one names
// it ("in February, March and April 2018").
func listDate(text string, xs []temporal.Timex) timeline.Date {
	ds := make([]timeline.Date, len(xs))
	for i, x := range xs {
		ds[i] = timeline.DateOf(x)
	}
	last := ds[len(ds)-1]
	if yearIn.MatchString(last.Expression) && len(last.Start) == 10 {
		year := last.Start[:4]
		for i := range ds[:len(ds)-1] {
			if !yearIn.MatchString(ds[i].Expression) && len(ds[i].Start) == 10 && len(ds[i].End) == 10 && ds[i].Start[:4] == ds[i].End[:4] {
				ds[i].Start, ds[i].End = year+ds[i].Start[4:], year+ds[i].End[4:]
				if len(ds[i].Value) >= 4 {
					ds[i].Value = year + ds[i].Value[4:]
				}
			}
		}
	}
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
