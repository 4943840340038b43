package export

import (
	"html"
	"io"

	"storyline/timeline"
)

// StoryMap is a StoryMapJS document (Knight Lab).
type StoryMap struct {
	StoryMap StoryMapBody `json:"storymap"`
}

// StoryMapBody holds the map settings and the slides.
type StoryMapBody struct {
	Language      string          `json:"language"`
	MapType       string          `json:"map_type"`
	MapAsImage    bool            `json:"map_as_image"`
	CalculateZoom bool            `json:"calculate_zoom"`
	Attribution   string          `json:"attribution"`
	Slides        []StoryMapSlide `json:"slides"`
}

// StoryMapSlide is the overview or one event at one place.
type StoryMapSlide struct {
	Type     string            `json:"type,omitempty"`
	Location *StoryMapLocation `json:"location,omitempty"`
	Text     TimelineJSText    `json:"text"`
}

// StoryMapLocation is a point and how close to show it.
type StoryMapLocation struct {
	Lat  float64 `json:"lat"`
	Lon  float64 `json:"lon"`
	Zoom int     `json:"zoom"`
}

// zoom is the map zoom that shows a place of a size whole: a country is not
// a street.
func zoom(p timeline.PlacePrecision) int {
	switch p {
	case timeline.PlacePoint:
		return 14
	case timeline.PlaceCity:
		return 10
	case timeline.PlaceRegion:
		return 7
	case timeline.PlaceCountry:
		return 5
	case timeline.PlaceContinent:
		return 3
	}
	return 8
}

// NewStoryMap builds the StoryMapJS document of s: an overview slide, then
// one slide per geocoded event in date order, at the event's first geocoded
// place, with the date in the headline ("14 Sep 2022: ..."). StoryMapJS has
// no dates, so undated events are left out.
func NewStoryMap(s timeline.Story) StoryMap {
	docs := documents(s)
	out := storyMapHead(s)
	out.StoryMap.Slides = append(out.StoryMap.Slides, storyMapOverview(s))
	for _, e := range inDateOrder(s.Events) {
		if slide, ok := storyMapSlide(e, docs); ok {
			out.StoryMap.Slides = append(out.StoryMap.Slides, slide)
		}
	}
	return out
}

// storyMapHead is the StoryMap document with no slide.
func storyMapHead(s timeline.Story) StoryMap {
	return StoryMap{StoryMap: StoryMapBody{
		Language:    "en",
		MapType:     "osm:standard",
		Attribution: Credit,
		Slides:      []StoryMapSlide{},
	}}
}

// storyMapOverview is the first slide: the story's title and intro.
func storyMapOverview(s timeline.Story) StoryMapSlide {
	return StoryMapSlide{
		Type: "overview",
		Text: TimelineJSText{
			Headline: html.EscapeString(s.Title),
			Text:     storyIntro(s) + "<p>" + html.EscapeString(Credit) + "</p>",
		},
	}
}

// storyMapSlide is the slide of e at its first geocoded place; ok is false
// when it has none.
func storyMapSlide(e timeline.Event, docs map[int64]timeline.Document) (StoryMapSlide, bool) {
	var at *timeline.Place
	for i, p := range e.Places {
		if geocoded(p) {
			at = &e.Places[i]
			break
		}
	}
	if at == nil {
		return StoryMapSlide{}, false
	}
	return StoryMapSlide{
		Location: &StoryMapLocation{Lat: at.Lat, Lon: at.Lon, Zoom: zoom(at.Precision)},
		Text: TimelineJSText{
			Headline: html.EscapeString(Label(e.Date) + ": " + e.Title),
			Text:     eventHTML(e, docs),
		},
	}, true
}

// WriteStoryMap writes the StoryMapJS JSON of s (see NewStoryMap), slide by
// slide: the bytes json.Encoder writes for NewStoryMap(s) with a two-space
// indent.
func WriteStoryMap(w io.Writer, s timeline.Story) error {
	docs := documents(s)
	a, err := newArrayWriter(w, storyMapHead(s), "storymap")
	if err != nil {
		return err
	}
	if err := a.Write(storyMapOverview(s)); err != nil {
		return err
	}
	err = eachInDateOrder(s.Events, func(e *timeline.Event) error {
		if slide, ok := storyMapSlide(*e, docs); ok {
			return a.Write(slide)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return a.Close()
}
