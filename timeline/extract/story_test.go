package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// readStory reads a story of testdata/stories: documents, each opened by a
// line "=== Outlet | YYYY-MM-DD" giving its outlet and publication date.
func readStory(t testing.TB, name string) []timeline.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "stories", name))
	if err != nil {
		t.Fatal(err)
	}
	var docs []timeline.Document
	for part := range strings.SplitSeq(string(data), "=== ") {
		if part == "" {
			continue
		}
		head, body, _ := strings.Cut(part, "\n")
		outlet, day, ok := strings.Cut(head, " | ")
		published, err := time.Parse("2006-01-02", strings.TrimSpace(day))
		if !ok || err != nil {
			t.Fatalf("%s: bad document header %q", name, head)
		}
		docs = append(docs, timeline.Document{ID: int64(len(docs) + 1), Outlet: outlet, Text: body, Published: published, PublishedSource: timeline.PublishedUser})
	}
	return docs
}

// stop is one event of an itinerary as a test expects it.
type stop struct {
	Date         string // TIMEX3 value
	Place        string // first place, "" for none
	Docs         int    // how many documents it cites
	Disagreement string
}

func stopsOf(events []timeline.Event) []stop {
	var out []stop
	for _, e := range events {
		if !e.Dated() {
			continue
		}
		s := stop{Date: e.Date.Value, Disagreement: e.Disagreement}
		if len(e.Places) > 0 {
			s.Place = e.Places[0].Name
		}
		docs := map[int64]bool{}
		for _, src := range e.Sources {
			docs[src.DocumentID] = true
		}
		s.Docs = len(docs)
		out = append(out, s)
	}
	return out
}

// TestStoryItineraries checks the itinerary of stories reported by two
// outlets in different words: reports of one happening merge and cite both,
// different days never merge, and outlets that give different days for one
// happening give one event flagged "date".
func TestStoryItineraries(t *testing.T) {
	tests := []struct {
		story string
		want  []stop
	}{
		{"state_visit.txt", []stop{
			{Date: "2023-04-25", Place: "Madrid", Docs: 2}, // arrived / landed in Madrid on Tuesday
			{Date: "2023-04-26", Place: "Madrid", Docs: 2}, // meets Sanchez on Wednesday, on the visit to Madrid
			{Date: "2023-04-26", Docs: 1},                  // the news conference, governed by "On Wednesday,"
			{Date: "2023-04-27", Place: "Paris", Docs: 2},  // fly / travel on to Paris on Thursday
		}},
		{"court_case.txt", []stop{
			{Date: "2023-06-05", Place: "Paris", Docs: 2, Disagreement: "date"}, // opened on Monday / began on Tuesday
			{Date: "2023-06-08", Docs: 2},                                       // the prosecutor told the court
			{Date: "2023-07", Docs: 2},                                          // closing arguments next month / in July
			{Date: "2023-09", Docs: 2},                                          // the verdict
		}},
		{"summit_talks.txt", []stop{
			{Date: "2023-11-14", Place: "Mexico", Docs: 1},        // Mexican officials met
			{Date: "2023-11-15", Place: "San Francisco", Docs: 2}, // travel / fly
			{Date: "2023-11-15", Place: "San Francisco", Docs: 3}, // talks on the sidelines of the summit; the third outlet's joins the talks, not the flight
		}},
	}
	x := newExtractor(t)
	for _, tc := range tests {
		t.Run(tc.story, func(t *testing.T) {
			events, err := x.Extract(readStory(t, tc.story))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, stopsOf(events)); diff != "" {
				t.Errorf("Extract(%s) itinerary differs (-want +got):\n%s", tc.story, diff)
			}
			for _, e := range events {
				if e.Disagreement == "date" {
					continue
				}
				for _, src := range e.Sources {
					if !src.Date.IsZero() && src.Date.Value != e.Date.Value {
						t.Errorf("Extract(%s) event %q merges a source dated %s into %s without flagging it", tc.story, e.Title, src.Date.Value, e.Date.Value)
					}
				}
			}
		})
	}
}

func placesOf(e timeline.Event) []string {
	var out []string
	for _, p := range e.Places {
		out = append(out, p.Name)
	}
	return out
}
