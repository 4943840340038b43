package eval

import (
	"path/filepath"
	"testing"

	"storyline/timeline"
)

// newsFloors are for testdata/newsevents: 24 articles annotated by hand
// before the extractor was first run on them. The first score is in the
// commit that added this test (precision 0.2357, recall 0.3173); the set is
// a regression set since.
var newsFloors = struct{ precision, recall float64 }{0.950, 0.932}

// placeFloors are the places of the right events of that set: recall (the
// share of right events with a gold place that carry it) and precision (the
// share of right events carrying a place whose place the gold names). They
// were 0.4571 and 0.6038 before the place rules of the w-geo branch, 0.5857
// and 0.7885 after, 0.5915 and 0.7925 with the dates of modifiers (w-nmod),
// 0.7606 and 0.9310 with the scope of the dateline, stays, city subjects
// and place anaphors (w-plc), 0.7746 and 0.9322 with the place of a
// happening named again by its subject's noun (w-plc3).
var placeFloors = struct{ precision, recall float64 }{0.930, 0.770}

func TestNewsEventsFloors(t *testing.T) {
	arts, err := ReadNewsSet(filepath.Join("testdata", "newsevents"))
	if err != nil {
		t.Fatal(err)
	}
	s, results, err := ScoreNews(newExtractor(t), arts)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		for _, v := range r.Verdicts {
			if v.Why != "" {
				t.Logf("%s: %s: %q %s (%s) %q", r.Article.Name, v.Why, v.Event.Title, v.Event.Date.Value, v.Event.Trigger, v.Event.Text)
			}
			if v.Why == "" && (v.PlaceWrong || v.Gold.Places != nil && !v.Place) {
				t.Logf("%s: place: %q has %v, gold %v", r.Article.Name, v.Event.Title, placeNames(v.Event.Places), v.Gold.Places)
			}
		}
		for _, g := range r.Missed {
			t.Logf("%s: missed line %d: %q %v", r.Article.Name, g.Line, g.Snippets[0], g.Dates)
		}
	}
	t.Logf("news set: %s", s)
	if s.Precision() < newsFloors.precision {
		t.Errorf("precision = %.4f, want >= %.3f", s.Precision(), newsFloors.precision)
	}
	if s.DateLines > 0 {
		t.Errorf("%d events made of a date line, want none", s.DateLines)
	}
	if s.Recall() < newsFloors.recall {
		t.Errorf("recall = %.4f, want >= %.3f", s.Recall(), newsFloors.recall)
	}
	if s.PlacePrecision() < placeFloors.precision {
		t.Errorf("place precision = %.4f, want >= %.3f", s.PlacePrecision(), placeFloors.precision)
	}
	if s.Place() < placeFloors.recall {
		t.Errorf("place recall = %.4f, want >= %.3f", s.Place(), placeFloors.recall)
	}
}

func placeNames(ps []timeline.Place) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func TestDateLine(t *testing.T) {
	ev := func(quote, expr string) timeline.Event {
		return timeline.Event{Date: timeline.Date{Value: "2013-12-10", Expression: expr}, Sources: []timeline.Source{{Quote: quote}}}
	}
	tests := []struct {
		name string
		e    timeline.Event
		want bool
	}{
		{"a date line", ev("December 10, 2013", "December 10, 2013"), true},
		{"a date line with a full stop", ev("December 10, 2013.", "December 10, 2013"), true},
		{"a sentence", ev("Talks resumed on December 10, 2013.", "December 10, 2013"), false},
		{"no sources", timeline.Event{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := DateLine(tc.e); got != tc.want {
				t.Errorf("DateLine(%+v) = %v, want %v", tc.e.Sources, got, tc.want)
			}
		})
	}
}
