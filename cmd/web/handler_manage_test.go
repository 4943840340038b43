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

	"github.com/google/go-cmp/cmp"

	"storyline/timeline"
	"storyline/timeline/export"
)

// storyState is what the management tests check stays the same or changes.
type storyState struct {
	Exists    bool
	Title     string
	Public    bool
	Documents int
	Events    []string // "value title", sorted
	Shares    int
}

func stateOf(t *testing.T, app *App, id int64) storyState {
	t.Helper()
	ctx := context.Background()
	s, err := app.store.Story(ctx, id)
	if timeline.ErrorCodeOf(err) == timeline.ENotFound {
		return storyState{}
	}
	if err != nil {
		t.Fatal(err)
	}
	st := storyState{Exists: true, Title: s.Title, Documents: len(s.Documents), Events: eventLines(s.Events)}
	if st.Public, err = app.store.StoryPublic(ctx, id); err != nil {
		t.Fatal(err)
	}
	links, err := app.store.ShareLinks(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	st.Shares = len(links)
	return st
}

func eventLines(evs []timeline.Event) []string {
	out := make([]string, 0, len(evs))
	for _, e := range evs {
		out = append(out, e.Date.Value+" "+e.Title)
	}
	sort.Strings(out)
	return out
}

// floodsArticle is a second article whose events no demo article reports.
const floodsArticle = `Relief flights land in Karachi as floods recede

KARACHI, Pakistan (AP) — The first relief flights from Turkey landed in Karachi on Saturday, officials said.
Aid workers reached Sukkur on Monday, and the prime minister visited Quetta on 1 September 2022.
`

// addFloods adds floodsArticle to a story through the API.
func addFloods(t *testing.T, c *client, story int64) export.Story {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"text": floodsArticle, "outlet": "AP", "published": "2022-09-06"})
	rec := c.postJSON("/api/stories/"+strconv.FormatInt(story, 10)+"/documents", string(body))
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST documents = %d %s, want 201", rec.Code, rec.Body)
	}
	var s export.Story
	if err := json.Unmarshal(rec.Body.Bytes(), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// twoDocumentStory makes a story of the first demo article and
// floodsArticle, and returns its id and the ids of its documents.
func twoDocumentStory(t *testing.T, c *client, title string) (int64, [2]int64) {
	t.Helper()
	id := apiStory(t, c, title)
	apiDocument(t, c, id, 0)
	s := addFloods(t, c, id)
	if len(s.Documents) != 2 {
		t.Fatalf("story has %d documents, want 2", len(s.Documents))
	}
	return id, [2]int64{s.Documents[0].ID, s.Documents[1].ID}
}

func TestRemoveDocument(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	id, docs := twoDocumentStory(t, c, "Trip")
	// The events a story of the first article alone has: what removing the
	// second must leave.
	alone := apiStory(t, c, "First article only")
	apiDocument(t, c, alone, 0)
	want := stateOf(t, app, alone).Events

	// An event of the first article is corrected; the correction must
	// survive the rebuild.
	s, _ := app.store.Story(context.Background(), id)
	var kept timeline.Event
	for _, e := range s.Events {
		if len(e.Sources) == 1 && e.Sources[0].DocumentID == docs[0] {
			kept = e
			break
		}
	}
	if kept.ID == 0 {
		t.Fatalf("no event of the first article alone")
	}
	rec := c.do(jsonRequest(http.MethodPatch, "/api/events/"+strconv.FormatInt(kept.ID, 10), `{"title":"Checked by the desk"}`))
	if rec.Code != http.StatusOK {
		t.Fatalf("PATCH event = %d %s", rec.Code, rec.Body)
	}
	for i, line := range want {
		if strings.HasSuffix(line, " "+kept.Title) && strings.HasPrefix(line, kept.Date.Value+" ") {
			want[i] = kept.Date.Value + " Checked by the desk"
			break
		}
	}
	sort.Strings(want)

	doc := strconv.FormatInt(docs[1], 10)
	// The document page links to the confirmation page.
	page := parseHTML(t, c.get("/documents/"+doc).Body.String())
	if f := testid(page, "remove-document-form"); len(f) != 1 || attrOf(f[0], "action") != "/documents/"+doc+"/remove" {
		t.Fatalf("document page has no remove form to /documents/%s/remove", doc)
	}
	rec = c.get("/documents/" + doc + "/remove")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET remove page = %d, want 200", rec.Code)
	}
	page = parseHTML(t, rec.Body.String())
	if len(testid(page, "remove-document-confirm-form")) != 1 || len(testid(page, "remove-document-lost")) != 1 {
		t.Errorf("the confirmation page lacks its form or the list of events that go")
	}

	before := stateOf(t, app, id)
	t.Run("without confirmation", func(t *testing.T) {
		rec := c.postForm("/documents/"+doc+"/remove", url.Values{})
		if rec.Code != http.StatusUnprocessableEntity {
			t.Fatalf("POST remove without confirm = %d, want 422", rec.Code)
		}
		if len(testid(parseHTML(t, rec.Body.String()), "form-error")) != 1 {
			t.Errorf("no message on the page")
		}
		if diff := cmp.Diff(before, stateOf(t, app, id)); diff != "" {
			t.Errorf("POST remove without confirm changed the story:\n%s", diff)
		}
	})
	t.Run("without CSRF token", func(t *testing.T) {
		rec := c.do(postFormRequest("/documents/"+doc+"/remove", url.Values{"confirm": {"remove"}}))
		if rec.Code != http.StatusForbidden {
			t.Fatalf("POST remove without CSRF = %d, want 403", rec.Code)
		}
		if diff := cmp.Diff(before, stateOf(t, app, id)); diff != "" {
			t.Errorf("POST remove without CSRF changed the story:\n%s", diff)
		}
	})

	rec = c.postForm("/documents/"+doc+"/remove", url.Values{"confirm": {"remove"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("POST remove = %d, want 303: %s", rec.Code, rec.Body)
	}
	loc := rec.Header().Get("Location")
	if loc != "/stories/"+strconv.FormatInt(id, 10)+"?notice=document-removed" {
		t.Errorf("POST remove redirects to %q", loc)
	}
	after := stateOf(t, app, id)
	if after.Documents != 1 {
		t.Errorf("%d documents after removing one of two, want 1", after.Documents)
	}
	if diff := cmp.Diff(want, after.Events); diff != "" {
		t.Errorf("events after removing the second article, against a story of the first alone with the correction (-want +got):\n%s", diff)
	}
	page = parseHTML(t, c.get(loc).Body.String())
	if n := testid(page, "notice"); len(n) != 1 || !strings.Contains(textOf(n[0]), "removed") {
		t.Errorf("the story page does not say the document was removed")
	}
	if rec := c.get("/documents/" + doc); rec.Code != http.StatusNotFound {
		t.Errorf("GET removed document = %d, want 404", rec.Code)
	}
	if rec := c.postForm("/documents/"+doc+"/remove", url.Values{"confirm": {"remove"}}); rec.Code != http.StatusNotFound {
		t.Errorf("POST remove twice = %d, want 404", rec.Code)
	}
	// A notice key the app does not know shows nothing.
	page = parseHTML(t, c.get("/stories/"+strconv.FormatInt(id, 10)+"?notice=<b>hi</b>").Body.String())
	if len(testid(page, "notice")) != 0 {
		t.Errorf("an unknown notice key shows a notice")
	}
}

func TestRenameAndPublicForms(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	id := apiStory(t, c, "Trip")
	sid := strconv.FormatInt(id, 10)

	page := parseHTML(t, c.get("/stories/"+sid).Body.String())
	if l := testid(page, "manage-story"); len(l) != 1 || attrOf(l[0], "href") != "/stories/"+sid+"/manage" {
		t.Errorf("the story page has no link to the manage page")
	}
	if v := testid(page, "visibility"); len(v) != 1 || attrOf(v[0], "data-public") != "false" {
		t.Errorf("the story page does not say the story is private")
	}
	manage := parseHTML(t, c.get("/stories/"+sid+"/manage").Body.String())
	if in := testid(manage, "rename-title"); len(in) != 1 || attrOf(in[0], "value") != "Trip" {
		t.Errorf("the rename form does not hold the title")
	}
	if len(testid(manage, "delete-story-form")) != 0 {
		t.Errorf("an editor sees the delete form")
	}

	for _, bad := range []string{"", "   ", strings.Repeat("x", 501)} {
		rec := c.postForm("/stories/"+sid+"/title", url.Values{"title": {bad}})
		if rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("rename to %q = %d, want 422", bad, rec.Code)
			continue
		}
		doc := parseHTML(t, rec.Body.String())
		if len(testid(doc, "error-title")) != 1 {
			t.Errorf("rename to %q: no message next to the field", bad)
		}
		if in := testid(doc, "rename-title"); len(in) != 1 || attrOf(in[0], "value") != bad {
			t.Errorf("rename to %q: what was typed is not kept", bad)
		}
		if got := stateOf(t, app, id).Title; got != "Trip" {
			t.Errorf("title after a bad rename = %q, want Trip", got)
		}
	}
	rec := c.postForm("/stories/"+sid+"/title", url.Values{"title": {" Xi's trip "}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/stories/"+sid+"?notice=story-renamed" {
		t.Fatalf("rename = %d to %q, want 303 to the story", rec.Code, rec.Header().Get("Location"))
	}
	if got := stateOf(t, app, id).Title; got != "Xi's trip" {
		t.Errorf("title after rename = %q, want %q", got, "Xi's trip")
	}

	anon := newClient(t, app)
	if rec := anon.get("/stories/" + sid); rec.Code != http.StatusSeeOther {
		t.Fatalf("anonymous GET private story = %d, want 303 to sign in", rec.Code)
	}
	if rec := c.postForm("/stories/"+sid+"/public", url.Values{"public": {"perhaps"}}); rec.Code != http.StatusUnprocessableEntity {
		t.Errorf("public=perhaps = %d, want 422", rec.Code)
	}
	rec = c.postForm("/stories/"+sid+"/public", url.Values{"public": {"true"}})
	if rec.Code != http.StatusSeeOther || !strings.Contains(rec.Header().Get("Location"), "notice=story-public") {
		t.Fatalf("make public = %d to %q", rec.Code, rec.Header().Get("Location"))
	}
	if rec := anon.get("/stories/" + sid); rec.Code != http.StatusOK {
		t.Errorf("anonymous GET public story = %d, want 200", rec.Code)
	}
	page = parseHTML(t, c.get("/stories/"+sid).Body.String())
	if v := testid(page, "visibility"); len(v) != 1 || attrOf(v[0], "data-public") != "true" {
		t.Errorf("the story page does not say the story is public")
	}
	if len(testid(parseHTML(t, anon.get("/stories/"+sid).Body.String()), "visibility-form")) != 0 {
		t.Errorf("an anonymous visitor sees the public/private form")
	}
	if rec := c.postForm("/stories/"+sid+"/public", url.Values{"public": {"false"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("make private = %d, want 303", rec.Code)
	}
	if rec := anon.get("/stories/" + sid); rec.Code != http.StatusSeeOther {
		t.Errorf("anonymous GET story made private again = %d, want 303", rec.Code)
	}
}

func TestDeleteStoryForm(t *testing.T) {
	app := newTestApp(t, false)
	admin := newClientAs(t, app, timeline.RoleAdmin)
	admin.login()
	id, _ := twoDocumentStory(t, admin, "Xi's trip")
	keep := apiStory(t, admin, "Another story")
	sid := strconv.FormatInt(id, 10)
	if rec := admin.postForm("/stories/"+sid+"/share", nil); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST share = %d", rec.Code)
	}
	links, _ := app.store.ShareLinks(context.Background(), id)
	manage := parseHTML(t, admin.get("/stories/"+sid+"/manage").Body.String())
	if len(testid(manage, "delete-story-form")) != 1 {
		t.Fatalf("an admin does not see the delete form")
	}
	before := stateOf(t, app, id)
	for _, wrong := range []string{"", "xi's trip", "Xi's trip, really", "Another story"} {
		rec := admin.postForm("/stories/"+sid+"/delete", url.Values{"confirm": {wrong}})
		if rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("delete confirmed with %q = %d, want 422", wrong, rec.Code)
		}
		doc := parseHTML(t, rec.Body.String())
		if len(testid(doc, "error-confirm")) != 1 {
			t.Errorf("delete confirmed with %q: no message next to the field", wrong)
		}
		if diff := cmp.Diff(before, stateOf(t, app, id)); diff != "" {
			t.Errorf("delete confirmed with %q changed the story:\n%s", wrong, diff)
		}
	}
	if rec := admin.do(postFormRequest("/stories/"+sid+"/delete", url.Values{"confirm": {"Xi's trip"}})); rec.Code != http.StatusForbidden {
		t.Errorf("delete without CSRF = %d, want 403", rec.Code)
	}
	if diff := cmp.Diff(before, stateOf(t, app, id)); diff != "" {
		t.Errorf("delete without CSRF changed the story:\n%s", diff)
	}
	rec := admin.postForm("/stories/"+sid+"/delete", url.Values{"confirm": {" Xi's trip "}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/?notice=story-deleted" {
		t.Fatalf("delete = %d to %q, want 303 to /?notice=story-deleted", rec.Code, rec.Header().Get("Location"))
	}
	if st := stateOf(t, app, id); st.Exists {
		t.Errorf("the story is still there after delete")
	}
	if rec := admin.get("/share/" + links[0].Token); rec.Code != http.StatusNotFound {
		t.Errorf("share link of a deleted story = %d, want 404", rec.Code)
	}
	list := parseHTML(t, admin.get("/?notice=story-deleted").Body.String())
	if len(testid(list, "notice")) != 1 {
		t.Errorf("the story list does not say the story was deleted")
	}
	if !stateOf(t, app, keep).Exists {
		t.Errorf("deleting one story deleted another")
	}
	if rec := admin.postForm("/stories/"+sid+"/delete", url.Values{"confirm": {"Xi's trip"}}); rec.Code != http.StatusNotFound {
		t.Errorf("delete twice = %d, want 404", rec.Code)
	}
}

func TestManageAPI(t *testing.T) {
	app := newTestApp(t, false)
	editor := newClientAs(t, app, timeline.RoleEditor)
	admin := newClientAs(t, app, timeline.RoleAdmin)
	id, docs := twoDocumentStory(t, editor, "Trip")
	path := "/api/stories/" + strconv.FormatInt(id, 10)

	bad := []struct {
		name, body string
		want       int
	}{
		{"not JSON", `{"title":`, http.StatusBadRequest},
		{"wrong type", `{"public":"yes"}`, http.StatusBadRequest},
		{"empty body", ``, http.StatusBadRequest},
		{"no field", `{}`, http.StatusUnprocessableEntity},
		{"empty title", `{"title":"  ","public":true}`, http.StatusUnprocessableEntity},
	}
	before := stateOf(t, app, id)
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			rec := editor.do(jsonRequest(http.MethodPatch, path, tc.body))
			if rec.Code != tc.want {
				t.Fatalf("PATCH %s %s = %d %s, want %d", path, tc.body, rec.Code, rec.Body, tc.want)
			}
			var body errorBody
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || body.Error.Message == "" {
				t.Errorf("PATCH %s: error body %q lacks a message", tc.body, rec.Body)
			}
			if diff := cmp.Diff(before, stateOf(t, app, id)); diff != "" {
				t.Errorf("PATCH %s changed the story:\n%s", tc.body, diff)
			}
		})
	}

	rec := editor.do(jsonRequest(http.MethodPatch, path, `{"title":"Xi's trip","public":true}`))
	if rec.Code != http.StatusOK {
		t.Fatalf("PATCH = %d %s, want 200", rec.Code, rec.Body)
	}
	var got apiStoryState
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(apiStoryState{ID: id, Title: "Xi's trip", Public: true, Show: timeline.ShowAllButRejected, URL: path}, got); diff != "" {
		t.Errorf("PATCH answer (-want +got):\n%s", diff)
	}
	rec = editor.do(jsonRequest(http.MethodPatch, path, `{"public":false}`))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"public":false`) || !strings.Contains(rec.Body.String(), `"title":"Xi's trip"`) {
		t.Errorf("PATCH public only = %d %s", rec.Code, rec.Body)
	}
	if st := stateOf(t, app, id); st.Title != "Xi's trip" || st.Public {
		t.Errorf("after PATCH: %q public %v, want \"Xi's trip\" private", st.Title, st.Public)
	}

	rec = editor.do(jsonRequest(http.MethodDelete, "/api/documents/"+strconv.FormatInt(docs[1], 10), ""))
	if rec.Code != http.StatusNoContent {
		t.Fatalf("DELETE document = %d %s, want 204", rec.Code, rec.Body)
	}
	if st := stateOf(t, app, id); st.Documents != 1 {
		t.Errorf("%d documents after DELETE, want 1", st.Documents)
	}
	s, _ := app.store.Story(context.Background(), id)
	for _, e := range s.Events {
		for _, src := range e.Sources {
			if src.DocumentID == docs[1] {
				t.Errorf("event %d still cites the removed document", e.ID)
			}
		}
	}
	if rec := editor.do(jsonRequest(http.MethodDelete, path, "")); rec.Code != http.StatusForbidden {
		t.Errorf("DELETE story as editor = %d, want 403", rec.Code)
	}
	if rec := admin.do(jsonRequest(http.MethodDelete, path, "")); rec.Code != http.StatusNoContent {
		t.Fatalf("DELETE story as admin = %d %s, want 204", rec.Code, rec.Body)
	}
	if rec := admin.get(path); rec.Code != http.StatusNotFound {
		t.Errorf("GET deleted story = %d, want 404", rec.Code)
	}

	for _, r := range []struct{ method, path, body string }{
		{http.MethodPatch, path, `{"title":"x"}`},
		{http.MethodDelete, path, ""},
		{http.MethodPatch, "/api/stories/abc", `{"title":"x"}`},
		{http.MethodDelete, "/api/stories/0", ""},
		{http.MethodDelete, "/api/documents/" + strconv.FormatInt(docs[1], 10), ""},
		{http.MethodDelete, "/api/documents/abc", ""},
	} {
		rec := admin.do(jsonRequest(r.method, r.path, r.body))
		var body errorBody
		if rec.Code != http.StatusNotFound || json.Unmarshal(rec.Body.Bytes(), &body) != nil || body.Error.Code != timeline.ENotFound {
			t.Errorf("%s %s = %d %s, want a 404 JSON error", r.method, r.path, rec.Code, rec.Body)
		}
	}
}

// TestManagePermissions tries every management write as each role and
// checks the answer, and that a refused write changes nothing.
func TestManagePermissions(t *testing.T) {
	app := newTestApp(t, false)
	owner := newClientAs(t, app, timeline.RoleAdmin)
	type write struct {
		name   string
		method string
		path   func(story, doc string) string
		form   url.Values
		body   string // a JSON body for /api/ paths
		may    map[timeline.Role]bool
	}
	editors := map[timeline.Role]bool{timeline.RoleEditor: true, timeline.RoleAdmin: true}
	admins := map[timeline.Role]bool{timeline.RoleAdmin: true}
	writes := []write{
		{"remove document", "POST", func(s, d string) string { return "/documents/" + d + "/remove" }, url.Values{"confirm": {"remove"}}, "", editors},
		{"rename", "POST", func(s, d string) string { return "/stories/" + s + "/title" }, url.Values{"title": {"Renamed"}}, "", editors},
		{"make public", "POST", func(s, d string) string { return "/stories/" + s + "/public" }, url.Values{"public": {"true"}}, "", editors},
		{"delete story", "POST", func(s, d string) string { return "/stories/" + s + "/delete" }, url.Values{"confirm": {"Trip"}}, "", admins},
		{"API delete document", "DELETE", func(s, d string) string { return "/api/documents/" + d }, nil, "", editors},
		{"API rename", "PATCH", func(s, d string) string { return "/api/stories/" + s }, nil, `{"title":"Renamed"}`, editors},
		{"API make public", "PATCH", func(s, d string) string { return "/api/stories/" + s }, nil, `{"public":true}`, editors},
		{"API delete story", "DELETE", func(s, d string) string { return "/api/stories/" + s }, nil, "", admins},
	}
	for _, role := range []timeline.Role{"", timeline.RoleViewer, timeline.RoleEditor, timeline.RoleAdmin} {
		name := string(role)
		if name == "" {
			name = "anonymous"
		}
		c := newClient(t, app)
		if role != "" {
			c = newClientAs(t, app, role)
		}
		c.login()
		for _, w := range writes {
			t.Run(name+"/"+w.name, func(t *testing.T) {
				id, docs := twoDocumentStory(t, owner, "Trip")
				path := w.path(strconv.FormatInt(id, 10), strconv.FormatInt(docs[1], 10))
				before := stateOf(t, app, id)
				var rec *httptest.ResponseRecorder
				api := strings.HasPrefix(path, "/api/")
				if api {
					rec = c.do(jsonRequest(w.method, path, w.body))
				} else {
					rec = c.postForm(path, w.form)
				}
				switch {
				case w.may[role] && api:
					if rec.Code != http.StatusOK && rec.Code != http.StatusNoContent {
						t.Errorf("%s %s as %s = %d %s, want success", w.method, path, name, rec.Code, rec.Body)
					}
				case w.may[role]:
					if rec.Code != http.StatusSeeOther {
						t.Errorf("%s %s as %s = %d %s, want 303", w.method, path, name, rec.Code, rec.Body)
					}
				case role == "" && api:
					if rec.Code != http.StatusUnauthorized || !strings.Contains(rec.Header().Get("Content-Type"), "application/json") {
						t.Errorf("%s %s = %d, want 401 JSON", w.method, path, rec.Code)
					}
				case role == "":
					if rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/login?next=") {
						t.Errorf("%s %s = %d to %q, want 303 to /login", w.method, path, rec.Code, rec.Header().Get("Location"))
					}
				default:
					if rec.Code != http.StatusForbidden {
						t.Errorf("%s %s as %s = %d, want 403", w.method, path, name, rec.Code)
					}
				}
				after := stateOf(t, app, id)
				if w.may[role] {
					if cmp.Equal(before, after) {
						t.Errorf("%s %s as %s changed nothing", w.method, path, name)
					}
				} else if diff := cmp.Diff(before, after); diff != "" {
					t.Errorf("%s %s as %s changed the story (-before +after):\n%s", w.method, path, name, diff)
				}
			})
		}
	}

	// The pages that lead to the forms follow the same rights.
	id, docs := twoDocumentStory(t, owner, "Trip")
	sid, did := strconv.FormatInt(id, 10), strconv.FormatInt(docs[0], 10)
	viewer := newClientAs(t, app, timeline.RoleViewer)
	for _, p := range []string{"/stories/" + sid + "/manage", "/documents/" + did + "/remove"} {
		if rec := viewer.get(p); rec.Code != http.StatusForbidden {
			t.Errorf("viewer GET %s = %d, want 403", p, rec.Code)
		}
	}
	story := parseHTML(t, viewer.get("/stories/"+sid).Body.String())
	for _, tid := range []string{"manage-story", "visibility-form"} {
		if len(testid(story, tid)) != 0 {
			t.Errorf("a viewer sees %s on the story page", tid)
		}
	}
	if len(testid(parseHTML(t, viewer.get("/documents/"+did).Body.String()), "remove-document-form")) != 0 {
		t.Errorf("a viewer sees the remove form on the document page")
	}
}

func TestManageUnknownIDs(t *testing.T) {
	app := newTestApp(t, false)
	admin := newClientAs(t, app, timeline.RoleAdmin)
	admin.login()
	for _, p := range []struct {
		method, path string
		form         url.Values
	}{
		{"GET", "/stories/999/manage", nil},
		{"GET", "/documents/999/remove", nil},
		{"GET", "/documents/abc/remove", nil},
		{"POST", "/documents/999/remove", url.Values{"confirm": {"remove"}}},
		{"POST", "/stories/999/title", url.Values{"title": {"x"}}},
		{"POST", "/stories/999/delete", url.Values{"confirm": {"x"}}},
		{"POST", "/stories/999/public", url.Values{"public": {"true"}}},
		{"POST", "/stories/abc/public", url.Values{"public": {"true"}}},
	} {
		var rec *httptest.ResponseRecorder
		if p.method == "GET" {
			rec = admin.get(p.path)
		} else {
			rec = admin.postForm(p.path, p.form)
		}
		if rec.Code != http.StatusNotFound || len(testid(parseHTML(t, rec.Body.String()), "error-message")) != 1 {
			t.Errorf("%s %s = %d, want the 404 page", p.method, p.path, rec.Code)
		}
	}
}
