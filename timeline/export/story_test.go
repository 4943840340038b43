package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
	"storyline/timeline/timelinetest"
)

func TestJSONRoundTrip(t *testing.T) {
	s := fixture(t)
	var first bytes.Buffer
	if err := WriteJSON(&first, s); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	imported, err := ImportJSON(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatalf("ImportJSON(WriteJSON(fixture)): %v", err)
	}
	if diff := cmp.Diff(s, imported); diff != "" {
		t.Errorf("ImportJSON(WriteJSON(fixture)) (-want +got):\n%s", diff)
	}
	var second bytes.Buffer
	if err := WriteJSON(&second, imported); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	if diff := cmp.Diff(first.String(), second.String()); diff != "" {
		t.Errorf("export, import, export differs (-first +second):\n%s", diff)
	}
}

// TestNewStoryOffsets checks that the offsets of the JSON count code points:
// each source's range, cut from the text as code points, is its quote.
func TestNewStoryOffsets(t *testing.T) {
	s := NewStory(fixture(t))
	texts := map[int64][]rune{}
	for _, d := range s.Documents {
		texts[d.ID] = []rune(d.Text)
	}
	n := 0
	for _, e := range s.Events {
		for _, src := range e.Sources {
			text := texts[src.Document]
			if got := string(text[src.Start:src.End]); got != src.Quote {
				t.Errorf("event %d: document %d code points %d..%d = %q, want the quote %q", e.ID, src.Document, src.Start, src.End, got, src.Quote)
			}
			want := []Selector{
				{Type: PositionSelector, Start: src.Start, End: src.End},
				{Type: QuoteSelector, Exact: src.Quote,
					Prefix: string(text[max(0, src.Start-contextLen):src.Start]),
					Suffix: string(text[src.End:min(len(text), src.End+contextLen)])},
			}
			if diff := cmp.Diff(want, src.Selector); diff != "" {
				t.Errorf("event %d: selectors (-want +got):\n%s", e.ID, diff)
			}
			n++
		}
		if e.Date != nil && e.Date.Target != nil {
			tg := e.Date.Target
			if got := string(texts[tg.Document][tg.Start:tg.End]); got != e.Date.Expression {
				t.Errorf("event %d: date target %d..%d = %q, want %q", e.ID, tg.Start, tg.End, got, e.Date.Expression)
			}
		}
		for _, a := range e.Actors {
			if tg := a.Target; tg != nil {
				if got := string(texts[tg.Document][tg.Start:tg.End]); got != a.Mention {
					t.Errorf("event %d: actor target %d..%d = %q, want %q", e.ID, tg.Start, tg.End, got, a.Mention)
				}
			}
		}
		for _, p := range e.Places {
			if tg := p.Target; tg != nil {
				if got := string(texts[tg.Document][tg.Start:tg.End]); got != p.Mention {
					t.Errorf("event %d: place target %d..%d = %q, want %q", e.ID, tg.Start, tg.End, got, p.Mention)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("the fixture has no sources")
	}
}

func TestOffsets(t *testing.T) {
	const text = "aé€😀b"
	tests := []struct {
		bytes, points int
	}{
		{0, 0}, {1, 1}, {3, 2}, {6, 3}, {10, 4}, {11, 5},
	}
	for _, tc := range tests {
		if got := codePoints(text, tc.bytes); got != tc.points {
			t.Errorf("codePoints(%q, %d) = %d, want %d", text, tc.bytes, got, tc.points)
		}
		if got, ok := byteOffset(text, tc.points); !ok || got != tc.bytes {
			t.Errorf("byteOffset(%q, %d) = %d, %v, want %d, true", text, tc.points, got, ok, tc.bytes)
		}
	}
	doc := indexDocuments(timeline.Story{Documents: []timeline.Document{{ID: 1, Text: text}}})[1]
	for _, tc := range tests {
		if got := doc.codePoints(tc.bytes); got != tc.points {
			t.Errorf("indexedDoc(%q).codePoints(%d) = %d, want %d", text, tc.bytes, got, tc.points)
		}
	}
	var points []int
	for _, tc := range tests {
		points = append(points, tc.points)
	}
	points = append(points, -1, 6, 100)
	byteOffs := byteOffsetsOf(text, points)
	for _, tc := range tests {
		if b, ok := byteOffs[tc.points]; !ok || b != tc.bytes {
			t.Errorf("byteOffsetsOf(%q)[%d] = %d, %v, want %d, true", text, tc.points, b, ok, tc.bytes)
		}
	}
	for _, cp := range []int{-1, 6, 100} {
		if b, ok := byteOffs[cp]; ok {
			t.Errorf("byteOffsetsOf(%q)[%d] = %d, want none", text, cp, b)
		}
	}
	for _, cp := range []int{-1, 6, 100} {
		if got, ok := byteOffset(text, cp); ok {
			t.Errorf("byteOffset(%q, %d) = %d, true, want false", text, cp, got)
		}
	}
}

func TestLabel(t *testing.T) {
	tests := []struct {
		d    timeline.Date
		want string
	}{
		{timeline.Date{Value: "2022-09-14", Precision: "day", Start: "2022-09-14", End: "2022-09-14"}, "14 Sep 2022"},
		{timeline.Date{Value: "2022-09-14", Precision: "day", Start: "2022-09-14", End: "2022-09-16"}, "14–16 Sep 2022"},
		{timeline.Date{Value: "2022-09-14TEV", Precision: "time", Start: "2022-09-14", End: "2022-09-14"}, "14 Sep 2022, evening"},
		{timeline.Date{Value: "2022-04", Precision: "month", Start: "2022-04-01", End: "2022-04-30"}, "Apr 2022"},
		{timeline.Date{Value: "2022-04", Mod: "APPROX", Precision: "month", Start: "2022-04-01", End: "2022-04-30"}, "c. Apr 2022"},
		{timeline.Date{Value: "2022-SP", Precision: "season", Start: "2022-03-01", End: "2022-05-31"}, "Spring 2022"},
		{timeline.Date{Value: "2022-Q3", Precision: "quarter", Start: "2022-07-01", End: "2022-09-30"}, "Q3 2022"},
		{timeline.Date{Value: "2022-H1", Precision: "half", Start: "2022-01-01", End: "2022-06-30"}, "H1 2022"},
		{timeline.Date{Value: "202", Precision: "decade", Start: "2020-01-01", End: "2029-12-31"}, "2020s"},
		{timeline.Date{Value: "2020-09", Mod: "MORE_THAN", Precision: "month", End: "2020-09-30"}, "before Sep 2020"},
		{timeline.Date{Value: "2020", Mod: "ON_OR_AFTER", Precision: "year", Start: "2020-01-01"}, "on or after 2020"},
		{timeline.Date{Value: "PAST_REF", Precision: "past"}, "in the past"},
		{timeline.Date{Value: "FUTURE_REF", Precision: "future"}, "in the future"},
		{timeline.Date{Value: "PRESENT_REF", Precision: "present"}, "now"},
		{timeline.Date{Value: "XXXX-04", Precision: "unknown", Expression: "in April"}, "in April"},
		{timeline.Date{Value: "2022-09-14", Precision: "day", Start: "2022-09-30", End: "2022-10-02"}, "30 Sep–2 Oct 2022"},
		{timeline.Date{Value: "2022-12-30", Precision: "day", Start: "2022-12-30", End: "2023-01-02"}, "30 Dec 2022–2 Jan 2023"},
		{timeline.Date{Value: "2022-09-14TMO", Precision: "time", Start: "2022-09-14", End: "2022-09-14"}, "14 Sep 2022, morning"},
		{timeline.Date{Value: "2022-09-14TNI", Precision: "time", Start: "2022-09-14", End: "2022-09-14"}, "14 Sep 2022, night"},
		{timeline.Date{Value: "2022-09-14T09:05", Precision: "time", Start: "2022-09-14", End: "2022-09-14"}, "14 Sep 2022, 09:05"},
		{timeline.Date{Value: "2022-09-14T99:99", Precision: "time", Start: "2022-09-14", End: "2022-09-14"}, "14 Sep 2022"},
		{timeline.Date{Value: "2022-FA", Precision: "season", Start: "2022-09-01", End: "2022-11-30"}, "Autumn 2022"},
		{timeline.Date{Value: "2022-WI", Precision: "season", Start: "2022-12-01", End: "2023-02-28"}, "Winter 2022"},
		{timeline.Date{Value: "2022-SU", Mod: "START", Precision: "season", Start: "2022-06-01", End: "2022-06-30"}, "early Summer 2022"},
		{timeline.Date{Value: "2022-04", Mod: "MID", Precision: "month", Start: "2022-04-11", End: "2022-04-20"}, "mid Apr 2022"},
		{timeline.Date{Value: "2022", Mod: "END", Precision: "year", Start: "2022-10-01", End: "2022-12-31"}, "late 2022"},
		{timeline.Date{Value: "2022-09", Mod: "AFTER", Precision: "month", Start: "2022-10-01"}, "after Oct 2022"},
		{timeline.Date{Value: "2022-09-14", Mod: "ON_OR_BEFORE", Precision: "day", End: "2022-09-14"}, "on or before 14 Sep 2022"},
		{timeline.Date{Value: "19", Precision: "century", Start: "1900-01-01", End: "1999-12-31"}, "1900s"},
		{timeline.Date{Value: "2010-02", Precision: "month", Start: "2010-02-01", End: "2010-04-30"}, "Feb–Apr 2010"},
		{timeline.Date{Value: "2009-11", Precision: "month", Start: "2009-11-01", End: "2010-02-28"}, "Nov 2009–Feb 2010"},
		{timeline.Date{Value: "2019", Precision: "year", Start: "2019-01-01", End: "2021-12-31"}, "2019–2021"},
		{timeline.Date{}, ""},
	}
	for _, tc := range tests {
		if got := Label(tc.d); got != tc.want {
			t.Errorf("Label(%+v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestOutlet(t *testing.T) {
	tests := []struct {
		d    timeline.Document
		want string
	}{
		{timeline.Document{Outlet: "AP", URL: "https://apnews.com/a", Title: "T"}, "AP"},
		{timeline.Document{URL: "https://www.aljazeera.com/news/x", Title: "T"}, "www.aljazeera.com"},
		{timeline.Document{URL: "not a url", Title: "T"}, "T"},
	}
	for _, tc := range tests {
		if got := outlet(tc.d); got != tc.want {
			t.Errorf("outlet(%+v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestGeocoded(t *testing.T) {
	tests := []struct {
		p    timeline.Place
		want bool
	}{
		{timeline.Place{GeonameID: 1526273, Lat: 51.18, Lon: 71.45}, true},
		{timeline.Place{GeonameID: 2411585, Lat: 0, Lon: 0}, true}, // a gazetteer entry may sit at 0,0
		{timeline.Place{Name: "Nowhere"}, false},
		{timeline.Place{GeonameID: 1, Lat: 91, Lon: 0}, false},
		{timeline.Place{GeonameID: 1, Lat: 0, Lon: -181}, false},
	}
	for _, tc := range tests {
		if got := geocoded(tc.p); got != tc.want {
			t.Errorf("geocoded(%+v) = %v, want %v", tc.p, got, tc.want)
		}
	}
}

// mutate decodes the fixture's Story JSON into generic values, lets change
// edit them and encodes the result.
func mutate(t *testing.T, change func(story map[string]any)) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteJSON(&b, fixture(t)); err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	change(v)
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func event(v map[string]any, i int) map[string]any { return v["events"].([]any)[i].(map[string]any) }
func source(v map[string]any, i, j int) map[string]any {
	return event(v, i)["sources"].([]any)[j].(map[string]any)
}

func TestImportJSONInvalid(t *testing.T) {
	tests := []struct {
		name  string
		input []byte
		want  string // part of the message
	}{
		{"empty", nil, "empty"},
		{"not json", []byte("<html>"), "invalid JSON"},
		{"trailing data", append(mutate(t, func(map[string]any) {}), []byte(" {}")...), "after the story"},
		{"wrong type", []byte(`{"title": 3}`), `"title"`},
		{"no title", mutate(t, func(v map[string]any) { v["title"] = "  " }), "title is empty"},
		{"duplicate document", mutate(t, func(v map[string]any) {
			docs := v["documents"].([]any)
			v["documents"] = append(docs, docs[0])
		}), "id 1 is used twice"},
		{"unknown document", mutate(t, func(v map[string]any) { source(v, 0, 0)["document"] = 99 }), "document 99 is not in the story"},
		{"offset past the text", mutate(t, func(v map[string]any) { source(v, 0, 0)["end"] = 1e6 }), "outside the text"},
		{"start after end", mutate(t, func(v map[string]any) { source(v, 0, 0)["start"] = 2000 }), "after end"},
		{"quote selector does not match", mutate(t, func(v map[string]any) {
			source(v, 0, 0)["start"] = 835
			source(v, 0, 0)["selector"] = []any{source(v, 0, 0)["selector"].([]any)[1]}
		}), "TextQuoteSelector exact"},
		{"unknown selector", mutate(t, func(v map[string]any) {
			source(v, 0, 0)["selector"] = []any{map[string]any{"type": "XPathSelector"}}
		}), "unknown selector type"},
		{"undated with date", mutate(t, func(v map[string]any) { event(v, 0)["undated"] = true }), "undated is true"},
		{"dated without date", mutate(t, func(v map[string]any) { event(v, 0)["date"] = nil }), "date is missing"},
		{"bad precision", mutate(t, func(v map[string]any) { event(v, 0)["date"].(map[string]any)["precision"] = "fortnight" }), `precision "fortnight"`},
		{"bad mod", mutate(t, func(v map[string]any) { event(v, 0)["date"].(map[string]any)["mod"] = "SOONISH" }), `mod "SOONISH"`},
		{"bad bound", mutate(t, func(v map[string]any) { event(v, 0)["date"].(map[string]any)["start"] = "14/09/2022" }), "not a date"},
		{"value not TIMEX3", mutate(t, func(v map[string]any) { event(v, 0)["date"].(map[string]any)["value"] = "14 Sept 2022" }), "not a TIMEX3 value"},
		{"value out of range", mutate(t, func(v map[string]any) { event(v, 0)["date"].(map[string]any)["value"] = "2022-13-40" }), "not a TIMEX3 value"},
		{"source date value", mutate(t, func(v map[string]any) {
			source(v, 0, 0)["date"] = map[string]any{"value": "soon", "type": "DATE", "precision": "day"}
		}), "not a TIMEX3 value"},
		{"edtf not EDTF", mutate(t, func(v map[string]any) { event(v, 0)["date"].(map[string]any)["edtf"] = "September 2022" }), "not an EDTF"},
		{"edtf both ends open", mutate(t, func(v map[string]any) { event(v, 0)["date"].(map[string]any)["edtf"] = "../.." }), "not an EDTF"},
		{"document url javascript", mutate(t, func(v map[string]any) {
			v["documents"].([]any)[0].(map[string]any)["url"] = "javascript:alert(1)"
		}), "http:// or https://"},
		{"document url relative", mutate(t, func(v map[string]any) {
			v["documents"].([]any)[0].(map[string]any)["url"] = "/news/1"
		}), "http:// or https://"},
		{"bounds reversed", mutate(t, func(v map[string]any) { event(v, 0)["date"].(map[string]any)["start"] = "2022-09-15" }), "after end"},
		{"date target in another document", mutate(t, func(v map[string]any) {
			event(v, 0)["date"].(map[string]any)["target"].(map[string]any)["document"] = 2
		}), "not the document of the first source"},
		{"no geonameid", mutate(t, func(v map[string]any) { event(v, 0)["places"].([]any)[0].(map[string]any)["geonameid"] = 0 }), "no GeoNames id"},
		{"mention without sources", mutate(t, func(v map[string]any) { event(v, 0)["sources"] = []any{} }), "no sources"},
		{"latitude", mutate(t, func(v map[string]any) { event(v, 0)["places"].([]any)[0].(map[string]any)["lat"] = 91 }), "lat 91"},
		{"published date", mutate(t, func(v map[string]any) {
			v["documents"].([]any)[0].(map[string]any)["published"] = map[string]any{"date": "Sept 14", "source": "meta"}
		}), "published.date"},
		{"published source", mutate(t, func(v map[string]any) {
			v["documents"].([]any)[0].(map[string]any)["published"] = map[string]any{"date": "2022-09-14", "source": "rumour"}
		}), "published.source"},
		{"created", mutate(t, func(v map[string]any) { v["created"] = "yesterday" }), "created"},
		{"empty actor", mutate(t, func(v map[string]any) { event(v, 0)["actors"] = []any{map[string]any{"name": ""}} }), "actor 1"},
		{"trigger outside the sentence", mutate(t, func(v map[string]any) {
			s := source(v, 0, 0)
			end := s["end"].(float64)
			s["trigger"] = map[string]any{"document": s["document"], "start": end, "end": end + 1}
		}), "trigger: range"},
		{"also in another document", mutate(t, func(v map[string]any) {
			s := source(v, 0, 0)
			s["also"] = []any{map[string]any{"document": s["document"].(float64) + 1, "start": s["start"], "end": s["end"]}}
		}), "also 1: document"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ImportJSON(bytes.NewReader(tc.input))
			if code := timeline.ErrorCodeOf(err); code != timeline.EInvalid {
				t.Fatalf("ImportJSON: error %v (code %q), want code %q", err, code, timeline.EInvalid)
			}
			if msg := timeline.ErrorMessage(err); !strings.Contains(msg, tc.want) {
				t.Errorf("ImportJSON: message %q, want it to contain %q", msg, tc.want)
			}
		})
	}
}

// TestImportJSONMinimal reads a hand-written story: fields left out take
// their zero values, and an event needs only a date or "undated".
func TestImportJSONMinimal(t *testing.T) {
	in := `{"title": "Río ✓", "documents": [{"id": 5, "text": "¿Qué? Met in Astana on 14 September 2022.", "published": {"date": "2022-09-14", "source": "user"}}],
	"events": [{"title": "Met", "date": {"value": "2022-09-14", "type": "DATE", "precision": "day", "start": "2022-09-14", "end": "2022-09-14"},
	  "sources": [{"document": 5, "start": 6, "end": 41, "quote": "Met in Astana on 14 September 2022."}]},
	  {"title": "Undated", "undated": true}]}`
	got, err := ImportJSON(strings.NewReader(in))
	if err != nil {
		t.Fatalf("ImportJSON: %v", err)
	}
	text := "¿Qué? Met in Astana on 14 September 2022."
	if src := got.Events[0].Sources[0]; text[src.Span.Start:src.Span.End] != src.Quote {
		t.Errorf("source span %v cuts %q, want %q", src.Span, text[src.Span.Start:src.Span.End], src.Quote)
	}
	if got.Events[1].Dated() {
		t.Errorf("event 2 is dated %+v, want undated", got.Events[1].Date)
	}
}

func FuzzImportJSON(f *testing.F) {
	var b bytes.Buffer
	if err := WriteJSON(&b, fixture(f)); err != nil {
		f.Fatal(err)
	}
	f.Add(b.Bytes())
	f.Add([]byte(`{"title":"x","documents":[{"id":1,"text":"é€😀","published":{"date":"","source":""}}],"events":[{"undated":true,"sources":[{"document":1,"start":1,"end":3,"quote":""}]}]}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"title":"x","documents":[{"id":1,"text":"on Monday","published":{"date":"","source":""}}],"events":[{"date":{"value":"2022-09-12","type":"DATE","precision":"day","start":"2022-09-12","end":"2022-09-12","target":{"document":1,"start":3,"end":9}}}]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		s, err := ImportJSON(bytes.NewReader(in))
		if err != nil {
			if code := timeline.ErrorCodeOf(err); code != timeline.EInvalid {
				t.Fatalf("ImportJSON: error %v has code %q, want %q", err, code, timeline.EInvalid)
			}
			return
		}
		docs := documents(s)
		for _, e := range s.Events {
			for _, src := range e.Sources {
				text := docs[src.DocumentID].Text
				sp := src.Span
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End ||
					!utf8.ValidString(text[:sp.Start]) || !utf8.ValidString(text[sp.Start:sp.End]) {
					t.Fatalf("source span %v is not a range of whole code points of a %d-byte text", sp, len(text))
				}
			}
		}
		var out bytes.Buffer
		if err := WriteJSON(&out, s); err != nil {
			t.Fatalf("WriteJSON of an imported story: %v", err)
		}
		again, err := ImportJSON(&out)
		if err != nil {
			t.Fatalf("ImportJSON(WriteJSON(ImportJSON(in))): %v", err)
		}
		if diff := cmp.Diff(s, again); diff != "" {
			t.Fatalf("import, export, import differs (-first +second):\n%s", diff)
		}
	})
}

func BenchmarkWriteJSON(b *testing.B) {
	s := fixture(b)
	var n int64
	for _, d := range s.Documents {
		n += int64(len(d.Text))
	}
	b.SetBytes(n)
	for b.Loop() {
		if err := WriteJSON(&bytes.Buffer{}, s); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWriteReviewedJSONStreams checks that the streamed Story JSON is the
// bytes json.Encoder writes for the whole document, with and without
// events and reviews.
func TestWriteReviewedJSONStreams(t *testing.T) {
	s := timelinetest.Story("Streamed", 30)
	for i := range s.Events {
		s.Events[i].ID = int64(i + 1)
	}
	reviews := Reviews{1: {State: timeline.StateChecked}}
	for _, tc := range []struct {
		name string
		s    timeline.Story
		r    Reviews
	}{
		{"events", s, nil},
		{"reviews", s, reviews},
		{"no events", timeline.Story{ID: 3, Title: "Empty"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			if err := enc.Encode(NewReviewedStory(tc.s, tc.r)); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := WriteReviewedJSON(&got, tc.s, tc.r); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("streamed JSON differs from the encoded document:\n%s", cmp.Diff(want.String(), got.String()))
			}
		})
	}
}

func TestValidEDTF(t *testing.T) {
	for s, want := range map[string]bool{
		"2022": true, "2022-09": true, "2022-09-14": true, "2022-21": true, "2022-41": true, "202X": true, "19XX": true,
		"2022-04~": true, "2022-09-14?": true, "../2020-09": true, "2020-09/..": true, "2022-09-12/2022-09-18": true,
		"2022-09-14T14:30:00": true, "2022-XX": true, "/2022": true,
		"": false, "2022-13": false, "2022-42": false, "2022-09-32": false, "22": false, "September": false, "../..": false,
		"2022-09-14T25:00:00": false, "2022-09T10:00": false, "2022/2023/2024": false, "2022-09-14-01": false,
	} {
		if got := validEDTF(s); got != want {
			t.Errorf("validEDTF(%q) = %v, want %v", s, got, want)
		}
	}
}

// BenchmarkNewStoryOffsets converts the spans of a story whose one document
// is 64 KB, 256 KB or 1 MB of text with an event every 100 bytes: the cost
// must grow with the text, not with the text times its events.
func BenchmarkNewStoryOffsets(b *testing.B) {
	for _, n := range []int{64 << 10, 256 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			text := strings.Repeat("Xi met Tokayev in Nur-Sultan, Kazakhstan’s capital, on Wednesday. Élysée. ", n/76+1)
			s := timeline.Story{Title: "t", Documents: []timeline.Document{{ID: 1, Text: text}}}
			for at := 0; at+100 < len(text); at += 100 {
				sp := timeline.Span{Start: at - at%76, End: at - at%76 + 2}
				s.Events = append(s.Events, timeline.Event{Title: "e", Sources: []timeline.Source{{DocumentID: 1, Span: sp, Quote: text[sp.Start:sp.End]}}})
			}
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				NewStory(s)
			}
		})
	}
}
