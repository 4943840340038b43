package timeml

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(data)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if d.ID != "SAMPLE1" || d.DCTValue != "2022-09-14" || !d.DCT.Equal(time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Parse: ID %q DCT %q %v", d.ID, d.DCTValue, d.DCT)
	}
	wantText := "\nXi was met Wednesday in Nur-Sultan &amp; Astana. On Thursday he flies – “again”.\n"
	if d.Text != wantText {
		t.Errorf("Parse: Text = %q, want %q", d.Text, wantText)
	}
	want := []Timex{
		{Start: 12, End: 21, TID: "t1", Type: "DATE", Value: "2022-09-14"},
		{Start: 50, End: 61, TID: "t2", Type: "DATE", Value: "2022-09-15"},
	}
	if diff := cmp.Diff(want, d.Timexes); diff != "" {
		t.Errorf("Parse: Timexes (-want +got):\n%s", diff)
	}
	for _, x := range d.Timexes {
		t.Logf("%q", d.Text[x.Start:x.End])
	}
	if got := d.Text[d.Timexes[0].Start:d.Timexes[0].End]; got != "Wednesday" {
		t.Errorf("Parse: first span = %q, want Wednesday", got)
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"<TimeML></TimeML>", "<TEXT>no end", "<TEXT><TIMEX3 tid=\"t1\">x</TEXT>", "<TEXT>a</TIMEX3></TEXT>"} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("Parse(%q) = nil error, want one", in)
		}
	}
}

func TestAnnotateKeepsText(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	out := d.Annotate([]Timex{{Start: 12, End: 21, Type: "DATE", Value: "2022-09-14"}, {Start: 53, End: 61, Type: "DATE", Value: "2022-09-15", Mod: "START"}})
	if !strings.Contains(out, `<TIMEX3 tid="t1" type="DATE" value="2022-09-14">Wednesday</TIMEX3>`) ||
		!strings.Contains(out, `<TIMEX3 tid="t2" type="DATE" value="2022-09-15" mod="START">Thursday</TIMEX3>`) {
		t.Errorf("Annotate = %s", out)
	}
	again, err := Parse([]byte(out))
	if err != nil {
		t.Fatalf("Parse(Annotate) error %v", err)
	}
	if again.Text != d.Text {
		t.Errorf("Annotate changed TEXT:\n%q\n%q", again.Text, d.Text)
	}
	if !strings.HasPrefix(out, string(data[:strings.Index(string(data), "<TEXT>")])) {
		t.Errorf("Annotate changed the header")
	}
}

func TestMatch(t *testing.T) {
	gold := []Timex{
		{Start: 0, End: 5, Type: "DATE", Value: "2022"},
		{Start: 10, End: 20, Type: "DATE", Value: "2022-09"},
		{Start: 30, End: 35, Type: "DURATION", Value: "P2Y"},
		{Start: 50, End: 55, Type: "DATE", Value: "PAST_REF"},
	}
	sys := []Timex{
		{Start: 0, End: 5, Type: "DATE", Value: "2022"},      // strict, value ok
		{Start: 12, End: 20, Type: "DATE", Value: "2022-10"}, // relaxed, value wrong
		{Start: 30, End: 35, Type: "DATE", Value: "P2Y"},     // strict, type wrong
		{Start: 40, End: 45, Type: "DATE", Value: "2021"},    // spurious
	}
	pairs, s := Match(gold, sys)
	want := Scores{Gold: 4, System: 4, Strict: 2, Relaxed: 3, Value: 2, Type: 2}
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("Match scores (-want +got):\n%s", diff)
	}
	if len(pairs) != 5 {
		t.Errorf("Match pairs = %d, want 5 (3 matched, 1 miss, 1 spurious)", len(pairs))
	}
	if got := s.ValueF1(); got != 0.5 {
		t.Errorf("ValueF1 = %v, want 0.5", got)
	}
	if got := s.RelaxedF1(); got != 0.75 {
		t.Errorf("RelaxedF1 = %v, want 0.75", got)
	}
}

func TestMatchOneToOne(t *testing.T) {
	gold := []Timex{{Start: 0, End: 10, Value: "a"}}
	sys := []Timex{{Start: 0, End: 4, Value: "a"}, {Start: 0, End: 10, Value: "a"}, {Start: 6, End: 10, Value: "a"}}
	_, s := Match(gold, sys)
	if s.Relaxed != 1 || s.Strict != 1 {
		t.Errorf("Match = %+v, want one strict pair", s)
	}
}

// TestAnnotateKeepsMarkup checks that tags other than TIMEX3 inside TEXT
// stay where they were, that old TIMEX3 tags give way to the new ones, and
// that a span cutting across an element is skipped rather than breaking
// the XML.
func TestAnnotateKeepsMarkup(t *testing.T) {
	in := `<TimeML><DOCID>m</DOCID><TEXT>Xi <EVENT eid="e1">arrived</EVENT> on <TIMEX3 tid="t9" type="DATE" value="X">Wednesday</TIMEX3><SIGNAL sid="s1"/> and <EVENT eid="e2">left Thursday</EVENT> morning.</TEXT></TimeML>`
	d, err := Parse([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Xi arrived on Wednesday and left Thursday morning."; d.Text != want {
		t.Fatalf("Text = %q, want %q", d.Text, want)
	}
	wed := strings.Index(d.Text, "Wednesday")
	thu := strings.Index(d.Text, "Thursday")
	out := d.Annotate([]Timex{
		{Start: wed, End: wed + len("Wednesday"), Type: "DATE", Value: "2022-09-14"},
		{Start: thu, End: thu + len("Thursday morning"), Type: "TIME", Value: "2022-09-15TMO"}, // crosses </EVENT>
	})
	want := `<TimeML><DOCID>m</DOCID><TEXT>Xi <EVENT eid="e1">arrived</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2022-09-14">Wednesday</TIMEX3><SIGNAL sid="s1"/> and <EVENT eid="e2">left Thursday</EVENT> morning.</TEXT></TimeML>`
	if out != want {
		t.Errorf("Annotate =\n%s\nwant\n%s", out, want)
	}
	out = d.Annotate([]Timex{{Start: thu, End: thu + len("Thursday"), Type: "DATE", Value: "2022-09-15"}})
	if !strings.Contains(out, `<EVENT eid="e2">left <TIMEX3 tid="t1" type="DATE" value="2022-09-15">Thursday</TIMEX3></EVENT> morning.`) {
		t.Errorf("Annotate inside an element =\n%s", out)
	}
	again, err := Parse([]byte(out))
	if err != nil || again.Text != d.Text {
		t.Errorf("Parse(Annotate) = %v, text %q, want %q", err, again.Text, d.Text)
	}
}
