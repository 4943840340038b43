package extract

import (
	"slices"
	"testing"
)

// TestListOfOccasions checks that a list of dates apart makes an event of
// each date, with the same headline and none of the list in it, while
// dates that adjoin, a range, and months inside a year make one event over
// the list (seedDay, Wed 2022-09-14).
func TestListOfOccasions(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // value: headline
	}{
		{
			name: "years apart",
			text: "The Taal volcano erupted in 1965, 1977 and 2020, the observatory said.",
			want: []string{"1965: The Taal volcano erupts", "1977: The Taal volcano erupts", "2020: The Taal volcano erupts"},
		},
		{
			name: "again",
			text: "The village flooded in October 2019 and again in March 2021.",
			want: []string{"2019-10: The village floods", "2021-03: The village floods"},
		},
		{
			name: "months that adjoin, a year named after them",
			text: "Inspectors visited the refinery in January, February and March this year.",
			want: []string{"2022-01: Inspectors visit the refinery"},
		},
		{
			name: "a range",
			text: "The exhibition ran from 3 May to 28 August 2021.",
			want: []string{"2021-05-03: The exhibition runs"},
		},
		{
			name: "days apart before one month, a noun of happening as subject",
			text: "More stoppages are planned for 3, 9 and 14 March.",
			want: []string{"2023-03-03: More stoppages", "2023-03-09: More stoppages", "2023-03-14: More stoppages"},
		},
		{
			name: "between one year and another",
			text: "The charity spent about 4 million on new wells between 2016 and 2019.",
			want: []string{"2016: The charity spends about 4 million"},
		},
		{
			name: "between two years, opening the sentence",
			text: "Between 1988 and 1991 some 30 bridges were repaired along the coast road.",
			want: []string{"1988: Some 30 bridges repaired"},
		},
		{
			name: "months inside their year",
			text: "The council raised parking fees twice last year, in February and in October.",
			want: []string{"2021: The council raises parking fees twice"},
		},
	}
	x := newExtractor(t)
	for _, c := range cases {
		var got []string
		for _, e := range extractSeed(t, x, c.text) {
			got = append(got, e.Date.Value+": "+e.Title)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: Extract(%q) = %q, want %q", c.name, c.text, got, c.want)
		}
	}
}

// TestListDatesLeapYear checks that a month that takes its year from the
// end of the list gets that year's bounds: February of 2024 has 29 days,
// so it adjoins March.
func TestListDatesLeapYear(t *testing.T) {
	x := newExtractor(t)
	text := "Inspectors visited the refinery in February and March 2024."
	evs := extractSeed(t, x, text)
	if len(evs) != 1 || evs[0].Date.Start != "2024-02-01" || evs[0].Date.End != "2024-03-31" {
		t.Fatalf("Extract(%q) = %+v, want one event over 2024-02-01..2024-03-31", text, evs)
	}
}
