package extract

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// TestStatements covers the saying kept on the source of the happening it
// reports (keepStatement): when the saying has its own date, other than
// the happening's, the event is the happening and its source keeps the
// saying with its date; the saying is never an event of its own. Each case
// is a document published on Wednesday 20 March 2024; want lists every
// event as "date title | saying date" ("" when the source keeps none).
func TestStatements(t *testing.T) {
	wed := time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a plan said on a day of its own: the plan, said that day",
			"The harbour authority said on Monday that cruise ships would be barred from the old port from April 1.",
			[]string{"2024-04-01 Cruise ships to be barred | said 2024-03-18"}},
		{"a saying that is news of its own stays an event, and no statement",
			"The club announced on Tuesday that its coach had resigned in January.",
			[]string{"2024-01 Its coach resigns | ", "2024-03-19 The club announces | "}},
		{"the saying's date handed to what is said stays an Also word, no statement",
			"The mayor said on Tuesday that her coalition had won the council vote.",
			[]string{"2024-03-19 Her coalition wins the council vote | "}},
		{"a saying without a date of its own keeps none",
			"The ministry said the bridge would reopen on May 2.",
			[]string{"2024-05-02 The bridge reopens | "}},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := timeline.Document{ID: 1, Text: tc.text, Published: wed}
			events, err := x.Extract([]timeline.Document{doc})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range events {
				for _, src := range e.Sources {
					said := ""
					if st := src.Statement; st != nil {
						said = tc.text[st.Trigger.Start:st.Trigger.End] + " " + st.Date.Value
					}
					got = append(got, e.Date.Value+" "+e.Title+" | "+said)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Extract(%q) events (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
