package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"storyline/timeline"
	"storyline/timeline/export"
	"storyline/views"
)

func seedText(t testing.TB, i int) string {
	t.Helper()
	b, err := demoFS.ReadFile(demoDocuments[i].file)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// apiStory creates a story through the API and returns its id.
func apiStory(t testing.TB, c *client, title string) int64 {
	t.Helper()
	rec := c.postJSON("/api/stories", `{"title":`+strconv.Quote(title)+`}`)
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST /api/stories = %d %s, want 201", rec.Code, rec.Body)
	}
	var s export.Story
	if err := json.Unmarshal(rec.Body.Bytes(), &s); err != nil {
		t.Fatalf("POST /api/stories: %v", err)
	}
	return s.ID
}

// apiDocument adds a seed article with its date through the API.
func apiDocument(t testing.TB, c *client, story int64, seed int) export.Story {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"text": seedText(t, seed), "outlet": demoDocuments[seed].outlet, "published": "2022-09-14"})
	rec := c.postJSON("/api/stories/"+strconv.FormatInt(story, 10)+"/documents", string(body))
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST documents = %d %s, want 201", rec.Code, rec.Body)
	}
	var s export.Story
	if err := json.Unmarshal(rec.Body.Bytes(), &s); err != nil {
		t.Fatalf("POST documents: %v", err)
	}
	return s
}

func documentCount(t testing.TB, app *App, story int64) int {
	t.Helper()
	s, err := app.store.Story(context.Background(), story)
	if err != nil {
		t.Fatalf("Story(%d): %v", story, err)
	}
	return len(s.Documents)
}

func TestEveryRoute(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	id := apiStory(t, c, "Central Asia trip")
	s := apiDocument(t, c, id, 0)
	if len(s.Documents) != 1 || len(s.Events) == 0 {
		t.Fatalf("story after one document: %d documents, %d events, want 1 and some", len(s.Documents), len(s.Events))
	}
	sid := strconv.FormatInt(id, 10)
	doc := strconv.FormatInt(s.Documents[0].ID, 10)
	ev := strconv.FormatInt(s.Events[0].ID, 10)
	tests := []struct {
		path        string
		contentType string
		contains    string
	}{
		{"/", "text/html", "Central Asia trip"},
		{"/stories", "text/html", "Central Asia trip"},
		{"/stories/new", "text/html", `name="_csrf"`},
		{"/stories/" + sid, "text/html", `id="story-data"`},
		{"/stories/" + sid + "/documents/new", "text/html", `enctype="multipart/form-data"`},
		{"/documents/" + doc, "text/html", "Kazakhstan"},
		{"/documents/" + doc + "/remove", "text/html", `data-testid="remove-document-confirm-form"`},
		{"/stories/" + sid + "/manage", "text/html", `data-testid="rename-form"`},
		{"/events/" + ev, "text/html", `data-testid="event-detail"`},
		{"/stories/" + sid + "/export.json", "application/json", `"events"`},
		{"/stories/" + sid + "/export.ics", "text/calendar", "BEGIN:VCALENDAR"},
		{"/stories/" + sid + "/export.timeline.json", "application/json", `"events"`},
		{"/stories/" + sid + "/export.storymap.json", "application/json", `"storymap"`},
		{"/stories/" + sid + "/export.geojson", "application/geo+json", `"FeatureCollection"`},
		{"/stories/" + sid + "/export.csv", "text/csv", "2022-09-14"},
		{"/api/stories", "application/json", `"Central Asia trip"`},
		{"/api/stories/" + sid, "application/json", `"documents"`},
		{"/static/app.js", "javascript", ""},
		{"/static/app.css", "text/css", ""},
		{"/healthz", "text/plain", "ok"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			rec := c.get(tc.path)
			if rec.Code != http.StatusOK {
				t.Fatalf("GET %s = %d, want 200: %s", tc.path, rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.Contains(ct, tc.contentType) {
				t.Errorf("GET %s Content-Type = %q, want %q", tc.path, ct, tc.contentType)
			}
			if !strings.Contains(rec.Body.String(), tc.contains) {
				t.Errorf("GET %s: body lacks %q", tc.path, tc.contains)
			}
			if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
				t.Errorf("GET %s Content-Security-Policy = %q, want script-src 'self'", tc.path, csp)
			}
		})
	}
}

func TestStoryPageLinksWidgets(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	id := apiStory(t, c, "Trip")
	apiDocument(t, c, id, 0)
	rec := c.get("/stories/" + strconv.FormatInt(id, 10))
	doc := parseHTML(t, rec.Body.String())
	data := findAttr(doc, "id", "story-data")
	if len(data) != 1 {
		t.Fatalf("story page: %d #story-data blocks, want 1", len(data))
	}
	var sd views.StoryData // the compact form, read back as the widgets see it
	if err := json.Unmarshal([]byte(textOf(data[0])), &sd); err != nil {
		t.Fatalf("story-data: %v", err)
	}
	items := testid(doc, "event-item")
	ids := map[string]bool{}
	for _, it := range items {
		ids[attrOf(it, "data-event-id")] = true
	}
	values := map[string]bool{}
	for _, e := range sd.Events {
		values[e.Value] = true
		if !ids[strconv.FormatInt(e.ID, 10)] {
			t.Errorf("event %d is in story-data but not in the event list", e.ID)
		}
		if e.URL != "/events/"+strconv.FormatInt(e.ID, 10) {
			t.Errorf("event %d url = %q", e.ID, e.URL)
		}
	}
	for _, v := range []string{"2022-09-14", "2022-09-15"} {
		if !values[v] {
			t.Errorf("story-data has no event dated %s; values %v", v, values)
		}
	}
	if sd.Credit == "" {
		t.Errorf("story-data has no GeoNames credit")
	}
	for _, x := range []string{"export.json", "export.ics", "export.timeline.json", "export.geojson", "export.csv", "export.storymap.json"} {
		if len(findAttr(doc, "href", "/stories/"+strconv.FormatInt(id, 10)+"/"+x)) != 1 {
			t.Errorf("story page does not link %s", x)
		}
	}
}

func TestNotFound(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	for _, path := range []string{"/stories/999", "/stories/abc", "/stories/-1", "/stories/999/documents/new", "/documents/999",
		"/events/999", "/stories/999/export.json", "/stories/999/export.ics", "/no/such/page"} {
		t.Run("html"+path, func(t *testing.T) {
			rec := c.get(path)
			if rec.Code != http.StatusNotFound {
				t.Fatalf("GET %s = %d, want 404", path, rec.Code)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("GET %s Content-Type = %q, want text/html", path, ct)
			}
			doc := parseHTML(t, rec.Body.String())
			if msg := testid(doc, "error-message"); len(msg) != 1 || textOf(msg[0]) == "" {
				t.Errorf("GET %s: no error message on the page", path)
			}
		})
	}
	for _, path := range []string{"/api/stories/999", "/api/stories/abc", "/api/nothing"} {
		t.Run("json"+path, func(t *testing.T) {
			rec := c.get(path)
			if rec.Code != http.StatusNotFound {
				t.Fatalf("GET %s = %d, want 404", path, rec.Code)
			}
			var body errorBody
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("GET %s: body %q is not JSON: %v", path, rec.Body, err)
			}
			if body.Error.Code != timeline.ENotFound || body.Error.Message == "" {
				t.Errorf("GET %s error = %+v, want code not_found and a message", path, body.Error)
			}
		})
	}
}

func TestCSRF(t *testing.T) {
	app := newTestApp(t, false)
	tests := []struct {
		name  string
		setup func(c *client) url.Values
		want  int
	}{
		{"no token at all", func(c *client) url.Values { return url.Values{"title": {"x"}, "_csrf": {""}} }, http.StatusForbidden},
		{"cookie but no field", func(c *client) url.Values {
			c.login()
			return url.Values{"title": {"x"}, "_csrf": {""}}
		}, http.StatusForbidden},
		{"wrong token", func(c *client) url.Values {
			c.login()
			return url.Values{"title": {"x"}, "_csrf": {"not-the-token"}}
		}, http.StatusForbidden},
		{"cross-site", func(c *client) url.Values {
			c.login()
			return url.Values{"title": {"x"}}
		}, http.StatusForbidden},
		{"right token", func(c *client) url.Values {
			c.login()
			return url.Values{"title": {"x"}}
		}, http.StatusSeeOther},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newClientAs(t, app, timeline.RoleEditor)
			v := tc.setup(c)
			if tc.name == "cross-site" {
				v.Set("_csrf", c.formToken())
				req := postFormRequest("/stories", v)
				req.Header.Set("Sec-Fetch-Site", "cross-site")
				rec := c.do(req)
				if rec.Code != tc.want {
					t.Errorf("cross-site POST /stories = %d, want %d", rec.Code, tc.want)
				}
				return
			}
			before := storyCount(t, app)
			rec := c.postForm("/stories", v)
			if rec.Code != tc.want {
				t.Fatalf("POST /stories = %d, want %d: %s", rec.Code, tc.want, rec.Body)
			}
			after := storyCount(t, app)
			if tc.want == http.StatusForbidden {
				if after != before {
					t.Errorf("rejected POST created a story: %d -> %d", before, after)
				}
				doc := parseHTML(t, rec.Body.String())
				if len(testid(doc, "error-message")) != 1 {
					t.Errorf("rejected POST shows no error message")
				}
			} else if after != before+1 {
				t.Errorf("accepted POST: stories %d -> %d, want one more", before, after)
			}
		})
	}
	// The cookie of a visitor who is not signed in is SameSite=Strict.
	c := newClient(t, app)
	rec := c.get("/login")
	var found bool
	for _, ck := range rec.Result().Cookies() {
		if ck.Name == "_csrf" {
			found = true
			if ck.SameSite != http.SameSiteStrictMode || !ck.HttpOnly {
				t.Errorf("_csrf cookie SameSite=%v HttpOnly=%v, want Strict and HttpOnly", ck.SameSite, ck.HttpOnly)
			}
		}
	}
	if !found {
		t.Errorf("GET /login set no _csrf cookie")
	}
}

// TestCSRFBoundToSession checks that a signed-in form's token works with
// its own session only: an attacker who plants a _csrf cookie and field
// of their choosing, or a token from their own session, in a request that
// carries the victim's session is refused, and nothing changes.
func TestCSRFBoundToSession(t *testing.T) {
	app := newTestApp(t, false)
	victim := newClientAs(t, app, timeline.RoleEditor)
	attacker := newClientAs(t, app, timeline.RoleEditor)
	anonymous := newClient(t, app)
	anonymous.login() // a real anonymous token and cookie pair from this site
	tests := []struct {
		name   string
		cookie string // the _csrf cookie sent, "" for none
		field  string
		want   int
	}{
		{"attacker's chosen pair", "attacker-chosen-token", "attacker-chosen-token", http.StatusForbidden},
		{"a real anonymous pair", anonymous.token, anonymous.token, http.StatusForbidden},
		{"the attacker's own session token", "", attacker.formToken(), http.StatusForbidden},
		{"the victim's page token", "", victim.formToken(), http.StatusSeeOther},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := storyCount(t, app)
			req := postFormRequest("/stories", url.Values{"title": {"planted"}, "_csrf": {tc.field}})
			if tc.cookie != "" {
				req.AddCookie(&http.Cookie{Name: "_csrf", Value: tc.cookie})
			}
			req.AddCookie(&http.Cookie{Name: sessionCookie, Value: victim.session})
			rec := httptest.NewRecorder()
			app.Handler().ServeHTTP(rec, req)
			if rec.Code != tc.want {
				t.Fatalf("POST /stories with the victim's session = %d, want %d", rec.Code, tc.want)
			}
			after := storyCount(t, app)
			if tc.want == http.StatusForbidden && after != before {
				t.Errorf("refused POST created a story: %d -> %d", before, after)
			}
			if tc.want != http.StatusForbidden && after != before+1 {
				t.Errorf("accepted POST: stories %d -> %d, want one more", before, after)
			}
		})
	}
	// The page renders the session's token into its forms.
	rec := victim.get("/stories/new")
	if !strings.Contains(rec.Body.String(), `value="`+victim.formToken()+`"`) {
		t.Errorf("GET /stories/new: the form does not carry the session's token")
	}
}

func postFormRequest(path string, v url.Values) *http.Request {
	req, _ := http.NewRequest(http.MethodPost, path, strings.NewReader(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return req
}

func storyCount(t testing.TB, app *App) int {
	t.Helper()
	n, err := app.store.StoryCount(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCreateStoryForm(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	tests := []struct {
		name, title string
		want        int
	}{
		{"empty", "", http.StatusUnprocessableEntity},
		{"whitespace", "  \t\n ", http.StatusUnprocessableEntity},
		{"invalid UTF-8", "Trip \xff\xfe", http.StatusUnprocessableEntity},
		{"too long", strings.Repeat("x", 600), http.StatusUnprocessableEntity},
		{"ok", "Xi's trip", http.StatusSeeOther},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := storyCount(t, app)
			rec := c.postForm("/stories", url.Values{"title": {tc.title}})
			if rec.Code != tc.want {
				t.Fatalf("POST /stories title=%q = %d, want %d", tc.title, rec.Code, tc.want)
			}
			if tc.want == http.StatusSeeOther {
				if loc := rec.Header().Get("Location"); !strings.HasPrefix(loc, "/stories/") {
					t.Errorf("Location = %q, want /stories/{id}", loc)
				}
				return
			}
			if after := storyCount(t, app); after != before {
				t.Errorf("failed POST changed the story count %d -> %d", before, after)
			}
			doc := parseHTML(t, rec.Body.String())
			if e := testid(doc, "error-title"); len(e) != 1 || textOf(e[0]) == "" {
				t.Errorf("no error next to the title field")
			}
			if in := testid(doc, "story-title"); len(in) != 1 || attrOf(in[0], "value") != strings.ToValidUTF8(tc.title, "\uFFFD") {
				t.Errorf("title input does not keep the user's input %q", tc.title)
			}
		})
	}
}

func TestAddDocumentBadInput(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	id := apiStory(t, c, "Trip")
	path := "/stories/" + strconv.FormatInt(id, 10) + "/documents"
	seed := seedText(t, 0)
	tests := []struct {
		name     string
		values   url.Values
		fileName string
		file     []byte
		field    string // where the error is shown
	}{
		{"empty text", url.Values{"title": {"Kept title"}, "published": {"2022-09-14"}, "text": {""}}, "", nil, "text"},
		{"whitespace text", url.Values{"title": {"Kept title"}, "published": {"2022-09-14"}, "text": {" \n\t \r\n"}}, "", nil, "text"},
		{"invalid UTF-8 text", url.Values{"title": {"Kept title"}, "published": {"2022-09-14"}, "text": {"Xi met \xff\xfe Tokayev on Wednesday."}}, "", nil, "text"},
		{"binary upload", url.Values{"title": {"Kept title"}, "published": {"2022-09-14"}}, "photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "file"},
		{"empty upload and no text", url.Values{"title": {"Kept title"}, "published": {"2022-09-14"}}, "empty.txt", []byte{}, "text"},
		{"impossible date", url.Values{"title": {"Kept title"}, "published": {"2022-02-30"}, "text": {seed}}, "", nil, "published"},
		{"not a date", url.Values{"title": {"Kept title"}, "published": {"last week"}, "text": {seed}}, "", nil, "published"},
		{"no date anywhere", url.Values{"title": {"Kept title"}, "text": {"Xi met Tokayev on Wednesday in Nur-Sultan."}}, "", nil, "published"},
		{"javascript URL", url.Values{"title": {"Kept title"}, "published": {"2022-09-14"}, "url": {"javascript:alert(1)"}, "text": {seed}}, "", nil, "url"},
		{"text and file", url.Values{"title": {"Kept title"}, "published": {"2022-09-14"}, "text": {seed}}, "a.txt", []byte(seed), "file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := c.postMultipart(path, tc.values, tc.fileName, tc.file)
			if rec.Code != http.StatusUnprocessableEntity {
				t.Fatalf("POST %s = %d, want 422: %s", path, rec.Code, rec.Body)
			}
			if n := documentCount(t, app, id); n != 0 {
				t.Errorf("failed POST saved a document: %d documents", n)
			}
			doc := parseHTML(t, rec.Body.String())
			if e := testid(doc, "error-"+tc.field); len(e) != 1 || textOf(e[0]) == "" {
				t.Errorf("no error message next to field %q; body:\n%s", tc.field, rec.Body)
			}
			if in := testid(doc, "document-title"); len(in) != 1 || attrOf(in[0], "value") != "Kept title" {
				t.Errorf("the title the user typed was not kept")
			}
			if tc.values.Get("text") != "" && tc.values.Get("text") == seed {
				if ta := testid(doc, "document-text"); len(ta) != 1 || textOf(ta[0]) != seed {
					t.Errorf("the pasted text was not kept")
				}
			}
		})
	}
}

// TestUploadWithoutDateKeepsTheFile checks that an uploaded article refused
// for want of a publication date comes back in the text box, so that adding
// the date loses nothing, and that the form then adds it.
func TestUploadWithoutDateKeepsTheFile(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	id := apiStory(t, c, "Trip")
	path := "/stories/" + strconv.FormatInt(id, 10) + "/documents"
	article := "Xi met Tokayev on Wednesday in Nur-Sultan."
	rec := c.postMultipart(path, url.Values{"title": {"Upload"}}, "article.txt", []byte(article))
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("POST without a date = %d, want 422", rec.Code)
	}
	doc := parseHTML(t, rec.Body.String())
	if ta := testid(doc, "document-text"); len(ta) != 1 || textOf(ta[0]) != article {
		t.Fatalf("the uploaded article is not in the text box: %q", textOf(testid(doc, "document-text")[0]))
	}
	if len(testid(doc, "uploaded-hint")) != 1 {
		t.Error("no hint says the uploaded file is in the text box")
	}
	rec = c.postMultipart(path, url.Values{"title": {"Upload"}, "published": {"2022-09-14"}, "text": {article}}, "", nil)
	if rec.Code != http.StatusSeeOther || documentCount(t, app, id) != 1 {
		t.Fatalf("POST again with the date = %d, %d documents; want 303 and one", rec.Code, documentCount(t, app, id))
	}
}

func TestAddDocumentForm(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	id := apiStory(t, c, "Trip")
	sid := strconv.FormatInt(id, 10)

	rec := c.postMultipart("/stories/"+sid+"/documents", url.Values{"published": {"2022-09-14"}, "outlet": {"Al Jazeera"}, "text": {seedText(t, 0)}}, "", nil)
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/stories/"+sid {
		t.Fatalf("POST pasted text = %d Location %q, want 303 to /stories/%s: %s", rec.Code, rec.Header().Get("Location"), sid, rec.Body)
	}
	// An uploaded hostile HTML page: its scripts must never reach a page as markup.
	page := `<!DOCTYPE html><html><head><title>Hostile</title><meta property="article:published_time" content="2022-09-14T08:00:00Z">
<script>window.pwned=1</script></head><body><article><h1>Xi in Kazakhstan</h1>
<p>Xi was met on Wednesday by Tokayev in Nur-Sultan.<img src=x onerror="window.pwned=2"></p>
<p>Visit <a href="javascript:alert(3)">here</a>. &lt;script&gt;alert(4)&lt;/script&gt;</p></article></body></html>`
	rec = c.postMultipart("/stories/"+sid+"/documents", url.Values{}, "hostile.html", []byte(page))
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("POST hostile HTML upload = %d, want 303: %s", rec.Code, rec.Body)
	}
	s, err := app.store.Story(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Documents) != 2 {
		t.Fatalf("story has %d documents, want 2", len(s.Documents))
	}
	hostile := s.Documents[1]
	if hostile.PublishedSource != timeline.PublishedMeta || hostile.Published.Format("2006-01-02") != "2022-09-14" {
		t.Errorf("hostile page published %v from %q, want 2022-09-14 from meta", hostile.Published, hostile.PublishedSource)
	}
	for _, path := range []string{"/stories/" + sid, "/documents/" + strconv.FormatInt(hostile.ID, 10)} {
		rec := c.get(path)
		doc := parseHTML(t, rec.Body.String())
		for _, sc := range elements(doc, "script") {
			if src := attrOf(sc, "src"); src != "/static/app.js" && attrOf(sc, "type") != "application/json" {
				t.Errorf("GET %s: a script element other than app.js and JSON data: %q", path, textOf(sc))
			}
		}
		if len(elements(doc, "img")) != 0 {
			t.Errorf("GET %s: an <img> from the article became markup", path)
		}
		for _, a := range elements(doc, "a") {
			if strings.HasPrefix(strings.ToLower(attrOf(a, "href")), "javascript:") {
				t.Errorf("GET %s: a javascript: link", path)
			}
		}
	}
	rec = c.get("/documents/" + strconv.FormatInt(hostile.ID, 10))
	if !strings.Contains(textOf(parseHTML(t, rec.Body.String())), "<script>alert(4)</script>") {
		t.Errorf("the escaped script text of the article is not shown as text")
	}
}

func TestAPIBadInput(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	id := apiStory(t, c, "Trip")
	docs := "/api/stories/" + strconv.FormatInt(id, 10) + "/documents"
	tests := []struct {
		name, path, body string
		want             int
		code             timeline.ErrorCode
	}{
		{"story without title", "/api/stories", `{"title":"  "}`, http.StatusUnprocessableEntity, timeline.EInvalid},
		{"story not JSON", "/api/stories", `title=x`, http.StatusBadRequest, timeline.EInvalid},
		{"story empty body", "/api/stories", ``, http.StatusBadRequest, timeline.EInvalid},
		{"story title wrong type", "/api/stories", `{"title":5}`, http.StatusBadRequest, timeline.EInvalid},
		{"invalid UTF-8 body", "/api/stories", "{\"title\":\"a\xff\"}", http.StatusBadRequest, timeline.EInvalid},
		{"document without text", docs, `{"published":"2022-09-14"}`, http.StatusUnprocessableEntity, timeline.EInvalid},
		{"document text and html", docs, `{"text":"a","html":"<p>a</p>","published":"2022-09-14"}`, http.StatusUnprocessableEntity, timeline.EInvalid},
		{"document whitespace", docs, `{"text":"  \n ","published":"2022-09-14"}`, http.StatusUnprocessableEntity, timeline.EInvalid},
		{"document binary", docs, `{"text":"\u0000\u0001\u0002PNG\u0000\u0000\u0000","published":"2022-09-14"}`, http.StatusUnprocessableEntity, timeline.EInvalid},
		{"document impossible date", docs, `{"text":"Xi met Tokayev on Wednesday.","published":"2022-13-01"}`, http.StatusUnprocessableEntity, timeline.EInvalid},
		{"document no date", docs, `{"text":"Xi met Tokayev on Wednesday."}`, http.StatusUnprocessableEntity, timeline.EInvalid},
		{"document for no story", "/api/stories/999/documents", `{"text":"Xi met Tokayev on Wednesday.","published":"2022-09-14"}`, http.StatusNotFound, timeline.ENotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := storyCount(t, app)
			rec := c.postJSON(tc.path, tc.body)
			if rec.Code != tc.want {
				t.Fatalf("POST %s %q = %d, want %d: %s", tc.path, tc.body, rec.Code, tc.want, rec.Body)
			}
			var body errorBody
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("error body %q is not JSON: %v", rec.Body, err)
			}
			if body.Error.Code != tc.code || body.Error.Message == "" {
				t.Errorf("error = %+v, want code %s and a message", body.Error, tc.code)
			}
			if storyCount(t, app) != before || documentCount(t, app, id) != 0 {
				t.Errorf("a failed request saved something")
			}
		})
	}
}

func TestBodyLimit(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	id := apiStory(t, c, "Trip")
	big := strings.Repeat("Xi met Tokayev on Wednesday. ", 21<<20/29+1)

	body, _ := json.Marshal(map[string]string{"text": big, "published": "2022-09-14"})
	rec := c.postJSON("/api/stories/"+strconv.FormatInt(id, 10)+"/documents", string(body))
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("POST 21 MB JSON = %d, want 413", rec.Code)
	}
	var eb errorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &eb); err != nil || eb.Error.Code != timeline.ETooLarge || !strings.Contains(eb.Error.Message, "20 MB") {
		t.Errorf("413 JSON body = %s, want code too_large and a message naming 20 MB", rec.Body)
	}

	rec = c.postMultipart("/stories/"+strconv.FormatInt(id, 10)+"/documents", url.Values{"published": {"2022-09-14"}}, "big.txt", []byte(big))
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("POST 21 MB upload = %d, want 413", rec.Code)
	}
	doc := parseHTML(t, rec.Body.String())
	if m := testid(doc, "error-message"); len(m) != 1 || !strings.Contains(textOf(m[0]), "20 MB") {
		t.Errorf("413 page does not say the limit")
	}
	if n := documentCount(t, app, id); n != 0 {
		t.Errorf("a too large request saved %d documents", n)
	}
}

func TestSetPublished(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	c.login()
	id := apiStory(t, c, "Trip")
	s := apiDocument(t, c, id, 0)
	docID := strconv.FormatInt(s.Documents[0].ID, 10)
	path := "/documents/" + docID + "/published"

	for _, bad := range []string{"", "2022-02-30", "14/09/2022"} {
		rec := c.postForm(path, url.Values{"published": {bad}})
		if rec.Code != http.StatusUnprocessableEntity {
			t.Errorf("POST %s published=%q = %d, want 422", path, bad, rec.Code)
			continue
		}
		doc := parseHTML(t, rec.Body.String())
		if e := testid(doc, "error-published"); len(e) != 1 || textOf(e[0]) == "" {
			t.Errorf("published=%q: no error next to the field", bad)
		}
		if in := testid(doc, "published-input"); len(in) != 1 || attrOf(in[0], "value") != bad {
			t.Errorf("published=%q: the input was not kept", bad)
		}
	}

	rec := c.postForm(path, url.Values{"published": {"2022-09-21"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("POST %s = %d, want 303: %s", path, rec.Code, rec.Body)
	}
	after, err := app.store.Story(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if got := after.Documents[0].Published.Format("2006-01-02"); got != "2022-09-21" {
		t.Errorf("published after change = %s, want 2022-09-21", got)
	}
	values := map[string]bool{}
	for _, e := range after.Events {
		values[e.Date.Value] = true
	}
	// "on Wednesday" now resolves against Wed 2022-09-21, "on Thursday" to the 22nd.
	for _, v := range []string{"2022-09-21", "2022-09-22"} {
		if !values[v] {
			t.Errorf("after moving publication to 2022-09-21 no event is dated %s; values %v", v, values)
		}
	}
	if values["2022-09-14"] {
		t.Errorf("an event is still dated 2022-09-14 after the publication date moved")
	}
}

func TestDemo(t *testing.T) {
	app := newTestApp(t, true)
	c := newClientAs(t, app, timeline.RoleEditor)
	rec := c.get("/api/stories")
	var list struct {
		Stories []apiStorySummary `json:"stories"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Stories) != 1 || list.Stories[0].Title != demoTitle || list.Stories[0].Documents != 2 {
		t.Fatalf("demo stories = %+v, want one story %q with 2 documents", list.Stories, demoTitle)
	}
	s, err := app.store.Story(context.Background(), list.Stories[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range s.Documents {
		if d.Outlet != demoDocuments[i].outlet || d.Published.Format("2006-01-02") != "2022-09-14" {
			t.Errorf("demo document %d = %q %v, want %q 2022-09-14", i, d.Outlet, d.Published, demoDocuments[i].outlet)
		}
	}
	// Loading again into a database that has stories adds nothing.
	if err := app.loadDemo(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := storyCount(t, app); n != 1 {
		t.Errorf("second loadDemo: %d stories, want 1", n)
	}
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		name, file, body string
		want             bool
	}{
		{"html file", "a.html", "Just text", true},
		{"htm file", "A.HTM", "", true},
		{"txt file with tags", "a.txt", "<html><body>x</body></html>", false},
		{"pasted page", "", "\uFEFF  <!DOCTYPE html><html><p>x</p></html>", true},
		{"pasted html element", "", "<html lang=en><p>x</p></html>", true},
		{"pasted text with a tag in it", "", "Xi said <b>no</b> on Wednesday.", false},
		{"pasted text", "", "Xi was met on Wednesday.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := looksLikeHTML(tc.file, []byte(tc.body)); got != tc.want {
				t.Errorf("looksLikeHTML(%q, %q) = %v, want %v", tc.file, tc.body, got, tc.want)
			}
		})
	}
}

func TestAPIAddHTML(t *testing.T) {
	app := newTestApp(t, false)
	c := newClientAs(t, app, timeline.RoleEditor)
	id := apiStory(t, c, "Trip")
	page := `<html><head><title>Xi in Kazakhstan</title><meta property="article:published_time" content="2022-09-14T06:00:00Z"></head>
<body><article><p>Xi was met on Wednesday at the airport in Nur-Sultan by President Kassym-Jomart Tokayev.</p>
<p>On Thursday, Xi is due to fly to Samarkand.</p><script>document.title="pwned"</script></article></body></html>`
	body, _ := json.Marshal(map[string]string{"html": page, "outlet": "Example"})
	rec := c.postJSON("/api/stories/"+strconv.FormatInt(id, 10)+"/documents", string(body))
	if rec.Code != http.StatusCreated {
		t.Fatalf("POST html document = %d, want 201: %s", rec.Code, rec.Body)
	}
	if loc := rec.Header().Get("Location"); loc != "/api/stories/"+strconv.FormatInt(id, 10) {
		t.Errorf("Location = %q, want the story", loc)
	}
	var s export.Story
	if err := json.Unmarshal(rec.Body.Bytes(), &s); err != nil {
		t.Fatal(err)
	}
	if len(s.Documents) != 1 {
		t.Fatalf("story has %d documents, want 1", len(s.Documents))
	}
	d := s.Documents[0]
	if d.Published.Date != "2022-09-14" || d.Published.Source != timeline.PublishedMeta {
		t.Errorf("published = %+v, want 2022-09-14 from meta", d.Published)
	}
	if strings.Contains(d.Text, "pwned") || strings.Contains(d.Text, "<p>") {
		t.Errorf("document text keeps markup or script: %q", d.Text)
	}
	values := map[string]bool{}
	for _, e := range s.Events {
		if e.Date != nil {
			values[e.Date.Value] = true
		}
	}
	for _, v := range []string{"2022-09-14", "2022-09-15"} {
		if !values[v] {
			t.Errorf("no event dated %s from the HTML page; values %v", v, values)
		}
	}
}

// TestStaticNoListing checks that /static/ serves files but lists no
// directory.
func TestStaticNoListing(t *testing.T) {
	app := newTestApp(t, false)
	c := newClient(t, app)
	for _, tc := range []struct {
		path string
		want int
	}{
		{"/static/", http.StatusNotFound},
		{"/static/images", http.StatusNotFound},
		{"/static/images/", http.StatusNotFound},
		{"/static/../static/", http.StatusNotFound},
		{"/static/no-such-file.js", http.StatusNotFound},
		{"/static/app.js", http.StatusOK},
		{"/static/images/marker-icon.png", http.StatusOK},
	} {
		t.Run(tc.path, func(t *testing.T) {
			rec := c.get(tc.path)
			if rec.Code != tc.want {
				t.Fatalf("GET %s = %d, want %d", tc.path, rec.Code, tc.want)
			}
			if body := rec.Body.String(); tc.want == http.StatusNotFound && (strings.Contains(body, `href="app.js"`) || strings.Contains(body, `href="images/"`) || strings.Contains(body, `href="marker-icon.png"`)) {
				t.Errorf("GET %s lists the directory: %s", tc.path, body)
			}
		})
	}
}
