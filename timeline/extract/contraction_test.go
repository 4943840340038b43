package extract

import (
	"slices"
	"strings"
	"testing"

	"storyline/timeline"
)

// TestContractedNot: the "won" of "won't" is the modal "will", never the
// verb "win".
func TestContractedNot(t *testing.T) {
	tests := []struct {
		name, text string
		bad        string // no event may have it as trigger
	}{
		{"won't comment", "But one spot the divers probably won't be searching is the old harbour, police said on Monday.", "won"},
		{"won’t with a curly mark", "The mayor won’t be attending the opening, aides said on Monday.", "won"},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			events := extractSeed(t, x, tc.text)
			for _, e := range events {
				if e.Trigger == tc.bad {
					t.Errorf("Extract(%q) event %q (trigger %q), want none on %q", tc.text, e.Title, e.Trigger, tc.bad)
				}
			}
			// the sentence is read at all: its saying is its event
			if !slices.ContainsFunc(events, func(e timeline.Event) bool { return e.Trigger == "said" && e.Date.Value == "2022-09-12" }) {
				t.Errorf("Extract(%q) = %d events, want the saying of Monday among them", tc.text, len(events))
			}
		})
	}
	// negative: the verb "won" stays a trigger
	if got := datedEvents(t, x, "The home side won the cup final on Monday."); len(got) != 1 || !strings.HasPrefix(got[0], "won ") {
		t.Errorf("Extract(won the cup final) = %v, want the event won", got)
	}
}

// TestContractionsInHeadlines: a contracted auxiliary reads as the word it
// stands for ("didn't" as "did not", "I've" as "I have"), so headlines keep
// the negation as written and find the subject before the auxiliary
// (publication Wed 2022-09-14).
func TestContractionsInHeadlines(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"didn't before a plural subject's verb", "Officials didn't attend the hearing on Monday.", "Officials didn't attend the hearing"},
		{"didn't after a name", "Marta Ilves didn't attend the hearing on Monday.", "Marta Ilves didn't attend the hearing"},
		{"doesn't as does not", "The ferry company doesn't sell tickets on Monday.", "The ferry company does not sell tickets"},
		{"can't keeps its can", "She can't attend the hearing on Monday.", "She can't attend the hearing"},
		{"'ve is the perfect's auxiliary", "This week I've been exploring the archives of the paper.", "I explore the archives of the paper"},
		{"'re is the progressive's", "They're leaving for Lisbon on Monday.", "They leave for Lisbon"},
		{"'d before a participle is had", "She'd left the country on Monday.", "She leaves the country"},
		{"a reported clause keeps its contraction whole", "The minister said on Monday his countrymen shouldn't loosen their guard.", "The minister says his countrymen shouldn't loosen"},
		{"a relative clause's I takes the bare verb", "It was the strangest thing I heard on Monday.", "The strangest thing I hear"},
		{"you after a capital is still you", "Suppose you paid the fine on Monday.", "Suppose you pay the fine"},
		{"but I after a name is a numeral", "The Vega I left the port of Tallinn on Monday.", "The Vega I leaves the port of Tallinn"},
	}
	runTitleAmong(t, tests)
}

// TestNotUntil: "not ... until" tells when a happening comes, as the
// uncontracted "not" does.
func TestNotUntil(t *testing.T) {
	x := newExtractor(t)
	for _, text := range []string{
		"The new plant wasn't to begin production until 2031.",
		"The new plant was not to begin production until 2031.",
	} {
		got := datedEvents(t, x, text)
		if len(got) != 1 || !strings.HasPrefix(got[0], "begin 2031") {
			t.Errorf("Extract(%q) = %v, want the beginning in 2031", text, got)
		}
	}
	// and the headline asserts the happening it dates
	if got := titlesOf(t, x, "The Senate adjourned on Monday, and it will not sit again until 2 October."); !slices.Contains(got, "It sits again") {
		t.Errorf("titles = %q, want \"It sits again\" among them", got)
	}
	// "never" after a modal is no verb
	for _, e := range extractSeed(t, x, "I'll never forget the harbour on Monday.") {
		if e.Trigger == "never" {
			t.Errorf("Extract(I'll never forget) event %q on %q, want none on never", e.Title, e.Trigger)
		}
	}
	// negative: a plain negation is no happening
	if got := datedEvents(t, x, "Harbour officials weren't available to comment on Monday."); len(got) != 0 {
		t.Errorf("Extract(weren't available) = %v, want no event", got)
	}
}

// TestImpersonalReport: news told with an empty "it" ("it emerged on Monday
// that ...", "it was revealed that ...", "..., it was announced") is the
// happening reported, not "It emerges".
func TestImpersonalReport(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"it emerged that", "It emerged on Monday that the harbour master had resigned.", "The harbour master resigns"},
		{"it has emerged that", "It has emerged that the harbour master resigned on Monday.", "The harbour master resigns"},
		{"a passive report", "It was revealed on Monday that the harbour master had resigned.", "The harbour master resigns"},
		{"a report after a comma", "The harbour master resigned on Monday, it was announced.", "The harbour master resigns"},
	}
	runTitleAmong(t, tests)
	// negative: "it" that stands for a thing reported to someone
	x := newExtractor(t)
	if got := titlesOf(t, x, "The theft of the painting was discovered on Friday. It was reported to the police on Monday."); !slices.ContainsFunc(got, func(h string) bool { return strings.HasPrefix(h, "It") }) {
		t.Errorf("titles = %q, want the report of the theft kept", got)
	}
}

// TestScoresOfIsANumber: "scores of" counts, as "dozens of"; it is no verb.
func TestScoresOfIsANumber(t *testing.T) {
	x := newExtractor(t)
	text := "Scores of cases in the region may have been wrongly diagnosed by doctors, it emerged on Monday."
	for _, e := range extractSeed(t, x, text) {
		if e.Trigger == "Scores" {
			t.Errorf("Extract(%q) event %q on %q, want none", text, e.Title, e.Trigger)
		}
	}
}

// TestHeadlinePluralCompounds: compounds of "children" and "people" are
// plural.
func TestHeadlinePluralCompounds(t *testing.T) {
	runTitleAmong(t, []struct{ name, text, want string }{
		{"schoolchildren", "Schoolchildren fell ill in Tartu on Monday.", "Schoolchildren fall ill in Tartu"},
		{"townspeople", "Townspeople gathered in the square on Monday.", "Townspeople gather in the square"},
	})
}

// TestAnonymityIsNoHappening: the formula that keeps a source unnamed makes
// no event; the news it frames does.
func TestAnonymityIsNoHappening(t *testing.T) {
	x := newExtractor(t)
	for _, text := range []string{
		"The ferry left port on Monday, said a harbour official, who declined to be identified.",
		"The ferry left port on Monday, said a harbour official who asked not to be named.",
		"The ferry left port on Monday, a harbour official said, speaking on condition of anonymity.",
	} {
		got := datedEvents(t, x, text)
		for _, g := range got {
			if strings.HasPrefix(g, "declined") || strings.HasPrefix(g, "asked") || strings.HasPrefix(g, "speaking") {
				t.Errorf("Extract(%q) = %v, want no event of the source's anonymity", text, got)
			}
		}
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, "left 2022-09-12") }) {
			t.Errorf("Extract(%q) = %v, want the ferry's departure", text, got)
		}
	}
	// a quotation's teller who stays unnamed gives no event of his own
	quote := "\"We are seeing more cases,\" said a microbiologist in Tartu, who declined to be identified."
	for _, e := range extractSeed(t, x, quote) {
		if e.Trigger == "declined" {
			t.Errorf("Extract(%q) event %q, want none on declined", quote, e.Title)
		}
	}
	// negative: declining to comment is a refusal, kept
	if got := datedEvents(t, x, "The harbour master declined to comment on Monday."); len(got) != 1 {
		t.Errorf("Extract(declined to comment) = %v, want one event", got)
	}
}
