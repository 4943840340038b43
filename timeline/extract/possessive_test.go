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

// TestPossessiveReference: a noun of happening with an owner after a
// preposition of time ("in the weeks before his death") is a point of
// reference, not news: a date outside its own phrase dates another
// happening of the sentence or none, a date in its own phrase dates it.
func TestPossessiveReference(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "trigger date"
	}{
		{"a guessed verb after the comma takes the date", "In the weeks before his death, he rehearsed on Monday.", []string{"rehearsed 2022-09-12"}},
		{"the clock time of the main clause", "The night before her resignation, she worked until midnight.", []string{"worked 2022-09-14T24:00"}},
		{"the date of its own phrase", "Since his arrest on 4 March 2021, the lawyer has given no interview.", []string{"arrest 2021-03-04"}},
		{"a date right after it", "He kept painting until his death from a fever in 1988.", []string{"death 1988"}},
	}
	runDatedList(t, tests)
}
