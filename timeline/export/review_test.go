package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// reviews are the reviews of fixture: event 11 published after two edits,
// 12 checked with a note and a reply, 18 rejected, the others new.
func reviews() Reviews {
	at := func(h int) time.Time { return time.Date(2026, 11, 22, h, 0, 0, 0, time.UTC) }
	return Reviews{
		11: {State: timeline.StatePublished, History: []timeline.Change{
			{ID: 1, EventID: 11, Author: "ana", Time: at(9), Field: "title", Old: "Xi met", New: "Xi arrives in Nur-Sultan", Reason: "clearer"},
			{ID: 4, EventID: 11, Author: "ben", Time: at(11), Field: "state", Old: "checked", New: "published"},
		}},
		12: {State: timeline.StateChecked, Notes: []timeline.Note{
			{ID: 2, EventID: 12, Author: "ana", Body: "Is the flight confirmed?", Created: at(10)},
			{ID: 3, EventID: 12, Parent: 2, Author: "ben", Body: "Yes, by the Kremlin.", Created: at(12)},
		}, History: []timeline.Change{{ID: 5, EventID: 12, Author: "ben", Time: at(12), Field: "state", Old: "new", New: "checked"}}},
		18: {State: timeline.StateRejected, History: []timeline.Change{{ID: 6, EventID: 18, Author: "ana", Time: at(8), Field: "state", Old: "new", New: "rejected"}}},
	}
}

func TestReviewedJSONRoundTrip(t *testing.T) {
	s, r := fixture(t), reviews()
	var first bytes.Buffer
	if err := WriteReviewedJSON(&first, s, r); err != nil {
		t.Fatalf("WriteReviewedJSON: %v", err)
	}
	imported, got, err := ImportReviewedJSON(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatalf("ImportReviewedJSON: %v", err)
	}
	for id, want := range r {
		if diff := cmp.Diff(want, got[id]); diff != "" {
			t.Errorf("review of event %d (-want +got):\n%s", id, diff)
		}
	}
	if st := got[13].State; st != timeline.StateNew {
		t.Errorf("review of event 13 without an entry: state %q, want new", st)
	}
	var second bytes.Buffer
	if err := WriteReviewedJSON(&second, imported, got); err != nil {
		t.Fatalf("WriteReviewedJSON: %v", err)
	}
	if diff := cmp.Diff(first.String(), second.String()); diff != "" {
		t.Errorf("export, import, export differs (-first +second):\n%s", diff)
	}
	ev := NewReviewedStory(s, r).Events[0]
	for _, e := range NewReviewedStory(s, r).Events {
		if e.ID == 11 {
			ev = e
		}
	}
	if ev.Review == nil || ev.Review.Sequence != 2 || ev.Review.LastModified != "2026-11-22T11:00:00Z" || ev.Review.State != "published" {
		t.Errorf("review of event 11 = %+v, want published, sequence 2, last modified 2026-11-22T11:00:00Z", ev.Review)
	}
}

func TestImportReviewBad(t *testing.T) {
	var b bytes.Buffer
	if err := WriteReviewedJSON(&b, fixture(t), reviews()); err != nil {
		t.Fatal(err)
	}
	good := b.String()
	tests := []struct {
		name, old, new, want string
	}{
		{"unknown state", `"state": "published"`, `"state": "done"`, `state "done"`},
		{"sequence not the history", `"sequence": 2`, `"sequence": 1`, "sequence 1"},
		{"reply before its note", `"parent": 2`, `"parent": 99`, "answers note 99"},
		{"bad time", `"time": "2026-11-22T09:00:00Z"`, `"time": "yesterday"`, `"yesterday" is not an RFC 3339 time`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Replace(good, tc.old, tc.new, 1)
			if in == good {
				t.Fatalf("%q is not in the export", tc.old)
			}
			_, _, err := ImportReviewedJSON(strings.NewReader(in))
			if err == nil || !strings.Contains(err.Error(), tc.want) || timeline.ErrorCodeOf(err) != timeline.EInvalid {
				t.Errorf("ImportReviewedJSON(%s) = %v, want an invalid error containing %q", tc.name, err, tc.want)
			}
		})
	}
}

func TestWriteICSReview(t *testing.T) {
	b := writeICS(t, fixture(t), ICSOptions{Now: icsNow, Reviews: reviews()})
	got, evs := parseICS(t, b)
	type want struct {
		status, sequence, modified string
	}
	tests := []struct {
		summary string
		want    want
	}{
		{"Xi arrives in Nur-Sultan", want{"CONFIRMED", "2", "20261122T110000Z"}},
		{"Xi due to fly to Samarkand", want{"CONFIRMED", "1", "20261122T120000Z"}},
		{"[c. 20 Sep 2022] Joint statement expected", want{"TENTATIVE", "0", ""}},
	}
	for _, tc := range tests {
		var ev *ical.Event
		for i := range evs {
			if s, _ := evs[i].Props.Text(ical.PropSummary); s == tc.summary {
				ev = &evs[i]
			}
		}
		if ev == nil {
			t.Errorf("no VEVENT %q", tc.summary)
			continue
		}
		prop := func(name string) string {
			if p := ev.Props.Get(name); p != nil {
				return p.Value
			}
			return ""
		}
		g := want{prop(ical.PropStatus), prop(ical.PropSequence), prop(ical.PropLastModified)}
		if tc.want.modified == "" {
			g.modified = ""
		}
		if g != tc.want {
			t.Errorf("VEVENT %q: STATUS, SEQUENCE, LAST-MODIFIED = %v, want %v", tc.summary, g, tc.want)
		}
	}
	if _, ok := got["Leaders gather in Samarkand"]; ok {
		t.Errorf("the rejected event 18 is in the calendar")
	}
}

func TestWriteReviewedCSV(t *testing.T) {
	var b bytes.Buffer
	if err := WriteReviewedCSV(&b, fixture(t), reviews()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv cannot read the output: %v", err)
	}
	states := map[string]string{}
	for _, r := range rows[1:] {
		states[r[0]] = r[len(r)-1]
	}
	for id, want := range map[string]string{"11": "published", "12": "checked", "13": "new"} {
		if states[id] != want {
			t.Errorf("state of event %s = %q, want %q", id, states[id], want)
		}
	}
	if _, ok := states["18"]; ok {
		t.Errorf("the rejected event 18 has a row")
	}
}

func TestPublishable(t *testing.T) {
	s := fixture(t)
	evs := []timeline.ReviewedEvent{
		{Event: s.Events[1], State: timeline.StateChecked},
		{Event: s.Events[0], State: timeline.StateRejected},
		{Event: s.Events[2], Hidden: true},
		{Event: s.Events[3], MergedInto: s.Events[1].ID},
		{Event: s.Events[4], State: timeline.StateNew},
	}
	var got []int64
	for _, e := range Publishable(s, evs).Events {
		got = append(got, e.ID)
	}
	if want := []int64{s.Events[1].ID, s.Events[4].ID}; !cmp.Equal(got, want) {
		t.Errorf("Publishable events = %v, want %v", got, want)
	}
	if n := len(Selected(s, evs).Events); n != len(evs) {
		t.Errorf("Selected keeps %d events, want %d", n, len(evs))
	}
}
