package extract

import (
	"testing"
	"time"

	"storyline/timeline"
)

// TestSayingDates covers the dates of a sentence that reports speech: each
// date goes to its own clause. A date that opens the sentence frames the
// saying when what is said carries a date of its own; a saying keeps its own
// date when the sentence's other dates lie in a clause that frames it, not
// in what it reports; the date between a
// saying and its "that" is the saying's, in the past, whatever the tense of
// what is said; the "to" date of a verb that moves a happening is the new
// time of what is moved, not the move's. Each case is one sentence published
// on a Thursday; want lists every event as "date title".
func TestSayingDates(t *testing.T) {
	thu := time.Date(2019, 11, 7, 0, 0, 0, 0, time.UTC)
	tests := []titleCase{
		{"an opening date frames the saying when what is said has its own",
			"Last month, the U.S. said it had sought to engage North Korea in mid-February.",
			[]string{"2019-02 U.S. seeks to engage North Korea", "2019-10 U.S. says it had sought to engage North Korea in mid-February"}},
		{"and so before a past happening of another day",
			"On Wednesday, officials said the plant was closed on Tuesday.",
			[]string{"2019-11-05 Plant closed", "2019-11-06 Officials say the plant was closed"}},
		{"a year that opens the sentence is the saying's",
			"In 2010, he said he had visited Iraq in 2005.",
			[]string{"2005 He visits Iraq", "2010 He says he had visited Iraq in 2005"}},
		{"a plan said with its own date is the plan: the saying would only repeat it",
			"Last week, officials said the meeting would be held next month.",
			[]string{"2019-12 Meeting to be held"}},
		{"an opening date dates what is said that has none of its own",
			"Last month, the U.S. said it had sought to engage North Korea.",
			[]string{"2019-10 U.S. seeks to engage North Korea"}},
		{"a date before the saying's that is the saying's, in the past",
			"Kim said in a radio interview Wednesday that the minister will leave.",
			[]string{"2019-11-06 Kim says the minister will leave"}},
		{"a date of a clause that frames the saying leaves the saying its own",
			"Hoping to keep the spaceships on track for a 2025 debut, NASA said earlier this week it had decided to build only one capsule.",
			[]string{"2019-W45 NASA says it had decided to build only one capsule", "2025 To keep the spaceships on track for a debut"}}, // the 2025 happening is the debut
		{"a saying that closes the sentence is the attribution of what is dated before it",
			"Kim will leave on Nov. 17 for a five-day trip, ministry spokesman Lee Sang-min said in a radio interview Wednesday.",
			[]string{"2019-11-17 Kim leaves for five-day trip"}},
		{"and so with a clause of its own after it",
			"Greek savers have withdrawn about 2 billion euros from their bank accounts this week, two banking sources said on Thursday, as talks between Athens and its creditors dragged on without a deal.",
			[]string{"2019-W45 Greek savers withdraw about 2 billion euros"}},
		{"a delay's new time is not the delay's",
			"Aircraft maker Corvane Aerospace said on Tuesday that the first deliveries of its C900 double-deck airliner will slip by another year, to late 2008.",
			[]string{"2019-11-05 Corvane Aerospace says the first deliveries of its C900 double-deck airliner will slip"}},
		{"the new time dates the happening moved",
			"The agency moved the meeting to Friday.",
			[]string{"2019-11-08 The agency moved the meeting"}},
		{"an occasion that opens the sentence dates the doing of the main clause",
			"At a news conference on Friday, the minister announced new sanctions.",
			[]string{"2019-11-01 The minister announces new sanctions"}},
		{"and the saying of a forecast, which is no happening",
			"At a rally on Friday, the leader said taxes would fall.",
			[]string{"2019-11-01 The leader says taxes would fall"}},
		{"a move to a place is no rescheduling",
			"He moved to Paris in 2005.",
			[]string{"2005 He moves to Paris"}},
	}
	runTitleCases(t, thu, tests)
}

// TestSayingInPresentNoStatement: a verb of saying in the present with a
// time beside it is no statement of a day ("with reports and reaction from
// the big games at 5.30 pm" in a listing, "adds share price" in an editor's
// note): it keeps no date of its own next to the sentence's other dates.
func TestSayingInPresentNoStatement(t *testing.T) {
	thu := time.Date(2019, 11, 7, 0, 0, 0, 0, time.UTC)
	x := newExtractor(t)
	for _, text := range []string{
		"At 5pm, Mark presents Sports Report, restored to a full hour, with reports and reaction from the big games at 5.30 pm.",
		"Hoping to keep the spaceships on track for a 2025 debut, NASA says this week it has decided to build only one capsule.",
	} {
		events, err := x.Extract([]timeline.Document{{ID: 1, Text: text, Published: thu}})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range events {
			if e.Trigger == "reports" || e.Trigger == "says" {
				t.Errorf("Extract(%q) has the saying %q dated %s, want none", text, e.Title, e.Date.Value)
			}
		}
	}
}

// TestSayingPossessiveSubject: a date in the possessive right after a verb
// of saying opens the subject of the clause said; it dates that thing
// (Sunday's defeat, Tuesday's flooding), never the saying (the saying was
// dated Sunday before). After a verb that is no saying, or before a noun
// with no verb after it, the date stays the doing's.
func TestSayingPossessiveSubject(t *testing.T) {
	thu := time.Date(2019, 11, 7, 0, 0, 0, 0, time.UTC)
	runTitleCases(t, thu, []titleCase{
		{"right after the saying",
			"The coach said Sunday's defeat was a lesson for the whole squad.",
			[]string{"2019-11-03 The coach says defeat was a lesson for the whole squad"}},
		{"after the saying's that",
			"The mayor said that Tuesday's flooding had closed four schools.",
			[]string{"2019-11-05 The mayor says flooding had closed four schools"}},
		{"a verb that is no saying keeps the date",
			"The minister issued Monday's ruling.",
			[]string{"2019-11-04 The minister issued ruling"}},
		{"a saying of a thing with no verb after it keeps the date",
			"The firm announced Monday's price cuts.",
			[]string{"2019-11-04 The firm announces price cuts"}},
	})
}

// TestSayingClosingAfterOpeningDate: a date that opens a sentence which a
// saying closes after a comma frames what is said, whatever its verb, not
// the saying ("As of March, the fund holds 40% of the bonds, a regulator
// said"), and a verb of the lexicon there takes it.
func TestSayingClosingAfterOpeningDate(t *testing.T) {
	runDatedCases(t, []datedCase{
		{name: "as of a month, a present verb outside the lexicon", text: "As of March, the fund holds 40 percent of the bonds, a regulator said.", bad: "said"},
		{name: "on a day, a present verb outside the lexicon", text: "On Monday, the index stands at 120 points, analysts said.", bad: "said"},
		{name: "a verb of the lexicon before the saying", text: "On Monday, the regulator announced a review of the fund, officials said.", want: "announced 2022-09-12"},
	})
}

// TestSayingOccasionBeforeThat: a date after the occasion of a saying and
// before its "that" is the saying's, even when a modal follows in what is
// said ("said in an interview on Tuesday that she would resign"); the
// future said is no happening of that day, and the interview no event of
// its own.
func TestSayingOccasionBeforeThat(t *testing.T) {
	thu := time.Date(2019, 11, 7, 0, 0, 0, 0, time.UTC)
	runTitleCases(t, thu, []titleCase{
		{"a modal after that", "The mayor said in an interview on Tuesday that she would resign.",
			[]string{"2019-11-05 The mayor says she would resign"}},
		{"will after that", "The coach said at a news conference on Monday that the team will appeal.",
			[]string{"2019-11-04 The coach says the team will appeal"}},
	})
}

// TestSayingBeforeDeadline: a saying whose reported happening is only a
// deadline still to come ("before the end of the year") is the news of its
// own date; a reported happening of a day still takes it over.
func TestSayingBeforeDeadline(t *testing.T) {
	runBriefCases(t, []briefCase{
		{
			"a deadline is no happening: the saying stays",
			[]string{"The mining company said in July that it hoped to reopen the pit before the end of the year."},
			[]brief{{"2022-07", "said", "", 1}},
		},
		{
			"but a reported day takes the saying's place",
			[]string{"The mining company said in July that it would reopen the pit on 3 October."},
			[]brief{{"2022-10-03", "reopen", "", 1}},
		},
	})
}
