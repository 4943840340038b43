package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestNewsVerbs checks words of happening of wire news (commerce, crime,
// disasters, politics) that the lexicon knows: each is the event of its
// sentence, with the sentence's date or, in the present perfect without a
// date, the publication day's (seedDay, Wednesday 14 September 2022).
func TestNewsVerbs(t *testing.T) {
	tests := []struct {
		group, text, want string // want: "trigger date" of one dated event
	}{
		{"commerce", "Emirates has ordered 43 A380 superjumbos.", "ordered 2022-09-14"},
		{"commerce", "The company shed 2,000 jobs in August.", "shed 2022-08"},
		{"commerce", "Toyota has recalled 2.3 million vehicles.", "recalled 2022-09-14"},
		{"commerce", "Yahoo has laid off 2,000 workers.", "laid 2022-09-14"},
		{"crime", "Thieves stole the painting from the museum on Monday.", "stole 2022-09-12"},
		{"crime", "A man was stabbed outside a nightclub on Saturday.", "stabbed 2022-09-10"},
		{"crime", "The former minister pleaded guilty on Tuesday.", "pleaded 2022-09-13"},
		{"disaster", "The river Sena burst its banks on Sunday after three days of storms.", "burst 2022-09-11"},
		{"disaster", "A ferry capsized off the coast on Tuesday.", "capsized 2022-09-13"},
		{"politics", "Parliament impeached the president on Monday.", "impeached 2022-09-12"},
		{"politics", "The opposition leader conceded on Tuesday, his aides said.", "conceded 2022-09-13"},
		{"military", "Rebels ambushed an army convoy on Friday.", "ambushed 2022-09-09"},
		{"aviation", "Flight 214 crash-landed at San Francisco airport on Saturday.", "crash-landed 2022-09-10"},
		{"aviation doubled l", "The carrier has cancelled 140 flights.", "cancelled 2022-09-14"},
		{"politics doubled l", "Lawmakers expelled two members of the chamber on Monday.", "expelled 2022-09-12"},
		{"courts doubled l", "The supreme court has annulled the regional vote.", "annulled 2022-09-14"},
		{"commerce noun", "Shares of Chrysler rose after the merger with Daimler in 1998.", "merger 1998"},
		{"disaster noun", "Three villages were buried in a landslide on Sunday.", "landslide 2022-09-11"}, // "buried by a landslide": the burying (agentPhrase)
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.group+" "+strings.Fields(tc.want)[0], func(t *testing.T) {
			got := datedEvents(t, x, tc.text)
			if !slices.Contains(got, tc.want) {
				t.Errorf("Extract(%q) dated events %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestVerbOnlyNouns checks verbs of the lexicon whose noun names no
// happening: as nouns they trigger no event ("in order to", "a court
// order", "a major boost", "the new rules").
func TestVerbOnlyNouns(t *testing.T) {
	tests := []struct{ text, bad string }{
		{"The central bank cut rates on Monday in order to calm markets.", "order"},
		{"The new world order took shape in 1991.", "order"},
		{"The firm got a major boost in capability throughout the 1990s.", "boost"},
		{"The new rules took effect on Monday.", "rules"},
		{"The company expects to deliver all of its April orders by June.", "orders"},
		{"Osaka-based Shikibo booked orders for 2 million masks in April.", "orders"},
		{"Riverside had led the table until April, when they lost three matches in a row.", "table"},
		{"The climber fell to the ground on Monday.", "ground"},
		{"The prisoners escaped from the jail on Sunday.", "jail"},
		{"The company said in a press release on Tuesday that it had hired a new chief executive.", "release"},
		{"Lawyers were placed under house arrest when Musharraf declared emergency rule in November 2007.", "rule"},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.bad, func(t *testing.T) {
			for _, e := range extractSeed(t, x, tc.text) {
				if e.Trigger == tc.bad {
					t.Errorf("Extract(%q) has an event on %q (%s %s), want none", tc.text, tc.bad, e.Title, e.Date.Value)
				}
			}
		})
	}
}

// TestOtherSense checks that "admit" before "that" reports a statement and
// "recall" a memory, no happening, while with an object (a recall of goods)
// they tell one.
func TestOtherSense(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct {
		text string
		want bool // an event on the verb
	}{
		{"Health Minister Jose Cordova admitted that the authorities lacked the staff to check all cases.", false},
		{"Lakeview Care Ltd admitted the offence on Tuesday.", true},
		{"Former minister Jan Novak recalled that the floods of 1997 were worse.", false},
		{"Presenter Sue MacGregor recalls her years on the programme.", false},
		{"Toyota recalled its Prius hybrids on Tuesday.", true},
		// "charge" in a fixed phrase of price or duty is no accusation
		{"The museum opens its gardens to visitors free of charge on Sunday.", false},
		{"A retired judge was put in charge of the review on Monday.", false},
		{"Police will charge the driver with fraud on Monday.", true},
	} {
		got := false
		for _, e := range extractSeed(t, x, tc.text) {
			got = got || e.Trigger == "admitted" || e.Trigger == "recalled" || e.Trigger == "charge"
		}
		if got != tc.want {
			t.Errorf("Extract(%q): event on the verb %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNamesAfterPrepositions checks that a capitalized noun of happening
// right after a preposition, with no determiner, is a body's name ("report
// to Congress"), while "the party congress" is a happening; and that a noun
// of things or bodies after "to" is the preposition's object, unless an
// object of its own follows and makes it a verb.
func TestNamesAfterPrepositions(t *testing.T) {
	runDatedCases(t, []datedCase{
		{name: "to Congress", text: "The auditors will report to Congress on Friday.", bad: "Congress", want: "report 2022-09-16"},
		{name: "before Congress", text: "The general testified before Congress on Monday about the withdrawal.", bad: "Congress", want: "testified 2022-09-12"},
		{name: "a party congress", text: "Delegates will open the party congress in Hanoi on Friday.", want: "congress 2022-09-16"},
		{name: "outside Congress", text: "Several hundred farmers demonstrated outside Congress on Saturday.", bad: "Congress", want: "demonstrated 2022-09-10"},
		{name: "to parliament", text: "The minister will present a new budget to parliament on Friday.", bad: "parliament", want: "present 2022-09-16"},
		{name: "to government", text: "The panel will send its report to government on Friday.", bad: "government", want: "send 2022-09-16"},
		{name: "to question the minister", text: "The committee voted on Monday to question the minister about the contract.", bad: "question 2022-09-12"},
	})
}

// TestAttributiveMovement checks that the -ing form of a verb of movement
// right after a verb in the past describes that verb's object ("met
// visiting Pakistani Foreign Minister Asad Malik"): the meeting is the
// event; after "be" or a verb of beginning it is the verb.
func TestAttributiveMovement(t *testing.T) {
	runDatedCases(t, []datedCase{
		{name: "met visiting", text: "Premier Li Wen met visiting Foreign Minister Asad Malik in Beijing on Monday.", want: "met 2022-09-12", bad: "visiting"},
		{name: "welcomed returning", text: "The mayor welcomed returning soldiers at the airport on Monday.", want: "welcomed 2022-09-12", bad: "returning"},
		{name: "was visiting", text: "The minister was visiting China on Monday when the news broke.", want: "visiting 2022-09-12"},
		{name: "started touring", text: "The band started touring Europe on Monday.", bad: "touring 2022-09-12"},
	})
}
