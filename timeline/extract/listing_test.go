package extract

import (
	"strings"
	"testing"
)

// TestScheduleListing checks that a sentence opening with a clock time and
// told in the present tense (an item of a broadcast listing) gives no event,
// while a timed happening told in the past or the future does.
func TestScheduleListing(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct {
		name, text string
		want       bool // an event expected
	}{
		{"hosts", "From 5pm, Nikki Bedi hosts a three-hour Diwali Party, with celebrities and live music.", false},
		{"is joined", "From 9pm, Mark is joined by Mark Clemmit for 5 Live Football League.", false},
		{"there's", "At 4pm there's commentary of England versus Ireland, live, from Twickenham.", false},
		{"can hear", "From 8pm, listeners can hear live commentary of England versus Egypt.", false},
		{"past", "At 5pm, Nikki Bedi hosted a three-hour Diwali Party, with celebrities and live music.", true},
		{"woke", "At 5 am on 16th November, a friend woke me up.", true},
		{"will", "At 3pm on Friday the president will address the nation from the White House.", true},
		{"part of day", "Tonight, police are searching the area around the hotel for the gunman.", true},
		{"date not time", "On Monday, the Health Protection Agency confirms two more cases of swine flu.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range extractSeed(t, x, tc.text) {
				got = append(got, e.Trigger+" "+e.Date.Value)
			}
			if (len(got) > 0) != tc.want {
				t.Errorf("Extract(%q) = %v, want events: %v", tc.text, strings.Join(got, "; "), tc.want)
			}
		})
	}
}

// TestCounterfactual checks that a verb in the past of a modal ("would have
// suffered", "should have killed") is no event, while a plain past and an
// inference with "must have" are events.
func TestCounterfactual(t *testing.T) {
	x := newExtractor(t)
	for _, tc := range []struct {
		text, trigger string
		want          bool
	}{
		{"Dr Murray said on Friday that nothing he did should have killed Jackson.", "killed", false},
		{"Without the hospital, we would have suffered the same effect on Monday.", "suffered", false},
		{"Police said the drug killed Jackson on June 25.", "killed", true},
		{"The man must have caught the virus in Mexico last week.", "caught", true},
	} {
		t.Run(tc.trigger, func(t *testing.T) {
			var got []string
			found := false
			for _, e := range extractSeed(t, x, tc.text) {
				got = append(got, e.Trigger+" "+e.Date.Value)
				found = found || e.Trigger == tc.trigger
			}
			if found != tc.want {
				t.Errorf("Extract(%q) = %v, want an event on %q: %v", tc.text, strings.Join(got, "; "), tc.trigger, tc.want)
			}
		})
	}
}
