package export

import (
	"fmt"
	"io"

	"storyline/timeline"
)

// FeatureCollection is an RFC 7946 GeoJSON FeatureCollection.
type FeatureCollection struct {
	Type     string    `json:"type"` // FeatureCollection
	Features []Feature `json:"features"`
}

// Feature is one event at one place.
type Feature struct {
	Type       string            `json:"type"` // Feature
	ID         string            `json:"id"`
	Geometry   Point             `json:"geometry"`
	Properties FeatureProperties `json:"properties"`
}

// Point is a GeoJSON Point; Coordinates are [longitude, latitude].
type Point struct {
	Type        string     `json:"type"` // Point
	Coordinates [2]float64 `json:"coordinates"`
}

// FeatureProperties says which event happened at the point, when, and who
// reported it. The date fields are empty for an undated event.
type FeatureProperties struct {
	Event     int64           `json:"event"`
	Title     string          `json:"title"`
	Date      string          `json:"date"`
	Label     string          `json:"label"`
	Precision string          `json:"precision"`
	Mod       string          `json:"mod,omitempty"`
	Start     string          `json:"start"`
	End       string          `json:"end"`
	EDTF      string          `json:"edtf"`
	Undated   bool            `json:"undated"`
	Place     string          `json:"place"`
	GeonameID int64           `json:"geonameid,omitempty"`
	Country   string          `json:"country,omitempty"`
	Size      string          `json:"place_precision,omitempty"`
	Mention   string          `json:"mention,omitempty"`
	Sources   []FeatureSource `json:"sources"`
	Credit    string          `json:"credit"`
}

// FeatureSource is a sentence reporting the event.
type FeatureSource struct {
	Document int64  `json:"document"`
	Outlet   string `json:"outlet"`
	URL      string `json:"url,omitempty"`
	Quote    string `json:"quote"`
}

// NewGeoJSON builds the FeatureCollection of s: one Point per event and
// geocoded place, dated events in date order, then undated ones in story
// order.
func NewGeoJSON(s timeline.Story) FeatureCollection {
	out := FeatureCollection{Type: "FeatureCollection", Features: []Feature{}}
	eachFeature(s, func(f Feature) error {
		out.Features = append(out.Features, f)
		return nil
	})
	return out
}

// eachFeature calls fn with the features of s in their order: the dated
// events by date, then the others, each at its geocoded places.
func eachFeature(s timeline.Story, fn func(Feature) error) error {
	docs := documents(s)
	each := func(e timeline.Event) error {
		var sources []FeatureSource
		for i, p := range e.Places {
			if !geocoded(p) {
				continue
			}
			if sources == nil {
				sources = make([]FeatureSource, 0, len(e.Sources))
				for _, src := range e.Sources {
					d := docs[src.DocumentID]
					sources = append(sources, FeatureSource{Document: src.DocumentID, Outlet: outlet(d), URL: d.URL, Quote: src.Quote})
				}
			}
			err := fn(Feature{
				Type:     "Feature",
				ID:       featureID(e, i),
				Geometry: Point{Type: "Point", Coordinates: [2]float64{p.Lon, p.Lat}},
				Properties: FeatureProperties{
					Event:     e.ID,
					Title:     e.Title,
					Date:      e.Date.Value,
					Label:     Label(e.Date),
					Precision: string(e.Date.Precision),
					Mod:       e.Date.Mod,
					Start:     e.Date.Start,
					End:       e.Date.End,
					EDTF:      e.Date.EDTF,
					Undated:   !e.Dated(),
					Place:     p.Name,
					GeonameID: p.GeonameID,
					Country:   p.Country,
					Size:      string(p.Precision),
					Mention:   p.Mention,
					Sources:   sources,
					Credit:    Credit,
				},
			})
			if err != nil {
				return err
			}
		}
		return nil
	}
	if err := eachInDateOrder(s.Events, func(e *timeline.Event) error { return each(*e) }); err != nil {
		return err
	}
	for _, e := range s.Events {
		if !e.Dated() || sortKey(e) == "" {
			if err := each(e); err != nil {
				return err
			}
		}
	}
	return nil
}

func featureID(e timeline.Event, place int) string {
	return fmt.Sprintf("event-%d-%d", e.ID, place+1)
}

// WriteGeoJSON writes the GeoJSON of s (see NewGeoJSON).
func WriteGeoJSON(w io.Writer, s timeline.Story) error {
	a, err := newArrayWriter(w, FeatureCollection{Type: "FeatureCollection", Features: []Feature{}}, "geojson")
	if err != nil {
		return err
	}
	if err := eachFeature(s, func(f Feature) error { return a.Write(f) }); err != nil {
		return err
	}
	return a.Close()
}
