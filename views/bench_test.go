package views

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"storyline/timeline"
)

// BenchmarkStoryView renders a story page of 500 events; the bytes per
// operation are the size of the page.
func BenchmarkStoryView(b *testing.B) {
	var events []timeline.Event
	for i := range 500 {
		day := fmt.Sprintf("2022-%02d-%02d", i%12+1, i%28+1)
		events = append(events, timeline.Event{ID: int64(i + 1), Title: fmt.Sprintf("Event %d <with markup>", i),
			Date:   timeline.Date{Value: day, Precision: timeline.PrecisionDay, Start: day, End: day},
			Places: []timeline.Place{{GeonameID: 1526273, Name: "Astana", Lat: 51.18, Lon: 71.45, Precision: timeline.PlaceCity}}})
	}
	p := StoryPage{ID: 1, Title: "Trip", Data: NewStoryData(events, "", "", "credit")}
	for _, e := range events {
		p.Events = append(p.Events, NewEventRow(e))
	}
	var buf bytes.Buffer
	if err := StoryView(p).Render(context.Background(), &buf); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		buf.Reset()
		if err := StoryView(p).Render(context.Background(), &buf); err != nil {
			b.Fatal(err)
		}
	}
}
