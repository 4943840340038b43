package timeline

import "storyline/timeline/temporal"

// DateOf fills a Date from a temporal expression. Bounds are inclusive civil
// dates; an open side (mod BEFORE, AFTER) stays empty, and so does a side
// before the year 1 ("the fourth century BC"): the bounds are sortable
// YYYY-MM-DD text, which has no year before 0001, so such a date keeps its
// value and label but draws on no timeline.
func DateOf(x temporal.Timex) Date {
	d := Date{
		Value: x.Value.String(), Type: x.Type, Mod: x.Mod, Precision: Precision(x.Value.Precision()),
		EDTF: temporal.EDTF(x.Value, x.Mod), Expression: x.Text, Span: Span{x.Start, x.End},
		Explanation: x.Explanation, Rule: x.Rule, Anchor: x.Anchor, Tense: x.Tense,
	}
	if start, end, ok := x.Value.Bounds(); ok {
		if start.Year() >= 1 {
			d.Start = start.Format("2006-01-02")
		}
		if end.Year() >= 1 {
			d.End = end.Format("2006-01-02")
		}
		switch x.Mod {
		case "BEFORE", "ON_OR_BEFORE":
			d.Start = ""
		case "AFTER", "ON_OR_AFTER":
			d.End = ""
		}
	}
	return d
}
