package extract

import "testing"

// TestRelationalPossessive: a date in the possessive after "of" or "for"
// tells when the thing it names happens, not when the happening told
// before it did; after "at" or "in" the happening is on that date (and the dated noun,
// when it names one, is the event).
func TestRelationalPossessive(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "trigger date"
	}{
		{"named host of a gala: the naming is today's", "The actor has been named host of next month's charity gala.", []string{"named 2022-09-14"}},
		{"ordered for a final: the order is today's", "The club has ordered extra buses for next month's cup final.", []string{"ordered 2022-09-14"}},
		{"the named thing is a happening: it takes the date", "The band has published the dates of next month's tour.", []string{"published 2022-09-14", "tour 2022-10"}},
		// negative: the happening at or in the dated thing is on its date
		{"at a rally", "Two ministers spoke at Monday's rally in the capital.", []string{"rally 2022-09-12"}},
		{"in a crash", "Four people were hurt in Saturday's crash on the ring road.", []string{"crash 2022-09-10"}},
	}
	runDatedList(t, tests)
}
