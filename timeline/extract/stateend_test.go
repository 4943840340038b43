package extract

import "testing"

// TestStateEnd checks that a date after "until" that ends a state begun at
// the telling dates no happening on that day, while a state told in the
// past, a negation's focus and a wait keep it (publication Wed 2022-09-14).
func TestStateEnd(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "trigger date"
	}{
		{"a present perfect state: the news of the day, not of its end", "Three primary schools in the valley have been shut until 3 October.", []string{"shut 2022-09-14"}},
		{"a state ordered now: its end dates no happening", "Inspectors ordered the factory to suspend production until next March.", nil},
		{"a state in the past ends on its date", "The bridge remained open until 2019.", []string{"open 2019"}},
		{"the focus of a negation is the happening's date", "It was not until 12 September that the firm recalled the heaters.", []string{"recalled 2022-09-12"}},
		{"a wait keeps its date: what waits resumes then", "The judge adjourned the hearing until Friday.", []string{"hearing 2022-09-16"}},
		{"a coordinated object stays in the state's clause", "Estonia has closed all schools in the capital and two northern counties until 3 October.", []string{"closed 2022-09-14"}},
		{"but a preposition's to is no verb of the state", "The state bank will lend to farmers at a rate equal to 70% of the 30-day bank rate until Dec. 31, 2024.", []string{"lend 2024-12-31"}},
	}
	runDatedList(t, tests)
}
