package extract

import "testing"

// TestPossessiveDate: a date in the possessive names a thing ("this year's
// parade"), so another date of the clause is the happening's.
func TestPossessiveDate(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "trigger date"
	}{
		{"this year's thing, the verb's weekday", "The town council postponed this year's harvest parade on Tuesday.", []string{"postponed 2022-09-13"}},
		{"a weekday's thing, the verb's weekday", "Police called off Sunday's derby on Monday after the floods.", []string{"called 2022-09-12"}},
		{"a possessive date alone still tells the happening", "Last year's harvest parade drew 40,000 visitors.", []string{"drew 2021"}},
	}
	runDatedList(t, tests)
}
