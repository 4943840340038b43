package extract

import (
	"strings"
	"testing"
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
			for _, e := range extractSeed(t, x, tc.text) {
				if e.Trigger == tc.bad {
					t.Errorf("Extract(%q) event %q (trigger %q), want none on %q", tc.text, e.Title, e.Trigger, tc.bad)
				}
			}
		})
	}
	// negative: the verb "won" stays a trigger
	if got := datedEvents(t, x, "The home side won the cup final on Monday."); len(got) != 1 || !strings.HasPrefix(got[0], "won ") {
		t.Errorf("Extract(won the cup final) = %v, want the event won", got)
	}
}
