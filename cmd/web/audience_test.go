package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"storyline/db"
	"storyline/timeline"
	"storyline/timeline/export"
)

// What the newsroom plants in a story and no reader outside it may find:
// a note, the user name of the editor who wrote it and changed events, a
// rejection reason, and the headlines of a rejected, a hidden and a merged
// event.
const (
	plantedNote     = "INTERNAL-NOTE do not publish"
	plantedEditor   = "quartermain.zelda"
	plantedReason   = "UNVERIFIED-REASON-x7"
	plantedRejected = "REJECTED-HEADLINE-q3"
	plantedHidden   = "HIDDEN-HEADLINE-k9"
	plantedMerged   = "MERGED-HEADLINE-m2"
	plantedChecked  = "CHECKED-HEADLINE-c5"
)

var planted = []string{plantedNote, plantedEditor, plantedReason, plantedRejected, plantedHidden, plantedMerged}

// leakedStory is a story with every kind of internal the newsroom adds.
type leakedStory struct {
	id                                      int64
	kept, checked, rejected, hidden, merged int64 // event ids
	events                                  []int64
	documents                               []int64
	imports                                 []int64 // import jobs, newsroom only
	token, otherToken                       string
	editor                                  *client
	keptTitle                               string
}

func plantStory(t *testing.T, app *App) leakedStory {
	t.Helper()
	ctx := context.Background()
	u, err := app.store.CreateUser(ctx, plantedEditor, timeline.RoleEditor, testPassword)
	if err != nil {
		t.Fatal(err)
	}
	editor := newClient(t, app)
	editor.session = sessionCookieOf(t, app, u).Value
	editor.bearer = apiTokenOf(t, app, u)
	ls := leakedStory{editor: editor}
	ls.id = apiStory(t, editor, "Central Asia trip")
	apiDocument(t, editor, ls.id, 0)
	s := apiDocument(t, editor, ls.id, 1)
	if len(s.Events) < 6 {
		t.Fatalf("story has %d events, want at least 6", len(s.Events))
	}
	for _, d := range s.Documents {
		ls.documents = append(ls.documents, d.ID)
	}
	for _, e := range s.Events {
		ls.events = append(ls.events, e.ID)
	}
	ls.kept, ls.checked, ls.rejected, ls.hidden, ls.merged = s.Events[0].ID, s.Events[1].ID, s.Events[2].ID, s.Events[3].ID, s.Events[4].ID
	ls.keptTitle = "Xi arrives in Kazakhstan KEPT-HEADLINE"
	patch := func(id int64, body string) {
		t.Helper()
		rec := editor.do(jsonRequest(http.MethodPatch, "/api/events/"+strconv.FormatInt(id, 10), body))
		if rec.Code != http.StatusOK {
			t.Fatalf("PATCH event %d %s = %d %s", id, body, rec.Code, rec.Body)
		}
	}
	patch(ls.kept, `{"title":`+strconv.Quote(ls.keptTitle)+`,"reason":"clearer"}`)
	if rec := editor.postJSON("/api/events/"+strconv.FormatInt(ls.kept, 10)+"/notes", `{"body":`+strconv.Quote(plantedNote)+`}`); rec.Code != http.StatusCreated {
		t.Fatalf("POST note = %d %s", rec.Code, rec.Body)
	}
	patch(ls.kept, `{"state":"published"}`)
	patch(ls.checked, `{"title":`+strconv.Quote(plantedChecked)+`,"state":"checked"}`)
	patch(ls.rejected, `{"title":`+strconv.Quote(plantedRejected)+`}`)
	patch(ls.rejected, `{"state":"rejected","reason":`+strconv.Quote(plantedReason)+`}`)
	patch(ls.hidden, `{"title":`+strconv.Quote(plantedHidden)+`,"hidden":true}`)
	patch(ls.merged, `{"title":`+strconv.Quote(plantedMerged)+`}`)
	// A key date pinned, and another taken out, with a reason: the key
	// dates show neither who did it nor why.
	for _, kd := range []struct{ date, body string }{{"2022-09-14", `{"pin":"pin"`}, {"2022-09-15", `{"pin":"unpin"`}} {
		rec := editor.do(jsonRequest(http.MethodPatch, "/api/stories/"+strconv.FormatInt(ls.id, 10)+"/key-dates/"+kd.date,
			kd.body+`,"reason":`+strconv.Quote(plantedReason)+`}`))
		if rec.Code != http.StatusOK {
			t.Fatalf("PATCH key date %s = %d %s", kd.date, rec.Code, rec.Body)
		}
	}
	editor.login()
	if rec := editor.postForm("/events/"+strconv.FormatInt(ls.kept, 10)+"/merge", url.Values{"from": {strconv.FormatInt(ls.merged, 10)}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("merge = %d %s", rec.Code, rec.Body)
	}
	for range 2 {
		if rec := editor.postForm("/stories/"+strconv.FormatInt(ls.id, 10)+"/share", nil); rec.Code != http.StatusSeeOther {
			t.Fatalf("share = %d %s", rec.Code, rec.Body)
		}
	}
	links, err := app.store.ShareLinks(ctx, ls.id)
	if err != nil || len(links) != 2 {
		t.Fatalf("ShareLinks = %v, %v", links, err)
	}
	ls.token, ls.otherToken = links[0].Token, links[1].Token
	// An import job by the planted editor, whose item names a planted
	// headline: its page is the newsroom's.
	job, err := app.store.EnqueueJob(ctx, db.Job{Kind: db.JobImport, StoryID: ls.id, Author: plantedEditor},
		[]db.JobItem{{Name: "leak.txt", Kind: "text", Body: []byte("text"), Title: plantedRejected}})
	if err != nil {
		t.Fatal(err)
	}
	ls.imports = append(ls.imports, job.ID)
	return ls
}

// routePaths are the GET routes of the router with their parameters
// filled for the story: every story route with the story, every event
// route with each event, every document route with each document, share
// and set-up routes with the share token. A route with a parameter the
// walk does not know fails the test, so a new route is walked too.
func routePaths(t *testing.T, app *App, ls leakedStory) []string {
	t.Helper()
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sid := strconv.FormatInt(ls.id, 10)
	for _, r := range app.echo.Routes() {
		if r.Method != http.MethodGet || strings.HasPrefix(r.Path, "/static/") {
			continue
		}
		p := r.Path
		switch {
		case !strings.Contains(p, ":"):
			add(p)
		case strings.HasPrefix(p, "/stories/:id") || strings.HasPrefix(p, "/api/stories/:id"):
			add(strings.Replace(p, ":id", sid, 1))
		case strings.HasPrefix(p, "/events/:id") || strings.HasPrefix(p, "/api/events/:id"):
			for _, id := range ls.events {
				add(strings.Replace(p, ":id", strconv.FormatInt(id, 10), 1))
			}
		case strings.HasPrefix(p, "/documents/:id") || strings.HasPrefix(p, "/api/documents/:id"):
			for _, id := range ls.documents {
				add(strings.Replace(p, ":id", strconv.FormatInt(id, 10), 1))
			}
		case strings.HasPrefix(p, "/imports/:id") || strings.HasPrefix(p, "/api/imports/:id"):
			for _, id := range ls.imports {
				add(strings.Replace(p, ":id", strconv.FormatInt(id, 10), 1))
			}
		case strings.Contains(p, ":token"):
			add(strings.Replace(p, ":token", ls.token, 1))
		default:
			t.Fatalf("route GET %s has a parameter the audience walk does not fill: add it to routePaths", p)
		}
	}
	sort.Strings(out)
	return out
}

// outsiderCheck fails the test when body shows anything the newsroom
// keeps to itself.
func outsiderCheck(t *testing.T, who, path string, rec *httptest.ResponseRecorder, ls leakedStory) {
	t.Helper()
	body := rec.Body.String()
	for _, s := range append(planted, ls.otherToken) {
		if strings.Contains(body, s) {
			t.Errorf("%s GET %s (%d) shows %q", who, path, rec.Code, s)
		}
	}
	if strings.Contains(rec.Header().Get("Location"), ls.otherToken) {
		t.Errorf("%s GET %s redirects to another share link", who, path)
	}
	// Review states, notes and history by their markup and field names
	// (the API's own description, which names them, aside).
	markers := []string{`data-testid="review-state"`, `data-testid="event-review"`, `data-testid="notes"`,
		`data-testid="filter-state"`, `state-rejected`, `state-checked`, `state-published`, `state-new`,
		"STATUS:", ",state\r\n", ",state\n", `"state":"`, `"state": "`}
	if ct := rec.Header().Get("Content-Type"); strings.Contains(ct, "json") && !strings.HasPrefix(path, "/api/openapi.json") {
		markers = append(markers, `"review"`, `"notes"`, `"history"`, `"state"`, `"hidden"`, `"merged`, `"corrected"`, `"added"`, `"created"`)
	}
	for _, marker := range markers {
		if strings.Contains(body, marker) {
			t.Errorf("%s GET %s (%d) carries the newsroom's %s", who, path, rec.Code, marker)
		}
	}
}

// crawl follows every local link and script source from the pages at
// start, as an outsider, and returns the paths it fetched with their
// answers.
func crawl(t *testing.T, c *client, start []string) map[string]*httptest.ResponseRecorder {
	t.Helper()
	got := map[string]*httptest.ResponseRecorder{}
	queue := append([]string(nil), start...)
	for len(queue) > 0 && len(got) < 500 {
		p := queue[0]
		queue = queue[1:]
		if _, ok := got[p]; ok {
			continue
		}
		rec := c.get(p)
		got[p] = rec
		if !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			continue
		}
		doc, err := html.Parse(strings.NewReader(rec.Body.String()))
		if err != nil {
			continue
		}
		for _, attr := range []string{"href", "src", "action"} {
			for _, n := range findAnyAttr(doc, attr) {
				u, err := url.Parse(attrOf(n, attr))
				if err != nil || u.Host != "" || !strings.HasPrefix(u.Path, "/") || strings.HasPrefix(u.Path, "/static/") {
					continue
				}
				u.Fragment = ""
				if _, ok := got[u.String()]; !ok {
					queue = append(queue, u.String())
				}
			}
		}
	}
	return got
}

func findAnyAttr(n *html.Node, key string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && hasAttr(n, key) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// TestOutsidersSeeThePublishedStory plants a note, an editor's name, a
// rejection reason and the headlines of rejected, hidden and merged events
// in a story, then walks every GET route of the router and every link of
// its pages as a reader with a share link and, once the story is public,
// as an anonymous reader, looking for them in every page, API answer and
// export format; and checks that the newsroom still sees them all.
func TestOutsidersSeeThePublishedStory(t *testing.T) {
	app := newTestApp(t, false)
	ls := plantStory(t, app)
	sid := strconv.FormatInt(ls.id, 10)
	paths := routePaths(t, app, ls)
	// Asking for more than outsiders may see: hidden and rejected events,
	// a review state, a search in the notes.
	hostile := []string{"hidden=true", "state=rejected", "hidden=true&state=rejected", "q=INTERNAL", "q=REJECTED", "q=HIDDEN&hidden=true"}

	t.Run("share link", func(t *testing.T) {
		c := newClient(t, app)
		share := func(p string) string { return withQuery(p, "share", ls.token) }
		var start []string
		for _, p := range paths {
			start = append(start, share(p))
			if strings.Contains(p, "/stories/"+sid) {
				for _, q := range hostile {
					start = append(start, share(p)+"&"+q)
				}
			}
		}
		pages := crawl(t, c, append([]string{"/share/" + ls.token}, start...))
		t.Logf("share link: %d addresses walked", len(pages))
		for p, rec := range pages {
			outsiderCheck(t, "share link", p, rec, ls)
		}
		checkOutsiderAnswers(t, pages, ls, share)
	})

	t.Run("public story", func(t *testing.T) {
		if rec := ls.editor.do(jsonRequest(http.MethodPatch, "/api/stories/"+sid, `{"public":true}`)); rec.Code != http.StatusOK {
			t.Fatalf("PATCH public = %d %s", rec.Code, rec.Body)
		}
		c := newClient(t, app)
		var start []string
		for _, p := range paths {
			if strings.HasPrefix(p, "/share/") {
				continue // a reader of the public story has no share link
			}
			start = append(start, p)
			if strings.Contains(p, "/stories/"+sid) {
				for _, q := range hostile {
					start = append(start, p+"?"+q)
				}
			}
		}
		pages := crawl(t, c, start)
		t.Logf("public story: %d addresses walked", len(pages))
		for p, rec := range pages {
			if strings.Contains(rec.Body.String(), ls.token) {
				t.Errorf("public GET %s shows a share link", p)
			}
			outsiderCheck(t, "public", p, rec, ls)
		}
		checkOutsiderAnswers(t, pages, ls, func(p string) string { return p })
		// The list counts what outsiders see.
		var list struct {
			Stories []apiStorySummary `json:"stories"`
		}
		if err := json.Unmarshal(pages["/api/stories"].Body.Bytes(), &list); err != nil || len(list.Stories) != 1 {
			t.Fatalf("GET /api/stories: %v, %+v", err, list)
		}
		var s export.Story
		if err := json.Unmarshal(pages["/stories/"+sid+"/export.json"].Body.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		if list.Stories[0].Events != len(s.Events) || list.Stories[0].Created != "" {
			t.Errorf("public story list: %d events, created %q; want the %d outsiders see and no creation time",
				list.Stories[0].Events, list.Stories[0].Created, len(s.Events))
		}
	})

	t.Run("newsroom", func(t *testing.T) {
		found := map[string]bool{}
		var start []string
		for _, p := range paths {
			start = append(start, p)
			if strings.Contains(p, "/stories/"+sid) {
				start = append(start, p+"?hidden=true")
			}
		}
		for p, rec := range crawl(t, ls.editor, start) {
			if strings.HasPrefix(p, "/admin") || strings.HasPrefix(p, "/login") || strings.HasPrefix(p, "/setup") {
				continue
			}
			for _, s := range planted {
				if strings.Contains(rec.Body.String(), s) {
					found[s] = true
				}
			}
		}
		// The history and notes API are the newsroom's.
		for _, id := range []int64{ls.kept, ls.rejected} {
			for _, what := range []string{"history", "notes"} {
				rec := ls.editor.get("/api/events/" + strconv.FormatInt(id, 10) + "/" + what)
				for _, s := range planted {
					if strings.Contains(rec.Body.String(), s) {
						found[s] = true
					}
				}
			}
		}
		for _, s := range planted {
			if !found[s] {
				t.Errorf("the newsroom sees %q nowhere", s)
			}
		}
		rec := ls.editor.get("/stories/" + sid + "/export.json?q=INTERNAL")
		var s export.Story
		if err := json.Unmarshal(rec.Body.Bytes(), &s); err != nil || len(s.Events) != 1 || s.Events[0].ID != ls.kept {
			t.Errorf("newsroom search of the notes: %v, %d events; want the kept event", err, len(s.Events))
		}
	})
}

// checkOutsiderAnswers checks the answers outsiders must get: the story and
// its visible events readable, the others not found, the newsroom's API
// closed, and a search of the notes finding nothing.
func checkOutsiderAnswers(t *testing.T, pages map[string]*httptest.ResponseRecorder, ls leakedStory, as func(string) string) {
	t.Helper()
	sid := strconv.FormatInt(ls.id, 10)
	status := func(p string, want int) *httptest.ResponseRecorder {
		t.Helper()
		rec, ok := pages[as(p)]
		if !ok {
			t.Errorf("the walk did not fetch %s", as(p))
			return httptest.NewRecorder()
		}
		if rec.Code != want {
			t.Errorf("GET %s = %d, want %d", as(p), rec.Code, want)
		}
		return rec
	}
	for _, x := range []string{"", "/export.json", "/export.ics", "/export.timeline.json", "/export.storymap.json", "/export.geojson", "/export.csv", "/embed"} {
		status("/stories/"+sid+x, http.StatusOK)
	}
	if rec := status("/stories/"+sid+"/export.json", http.StatusOK); !strings.Contains(rec.Body.String(), ls.keptTitle) {
		t.Errorf("the outsider's story JSON lacks the published event %q", ls.keptTitle)
	}
	status("/api/stories/"+sid, http.StatusOK)
	status("/events/"+strconv.FormatInt(ls.kept, 10), http.StatusOK)
	status("/api/events/"+strconv.FormatInt(ls.kept, 10), http.StatusOK)
	for _, id := range []int64{ls.rejected, ls.hidden, ls.merged} {
		e := strconv.FormatInt(id, 10)
		status("/events/"+e, http.StatusNotFound)
		status("/api/events/"+e, http.StatusNotFound)
	}
	for _, what := range []string{"history", "notes"} {
		status("/api/events/"+strconv.FormatInt(ls.kept, 10)+"/"+what, http.StatusUnauthorized)
	}
	for _, d := range ls.documents {
		status("/documents/"+strconv.FormatInt(d, 10), http.StatusOK)
	}
	var s export.Story
	rec := pages[withQuery(as("/stories/"+sid+"/export.json"), "q", "INTERNAL")]
	if rec == nil {
		rec = pages[as("/stories/"+sid+"/export.json")+"&q=INTERNAL"]
	}
	if rec == nil {
		t.Fatalf("the walk did not search for the note")
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &s); err != nil || len(s.Events) != 0 {
		t.Errorf("an outsider's search finds %d events by the words of a note (%v), want none", len(s.Events), err)
	}
}

// TestOutsidersSeePublishedOnly checks the story setting "published events
// only": outsiders then see the published event and nothing else, while
// the newsroom still sees every event.
func TestOutsidersSeePublishedOnly(t *testing.T) {
	app := newTestApp(t, false)
	ls := plantStory(t, app)
	sid := strconv.FormatInt(ls.id, 10)
	rec := ls.editor.do(jsonRequest(http.MethodPatch, "/api/stories/"+sid, `{"show":"published","public":true}`))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"show":"published"`) {
		t.Fatalf("PATCH show = %d %s", rec.Code, rec.Body)
	}
	if rec := ls.editor.do(jsonRequest(http.MethodPatch, "/api/stories/"+sid, `{"show":"some"}`)); rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("PATCH show=some = %d, want 422", rec.Code)
	}
	for _, who := range []struct {
		name string
		c    *client
		as   func(string) string
	}{
		{"public", newClient(t, app), func(p string) string { return p }},
		{"share link", newClient(t, app), func(p string) string { return withQuery(p, "share", ls.token) }},
	} {
		t.Run(who.name, func(t *testing.T) {
			var s export.Story
			if err := json.Unmarshal(who.c.get(who.as("/stories/"+sid+"/export.json")).Body.Bytes(), &s); err != nil {
				t.Fatal(err)
			}
			if len(s.Events) != 1 || s.Events[0].ID != ls.kept {
				t.Errorf("outsiders see %d events with published only, want the published one (%d)", len(s.Events), ls.kept)
			}
			for _, x := range []string{"/export.csv", "/export.ics", "/export.timeline.json", "/export.geojson", "/export.storymap.json", "", "/embed"} {
				if body := who.c.get(who.as("/stories/" + sid + x)).Body.String(); strings.Contains(body, plantedChecked) {
					t.Errorf("GET %s shows the checked, unpublished event", x)
				}
			}
			if rec := who.c.get(who.as("/events/" + strconv.FormatInt(ls.checked, 10))); rec.Code != http.StatusNotFound {
				t.Errorf("GET the checked event's page = %d, want 404", rec.Code)
			}
			if rec := who.c.get(who.as("/events/" + strconv.FormatInt(ls.kept, 10))); rec.Code != http.StatusOK {
				t.Errorf("GET the published event's page = %d, want 200", rec.Code)
			}
		})
	}
	var s export.Story
	if err := json.Unmarshal(ls.editor.get("/api/stories/"+sid).Body.Bytes(), &s); err != nil || len(s.Events) != len(ls.events) {
		t.Errorf("the newsroom sees %d events (%v), want all %d", len(s.Events), err, len(ls.events))
	}
}

// TestShowSettingForm checks the "who can read this story" section's
// setting of what outsiders see.
func TestShowSettingForm(t *testing.T) {
	app := newTestApp(t, false)
	editor := newClientAs(t, app, timeline.RoleEditor)
	viewer := newClientAs(t, app, timeline.RoleViewer)
	id := apiStory(t, editor, "Trip")
	sid := strconv.FormatInt(id, 10)
	doc := parseHTML(t, editor.get("/stories/"+sid).Body.String())
	if len(testid(doc, "show-form")) != 1 || !hasAttr(testid(doc, "show-all-but-rejected")[0], "checked") {
		t.Fatalf("the story page has no show form with the default checked")
	}
	viewer.login()
	if rec := viewer.postForm("/stories/"+sid+"/public", url.Values{"show": {"published"}}); rec.Code != http.StatusForbidden {
		t.Errorf("a viewer setting show = %d, want 403", rec.Code)
	}
	editor.login()
	if rec := editor.postForm("/stories/"+sid+"/public", url.Values{"show": {"everything"}}); rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("show=everything = %d, want 422", rec.Code)
	}
	if rec := editor.postForm("/stories/"+sid+"/public", url.Values{"show": {"published"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("show=published = %d %s", rec.Code, rec.Body)
	}
	access, err := app.store.StoryAccess(context.Background(), id)
	if err != nil || access.Show != timeline.ShowPublished || access.Public {
		t.Errorf("StoryAccess = %+v, %v; want published only, still private", access, err)
	}
	doc = parseHTML(t, editor.get("/stories/"+sid).Body.String())
	if !hasAttr(testid(doc, "show-published")[0], "checked") {
		t.Errorf("the form does not show the saved setting")
	}
}

// TestOutsiderListFollowsChanges checks that the outsiders' list of
// stories, whose entries are kept by story version, follows every change
// to what outsiders see: the count after the story shows published events
// only, and no entry once the story is private again.
func TestOutsiderListFollowsChanges(t *testing.T) {
	app := newTestApp(t, false)
	ls := plantStory(t, app)
	sid := strconv.FormatInt(ls.id, 10)
	outsider := newClient(t, app)
	listed := func() []apiStorySummary {
		t.Helper()
		var list struct {
			Stories []apiStorySummary `json:"stories"`
		}
		if rec := outsider.get("/api/stories"); rec.Code != http.StatusOK {
			t.Fatalf("GET /api/stories = %d %s", rec.Code, rec.Body)
		} else if err := json.Unmarshal(rec.Body.Bytes(), &list); err != nil {
			t.Fatal(err)
		}
		return list.Stories
	}
	seen := func() int {
		t.Helper()
		var s export.Story
		if err := json.Unmarshal(outsider.get("/stories/"+sid+"/export.json").Body.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		return len(s.Events)
	}
	for _, step := range []struct {
		patch  string
		listed bool
	}{
		{`{"public":true}`, true},
		{`{"show":"published"}`, true},
		{`{"show":"all-but-rejected"}`, true},
		{`{"public":false}`, false},
	} {
		if rec := ls.editor.do(jsonRequest(http.MethodPatch, "/api/stories/"+sid, step.patch)); rec.Code != http.StatusOK {
			t.Fatalf("PATCH %s = %d %s", step.patch, rec.Code, rec.Body)
		}
		for range 2 { // the second time from what the first kept
			list := listed()
			if !step.listed {
				if len(list) != 0 {
					t.Errorf("after %s: outsiders list %+v, want nothing", step.patch, list)
				}
				continue
			}
			if want := seen(); len(list) != 1 || list[0].Events != want {
				t.Errorf("after %s: outsiders list %+v, want one story of %d events", step.patch, list, want)
			}
		}
	}
	app.outside.mu.Lock()
	defer app.outside.mu.Unlock()
	if len(app.outside.m) != 0 {
		t.Errorf("%d list entries kept for stories no longer public, want none", len(app.outside.m))
	}
}
