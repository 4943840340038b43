package views

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"testing"
)

// referenceData is the compact form as it was written before MarshalJSON
// appended it by hand: maps of []any through encoding/json. The hand-written
// form must give the same bytes.
func referenceData(d StoryData) ([]byte, error) {
	type compactData struct {
		Places          [][]any `json:"places"`
		Events          [][]any `json:"events"`
		Share           string  `json:"share,omitempty"`
		PageSize        int     `json:"pageSize,omitempty"`
		Tiles           string  `json:"tiles"`
		TileAttribution string  `json:"tileAttribution"`
		Credit          string  `json:"credit"`
	}
	out := compactData{Places: [][]any{}, Events: make([][]any, 0, len(d.Events)), Share: d.Share, PageSize: d.PageSize,
		Tiles: d.Tiles, TileAttribution: d.TileAttribution, Credit: d.Credit}
	index := map[string]int{}
	for _, e := range d.Events {
		refs := make([]any, 0, len(e.Places))
		for _, p := range e.Places {
			key := placeKey(p)
			i, ok := index[key]
			if !ok {
				i = len(out.Places)
				index[key] = i
				out.Places = append(out.Places, []any{p.Name, p.Lat, p.Lon, p.Precision, p.GeonameID})
			}
			if p.Mention == "" || p.Mention == p.Name {
				refs = append(refs, i)
			} else {
				refs = append(refs, []any{i, p.Mention})
			}
		}
		end, value := e.End, e.Value
		if end == e.Start {
			end = ""
		}
		if value == e.Start {
			value = ""
		}
		out.Events = append(out.Events, []any{e.ID, e.Title, e.Start, end, e.Precision, e.Label, value, e.Mod, e.State, refs})
	}
	return json.Marshal(out)
}

// placeKey is the reference's key of a place: its GeoNames id, else its
// name, position and precision as text.
func placeKey(p WidgetPlace) string {
	if p.GeonameID > 0 {
		return "g" + strconv.FormatInt(p.GeonameID, 10)
	}
	return fmt.Sprintf("n%s@%v,%v,%s", p.Name, p.Lat, p.Lon, p.Precision)
}

func TestStoryDataMarshal(t *testing.T) {
	paris := WidgetPlace{Name: "Paris", Mention: "Paris", Lat: 48.8534, Lon: 2.3488, Precision: "city", GeonameID: 2988507}
	tests := []struct {
		name string
		data StoryData
	}{
		{"empty", StoryData{Events: []WidgetEvent{}}},
		{"nil events, every field", StoryData{Share: "tok<en>", PageSize: 100, Tiles: "https://t/{z}/{x}/{y}.png?a=1&b=2",
			TileAttribution: `© "OSM" <a href="x">`, Credit: "Credit\u2028line"}},
		{"events and places", StoryData{Events: []WidgetEvent{
			{ID: 1, Title: "Talks in Paris", Value: "2020-01-02", Start: "2020-01-02", End: "2020-01-02", Precision: "day",
				Label: "Thu 2 Jan 2020", State: "new", Places: []WidgetPlace{paris, {Name: "Paris", Mention: "the French capital", Lat: 48.8534, Lon: 2.3488, Precision: "city", GeonameID: 2988507}}},
			{ID: 22, Title: "Quotes \"and\" \\ back\tslash\n<script>&\x01\x1f é 漢 \u2029 \xff bad", Value: "2020-W02", Start: "2020-01-06",
				End: "2020-01-12", Precision: "week", Label: "week 2", Mod: "APPROX",
				Places: []WidgetPlace{{Name: "Nowhere", Lat: -0.0000001, Lon: 1e21, Precision: "country"}, {Name: "Small", Lat: 1.5e-7, Lon: -179.999999}}},
			{ID: 333, Title: "", Start: "", End: "2021", Value: "2021", Places: []WidgetPlace{}},
		}}},
		// Places without a GeoNames id are one place only when name,
		// position and precision all match (0 and -0 are two positions).
		{"unnamed places", StoryData{Events: []WidgetEvent{
			{ID: 1, Places: []WidgetPlace{{Name: "Pier", Lat: 1.5, Lon: 0, Precision: "site"}, {Name: "Pier", Lat: 1.5, Lon: math.Copysign(0, -1), Precision: "site"}}},
			{ID: 2, Places: []WidgetPlace{{Name: "Pier", Lat: 1.5, Lon: 0, Precision: "site", Mention: "the pier"}, {Name: "Pier", Lat: 1.5, Lon: 0, Precision: "city"},
				{Name: "Pier", Lat: 1.5, Lon: math.Copysign(0, -1), Precision: "site"}, {Name: "Quay", Lat: 1.5, Lon: 0, Precision: "site"}}},
		}}},
	}
	for i := range 300 {
		tests[2].data.Events = append(tests[2].data.Events, WidgetEvent{ID: int64(1000 + i), Title: "Event " + strconv.Itoa(i),
			Start: fmt.Sprintf("2019-%02d-01", i%12+1), End: fmt.Sprintf("2019-%02d-28", i%12+1), Precision: "month",
			Places: []WidgetPlace{{Name: "P" + strconv.Itoa(i%7), Lat: float64(i) / 7, Lon: -float64(i) / 3, GeonameID: int64(i%5 + 1)}}})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.data.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			want, err := referenceData(tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("MarshalJSON =\n%s\nwant\n%s", got, want)
			}
			var back StoryData
			if err := back.UnmarshalJSON(got); err != nil {
				t.Errorf("UnmarshalJSON: %v", err)
			}
		})
	}
}
