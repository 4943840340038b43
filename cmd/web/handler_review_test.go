package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
)

// reviewStory makes a story with the first seed article as an editor and
// returns the client, the story id and its events.
func reviewStory(t *testing.T, app *App) (*client, int64, []timeline.ReviewedEvent) {
	t.Helper()
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	story := apiStory(t, c, "Trip")
	apiDocument(t, c, story, 0)
	evs, err := app.store.Events(context.Background(), story, timeline.StoryFilter{})
	if err != nil || len(evs) < 3 {
		t.Fatalf("Events = %d, %v; want at least 3", len(evs), err)
	}
	return c, story, evs
}

func eventOn(t *testing.T, evs []timeline.ReviewedEvent, value string) timeline.ReviewedEvent {
	t.Helper()
	for _, e := range evs {
		if e.Date.Value == value {
			return e
		}
	}
	t.Fatalf("no event dated %s", value)
	return timeline.ReviewedEvent{}
}

func TestPatchEventAPI(t *testing.T) {
	app := newTestApp(t, false)
	c, _, evs := reviewStory(t, app)
	ev := eventOn(t, evs, "2022-09-14")
	path := "/api/events/" + strconv.FormatInt(ev.ID, 10)
	tests := []struct {
		name, body            string
		wantValue, wantPrec   string
		wantState, wantTitle  string
		wantPlace             int64
		wantActors, wantField []string
	}{
		{name: "month", body: `{"date":"April 2022","reason":"checked with the ministry"}`, wantValue: "2022-04", wantPrec: "month", wantField: []string{"date"}},
		{name: "day typed", body: `{"date":"14 Sept 2022"}`, wantValue: "2022-09-14", wantPrec: "day", wantField: []string{"date"}},
		{name: "state", body: `{"state":"checked"}`, wantState: "checked", wantField: []string{"state"}},
		{name: "place and title", body: `{"place":1526273,"title":"Xi meets Tokayev"}`, wantTitle: "Xi meets Tokayev", wantPlace: 1526273, wantField: []string{"title", "place"}},
		{name: "actors", body: `{"actors":["Xi Jinping","Kassym-Jomart Tokayev"]}`, wantActors: []string{"Xi Jinping", "Kassym-Jomart Tokayev"}, wantField: []string{"actors"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := app.store.History(context.Background(), ev.ID)
			rec := c.do(jsonRequest(http.MethodPatch, path, tc.body))
			if rec.Code != http.StatusOK {
				t.Fatalf("PATCH %s %s = %d %s, want 200", path, tc.body, rec.Code, rec.Body)
			}
			var got apiEventBody
			if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			if tc.wantValue != "" && (got.Date == nil || got.Date.Value != tc.wantValue || got.Date.Precision != tc.wantPrec) {
				t.Errorf("PATCH %s: date = %+v, want %s (%s)", tc.body, got.Date, tc.wantValue, tc.wantPrec)
			}
			if tc.wantState != "" && got.State != tc.wantState {
				t.Errorf("PATCH %s: state = %q, want %q", tc.body, got.State, tc.wantState)
			}
			if tc.wantTitle != "" && got.Title != tc.wantTitle {
				t.Errorf("PATCH %s: title = %q, want %q", tc.body, got.Title, tc.wantTitle)
			}
			if tc.wantPlace != 0 && (len(got.Places) != 1 || got.Places[0].GeonameID != tc.wantPlace || got.Places[0].Name != "Astana") {
				t.Errorf("PATCH %s: places = %+v, want Astana %d", tc.body, got.Places, tc.wantPlace)
			}
			if tc.wantActors != nil {
				if diff := cmp.Diff(tc.wantActors, got.Actors); diff != "" {
					t.Errorf("PATCH %s: actors (-want +got):\n%s", tc.body, diff)
				}
			}
			// The history API shows one new change per field.
			rec = c.get(path + "/history")
			var h struct {
				Changes []apiChange `json:"changes"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &h); err != nil || rec.Code != http.StatusOK {
				t.Fatalf("GET history = %d %v", rec.Code, err)
			}
			var fields []string
			for _, ch := range h.Changes[len(before):] {
				fields = append(fields, ch.Field)
				if ch.Author == "" {
					t.Errorf("change %d has no author", ch.ID)
				}
			}
			if diff := cmp.Diff(tc.wantField, fields); diff != "" {
				t.Errorf("PATCH %s: new history fields (-want +got):\n%s", tc.body, diff)
			}
		})
	}

	bad := []struct{ body string }{
		{`{"date":"every Tuesday"}`},
		{`{"state":"maybe"}`},
		{`{"place":999999999999}`},
		{`{"title":"   "}`},
		{`{}`},
	}
	for _, tc := range bad {
		t.Run("bad "+tc.body, func(t *testing.T) {
			before, _ := app.store.ReviewedEvent(context.Background(), ev.ID)
			rec := c.do(jsonRequest(http.MethodPatch, path, tc.body))
			if rec.Code != http.StatusUnprocessableEntity {
				t.Errorf("PATCH %s = %d %s, want 422", tc.body, rec.Code, rec.Body)
			}
			after, _ := app.store.ReviewedEvent(context.Background(), ev.ID)
			if diff := cmp.Diff(before, after); diff != "" {
				t.Errorf("PATCH %s changed the event:\n%s", tc.body, diff)
			}
		})
	}
}

func TestNotesAPI(t *testing.T) {
	app := newTestApp(t, false)
	c, _, evs := reviewStory(t, app)
	path := "/api/events/" + strconv.FormatInt(evs[0].ID, 10) + "/notes"
	rec := c.postJSON(path, `{"body":"Who confirmed this?"}`)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST notes = %d %s, want 201", rec.Code, rec.Body)
	}
	var first apiNote
	json.Unmarshal(rec.Body.Bytes(), &first)
	rec = c.postJSON(path, `{"body":"The Kazakh foreign ministry.","parent":`+strconv.FormatInt(first.ID, 10)+`}`)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST reply = %d %s, want 201", rec.Code, rec.Body)
	}
	if rec := c.postJSON(path, `{"body":"orphan","parent":987654}`); rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("POST reply to an unknown note = %d, want 422", rec.Code)
	}
	var got struct {
		Notes []apiNote `json:"notes"`
	}
	json.Unmarshal(c.get(path).Body.Bytes(), &got)
	type note struct {
		Body   string
		Parent int64
	}
	var bodies []note
	for _, n := range got.Notes {
		bodies = append(bodies, note{n.Body, n.Parent})
	}
	want := []note{{"Who confirmed this?", 0}, {"The Kazakh foreign ministry.", first.ID}}
	if diff := cmp.Diff(want, bodies); diff != "" {
		t.Errorf("GET notes (-want +got):\n%s", diff)
	}
	// The event page shows the thread, the reply indented under its note.
	doc := parseHTML(t, c.get("/events/"+strconv.FormatInt(evs[0].ID, 10)).Body.String())
	notes := testid(doc, "note")
	if len(notes) != 2 || !strings.Contains(attrOf(notes[1], "style"), "2em") {
		t.Errorf("event page notes = %d, reply style %q; want 2 with the reply indented", len(notes), attrOf(notes[len(notes)-1], "style"))
	}
}

// TestEditRevertHistory edits an event through the event page's forms,
// reverts the change and checks that the story is as it was.
func TestEditRevertHistory(t *testing.T) {
	app := newTestApp(t, false)
	c, story, evs := reviewStory(t, app)
	ctx := context.Background()
	all := func() []timeline.ReviewedEvent {
		evs, err := app.store.Events(ctx, story, timeline.StoryFilter{IncludeHidden: true})
		if err != nil {
			t.Fatal(err)
		}
		return evs
	}
	before := all()
	ev := eventOn(t, evs, "2022-09-15")
	eid := strconv.FormatInt(ev.ID, 10)
	edits := []url.Values{
		{"title": {"Xi flies to Samarkand"}, "reason": {"clearer"}},
		{"date": {"16 September 2022"}},
		{"state": {"checked"}},
		{"hidden": {"true"}},
		{"actors_set": {"1"}, "actors": {"Xi Jinping\nShavkat Mirziyoyev"}},
	}
	for _, v := range edits {
		if rec := c.postForm("/events/"+eid+"/edit", v); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/events/"+eid {
			t.Fatalf("POST /events/%s/edit %v = %d %q, want 303 to the event", eid, v, rec.Code, rec.Header().Get("Location"))
		}
	}
	page := parseHTML(t, c.get("/events/"+eid).Body.String())
	if got := textOf(testid(page, "event-title")[0]); got != "Xi flies to Samarkand" {
		t.Errorf("event page title = %q, want the edit", got)
	}
	if got := textOf(testid(page, "event-date")[0]); !strings.Contains(got, "16") {
		t.Errorf("event page date = %q, want 16 September", got)
	}
	changes := testid(page, "change")
	if len(changes) != len(edits) {
		t.Fatalf("history shows %d changes, want %d", len(changes), len(edits))
	}
	// Revert every change, newest first (the history lists it first).
	for _, ch := range changes {
		id := attrOf(ch, "data-change-id")
		if rec := c.postForm("/changes/"+id+"/revert", nil); rec.Code != http.StatusSeeOther {
			t.Fatalf("POST /changes/%s/revert = %d %s, want 303", id, rec.Code, rec.Body)
		}
	}
	after := all()
	for i := range after {
		after[i].Corrected = nil // reverting to the extraction leaves no correction
	}
	for i := range before {
		before[i].Corrected = nil
	}
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("events after reverting every change differ (-before +after):\n%s", diff)
	}
	// Reverting one change alone touches only its field.
	if rec := c.postForm("/events/"+eid+"/edit", url.Values{"title": {"Only the title"}}); rec.Code != http.StatusSeeOther {
		t.Fatal(rec.Code)
	}
	mid := all()
	h, _ := app.store.History(ctx, ev.ID)
	last := h[len(h)-1]
	if rec := c.postForm("/changes/"+strconv.FormatInt(last.ID, 10)+"/revert", nil); rec.Code != http.StatusSeeOther {
		t.Fatal(rec.Code)
	}
	end := all()
	for i := range end {
		if end[i].ID == ev.ID {
			if end[i].Title != ev.Title {
				t.Errorf("title after revert = %q, want %q", end[i].Title, ev.Title)
			}
			continue
		}
		if diff := cmp.Diff(mid[i], end[i]); diff != "" {
			t.Errorf("reverting a title changed event %d:\n%s", end[i].ID, diff)
		}
	}
	// A bad date is shown on the page, not stored.
	rec := c.postForm("/events/"+eid+"/edit", url.Values{"date": {"every Tuesday"}})
	if rec.Code != http.StatusUnprocessableEntity || len(testid(parseHTML(t, rec.Body.String()), "form-error")) != 1 {
		t.Errorf("POST a bad date = %d, want 422 with the message", rec.Code)
	}
}

func TestMergeSplitAndPlace(t *testing.T) {
	app := newTestApp(t, false)
	c, _, evs := reviewStory(t, app)
	ctx := context.Background()
	into, from := eventOn(t, evs, "2022-09-14"), eventOn(t, evs, "2022-09-15")
	iid := strconv.FormatInt(into.ID, 10)
	if rec := c.postForm("/events/"+iid+"/merge", url.Values{"from": {strconv.FormatInt(from.ID, 10)}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST merge = %d %s", rec.Code, rec.Body)
	}
	got, _ := app.store.ReviewedEvent(ctx, from.ID)
	if got.MergedInto != into.ID {
		t.Fatalf("merged event MergedInto = %d, want %d", got.MergedInto, into.ID)
	}
	page := parseHTML(t, c.get("/events/"+iid).Body.String())
	if len(testid(page, "split-form")) != 1 {
		t.Fatalf("event page after merge has %d split forms, want 1", len(testid(page, "split-form")))
	}
	if rec := c.postForm("/events/"+iid+"/split", url.Values{"from": {strconv.FormatInt(from.ID, 10)}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST split = %d %s", rec.Code, rec.Body)
	}
	if got, _ = app.store.ReviewedEvent(ctx, from.ID); got.MergedInto != 0 {
		t.Errorf("after split MergedInto = %d, want 0", got.MergedInto)
	}
	// The gazetteer search fills the move form without JavaScript.
	page = parseHTML(t, c.get("/events/"+iid+"?place_q=Samarkand").Body.String())
	var samarkand string
	for _, o := range elements(page, "option") {
		if strings.HasPrefix(textOf(o), "Samarkand") && samarkand == "" {
			samarkand = attrOf(o, "value")
		}
	}
	if samarkand == "" {
		t.Fatalf("place search for Samarkand offers no Samarkand")
	}
	if rec := c.postForm("/events/"+iid+"/edit", url.Values{"place": {samarkand}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST place = %d %s", rec.Code, rec.Body)
	}
	if got, _ = app.store.ReviewedEvent(ctx, into.ID); len(got.Places) != 1 || got.Places[0].Name != "Samarkand" {
		t.Errorf("places after the move = %+v, want Samarkand", got.Places)
	}
	var search struct {
		Places []struct {
			ID   int64  `json:"geonameid"`
			Name string `json:"name"`
		} `json:"places"`
	}
	rec := c.get("/places/search?q=Astana")
	if err := json.Unmarshal(rec.Body.Bytes(), &search); err != nil || len(search.Places) == 0 || search.Places[0].ID != 1526273 {
		t.Errorf("GET /places/search?q=Astana = %s (%v), want Astana 1526273 first", rec.Body, err)
	}
}

func TestStoryFilters(t *testing.T) {
	app := newTestApp(t, false)
	c, story, evs := reviewStory(t, app)
	sid := strconv.FormatInt(story, 10)
	checked := eventOn(t, evs, "2022-09-15")
	c.postForm("/events/"+strconv.FormatInt(checked.ID, 10)+"/edit", url.Values{"state": {"checked"}})
	items := func(query string) []string {
		t.Helper()
		rec := c.get("/stories/" + sid + query)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET /stories/%s%s = %d", sid, query, rec.Code)
		}
		var ids []string
		for _, n := range testid(parseHTML(t, rec.Body.String()), "event-item") {
			ids = append(ids, attrOf(n, "data-event-id"))
		}
		return ids
	}
	all := items("")
	tests := []struct {
		query string
		check func(e timeline.ReviewedEvent) bool
	}{
		{"?from=2022-09-15&to=2022-09-15", func(e timeline.ReviewedEvent) bool {
			return e.Date.Start <= "2022-09-15" && e.Date.End >= "2022-09-15" && e.Date.Start != "" && e.Date.End != ""
		}},
		{"?state=checked", func(e timeline.ReviewedEvent) bool { return e.ID == checked.ID }},
		{"?place=1526273", func(e timeline.ReviewedEvent) bool {
			for _, p := range e.Places {
				if p.GeonameID == 1526273 {
					return true
				}
			}
			return false
		}},
		{"?q=Samarkand", func(e timeline.ReviewedEvent) bool {
			for _, s := range e.Sources {
				if strings.Contains(s.Quote, "Samarkand") {
					return true
				}
			}
			return strings.Contains(e.Title, "Samarkand")
		}},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			got := items(tc.query)
			var want []string
			for _, e := range evs {
				if tc.check(e) {
					want = append(want, strconv.FormatInt(e.ID, 10))
				}
			}
			if len(got) == 0 || len(got) >= len(all) {
				t.Errorf("GET %s: %d events of %d, want fewer but some", tc.query, len(got), len(all))
			}
			for _, id := range got {
				found := false
				for _, w := range want {
					found = found || w == id
				}
				if !found {
					t.Errorf("GET %s shows event %s, which does not match", tc.query, id)
				}
			}
		})
	}
	// The state shows as a badge in the list, as a class on the item, in
	// the widgets' data and on the event page.
	page := c.get("/stories/" + sid + "?state=checked").Body.String()
	doc := parseHTML(t, page)
	item := testid(doc, "event-item")[0]
	if b := testid(item, "review-state"); len(b) != 1 || textOf(b[0]) != "checked" || !strings.Contains(attrOf(item, "class"), "state-checked") {
		t.Errorf("checked event in the list: badge %d, class %q; want a checked badge and class state-checked", len(b), attrOf(item, "class"))
	}
	if d := storyData(t, page); len(d.Events) == 0 || d.Events[0].State != "checked" {
		t.Errorf("story-data lacks the event's state")
	}
	ep := parseHTML(t, c.get("/events/"+strconv.FormatInt(checked.ID, 10)).Body.String())
	if b := testid(ep, "review-state"); len(b) != 1 || textOf(b[0]) != "checked" {
		t.Errorf("event page review state badge = %d, want one saying checked", len(b))
	}
	// The filter bar keeps the filter, so the view can be shared.
	doc = parseHTML(t, c.get("/stories/"+sid+"?state=checked&actor=Xi").Body.String())
	if v := attrOf(testid(doc, "filter-actor")[0], "value"); v != "Xi" {
		t.Errorf("filter bar actor = %q, want Xi", v)
	}
	if rec := c.get("/stories/" + sid + "?from=yesterday"); rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("GET with a bad date filter = %d, want 422", rec.Code)
	}
}

func TestReviewQueue(t *testing.T) {
	app := newTestApp(t, false)
	c, story, evs := reviewStory(t, app)
	c.postForm("/events/"+strconv.FormatInt(evs[0].ID, 10)+"/edit", url.Values{"state": {"published"}})
	rec := c.get("/stories/" + strconv.FormatInt(story, 10) + "/review")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET review = %d", rec.Code)
	}
	items := testid(parseHTML(t, rec.Body.String()), "queue-item")
	if len(items) != len(evs)-1 {
		t.Errorf("review queue has %d events, want %d (all but the published one)", len(items), len(evs)-1)
	}
	for _, it := range items {
		if attrOf(it, "data-event-id") == strconv.FormatInt(evs[0].ID, 10) {
			t.Errorf("review queue lists the published event")
		}
	}
}
