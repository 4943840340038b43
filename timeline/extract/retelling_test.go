package extract

import (
	"cmp"
	"slices"
	"strings"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// toldEvent is an event of the retelling tests: its date, headline and the
// documents it cites.
type toldEvent struct {
	Date, Title string
	Docs        []int64
}

func retoldOf(events []timeline.Event) []toldEvent {
	var out []toldEvent
	for _, e := range events {
		r := toldEvent{Date: e.Date.Value, Title: e.Title}
		for _, s := range e.Sources {
			if !slices.Contains(r.Docs, s.DocumentID) {
				r.Docs = append(r.Docs, s.DocumentID)
			}
		}
		slices.Sort(r.Docs)
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b toldEvent) int {
		return cmp.Or(strings.Compare(a.Date, b.Date), strings.Compare(a.Title, b.Title))
	})
	return out
}

// retellingDocs is a developing story: a plea told on its day, then told
// again in the present perfect, without a date word, by later articles; a
// plea of another man told so; a later plea with its own day; and deaths
// told again with no party named, which may be other deaths; and a
// declaration told again with no party found, but its object.
func retellingDocs() []timeline.Document {
	day := func(m time.Month, d int) time.Time { return time.Date(2024, m, d, 0, 0, 0, 0, time.UTC) }
	return []timeline.Document{
		{ID: 1, Published: day(3, 5), Text: "Councillor Ruth Okafor pleaded not guilty to fraud on Monday."},
		{ID: 2, Published: day(4, 10), Text: "Councillor Ruth Okafor has pleaded not guilty to fraud."},
		{ID: 3, Published: day(5, 2), Text: "Councillor Ruth Okafor has pleaded not guilty to fraud."},
		{ID: 4, Published: day(5, 6), Text: "Councillor Tom Reyes has pleaded not guilty to fraud."},
		{ID: 5, Published: day(5, 20), Text: "Councillor Ruth Okafor pleaded not guilty to forgery on Friday."},
		{ID: 6, Published: day(3, 5), Text: "Patients died of measles in Leeds on Sunday."},
		{ID: 7, Published: day(4, 12), Text: "Patients have died of measles in Leeds."},
		{ID: 8, Published: day(3, 7), Text: "The county board declared a public health emergency on Wednesday."},
		{ID: 9, Published: day(4, 15), Text: "The county board has declared a public health emergency."},
	}
}

// TestRetelling checks that a report dated only by its publication day
// joins the event of the same happening dated earlier, which keeps the
// date of its first telling, whether the story comes at once (in any order
// of its documents) or one document at a time; that a report of other
// parties, and one with its own date word, stay events of their own.
func TestRetelling(t *testing.T) {
	x := newExtractor(t)
	docs := retellingDocs()
	for i := range docs {
		docs[i].PublishedSource = timeline.PublishedUser
	}
	want := []toldEvent{
		{Date: "2024-03-03", Title: "Patients die of measles in Leeds", Docs: []int64{6}},
		{Date: "2024-03-04", Title: "Ruth Okafor pleads not guilty to fraud", Docs: []int64{1, 2, 3}},
		{Date: "2024-03-06", Title: "The county board declares a public health emergency", Docs: []int64{8, 9}},
		{Date: "2024-04-12", Title: "Patients die of measles in Leeds", Docs: []int64{7}},
		{Date: "2024-05-06", Title: "Tom Reyes pleads not guilty to fraud", Docs: []int64{4}},
		{Date: "2024-05-17", Title: "Ruth Okafor pleads not guilty to forgery", Docs: []int64{5}},
	}
	batch, err := x.Extract(docs)
	if err != nil {
		t.Fatal(err)
	}
	if diff := gocmp.Diff(want, retoldOf(batch)); diff != "" {
		t.Errorf("Extract: (-want +got):\n%s", diff)
	}
	reversed := slices.Clone(docs)
	slices.Reverse(reversed)
	if back, err := x.Extract(reversed); err != nil {
		t.Fatal(err)
	} else if diff := gocmp.Diff(want, retoldOf(back)); diff != "" {
		t.Errorf("Extract, latest article first: (-want +got):\n%s", diff)
	}
	s := newStore()
	for _, d := range docs {
		s.add(t, x, d)
	}
	var events []timeline.Event
	for _, e := range s.events {
		events = append(events, Build(e.reports, e.disagreement))
	}
	if diff := gocmp.Diff(want, retoldOf(events)); diff != "" {
		t.Errorf("one document at a time: (-want +got):\n%s", diff)
	}
}

// TestRetellable checks which reports may retell an earlier happening:
// those dated by their publication day and no date word, of a kind of
// happening, and no saying.
func TestRetellable(t *testing.T) {
	pub := timeline.Date{Value: "2024-04-10", Precision: timeline.PrecisionDay, Start: "2024-04-10", End: "2024-04-10", Rule: "publication"}
	worded := pub
	worded.Rule, worded.Expression = "weekday", "on Monday"
	span := pub
	span.Expression = "in the past nine days"
	tests := []struct {
		name string
		r    Report
		want bool
	}{
		{"present perfect", Report{Kind: "plead", Date: Date{Date: pub}}, true},
		{"date word", Report{Kind: "plead", Date: Date{Date: worded}}, false},
		{"stretch to publication", Report{Kind: "fall", Date: Date{Date: span}}, false},
		{"saying", Report{Kind: "say", Speech: true, Date: Date{Date: pub}}, false},
		{"no kind", Report{Date: Date{Date: pub}}, false},
		{"undated", Report{Kind: "plead"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := retellable(&tc.r); got != tc.want {
				t.Errorf("retellable(%s) = %v, want %v", tc.name, got, tc.want)
			}
		})
	}
}

// TestRetoldKeys checks that a retelling is filed under no key (its date is
// not its event's, so a report of that day finds no event through it) and
// that a report that may retell is looked up by its kind keys.
func TestRetoldKeys(t *testing.T) {
	pub := timeline.Date{Value: "2024-04-10", Precision: timeline.PrecisionDay, Start: "2024-04-10", End: "2024-04-10", Rule: "publication"}
	r := Report{Kind: "plead", Title: "Okafor pleads not guilty", Parties: []string{"Ruth Okafor"}, Date: Date{Date: pub}}
	if !slices.Contains(r.Lookup(), "k|plead|a|Ruth Okafor") {
		t.Errorf("Lookup() = %q, want the kind key of its party", r.Lookup())
	}
	if !slices.Contains(r.Keys(), "v|2024-04-10|plead") {
		t.Errorf("Keys() = %q, want its date key", r.Keys())
	}
	r.Retold = true
	if keys := r.Keys(); len(keys) > 0 {
		t.Errorf("Keys() of a retelling = %q, want none", keys)
	}
}

// TestOtherFigures checks that headlines with figures and none in common
// tell two happenings, and that a name with digits is no figure.
func TestOtherFigures(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Ferry fares rise 4.5%", "Ferry fares rise 2%", true},
		{"Ferry fares rise 4.5%", "Ferry fares rise 4.5% in June", false},
		{"H5N8 kills 40 birds in Kent", "H5N8 kills 12 birds in Kent", true},
		{"H5N8 kills 40 birds in Kent", "H5N8 reaches Kent", false},
		{"Budget of $3,200 approved", "Budget of 3,200 approved", false},
		{"G7 ministers meet", "G7 ministers meet in Rome", false},
	}
	for _, tc := range tests {
		if got := otherFigures(tc.a, tc.b); got != tc.want {
			t.Errorf("otherFigures(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestSameObject checks the objects a retelling must agree on.
func TestSameObject(t *testing.T) {
	tests := []struct {
		name string
		a, b []string
		want bool
	}{
		{"none", nil, nil, true},
		{"shared word", []string{"contract", "transfer"}, []string{"contract"}, true},
		{"other objects", []string{"film"}, []string{"licence"}, false},
		{"one without", []string{"film"}, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sameObject(&Report{Object: tc.a}, &Report{Object: tc.b}); got != tc.want {
				t.Errorf("sameObject(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

// TestUnnamedAlike checks when two reports with no party tell one happening
// by their object.
func TestUnnamedAlike(t *testing.T) {
	tests := []struct {
		name string
		a, b Report
		want bool
	}{
		{"same object", Report{Object: []string{"emergency", "health", "public"}}, Report{Object: []string{"emergency", "health", "public"}}, true},
		{"most of it", Report{Object: []string{"alert", "level", "pandemic"}}, Report{Object: []string{"alert", "pandemic"}}, true},
		{"one word", Report{Object: []string{"people"}}, Report{Object: []string{"people"}}, false},
		{"a party", Report{Object: []string{"emergency", "health"}, Parties: []string{"Ruth Okafor"}}, Report{Object: []string{"emergency", "health"}}, false},
		{"no object", Report{}, Report{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := unnamedAlike(&tc.a, &tc.b); got != tc.want {
				t.Errorf("unnamedAlike(%v, %v) = %v, want %v", tc.a.Object, tc.b.Object, got, tc.want)
			}
		})
	}
}

// TestPastPerfectRetelling checks that a saying with no date word that
// reports a happening in the past perfect, with a pronoun for subject,
// retells the happening of that verb an earlier sentence dated: it takes
// that date, not the day of publication (seedDay, Wed 2022-09-14). Another
// verb, or a subject that is no pronoun, stays the day's report.
func TestPastPerfectRetelling(t *testing.T) {
	runDatedCases(t, []datedCase{
		{"the retold death keeps its day", "The poet died on Sunday in Lisbon. His publisher said he had died of a stroke.",
			"died 2022-09-14", "died 2022-09-11"},
		{"a happening not told before is the report's", "The poet died on Sunday in Lisbon. His publisher said he had signed a new contract.",
			"signed 2022-09-11", "signed 2022-09-14"},
		{"a named subject may be another one's", "The poet died on Sunday in Lisbon. His publisher said the poet's brother had died of a stroke.",
			"", "died 2022-09-14"},
	})
}
