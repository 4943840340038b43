package timeline

import (
	"net/url"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseFilter(t *testing.T) {
	tests := []struct {
		query string
		want  StoryFilter
	}{
		{"", StoryFilter{}},
		{"from=2022-09-01&to=2022-09-30", StoryFilter{From: "2022-09-01", To: "2022-09-30"}},
		{"place=1526273&actor=Xi+Jinping&source=3&state=checked&q=Samarkand+summit&hidden=true",
			StoryFilter{Place: 1526273, Actor: "Xi Jinping", Document: 3, State: StateChecked, Text: "Samarkand summit", IncludeHidden: true}},
		{"state=&place=&q=+", StoryFilter{}},
		{"state=PUBLISHED&hidden=0", StoryFilter{State: StatePublished}},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			v, err := url.ParseQuery(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseFilter(v)
			if err != nil {
				t.Fatalf("ParseFilter(%q): %v", tc.query, err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseFilter(%q) (-want +got):\n%s", tc.query, diff)
			}
			// The encoded filter reads back the same.
			back, err := url.ParseQuery(got.Encode())
			if err != nil {
				t.Fatal(err)
			}
			again, err := ParseFilter(back)
			if err != nil {
				t.Fatalf("ParseFilter(%q): %v", got.Encode(), err)
			}
			if diff := cmp.Diff(got, again); diff != "" {
				t.Errorf("ParseFilter(Encode()) (-want +got):\n%s", diff)
			}
			if got.IsZero() != (got.Encode() == "") {
				t.Errorf("%+v: IsZero %v but Encode %q", got, got.IsZero(), got.Encode())
			}
		})
	}
	for _, query := range []string{
		"from=14.09.2022", "to=2022-13-01", "from=2022-10-01&to=2022-09-01", "place=Astana", "place=-3",
		"source=0", "state=done", "hidden=maybe", "q=" + url.QueryEscape(string(make([]byte, MaxFilterText+1))),
	} {
		t.Run("invalid "+query, func(t *testing.T) {
			v, _ := url.ParseQuery(query)
			if f, err := ParseFilter(v); err == nil || ErrorCodeOf(err) != EInvalid {
				t.Errorf("ParseFilter(%q) = %+v, %v, want an invalid-input error", query, f, err)
			}
		})
	}
}

func TestEncodeFilter(t *testing.T) {
	f := StoryFilter{From: "2022-09-01", Place: 1526273, Text: "Xi & Putin", State: StateNew}
	if got, want := f.Encode(), "from=2022-09-01&place=1526273&q=Xi+%26+Putin&state=new"; got != want {
		t.Errorf("Encode() = %q, want %q", got, want)
	}
}

func TestParseReviewState(t *testing.T) {
	for _, s := range ReviewStates {
		if got, err := ParseReviewState(string(s)); got != s || err != nil {
			t.Errorf("ParseReviewState(%q) = %q, %v, want %q", s, got, err, s)
		}
	}
	if got, err := ParseReviewState("approved"); err == nil {
		t.Errorf("ParseReviewState(%q) = %q, want an error", "approved", got)
	}
}

func TestAssess(t *testing.T) {
	astana := Place{GeonameID: 1526273, Name: "Astana", Mention: "Nur-Sultan"}
	day := Date{Value: "2022-09-14", Precision: PrecisionDay, Start: "2022-09-14", End: "2022-09-14"}
	two := []Source{{DocumentID: 1}, {DocumentID: 2}}
	one := []Source{{DocumentID: 1}}
	oneCandidate := func(string) int { return 1 }
	tests := []struct {
		name       string
		event      Event
		candidates func(string) int
		want       Uncertainty
	}{
		{"day, place, two sources", Event{Date: day, Places: []Place{astana}, Sources: two}, oneCandidate, Uncertainty{}},
		{"single source", Event{Date: day, Places: []Place{astana}, Sources: one}, nil,
			Uncertainty{Score: weightSingleSource, Reasons: []string{"single source"}}},
		{"fuzzy, open", Event{Date: Date{Value: "PAST_REF", Mod: "BEFORE", Precision: PrecisionPast, End: "2020-09-14"}, Places: []Place{astana}, Sources: two}, nil,
			Uncertainty{Score: weightFuzzy + weightOpen, Reasons: []string{"fuzzy date", "open date range"}}},
		{"unresolved anchor", Event{Date: Date{Value: "XXXX-04", Precision: PrecisionUnknown}, Places: []Place{astana}, Sources: two}, nil,
			Uncertainty{Score: weightUnresolved, Reasons: []string{"unresolved anchor"}}},
		{"undated, no place", Event{Sources: two}, nil,
			Uncertainty{Score: weightUndated + weightNoPlace, Reasons: []string{"no date", "no place"}}},
		{"approximate year", Event{Date: Date{Value: "2019", Mod: "APPROX", Precision: PrecisionYear, Start: "2019-01-01", End: "2019-12-31"}, Places: []Place{astana}, Sources: two}, nil,
			Uncertainty{Score: weightCoarse + weightApprox, Reasons: []string{"coarse date", "approximate date"}}},
		{"disagreement", Event{Date: day, Places: []Place{astana}, Sources: two, Disagreement: "date"}, nil,
			Uncertainty{Score: weightDisagreement, Reasons: []string{"sources disagree on date"}}},
		{"ambiguous place", Event{Date: day, Places: []Place{astana}, Sources: two}, func(m string) int {
			if m == "Nur-Sultan" {
				return 3
			}
			return 1
		}, Uncertainty{Score: weightAmbiguous, Reasons: []string{`ambiguous place "Nur-Sultan"`}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Assess(tc.event, tc.candidates)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Assess (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSortReviewQueue(t *testing.T) {
	day := Date{Value: "2022-09-14", Precision: PrecisionDay, Start: "2022-09-14", End: "2022-09-14"}
	place := []Place{{GeonameID: 1526273, Name: "Astana"}}
	two := []Source{{DocumentID: 1}, {DocumentID: 2}}
	evs := []ReviewedEvent{
		{Event: Event{ID: 1, Date: day, Places: place, Sources: two}},
		{Event: Event{ID: 2, Date: day, Places: place, Sources: two[:1]}},
		{Event: Event{ID: 3, Date: Date{Value: "PAST_REF", Precision: PrecisionPast}, Places: place, Sources: two}},
		{Event: Event{ID: 4, Date: day, Places: place, Sources: two[:1]}},
		{Event: Event{ID: 5, Places: place, Sources: two, Disagreement: "date"}},
	}
	SortReviewQueue(evs, nil)
	var got []int64
	for _, e := range evs {
		got = append(got, e.ID)
	}
	// 5: undated and disagreement; 3: fuzzy; 2 and 4 single source, in their order; 1 last.
	if diff := cmp.Diff([]int64{5, 3, 2, 4, 1}, got); diff != "" {
		t.Errorf("SortReviewQueue order (-want +got):\n%s", diff)
	}
	if evs[0].Uncertainty.Score == 0 {
		t.Errorf("SortReviewQueue did not fill Uncertainty")
	}
}
