package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestSubjectParticiple checks that a participle describing the noun of a
// sentence's subject, with no comma and no date of its own, is no event:
// the sentence's own verb is the news ("a girl diagnosed with the flu has
// made a full recovery"). A simple past with its object or its clause stays
// the event, and a dated participle keeps its own date.
func TestSubjectParticiple(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"A six-year-old girl from Birmingham diagnosed with swine flu has made a full recovery, the Health Protection Agency said.", "diagnosed", ""},
		{"Currently Mexican people arriving in other countries have been abused and treated as lepers.", "arriving", ""},
		{"A strain of flu never seen before has killed up to 60 people in Mexico, health officials said on Friday.", "seen", ""},
		{"Michael Jackson died from cardiac arrest at his home in Los Angeles and his death was ruled a homicide.", "", "died"},
		{"Dr Conrad Murray is on trial charged with involuntary manslaughter.", "charged", ""},
		{"Egypt, already hit hard by bird flu, ordered the slaughter of all its 300,000 to 400,000 pigs on April 29 as a precaution against the new H1N1 flu virus, in a move the United Nations said was a mistake.", "hit", "ordered"},
		{"The Mexican man arrested last week was released by police.", "", "arrested"},
	})
}

// TestPresentSimpleUndated checks that a verb in the simple present with no
// date of its own (a synopsis, a listing, a habit) is no event, while a
// dated one (a schedule) and a past one are.
func TestPresentSimpleUndated(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"When he recovers, Tamino sees an odd-looking man entirely covered with feathers.", "recovers", ""},
		{"Also in this series, Steve Punt travels to the Polish-Czech border to investigate a theory.", "travels", ""},
		{"Conrad Murray begins his testimony on Monday in Los Angeles.", "", "begins"},
		{"Steve Punt travelled to the Polish-Czech border to investigate a theory.", "", "travelled"},
	})
}

// TestParticipleAfterDate checks that a present participle right after a
// date ("died in 1906 suffering from dementia") leaves the date to the verb
// before it: the participle tells its manner or outcome.
func TestParticipleAfterDate(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct{ text, want, date string }{
		{"However Jane died in 1906 suffering from dementia.", "died", "1906"},
		{"The rebels attacked on Monday killing 12 soldiers.", "attacked", "2022-09-12"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			var got []string
			for _, e := range extractSeed(t, x, tc.text) {
				got = append(got, e.Trigger+" "+e.Date.Value)
			}
			if !slices.Contains(got, tc.want+" "+tc.date) {
				t.Errorf("Extract(%q) = %v, want %q on %s", tc.text, got, tc.want, tc.date)
			}
		})
	}
}

// triggerCase is a sentence, a trigger no event of it may have and one an
// event must have ("" checks nothing), for runTriggerCases.
type triggerCase struct {
	text, bad, want string
}

// runTriggerCases checks each case's events for its bad and wanted
// triggers; the subtest is named by the two.
func runTriggerCases(t *testing.T, tests []triggerCase) {
	t.Helper()
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.bad+tc.want, func(t *testing.T) {
			es := extractSeed(t, x, tc.text)
			var got []string
			for _, e := range es {
				got = append(got, e.Trigger+" "+e.Date.Value)
				if tc.bad != "" && e.Trigger == tc.bad {
					t.Errorf("Extract(%q) has an event on %q (%s %s), want none", tc.text, tc.bad, e.Title, e.Date.Value)
				}
			}
			if tc.want != "" && !strings.Contains(" "+strings.Join(got, " ; "), " "+tc.want+" ") {
				t.Errorf("Extract(%q) = %v, want an event on %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestRelativeAsideDate checks that a date inside a relative clause set off
// by commas dates nothing after the clause's closing comma: "The mayor,
// who held the post in 2003, praised the plan" did not praise it in 2003.
func TestRelativeAsideDate(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"The mayor, who held the post in 2003, praised the plan.", "praised", "held"},
		{"The pilot, who joined the airline in 2011, flew the plane.", "flew", "joined"},
	})
}

// TestLightVerbParticle checks that a light verb with its particle and an
// object that is no noun of happening is a verb of its own ("set up camp"),
// while a noun of happening as its object or its subject keeps the date.
func TestLightVerbParticle(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"Protesters set up camp outside the ministry on Monday, and police cleared it two days later.", "", "set"},
		{"The two sides set up talks on Monday.", "set", "talks"},
		{"The child, whose rescue in May set off a long dispute, returned home.", "set", "rescue"},
		{"Exports make up 40 percent of the economy, the bank said on Monday.", "make", "said"},
	})
}

// TestQuantifiedParticiple checks that a participle after a quantifier
// ("every flooded farm") or after a verb that a modal or "to" opens ("will
// compensate affected families") describes the noun after it: the verb
// before is the event.
func TestQuantifiedParticiple(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"The mayor said on Tuesday that the city would repair every flooded street by the end of next month.", "flooded", "repair"},
		{"The insurer will compensate affected families from next week, its chief executive said.", "affected", "compensate"},
		{"Inspectors found several damaged cabins on the ferry on Monday.", "damaged", "found"},
		{"Some watched the final in a bar on Sunday.", "", "watched"},
	})
}
