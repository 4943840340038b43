package extract

import "testing"

// TestClauseTenseDates checks that a date takes the tense of its own clause
// in wire copy, not of a clause joined to it, a noun that looks like a
// timetable verb or a report after it (seedDay is Wed 2022-09-14).
func TestClauseTenseDates(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a decimal figure stays in the clause of its verb",
			text: "Norway's central bank raised its rate by 50 basis points to 2.25 percent on Tuesday, and Sweden's is expected to raise again on 20 September.",
			bad:  "raised 2022-09-20",
			want: "raised 2022-09-13",
		},
		{
			name: "the heads of a body are no timetable verb",
			text: "The mayor returned to the port on Saturday with the heads of the fire service and the coast guard.",
			bad:  "returned 2022-09-17",
			want: "returned 2022-09-10",
		},
		{
			name: "a whose clause keeps its past",
			text: "Okafor, whose party took 14 of the 40 seats on the city council in June, said on Tuesday he would form a coalition.",
			bad:  "2023-06",
			want: "took 2022-06",
		},
		{
			name: "the reported future after a later report is not the clause's",
			text: "Nkosi, whose airline cancelled 200 of its 900 flights to the coast in November, said on Monday it would hire more pilots.",
			bad:  "2022-11",
			want: "cancelled 2021-11",
		},
		{
			name: "an infinitive set off after a noun is still to come",
			text: "The chief executive told reporters that the board had proposed a final payout of 40 cents a share, to be paid on 30 December to shareholders.",
			bad:  "paid 2021-12-30",
			want: "paid 2022-12-30",
		},
		{
			name: "what was likely lies ahead",
			text: "Traders said another cut was likely in November.",
			bad:  "2021-11",
			want: "cut 2022-11",
		},
		{
			name: "a month after a trailing last year and a new clause",
			text: "The port handled 2 million containers last year, and its new terminal opened in March.",
			bad:  "opened 2021-03",
			want: "opened 2022-03",
		},
		{
			name: "a fronted last year still names the year",
			text: "Last year, a drought in March ruined the wheat crop.",
			want: "2021-03",
		},
		{
			name: "a quarter named by its months",
			text: "Exports jumped 12 percent in the April-June quarter.",
			want: "jumped 2022-Q2",
		},
	})
}

// TestFollowingMonth checks that "the following" and a month name counts
// from the date last named, after the whole of a year named alone, and
// that an intervention is a happening.
func TestFollowingMonth(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "after a year",
			text: "Rebels took the northern towns in 2012. French troops intervened the following January.",
			want: "intervened 2013-01",
		},
		{
			name: "after a month",
			text: "The dam was finished in October 2019. It flooded the valley the following April.",
			want: "2020-04",
		},
	})
}

// TestPartOfTodayNextSentence checks that "in the morning" told in the past
// right after a sentence that named the publication day (seedDay, Wed
// 2022-09-14) is that day's morning, as wire copy writes it, and that it
// stays undated when the sentence before named another day.
func TestPartOfTodayNextSentence(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "after the publication day",
			text: "The government said Wednesday it would close the border crossing. Ministers approved the closure at a meeting in the morning.",
			want: "approved 2022-09-14TMO",
		},
		{
			name: "after another day",
			text: "The storm hit the coast on Monday. Ministers approved aid at a meeting in the morning.",
			bad:  "approved 2022-09-14",
		},
	})
}

// TestMarketLower checks that "lower" after a figure or a market's closing
// verb is a comparative, not the verb: the close is the happening.
func TestMarketLower(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "after a percentage",
			text: "The main share index closed 1.2 percent lower on Friday.",
			bad:  "lower",
			want: "closed 2022-09-09",
		},
		{
			name: "the verb stays a verb",
			text: "The central bank will lower its main rate in October.",
			want: "lower 2022-10",
		},
	})
}

// TestSiteModifier checks that an -ing form naming a place by what is done
// there ("landing site") is no happening: the verb of the clause takes the
// date.
func TestSiteModifier(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a launch site",
			text: "The agency moved the probe to its Kourou launching pad on Monday.",
			bad:  "launching",
			want: "moved 2022-09-12",
		},
		{
			name: "a happening in -ing stays",
			text: "The launching of the probe took place on Monday.",
			want: "2022-09-12",
		},
	})
}

// TestChargesGround checks that "on ... charges" after a date is the ground
// of the verb before it, which the date dates.
func TestChargesGround(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "one modifier",
			text: "A court sentenced the former mayor to four and a half years in prison in May on bribery charges.",
			bad:  "charges",
			want: "sentenced 2022-05",
		},
		{
			name: "bare",
			text: "A court sentenced two reporters to seven years in jail on Sunday on charges of espionage.",
			bad:  "charges",
			want: "sentenced 2022-09-11",
		},
	})
}

// TestAppositionOfPhrase checks that a word inside an apposition with an
// "of" phrase ("a critic of the bank's rate rises") takes no date told
// after the apposition: the verb before it does.
func TestAppositionOfPhrase(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "an of phrase in the apposition",
			text: "The president appointed Maria Lenz, an opponent of the fund's fee rises, as its governor in March.",
			bad:  "rises",
			want: "appointed 2022-03",
		},
	})
}

// TestPrepositionAttributive checks that a participle after a preposition
// that describes the noun after it ("from burned houses") takes no date of
// its clause when the clause's verb of happening stands before it.
func TestPrepositionAttributive(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "a caption's date at its end",
			text: "Patients are evacuated by ambulance from flooded wards in the east wing of Nadi hospital, Monday, Sept. 12, 2022.",
			bad:  "flooded",
			want: "evacuated 2022-09-12",
		},
	})
}

// TestFailureNoun checks that a failure with its own dates is a happening:
// "after failures on 2 March and 9 June" dates the failures.
func TestFailureNoun(t *testing.T) {
	runDatedCases(t, []datedCase{
		{
			name: "failures with dates",
			text: "It was the rocket's third flight this year, after failures on 2 March and 9 June.",
			want: "failures 2022-03-02",
		},
	})
}
