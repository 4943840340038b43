package extract

import "testing"

// TestRelativeDateBeforeDatedVerb checks that a date closing a relative
// clause right before the main verb is the relative clause's when the main
// verb has a date of its own right after it (seedDay, Wed 2022-09-14).
func TestRelativeDateBeforeDatedVerb(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "the relative clause's month",
			text: "A review of the flood that swamped the valley last March reported on Tuesday that warnings came too late.",
			want: "swamped 2022-03",
			bad:  "reported 2022-03",
		},
		{
			name: "the main verb's day",
			text: "A review of the flood that swamped the valley last March reported on Tuesday that warnings came too late.",
			want: "reported 2022-09-13",
		},
	})
}

// TestNarrativeDays checks the dates of happenings told day by day in a
// story of an earlier time (seedDay, Wed 2022-09-14): a day without a year
// that the simple past puts before the publication date, a weekday told in
// apposition, "that night" after it, "that year" after a month, and a
// weekday of last week.
func TestNarrativeDays(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a day gone by, days after the publication date",
			text: "On the morning of 20 September, a lorry driver called the fire brigade from the tunnel.",
			want: "called 2021-09-20",
			bad:  "called 2022-09-20",
		},
		{
			name: "a weekday in apposition, then that night",
			text: "The ferry left port on 2 September, a Thursday. That night it struck a reef.",
			want: "struck 2021-09-02",
			bad:  "2022-09-08",
		},
		{
			name: "that year",
			text: "The plant opened in March 2015, and in October that year the company sold its warehouse.",
			want: "sold 2015-10",
			bad:  "sold 2021-10",
		},
		{
			name: "Monday last week",
			text: "The inquiry, which opened on Monday last week, has heard from forty witnesses.",
			want: "opened 2022-09-05",
			bad:  "opened 2022-09-12",
		},
	})
}
