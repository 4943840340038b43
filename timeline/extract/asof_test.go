package extract

import (
	"slices"
	"testing"
)

// TestAsOfState checks that an opening "as of" date dates the verb of its
// clause, a state outside the lexicon of happenings too, which names the
// event (seedDay, 2022-09-14), also before a saying that ends the sentence
// and attributes it; a form of "be" or "have" is left alone.
func TestAsOfState(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name, text, want string // want: "trigger date: title", "" for no event on a verb
	}{
		{
			name: "a state in the present",
			text: "As of February, the store accounts for 70 percent of legal music downloads in the country.",
			want: "accounts 2022-02: The store accounts for 70 percent of legal music downloads",
		},
		{
			name: "a verb of the past in the lexicon of forms",
			text: "As of March, unemployment stood at 5 percent.",
			want: "stood 2022-03: Unemployment stands at 5 percent",
		},
		{
			name: "before a saying that ends the sentence",
			text: "As of June, the fund holds 40 percent of the bonds, a regulator said.",
			want: "holds 2022-06: The fund holds 40 percent of the bonds",
		},
		{
			name: "have",
			text: "As of Friday, the agency has 300 staff in the city.",
			want: ": The agency has 300 staff in the city",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range extractSeed(t, x, tc.text) {
				got = append(got, e.Trigger+" "+e.Date.Value+": "+e.Title)
			}
			found := false
			for _, g := range got {
				found = found || g == tc.want || tc.want[0] == ':' && len(g) > 0 && g[0] == ' '
			}
			if !found {
				t.Errorf("Extract(%q) = %q, want one %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestHeadlineVerbFor checks that "for" right after a verb stays in the
// headline as the verb's own preposition, with its object.
func TestHeadlineVerbFor(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ text, want string }{
		{"The company filed for bankruptcy on Monday.", "The company files for bankruptcy"},
		{"The lessor was negotiating for more planes on Monday.", "The lessor negotiates for more planes"},
	}
	for _, tc := range tests {
		var got []string
		for _, e := range extractSeed(t, x, tc.text) {
			got = append(got, e.Title)
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("Extract(%q) titles %q, want %q", tc.text, got, tc.want)
		}
	}
}
