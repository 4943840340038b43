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

func TestParseEventsAndLinks(t *testing.T) {
	in := `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">01/08/1998</TIMEX3></DCT>
<TEXT>Prices <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, analysts <EVENT eid="e2" class="REPORTING">said</EVENT>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei2" />
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2" />
<TLINK lid="l4" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei9" />
</TimeML>`
	d, err := Parse([]byte(in))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	wantEvents := []Event{
		{Start: 7, End: 11, EID: "e1", Class: "OCCURRENCE"},
		{Start: 32, End: 36, EID: "e2", Class: "REPORTING"},
	}
	if diff := cmp.Diff(wantEvents, d.Events); diff != "" {
		t.Errorf("Parse: Events (-want +got):\n%s", diff)
	}
	for _, e := range d.Events {
		if got := d.Text[e.Start:e.End]; got != "fell" && got != "said" {
			t.Errorf("Parse: event %s spans %q", e.EID, got)
		}
	}
	// Event–event links and links to unknown instances are left out; a link
	// written time first is turned around.
	wantLinks := []Link{
		{EID: "e1", TID: "t1", RelType: "IS_INCLUDED"},
		{EID: "e2", TID: "t0", RelType: "IS_INCLUDED"},
	}
	if diff := cmp.Diff(wantLinks, d.Links); diff != "" {
		t.Errorf("Parse: Links (-want +got):\n%s", diff)
	}
}

func TestAnchors(t *testing.T) {
	in := `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">01/08/1998</TIMEX3></DCT>
<TEXT>Prices <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> after a <EVENT eid="e2" class="OCCURRENCE">rally</EVENT> in <TIMEX3 tid="t2" type="DATE" value="PAST_REF">the past</TIMEX3>. Traders <EVENT eid="e3" class="OCCURRENCE">left</EVENT> <TIMEX3 tid="t3" type="DURATION" value="P1D">for a day</TIMEX3> and <EVENT eid="e4" class="OCCURRENCE">returned</EVENT>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" /><MAKEINSTANCE eventID="e2" eiid="ei2" /><MAKEINSTANCE eventID="e3" eiid="ei3" /><MAKEINSTANCE eventID="e4" eiid="ei4" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t2" />
<TLINK lid="l3" relType="DURING" eventInstanceID="ei3" relatedToTime="t3" />
<TLINK lid="l4" relType="AFTER" eventInstanceID="ei4" relatedToTime="t1" />
<TLINK lid="l5" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei4" />
</TimeML>`
	d, err := Parse([]byte(in))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	// Sentences split at ". ": e4 is in the second sentence, t1 in the first.
	dot := strings.Index(d.Text, ". ")
	sentence := func(off int) int {
		if off > dot {
			return 1
		}
		return 0
	}
	got := d.Anchors(sentence)
	want := []Anchor{{Event: d.Events[0], Values: []string{"1998-01-07"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Anchors (-want +got):\n%s", diff)
	}
	cases := []struct {
		name          string
		sys           []Dated
		found, checkd int
		right         int
	}{
		{"right date on the trigger", []Dated{{7, 11, "1998-01-07"}}, 1, 1, 1},
		{"wrong date on the trigger", []Dated{{7, 11, "1998-01-08"}}, 0, 1, 0},
		{"undated on the trigger", []Dated{{7, 11, ""}}, 0, 0, 0},
		{"right date elsewhere", []Dated{{0, 6, "1998-01-07"}}, 0, 0, 0},
		{"two events, one right", []Dated{{7, 11, "1998-01-08"}, {8, 10, "1998-01-07"}}, 1, 2, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, s := ScoreAnchors(got, tc.sys)
			if s.Found != tc.found || s.Checked != tc.checkd || s.Right != tc.right || s.Gold != 1 {
				t.Errorf("ScoreAnchors(%v) = found %d checked %d right %d gold %d, want %d %d %d 1", tc.sys, s.Found, s.Checked, s.Right, s.Gold, tc.found, tc.checkd, tc.right)
			}
		})
	}
}

func TestCalendar(t *testing.T) {
	for v, want := range map[string]bool{
		"1998-01-08": true, "1998": true, "1998-W02": true, "1998-Q1": true, "1998-01-08T15:00": true,
		"XXXX-04": false, "1998-XX-XX": false, "1989-WXX": false, "1989-QX": false, "PAST_REF": false, "P3D": false, "199": false, "19980": false, "": false,
	} {
		if got := Calendar(v); got != want {
			t.Errorf("Calendar(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestSameDate(t *testing.T) {
	cases := []struct {
		gold []string
		sys  string
		want bool
	}{
		{[]string{"1999-02-04"}, "1999-02-04", true},
		{[]string{"1999-02-04"}, "1999-02-04TNI", true},    // "Thursday night"
		{[]string{"2000-03-26TNI"}, "2000-03-26", true},    // the day of that night
		{[]string{"2000-01-05TEV"}, "2000-01-05TNI", true}, // two readings of "Wednesday night"
		{[]string{"2000-W7"}, "2000-W07", true},
		{[]string{"2000-W07"}, "2000-W7", true},
		{[]string{"1999-02-04"}, "1999-02-05TNI", false},
		{[]string{"2000-W17"}, "2000-W07", false},
		{[]string{"1999-02"}, "1999-02-04", false}, // a day is not its month
		{[]string{"1998-Q3"}, "1998-Q3", true},
		{[]string{"1998", "1999"}, "1999", true},
		{nil, "1999", false},
	}
	for _, tc := range cases {
		if got := SameDate(tc.gold, tc.sys); got != tc.want {
			t.Errorf("SameDate(%v, %q) = %v, want %v", tc.gold, tc.sys, got, tc.want)
		}
	}
}

func TestScoreSentences(t *testing.T) {
	// Two sentences: [0,50) holds gold events at 10 (1998-01-07) and 20
	// (1998-01), [50,100) holds one at 60 (1998-02-02).
	gold := []Anchor{
		{Event: Event{Start: 10, End: 14}, Values: []string{"1998-01-07"}},
		{Event: Event{Start: 20, End: 24}, Values: []string{"1998-01"}},
		{Event: Event{Start: 60, End: 64}, Values: []string{"1998-02-02"}},
	}
	sentence := func(off int) int { return off / 50 }
	sys := []Dated{
		{Start: 0, Value: "1998-01-07T09:00"}, // right for the first, by its day
		{Start: 5, Value: "1998-03"},          // wrong in a sentence with gold anchors
		{Start: 55, Value: ""},                // undated: not checked
		{Start: 110, Value: "1998-05"},        // a sentence without gold anchors: not checked
	}
	s := ScoreSentences(gold, sys, sentence)
	if s.Gold != 3 || s.Found != 1 || s.Checked != 2 || s.Right != 1 || s.Dated != 3 || s.Events != 4 {
		t.Errorf("ScoreSentences = %+v, want gold 3 found 1 checked 2 right 1 dated 3 events 4", s)
	}
}
