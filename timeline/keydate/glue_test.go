package keydate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

func TestUnglue(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []segment
	}{
		{"caption before a sentence", "Experts suspect swine flu has killed more than 100 people in Mexico As international concern grows, lessons are drawn.",
			[]segment{{text: "Experts suspect swine flu has killed more than 100 people in Mexico"},
				{text: "As international concern grows, lessons are drawn."}}},
		{"caption and a dated item", "Dr Murray appears in court in Los Angeles 25 January 2011 The doctor enters a plea.",
			[]segment{{text: "Dr Murray appears in court in Los Angeles"},
				{text: "25 January 2011 The doctor enters a plea.", date: "25 January 2011"}}},
		{"a dated item", "24 September 2011 The jury is finalized.",
			[]segment{{text: "24 September 2011 The jury is finalized.", date: "24 September 2011"}}},
		{"a date the sentence needs", "Michael Jackson died on 25 June 2009 and Dr Murray was with him.",
			[]segment{{text: "Michael Jackson died on 25 June 2009 and Dr Murray was with him."}}},
		{"punctuation before the opener", "He said: The virus is mild.",
			[]segment{{text: "He said: The virus is mild."}}},
		{"a title", "Footage from Michael Jackson's This Is It tour can not be used.",
			[]segment{{text: "Footage from Michael Jackson's This Is It tour can not be used."}}},
		{"influenza A", "It is an influenza A virus never seen before.",
			[]segment{{text: "It is an influenza A virus never seen before."}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := unglue(nil, tc.text)
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(segment{})); diff != "" {
				t.Errorf("unglue(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestDatedStart(t *testing.T) {
	for text, want := range map[string]bool{
		"4 January 2011 Preliminary hearings begin.": true,
		"April 2011 Jury selection begins.":          true,
		"April 27, 2009 Mexico closes schools.":      true,
		"The jury is finalized.":                     false,
		"24 cases were confirmed.":                   false,
	} {
		if got := datedStart(text); got != want {
			t.Errorf("datedStart(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestSummaryChronology: an item of a chronology the sources print is the
// day's summary, with its continuation, before better supported reports.
func TestSummaryChronology(t *testing.T) {
	chronology := "How the government fell\n\n2 March 2020 The coalition loses its majority.\n\n3 March 2020 Parliament votes to dissolve the government. The president calls an election for May.\n\n5 March 2020 Campaigning begins."
	docs := []timeline.Document{
		{ID: 1, Published: day("2020-03-04"), Text: "Parliament voted to dissolve the government on Tuesday after a long night."},
		{ID: 2, Published: day("2020-03-04"), Text: "Members of parliament voted to dissolve the government."},
		{ID: 3, Published: day("2020-03-04"), Text: "The government fell when parliament voted to dissolve it."},
		{ID: 4, Published: day("2020-03-06"), Text: chronology},
	}
	on := func(doc int64, quote, expr string) timeline.Source {
		s := src(doc, quote, "2020-03-03")
		s.Date.Expression = expr
		return s
	}
	events := []timeline.Event{
		{ID: 1, Date: dated("2020-03-03"), Sources: []timeline.Source{
			on(1, "Parliament voted to dissolve the government on Tuesday after a long night.", "Tuesday"),
			on(2, "Members of parliament voted to dissolve the government.", "Tuesday"),
			on(3, "The government fell when parliament voted to dissolve it.", "Tuesday"),
		}},
		{ID: 2, Date: dated("2020-03-03"), Sources: []timeline.Source{
			on(4, "3 March 2020 Parliament votes to dissolve the government.", "3 March 2020"),
		}},
		// An item with no continuation is the whole summary.
		{ID: 3, Date: dated("2020-03-02"), Sources: []timeline.Source{
			{DocumentID: 1, Quote: "Farmers blocked the roads around the capital with their tractors.", Date: dated("2020-03-02")},
			{DocumentID: 4, Quote: "2 March 2020 The coalition loses its majority in parliament.", Date: timeline.Date{Value: "2020-03-02", Precision: timeline.PrecisionDay, Start: "2020-03-02", End: "2020-03-02", Expression: "2 March 2020"}},
		}},
	}
	docs[3].Text = strings.Replace(docs[3].Text, "loses its majority.", "loses its majority in parliament.", 1)
	want := map[string][]string{
		"2020-03-03": {"Parliament votes to dissolve the government.", "The president calls an election for May."},
		"2020-03-02": {"The coalition loses its majority in parliament."},
	}
	got := map[string][]string{}
	for _, d := range Top(Rank(docs, events), -1) {
		if _, ok := want[d.Date]; !ok {
			continue
		}
		got[d.Date] = []string{}
		for _, s := range d.Sentences {
			got[d.Date] = append(got[d.Date], s.Text)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("summaries (-want +got):\n%s", diff)
	}
}
