package views

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"storyline/timeline"
)

// TestEventViewStatement checks that a source's statement, the saying with
// its own date, shows next to the source's outlet in the newsroom and to
// readers outside it, and that a source without one shows none.
func TestEventViewStatement(t *testing.T) {
	text := "The harbour board said on Monday that ferries would be barred from April 1."
	span := func(s string) timeline.Span {
		i := strings.Index(text, s)
		return timeline.Span{Start: i, End: i + len(s)}
	}
	day := func(v, expr string) timeline.Date {
		return timeline.Date{Value: v, Type: "DATE", Precision: timeline.PrecisionDay, Start: v, End: v, EDTF: v, Expression: expr, Span: span(expr)}
	}
	src := timeline.Source{DocumentID: 1, Span: timeline.Span{End: len(text)}, Quote: text, Date: day("2024-04-01", "April 1"), Trigger: span("barred")}
	withStatement := src
	withStatement.Statement = &timeline.Statement{Trigger: span("said"), Date: day("2024-03-18", "on Monday")}
	story := timeline.Story{ID: 1, Title: "Ferries", Documents: []timeline.Document{
		{ID: 1, StoryID: 1, Title: "Ferries barred", Outlet: "Harbour Post", Text: text, Published: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)},
	}}
	for _, outside := range []bool{false, true} {
		for _, tc := range []struct {
			name string
			src  timeline.Source
			want string // the statement shown, "" for none
		}{
			{"with a statement", withStatement, "said Mon 18 Mar 2024"},
			{"without", src, ""},
		} {
			e := timeline.Event{ID: 2, StoryID: 1, Title: "Ferries to be barred", Trigger: "barred", Text: text, Date: src.Date, Sources: []timeline.Source{tc.src}}
			p := NewEventPage(Page{}, story, e)
			p.Outside = outside
			var buf bytes.Buffer
			if err := EventView(p).Render(context.Background(), &buf); err != nil {
				t.Fatalf("Render: %v", err)
			}
			doc := parse(t, buf.String())
			got := find(doc, "data-testid", "source-statement")
			switch {
			case tc.want == "" && len(got) != 0:
				t.Errorf("%s (outside %v): %d statements shown, want none", tc.name, outside, len(got))
			case tc.want != "" && (len(got) != 1 || textOf(got[0]) != tc.want):
				t.Errorf("%s (outside %v): statements %d, want one %q", tc.name, outside, len(got), tc.want)
			}
			if tc.want == "" {
				continue
			}
			// next to the outlet, in the source's footer
			foot := byTag(find(doc, "data-testid", "source")[0], "footer")
			if len(foot) != 1 || !strings.Contains(strings.Join(strings.Fields(textOf(foot[0])), " "), "Harbour Post said Mon 18 Mar 2024: Ferries barred") {
				t.Errorf("%s (outside %v): footer %q does not show the outlet, the statement and the document", tc.name, outside, textOf(foot[0]))
			}
		}
	}
}
