package views

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// The widgets' data travels in a compact form (see decodeStoryData in
// static/src/story.js): every place once, in a table, and every event as an
// array that names its places by their index in the table,
//
//	{"places": [[name, lat, lon, precision, geonameid], ...],
//	 "events": [[id, title, start, end, precision, label, value, mod, state,
//	             [place index or [place index, mention], ...]], ...],
//	 "share": token, "pageSize": n, "tiles": ..., "tileAttribution": ..., "credit": ...}
//
// where end and value are "" when they equal start, and event addresses are
// left for the script to make (/events/{id}, with ?share= when set). A story
// of 5,000 events is then about a third of the size of the same data as
// objects, before gzip.

// compactData is StoryData on the wire.
type compactData struct {
	Places          [][]any `json:"places"`
	Events          [][]any `json:"events"`
	Share           string  `json:"share,omitempty"`
	PageSize        int     `json:"pageSize,omitempty"`
	Tiles           string  `json:"tiles"`
	TileAttribution string  `json:"tileAttribution"`
	Credit          string  `json:"credit"`
}

// MarshalJSON writes d in the compact form.
func (d StoryData) MarshalJSON() ([]byte, error) {
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

func placeKey(p WidgetPlace) string {
	if p.GeonameID > 0 {
		return "g" + strconv.FormatInt(p.GeonameID, 10)
	}
	return fmt.Sprintf("n%s@%v,%v,%s", p.Name, p.Lat, p.Lon, p.Precision)
}

// UnmarshalJSON reads the compact form back, as the widgets see it: every
// event with its places and its address.
func (d *StoryData) UnmarshalJSON(b []byte) error {
	var raw struct {
		Places          [][]json.RawMessage `json:"places"`
		Events          [][]json.RawMessage `json:"events"`
		Share           string              `json:"share"`
		PageSize        int                 `json:"pageSize"`
		Tiles           string              `json:"tiles"`
		TileAttribution string              `json:"tileAttribution"`
		Credit          string              `json:"credit"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*d = StoryData{Events: make([]WidgetEvent, 0, len(raw.Events)), Share: raw.Share, PageSize: raw.PageSize,
		Tiles: raw.Tiles, TileAttribution: raw.TileAttribution, Credit: raw.Credit}
	places := make([]WidgetPlace, len(raw.Places))
	for i, p := range raw.Places {
		if len(p) != 5 {
			return fmt.Errorf("story data: place %d has %d fields, want 5", i, len(p))
		}
		if err := unmarshalAll(p, &places[i].Name, &places[i].Lat, &places[i].Lon, &places[i].Precision, &places[i].GeonameID); err != nil {
			return fmt.Errorf("story data: place %d: %w", i, err)
		}
	}
	for i, r := range raw.Events {
		if len(r) != 10 {
			return fmt.Errorf("story data: event %d has %d fields, want 10", i, len(r))
		}
		var (
			e    WidgetEvent
			refs []json.RawMessage
		)
		if err := unmarshalAll(r, &e.ID, &e.Title, &e.Start, &e.End, &e.Precision, &e.Label, &e.Value, &e.Mod, &e.State, &refs); err != nil {
			return fmt.Errorf("story data: event %d: %w", i, err)
		}
		if e.End == "" {
			e.End = e.Start
		}
		if e.Value == "" {
			e.Value = e.Start
		}
		e.URL = withShare(eventURL(e.ID), d.Share)
		e.Places = []WidgetPlace{}
		for _, ref := range refs {
			var (
				at      int
				mention string
			)
			if err := json.Unmarshal(ref, &at); err != nil {
				var pair []json.RawMessage
				if err := json.Unmarshal(ref, &pair); err != nil || len(pair) != 2 {
					return fmt.Errorf("story data: event %d: bad place %s", i, ref)
				}
				if err := unmarshalAll(pair, &at, &mention); err != nil {
					return fmt.Errorf("story data: event %d: %w", i, err)
				}
			}
			if at < 0 || at >= len(places) {
				return fmt.Errorf("story data: event %d: no place %d", i, at)
			}
			p := places[at]
			p.Mention = p.Name
			if mention != "" {
				p.Mention = mention
			}
			e.Places = append(e.Places, p)
		}
		d.Events = append(d.Events, e)
	}
	return nil
}

func unmarshalAll(raw []json.RawMessage, dest ...any) error {
	for i, r := range raw {
		if err := json.Unmarshal(r, dest[i]); err != nil {
			return err
		}
	}
	return nil
}
