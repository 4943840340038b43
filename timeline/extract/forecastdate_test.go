package extract

import "testing"

// TestForecastDate checks that a date in the object of a verb of forecast
// that opens a clause of its own after a comma dates no happening before
// the comma: the present perfect there is the news of the publication day
// (seedDay, Wed 2022-09-14). A forecast's own date, "as expected" and a
// verb between the forecast and its date are left to the other rules.
func TestForecastDate(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "the forecast's date after a comma",
			text: "Firefighters have contained about a third of the blaze, but forecasters expect temperatures above 40 degrees on Friday.",
			bad:  "contained 2022-09-16",
			want: "contained 2022-09-14",
		},
		{
			name: "a prediction after a past",
			text: "The river rose by two metres overnight, and officials predict more rain on Saturday.",
			bad:  "rose 2022-09-17",
		},
		{
			name: "the forecast's own date",
			text: "The ruling will not stand, Cuba predicted Monday.",
			want: "2022-09-12",
		},
		{
			name: "a forecast told after that",
			text: "The flood agency predicted that the river would crest at Vidin on Saturday.",
			want: "crest 2022-09-17",
		},
		{
			name: "as expected compares",
			text: "The central bank raised its rate, as expected, on Tuesday.",
			want: "raised 2022-09-13",
		},
	})
}

// TestThreatObject checks that a date after the object of a verb of threat
// or promise in the present perfect dates what is threatened or promised,
// ahead of the publication day (seedDay, 2022-09-14), not the threat,
// which is the publication day's news.
func TestThreatObject(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a noun of happening",
			text: "The rebels have promised a new offensive in May.",
			bad:  "promised 2023-05",
			want: "offensive 2023-05",
		},
		{
			name: "no noun of happening",
			text: "The strike is due to end on Thursday night, but the union has threatened further action in November.",
			bad:  "threatened 2022-11",
			want: "threatened 2022-09-14",
		},
		{
			name: "the promise is the day's",
			text: "The rebels have promised a new offensive in May.",
			want: "promised 2022-09-14",
		},
		{
			name: "the simple past may be dated",
			text: "The union threatened a strike in May.",
			want: "2022-05",
		},
	})
}
