package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// TestStatementJSON checks the statement of a source in the story JSON: the
// saying's word and its own date, with code point offsets (the text has a
// multibyte word before them), and that it imports back as it was.
func TestStatementJSON(t *testing.T) {
	text := "Zürich’s harbour board said on Monday that ferries would be barred from April 1."
	span := func(s string) timeline.Span {
		i := strings.Index(text, s)
		return timeline.Span{Start: i, End: i + len(s)}
	}
	published := time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)
	monday := timeline.Date{Value: "2024-03-18", Type: "DATE", Precision: timeline.PrecisionDay,
		Start: "2024-03-18", End: "2024-03-18", EDTF: "2024-03-18", Expression: "on Monday", Span: span("on Monday")}
	april := timeline.Date{Value: "2024-04-01", Type: "DATE", Precision: timeline.PrecisionDay,
		Start: "2024-04-01", End: "2024-04-01", EDTF: "2024-04-01", Expression: "April 1", Span: span("April 1")}
	s := timeline.Story{ID: 1, Title: "Ferries", Documents: []timeline.Document{
		{ID: 1, StoryID: 1, Title: "Ferries", Text: text, Published: published, PublishedSource: timeline.PublishedUser},
	}, Events: []timeline.Event{{
		ID: 1, StoryID: 1, Title: "Ferries to be barred", Trigger: "barred", Text: text, Date: april,
		Sources: []timeline.Source{{DocumentID: 1, Span: timeline.Span{End: len(text)}, Quote: text, Date: april,
			Trigger: span("barred"), Statement: &timeline.Statement{Trigger: span("said"), Date: monday}}},
	}}}
	var b bytes.Buffer
	if err := WriteJSON(&b, s); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	var out struct {
		Events []struct {
			Sources []struct {
				Statement *Statement `json:"statement"`
			} `json:"sources"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	st := out.Events[0].Sources[0].Statement
	if st == nil {
		t.Fatalf("WriteJSON: source has no statement:\n%s", b.String())
	}
	runes := []rune(text)
	if got := string(runes[st.Trigger.Start:st.Trigger.End]); got != "said" {
		t.Errorf("statement trigger %d..%d = %q, want %q", st.Trigger.Start, st.Trigger.End, got, "said")
	}
	if st.Date.Value != "2024-03-18" || st.Date.Label != "18 Mar 2024" || st.Date.Target == nil {
		t.Fatalf("statement date = %+v, want 2024-03-18 with its label and target", st.Date)
	}
	if got := string(runes[st.Date.Target.Start:st.Date.Target.End]); got != "on Monday" {
		t.Errorf("statement date target = %q, want %q", got, "on Monday")
	}
	imported, err := ImportJSON(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatalf("ImportJSON(WriteJSON(story)): %v", err)
	}
	if diff := cmp.Diff(s.Events[0].Sources, imported.Events[0].Sources); diff != "" {
		t.Errorf("ImportJSON(WriteJSON(story)) sources (-want +got):\n%s", diff)
	}
}
