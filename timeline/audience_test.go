package timeline

import "testing"

func TestAudienceSees(t *testing.T) {
	ev := func(state ReviewState, hidden bool, mergedInto int64) ReviewedEvent {
		return ReviewedEvent{Event: Event{ID: 1}, State: state, Hidden: hidden, MergedInto: mergedInto}
	}
	tests := []struct {
		name     string
		e        ReviewedEvent
		show     Show
		newsroom bool
		outsider bool
	}{
		{"new", ev(StateNew, false, 0), ShowAllButRejected, true, true},
		{"checked", ev(StateChecked, false, 0), ShowAllButRejected, true, true},
		{"published", ev(StatePublished, false, 0), ShowAllButRejected, true, true},
		{"rejected", ev(StateRejected, false, 0), ShowAllButRejected, true, false},
		{"hidden", ev(StatePublished, true, 0), ShowAllButRejected, true, false},
		{"merged", ev(StatePublished, false, 7), ShowAllButRejected, true, false},
		{"new, published only", ev(StateNew, false, 0), ShowPublished, true, false},
		{"checked, published only", ev(StateChecked, false, 0), ShowPublished, true, false},
		{"published, published only", ev(StatePublished, false, 0), ShowPublished, true, true},
		{"hidden published, published only", ev(StatePublished, true, 0), ShowPublished, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Newsroom.Sees(tc.e, tc.show); got != tc.newsroom {
				t.Errorf("Newsroom.Sees = %v, want %v", got, tc.newsroom)
			}
			if got := Outsider.Sees(tc.e, tc.show); got != tc.outsider {
				t.Errorf("Outsider.Sees = %v, want %v", got, tc.outsider)
			}
		})
	}
}

func TestAudienceRedact(t *testing.T) {
	e := ReviewedEvent{
		Event: Event{ID: 3, Title: "Talks", Date: Date{Value: "2022-09-14", Start: "2022-09-14", End: "2022-09-14",
			Expression: "14 Sept 2022", Rule: "user", Explanation: "typed"}},
		Key: "d1:0-10", State: StateChecked, Hidden: true, MergedInto: 2, Merged: []int64{4},
		Corrected: []string{FieldDate, FieldTitle}, Notes: 3,
	}
	if got := Newsroom.Redact(e); got.State != StateChecked || got.Notes != 3 || got.Date.Rule != "user" {
		t.Errorf("Newsroom.Redact changed the event: %+v", got)
	}
	got := Outsider.Redact(e)
	switch {
	case got.State != "" || got.Hidden || got.MergedInto != 0 || got.Merged != nil || got.Corrected != nil || got.Notes != 0 || got.Key != "":
		t.Errorf("Outsider.Redact kept review fields: %+v", got)
	case got.Date.Expression != "" || got.Date.Rule != "" || got.Date.Explanation != "":
		t.Errorf("Outsider.Redact kept how a journalist typed the date: %+v", got.Date)
	case got.Title != "Talks" || got.Date.Value != "2022-09-14" || got.Date.Start != "2022-09-14":
		t.Errorf("Outsider.Redact lost what is published: %+v", got.Event)
	}
}

func TestAudienceFilter(t *testing.T) {
	f := StoryFilter{From: "2022-01-01", State: StateRejected, IncludeHidden: true, Text: "talks"}
	if got := Newsroom.Filter(f); got != f {
		t.Errorf("Newsroom.Filter(%+v) = %+v, want it unchanged", f, got)
	}
	want := StoryFilter{From: "2022-01-01", Text: "talks", SkipNotes: true}
	if got := Outsider.Filter(f); got != want {
		t.Errorf("Outsider.Filter(%+v) = %+v, want %+v", f, got, want)
	}
	if !Outsider.Filter(StoryFilter{}).IsZero() {
		t.Errorf("Outsider.Filter of the zero filter is not IsZero: SkipNotes is not part of the URL")
	}
}

func TestParseShow(t *testing.T) {
	for in, want := range map[string]Show{"": ShowAllButRejected, "all-but-rejected": ShowAllButRejected, " published ": ShowPublished} {
		if got, err := ParseShow(in); err != nil || got != want {
			t.Errorf("ParseShow(%q) = %q, %v, want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"all", "PUBLISHED", "rejected"} {
		if _, err := ParseShow(in); ErrorCodeOf(err) != EInvalid {
			t.Errorf("ParseShow(%q) error = %v, want invalid", in, err)
		}
	}
}
