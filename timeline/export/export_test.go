package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// doc3 is a hand-written note with text that is hostile to HTML, CSV and
// iCalendar, and dates of every precision the seeds lack.
const doc3 = "Talks & \"trade\" <b>notes</b>\n\n" +
	"In the summer, officials met in Astana & agreed a <script>alert(1)</script> plan; details, they said, would follow.\n" +
	"At 14:30 on 15 September, leaders gathered in Samarkand — a long sentence with ‘curly quotes’, commas, semicolons; and more words so that it folds.\n" +
	"A joint statement is expected around 20 September.\n" +
	"=HYPERLINK(\"http://evil.example\") Elections are planned in 2023.\n" +
	"Delegations return next week.\n"

// fixture builds a story by hand from the two seed articles and doc3. Spans
// are found in the texts, so they are true byte offsets.
func fixture(t testing.TB) timeline.Story {
	t.Helper()
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	aj := read("000_48c26321fd265a38.txt")
	ind := read("004_72fb59bc08362900.txt")
	published := time.Date(2022, 9, 14, 0, 0, 0, 0, time.UTC)
	docs := []timeline.Document{
		{ID: 1, StoryID: 7, Title: "Chinese leader Xi Jinping in Kazakhstan before summit with Putin", Outlet: "Al Jazeera",
			URL: "https://example.org/aljazeera/xi-kazakhstan", Text: aj, Published: published, PublishedSource: timeline.PublishedMeta,
			Added: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)},
		{ID: 2, StoryID: 7, Title: "China's Xi visits Kazakhstan ahead of summit with Putin", Outlet: "The Independent",
			URL: "https://example.org/independent/xi-visits", Text: ind, Published: published, PublishedSource: timeline.PublishedJSONLD,
			Added: time.Date(2026, 11, 21, 9, 30, 0, 0, time.UTC)},
		{ID: 3, StoryID: 7, Title: "Talks & notes", Outlet: "Desk <notes> & co",
			URL: "https://example.org/notes?a=1&b=\"2\"", Text: doc3, Published: published, PublishedSource: timeline.PublishedUser,
			Added: time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC)},
	}
	text := map[int64]string{1: aj, 2: ind, 3: doc3}
	sp := func(doc int64, s string) timeline.Span {
		t.Helper()
		i := strings.Index(text[doc], s)
		if i < 0 {
			t.Fatalf("fixture: %q not in document %d", s, doc)
		}
		return timeline.Span{Start: i, End: i + len(s)}
	}
	// within is the part of a span from byte i to byte j of it.
	within := func(s timeline.Span, i, j int) timeline.Span {
		return timeline.Span{Start: s.Start + i, End: s.Start + j}
	}
	src := func(doc int64, s string) timeline.Source {
		return timeline.Source{DocumentID: doc, Span: sp(doc, s), Quote: s}
	}
	astana := timeline.Place{GeonameID: 1526273, Name: "Astana", Lat: 51.1801, Lon: 71.44598, Country: "KZ", Precision: timeline.PlaceCity}
	samarkand := timeline.Place{GeonameID: 601294, Name: "Samarkand", Lat: 39.65417, Lon: 66.95972, Country: "UZ", Precision: timeline.PlaceCity}
	uzbekistan := timeline.Place{GeonameID: 1512440, Name: "Uzbekistan", Lat: 41.66667, Lon: 63.83333, Country: "UZ", Precision: timeline.PlaceCountry}
	at := func(p timeline.Place, doc int64, mention string) timeline.Place {
		p.Mention, p.Span = mention, sp(doc, mention)
		return p
	}
	day := func(v string, doc int64, expr string) timeline.Date {
		return timeline.Date{Value: v, Type: "DATE", Precision: timeline.PrecisionDay, Start: v, End: v, EDTF: v,
			Expression: expr, Span: sp(doc, expr)}
	}

	met := "Xi was met on Wednesday at the airport tarmac in Nur-Sultan by President Kassym-Jomart Tokayev and an honour guard."
	fly := "On Thursday, Xi is due to fly to Samarkand in neighbouring Uzbekistan for a summit of the eight-nation Shanghai Cooperation Organization (SCO)."
	events := []timeline.Event{
		{ID: 11, Title: "Xi arrives in Nur-Sultan", Trigger: "met", Text: met,
			Date: func() timeline.Date {
				d := day("2022-09-14", 1, "on Wednesday")
				d.Explanation = "Wednesday, anchored to publication date Wed 2022-09-14, past tense: same day"
				d.Rule, d.Anchor, d.Tense = "weekday", "2022-09-14", "past"
				return d
			}(),
			Places: []timeline.Place{at(astana, 1, "Nur-Sultan")},
			Actors: []timeline.Actor{
				{Name: "Xi Jinping", Kind: "person", Mention: "Xi", Span: within(sp(1, "Xi was met"), 0, len("Xi"))},
				{Name: "Kassym-Jomart Tokayev", Kind: "person", Mention: "Kassym-Jomart Tokayev", Span: within(sp(1, "Kassym-Jomart Tokayev and an honour"), 0, len("Kassym-Jomart Tokayev"))},
			},
			Sources: []timeline.Source{func() timeline.Source {
				s := src(1, met)
				s.Trigger = within(sp(1, "met on Wednesday"), 0, len("met"))
				s.Also = []timeline.Span{sp(1, "honour guard")}
				return s
			}(),
				src(2, "Xi, wearing a blue suit and a face mask, was met on airport tarmac President Kassym-Jomart Tokayev and an honor guard, all of whom wore masks.")},
		},
		{ID: 12, Title: "Xi due to fly to Samarkand", Trigger: "fly", Text: fly,
			Date:    day("2022-09-15", 1, "On Thursday"),
			Places:  []timeline.Place{at(samarkand, 1, "Samarkand"), at(uzbekistan, 1, "Uzbekistan")},
			Actors:  []timeline.Actor{{Name: "Xi Jinping", Kind: "person"}, {Name: "Shanghai Cooperation Organization", Kind: "organization"}},
			Sources: []timeline.Source{src(1, fly), src(2, "On Thursday, Xi is due to fly to Samarkand in neighboring Uzbekistan for a summit of the eight-nation Shanghai Cooperation Organization, led by China and Russia.")},
		},
		{ID: 13, Title: "Global Security Initiative announced", Trigger: "announced",
			Text: "Xi is promoting a “Global Security Initiative”, which was announced in April with few details following the formation of the Quad by the US, Japan, Australia and India in response to Beijing’s more assertive foreign policy.",
			Date: timeline.Date{Value: "2022-04", Type: "DATE", Precision: timeline.PrecisionMonth, Start: "2022-04-01", End: "2022-04-30",
				EDTF: "2022-04", Expression: "in April", Span: sp(1, "in April")},
			Sources: []timeline.Source{
				src(1, "Xi is promoting a “Global Security Initiative”, which was announced in April with few details following the formation of the Quad by the US, Japan, Australia and India in response to Beijing’s more assertive foreign policy."),
				func() timeline.Source {
					s := src(2, "The Chinese leader is promoting a “Global Security Initiative” announced in April following the formation of the Quad by Washington, Japan, Australia and India in response to Beijing’s more assertive foreign policy.")
					s.Date = timeline.Date{Value: "2022-04", Type: "DATE", Precision: timeline.PrecisionMonth, Start: "2022-04-01", End: "2022-04-30",
						EDTF: "2022-04", Expression: "in April", Span: sp(2, "in April")}
					return s
				}(),
			},
		},
		{ID: 14, Title: "Communist Party congress", Trigger: "congress",
			Text: "The summit has taken Xi abroad while the party prepares for an October congress at which he is expected to break with political tradition and try to award himself a third five-year term as leader.",
			Date: timeline.Date{Value: "2022-10", Type: "DATE", Precision: timeline.PrecisionMonth, Start: "2022-10-01", End: "2022-10-31",
				EDTF: "2022-10", Expression: "October", Span: sp(1, "October"), Tense: "future"},
			Sources: []timeline.Source{src(1, "The summit has taken Xi abroad while the party prepares for an October congress at which he is expected to break with political tradition and try to award himself a third five-year term as leader.")},
		},
		{ID: 15, Title: "Outbreak of the coronavirus pandemic", Trigger: "outbreak",
			Text: "Chinese President Xi Jinping has started his first foreign trip since the outbreak of the coronavirus pandemic more than two years ago with a stop in Kazakhstan, in advance of a summit in Uzbekistan with his Russian counterpart, Vladimir Putin, and other leaders of a Central Asian security group.",
			Date: timeline.Date{Value: "2020-09", Type: "DATE", Mod: "MORE_THAN", Precision: timeline.PrecisionMonth, Start: "", End: "2020-09-30",
				EDTF: "../2020-09", Expression: "more than two years ago", Span: sp(1, "more than two years ago")},
			Sources:      []timeline.Source{src(1, "Chinese President Xi Jinping has started his first foreign trip since the outbreak of the coronavirus pandemic more than two years ago with a stop in Kazakhstan, in advance of a summit in Uzbekistan with his Russian counterpart, Vladimir Putin, and other leaders of a Central Asian security group.")},
			Disagreement: "date",
		},
		{ID: 16, Title: "Xi and Putin plan a one-on-one meeting", Trigger: "meeting",
			Text:    "Xi and Putin plan to hold a one-on-one meeting on the sidelines of the summit and discuss the war in Ukraine, according to the Russian president’s foreign policy adviser Yuri Ushakov.",
			Actors:  []timeline.Actor{{Name: "Xi Jinping", Kind: "person"}, {Name: "Vladimir Putin", Kind: "person"}},
			Sources: []timeline.Source{src(1, "Xi and Putin plan to hold a one-on-one meeting on the sidelines of the summit and discuss the war in Ukraine, according to the Russian president’s foreign policy adviser Yuri Ushakov.")},
		},
		{ID: 17, Title: `Officials meet in Astana & agree a <script>alert(1)</script> plan`, Trigger: "met",
			Text: "In the summer, officials met in Astana & agreed a <script>alert(1)</script> plan; details, they said, would follow.",
			Date: timeline.Date{Value: "2022-SU", Type: "DATE", Precision: timeline.PrecisionSeason, Start: "2022-06-01", End: "2022-08-31",
				EDTF: "2022-22", Expression: "In the summer", Span: sp(3, "In the summer")},
			Places:  []timeline.Place{at(astana, 3, "Astana")},
			Sources: []timeline.Source{src(3, "In the summer, officials met in Astana & agreed a <script>alert(1)</script> plan; details, they said, would follow.")},
		},
		{ID: 18, Title: "Leaders gather in Samarkand", Trigger: "gathered",
			Text: "At 14:30 on 15 September, leaders gathered in Samarkand — a long sentence with ‘curly quotes’, commas, semicolons; and more words so that it folds.",
			Date: timeline.Date{Value: "2022-09-15T14:30", Type: "TIME", Precision: timeline.PrecisionTime, Start: "2022-09-15", End: "2022-09-15",
				EDTF: "2022-09-15T14:30", Expression: "At 14:30 on 15 September", Span: sp(3, "At 14:30 on 15 September")},
			Places:  []timeline.Place{at(samarkand, 3, "Samarkand")},
			Sources: []timeline.Source{src(3, "At 14:30 on 15 September, leaders gathered in Samarkand — a long sentence with ‘curly quotes’, commas, semicolons; and more words so that it folds.")},
		},
		{ID: 19, Title: "Joint statement expected", Trigger: "statement",
			Text: "A joint statement is expected around 20 September.",
			Date: timeline.Date{Value: "2022-09-20", Type: "DATE", Mod: "APPROX", Precision: timeline.PrecisionDay, Start: "2022-09-20", End: "2022-09-20",
				EDTF: "2022-09-20~", Expression: "around 20 September", Span: sp(3, "around 20 September")},
			Sources: []timeline.Source{src(3, "A joint statement is expected around 20 September.")},
		},
		{ID: 20, Title: "=HYPERLINK(\"http://evil.example\") Elections planned", Trigger: "planned",
			Text: "=HYPERLINK(\"http://evil.example\") Elections are planned in 2023.",
			Date: timeline.Date{Value: "2023", Type: "DATE", Precision: timeline.PrecisionYear, Start: "2023-01-01", End: "2023-12-31",
				EDTF: "2023", Expression: "in 2023", Span: sp(3, "in 2023")},
			Sources: []timeline.Source{src(3, "=HYPERLINK(\"http://evil.example\") Elections are planned in 2023.")},
		},
		{ID: 21, Title: "Delegations return", Trigger: "return",
			Text: "Delegations return next week.",
			Date: timeline.Date{Value: "2022-W38", Type: "DATE", Precision: timeline.PrecisionWeek, Start: "2022-09-19", End: "2022-09-25",
				EDTF: "2022-09-19/2022-09-25", Expression: "next week", Span: sp(3, "next week")},
			Sources: []timeline.Source{src(3, "Delegations return next week.")},
		},
	}
	for i := range events {
		events[i].StoryID = 7
	}
	return timeline.Story{ID: 7, Title: "Xi in Central Asia", Created: time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC),
		Documents: docs, Events: events}
}

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", name, cmp.Diff(string(want), string(got)))
	}
}

var icsNow = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)

func TestGolden(t *testing.T) {
	s := fixture(t)
	tests := []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"story.json", func(b *bytes.Buffer) error { return WriteJSON(b, s) }},
		{"story.ics", func(b *bytes.Buffer) error { return WriteICS(b, s, ICSOptions{Now: icsNow}) }},
		{"story_periods.ics", func(b *bytes.Buffer) error { return WriteICS(b, s, ICSOptions{Now: icsNow, Periods: true}) }},
		{"timelinejs.json", func(b *bytes.Buffer) error { return WriteTimelineJS(b, s) }},
		{"storymap.json", func(b *bytes.Buffer) error { return WriteStoryMap(b, s) }},
		{"story.geojson", func(b *bytes.Buffer) error { return WriteGeoJSON(b, s) }},
		{"story.csv", func(b *bytes.Buffer) error { return WriteCSV(b, s) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b); err != nil {
				t.Fatalf("write %s: %v", tc.name, err)
			}
			golden(t, tc.name, b.Bytes())
		})
	}
}

// TestIndexedCodePoints checks the marked count against counting from the
// start, at every offset of texts with one- to four-byte runes.
func TestIndexedCodePoints(t *testing.T) {
	texts := []string{"", "abc", strings.Repeat("Astana é Nur-Sultan ", 200), strings.Repeat("日本語テキスト😀x", 150)}
	for _, text := range texts {
		d := indexDocuments(timeline.Story{Documents: []timeline.Document{{ID: 1, Text: text}}})[1]
		for b := -1; b <= len(text)+1; b++ {
			if got, want := d.codePoints(b), codePoints(text, b); got != want {
				t.Fatalf("codePoints(%d) in a %d-byte text = %d, want %d", b, len(text), got, want)
			}
		}
	}
}
