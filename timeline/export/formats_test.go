package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// decode reads JSON into generic values, so tests see which keys exist.
func decode(t *testing.T, write func(*bytes.Buffer) error) map[string]any {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	return v
}

func TestWriteTimelineJS(t *testing.T) {
	s := fixture(t)
	v := decode(t, func(b *bytes.Buffer) error { return WriteTimelineJS(b, s) })
	title := v["title"].(map[string]any)["text"].(map[string]any)
	if title["headline"] != "Xi in Central Asia" {
		t.Errorf("title headline = %v, want the story title", title["headline"])
	}
	type slide struct {
		Start   map[string]any
		HasEnd  bool
		Display string
		Group   string
	}
	got := map[string]slide{}
	var order []string
	for _, x := range v["events"].([]any) {
		e := x.(map[string]any)
		id := e["unique_id"].(string)
		display, _ := e["display_date"].(string)
		group, _ := e["group"].(string)
		_, hasEnd := e["end_date"]
		got[id] = slide{Start: e["start_date"].(map[string]any), HasEnd: hasEnd, Display: display, Group: group}
		order = append(order, id)
	}
	want := map[string]slide{
		"event-11": {Start: map[string]any{"year": 2022.0, "month": 9.0, "day": 14.0}, Group: "Al Jazeera"},
		"event-12": {Start: map[string]any{"year": 2022.0, "month": 9.0, "day": 15.0}, Group: "Al Jazeera"},
		"event-13": {Start: map[string]any{"year": 2022.0, "month": 4.0}, Group: "Al Jazeera"},
		"event-14": {Start: map[string]any{"year": 2022.0, "month": 10.0}, Group: "Al Jazeera"},
		"event-15": {Start: map[string]any{"year": 2020.0, "month": 9.0}, Display: "before Sep 2020", Group: "Al Jazeera"},
		"event-17": {Start: map[string]any{"year": 2022.0}, Display: "Summer 2022", Group: "Desk &lt;notes&gt; &amp; co"},
		"event-18": {Start: map[string]any{"year": 2022.0, "month": 9.0, "day": 15.0, "hour": 14.0, "minute": 30.0}, Group: "Desk &lt;notes&gt; &amp; co"},
		"event-19": {Start: map[string]any{"year": 2022.0, "month": 9.0, "day": 20.0}, Display: "c. 20 Sep 2022", Group: "Desk &lt;notes&gt; &amp; co"},
		"event-20": {Start: map[string]any{"year": 2023.0}, Group: "Desk &lt;notes&gt; &amp; co"},
		"event-21": {Start: map[string]any{"year": 2022.0, "month": 9.0}, Display: "week of 19 Sep 2022", Group: "Desk &lt;notes&gt; &amp; co"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("TimelineJS slides (-want +got):\n%s", diff)
	}
	wantOrder := []string{"event-15", "event-13", "event-17", "event-11", "event-12", "event-18", "event-21", "event-19", "event-14", "event-20"}
	if diff := cmp.Diff(wantOrder, order); diff != "" {
		t.Errorf("TimelineJS slide order (-want +got):\n%s", diff)
	}
	// The text of slides is HTML: nothing from the story may open a tag.
	for _, x := range v["events"].([]any) {
		e := x.(map[string]any)
		text := e["text"].(map[string]any)
		for _, field := range []string{"headline", "text"} {
			if s := text[field].(string); strings.Contains(s, "<script") || strings.Contains(s, "<b>") || strings.Contains(s, `"2"`) {
				t.Errorf("%s: %s is not escaped: %q", e["unique_id"], field, s)
			}
		}
	}
}

func TestWriteStoryMap(t *testing.T) {
	s := fixture(t)
	m := NewStoryMap(s)
	type slide struct {
		Headline string
		Lat, Lon float64
		Zoom     int
	}
	var got []slide
	for _, sl := range m.StoryMap.Slides {
		x := slide{Headline: sl.Text.Headline}
		if sl.Location != nil {
			x.Lat, x.Lon, x.Zoom = sl.Location.Lat, sl.Location.Lon, sl.Location.Zoom
		}
		got = append(got, x)
	}
	want := []slide{
		{Headline: "Xi in Central Asia"},
		{Headline: "Summer 2022: Officials meet in Astana &amp; agree a &lt;script&gt;alert(1)&lt;/script&gt; plan", Lat: 51.1801, Lon: 71.44598, Zoom: 10},
		{Headline: "14 Sep 2022: Xi arrives in Nur-Sultan", Lat: 51.1801, Lon: 71.44598, Zoom: 10},
		{Headline: "15 Sep 2022: Xi due to fly to Samarkand", Lat: 39.65417, Lon: 66.95972, Zoom: 10},
		{Headline: "15 Sep 2022, 14:30: Leaders gather in Samarkand", Lat: 39.65417, Lon: 66.95972, Zoom: 10},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("StoryMap slides (-want +got):\n%s", diff)
	}
	if m.StoryMap.Slides[0].Type != "overview" {
		t.Errorf("first slide type = %q, want overview", m.StoryMap.Slides[0].Type)
	}

	// Zoom follows the size of the place.
	for _, tc := range []struct {
		p    timeline.PlacePrecision
		want int
	}{{timeline.PlacePoint, 14}, {timeline.PlaceCity, 10}, {timeline.PlaceRegion, 7}, {timeline.PlaceCountry, 5}, {timeline.PlaceContinent, 3}} {
		if got := zoom(tc.p); got != tc.want {
			t.Errorf("zoom(%q) = %d, want %d", tc.p, got, tc.want)
		}
	}
}

func TestWriteGeoJSON(t *testing.T) {
	s := fixture(t)
	v := decode(t, func(b *bytes.Buffer) error { return WriteGeoJSON(b, s) })
	if v["type"] != "FeatureCollection" {
		t.Fatalf("type = %v, want FeatureCollection", v["type"])
	}
	type point struct {
		ID       string
		Event    float64
		Place    string
		Lon, Lat float64
	}
	var got []point
	ids := map[string]bool{}
	for _, x := range v["features"].([]any) {
		f := x.(map[string]any)
		geom := f["geometry"].(map[string]any)
		coords := geom["coordinates"].([]any)
		if f["type"] != "Feature" || geom["type"] != "Point" || len(coords) != 2 {
			t.Fatalf("feature %v is not a Feature with a Point of two coordinates", f)
		}
		lon, lat := coords[0].(float64), coords[1].(float64)
		if lon < -180 || lon > 180 || lat < -90 || lat > 90 {
			t.Errorf("feature %v: coordinates %v out of range", f["id"], coords)
		}
		props := f["properties"].(map[string]any)
		for _, key := range []string{"event", "title", "date", "precision", "edtf", "sources"} {
			if _, ok := props[key]; !ok {
				t.Errorf("feature %v has no property %q", f["id"], key)
			}
		}
		id := f["id"].(string)
		if ids[id] {
			t.Errorf("feature id %q used twice", id)
		}
		ids[id] = true
		got = append(got, point{ID: id, Event: props["event"].(float64), Place: props["place"].(string), Lon: lon, Lat: lat})
	}
	// Longitude first: Astana is at 51.18 N, 71.45 E.
	want := []point{
		{"event-17-1", 17, "Astana", 71.44598, 51.1801},
		{"event-11-1", 11, "Astana", 71.44598, 51.1801},
		{"event-12-1", 12, "Samarkand", 66.95972, 39.65417},
		{"event-12-2", 12, "Uzbekistan", 63.83333, 41.66667},
		{"event-18-1", 18, "Samarkand", 66.95972, 39.65417},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("GeoJSON features (-want +got):\n%s", diff)
	}
}

func TestWriteCSV(t *testing.T) {
	s := fixture(t)
	var b bytes.Buffer
	if err := WriteCSV(&b, s); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv cannot read the output: %v", err)
	}
	if diff := cmp.Diff(CSVHeader, rows[0]); diff != "" {
		t.Fatalf("header (-want +got):\n%s", diff)
	}
	if len(rows) != len(s.Events)+1 {
		t.Fatalf("%d rows, want a header and %d events", len(rows), len(s.Events))
	}
	byID := map[string][]string{}
	for _, r := range rows[1:] {
		byID[r[0]] = r
	}
	tests := []struct {
		id   string
		want []string
	}{
		{"15", []string{"15", "2020-09", "MORE_THAN", "../2020-09", "month", "", "2020-09-30", "before Sep 2020", "Outbreak of the coronavirus pandemic", "",
			"Al Jazeera: " + s.Events[4].Sources[0].Quote, "new"}},
		{"12", []string{"12", "2022-09-15", "", "2022-09-15", "day", "2022-09-15", "2022-09-15", "15 Sep 2022", "Xi due to fly to Samarkand",
			"Samarkand (39.65417, 66.95972); Uzbekistan (41.66667, 63.83333)",
			"Al Jazeera: " + s.Events[1].Sources[0].Quote + " | The Independent: " + s.Events[1].Sources[1].Quote, "new"}},
		{"16", []string{"16", "", "", "", "", "", "", "", "Xi and Putin plan a one-on-one meeting", "", "Al Jazeera: " + s.Events[5].Sources[0].Quote, "new"}},
		{"20", []string{"20", "2023", "", "2023", "year", "2023-01-01", "2023-12-31", "2023", `'=HYPERLINK("http://evil.example") Elections planned`, "",
			"Desk <notes> & co: " + s.Events[9].Sources[0].Quote, "new"}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, byID[tc.id]); diff != "" {
			t.Errorf("row of event %s (-want +got):\n%s", tc.id, diff)
		}
	}
	if last := rows[len(rows)-1][0]; last != "16" {
		t.Errorf("last row is event %s, want the undated event 16", last)
	}
}
