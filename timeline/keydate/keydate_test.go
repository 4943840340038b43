package keydate

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func dated(v string) timeline.Date {
	return timeline.Date{Value: v, Precision: timeline.PrecisionDay, Start: v, End: v, Expression: v}
}

func src(doc int64, quote, v string) timeline.Source {
	return timeline.Source{DocumentID: doc, Quote: quote, Date: dated(v)}
}

func TestRank(t *testing.T) {
	docs := []timeline.Document{
		{ID: 1, Published: day("2020-03-01")},
		{ID: 2, Published: day("2020-03-01")},
		{ID: 3, Published: day("2020-03-02")},
		{ID: 4, Published: day("2020-03-20")},
	}
	events := []timeline.Event{
		// Reported the same day by two documents: 1 + 1.
		{ID: 10, Date: dated("2020-03-01"), Sources: []timeline.Source{
			src(1, "The minister resigned on Sunday after the vote.", "2020-03-01"),
			src(2, "The minister resigned on Sunday after the vote.", "2020-03-01"),
		}},
		// One near report and one reference back eighteen days later:
		// 1 + (1 + ln 18 / 2) = 3.45.
		{ID: 11, Date: dated("2020-03-02"), Sources: []timeline.Source{
			src(3, "Parliament was dissolved on Monday by the president.", "2020-03-02"),
			src(4, "Parliament was dissolved on 2 March, weeks before the election.", "2020-03-02"),
		}},
		// Announced ahead by one document: 0.25.
		{ID: 12, Date: dated("2020-04-01"), Sources: []timeline.Source{
			src(1, "The election will be held on 1 April across the country.", "2020-04-01"),
		}},
		// Background: sixty days before the first article, recalled 60 and
		// 79 days later: ((1 + ln 60 / 2) + (1 + ln 79 / 2)) / (1 + (60/30)²).
		{ID: 13, Date: dated("2020-01-01"), Sources: []timeline.Source{
			src(1, "The crisis began on 1 January with a strike.", "2020-01-01"),
			src(4, "The crisis began on 1 January with a general strike.", "2020-01-01"),
		}},
		// Merged in without a date of its own: no evidence for the day.
		{ID: 14, Date: dated("2020-03-05"), Sources: []timeline.Source{
			{DocumentID: 4, Quote: "Protesters marched in the capital.", Date: timeline.Date{}},
		}},
		// A month is no key date.
		{ID: 15, Date: timeline.Date{Value: "2020-03", Precision: timeline.PrecisionMonth, Start: "2020-03-01", End: "2020-03-31", Expression: "March"}, Sources: []timeline.Source{
			src(1, "Prices rose in March.", "2020-03"),
		}},
	}
	got := Top(Rank(docs, events), -1)
	type row struct {
		Date   string
		Score  float64
		Ev     Evidence
		Events []int64
	}
	var rows []row
	for _, d := range got {
		rows = append(rows, row{d.Date, d.Score, d.Evidence, d.Events})
	}
	want := []row{
		{"2020-03-02", 3.45, Evidence{Documents: 2, Reports: 2, Near: 1, Later: 1, LaterReports: 1}, []int64{11}},
		{"2020-03-01", 2, Evidence{Documents: 2, Reports: 2, Near: 2}, []int64{10}},
		{"2020-01-01", 1.25, Evidence{Documents: 2, Reports: 2, Later: 2, LaterReports: 2, Background: 60}, []int64{13}},
		{"2020-04-01", 0.25, Evidence{Documents: 1, Reports: 1, Ahead: 1}, []int64{12}},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("Rank (-want +got):\n%s", diff)
	}
	// The same sentence in two documents is one summary sentence citing both.
	for _, d := range got {
		if d.Date != "2020-03-01" {
			continue
		}
		want := []Sentence{{Text: "The minister resigned on Sunday after the vote.", Sources: []Source{{1, 10}, {2, 10}}}}
		if diff := cmp.Diff(want, d.Sentences); diff != "" {
			t.Errorf("summary of 2020-03-01 (-want +got):\n%s", diff)
		}
	}
}

func TestTrimStamp(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ROME | Wed Apr 29, 2009 3:58 pm BST ROME (Reuters) - Italy's soap opera was back.", "Italy's soap opera was back."},
		{"KUALA LUMPUR, April 27 (Reuters) - Malaysia's index fell.", "Malaysia's index fell."},
		{"Page last updated at 08:14 GMT, Tuesday, 8 November 2011 Propofol is a sedative.", "Propofol is a sedative."},
		{"8 November 2011 Last updated at 06:28 Michael Jackson's doctor has been found guilty.", "Michael Jackson's doctor has been found guilty."},
		// Brackets that are no agency stay.
		{"The vaccine (made in 2009) - it is said - works.", "The vaccine (made in 2009) - it is said - works."},
		{"Swine flu: fears rise Sunday 26 April 2009 10.40 BST A couple wearing masks kiss in Mexico City.", "A couple wearing masks kiss in Mexico City."},
		{"The talks began at 10.40 and ended at noon.", "The talks began at 10.40 and ended at noon."},
		{"Nothing to trim here.", "Nothing to trim here."},
		{"Stephanie Flanders | 14:44 UK time, Wednesday, 29 April 2009 For anyone who has spent the past two weeks away.", "For anyone who has spent the past two weeks away."},
		{"Fergus Walsh | 10:25 UK time, Monday, 15 June 2009 I'm going to talk here about the risks.", "I'm going to talk here about the risks."},
		{"At 10.40 BST, 3 people were taken to hospital.", "3 people were taken to hospital."},
		// Headline bullets and a byline before the dateline go with it.
		{"\\* Airline stocks fall \\* Hotels also lower By Tim Hepher PARIS, April 27 (Reuters) - Panicked sellers fled.", "Panicked sellers fled."},
	}
	for _, tc := range tests {
		if got := trimStamp(tc.in); got != tc.want {
			t.Errorf("trimStamp(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDefaultN(t *testing.T) {
	tests := []struct{ docs, days, want int }{
		{2, 3, 3}, {2, 40, 5}, {120, 200, 30}, {60, 200, 15}, {1000, 10, 10},
	}
	for _, tc := range tests {
		if got := DefaultN(tc.docs, tc.days); got != tc.want {
			t.Errorf("DefaultN(%d, %d) = %d, want %d", tc.docs, tc.days, got, tc.want)
		}
	}
}

func TestApply(t *testing.T) {
	ranked := []Day{
		{Date: "2020-03-02", Score: 5, Sentences: []Sentence{{Text: "Parliament was dissolved."}}},
		{Date: "2020-03-01", Score: 3, Sentences: []Sentence{{Text: "The minister resigned."}}},
		{Date: "2020-03-05", Score: 1, Sentences: []Sentence{{Text: "Protesters marched."}}},
	}
	choices := map[string]Choice{
		"2020-03-02": {Date: "2020-03-02", Pin: PinUnpinned},
		"2020-03-05": {Date: "2020-03-05", Pin: PinPinned, Summary: "Tens of thousands marched in the capital."},
		"2020-02-01": {Date: "2020-02-01", Pin: PinPinned, Summary: "The strike began."},
		"2020-03-01": {Date: "2020-03-01", Summary: "The minister resigned after the vote."},
	}
	var got []string
	for _, d := range Apply(ranked, choices) {
		got = append(got, d.Date+" "+string(d.Pin)+" "+d.Summary())
	}
	want := []string{
		"2020-02-01 pinned The strike began.",
		"2020-03-05 pinned Tens of thousands marched in the capital.",
		"2020-03-01  The minister resigned after the vote.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Apply (-want +got):\n%s", diff)
	}
}

func TestParsePin(t *testing.T) {
	tests := []struct {
		in   string
		want Pin
		ok   bool
	}{
		{"pin", PinPinned, true}, {"Unpinned", PinUnpinned, true}, {"auto", PinAuto, true}, {"", PinAuto, true}, {"maybe", "", false},
	}
	for _, tc := range tests {
		got, err := ParsePin(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParsePin(%q) = %q, %v; want %q, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestPersonal(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"I am worried because I am employed at a company.", true},
		{"Yesterday in my office it was surreal.", true},
		{"At 16:14 29th Apr 2009, colinbannon wrote: Yeabut!!", true},
		{`"I am an innocent man," Dr Murray says in court.`, false},
		{"The minister said “I will resign” on Monday.", false},
		{"Iain Askham was admitted to Monklands Hospital.", false},
		{"The WHO raised its alert to phase 5.", false},
	}
	for _, tc := range tests {
		if got := personal(tc.in); got != tc.want {
			t.Errorf("personal(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestStamped(t *testing.T) {
	tests := []struct {
		quote, expr string
		want        bool
	}{
		{"At 5:48 pm on 15 Jun 2009, tonytang wrote: Give pregnant women priority.", "5:48 pm on 15 Jun 2009", true},
		{"KUALA LUMPUR, April 27 (Reuters) - Malaysia's index fell.", "April 27", true},
		{"Swine flu: fears rise Sunday 26 April 2009 10.40 BST A couple kiss in Mexico City.", "Sunday 26 April 2009", true},
		// The comment's own words date a happening.
		{"At 3:04 pm, 32weeks wrote: not even all newspapers today mentioned it.", "today", false},
		{"KUALA LUMPUR (Reuters) - Malaysia's index fell on April 27.", "April 27", false},
		{"She was admitted to hospital on 15 June.", "15 June", false},
		{"She was admitted to hospital on 15 June.", "", false},
	}
	for _, tc := range tests {
		if got := stamped(tc.quote, tc.expr); got != tc.want {
			t.Errorf("stamped(%q, %q) = %v, want %v", tc.quote, tc.expr, got, tc.want)
		}
	}
}

func TestTrimLeadingDate(t *testing.T) {
	tests := []struct{ text, expr, want string }{
		{"24 September 2011 The jury is finalized.", "24 September 2011", "The jury is finalized."},
		{"April 27: Mexico closes its schools.", "April 27", "Mexico closes its schools."},
		// The sentence needs its date.
		{"Yesterday, it was announced that her son had died.", "Yesterday", "Yesterday, it was announced that her son had died."},
		{"Monday's vote was close.", "Monday", "Monday's vote was close."},
		{"The jury met on 24 September.", "24 September", "The jury met on 24 September."},
		{"On 8 February, 2010, Dr Murray appeared in court.", "8 February, 2010", "Dr Murray appeared in court."},
		{"On Tuesday, police searched the home of Dr Murray.", "Tuesday", "Police searched the home of Dr Murray."},
		{"On Tuesday, police searched the home of Dr Murray.", "on Tuesday", "Police searched the home of Dr Murray."},
		{"On Tuesday night, police searched the home.", "Tuesday", "On Tuesday night, police searched the home."},
	}
	for _, tc := range tests {
		if got := trimLeadingDate(tc.text, tc.expr); got != tc.want {
			t.Errorf("trimLeadingDate(%q, %q) = %q, want %q", tc.text, tc.expr, got, tc.want)
		}
	}
}

func TestTrimOwnDate(t *testing.T) {
	tests := []struct{ text, expr, want string }{
		{"The WHO raised its alert on Monday to phase 4.", "Monday", "The WHO raised its alert to phase 4."},
		{"Mexico closed its schools on 27 April.", "27 April", "Mexico closed its schools."},
		{"Talks resumed on Tuesday, officials said.", "on Tuesday", "Talks resumed, officials said."},
		// The date goes on, is not introduced by "on", or opens the sentence.
		{"Police raided the house on Monday night.", "Monday", "Police raided the house on Monday night."},
		{"Talks ran on Monday and Tuesday.", "Monday", "Talks ran on Monday and Tuesday."},
		{"Schools closed yesterday.", "yesterday", "Schools closed yesterday."},
		{"On Monday the jury met.", "Monday", "On Monday the jury met."},
		{"The vote on Mondays is close.", "Monday", "The vote on Mondays is close."},
		{"No date here.", "", "No date here."},
	}
	for _, tc := range tests {
		if got := trimOwnDate(tc.text, tc.expr); got != tc.want {
			t.Errorf("trimOwnDate(%q, %q) = %q, want %q", tc.text, tc.expr, got, tc.want)
		}
	}
}

// TestSummarySupport checks that the summary takes the sentence the other
// documents bear out, not a long one that only its own words make central,
// and not an announcement published before the day.
func TestSummarySupport(t *testing.T) {
	docs := []timeline.Document{
		{ID: 1, Published: day("2020-03-04")},
		{ID: 2, Published: day("2020-03-03")},
		{ID: 3, Published: day("2020-03-03")},
		{ID: 4, Published: day("2020-03-04")},
		{ID: 5, Published: day("2020-02-20")},
		{ID: 6, Published: day("2020-02-25")},
		{ID: 7, Published: day("2020-03-11")},
	}
	ev := func(id int64, srcs ...timeline.Source) timeline.Event {
		return timeline.Event{ID: id, Date: dated("2020-03-03"), Sources: srcs}
	}
	events := []timeline.Event{
		ev(1, src(2, "The parliament voted to dissolve the government after a long night of debate.", "2020-03-03")),
		ev(2, src(3, "Members of parliament voted to dissolve the government.", "2020-03-03")),
		ev(3, src(4, "The government fell when parliament voted to dissolve it.", "2020-03-03")),
		ev(4, src(1, "The coalition met in parliament late on 3 March while crowds of farmers and nurses gathered outside.", "2020-03-03")),
		ev(5, src(5, "Parliament will vote on 3 March to dissolve the government.", "2020-03-03"),
			src(6, "Parliament will vote on 3 March to dissolve the government.", "2020-03-03")),
		// Announced before the day with the story's words, reported after it
		// with others: the report is the summary.
		{ID: 8, Date: dated("2020-03-10"), Sources: []timeline.Source{
			src(5, "Parliament will vote on the government's budget, pensions and taxes on 10 March.", "2020-03-10"),
			src(7, "A former judge was elected speaker of the assembly on 10 March.", "2020-03-10"),
		}},
		// Other days of the story, which is about the government's fall.
		{ID: 6, Date: dated("2020-03-05"), Sources: []timeline.Source{
			src(4, "The president asked the opposition leader to form a government.", "2020-03-05"),
		}},
		{ID: 7, Date: dated("2020-02-20"), Sources: []timeline.Source{
			src(5, "The government lost its majority in parliament when two members left the coalition.", "2020-02-20"),
		}},
	}
	// Many other reports: the story's centroid is not made of a few
	// sentences of the day.
	topics := []string{"budget", "pensions", "coalition", "election", "reform", "taxes"}
	for i := range 30 {
		d := day("2020-01-01").AddDate(0, 0, i).Format(time.DateOnly)
		events = append(events, timeline.Event{ID: int64(100 + i), Date: dated(d), Sources: []timeline.Source{
			src(5, fmt.Sprintf("Parliament debated the government's %s and voted on the %s.", topics[i%len(topics)], topics[(i+1)%len(topics)]), d),
		}})
	}
	all := Top(Rank(docs, events), -1)
	for _, d := range all {
		if d.Date == "2020-03-10" && (len(d.Sentences) == 0 || !strings.Contains(d.Sentences[0].Text, "judge")) {
			t.Errorf("summary of 2020-03-10 %+v, want the report of the election first", d.Sentences)
		}
	}
	got := slices.DeleteFunc(all, func(d Day) bool { return d.Date != "2020-03-03" })
	if len(got) != 1 || len(got[0].Sentences) == 0 {
		t.Fatalf("Top gave %+v, want one day with a summary", got)
	}
	first := got[0].Sentences[0].Text
	if !strings.Contains(first, "voted to dissolve") {
		t.Errorf("first summary sentence %q, want one of the reports of the vote", first)
	}
	for _, s := range got[0].Sentences {
		if strings.Contains(s.Text, "will vote") {
			t.Errorf("summary takes the announcement %q, published before the day", s.Text)
		}
	}
}

func TestContinuation(t *testing.T) {
	text := "Headline\nThe dermatologist is barred from the trial. His lawyers had planned to argue otherwise. More follows.\nA second line goes on.\n\nA new paragraph."
	tests := []struct{ quote, want string }{
		{"The dermatologist is barred from the trial.", "His lawyers had planned to argue otherwise."},
		{"More follows.", "A second line goes on."},
		{"A second line goes on.", ""},
		{"A new paragraph.", ""},
		{"Not in the text.", ""},
	}
	for _, tc := range tests {
		if got := continuation(text, tc.quote); got != tc.want {
			t.Errorf("continuation(%q) = %q, want %q", tc.quote, got, tc.want)
		}
	}
}

func TestRankStamps(t *testing.T) {
	docs := []timeline.Document{
		{ID: 1, Published: day("2009-06-15"), Text: "At 5:48 pm on 15 Jun 2009, tonytang wrote: Give pregnant women priority."},
		{ID: 2, Published: day("2009-06-16"), Text: "She died on 15 June in hospital after giving birth.\nHer son was born eleven weeks early."},
	}
	events := []timeline.Event{
		{ID: 1, Date: dated("2009-06-15"), Sources: []timeline.Source{
			{DocumentID: 1, Quote: "At 5:48 pm on 15 Jun 2009, tonytang wrote: Give pregnant women priority.", Date: timeline.Date{Value: "2009-06-15", Precision: timeline.PrecisionDay, Start: "2009-06-15", End: "2009-06-15", Expression: "5:48 pm on 15 Jun 2009"}},
		}},
		{ID: 2, Date: dated("2009-06-15"), Sources: []timeline.Source{
			{DocumentID: 2, Quote: "She died on 15 June in hospital after giving birth.", Date: timeline.Date{Value: "2009-06-15", Precision: timeline.PrecisionDay, Start: "2009-06-15", End: "2009-06-15", Expression: "15 June"}},
		}},
		// Only a comment's time stamp: no key date.
		{ID: 3, Date: dated("2009-06-17"), Sources: []timeline.Source{
			{DocumentID: 1, Quote: "At 9:00 am on 17 Jun 2009, bob wrote: Agreed.", Date: timeline.Date{Value: "2009-06-17", Precision: timeline.PrecisionDay, Start: "2009-06-17", End: "2009-06-17", Expression: "9:00 am on 17 Jun 2009"}},
		}},
	}
	got := Top(Rank(docs, events), -1)
	if len(got) != 1 || got[0].Date != "2009-06-15" {
		t.Fatalf("Rank gave %+v, want the one day 2009-06-15", got)
	}
	d := got[0]
	if want := (Evidence{Documents: 1, Reports: 1, Near: 1}); d.Evidence != want || d.Score != 1 {
		t.Errorf("evidence %+v score %v, want %+v and 1 (the comment's stamp is no evidence)", d.Evidence, d.Score, want)
	}
	want := []Sentence{
		{Text: "She died in hospital after giving birth.", Sources: []Source{{2, 2}}},
		{Text: "Her son was born eleven weeks early.", Sources: []Source{{2, 2}}},
	}
	if diff := cmp.Diff(want, d.Sentences); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
}

// TestSummarizeConcurrent summarizes copies of one ranking from several
// goroutines (as requests served from a kept ranking do): run with -race.
func TestSummarizeConcurrent(t *testing.T) {
	docs, events := benchStory(300)
	ranked := Rank(docs, events)
	var wg sync.WaitGroup
	start := make(chan struct{})
	got := make([][]Day, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			got[i] = Top(Apply(ranked, nil), -1)
		}()
	}
	close(start)
	wg.Wait()
	want := Top(Rank(docs, events), -1)
	for i := range got {
		for j := range want {
			if got[i][j].Summary() != want[j].Summary() {
				t.Errorf("goroutine %d, day %s: summary %q, want %q", i, want[j].Date, got[i][j].Summary(), want[j].Summary())
			}
		}
	}
}
