package views

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

func TestDateLabel(t *testing.T) {
	tests := []struct {
		name string
		date timeline.Date
		want string
	}{
		{"day has weekday", timeline.Date{Value: "2022-09-14", Precision: timeline.PrecisionDay, Start: "2022-09-14", End: "2022-09-14"}, "Wed 14 Sep 2022"},
		{"next day", timeline.Date{Value: "2022-09-15", Precision: timeline.PrecisionDay, Start: "2022-09-15", End: "2022-09-15"}, "Thu 15 Sep 2022"},
		{"month", timeline.Date{Value: "2022-04", Precision: timeline.PrecisionMonth, Start: "2022-04-01", End: "2022-04-30"}, "Apr 2022"},
		{"open start", timeline.Date{Value: "2020-09", Mod: "BEFORE", Precision: timeline.PrecisionMonth, End: "2020-09-30"}, "before Sep 2020"},
		{"approximate day keeps no weekday", timeline.Date{Value: "2022-09-14", Mod: "APPROX", Precision: timeline.PrecisionDay, Start: "2022-09-14", End: "2022-09-14"}, "c. 14 Sep 2022"},
		{"undated", timeline.Date{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := DateLabel(tc.date); got != tc.want {
				t.Errorf("DateLabel(%+v) = %q, want %q", tc.date, got, tc.want)
			}
		})
	}
}

func TestHighlight(t *testing.T) {
	quote := "Xi was met on Wednesday by Tokayev in Nur-Sultan."
	sentence := timeline.Span{Start: 100, End: 100 + len(quote)}
	at := func(text string) timeline.Span {
		i := strings.Index(quote, text)
		return timeline.Span{Start: 100 + i, End: 100 + i + len(text)}
	}
	tests := []struct {
		name  string
		marks []Mark
		want  []Segment
	}{
		{"date and place by spans",
			[]Mark{{Span: at("Wednesday"), Text: "Wednesday", Kind: MarkTimex}, {Span: at("Nur-Sultan"), Text: "Nur-Sultan", Kind: MarkPlace}},
			[]Segment{{Text: "Xi was met on "}, {Text: "Wednesday", Kind: MarkTimex}, {Text: " by Tokayev in "}, {Text: "Nur-Sultan", Kind: MarkPlace}, {Text: "."}}},
		{"span disagrees with text, text found",
			[]Mark{{Span: timeline.Span{Start: 101, End: 105}, Text: "Wednesday", Kind: MarkTimex}},
			[]Segment{{Text: "Xi was met on "}, {Text: "Wednesday", Kind: MarkTimex}, {Text: " by Tokayev in Nur-Sultan."}}},
		{"expression from another sentence",
			[]Mark{{Span: timeline.Span{Start: 10, End: 18}, Text: "Thursday", Kind: MarkTimex}},
			[]Segment{{Text: quote}}},
		{"nothing to mark", nil, []Segment{{Text: quote}}},
		{"span past the quote",
			[]Mark{{Span: timeline.Span{Start: 200, End: 209}, Kind: MarkTimex}},
			[]Segment{{Text: quote}}},
		{"overlapping marks keep the first",
			[]Mark{{Span: at("Wednesday"), Kind: MarkTimex}, {Span: at("on Wednesday"), Kind: MarkPlace}},
			[]Segment{{Text: "Xi was met on "}, {Text: "Wednesday", Kind: MarkTimex}, {Text: " by Tokayev in Nur-Sultan."}}},
		{"mark at the start",
			[]Mark{{Span: at("Xi"), Kind: MarkPlace}},
			[]Segment{{Text: "Xi", Kind: MarkPlace}, {Text: " was met on Wednesday by Tokayev in Nur-Sultan."}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Highlight(quote, sentence, tc.marks)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Highlight(%q, %v, %v) mismatch (-want +got):\n%s", quote, sentence, tc.marks, diff)
			}
		})
	}
}

func TestHighlightUTF8(t *testing.T) {
	quote := "Président Xi — mercredi à Astana"
	// A span that cuts a multi-byte rune in half must not be used.
	got := Highlight(quote, timeline.Span{Start: 0, End: len(quote)}, []Mark{{Span: timeline.Span{Start: 3, End: 5}, Kind: MarkTimex}})
	if want := []Segment{{Text: quote}}; !cmp.Equal(got, want) {
		t.Errorf("Highlight over a split rune = %v, want %v", got, want)
	}
}

func TestNewStoryData(t *testing.T) {
	events := []timeline.Event{
		{ID: 1, Title: "Xi meets Tokayev", Date: timeline.Date{Value: "2022-09-14", Precision: timeline.PrecisionDay, Start: "2022-09-14", End: "2022-09-14"},
			Places: []timeline.Place{{GeonameID: 1526273, Name: "Astana", Mention: "Nur-Sultan", Lat: 51.18, Lon: 71.45, Precision: timeline.PlaceCity}}},
		{ID: 2, Title: "undated"},
		{ID: 3, Title: "trip announced", Date: timeline.Date{Value: "2022-04", Precision: timeline.PrecisionMonth, Start: "2022-04-01", End: "2022-04-30"}},
	}
	got := NewStoryData(events, "https://tile.example/{z}/{x}/{y}.png", "Tiles", "credit")
	want := StoryData{
		Events: []WidgetEvent{
			{ID: 1, Title: "Xi meets Tokayev", Value: "2022-09-14", Precision: "day", Start: "2022-09-14", End: "2022-09-14", Label: "Wed 14 Sep 2022", URL: "/events/1",
				Places: []WidgetPlace{{Name: "Astana", Mention: "Nur-Sultan", Lat: 51.18, Lon: 71.45, Precision: "city", GeonameID: 1526273}}},
			{ID: 3, Title: "trip announced", Value: "2022-04", Precision: "month", Start: "2022-04-01", End: "2022-04-30", Label: "Apr 2022", URL: "/events/3", Places: []WidgetPlace{}},
		},
		Tiles: "https://tile.example/{z}/{x}/{y}.png", TileAttribution: "Tiles", Credit: "credit",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("NewStoryData mismatch (-want +got):\n%s", diff)
	}
}

func TestNewEventPageHighlightsSource(t *testing.T) {
	text := "Header.\nXi was met on Wednesday by Tokayev in Nur-Sultan."
	start := len("Header.\n")
	exprStart := start + len("Xi was met on ")
	story := timeline.Story{ID: 7, Title: "Trip", Documents: []timeline.Document{{ID: 3, Title: "Article", Outlet: "Al Jazeera", Text: text}}}
	e := timeline.Event{ID: 9, StoryID: 7, Title: "Xi met",
		Date: timeline.Date{Value: "2022-09-14", Precision: timeline.PrecisionDay, Start: "2022-09-14", End: "2022-09-14",
			Expression: "Wednesday", Span: timeline.Span{Start: exprStart, End: exprStart + len("Wednesday")},
			Explanation: "Wednesday, anchored to publication date Wed 2022-09-14, past tense: same day"},
		Places: []timeline.Place{{Name: "Astana", Mention: "Nur-Sultan", Span: timeline.Span{Start: strings.Index(text, "Nur-Sultan"), End: strings.Index(text, "Nur-Sultan") + len("Nur-Sultan")}}},
		Sources: []timeline.Source{{DocumentID: 3, Span: timeline.Span{Start: start, End: len(text)}, Quote: text[start:],
			Trigger: timeline.Span{Start: start + len("Xi was "), End: start + len("Xi was met")}}},
	}
	p := NewEventPage(Page{}, story, e)
	if len(p.Sources) != 1 {
		t.Fatalf("NewEventPage: %d sources, want 1", len(p.Sources))
	}
	got := p.Sources[0]
	want := SourceView{DocumentID: 3, DocumentTitle: "Article", Outlet: "Al Jazeera",
		Segments: []Segment{{Text: "Xi was "}, {Text: "met", Kind: MarkTrigger}, {Text: " on "}, {Text: "Wednesday", Kind: MarkTimex}, {Text: " by Tokayev in "}, {Text: "Nur-Sultan", Kind: MarkPlace}, {Text: "."}},
		Label:    "Wed 14 Sep 2022", Explanation: e.Date.Explanation}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("NewEventPage source mismatch (-want +got):\n%s", diff)
	}
	if p.StoryURL() != "/stories/7#event-9" {
		t.Errorf("StoryURL() = %q, want %q", p.StoryURL(), "/stories/7#event-9")
	}
}

func FuzzHighlight(f *testing.F) {
	f.Add("Xi was met on Wednesday by Tokayev in Nur-Sultan.", 100, 114, 123, "Wednesday", 138, 148, "Nur-Sultan")
	f.Add("Président Xi — mercredi à Astana", 0, 3, 5, "", 0, 0, "Astana")
	f.Fuzz(func(t *testing.T, quote string, start, s1, e1 int, text1 string, s2, e2 int, text2 string) {
		sentence := timeline.Span{Start: start, End: start + len(quote)}
		marks := []Mark{{Span: timeline.Span{Start: s1, End: e1}, Text: text1, Kind: MarkTimex}, {Span: timeline.Span{Start: s2, End: e2}, Text: text2, Kind: MarkPlace}}
		segs := Highlight(quote, sentence, marks)
		var b strings.Builder
		for _, s := range segs {
			if s.Text == "" {
				t.Errorf("Highlight(%q, ...) has an empty segment: %v", quote, segs)
			}
			b.WriteString(s.Text)
		}
		if b.String() != quote {
			t.Errorf("Highlight(%q, ...) segments join to %q, want the quote", quote, b.String())
		}
	})
}

func TestNewEventRowOpen(t *testing.T) {
	tests := []struct {
		name string
		date timeline.Date
		want bool
	}{
		{"before a month", timeline.Date{Value: "2020-09", Mod: "BEFORE", Precision: timeline.PrecisionMonth, End: "2020-09-30"}, true},
		{"after a year", timeline.Date{Value: "2019", Mod: "AFTER", Precision: timeline.PrecisionYear, Start: "2020-01-01"}, true},
		{"a whole month", timeline.Date{Value: "2022-04", Precision: timeline.PrecisionMonth, Start: "2022-04-01", End: "2022-04-30"}, false},
		{"undated", timeline.Date{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := NewEventRow(timeline.Event{ID: 1, Title: "x", Date: tc.date}).Open
			if got != tc.want {
				t.Errorf("NewEventRow(%+v).Open = %v, want %v", tc.date, got, tc.want)
			}
		})
	}
}

func TestKeyDateLinksKeepFilters(t *testing.T) {
	tests := []struct {
		name  string
		panel KeyDatesPanel
		fewer string
		more  string
	}{
		{"story page", KeyDatesPanel{StoryID: 3, Query: "actor=Xi&from=2022-09", Shown: 20, Custom: true},
			"/stories/3?actor=Xi&from=2022-09#key-dates", "/stories/3?actor=Xi&from=2022-09&keydates=30#key-dates"},
		{"story page, no filter", KeyDatesPanel{StoryID: 3, Shown: 20, Custom: true},
			"/stories/3#key-dates", "/stories/3?keydates=30#key-dates"},
		{"share link", KeyDatesPanel{StoryID: 3, Query: "actor=Xi&from=2022-09", Share: "tok", Shown: 20, Custom: true},
			"/share/tok?actor=Xi&from=2022-09#key-dates", "/share/tok?actor=Xi&from=2022-09&keydates=30&share=tok#key-dates"},
		{"share link, no filter", KeyDatesPanel{StoryID: 3, Share: "tok", Shown: 20, Custom: true},
			"/share/tok#key-dates", "/share/tok?keydates=30&share=tok#key-dates"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.panel.FewerURL(); got != tc.fewer {
				t.Errorf("FewerURL() = %q, want %q", got, tc.fewer)
			}
			if got := tc.panel.MoreURL(); got != tc.more {
				t.Errorf("MoreURL() = %q, want %q", got, tc.more)
			}
		})
	}
}
