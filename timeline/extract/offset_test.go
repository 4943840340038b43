package extract

import "testing"

// TestOffsetHappenings checks that a clause of time counted from a dated
// happening ("two days after polls closed") takes the day it counts to,
// and that a noun after "after", a date of a month or a span in months
// date nothing (seedDay, Wed 2022-09-14).
func TestOffsetHappenings(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "days after a clause",
			text: "The ferry reached Tromso on Monday, three days after it sailed from Bergen.",
			want: "sailed 2022-09-09",
		},
		{
			name: "the happening counted from keeps its day",
			text: "The ferry reached Tromso on Monday, three days after it sailed from Bergen.",
			want: "reached 2022-09-12",
		},
		{
			name: "a week before a clause in the passive",
			text: "The minister resigned on September 1, a week before the report was published.",
			want: "published 2022-09-08",
		},
		// negative: a noun of happening, a month, a span of months
		{
			name: "after a noun",
			text: "The ferry reached Tromso on Monday, three days after the storm.",
			bad:  "storm 2022-09-09",
		},
		{
			name: "a length of time after for",
			text: "Guests were kept in the hotel on Monday for a week after a tourist tested positive.",
			bad:  "tested 2022-09-05",
		},
		{
			name: "counted from another happening than the dated one",
			text: "The court heard on Monday from a nurse who said she had phoned the doctor two days before he died.",
			bad:  "died 2022-09-10",
		},
		{
			name: "counted from a month",
			text: "The minister resigned in March, two days after he was questioned.",
			bad:  "questioned 2022-03",
		},
	})
}
