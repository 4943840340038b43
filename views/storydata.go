package views

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"

	"storyline/timeline/export"
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

// MarshalJSON writes d in the compact form, appending to one buffer: for
// a story of 5,000 events this runs on every render of its page, and going
// through maps of []any and reflection cost more than reading the events.
// Strings are escaped as encoding/json escapes them (<, > and & too, so
// the result can sit in a script element), numbers written as it writes
// them.
func (d StoryData) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 64+len(d.Events)*96)
	index := map[int64]int{}      // place by GeoNames id
	named := map[namedPlace]int{} // places without one, by name, position and precision
	var places []byte             // the place table, written as places are met
	nplaces := 0
	events := make([]byte, 0, len(d.Events)*88)
	for i, e := range d.Events {
		if i > 0 {
			events = append(events, ',')
		}
		events = append(events, '[')
		events = strconv.AppendInt(events, e.ID, 10)
		events = append(events, ',')
		events = appendString(events, e.Title)
		end, value := e.End, e.Value
		if end == e.Start {
			end = ""
		}
		if value == e.Start {
			value = ""
		}
		for _, s := range []string{e.Start, end, e.Precision, e.Label, value, e.Mod, e.State} {
			events = append(events, ',')
			events = appendString(events, s)
		}
		events = append(events, ",["...)
		for j, p := range e.Places {
			if math.IsNaN(p.Lat) || math.IsInf(p.Lat, 0) || math.IsNaN(p.Lon) || math.IsInf(p.Lon, 0) {
				return nil, fmt.Errorf("story data: place %q has no finite position", p.Name)
			}
			var (
				at  int
				ok  bool
				key namedPlace
			)
			if p.GeonameID > 0 {
				at, ok = index[p.GeonameID]
			} else {
				key = namedPlace{p.Name, p.Precision, math.Float64bits(p.Lat), math.Float64bits(p.Lon)}
				at, ok = named[key]
			}
			if !ok {
				at = nplaces
				nplaces++
				if p.GeonameID > 0 {
					index[p.GeonameID] = at
				} else {
					named[key] = at
				}
				if at > 0 {
					places = append(places, ',')
				}
				places = append(places, '[')
				places = appendString(places, p.Name)
				places = append(places, ',')
				places = appendFloat(places, p.Lat)
				places = append(places, ',')
				places = appendFloat(places, p.Lon)
				places = append(places, ',')
				places = appendString(places, p.Precision)
				places = append(places, ',')
				places = strconv.AppendInt(places, p.GeonameID, 10)
				places = append(places, ']')
			}
			if j > 0 {
				events = append(events, ',')
			}
			if p.Mention == "" || p.Mention == p.Name {
				events = strconv.AppendInt(events, int64(at), 10)
			} else {
				events = append(events, '[')
				events = strconv.AppendInt(events, int64(at), 10)
				events = append(events, ',')
				events = appendString(events, p.Mention)
				events = append(events, ']')
			}
		}
		events = append(events, "]]"...)
	}
	b = append(b, `{"places":[`...)
	b = append(b, places...)
	b = append(b, `],"events":[`...)
	b = append(b, events...)
	b = append(b, ']')
	if d.Share != "" {
		b = append(b, `,"share":`...)
		b = appendString(b, d.Share)
	}
	if d.PageSize != 0 {
		b = append(b, `,"pageSize":`...)
		b = strconv.AppendInt(b, int64(d.PageSize), 10)
	}
	b = append(b, `,"tiles":`...)
	b = appendString(b, d.Tiles)
	b = append(b, `,"tileAttribution":`...)
	b = appendString(b, d.TileAttribution)
	b = append(b, `,"credit":`...)
	b = appendString(b, d.Credit)
	return append(b, '}'), nil
}

// appendString appends s as a JSON string, escaped as encoding/json does
// by default (HTML characters included: the data sits in a <script>).
func appendString(b []byte, s string) []byte { return export.AppendJSONString(b, s, true) }

// appendFloat appends f as encoding/json writes a float64.
func appendFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// namedPlace tells apart the places without a GeoNames id. The positions
// are compared bit for bit (finite: MarshalJSON refuses NaN and infinities),
// so 0 and -0 stay two places, as they are two positions in the output.
type namedPlace struct {
	name, precision string
	lat, lon        uint64
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
