package extract

import "testing"

// TestChangeFromLaterDay: "from" a day after publication after a change by
// a figure is when the change starts, no base it is measured against; a
// past day after "from" stays the base (the present perfect is then news of
// the day).
func TestChangeFromLaterDay(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "trigger date"
	}{
		{"a later day: the start of the rise", "Under the new agreement, bus fares rise by 4 percent from 1 October.", []string{"rise 2022-10-01"}},
		{"a past day: the base of the rise", "Bus fares have risen by 4 percent from 1 March, the transport office said.", []string{"risen 2022-09-14"}},
	}
	runDatedList(t, tests)
}
