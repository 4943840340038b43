package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/db"
	"storyline/timeline"
	"storyline/timeline/export"
)

// storedStory puts a two-event story into a new database and returns the
// database file and the story's id.
func storedStory(t *testing.T) (string, int64) {
	t.Helper()
	text := "Xi was met on Wednesday in Nur-Sultan. The initiative was announced in April."
	span := func(s string) timeline.Span {
		i := strings.Index(text, s)
		return timeline.Span{Start: i, End: i + len(s)}
	}
	met := "Xi was met on Wednesday in Nur-Sultan."
	announced := "The initiative was announced in April."
	s := timeline.Story{
		Title:   "Xi in Kazakhstan",
		Created: time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC),
		Documents: []timeline.Document{{ID: 1, Title: "Xi in Kazakhstan", Outlet: "Al Jazeera", URL: "https://example.org/xi",
			Text: text, Published: time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC), PublishedSource: timeline.PublishedMeta,
			Added: time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)}},
		Events: []timeline.Event{
			{Title: "Xi arrives in Nur-Sultan", Text: met,
				Date: timeline.Date{Value: "2022-09-14", Type: "DATE", Precision: timeline.PrecisionDay, Start: "2022-09-14", End: "2022-09-14",
					EDTF: "2022-09-14", Expression: "on Wednesday", Span: span("on Wednesday")},
				Places: []timeline.Place{{GeonameID: 1526273, Name: "Astana", Lat: 51.1801, Lon: 71.44598, Country: "KZ",
					Precision: timeline.PlaceCity, Mention: "Nur-Sultan", Span: span("Nur-Sultan")}},
				Sources: []timeline.Source{{DocumentID: 1, Span: span(met), Quote: met}}},
			{Title: "Initiative announced", Text: announced,
				Date: timeline.Date{Value: "2022-04", Type: "DATE", Precision: timeline.PrecisionMonth, Start: "2022-04-01", End: "2022-04-30",
					EDTF: "2022-04", Expression: "in April", Span: span("in April")},
				Sources: []timeline.Source{{DocumentID: 1, Span: span(announced), Quote: announced}}},
		},
	}
	path := filepath.Join(t.TempDir(), "storyline.db")
	store, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	stored, err := store.ImportStory(context.Background(), s)
	if err != nil {
		t.Fatalf("ImportStory: %v", err)
	}
	return path, stored.ID
}

func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestExportFormats(t *testing.T) {
	path, id := storedStory(t)
	tests := []struct {
		format string
		args   []string
		check  func(t *testing.T, out string)
	}{
		{"json", nil, func(t *testing.T, out string) {
			s, err := export.ImportJSON(strings.NewReader(out))
			if err != nil {
				t.Fatalf("ImportJSON(export -format json): %v", err)
			}
			if len(s.Events) != 2 || s.Title != "Xi in Kazakhstan" {
				t.Errorf("exported story %q has %d events, want %q with 2", s.Title, len(s.Events), "Xi in Kazakhstan")
			}
		}},
		{"ics", nil, func(t *testing.T, out string) {
			if !strings.Contains(out, "DTSTART;VALUE=DATE:20220914\r\nDTEND;VALUE=DATE:20220915\r\n") {
				t.Errorf("ics has no all-day event on 2022-09-14:\n%s", out)
			}
			if strings.Contains(out, "20220401") {
				t.Errorf("ics has the April event without -periods:\n%s", out)
			}
		}},
		{"ics", []string{"-periods"}, func(t *testing.T, out string) {
			if !strings.Contains(out, "DTSTART;VALUE=DATE:20220401\r\nDTEND;VALUE=DATE:20220501\r\n") {
				t.Errorf("ics -periods has no April span:\n%s", out)
			}
		}},
		{"timelinejs", nil, func(t *testing.T, out string) {
			var v export.TimelineJS
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatal(err)
			}
			if len(v.Events) != 2 || v.Events[0].StartDate.Day != 0 || v.Events[0].StartDate.Month != 4 {
				t.Errorf("timelinejs events = %+v, want April first with no day", v.Events)
			}
		}},
		{"storymap", nil, func(t *testing.T, out string) {
			var v export.StoryMap
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatal(err)
			}
			if n := len(v.StoryMap.Slides); n != 2 {
				t.Errorf("storymap has %d slides, want overview and Astana", n)
			}
		}},
		{"geojson", nil, func(t *testing.T, out string) {
			var v export.FeatureCollection
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatal(err)
			}
			want := [][2]float64{{71.44598, 51.1801}}
			var got [][2]float64
			for _, f := range v.Features {
				got = append(got, f.Geometry.Coordinates)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("geojson coordinates (-want +got):\n%s", diff)
			}
		}},
		{"csv", nil, func(t *testing.T, out string) {
			rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 3 || rows[1][1] != "2022-04" || rows[2][1] != "2022-09-14" {
				t.Errorf("csv rows = %q, want a header, April, then 14 September", rows)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.format+strings.Join(tc.args, ""), func(t *testing.T) {
			args := append([]string{"export", "-db", path, "-story", strconv.FormatInt(id, 10), "-format", tc.format}, tc.args...)
			code, out, errOut := runCmd(t, args...)
			if code != 0 {
				t.Fatalf("run(%q) = %d, stderr %q", args, code, errOut)
			}
			tc.check(t, out)
		})
	}
}

func TestExportErrors(t *testing.T) {
	path, id := storedStory(t)
	story := strconv.FormatInt(id, 10)
	missing := filepath.Join(t.TempDir(), "none.db")
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"no story", []string{"-db", path}, "-story ID is required"},
		{"unknown format", []string{"-db", path, "-story", story, "-format", "pdf"}, `unknown -format "pdf"`},
		{"periods without ics", []string{"-db", path, "-story", story, "-format", "csv", "-periods"}, "-periods applies to -format ics only"},
		{"story not found", []string{"-db", path, "-story", "999"}, "story 999 not found"},
		{"database missing", []string{"-db", missing, "-story", story}, "does not exist"},
		{"extra argument", []string{"-db", path, "-story", story, "more"}, `unexpected argument "more"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, append([]string{"export"}, tc.args...)...)
			if code != 1 || out != "" || !strings.Contains(errOut, tc.want) {
				t.Errorf("run(export %q) = %d, stdout %q, stderr %q; want 1, no output, stderr containing %q", tc.args, code, out, errOut, tc.want)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("export created the missing database %s", missing)
	}
}

// TestImportExport stores an exported story again and checks that the copy
// exports to the same JSON, ids aside.
func TestImportExport(t *testing.T) {
	path, id := storedStory(t)
	code, first, errOut := runCmd(t, "export", "-db", path, "-story", strconv.FormatInt(id, 10))
	if code != 0 {
		t.Fatalf("export: %d %s", code, errOut)
	}
	file := filepath.Join(t.TempDir(), "story.json")
	if err := os.WriteFile(file, []byte(first), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, "import", "-db", path, file)
	if code != 0 {
		t.Fatalf("import: %d %s", code, errOut)
	}
	copyID := strings.TrimSpace(out)
	if copyID == strconv.FormatInt(id, 10) {
		t.Fatalf("import gave the copy the id of the original, %s", copyID)
	}
	code, second, errOut := runCmd(t, "export", "-db", path, "-story", copyID)
	if code != 0 {
		t.Fatalf("export copy: %d %s", code, errOut)
	}
	if diff := cmp.Diff(withoutIDs(t, first), withoutIDs(t, second)); diff != "" {
		t.Errorf("export, import, export differs, ids aside (-first +second):\n%s", diff)
	}

	code, _, errOut = runCmd(t, "import", "-db", path, filepath.Join("..", "..", "testdata", "seeds", "000_48c26321fd265a38.txt"))
	if code != 1 || !strings.Contains(errOut, "invalid JSON") {
		t.Errorf("import of a text file = %d, stderr %q; want 1 and invalid JSON", code, errOut)
	}
}

// withoutIDs decodes story JSON and zeroes the ids a store assigns.
func withoutIDs(t *testing.T, s string) export.Story {
	t.Helper()
	var v export.Story
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatal(err)
	}
	v.ID = 0
	for i := range v.Documents {
		v.Documents[i].ID = 0
	}
	for i := range v.Events {
		e := &v.Events[i]
		e.ID = 0
		for j := range e.Sources {
			e.Sources[j].Document = 0
			if d := e.Sources[j].Date; d != nil && d.Target != nil {
				d.Target.Document = 0
			}
		}
		if e.Date != nil && e.Date.Target != nil {
			e.Date.Target.Document = 0
		}
		for j := range e.Places {
			if e.Places[j].Target != nil {
				e.Places[j].Target.Document = 0
			}
		}
		for j := range e.Actors {
			if e.Actors[j].Target != nil {
				e.Actors[j].Target.Document = 0
			}
		}
	}
	return v
}

// TestExportReview checks that exports follow the review: a rejected event
// is left out of every format but the Story JSON, which keeps its state; a
// hidden one is left out of all; a published one is CONFIRMED.
func TestExportReview(t *testing.T) {
	path, id := storedStory(t)
	store, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s, err := store.Story(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	published, rejected := timeline.StatePublished, timeline.StateRejected
	want := map[string]timeline.ReviewState{"Xi arrives in Nur-Sultan": published, "Initiative announced": rejected}
	for _, e := range s.Events {
		st := want[e.Title]
		if _, err := store.EditEvent(ctx, e.ID, timeline.Edit{State: &st}, "ana"); err != nil {
			t.Fatal(err)
		}
	}
	store.Close()
	args := func(format string) []string {
		return []string{"export", "-db", path, "-story", strconv.FormatInt(id, 10), "-format", format, "-periods=" + strconv.FormatBool(format == "ics")}
	}
	code, out, errOut := runCmd(t, args("ics")...)
	if code != 0 {
		t.Fatalf("export -format ics: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "STATUS:CONFIRMED") || !strings.Contains(out, "SEQUENCE:1") || strings.Contains(out, "20220401") {
		t.Errorf("ics: want the published event CONFIRMED with SEQUENCE:1 and no rejected April event:\n%s", out)
	}
	for _, format := range []string{"timelinejs", "storymap", "geojson", "csv"} {
		code, out, errOut := runCmd(t, args(format)...)
		if code != 0 {
			t.Fatalf("export -format %s: exit %d: %s", format, code, errOut)
		}
		if strings.Contains(out, "Initiative announced") {
			t.Errorf("export -format %s has the rejected event", format)
		}
	}
	code, out, errOut = runCmd(t, args("json")...)
	if code != 0 {
		t.Fatalf("export -format json: exit %d: %s", code, errOut)
	}
	_, reviews, err := export.ImportReviewedJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	states := map[string]timeline.ReviewState{}
	for _, e := range s.Events {
		states[e.Title] = reviews[e.ID].State
	}
	if diff := cmp.Diff(want, states); diff != "" {
		t.Errorf("json review states (-want +got):\n%s", diff)
	}

	// The review states come back with an import.
	file := filepath.Join(t.TempDir(), "story.json")
	if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	code, copyID, errOut := runCmd(t, "import", "-db", path, file)
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	code, out, errOut = runCmd(t, "export", "-db", path, "-story", strings.TrimSpace(copyID), "-format", "json")
	if code != 0 {
		t.Fatalf("export of the copy: exit %d: %s", code, errOut)
	}
	copied, reviews, err := export.ImportReviewedJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	states = map[string]timeline.ReviewState{}
	for _, e := range copied.Events {
		states[e.Title] = reviews[e.ID].State
	}
	if diff := cmp.Diff(want, states); diff != "" {
		t.Errorf("review states after import (-want +got):\n%s", diff)
	}
}
