package views

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func parse(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatalf("html.Parse: %v", err)
	}
	return doc
}

// find returns the elements whose attribute key has value val.
func find(n *html.Node, key, val string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == key && a.Val == val {
					out = append(out, n)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func byTag(n *html.Node, tag string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)></script>`

func TestStoryViewMarkup(t *testing.T) {
	p := StoryPage{
		Page:  Page{Title: "Trip", CSRF: "tok", Credit: "Contains data from GeoNames (geonames.org), CC BY 4.0", Basemap: BasemapAttribution},
		ID:    4,
		Title: hostile,
		Events: []EventRow{
			{ID: 42, Title: hostile, Label: "Wed 14 Sep 2022", Value: "2022-09-14", Precision: "day", Places: []string{"Astana"}},
			{ID: 43, Title: "Xi flies on", Label: "Thu 15 Sep 2022", Value: "2022-09-15", Precision: "day", Places: []string{"Samarkand"}},
		},
		Undated: []EventRow{{ID: 44, Title: "undated"}},
		Data: StoryData{Events: []WidgetEvent{{ID: 42, Title: hostile, Value: "2022-09-14", Precision: "day", Start: "2022-09-14", End: "2022-09-14", URL: "/events/42", Places: []WidgetPlace{}}},
			Credit: "credit"},
		Exports: []ExportLink{{Label: "Calendar", URL: "/stories/4/export.ics"}},
	}
	var buf bytes.Buffer
	if err := StoryView(p).Render(context.Background(), &buf); err != nil {
		t.Fatalf("StoryView.Render: %v", err)
	}
	out := buf.String()
	doc := parse(t, out)

	for _, id := range []string{"story-view", "timeline", "map", "event-list", "site-header", "site-footer", "undated-list", "export-list"} {
		if n := find(doc, "data-testid", id); len(n) != 1 {
			t.Errorf("StoryView: %d elements with data-testid=%q, want 1", len(n), id)
		}
	}
	items := find(doc, "data-testid", "event-item")
	if len(items) != 3 {
		t.Fatalf("StoryView: %d event items, want 3", len(items))
	}
	if got, want := attr(items[0], "id"), "event-42"; got != want {
		t.Errorf("first event item id = %q, want %q", got, want)
	}
	if got, want := attr(items[0], "data-event-id"), "42"; got != want {
		t.Errorf("first event item data-event-id = %q, want %q", got, want)
	}
	// Hostile titles come out as text: the only scripts are the app's and the data block.
	scripts := byTag(doc, "script")
	if len(scripts) != 2 {
		t.Fatalf("StoryView: %d script elements, want 2 (app.js and story-data)", len(scripts))
	}
	data := find(doc, "id", "story-data")
	if len(data) != 1 || attr(data[0], "type") != "application/json" {
		t.Fatalf("StoryView: story-data block missing or not application/json")
	}
	var got StoryData
	if err := json.Unmarshal([]byte(textOf(data[0])), &got); err != nil {
		t.Fatalf("story-data is not JSON: %v", err)
	}
	if len(got.Events) != 1 || got.Events[0].Title != hostile {
		t.Errorf("story-data events = %+v, want the one event with its title intact", got.Events)
	}
	if len(byTag(doc, "img")) != 0 {
		t.Errorf("StoryView: hostile <img> rendered as an element")
	}
	if h1 := byTag(doc, "h1"); len(h1) != 1 || textOf(h1[0]) != hostile {
		t.Errorf("StoryView: title not shown as text")
	}
	if !strings.Contains(out, "Contains data from GeoNames (geonames.org), CC BY 4.0") {
		t.Errorf("StoryView: GeoNames credit missing from the footer")
	}
}

func TestDocumentFormKeepsInput(t *testing.T) {
	f := DocumentForm{StoryID: 2, StoryTitle: "S", Title: "My title", Outlet: "Outlet", Published: "2022-02-30", Text: "some <b>text</b>",
		Errors: FieldErrors{"published": "There is no date 2022-02-30: check the month and the day.", "": "The document was not added."}}
	var buf bytes.Buffer
	if err := NewDocumentView(NewDocument{Page: Page{CSRF: "tok123"}, Form: f}).Render(context.Background(), &buf); err != nil {
		t.Fatalf("Render: %v", err)
	}
	doc := parse(t, buf.String())
	checks := []struct{ testid, attr, want string }{
		{"document-title", "value", "My title"},
		{"document-outlet", "value", "Outlet"},
		{"document-published", "value", "2022-02-30"},
		{"document-published", "aria-invalid", "true"},
		{"document-text", "aria-invalid", "false"},
	}
	for _, c := range checks {
		n := find(doc, "data-testid", c.testid)
		if len(n) != 1 {
			t.Fatalf("%d elements with data-testid=%q, want 1", len(n), c.testid)
		}
		if got := attr(n[0], c.attr); got != c.want {
			t.Errorf("%s %s = %q, want %q", c.testid, c.attr, got, c.want)
		}
	}
	if n := find(doc, "data-testid", "document-text"); textOf(n[0]) != f.Text {
		t.Errorf("textarea text = %q, want %q", textOf(n[0]), f.Text)
	}
	if n := find(doc, "data-testid", "error-published"); len(n) != 1 || textOf(n[0]) != f.Errors["published"] {
		t.Errorf("published error not shown next to the field")
	}
	// the document form and the import form below it
	if n := find(doc, "name", "_csrf"); len(n) != 2 || attr(n[0], "value") != "tok123" || attr(n[1], "value") != "tok123" {
		t.Errorf("forms have no _csrf field with the token")
	}
	form := find(doc, "data-testid", "document-form")
	if len(form) != 1 || attr(form[0], "action") != "/stories/2/documents" || attr(form[0], "enctype") != "multipart/form-data" {
		t.Errorf("document form action/enctype wrong")
	}
}

func TestEventViewHighlight(t *testing.T) {
	p := EventPage{ID: 9, StoryID: 1, Title: "Xi met", Label: "Wed 14 Sep 2022", Value: "2022-09-14", Precision: "day",
		Explanation: "Wednesday, anchored to publication date Wed 2022-09-14, past tense: same day",
		Sources:     []SourceView{{DocumentID: 3, DocumentTitle: "A", Segments: []Segment{{Text: "Xi was "}, {Text: "met", Kind: MarkTrigger}, {Text: " on "}, {Text: "Wednesday", Kind: MarkTimex}, {Text: " in "}, {Text: "<Nur-Sultan>", Kind: MarkPlace}, {Text: "."}}}}}
	var buf bytes.Buffer
	if err := EventView(p).Render(context.Background(), &buf); err != nil {
		t.Fatalf("Render: %v", err)
	}
	doc := parse(t, buf.String())
	marks := byTag(doc, "mark")
	if len(marks) != 3 || textOf(marks[0]) != "met" || attr(marks[0], "class") != "trigger" ||
		textOf(marks[1]) != "Wednesday" || attr(marks[1], "class") != "timex" || textOf(marks[2]) != "<Nur-Sultan>" || attr(marks[2], "class") != "place" {
		t.Fatalf("EventView: want <mark class=trigger>met</mark>, <mark class=timex>Wednesday</mark> and <mark class=place><Nur-Sultan></mark>, got %d marks", len(marks))
	}
	q := find(doc, "data-testid", "source-quote")
	if len(q) != 1 {
		t.Fatalf("EventView: %d source quotes, want 1", len(q))
	}
	if ps := byTag(q[0], "p"); len(ps) != 1 || textOf(ps[0]) != "Xi was met on Wednesday in <Nur-Sultan>." {
		t.Errorf("source sentence text = %q, want the sentence", textOf(q[0]))
	}
	ex := find(doc, "data-testid", "event-explanation")
	if len(ex) != 1 || textOf(ex[0]) != p.Explanation {
		t.Errorf("explanation not shown")
	}
}
