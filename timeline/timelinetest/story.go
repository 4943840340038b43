// Package timelinetest makes stories for tests and benchmarks: a story of
// any number of day-dated events, with the shape real extractions give
// (several documents, sources pointing into their text, a few places and
// actors per event), without running the extractor.
package timelinetest

import (
	"fmt"
	"strings"
	"time"

	"storyline/timeline"
)

// places are the gazetteer entries the generated events happen at.
var places = []timeline.Place{
	{GeonameID: 1526273, Name: "Astana", Lat: 51.1801, Lon: 71.44598, Country: "KZ", Precision: timeline.PlaceCity},
	{GeonameID: 1512569, Name: "Tashkent", Lat: 41.26465, Lon: 69.21627, Country: "UZ", Precision: timeline.PlaceCity},
	{GeonameID: 1216265, Name: "Samarkand", Lat: 39.65417, Lon: 66.95972, Country: "UZ", Precision: timeline.PlaceCity},
	{GeonameID: 1816670, Name: "Beijing", Lat: 39.9075, Lon: 116.39723, Country: "CN", Precision: timeline.PlaceCity},
	{GeonameID: 524901, Name: "Moscow", Lat: 55.75222, Lon: 37.61556, Country: "RU", Precision: timeline.PlaceCity},
	{GeonameID: 1526384, Name: "Almaty", Lat: 43.25667, Lon: 76.92861, Country: "KZ", Precision: timeline.PlaceCity},
	{GeonameID: 2643743, Name: "London", Lat: 51.50853, Lon: -0.12574, Country: "GB", Precision: timeline.PlaceCity},
	{GeonameID: 5128581, Name: "New York City", Lat: 40.71427, Lon: -74.00597, Country: "US", Precision: timeline.PlaceCity},
	{GeonameID: 1850147, Name: "Tokyo", Lat: 35.6895, Lon: 139.69171, Country: "JP", Precision: timeline.PlaceCity},
	{GeonameID: 2988507, Name: "Paris", Lat: 48.85341, Lon: 2.3488, Country: "FR", Precision: timeline.PlaceCity},
	{GeonameID: 745044, Name: "Istanbul", Lat: 41.01384, Lon: 28.94966, Country: "TR", Precision: timeline.PlaceCity},
	{GeonameID: 1261481, Name: "New Delhi", Lat: 28.63576, Lon: 77.22445, Country: "IN", Precision: timeline.PlaceCity},
}

var actors = []string{"Xi Jinping", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Vladimir Putin", "the ministry", "the delegation"}

var verbs = []string{"met", "visited", "signed an agreement with", "held talks with", "spoke with", "travelled to meet"}

// Start is the day of the first generated event.
var Start = time.Date(2019, time.January, 1, 0, 0, 0, 0, time.UTC)

// Documents is how many documents a generated story spreads its events
// over (fewer when it has fewer events).
const Documents = 10

// Story returns a story of n day-dated events, spread over about four years
// from Start (several events on busy days, as a real story has), each with
// one source sentence in one of up to Documents documents, one or two places and
// an actor. Document ids are 1..Documents, as ImportStory expects of a
// story to store; event ids are zero.
func Story(title string, n int) timeline.Story {
	s := timeline.Story{Title: title, Created: Start}
	ndocs := min(Documents, max(n, 1))
	texts := make([]strings.Builder, ndocs)
	for i := range n {
		doc := i % ndocs
		// Four years of days, denser in the middle: day advances by 0..2.
		day := Start.AddDate(0, 0, (i*1461)/max(n, 1)+(i%3))
		place := places[i%len(places)]
		actor := actors[i%len(actors)]
		other := actors[(i+2)%len(actors)]
		verb := verbs[i%len(verbs)]
		date := day.Format("2 January 2006")
		sentence := fmt.Sprintf("On %s, %s %s %s in %s, event number %d of the story.", date, actor, verb, other, place.Name, i+1)
		b := &texts[doc]
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		start := b.Len()
		b.WriteString(sentence)
		span := timeline.Span{Start: start, End: b.Len()}
		exprStart := start + len("On ")
		iso := day.Format(time.DateOnly)
		d := timeline.Date{
			Value: iso, Type: "DATE", Precision: timeline.PrecisionDay, Start: iso, End: iso, EDTF: iso,
			Expression: date, Span: timeline.Span{Start: exprStart, End: exprStart + len(date)},
			Explanation: "an absolute date", Rule: "absolute",
		}
		mention := strings.Index(sentence, " in "+place.Name)
		p := place
		p.Mention = place.Name
		p.Span = timeline.Span{Start: start + mention + 4, End: start + mention + 4 + len(place.Name)}
		e := timeline.Event{
			Title:   fmt.Sprintf("%s %s %s in %s (%d)", actor, verb, other, place.Name, i+1),
			Trigger: strings.Fields(verb)[0],
			Text:    sentence,
			Date:    d,
			Places:  []timeline.Place{p},
			Actors:  []timeline.Actor{{Name: actor, Kind: "person"}, {Name: other, Kind: "person"}},
			Sources: []timeline.Source{{DocumentID: int64(doc + 1), Span: span, Quote: sentence, Date: d}},
		}
		s.Events = append(s.Events, e)
	}
	for i := range ndocs {
		if texts[i].Len() == 0 {
			texts[i].WriteString("Nothing happened.")
		}
		s.Documents = append(s.Documents, timeline.Document{
			ID: int64(i + 1), Title: fmt.Sprintf("Report %d", i+1), Outlet: "Wire",
			URL:  fmt.Sprintf("https://news.example/report-%d", i+1),
			Text: texts[i].String(), Published: Start.AddDate(4, 0, i), PublishedSource: timeline.PublishedUser,
			Added: Start.AddDate(4, 0, i),
		})
	}
	return s
}
