package extract

import "testing"

// TestSecondDate checks that a verb left out after "and" before a second
// phrase with its own date ("on Friday and in Asia in June") makes a
// second event of that verb on the second date, with the second phrase in
// its headline; a clause of its own, a span, a day list or a noun's
// periods between or around the dates do not (seedDay, Wed 2022-09-14).
func TestSecondDate(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a place and a date",
			text: "The company said the new model will reach shops in Europe on Friday and in Asia in June.",
			want: "reach 2023-06",
		},
		{
			name: "figures and months",
			text: "Sales rose 3 percent in March and 5 percent in April.",
			want: "rose 2022-04",
		},
		{
			name: "a verb of its own",
			text: "Margaret Hollis fell from a window on 14 May 2018 and died in hospital nine days later.",
			bad:  "fell 2018-05-23",
		},
		{
			name: "a span from a date",
			text: "Two new flights will leave Bombay on Monday and Tuesday nights from March 30.",
			bad:  "leave 2023-03-30",
		},
		{
			name: "a noun's periods",
			text: "The strike will mean lower earnings for the second half of 2022 and for 2023.",
			bad:  "mean 2023",
		},
	})
}

// TestSecondDateHeadline checks that the second event's headline tells
// the second phrase, not the first.
func TestSecondDateHeadline(t *testing.T) {
	x := newExtractor(t)
	text := "The band played in Paris on Friday and in Berlin on Saturday."
	titles := map[string]string{}
	for _, e := range extractSeed(t, x, text) {
		titles[e.Date.Value] = e.Title
	}
	if got, want := titles["2022-09-10"], "The band plays in Berlin"; got != want {
		t.Errorf("Extract(%q) headline on 2022-09-10 = %q, want %q (all: %v)", text, got, want, titles)
	}
}
