package extract

import "testing"

// TestBoilerplateListings: a broadcaster's listings page is left out
// whole; a news page that names a programme's slot is not.
func TestBoilerplateListings(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		listing bool
	}{
		{"slots and credits",
			"Programmes for the week.\n7.00-9.00 pm NORTH RADIO Ann Lee plays records from her travels.\nPresenter/Ann Lee, Producer/Tom Hart\n" +
				"9.00pm-12.00 midnight NORTH RADIO Late Jazz Tom Hart presents live music from Oslo, recorded in May.\nProducer/Sue Bell for Blue Door\n",
			true},
		{"five slots",
			"6.00-7.00 am Early Show Ann wakes the city.\n7.00-9.00 am Breakfast Tom reads the papers.\n9.00-11.00 am Mornings Sue talks to guests.\n" +
				"11.00-12.00 noon Quiz Ten teams compete.\n12.00noon-1.00 pm News The day's news at noon.\n",
			true},
		{"a news page with slots",
			"The council will meet on Monday.\n9.00-10.30 am Ministers meet the unions.\n11.00-12.00 noon The minister speaks to the press.\nThe talks ended without a deal.\n",
			false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := SplitSentences(tc.text)
			reasons := Boilerplate(tc.text, sents)
			for i, s := range sents {
				if got := reasons[i] != "" && (reasons[i] == BoilerListing || tc.listing); got != tc.listing {
					t.Errorf("sentence %q: reason %q, listing page %v", tc.text[s.Span.Start:s.Span.End], reasons[i], tc.listing)
				}
			}
		})
	}
}
