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
// apposition, "that night" after it, "that year" after a month, an
// anniversary's day, and a weekday of last week.
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
			name: "an anniversary's day",
			text: "Thirty years ago on Sunday, the army closed the border crossing at Karsa.",
			want: "closed 1992-09-11",
		},
		{
			name: "Monday last week",
			text: "The inquiry, which opened on Monday last week, has heard from forty witnesses.",
			want: "opened 2022-09-05",
			bad:  "opened 2022-09-12",
		},
	})
}

// TestFindingAndAttributive checks two ways a date lost its happening in a
// retold sequence (seedDay, Wed 2022-09-14): a verb of finding before
// "that" leaves the date to the verb of what was found, and a participle
// between an article's adjective and its noun ("an empty, abandoned
// warehouse") is
// no verb.
func TestFindingAndAttributive(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "heard that",
			text: "The tribunal heard that on the night of 4 March 2020 the guard, who was alone, opened the gate.",
			want: "opened 2020-03-04",
			bad:  "heard 2020-03-04",
		},
		{
			name: "found that",
			text: "Auditors found that in June 2019 the treasurer moved the funds to a private account.",
			want: "moved 2019-06",
			bad:  "found 2019-06",
		},
		{
			name: "an adjective and a comma before the participle",
			text: "Fire broke out in an empty, abandoned warehouse at about 6 am on 3 May 2021.",
			want: "broke 2021-05-03",
			bad:  "abandoned",
		},
		// negative: a date before "that" is the finding's own
		{
			name: "the finding's date",
			text: "The panel found on Monday that the guard had opened the gate.",
			want: "found 2022-09-12",
		},
	})
}

// TestNegatedAfterBut checks that a date whose own clause has no happening
// it can take does not pass to a negated verb in a clause of its own after
// ", but": what did not happen took no day (seedDay, Wed 2022-09-14).
func TestNegatedAfterBut(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a saying, then what was not done",
			text: "On the evening of 6 September, a neighbour reported smoke in the stairwell, but no alarm was raised.",
			bad:  "raised",
		},
		// negative: the date's own verb keeps it, and a negated verb in
		// the date's own clause is still dated
		{
			name: "the date's own verb",
			text: "On Monday police searched the flat, but no weapon was found.",
			want: "searched 2022-09-12",
		},
		{
			name: "negated in its own clause",
			text: "The ferry did not sail on Monday because of the storm.",
			want: "sail 2022-09-12",
		},
	})
}

// TestWhenClauseMain checks that the main clause after an opening "When"
// clause with a date happened in that time, unless it has a date of its own
// or looks ahead (seedDay, Wed 2022-09-14).
func TestWhenClauseMain(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "the main verb in the past",
			text: "When floods cut the coast road in March 2019, the village built a ferry landing.",
			want: "built 2019-03",
		},
		{
			name: "its own date",
			text: "When floods cut the coast road in March 2019, the village built a ferry landing in 2021.",
			bad:  "built 2019-03",
		},
		{
			name: "the future",
			text: "When the new bridge opens on 1 December, the ferry will stop running.",
			bad:  "stop 2022-12-01",
		},
	})
}

// TestPrizeCategory checks that a superlative naming a prize's category
// ("for best film") is no frame of a record: the date is the award's
// (seedDay, Wed 2022-09-14).
func TestPrizeCategory(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a prize's category",
			text: "She won the critics' prize for best screenplay in 2008.",
			want: "won 2008",
		},
		// negative: a record's frame dates nothing
		{
			name: "a record's frame",
			text: "The river reached its highest level for August on Tuesday.",
			want: "reached 2022-09-13",
			bad:  "2022-08",
		},
	})
}

// TestBirthDate checks that the date after "was born" is the birth's, even
// when the sentence goes on with other happenings, and not the next verb's
// (seedDay, Wed 2022-09-14).
func TestBirthDate(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a later verb with a date of its own",
			text: "He was born in 1952 in Tromsø, where his mother taught music, and emigrated to Canada in 1974, after his brother was jailed.",
			want: "born 1952",
		},
		{
			name: "a joined verb without one",
			text: "She was born in 1948 in a fishing village, the daughter of a boat builder, and learned to sail from her uncles.",
			want: "born 1948",
			bad:  "learned 1948",
		},
	})
}

// TestContactRelative checks that a date closing a relative clause with no
// relative pronoun ("the house they built in 1990") is that clause's, not
// the main verb's right after it; a noun the date modifies keeps it
// (seedDay, Wed 2022-09-14).
func TestContactRelative(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "the relative clause's year",
			text: "The bridge they opened in 1998 collapsed under a lorry.",
			want: "opened 1998",
			bad:  "collapsed 1998",
		},
		{
			name: "a noun the date modifies",
			text: "The terms he had refused at talks after the May 2001 truce were accepted by his successor.",
			bad:  "refused 2001",
		},
	})
}

// TestSaidThatEvening checks that "that evening" after a verb of saying
// dates the saying: its "that" opens the date, not what is said (seedDay,
// Wed 2022-09-14).
func TestSaidThatEvening(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "that evening",
			text: "The club beat Leeds on Tuesday. Its manager said that evening that the squad would rest.",
			want: "said 2022-09-13",
			bad:  "rest 2022-09-13",
		},
		// negative: "that" opening what is said leaves its date to it
		{
			name: "that opening the clause",
			text: "The manager said that on Tuesday the squad had rested.",
			bad:  "said 2022-09-13",
		},
	})
}

// TestParticipleAfterAnd checks that a participle after "and" is a verb
// of its own, not a second date of the verb before (seedDay, Wed
// 2022-09-14).
func TestParticipleAfterAnd(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a participle of its own after and",
			text: "Rebels shelled the port in August, destroying two cranes on 20 August and sinking a tug four days later.",
			want: "destroying 2022-08-20",
			bad:  "destroying 2022-08-24",
		},
	})
}

// TestOccurrenceSubject checks that a verb that only says its subject took
// place ("came", "happened") leaves the trigger to that subject, but not in
// a phrase of its own ("came to power") (seedDay, Wed 2022-09-14).
func TestOccurrenceSubject(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "the blast happened",
			text: "The blast happened at 4 am on Monday in the old town.",
			want: "blast 2022-09-12",
		},
		{
			name: "came to power",
			text: "The junta came to power in 2019.",
			want: "came 2019",
		},
	})
}

// TestNounOfDate checks that a date after "of" names which happening a
// noun after a preposition of time is ("until the coup of November 1968"):
// the noun's own date, not the verb's it is set against; within the
// happening ("during") the verb keeps it (seedDay, Wed 2022-09-14).
func TestNounOfDate(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "until the referendum of",
			text: "The council met monthly until the referendum of March 1984.",
			want: "referendum 1984-03",
			bad:  "met 1984-03",
		},
		{
			name: "during",
			text: "Troops seized the airport during the invasion of March 2003.",
			want: "seized 2003-03",
		},
	})
}

// TestSpeakerBackground checks that a past told in a relative clause about
// the speaker or a place ("who lost her son in the flood", "where roads
// were cut") is background, not news of the publication day, though a verb
// of saying stands in the sentence (seedDay, Wed 2022-09-14).
func TestSpeakerBackground(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "who",
			text: "Maria Lenz, who lost her son in the flood, said the dykes were too low.",
			bad:  "lost 2022-09-14",
		},
		{
			name: "where",
			text: "The levees held, said a farmer from Ostrava, where roads were flooded for days.",
			bad:  "flooded 2022-09-14",
			want: "held 2022-09-14",
		},
		// negative: what the saying reports is the day's news
		{
			name: "reported",
			text: "The army evacuated 12,000 people, the minister said.",
			want: "evacuated 2022-09-14",
		},
	})
}

// TestAndClauseAfterRelative checks that a clause joined by ", and" after
// a relative clause's date does not take that date: it goes on from the
// main clause (seedDay, Wed 2022-09-14).
func TestAndClauseAfterRelative(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "after a relative clause",
			text: "In January the club signed the Brazilian defender Lia Costa, who had been released by a team in Lisbon in December, and she scored eight goals in the second half of the season.",
			want: "released 2021-12",
			bad:  "scored 2021-12",
		},
	})
}

// TestSecondVerbAfterFrontedDate checks that the second of two verbs joined
// by "and" takes a date told just before the first ("On Sunday the
// minister visited the area and promised aid") as it takes one after it
// (seedDay, Wed 2022-09-14).
func TestSecondVerbAfterFrontedDate(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a fronted day",
			text: "On Monday the governor toured the camp and pledged new tents.",
			want: "pledged 2022-09-12",
		},
	})
}
