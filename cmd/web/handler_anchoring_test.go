package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"storyline/timeline"
	"storyline/timeline/temporal"
)

// historyText is a history piece: its dates lie far from its publication
// date, so "June 10" belongs to 1940, not to the year it was published.
const historyText = "The fall of France\n\nGerman troops entered Paris on June 14, 1940. On June 10 Italy declared war, and on June 22, 1940, the armistice was signed at Compiègne."

// eventDates are the date values of a story's events.
func eventDates(t *testing.T, app *App, id int64) string {
	t.Helper()
	s, err := app.store.Story(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range s.Events {
		out = append(out, e.Date.Value)
	}
	return strings.Join(out, " ")
}

func TestDocumentAnchoring(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	id := apiStory(t, c, "France 1940")
	rec := c.postJSON("/api/stories/"+strconv.FormatInt(id, 10)+"/documents",
		`{"text":`+strconv.Quote(historyText)+`,"published":"2020-06-22"}`)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST document = %d %s", rec.Code, rec.Body)
	}
	s, _ := app.store.Story(context.Background(), id)
	doc := s.Documents[0]
	path := "/documents/" + strconv.FormatInt(doc.ID, 10)
	if !strings.Contains(eventDates(t, app, id), "1940-06-10") {
		t.Errorf("automatic anchoring: events %q, want June 10 in 1940", eventDates(t, app, id))
	}

	// The page shows the mode chosen from the text and why.
	page := parseHTML(t, c.get(path).Body.String())
	shown := testid(page, "document-anchoring")
	if len(shown) != 1 || attrOf(shown[0], "data-anchoring") != "narrative" || !strings.Contains(textOf(shown[0]), "chosen from the text") {
		t.Fatalf("document page anchoring = %v, want narrative chosen from the text", shown)
	}
	if f := testid(page, "anchoring-form"); len(f) != 1 || attrOf(f[0], "action") != path+"/anchoring" {
		t.Fatalf("document page has no anchoring form posting to %s/anchoring", path)
	}

	// Set to news on the page: June 10 moves to the publication year.
	rec = c.postForm(path+"/anchoring", url.Values{"anchoring": {"news"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("POST anchoring = %d %s", rec.Code, rec.Body)
	}
	if got, _ := app.store.Document(context.Background(), doc.ID); got.Anchoring != temporal.News {
		t.Errorf("after POST news, anchoring %q", got.Anchoring)
	}
	if d := eventDates(t, app, id); !strings.Contains(d, "2020-06-10") {
		t.Errorf("news anchoring: events %q, want June 10 in 2020", d)
	}
	page = parseHTML(t, c.get(path).Body.String())
	if shown := testid(page, "document-anchoring"); len(shown) != 1 || attrOf(shown[0], "data-anchoring") != "news" || !strings.Contains(textOf(shown[0]), "set for this document") {
		t.Errorf("after POST news the page shows %v", shown)
	}

	// A bad value is refused on the page and changes nothing.
	before := eventDates(t, app, id)
	rec = c.postForm(path+"/anchoring", url.Values{"anchoring": {"history"}})
	if rec.Code != http.StatusUnprocessableEntity || len(testid(parseHTML(t, rec.Body.String()), "field-error")) == 0 && !strings.Contains(rec.Body.String(), "anchoring must be") {
		t.Errorf("POST anchoring=history = %d, want 422 with a message", rec.Code)
	}
	if after := eventDates(t, app, id); after != before {
		t.Errorf("a refused anchoring changed the events: %q -> %q", before, after)
	}
	// Without the CSRF token the form is refused.
	if rec := c.do(postFormRequest(path+"/anchoring", url.Values{"anchoring": {"narrative"}})); rec.Code != http.StatusForbidden {
		t.Errorf("POST anchoring without CSRF = %d, want 403", rec.Code)
	}

	// The API sets it back to narrative and says what the tagger uses.
	rec = c.do(jsonRequest(http.MethodPut, "/api/documents/"+strconv.FormatInt(doc.ID, 10)+"/anchoring", `{"anchoring":"narrative"}`))
	if rec.Code != http.StatusOK {
		t.Fatalf("PUT anchoring = %d %s", rec.Code, rec.Body)
	}
	var got apiAnchoring
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || got.Anchoring != "narrative" || got.Used != "narrative" || got.Why == "" {
		t.Errorf("PUT anchoring answer %+v, %v", got, err)
	}
	if d := eventDates(t, app, id); !strings.Contains(d, "1940-06-10") {
		t.Errorf("narrative anchoring: events %q, want June 10 in 1940", d)
	}
	for _, tc := range []struct {
		name, body string
		want       int
	}{
		{"unknown mode", `{"anchoring":"history"}`, http.StatusUnprocessableEntity},
		{"missing field", `{}`, http.StatusUnprocessableEntity},
		{"not JSON", `anchoring=news`, http.StatusBadRequest},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := c.do(jsonRequest(http.MethodPut, "/api/documents/"+strconv.FormatInt(doc.ID, 10)+"/anchoring", tc.body))
			if rec.Code != tc.want {
				t.Errorf("PUT anchoring %s = %d %s, want %d", tc.body, rec.Code, rec.Body, tc.want)
			}
		})
	}
	if rec := c.do(jsonRequest(http.MethodPut, "/api/documents/999999/anchoring", `{"anchoring":"news"}`)); rec.Code != http.StatusNotFound {
		t.Errorf("PUT anchoring of a missing document = %d, want 404", rec.Code)
	}
	// A reader may not change it.
	reader := newClientAs(t, app, timeline.RoleViewer)
	if rec := reader.do(jsonRequest(http.MethodPut, "/api/documents/"+strconv.FormatInt(doc.ID, 10)+"/anchoring", `{"anchoring":"news"}`)); rec.Code != http.StatusForbidden {
		t.Errorf("PUT anchoring as a viewer = %d, want 403", rec.Code)
	}

	// A document added through the API with a mode keeps it.
	rec = c.postJSON("/api/stories/"+strconv.FormatInt(id, 10)+"/documents",
		`{"text":"Xi met Tokayev on Wednesday.","published":"2022-09-14","anchoring":"narrative"}`)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST document with anchoring = %d %s", rec.Code, rec.Body)
	}
	s, _ = app.store.Story(context.Background(), id)
	if a := s.Documents[len(s.Documents)-1].Anchoring; a != temporal.Narrative {
		t.Errorf("document added with anchoring narrative has %q", a)
	}
	rec = c.postJSON("/api/stories/"+strconv.FormatInt(id, 10)+"/documents",
		`{"text":"Xi met Tokayev on Wednesday.","published":"2022-09-14","anchoring":"sideways"}`)
	if rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("POST document with a bad anchoring = %d, want 422", rec.Code)
	}
}

// TestAddDocumentAnchoring sets the anchoring on the add-a-document form: a
// history piece published in 2020 read as news puts "June 10" in 2020; a
// bad value shows the form again with the text kept and stores nothing.
func TestAddDocumentAnchoring(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	id := apiStory(t, c, "France 1940")
	sid := strconv.FormatInt(id, 10)

	page := parseHTML(t, c.get("/stories/"+sid+"/documents/new").Body.String())
	if sel := testid(page, "document-anchoring"); len(sel) != 1 || attrOf(sel[0], "name") != "anchoring" {
		t.Fatalf("add-a-document form has no anchoring choice: %v", sel)
	}

	rec := c.postMultipart("/stories/"+sid+"/documents", url.Values{"published": {"2020-06-22"}, "anchoring": {"history"}, "text": {historyText}}, "", nil)
	if rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "anchoring must be") || !strings.Contains(rec.Body.String(), "German troops entered Paris") {
		t.Fatalf("POST anchoring=history = %d, want 422 with the message and the text kept", rec.Code)
	}
	if s, _ := app.store.Story(context.Background(), id); len(s.Documents) != 0 {
		t.Fatalf("a refused form stored %d documents", len(s.Documents))
	}

	rec = c.postMultipart("/stories/"+sid+"/documents", url.Values{"published": {"2020-06-22"}, "anchoring": {"news"}, "text": {historyText}}, "", nil)
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("POST anchoring=news = %d %s", rec.Code, rec.Body)
	}
	s, _ := app.store.Story(context.Background(), id)
	if len(s.Documents) != 1 || s.Documents[0].Anchoring != temporal.News {
		t.Fatalf("stored documents %+v, want one set to news", s.Documents)
	}
	if d := eventDates(t, app, id); !strings.Contains(d, "2020-06-10") {
		t.Errorf("news anchoring from the form: events %q, want June 10 in 2020", d)
	}
}

// TestAddDocumentBC stores an article with dates before the year 1: they
// keep their TIMEX3 value without calendar bounds (the whole article was
// refused when a BC date's bounds reached the database).
func TestAddDocumentBC(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	id := apiStory(t, c, "Ancient Greece")
	text := "Thermopylae\n\nThe Persian army was held at Thermopylae in August 480 BC. Theatre flourished in Athens in the fourth century BC, and the city rebuilt its walls in 1204."
	rec := c.postJSON("/api/stories/"+strconv.FormatInt(id, 10)+"/documents", `{"text":`+strconv.Quote(text)+`,"published":"2020-06-22"}`)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST a document with BC dates = %d %s, want 201", rec.Code, rec.Body)
	}
	if d := eventDates(t, app, id); !strings.Contains(d, "BC0480-08") {
		t.Errorf("events %q, want one in BC0480-08", d)
	}
	if rec := c.get("/stories/" + strconv.FormatInt(id, 10)); rec.Code != http.StatusOK {
		t.Errorf("story page = %d", rec.Code)
	}
}
