package extract

import "testing"

// TestDatedNoun checks that a date before a noun of happening, as an
// adjective would stand ("the March ruling", "the 2009 killings"), dates
// that noun: the noun is a happening of its own date, and another date of
// the clause is the verb's (seedDay, Wed 2022-09-14).
func TestDatedNoun(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a month before the object's noun",
			text: "The company will challenge the March ruling at the Supreme Court in November.",
			want: "challenge 2022-11",
		},
		{
			name: "the noun keeps its own month",
			text: "The union will contest the May dismissals before a tribunal in December.",
			bad:  "dismissals 2022-12",
		},
		{
			name: "a year before a plural that could be a verb",
			text: "She was jailed in 2015 for the 2009 attacks on three guards.",
			want: "attacks 2009",
		},
		{
			name: "the verb keeps its year",
			text: "She was jailed in 2015 for the 2009 attacks on three guards.",
			want: "jailed 2015",
		},
		{
			name: "after a possessive",
			text: "They were honoured in 2020 for the team's 2004 rescues of stranded climbers.",
			want: "rescues 2004",
		},
	})
}

// TestNamedDate checks that a date a verb of naming makes into something
// ("declared 3 October 2022 a day of mourning") dates that thing, not the
// naming; a date after the verb of a passive or before a clause is still
// the verb's (seedDay, Wed 2022-09-14).
func TestNamedDate(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a day made an occasion",
			text: "The governor declared 3 October 2022 a day of mourning for the miners.",
			want: "mourning 2022-10-03",
		},
		{
			name: "not the declaring's",
			text: "The governor declared 3 October 2022 a day of mourning for the miners.",
			bad:  "declared 2022-10-03",
		},
		{
			name: "a noun outside the lexicon",
			text: "The cabinet declared Friday 30 September 2022 a national holiday.",
			want: "holiday 2022-09-30",
		},
		{
			name: "as before the noun",
			text: "The council named 20 May 2023 as the date of the referendum.",
			bad:  "named 2023-05-20",
		},
		{
			name: "a passive",
			text: "Ana Costa was named today as the new coach of the national team.",
			want: "named 2022-09-14",
		},
		{
			name: "a clause after the date",
			text: "The minister declared Monday that the strike was over.",
			want: "declared 2022-09-12",
		},
	})
}

// TestCounterfactualObject checks that a noun of happening that a
// counterfactual verb would have brought about ("would have meant an
// election in December") is no event of its date, while the object of a
// verb that would have kept it from happening is (seedDay, Wed 2022-09-14).
func TestCounterfactualObject(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "what would have followed",
			text: "The minister had planned to call the vote in October, which would have meant an election in late December.",
			bad:  "election",
		},
		{
			name: "the plan keeps its date",
			text: "The minister had planned to call the vote in October, which would have meant an election in late December.",
			want: "vote 2022-10",
		},
		{
			name: "what could have been prevented did happen",
			text: "An earlier warning could have prevented the flood in March.",
			want: "flood 2022-03",
		},
	})
}

// TestNestedDate checks that a day followed by the week that holds it
// ("for Sunday mass this week") dates the happening by the day, the week
// only saying which one; a period before its bounding day keeps the
// period (seedDay, Wed 2022-09-14).
func TestNestedDate(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a day, then its week",
			text: "Pilgrims crowded into the cathedral for Monday mass this week after its reopening.",
			want: "crowded 2022-09-12",
		},
		{
			name: "not the week",
			text: "Pilgrims crowded into the cathedral for Monday mass this week after its reopening.",
			bad:  "crowded 2022-W37",
		},
	})
}
