package extract

import "testing"

// TestOffsetHappenings checks that a clause of time counted from a dated
// happening ("two days after polls closed") takes the date it counts to,
// with the precision of the span, that an indefinite noun of happening
// after "after" takes it too, and that a definite noun or a base coarser
// than the span date nothing (seedDay, Wed 2022-09-14).
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
		{
			name: "months after a clause give a month",
			text: "The premier lost a confidence vote on Tuesday, eight months after he formed a coalition with two small parties.",
			want: "formed 2022-01",
		},
		{
			name: "years after an indefinite noun give a year",
			text: "Building work began in 2015, four years after a referendum on the plan, and stopped in 2018.",
			want: "referendum 2011",
		},
		{
			name: "a participle after a preposition is no verb of the clause",
			text: "Dockers were locked out on 9 March, two days after talks over automated cranes broke down.",
			want: "broke 2022-03-07",
		},
		// negative: a definite noun of happening, a base coarser than the span
		{
			name: "nearly months after: no month",
			text: "The inspectors resumed work on Friday, nearly two months after their team was blocked.",
			bad:  "blocked 2022-07",
		},
		{
			name: "months after a year",
			text: "The plant closed in 2019, six months after the owners were fined.",
			bad:  "fined 2018",
		},
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

// TestDateByOffset checks that a span counted from a happening the text told
// with its date ("four days after the sinking") dates its clause, and that a
// happening told at a coarser precision than the span dates nothing
// (seedDay, Wed 2022-09-14).
func TestDateByOffset(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "days after a happening told with its day",
			text: "The plane crashed near the airport on 23 April. Divers recovered the recorder four days after the crash.",
			want: "recovered 2022-04-27",
		},
		{
			name: "days before it",
			text: "The plane crashed near the airport on 23 April. Engineers had inspected the engine three days before the crash.",
			want: "inspected 2022-04-20",
		},
		{
			name: "days after a happening told with its month",
			text: "The plane crashed near the airport in April. Divers recovered the recorder four days after the crash.",
			bad:  "recovered 2022-04",
		},
	})
}
