package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"storyline/timeline"
)

// TestDateOwners covers which happening of a sentence a date belongs to:
// the base of a comparison dates none, a clause of time after a date takes
// it (after the base of a change too), each of two coordinated verbs keeps
// its own date, and a verb's object is no verb. Each case is published on
// Tuesday 3 March 2020; want lists every event as "date trigger: title", or
// "date trigger" where the title is not the point.
func TestDateOwners(t *testing.T) {
	tue := time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the base of a change after up dates nothing",
			"Turnout was 71 percent, up from 64 percent in 2021.", nil},
		{"a clause of time after the base of a change after up tells what happened then",
			"Attendance was 30,000, up from 21,000 in 2016, when the club last reached the final.",
			[]string{"2016 reached"}},
		{"the base of a change after down from dates nothing",
			"Unemployment was 5 percent, down from 6 percent in 2018. It has confirmed 236 cases, up from 148 yesterday.",
			[]string{"2020-03-03 confirmed: It confirms 236 cases"}},
		{"after a verb and its new figure the date is the change's",
			"The WHO hiked its alert level to 5 from 3 last week.",
			[]string{"2020-W09 hiked: The WHO hikes its alert level to 5"}},
		{"a period after on and a figure is the base",
			"Sales were up 5% on last year. Prices rose 2 percent on the previous quarter.", nil},
		{"an adjective after the preposition to is no verb",
			"Peru reopened its museums to foreign visitors on Monday.",
			[]string{"2020-03-02 reopened"}},
		{"a noun after without is a manner, no happening",
			"The ferry carried passengers without charge from 3 to 9 February.",
			[]string{"2020-02-03 carried"}},
		{"the opposition names parties, no happening",
			"The premier struck a deal with two opposition parties last week.",
			[]string{"2020-W09 struck"}},
		{"a day after on and a figure is the change's",
			"The index fell 3% on Monday.",
			[]string{"2020-03-02 fell: The index falls 3%"}},
		{"a light verb in a relative clause without that, its object the noun before it",
			"The blood sample she gave on 2 February was later found to be clean.",
			[]string{"2020-02-02 gave"}},
		{"a light verb that puts its object in a state: the taking, not its subject",
			"A power surge took the station's pumps offline on Sunday.",
			[]string{"2020-03-01 took"}},
		{"a part of a span of time is the verb's before it",
			"Traffic halted for most of February when floods reached the bridge.",
			[]string{"2020-02 halted"}},
		{"a clause of its own subject after ', and' shares the date of the past clause before it",
			"The dam burst on Sunday night, and two villages were flooded.",
			[]string{"2020-03-01TNI burst", "2020-03-01TNI flooded"}},
		{"but not a course that follows it",
			"The curfew was lifted on Sunday, and shops began reopening.",
			[]string{"2020-03-01 lifted"}},
		{"an infinitive after a noun of aim: the verb whose object the noun is",
			"Shareholders voted down an offer to buy the brewery on Friday.",
			[]string{"2020-02-28 voted"}},
		{"an infinitive after a noun of aim keeps a date still to come",
			"The union accepted a plan to hold the ballot on 20 March.",
			[]string{"2020-03-20 hold"}},
		{"a verb outside the lexicon before a date opened by that",
			"The pump failed at noon on Sunday, and the crew winched the hull onto a barge that evening.",
			[]string{"2020-03-01T12:00 failed", "2020-03-01TEV winched"}},
		{"a future when clause with no happening of its own times the verb before it",
			"The crew will try to restore power when the tide turns on Friday.",
			[]string{"2020-03-06 try"}},
		{"the base after than dates nothing",
			"Sales were higher than in 2018.", nil},
		{"a figure after than keeps the date",
			"Sales were up more than 13% in February.",
			[]string{"2020-02 up: Sales were up more than 13%"}},
		{"a deadline after than is no base",
			"The plan was filed no later than Monday.",
			[]string{"2020-03-02 filed: Plan filed"}},
		{"a clause of time after the date of a happening tells the same occasion",
			"The shares had dropped by a quarter in June, when the company first admitted the problems.",
			[]string{"2019-06 dropped: The shares drop"}},
		{"the end of a state is the happening of the clause of time",
			"Riverside had led the table until January, when they lost three matches in a row.",
			[]string{"2020-01 lost: They lose three matches in a row"}},
		{"the end of a span from a date is the happening of the clause of time after it",
			"The cartel had shared the market from March 2017 until August 2018, when inspectors raided its offices.",
			[]string{"2017-03 shared: The cartel shares the market", "2018-08 raided: Inspectors raid its offices"}},
		{"a clause of time that only may happen takes no date (headInfo)",
			"The rebels held the town until 2019, when the army might retake it.",
			[]string{"2019 held: The rebels hold the town"}},
		{"coordinated verbs keep their own dates, a classification taking none",
			"The team collected the first specimens in 2017 and confirmed that they were a distinct species last year, after genetic tests.",
			[]string{"2017 collected: The team collects the first specimens", "2019 confirmed: The team confirms they were a distinct species"}},
		{"the second of two verbs shares the subject of the first",
			"The team collected the first specimens in 2017 and confirmed the find last year.",
			[]string{"2017 collected: The team collects the first specimens", "2019 confirmed: The team confirms the find"}},
		{"a state of a time reported keeps its date",
			"Police said that he was ill last week.", nil},
		{"a noun right after a verb in the past is its object",
			"The prime minister conceded defeat in a speech on Thursday night.",
			[]string{"2020-02-27TNI conceded: The prime minister concedes defeat in a speech"}},
		{"a verb of the bare infinitive keeps the verb after it",
			"The army helped evacuate 300 people on Friday.",
			[]string{"2020-02-28 evacuate"}},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events, err := x.Extract([]timeline.Document{{ID: 1, Text: tc.text, Published: tue}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, e := range events {
				g := e.Date.Value + " " + e.Trigger
				if i >= len(tc.want) || strings.Contains(tc.want[i], ": ") {
					g += ": " + e.Title
				}
				got = append(got, g)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Extract(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestObjectOfVerb: a verb's base form right after a verb in the past, a
// participle or an -ing form is that verb's object, a noun; after a verb
// that takes a bare infinitive it stays a verb.
func TestObjectOfVerb(t *testing.T) {
	tests := []struct {
		text, word string
		noun       bool
	}{
		{"Ingrid Sol conceded defeat in a speech.", "defeat", true},
		{"Conceding defeat, she left.", "defeat", true},
		{"The plunge helped spark a sell-off.", "spark", false},
		{"They let go of the rope.", "go", false},
		{"She had conceded, defeat being certain.", "defeat", false},
		{"Troops attack the town.", "attack", false},
		{"Napolitano nixed talk of closing the border.", "talk", true},
		{"The army watched burn the village.", "burn", false},
		{"Does that shot contain any benefit?", "contain", false},
	}
	for _, tc := range tests {
		ws := sentenceWords(tc.text, "", timeline.Span{Start: 0, End: len(tc.text)})
		i := slices.IndexFunc(ws, func(w word) bool { return w.lower == tc.word })
		if i < 0 {
			t.Fatalf("no word %q in %q", tc.word, tc.text)
		}
		if got := isNoun(ws, i); got != tc.noun {
			t.Errorf("isNoun(%q in %q) = %v, want %v", tc.word, tc.text, got, tc.noun)
		}
	}
}

// TestCompoundHead: a base form or an -ing form after a determiner and one
// singular modifier heads a noun compound; after a plural or a span of time
// it may be a verb.
func TestCompoundHead(t *testing.T) {
	tests := []struct {
		text, word string
		noun       bool
	}{
		{"The dockers took a pay deal on Friday.", "deal", true},
		{"The service issued a frost warning.", "warning", true},
		{"The unions strike on Monday.", "strike", false},
		{"The index shed 47 points.", "shed", false},
		{"Envoys spent last week negotiating the texts.", "negotiating", false},
		{"The Smith family, deal or no deal, stayed.", "deal", false},
	}
	for _, tc := range tests {
		ws := sentenceWords(tc.text, "", timeline.Span{Start: 0, End: len(tc.text)})
		i := slices.IndexFunc(ws, func(w word) bool { return w.lower == tc.word })
		if i < 0 {
			t.Fatalf("no word %q in %q", tc.word, tc.text)
		}
		if got := compoundHead(ws, i); got != tc.noun {
			t.Errorf("compoundHead(%q in %q) = %v, want %v", tc.word, tc.text, got, tc.noun)
		}
	}
}

// TestPossessedThingDate checks that a date right after a possessed noun at
// the end of a phrase that opens the sentence tells that noun's time, not
// the main clause's after the comma: an event noun takes it, another noun
// takes it as background and the main clause keeps none of it.
func TestPossessedThingDate(t *testing.T) {
	runDatedCases(t, []datedCase{
		{name: "a noun of no happening", text: "In response to the union's demands last month, the company raised wages by 5 percent.", bad: "raised 2022-08"},
		{name: "under rules", text: "Under the bank's rules last year, the fund lost money.", bad: "lost 2021"},
		{name: "a noun of happening takes it", text: "In response to the union's strike last month, the company raised wages by 5 percent.", want: "strike 2022-08", bad: "raised 2022-08"},
		{name: "a date that opens the sentence dates the main clause", text: "Last month, the company raised wages by 5 percent.", want: "raised 2022-08"},
	})
}
