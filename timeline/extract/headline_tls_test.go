package extract

import (
	"slices"
	"testing"
)

// TestHeadlineWordsOfTime checks headlines that keep a phrasal verb's
// particle, leave out the adverb that belongs to the date and a teller
// after a comma, and give "he" or "she" the person named last (publication
// Wed 2022-09-14).
func TestHeadlineWordsOfTime(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an adverb before the date goes with it", "The central bank raised its key rate late on Thursday.", "The central bank raises its key rate"},
		{"so does later", "The mayor is due to fly later on Friday to Lisbon.", "The mayor flies to Lisbon"},
		{"a passive keeps its particle", "The inspection was carried out on Monday.", "Inspection carried out"},
		{"not a preposition before its phrase", "The samples were shipped over the weekend.", "Samples shipped"},
		{"a teller after a comma is no object", "No passengers needed treatment on Monday and many had fully recovered, said Dr Ines Marvaldo.", "Many recover"},
		{"many take the plural", "Officials said many had fled the town on Monday.", "Many flee the town"},
		{"most of a plural too", "Most of the residents fled the town on Monday.", "Most of the residents flee the town"},
		{"she is the person named last, not the nearest name", "Officials said Marta Ilves had been treated with the Lyra drug when she died on Monday.", "Marta Ilves dies"},
		{"a name cut short is finished", "On Monday the ministry received a report from the Coastal Flood Review Board in Bergen.", "The ministry receives a report from the Coastal Flood Review Board in Bergen"},
		{"a figure and its noun are finished", "On Monday the council sold the houses of the former 1,200 miners along the canal.", "The council sells the houses of the former 1,200 miners"},
		{"a phrase too long to finish is left out", "On Monday the council sold the houses of the old harbour district water supply board to a bank.", "The council sells the houses"},
		{"a reduced relative is no subject", "The first patients treated at the new clinic had left hospital on Monday.", "The first patients leave hospital"},
		{"a possessive name in an of phrase owns the subject, is not it", "The last doctor of Marta Ilves's family was convicted of fraud on Monday.", "The last doctor of Marta Ilves's family convicted"},
		{"an indirect question's subject follows its question word", "It was unclear how the fire started on Monday.", "The fire starts"},
		{"also after a verb before it", "Police are trying to find out why the ferry sank on Monday.", "The ferry sinks"},
		{"the subject before an apposition that describes it", "The ferry operator, the island's biggest employer, closed on Monday.", "The ferry operator closes"},
		{"family is no adverb", "The Ilves family arrived in Tartu on Monday.", "The Ilves family arrives in Tartu"},
		{"an of phrase ends before the verb", "The trial of the harbour master has begun in Tartu this week.", "Trial of the harbour master begins in Tartu"},
		{"a person named in an earlier sentence", "Marta Ilves was admitted to a clinic in Tartu. Doctors confirmed that the Lyra drug had failed when she died on Monday.", "Marta Ilves dies"},
	}
	runTitleAmong(t, tests)
}

// TestPassiveAgentAndPatient checks the actors a passive headline takes:
// no agent of another verb after it, no name of an aside before it.
func TestPassiveAgentAndPatient(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"the agent of another verb is not the passive's", "Doubts were voiced on Monday about whether the risk posed by Kestrel Holdings Ltd had been overstated.", "Doubts voiced"},
		{"a participle after and is a passive too, its agent after it", "A cyclist was struck and killed by Torvik Freight on Monday.", "Torvik Freight kills a cyclist"},
		{"a relative clause's passive is about its head, not the name before it", "Defence minister Ines Marvaldo attended a ceremony for the three soldiers who were killed in Mali on Friday.", "Three soldiers killed in Mali"},
		{"a name inside an aside before the verb is no patient", "The academy, which was founded by Ines Marvaldo, was evacuated on Monday.", "Academy evacuated"},
	}
	runTitleAmong(t, tests)
}

// runTitleAmong checks that each case's sentence gives an event titled want,
// among the others it may give.
func runTitleAmong(t *testing.T, tests []struct{ name, text, want string }) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := titlesOf(t, x, tc.text); !slices.Contains(got, tc.want) {
				t.Errorf("Extract(%q) titles = %q, want %q among them", tc.text, got, tc.want)
			}
		})
	}
}

// titlesOf is the titles of the events text gives, in their order.
func titlesOf(t *testing.T, x *Extractor, text string) []string {
	t.Helper()
	var got []string
	for _, e := range extractSeed(t, x, text) {
		got = append(got, e.Title)
	}
	return got
}
